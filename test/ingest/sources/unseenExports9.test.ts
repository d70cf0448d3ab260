// Ninth round: exports of the commonest sources as real files keep them (reference tools' test data, README citation
// blocks): Web of Science tab-delimited, PubMed XML of 2018, IEEE Xplore's and Nature's RIS, Springer Nature's RIS and
// BibTeX, Scopus's CSV of 2016, Mendeley Desktop's BibTeX. Real files' provenance is in
// test/fixtures/biblio-real/README.md; every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parsePubmedXml } from '../../../ingest/sources/pubmedXml';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Web of Science tab-delimited export (2018, 68 columns)', () => {
  it("reads the row's fields; the organisation is the first address, not the bracketed author list opening it", () => {
    const { entries, warnings, format } = read('wos-tab-delimited-2018.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Towards unravelling the relationship between on-body, environmental and emotion data using sensor information fusion approach',
      authors: ['Kanjo, Eiman', 'Younis, Eman M. G.', 'Sherkat, Nasser'],
      venue: 'INFORMATION FUSION',
      date: '2018-03',
      year: 2018,
      ids: { doi: '10.1016/j.inffus.2017.05.005', wos: 'WOS:000413059200002' },
      // Before: "[Kanjo" (the address cell was cut at the "; " inside its bracketed names).
      organisation: 'Nottingham Trent Univ',
      type: 'article',
      line: 2,
    });
    expect(entries[0].keywords).toHaveLength(6);
    expect(entries[0].indexTerms).toEqual(['AIR-POLLUTION', 'NOISE EXPOSURE', 'HUMAN MOBILITY', 'GLOBAL BURDEN', 'FRAMEWORK', 'NETWORK', 'DISEASE', 'QUALITY', 'SYSTEMS', 'MODELS']);
    expect(entries[0].abstract).toMatch(/^Over the past few years, .* collected from sensors in a real-world setting\.$/);
  });

  it('reads its 65 cited references (NR 65), an arXiv preprint among them by its identifier', () => {
    const [entry] = read('wos-tab-delimited-2018.txt').entries;
    expect(entry.references).toHaveLength(65);
    expect(entry.references[0]).toMatchObject({ firstAuthor: 'Adibuzzaman', year: 2013, ids: { doi: '10.1145/2513228.2513290' } });
    expect(entry.references.find((reference) => reference.firstAuthor === 'Park')?.ids).toEqual({ doi: '10.1111/j.1939-1668.2007.tb00419.x' });
    // Before: no id and no source (`ARXIV160501600` passed for an article number).
    expect(entry.references.find((reference) => reference.firstAuthor === 'Valstar')).toMatchObject({
      ids: { arxiv: '1605.01600' },
      year: 2016,
      source: 'arXiv',
    });
  });
});

describe('PubMed XML of 2018 (Biopython test data)', () => {
  it('puts back the spaces the file dropped around italic words; sub- and superscripts stay joined', () => {
    const { entries, warnings, format } = read('pubmed-xml-2018.xml');
    expect(format).toBe('pubmed-xml');
    expect(warnings).toEqual([]);
    // Before: "at theTERTgene region".
    expect(entries[0].title).toBe('Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.');
    expect(entries[0].abstract).toContain('telomerase reverse transcriptase (TERT) gene region');
    expect(entries[0].abstract).toContain('single-nucleotide polymorphisms (SNPs) at the TERT region in relation');
    expect(entries[0].abstract).toContain('Three SNPs at TERT (linkage disequilibrium r2<0.25)');
    expect(entries[0].abstract).toContain('ptrend=0.048');
    expect(entries[0]).toMatchObject({
      ids: { pmid: '27797938', doi: '10.1136/gutjnl-2016-312510', pmcid: 'PMC5442267' },
      authors: ['Bao, Ying', 'Prescott, Jennifer', 'Yuan, Chen', 'Wolpin, Brian M'],
      venue: 'Gut',
      date: '2017-06',
      keywords: ['PANCREATIC CANCER'],
      categories: ['Adenocarcinoma', 'Telomere Shortening'],
    });
  });

  it('reads both MeSH headings as main topics: one by its descriptor, one by its qualifiers (MajorTopicYN="Y")', () => {
    const [entry] = read('pubmed-xml-2018.xml').entries;
    expect(entry.categories).toEqual(['Adenocarcinoma', 'Telomere Shortening']);
    expect(entry.minorHeadings).toBeUndefined();
    // The same record with its qualifiers unmarked: Adenocarcinoma is then no main topic.
    const text = readFileSync('test/fixtures/biblio-real/pubmed-xml-2018.xml', 'utf8').replace(/(<QualifierName[^>]*MajorTopicYN=)"Y"/g, '$1"N"');
    expect(parsePubmedXml(text, 'x.xml').entries[0].minorHeadings).toEqual(['Adenocarcinoma']);
  });

  it('reads the "Cites" links as the references (there was none before); the "CommentIn" link is not one', () => {
    const [entry] = read('pubmed-xml-2018.xml').entries;
    expect(entry.references.map((reference) => [reference.ids.pmid, reference.year, reference.source])).toEqual([
      ['2657958', 1989, 'Stat Med'],
      ['25658358', 2015, 'PLoS One'],
      ['23535731', 2013, 'Nat Genet'],
      ['12000852', 2002, 'Nucleic Acids Res'],
    ]);
    expect(entry.references[0].text).toBe('Stat Med. 1989 May;8(5):551-61');
  });
});

