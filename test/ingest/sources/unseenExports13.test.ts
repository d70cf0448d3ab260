// Thirteenth round: exports nobody had tried. Two formats nothing read before (ORCID's public API JSON, refused as
// "neither a graph nor a bibliography"; Ovid's labelled text, refused as "not a format this tool reads"), a record kind
// that was skipped (PubMed XML's Bookshelf records), an entry that was dropped (a valueless BibTeX field), and fields
// that were missed (dates, PMIDs, DOIs, arXiv ids, affiliations, venues, keywords, an abstract's second paragraph) in
// EBSCOhost, Embase and PubMed CSVs, OpenAlex, Informit and JSTOR RIS, EndNote XML of EndNote 15 and Bookends, CNKI's
// EndNote text, MEDLINE, BibSonomy, Semantic Scholar, JSTOR and biblatex BibTeX, and Lens.org JSON. Real files'
// provenance is in test/fixtures/biblio-real/README.md ("Round 13"); every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('ORCID public API JSON (pub.orcid.org/v3.0)', () => {
  it("reads a researcher's /works groups: title, DOI, journal, the day of publication", () => {
    const { entries, warnings, format } = read('orcid/works.json');
    // Before: format null, "this JSON is neither a graph nor a bibliography".
    expect(format).toBe('orcid');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Verification of cascade optical coherence tomography for freeform optics form metrology',
      ids: { doi: '10.1364/oe.413844' },
      venue: 'Optics Express',
      date: '2021-03-15',
      year: 2021,
      url: 'https://doi.org/10.1364/OE.413844',
      type: 'journal-article',
      line: 3,
    });
    // A work summary names no authors (only the full work does): none are made up.
    expect(entries[0].authors).toEqual([]);
    expect(entries[0].authorsCount).toBeNull();
    expect(entries[1]).toMatchObject({
      title: 'Cascade optical coherence tomography (C-OCT)',
      ids: { doi: '10.1364/oe.394638' },
      date: '2020-07-06',
      line: 95,
    });
  });

  it('reads the full works of /works/{put-codes} with their authors, whatever their BibTeX citation holds', () => {
    const { entries, warnings, format } = read('orcid/works-bulk.json');
    expect(format).toBe('orcid');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Cascade optical coherence tomography (C-OCT)',
      'Verification of cascade optical coherence tomography for freeform optics form metrology',
    ]);
    // The first work's "bibtex" citation is an HTML redirect page Crossref deposited: it adds nothing.
    expect(entries[0]).toMatchObject({
      authors: ['Di Xu', 'Andres Garcia Coleto', 'Benjamin Moon', 'Jonathan C. Papa', 'Michael Pomerantz', 'Jannick P. Rolland'],
      authorsCount: 6,
      ids: { doi: '10.1364/oe.394638' },
      venue: 'Optics Express',
      date: '2020-07-06',
      abstract: '',
    });
    expect(entries[1]).toMatchObject({
      authors: ['Di Xu', 'Zhenkun Wen', 'Andres Garcia Coleto', 'Michael Pomerantz', 'John C. Lambropoulos', 'Jannick P. Rolland'],
      ids: { doi: '10.1364/oe.413844' },
      date: '2021-03-15',
      line: 149,
    });
  });

  it("reads one /work with its description as the abstract, and not the citation of another paper pasted into it", () => {
    const { entries, warnings, format } = read('orcid/work.json');
    expect(format).toBe('orcid');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Cosine Contours: a Multipurpose Representation for Melodies',
      ids: { doi: '10.5281/zenodo.5624531' },
      venue: 'International Society for Music Information Retrieval Conference',
      date: '2021-11-07',
      year: 2021,
      url: 'https://zenodo.org/record/5624531',
      type: 'conference-paper',
    });
    expect(entries[0].abstract).toMatch(/^Melodic contour is central to our ability to perceive and produce music\. /);
    expect(entries[0].abstract).toMatch(/in three small case studies\.$/);
    // Its BibTeX citation is of "Mode Classification and Natural Units in Plainchant" (another DOI): neither its
    // authors nor its DOI or abstract are this work's.
    expect(entries[0].authors).toEqual([]);
    expect(JSON.stringify(entries[0])).not.toContain('4245572');
    expect(entries[0].abstract).not.toContain('plainchant');
  });
});

describe("EBSCOhost CSV dates written in numbers (Excel's `=\"6/7/2022\"`)", () => {
  it('reads them as days in the order the same file shows ("2/16/2022" puts the month first)', () => {
    const { entries, warnings, format } = read('ebscohost-aph-numeric-dates.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    // Before: 2022, 2022, 2021 and no date. BMC Biology published the umbilical scar on 7 June 2022, PLoS ONE the
    // spinosaurid on 16 February 2022 and the Cerro Fortaleza fauna on 8 September 2021 (its issue 9).
    expect(entries.map((entry) => [entry.date, entry.year])).toEqual([
      ['2022-06-07', 2022],
      ['2022-02-16', 2022],
      ['2021-09-08', 2021],
    ]);
  });

  it('keeps only the years when no date of the file tells which number is the month', () => {
    const lines = readFileSync(join(REAL, 'ebscohost-aph-numeric-dates.csv'), 'utf8').split('\n');
    // Without the row dated "2/16/2022", "6/7/2022" and "9/8/2021" may be either order.
    const { entries } = readText([lines[0], lines[1], lines[3], ''].join('\n'), 'ebscohost.csv');
    expect(entries.map((entry) => [entry.date, entry.year])).toEqual([
      [null, 2022],
      [null, 2021],
    ]);
  });
});

describe("OpenAlex's RIS export", () => {
  it("reads the first author's affiliation from the C1 lines OpenAlex writes under each author", () => {
    const { entries, warnings, format } = read('openalex.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Multi-proxy record of the mid-Maastrichtian event in the European Chalk Sea: Paleoceanographic implications',
      authors: ['Dubicka, Zofia', 'Wierny, Weronika', 'Bojanowski, Maciej', 'Rakociński, Michał', 'Walaszczyk, Ireneusz', 'Thibault, Nicolas'],
      ids: { doi: '10.1016/j.gr.2023.11.010' },
      venue: 'Gondwana Research',
      date: '2024-05-01',
      keywords: ['Oceanic Anoxic Events', 'Geologic record'],
      // Before: null. The first of Dubicka's two addresses.
      organisation: 'Faculty of Geology, University of Warsaw, Warsaw, 02-089, Poland',
      line: 2,
    });
    expect(entries[1]).toMatchObject({
      authors: ['Pohle, Alexander', 'Klug, Christian'],
      organisation: 'Institut für Geologie, Mineralogie und Geophysik, Ruhr-Universität Bochum, 44801, Bochum, Germany',
      date: '2024-04-03',
      line: 33,
    });
    // "Abstract Orthoconic …": the heading OpenAlex keeps is dropped.
    expect(entries[1].abstract).toMatch(/^Orthoconic cephalopods are subordinate, but persistent/);
  });
});

describe('a Crossref query answer that found nothing', () => {
  it('is a warning, not a silent file of no records', () => {
    const { entries, warnings, format } = read('crossref-json/empty-work-list.json');
    expect(format).toBe('crossref');
    expect(entries).toEqual([]);
    // Before: no entries and no warning.
    expect(warnings).toEqual([
      {
        file: 'crossref-json/empty-work-list.json',
        line: 1,
        reason: 'this Crossref work list holds no works (total-results: 0): the query it answers found nothing; no records read',
      },
    ]);
  });
});

describe("PubMed's CSV export (Save → CSV)", () => {
  it('reads its ten records with PMID, PMCID, DOI, authors in order, journal and the date of its Citation cell', () => {
    const { entries, warnings, format } = read('pubmed.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(10);
    expect(entries[0]).toMatchObject({
      title: 'Time lapse: A glimpse into prehistoric genomics',
      authors: ['Griffin DK', 'Larkin DM', "O'Connor RE"],
      ids: { pmid: '30922926', pmcid: 'PMC7026692', doi: '10.1016/j.ejmg.2019.03.004' },
      venue: 'Eur J Med Genet',
      year: 2020,
      // Before: null. "Eur J Med Genet. 2020 Feb;63(2):103640. … Epub 2019 Mar 25.": the month, not the
      // e-publication's day nor the `Create Date` (2019/03/30).
      date: '2020-02',
      line: 2,
    });
    expect(entries[1].authors).toHaveLength(11);
    expect(entries[1].authors[10]).toBe('Pérez-de la Fuente R');
    expect(entries.map((entry) => entry.date)).toEqual([
      '2020-02', '2023-04-25', '2022-11-30', '2016-01-11', '2011-02', '2022-08-12', '2023-07-18', '2021-05-14', '2022-04', '2022-09-27',
    ]);
  });
});

describe('EndNote XML of EndNote 15 (before X5), as JabRef keeps it', () => {
  it('reads the Web of Science accession number written "ISI:…" and linked "<Go to ISI>://…"', () => {
    const { entries, warnings, format } = read('endnote-15-isi.xml');
    expect(format).toBe('endnote-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      // The title wrapped over two lines with their indentation, read as one line.
      title: 'An ecological basis for reforestation of submariginal lands in the Central Hardwood Region',
      authors: ['Chapman, A. G.'],
      // Before: no identifier at all.
      ids: { wos: 'WOS:000200148800007' },
      venue: 'Ecology',
      date: '1937-01',
      organisation: 'Cent States Forest Expt Stn, Columbus, OH USA',
      type: 'article',
      line: 26,
    });
    expect(entries[1]).toMatchObject({
      title: 'A survey of soil temperatures in the Chicago area',
      ids: { wos: 'WOS:000200148800014' },
      type: 'book',
      line: 116,
    });
  });
});