describe("RIS from Nature's and IEEE Xplore's citation links", () => {
  it("IEEE's month written by name in Y1 (`Dec. 2010`) beside PY is the month (only the year before)", () => {
    const { entries, warnings } = read('nature-ieee.ris');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.date, entry.ids.doi, entry.venue, entry.authors.length])).toEqual([
      ['Neuron Image Analyzer: Automated and Accurate Extraction of Neuronal Data from Low Quality Images', '2015-11-23', '10.1038/srep17062', 'Scientific Reports', 3],
      ['Distance Regularized Level Set Evolution and Its Application to Image Segmentation', '2010-12', '10.1109/tip.2010.2069690', 'IEEE Transactions on Image Processing', 4],
    ]);
    expect(entries[1].authors).toEqual(['C. Li', 'C. Xu', 'C. Gui', 'M. D. Fox']);
  });
});

describe('Springer Nature "Export citation" (RIS and BibTeX of one paper)', () => {
  it("decodes the RIS abstract's formulas written in TeX between double dollars", () => {
    const { entries, warnings } = read('springer-nature.ris');
    expect(warnings).toEqual([]);
    // Before: "the specific tuple $$\langle $$dataset-question$$\rangle $$)".
    expect(entries[0].abstract).toContain('the specific tuple ⟨dataset-question⟩). We argue');
    expect(entries[0].abstract.endsWith('a strong baseline for further developments in the field.')).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'GradeAid: a framework for automatic short answers grading in educational contexts—design, implementation and evaluation',
      authors: ['del Gobbo, Emiliano', 'Guarino, Alfonso', 'Cafarelli, Barbara', 'Grilli, Luca'],
      venue: 'Knowledge and Information Systems',
      date: '2023-10-01',
      ids: { doi: '10.1007/s10115-023-01892-9' },
    });
  });

  it('the BibTeX of the same paper (authors wrapped over lines, `month={Oct}`, `day={01}`) gives the same record', () => {
    const ris = read('springer-nature.ris').entries[0];
    const bib = read('springer-nature.bib').entries[0];
    expect([bib.title, bib.authors, bib.venue, bib.date, bib.ids]).toEqual([ris.title, ris.authors, ris.venue, ris.date, ris.ids]);
  });
});

describe('Scopus CSV of 2016 (metaknowledge test data), read without change', () => {
  it('the older column set: authors joined by commas, no `Author full names`, bare numbers, a record without DOI', () => {
    const { entries, warnings, format } = read('scopus-2016.csv');
    expect(format).toBe('scopus-csv');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.year, entry.ids.doi ?? null, entry.ids.scopus, entry.authors.length, entry.references.length])).toEqual([
      [2016, '10.1109/tasc.2016.2541670', '2-s2.0-84963944162', 11, 8],
      [1985, null, '2-s2.0-0021901665', 1, 0],
      [2013, '10.1108/s1059-4337(2013)0000062001', '2-s2.0-84888383857', 1, 0],
    ]);
    expect(entries[0].authors.slice(0, 2)).toEqual(['Yagai T.', 'Kimura Y.']);
    expect(entries[0].references[7]).toMatchObject({ firstAuthor: 'Tsutsui', year: 2003 });
    expect(entries[2].abstract.endsWith('"regulatory sociability," and "collaborative governance."')).toBe(true);
  });
});