describe("Ovid's labelled text export (Journals@Ovid records)", () => {
  it('reads a record: authors without their degrees and marks, the journal, the ahead-of-print date, DOI, keywords', () => {
    const { entries, warnings, format } = read('ovid-journals-a.txt');
    // Before: refused whole, "not a format this tool reads".
    expect(format).toBe('ovid');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      // "…pelvic ring fractures.[Article]": the article's kind in brackets is no part of the title.
      title: 'Correct positioning of percutaneous iliosacral screws with computer-navigated versus fluoroscopically guided surgery in traumatic pelvic ring fractures.',
      // "Verbeek, Jan MD *;  Hermans, Erik MD +;  van Vugt, Arie MD, PhD +;  Frolke, Jan Paul MD, PhD *"
      authors: ['Verbeek, Jan', 'Hermans, Erik', 'van Vugt, Arie', 'Frolke, Jan Paul'],
      authorsCount: 4,
      ids: { doi: '10.1097/bot.0000000000000502' },
      venue: 'Journal of Orthopaedic Trauma',
      // "Publish Ahead of Print, POST ACCEPTANCE, 30 November 2015"
      date: '2015-11-30',
      year: 2015,
      // "From the (*)Department of Surgery, Radboud University Medical Center, Nijmegen, The Netherlands;"
      organisation: 'Department of Surgery, Radboud University Medical Center, Nijmegen, The Netherlands',
      type: 'original article',
      url: 'http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=ppvovftq&AN=00005131-900000000-99049',
      // JabRef's stand-in for the record's abstract.
      abstract: 'Lorem ipsum abstract',
      line: 11,
    });
    expect(entries[0].keywords).toHaveLength(17);
    expect(entries[0].keywords.slice(0, 3)).toEqual(['iliosacral', 'iliosacral screw', 'IS screw']);
    expect(entries[0].keywords[16]).toBe('pelvic fracture');
  });

  it('reads a record numbered <8> whose authors carry institution numbers', () => {
    const { entries, warnings, format } = read('ovid-journals-b.txt');
    expect(format).toBe('ovid');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Effects of computer-aided clinical decision support systems in improving antibiotic prescribing by primary care providers: a systematic review.',
      // "Holstiege, Jakob 1;  Mathes, Tim 2;  Pieper, Dawid 2"
      authors: ['Holstiege, Jakob', 'Mathes, Tim', 'Pieper, Dawid'],
      ids: { doi: '10.1136/amiajnl-2014-002886' },
      venue: 'Journal of the American Medical Informatics Association',
      date: '2014-08-18',
      organisation: 'Institute of Research in Rehabilitational Medicine at Ulm University, Bad Buchau, Germany',
      type: 'review',
      keywords: ['computer-aided clinical decision support', 'CDSS', 'medical decision-making', 'electronic health record', 'antibiotic prescribing', 'primary care'],
    });
  });
});

describe("BibSonomy's BibTeX (interhash / intrahash, tags in keywords)", () => {
  it('reads the tags BibSonomy writes to keywords separated by spaces as separate keywords', () => {
    const { entries, warnings, format } = read('bibsonomy.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Deep Reinforcement Learning with Double Q-learning',
      'Conditional generative adversarial nets',
      'RDKit: Open-Source Cheminformatics Software',
      'MNIST handwritten digit database',
    ]);
    // Before: one keyword each, "dqn q-learning reinforcement_learning".
    expect(entries.map((entry) => entry.keywords)).toEqual([
      ['dqn', 'q-learning', 'reinforcement_learning'],
      ['cGAN', 'final', 'gan', 'thema:conditional_wasserstein_gan-based_oversampling_of_tabular_data_for_imbalanced_learning'],
      ['chemoinformatics', 'drug-design', 'pharmacophores', 'software'],
      ['MSc', '_checked', 'character_recognition', 'mnist', 'network', 'neural'],
    ]);
    expect(entries[0]).toMatchObject({
      authors: ['van Hasselt, Hado', 'Guez, Arthur', 'Silver, David'],
      ids: { arxiv: '1509.06461' },
      year: 2015,
      url: 'http://arxiv.org/abs/1509.06461',
    });
    expect(entries[0].abstract).toMatch(/^The popular Q-learning algorithm is known to overestimate action values under certain conditions\./);
  });
});

describe("Paperpile's BibTeX", () => {
  it('keeps an entry with a field written without a value (`volume    =  ,`), with a warning', () => {
    const { entries, warnings, format } = read('paperpile.bib');
    expect(format).toBe('bibtex');
    // Before: 3 entries, "Cagiada2024-jo" skipped whole.
    expect(entries.map((entry) => entry.title)).toEqual([
      'CREMA-D: Crowd-sourced emotional multimodal actors dataset',
      'Rxn-INSIGHT: fast chemical reaction analysis using bond-electron matrices',
      'Decoding molecular mechanisms for loss of function variants in the human proteome',
      'SmartGridAgent: An educational framework for reliable digital twin-based smart grid workforce training with locally hosted LLMs',
    ]);
    expect(warnings).toEqual([
      { file: 'paperpile.bib', line: 59, reason: 'field "volume" on line 59 has no value (found ","); ignored' },
    ]);
    expect(entries[2]).toMatchObject({
      authors: ['Cagiada, Matteo', 'Jonsson, Nicolas', 'Lindorff-Larsen, Kresten'],
      year: 2024,
      // `journal   = ""`: no venue.
      venue: null,
      line: 55,
    });
    // Paperpile wraps names, abstracts and keywords with 15-space indents; `keywords` joined by "; ".
    expect(entries[0]).toMatchObject({
      authors: ['Cao, Houwei', 'Cooper, David G', 'Keutmann, Michael K', 'Gur, Ruben C', 'Nenkova, Ani', 'Verma, Ragini'],
      venue: 'IEEE Trans. Affect. Comput.',
      date: '2014-10',
      keywords: ['Emotional corpora', 'facial expression', 'multi-modal recognition', 'voice expression'],
    });
    expect(entries[0].abstract).toContain('data are 40.9%, 58.2% and 63.6% respectively.');
    expect(entries[3].ids).toEqual({ doi: '10.1007/s40866-025-00274-0' });
  });
});

describe('biblatex eventdate', () => {
  it("places a talk with no date of its own at its event's start, and says the year is inferred", () => {
    const { entries, warnings, format } = read('biblatex-eventdate.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'BFAST Explorer: An Effective Tool for Time Series Analysis',
      ids: { doi: '10.1109/igarss.2018.8517877' },
      venue: '2018 IEEE International Geoscience and Remote Sensing Symposium (IGARSS)',
      // Before: no date, no year.
      date: '2018-07-22',
      year: 2018,
      yearInferred: 'from the date of the event it was presented at (eventdate 2018-07-22/2018-07-27)',
    });
    // With a year of its own, the event's dates change nothing.
    expect(entries[1]).toMatchObject({
      title: 'Fine-Tuning Pre-Trained Language Models for Authorship Attribution of the Pseudo-Dionysian Ars Rhetorica',
      date: '2024',
      year: 2024,
    });
    expect(entries[1].yearInferred).toBeUndefined();
  });
});