describe('Mendeley Desktop BibTeX, read without change', () => {
  it('`mendeley-tags`, `file = {:C$\\backslash$:…}`, `{\\_}` in URLs, `{\\\'{e}}` accents, keywords joined by bare commas', () => {
    const { entries, warnings } = read('mendeley-desktop.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.authors[0], entry.year, entry.ids.doi ?? null])).toEqual([
      ['CDSMOTE: class decomposition and synthetic minority class oversampling technique for imbalanced-data classification', 'Elyan, Eyad', 2020, '10.1007/s00521-020-05130-z'],
      ["Validation des calculs de transport d'énergie dans le logiciel MARTHE", 'Thiéry, Dominique', 2012, null],
      ['The inorganic crystal structure data base', 'Bergerhoff, G.', 1983, '10.1021/ci00038a003'],
    ]);
    expect(entries[0].keywords).toHaveLength(8);
    expect(entries[1].url).toBe('http://www.brgm.fr/sites/default/brgm/logiciels/marthe/nt_eau_2011_02_marthe_valid_thermique.pdf');
  });
});

describe('ProQuest text report ("Report Information from ProQuest", metaknowledge test data)', () => {
  it('is read as ProQuest, one record per document (before: the listing fallback, authors split in two, no year)', () => {
    const { entries, warnings, format } = read('proquest-dissertations.txt');
    expect(format).toBe('proquest');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.authors, entry.year, entry.type, entry.organisation, entry.line])).toEqual([
      ['Entrenchment and the Kripke-Wittgenstein paradox', ['Dorst, Chris'], 2014, 'thesis', 'The University of North Carolina at Chapel Hill', 28],
      ['Modular Theory and Spacetime Structure in QFT', ['Swanson, Noel Waldron'], 2014, 'thesis', 'Princeton University', 94],
    ]);
  });

  it("keeps each document's abstract whole, its subjects, keywords and link; the table of contents makes no record", () => {
    const [first, second] = read('proquest-dissertations.txt').entries;
    expect(first.abstract).toMatch(/^Surprisingly little attention .* the Kripke-Wittgenstein paradox about meaning\.$/);
    expect(second.abstract).toContain('a state-dependent pair of modular operators, (J,Δ), encoding');
    expect(second.abstract.endsWith('between modular structure and local dynamics in standard QFT.')).toBe(true);
    expect(first.categories).toEqual(['Philosophy of Science', 'Philosophy']);
    expect(second.categories).toEqual(['Philosophy of Science', 'Quantum physics']);
    expect(first.keywords).toContain('Kripke-Wittgenstein paradox');
    expect(second.keywords).toHaveLength(10);
    expect(first.url).toBe('http://search.proquest.com.proxy.lib.uwaterloo.ca/docview/1548716365?accountid=14906');
  });
});

describe('Web of Science plain text of 2000–2001 records (metaknowledge test data)', () => {
  it("a closing quotation mark written as two apostrophes is one again; WC and SC's same field is one category", () => {
    const { entries, warnings, format } = read('wos-2000-two-papers.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.date, entry.ids.wos, entry.references.length])).toEqual([
      ['Supervenience and causation: A probabilistic approach', '2000-03', 'WOS:000086967200001', 13],
      ['Physical process theories and token-probabilistic causation', '2001', 'WOS:000168001500006', 14],
    ]);
    // Before: `"inherits''` and `"line-up''`.
    expect(entries[0].abstract).toContain('the mental property M "inherits" its causal efficacy');
    expect(entries[0].abstract).toContain('which I call the "line-up" thesis, holds');
    // Before: "History & Philosophy Of Science" (WC) and "History & Philosophy of Science" (SC) both.
    expect(entries[0].categories).toEqual(['History & Philosophy Of Science', 'Philosophy']);
    expect(entries[1]).toMatchObject({ abstract: '', indexTerms: ['CAUSALITY'], organisation: 'Univ Wisconsin' });
  });
});

describe('Formulas as Crossref deposits them and Zotero keeps them', () => {
  // A bibliography copied into a project (kept by its test as found): Zotero took this abstract from Crossref, with
  // the LaTeX document Springer wraps each formula in.
  it('BibTeX: the formula of a `\\documentclass … \\begin{document}$$\\sim$$\\end{document}` wrapper is kept, the preamble dropped', () => {
    const { entries, warnings } = read('readme-bibliography.bib');
    expect(warnings).toEqual([]);
    // Before: "a dataset of [12pt]minimal document\[\]document0.25 M images."
    expect(entries[0].abstract).toBe('We propose the task of free-form VQA. We provide a dataset of ∼0.25 M images.');
    // An `eprint` of arXiv's form without `archivePrefix` (it was dropped in the copy) is the arXiv id (none before).
    expect(entries.map((entry) => [entry.title, entry.type, entry.year, entry.ids])).toEqual([
      ['Vqa: Visual question answering', 'inproceedings', 2015, {}],
      ['Visual instruction tuning', 'article', 2023, {}],
      ['Visual Instruction Tuning', 'misc', 2023, { arxiv: '2304.08485' }],
      ['Measuring Mathematical Problem Solving With the MATH Dataset', 'article', null, {}],
    ]);
  });

  // Crossref works written here around JATS abstract fragments quoted in other projects' tests from real deposits:
  // 10.1140/epjc/s10052-020-8172-7 (index file id 59277700631, TeX beside MathML in `<alternatives>`) and an IOP
  // deposit (index file id 71298122850, the TeX in a `<?CDATA …?>` instruction, the MathML in `<?MML …?>`).
  const crossrefWork = (abstract: string) => JSON.stringify({ status: 'ok', 'message-type': 'work', message: { DOI: '10.1140/epjc/s10052-020-8172-7', title: ['A work'], type: 'journal-article', abstract } });

  it('Crossref: a formula given in two notations is read once, its TeX decoded (before: "$$k_{\\bot }$$k⊥")', () => {
    const abstract =
      '<jats:p>values for the anti-<jats:inline-formula><jats:alternatives><jats:tex-math>$$k_{\\bot }$$</jats:tex-math><mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML"><mml:msub><mml:mi>k</mml:mi><mml:mi>⊥</mml:mi></mml:msub></mml:math></jats:alternatives></jats:inline-formula> algorithm</jats:p>';
    expect(readText(crossrefWork(abstract), 'work.json').entries[0].abstract).toBe('values for the anti-k_⊥ algorithm');
  });

  it("Crossref: IOP's TeX in a processing instruction is the formula (before: it was lost)", () => {
    const abstract =
      '<jats:p>sodium blueshifted by <jats:inline-formula><jats:tex-math><?CDATA $(8\\pm 2)$?></jats:tex-math><?MML <mml:math><mml:mn>8</mml:mn></mml:math>?><jats:inline-graphic xlink:href="apj522286ieqn4.gif"/></jats:inline-formula> km s<jats:sup>−1</jats:sup></jats:p>';
    expect(readText(crossrefWork(abstract), 'work.json').entries[0].abstract).toBe('sodium blueshifted by (8±2) km s−1');
  });
});

describe('EndNote 17 XML of a Web of Science record from 1987 (a blog post quoting its export)', () => {
  it("reads the pre-1990 accession number (letters in it) and skips the reprint author's name opening the address", () => {
    const { entries, warnings, format } = read('endnote-17-wos.xml');
    expect(format).toBe('endnote-xml');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Electrostatic Interaction of a Solute with a Continuum - Improved Description of the Cavity and of the Surface Cavity Bound Charge-Distribution',
      authors: ['Pascualahuir, J. L.', 'Silla, E.', 'Tomasi, J.', 'Bonaccorsi, R.'],
      venue: 'Journal of Computational Chemistry',
      date: '1987-09',
      // Before: no WoS id (`WOS:A1987J750300004` has letters), the organisation "Pascualahuir, Jl".
      ids: { doi: '10.1002/jcc.540080605', wos: 'WOS:A1987J750300004' },
      organisation: 'Univ Valencia,Fac Ciencias Quim,Doctor Moliner 50 Burjasot,Valencia,Spain',
      type: 'article',
    });
  });

  it("the same accession number in WoS's RIS (`AN`) and BibTeX (`Unique-ID`) layouts (records written here)", () => {
    const ris = 'TY  - JOUR\nTI  - Electrostatic Interaction of a Solute with a Continuum\nPY  - 1987\nAN  - WOS:A1987J750300004\nER  - \n';
    const bib = '@article{ WOS:A1987J750300004,\nTitle = {Electrostatic Interaction of a Solute with a Continuum},\nYear = {1987},\nUnique-ID = {ISI:A1987J750300004},\n}\n';
    expect(readText(ris, 'wos.ris').entries[0].ids).toEqual({ wos: 'WOS:A1987J750300004' });
    expect(readText(bib, 'wos.bib').entries[0].ids).toEqual({ wos: 'WOS:A1987J750300004' });
  });
});