describe("Informit's RIS (RMIT's Australian database)", () => {
  it("reads the DOI from the record's /doi/ link, and no e-mail address in the organisation", () => {
    const { entries, warnings, format } = read('informit.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'What do you know about ADHD?: A comparison between mainstream and special education teachers',
      authors: ['Sigal, Eden', 'Sukenik, Nufar'],
      // Before: no identifier. "UR  - https://search.informit.org/doi/10.3316/informit.T2025020600015600171823033"
      ids: { doi: '10.3316/informit.t2025020600015600171823033' },
      venue: 'Australian Journal of Teacher Education (Online)',
      // `Y1  - 2024/12/01`; `Y2  - 2025/04/03` is the day it was fetched.
      date: '2024-12-01',
      organisation: 'Bar Ilan University',
      keywords: [
        'Attention-deficit hyperactivity disorder', 'Mainstreaming in education', 'Research--Methodology',
        'Special education teachers--Attitudes', 'Special education teachers--In-service training', 'Israel',
      ],
      line: 3,
    });
    expect(entries[0].abstract).toMatch(/^This study investigates the knowledge and attitudes toward Attention-deficit\/hyperactivity disorder/);
    expect(entries[1]).toMatchObject({
      title: 'The pagan ecstatic: The life, music and poetry of Sir Arnold Bax',
      ids: { doi: '10.3316/informit.t2024070100007090094191129' },
      // Before: "Composer and Quadrant’s Music Editor, email: alexandervoltz@quadrant.org.au".
      organisation: 'Composer and Quadrant’s Music Editor',
      date: '2024-07-01',
    });
  });
});

describe("Bookends' EndNote XML of a PubMed record", () => {
  it('reads the PMID from its PubMed link and its first address whole', () => {
    const { entries, warnings, format } = read('endnote-xml-bookends.xml');
    expect(format).toBe('endnote-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Trends in the lifetime risk of developing cancer in Great Britain: comparison of risk for those born from 1930 to 1960',
      authors: ['Ahmad, AS', 'Ormiston-Smith, N', 'Sasieni, PD'],
      // Before: the DOI only. "http://www.ncbi.nlm.nih.gov/pubmed/25647015"
      ids: { doi: '10.1038/bjc.2014.606', pmid: '25647015' },
      venue: 'Br J Cancer',
      // `pub-dates` "Mar 3"
      date: '2015-03-03',
      // Before: "…Centre for Cancer Prevention, Wolfson" (the address wrapped by JabRef's indentation, cut at its break).
      organisation: 'Queen Mary University of London, Centre for Cancer Prevention, Wolfson Institute of Preventive Medicine, Charterhouse Square, London EC1M 6BQ, UK.',
      url: 'http://www.ncbi.nlm.nih.gov/pubmed/25647015',
    });
    expect(entries[0].keywords).toHaveLength(13);
    expect(entries[0].keywords).toContain('Neoplasms/*epidemiology');
  });
});

describe('PubMed XML with an NCBI Bookshelf record (PubmedBookArticle)', () => {
  it('reads a StatPearls chapter: its title, authors, the book as venue, the date, PMID and abstract', () => {
    const { entries, warnings, format } = read('pubmed-xml-statpearls.xml');
    expect(format).toBe('pubmed-xml');
    // Before: no entry, "PubMed record #1 is a book (PubmedBookArticle), not read; skipped".
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Fertility Sparing Management In Uterine Fibroids',
      authors: ['Rezk, Andrew', 'Kahn, Jenna', 'Singh, Manvinder'],
      ids: { pmid: '34662018' },
      venue: 'StatPearls',
      date: '2022-01',
      year: 2022,
      // "University of Miami Leonard M. Miller School of Medicine," without its closing comma.
      organisation: 'University of Miami Leonard M. Miller School of Medicine',
      type: 'book chapter',
      url: 'https://pubmed.ncbi.nlm.nih.gov/34662018/',
      line: 3,
    });
    expect(entries[0].abstract).toMatch(/^Uterine leiomyoma \(fibroids\) are the most common benign gynecologic tumors/);
    expect(entries[0].abstract).toMatch(/who wish to become pregnant in the future\.$/);
    // The copyright line is its own element, not part of the abstract.
    expect(entries[0].abstract).not.toContain('StatPearls Publishing LLC');
  });
});

describe("PubMed's MEDLINE of a Bookshelf chapter (GeneReviews)", () => {
  it('takes the book (BTI) as the venue of a chapter, its authors and not its editors', () => {
    const { entries, warnings, format } = read('pubmed-book-chapter.nbib');
    expect(format).toBe('pubmed');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Feingold Syndrome 1.',
      // FAU; the eight FED/ED are the book's editors.
      authors: ['Marcelis, Carlo LM', 'de Brouwer, Arjan PM'],
      ids: { pmid: '20301770' },
      // Before: null.
      venue: 'GeneReviews(®)',
      year: 1993,
      organisation: 'Department of Human Genetics, Radboud University Nijmegen Medical Center, Nijmegen, The Netherlands',
    });
    expect(entries[0].abstract).toMatch(/^CLINICAL CHARACTERISTICS: Feingold syndrome 1 \(referred to as FS1 in this GeneReview\)/);
    expect(entries[0].keywords).toEqual([
      'Oculodigitoesophagoduodenal Syndrome', 'ODED Syndrome', 'N-myc proto-oncogene protein', 'MYCN', 'Feingold Syndrome 1',
    ]);
  });
});

describe("Semantic Scholar's BibTeX (journal = {ArXiv}, volume = {abs/…})", () => {
  it('reads the arXiv id from the volume of arXiv it names', () => {
    const { entries, warnings, format } = read('semantic-scholar.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    // Before: no identifier at all.
    expect(entries.map((entry) => entry.ids)).toEqual([
      { arxiv: '2505.13768' }, { arxiv: '2409.11960' }, { arxiv: '2506.16640' }, { arxiv: '2110.05649' },
    ]);
    // `booktitle = {arXiv.org}`: arXiv is where it appeared. `booktitle = {Neural Information Processing Systems}`
    // beside `journal = {ArXiv}`: the conference is (before: "ArXiv").
    expect(entries.map((entry) => entry.venue)).toEqual(['ArXiv', 'ArXiv', 'ArXiv', 'Neural Information Processing Systems']);
    expect(entries[0]).toMatchObject({
      title: 'Augmenting Online RL with Offline Data is All You Need: A Unified Hybrid RL Algorithm Design and Analysis',
      authors: ['Huang, Ruiquan', 'Li, Donghao', 'Shi, Chengshuai', 'Shen, Cong', 'Yang, Jing'],
      year: 2025,
    });
  });
});

describe("Lens.org's scholarly JSON (the API's answer, as Lens documents it)", () => {
  it("reads the work with its Lens ID, DOI, authors, 49 cited Lens IDs and its first author's affiliation", () => {
    const { entries, warnings, format } = read('lens-api.json');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Credit Crunches, Asset Prices and Technological Change',
      ids: { lens: '057-666-896-534-696', doi: '10.1016/j.red.2019.02.001' },
      authors: ['Araujo, Luis', 'Cao, Qingqing', 'Minetti, Raoul', 'Murro, Pierluigi'],
      venue: 'Review of Economic Dynamics',
      date: '2019-04-01',
      year: 2019,
      type: 'journal article',
      // Before: null. `authors[0].affiliations[0].name`.
      organisation: 'Michigan State University, United States of America',
    });
    expect(entries[0].references).toHaveLength(49);
    expect(entries[0].references[0].ids).toEqual({ lens: '001-928-280-929-804' });
    expect(entries[0].references[48].ids).toEqual({ lens: '196-918-085-414-226' });
    expect(entries[0].categories).toHaveLength(10);
  });
});

describe('PubMed MEDLINE saved with a .ris name (an eLife record)', () => {
  it('is read as MEDLINE, its first address without the footnote number glued to it', () => {
    const { entries, warnings, format } = read('pubmed-elife-affiliation.ris');
    expect(format).toBe('pubmed');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Spinosaurus is not an aquatic dinosaur.',
      ids: { pmid: '36448670', doi: '10.7554/elife.80092', pmcid: 'PMC9711522' },
      venue: 'eLife',
      date: '2022-11-30',
      // Before: "1Department of Organismal Biology, …".
      organisation: 'Department of Organismal Biology, University of Chicago, Chicago, United States',
    });
    expect(entries[0].authors).toHaveLength(9);
  });
});

describe("Embase's export opened in a European Excel and saved as CSV (semicolons, a search-query preamble)", () => {
  it('reads its records with the MEDLINE PMID, the day of publication and the full-text link', () => {
    const { entries, warnings, format } = read('embase-excel-semicolons.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Cellular structure of dinosaur scales reveals retention of reptile-type skin during the evolutionary transition to feathers',
      authors: ['Yang Z.', 'Jiang B.', 'Xu J.', 'McNamara M.E.'],
      // Before: the DOI only; `Medline PMID` 38773066.
      ids: { doi: '10.1038/s41467-024-48400-3', pmid: '38773066' },
      venue: 'Nature Communications',
      // Before: null. `Date of Publication` "1 Dec 2024".
      date: '2024-12-01',
      year: 2024,
      // Before: null. `Full Text Link`.
      url: 'http://dx.doi.org/10.1038/s41467-024-48400-3',
      type: 'article',
      line: 5,
    });
    expect(entries[1]).toMatchObject({
      ids: { doi: '10.1186/s12862-024-02216-3', pmid: '38481151' },
      date: '2024-03-14',
      type: 'erratum',
      line: 6,
    });
  });
});