describe("PubMed Central's RIS (JabRef's importer test file)", () => {
  it('reads the PMCID (`AN`, the PMC link) and the PMID (`U1  - 23690738[pmid]`), and the full date of the PY after Y1', () => {
    const { entries, warnings } = read('pmc.ris');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Chelation: Harnessing and Enhancing Heavy Metal Detoxification—A Review',
      authors: ['Sears, Margaret E'],
      venue: 'The Scientific World Journal',
      // Before: only the DOI, and the date 2013 of `Y1`.
      ids: { doi: '10.1155/2013/219840', pmcid: 'PMC3654245', pmid: '23690738' },
      date: '2013-04-18',
      year: 2013,
    });
  });
});

describe("RIS of AIP's and a book's citation exports (JabRef's importer test files)", () => {
  it('`AU  - Valle-Delgado,J. J. ` gets the space after its comma (before: "Valle-Delgado,J. J.")', () => {
    const { entries, warnings } = read('aip.ris');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Hydration forces between silica surfaces: Experimental data and predictions from different theories',
      authors: ['Valle-Delgado, J. J.', 'Molina-Bolívar, J. A.', 'Galisteo-González, F.', 'Gálvez-Ruiz, M. J.', 'Feiler, A.', 'Rutland, M. W.'],
      venue: 'The Journal of Chemical Physics',
      date: '2005-07-15',
      ids: { doi: '10.1063/1.1954747' },
      line: 4,
    });
  });

  it('a month written by name after the year (`Y1  - 2015/october`) is the month (before: 2015 only)', () => {
    const { entries } = read('ris-month-name.ris');
    expect(entries[0]).toMatchObject({ title: 'Testing Book Title', date: '2015-10', authors: ['Smith, Bob', 'Doe, Jan', 'Brown, Judy'], type: 'book' });
  });
});

describe('MEDLINE records exported from the Web of Knowledge platform in 2006 (JabRef\'s importer test file)', () => {
  it('splits the authors written on one `; `-joined AU line; the MEDLINE accession number is the PMID, not a WoS id', () => {
    const { entries, warnings, format } = read('wos-platform-medline.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    // Before: one author "Joffe, Hadine; Hall, Janet E; …", and `wos: 'MEDLINE:16735938'` without a PMID.
    expect(entries.map((entry) => [entry.authors.length, entry.ids, entry.venue, entry.year])).toEqual([
      [1, { pmid: '16842170' }, 'Curr Pharm Des', 2006],
      [7, { pmid: '16735938' }, 'Menopause', 2006],
    ]);
    expect(entries[1].authors.slice(0, 2)).toEqual(['Joffe, Hadine', 'Hall, Janet E']);
    expect(entries[1].authors[6]).toBe('Martin, Kathryn A');
  });
});

describe("Web of Science's spreadsheet export saved as CSV", () => {
  // Written here: the export's column names (as projects reading it list them, index file ids 8554675801 and
  // 56837805241) over one row holding the values of `wos-tab-delimited-2018.txt`, two of its cited references kept.
  it('reads its `Cited References` cell in WoS layout: first author, year, source, DOI, arXiv id (before: none of them)', () => {
    const header = ['Publication Type', 'Authors', 'Author Full Names', 'Article Title', 'Source Title', 'Cited References', 'Publication Year', 'DOI', 'UT (Unique WOS ID)'];
    const row = [
      'J', 'Kanjo, E; Younis, EMG; Sherkat, N', 'Kanjo, Eiman; Younis, Eman M. G.; Sherkat, Nasser',
      'Towards unravelling the relationship between on-body, environmental and emotion data using sensor information fusion approach',
      'INFORMATION FUSION', 'Adibuzzaman M, 2013, APPL COMPUT REV, V13, P67, DOI 10.1145/2513228.2513290.; Valstar M., 2016, ARXIV160501600',
      '2018', '10.1016/j.inffus.2017.05.005', 'WOS:000413059200002',
    ];
    const csv = [header, row].map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\n');
    const { entries, format } = readText(csv, 'savedrecs.csv');
    expect(format).toBe('table');
    expect(entries[0]).toMatchObject({ authors: ['Kanjo, Eiman', 'Younis, Eman M. G.', 'Sherkat, Nasser'], year: 2018, ids: { wos: 'WOS:000413059200002' } });
    expect(entries[0].references.map((reference) => [reference.firstAuthor, reference.year, reference.source, reference.ids])).toEqual([
      ['Adibuzzaman', 2013, 'APPL COMPUT REV', { doi: '10.1145/2513228.2513290' }],
      ['Valstar', 2016, 'arXiv', { arxiv: '1605.01600' }],
    ]);
  });
});