describe("JSTOR's RIS (its `Provider: JSTOR` header, the issue's date in `C1`, abstracts in brackets)", () => {
  it("reads the issue's month from `C1  - Full publication date:` and never takes that line for an address", () => {
    const { entries, warnings, format } = read('jstor.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      title: 'Is Rape a Cultural Universal? A Re-examination of the Ethnographic Data',
      authors: ['Palmer, Craig'],
      ids: { doi: '10.2307/3773639' },
      venue: 'Ethnology',
      // Before: "1989". `C1  - Full publication date: Jan., 1989`.
      date: '1989-01',
      year: 1989,
      url: 'http://www.jstor.org/stable/3773639',
      // Before: "Full publication date: Jan., 1989" (the `C1` line right under the author, read as OpenAlex's address).
      organisation: null,
      line: 7,
    });
    // An issue of three months ("ottobre-dicembre 1982") keeps its year alone.
    expect(entries[1]).toMatchObject({ title: 'HENRI BREMOND E IL MODERNISMO', date: '1982', year: 1982, organisation: null, line: 22 });
    expect(entries[2]).toMatchObject({ title: 'THE RULE OF LAW AND EQUALITY', date: '2013-09', venue: 'Law and Philosophy', line: 38 });
    // Before: the abstract kept JSTOR's enclosing brackets, "[This paper describes … ordinary people.]".
    expect(entries[2].abstract).toMatch(/^This paper describes and defends a novel and distinctively egalitarian conception of the rule of law\. /);
    expect(entries[2].abstract).toMatch(/horizontal legal equality among ordinary people\.$/);
  });
});

describe("JSTOR's BibTeX (`jstor_articletype`, `jstor_formatteddate`, no `month`)", () => {
  it("reads the issue's month from `jstor_formatteddate` when it names one", () => {
    const { entries, warnings, format } = read('jstor.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'The Monte Carlo Method',
      authors: ['Metropolis, Nicholas', 'Ulam, S.'],
      venue: 'Journal of the American Statistical Association',
      // Before: "1949". `jstor_formatteddate = {Sep., 1949}`.
      date: '1949-09',
      year: 1949,
      url: 'http://www.jstor.org/stable/2280232',
      line: 3,
    });
    // `jstor_formatteddate = {1979}` names no month; the whole names in braces stay whole.
    expect(entries[1]).toMatchObject({
      title: 'Some Simple Gamma Variate Generators',
      authors: ['Cheng, R. C. H.', 'Feast, G. M.'],
      date: '1979',
      keywords: ['Gamma Distribution', 'Random Numbers', 'Rejection Method', 'Simulation'],
      line: 33,
    });
  });
});

describe("CNKI's EndNote text of a thesis whose abstract's paragraphs are kept apart by blank lines", () => {
  it('reads the abstract whole and the record as one, not a second titleless record', () => {
    const { entries, warnings, format } = read('cnki-refer-thesis.txt');
    expect(format).toBe('endnote');
    // Before: "EndNote record #2 has no title (%T); skipped" for the `%W CNKI` after the blank lines.
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: '中西方高校人文教育的比較研究',
      authors: ['潘福妮'],
      date: '2006',
      type: 'thesis',
      keywords: ['中西方高校', '人文教育', '比較'],
      line: 3,
    });
    // Before: the first paragraph alone (204 characters); the second, indented by four spaces after eight blank lines,
    // was dropped.
    expect(entries[0].abstract).toMatch(/^隨著上個世紀70年代中期西方大學興起人文教育的“復歸”,/);
    expect(entries[0].abstract).toMatch(/提供有益的啟示與借鑒。\s*論文第一部分說明了研究的目的,/);
    expect(entries[0].abstract).toMatch(/人文課程應與其它專業相互融合;改進教學方法等。$/);
    expect(entries[1]).toMatchObject({
      title: '灭绝物种RNA首次分离测序',
      authors: ['刘霞'],
      ids: { doi: '10.28502/n.cnki.nkjrb.2023.005521' },
      venue: '科技日报',
      date: '2023-09-21',
      line: 23,
    });
  });
});
