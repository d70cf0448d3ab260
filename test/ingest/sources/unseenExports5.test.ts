// Fifth round of real exports nobody here had written, found in public repositories (provenance in
// test/fixtures/biblio-real/README.md). Every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { wosDate, wosName } from '../../../ingest/sources/wos';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Web of Science plain text with inline HTML (2023 onwards)', () => {
  it('"<i>Tropical</i>" and "<i>H</i><i>eliconia acuminata</i>" are read as the words; PD "2024 OCT 9" gives the day', () => {
    const { format, entries, warnings } = read('wos-inline-html.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.date, entry.ids.doi, entry.ids.wos])).toEqual([
      ['Is there really such a thing as Tropical Biology?', '2024-10-09', '10.1111/btp.13387', 'WOS:001331408900001'],
      ['Demography of the understory herb Heliconia acuminata (Heliconiaceae) in an experimentally fragmented tropical landscape',
        '2023-12', '10.1002/ecy.4174', 'WOS:001103969600007'],
    ]);
    expect(entries.map((entry) => entry.authors.length)).toEqual([1, 8]);
    expect(entries[1].authors.slice(-2)).toEqual(['da Silva, Osmaildo Ferreira', 'Kress, W. John']);
    expect(entries[1].ids.pmid).toBe('37776233');
    expect(entries.map((entry) => entry.keywords.length)).toEqual([8, 11]);
    expect(entries[0].keywords).toContain('scholarly societies');
    // ">66,000 plant x year records": a lone ">" is no markup.
    expect(entries[1].abstract).toContain('The data set comprises >66,000 plant x year records of 8586 plants');
    expect(entries[1].abstract.endsWith("the BDFFP's Scientific Coordinator or E. M. Bruna.")).toBe(true);
  });

  it('the older "Web of Knowledge" export writes PD with the year last ("FEB 2011"): month kept', () => {
    const { format, entries, warnings } = read('wos-web-of-knowledge-2011.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.date, entry.authors.length, entry.ids.doi, entry.ids.wos])).toEqual([
      ['2011-02', 4, '10.1128/aem.02132-10', 'WOS:000286597100004'],
      ['2010-08', 5, '10.1128/aem.01077-10', 'WOS:000280633400006'],
    ]);
    expect(entries[0].title).toBe('Anaplerotic Role for Cytosolic Malic Enzyme in Engineered Saccharomyces cerevisiae Strains');
    expect(entries[1].authors[1]).toBe('Trueheart, Josh');
    expect(entries[0].abstract.endsWith('high-yield C(4)-dicarboxylic acid production.')).toBe(true);
  });

  it('PD with a year other than PY\'s gives the year alone', () => {
    expect(wosDate('2011', 'FEB 2011', '')).toEqual({ date: '2011-02', year: 2011 });
    expect(wosDate('2024', '2024 OCT 9', '')).toEqual({ date: '2024-10-09', year: 2024 });
    expect(wosDate('2024', '2023 DEC 1', '')).toEqual({ date: '2024', year: 2024 });
    expect(wosDate('2021', 'NOV 1', '')).toEqual({ date: '2021-11-01', year: 2021 });
  });
});

describe('Scopus CSV: markup and references escaped more than once', () => {
  it('"&amp;amp;quot;" in a source title is a quotation mark', () => {
    const { format, entries, warnings } = read('scopus-escaped-thrice.csv');
    expect(format).toBe('scopus-csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0].venue).toBe('International Conference on "Computational Intelligence and Communication Technology", CICT 2018');
    expect(entries[0].title).toBe('On The Development Of Agile Software Methodology Using Two Way Assessment');
    expect(entries[0].authors).toEqual(['Singh R.', 'Kumar D.', 'Sagar B.B.']);
    expect(entries[0].ids).toMatchObject({ doi: '10.1109/ciact.2018.8480391', scopus: '2-s2.0-85056265804' });
  });

  it("Scopus's <inf> subscripts are read as its RIS export reads them", () => {
    // The title as Scopus writes it (index file id 36332747129, a Scopus Search API answer quoted in a test).
    const title = 'Potential for nutrients reuse, carbon sequestration, and CO<inf>2</inf> emissions reduction in the practice of domestic and industrial wastewater recycling into agricultural soils: A review';
    const csv = `Authors,Title,Year,Source title,DOI,EID\n"Carpanez T.G.","${title}",2024,"Journal of Environmental Management","10.1016/j.jenvman.2024.122443","2-s2.0-1"\n`;
    const ris = `TY  - JOUR\nAU  - Carpanez, T.G.\nTI  - ${title}\nPY  - 2024\nER  - \n`;
    const fromCsv = readText(csv, 'scopus.csv').entries[0].title;
    expect(fromCsv).toBe(title.replace('CO<inf>2</inf>', 'CO2'));
    expect(readText(ris, 'scopus.ris').entries[0].title).toBe(fromCsv);
    // A comparison in an abstract is no tag.
    const abstract = 'Authors,Title,Year,Source title,Abstract,EID\n"A B.","T",2024,"J","Rates fell (p<0.05) and <i>n</i> > 3.","2-s2.0-2"\n';
    expect(readText(abstract, 'scopus.csv').entries[0].abstract).toBe('Rates fell (p<0.05) and n > 3.');
  });
});

describe('PubMed "Abstract" text (Save → Abstract (text), pubmed_result.txt)', () => {
  it('is read record by record: citation, title, authors, first affiliation, abstract without copyright, ids', () => {
    const { format, entries, warnings } = read('pubmed-abstract.txt');
    expect(format).toBe('pubmed-abstract');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.ids.pmid, entry.ids.doi, entry.ids.pmcid ?? null, entry.venue, entry.date, entry.authors.length])).toEqual([
      ['30831485', '10.1016/j.phymed.2018.12.034', null, 'Phytomedicine', '2018-12-31', 6],
      ['30820436', '10.1159/000495462', 'PMC6390416', 'Inflamm Intest Dis', '2019-02', 23],
      ['30819129', '10.1186/s12885-019-5391-0', null, 'BMC Cancer', '2019-02-28', 3],
      ['30818341', '10.1371/journal.ppat.1007614', null, 'PLoS Pathog', '2019-02-28', 2],
    ]);
    expect(entries.map((entry) => entry.line)).toEqual([2, 60, 109, 163]);
    expect(entries[0].title).toBe('Anti-inflammatory and immune-modulating effects of rice callus suspension culture (RCSC) and bioactive fractions in an in vitro inflammatory bowel disease model.');
    expect(entries[0].authors).toEqual(['Driscoll K', 'Deshpande A', 'Chapp A', 'Li K', 'Datta R', 'Ramakrishna W']);
    // "Dewayani\nA(1)" wraps between a family name and its initial.
    expect(entries[1].authors.slice(4, 7)).toEqual(['Fukuda C', 'Dewayani A', 'Hidano S']);
    expect(entries[1].authors.at(-1)).toBe('Kobayashi T');
    expect(entries.map((entry) => entry.organisation)).toEqual([
      'Department of Biological Sciences, Michigan Technological University, Houghton, MI, USA',
      'Department of Infectious Disease Control, Faculty of Medicine, Oita University, Yufu, Japan',
      'UCL Institute for Liver and Digestive Health, University College London, Royal Free Hospital, Pond Street, London, NW3 2QG, UK',
      'Vaccine Branch, Center for Cancer Research, National Cancer Institute, National Institutes of Health, Bethesda, MD, United States of America',
    ]);
    expect(entries[0].abstract.startsWith('BACKGROUND: Rice callus suspension culture (RCSC) has been shown')).toBe(true);
    expect(entries[0].abstract.endsWith('provide possible drug targets.')).toBe(true);
    // The conflict of interest statement after the identifiers is not abstract.
    expect(entries[3].abstract.endsWith('promotion of mucosal vaccine efficacy.')).toBe(true);
    expect(entries[3].url).toBe('https://pubmed.ncbi.nlm.nih.gov/30818341/');
  });

  it('a record in another language: the bracketed English title, "[Article in Chinese]" and its authors', () => {
    // The blocks of PMID 16677575 as a parser's notes quote them (index file id 18098958246), in the format's layout.
    const text = [
      '10. Zhonghua Yi Xue Za Zhi. 2006 Feb 21;86(7):472-5.', '',
      '[Effects of tissue inhibitor of matrix metalloproteinases-4 on the activities of ',
      'matrix metalloproteinases and collagen of artery: experiment with rats].', '',
      '[Article in Chinese]', '',
      'Zu LY(1), Guo YH, Chen L, Li Q, Yan H, Gao W.', '',
      'Author information: ',
      '(1)Department of Cardiology, Peking University Third Hospital, Peking University ',
      'Institute of Cardiovascular Sciences, Beijing 100083, China.', '',
      'PMID: 16677575 [Indexed for MEDLINE]', '',
    ].join('\n');
    const { format, entries, warnings } = readText(text, 'pubmed_result.txt');
    expect(format).toBe('pubmed-abstract');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Effects of tissue inhibitor of matrix metalloproteinases-4 on the activities of matrix metalloproteinases and collagen of artery: experiment with rats.',
      authors: ['Zu LY', 'Guo YH', 'Chen L', 'Li Q', 'Yan H', 'Gao W'],
      venue: 'Zhonghua Yi Xue Za Zhi',
      date: '2006-02-21',
      abstract: '',
      organisation: 'Department of Cardiology, Peking University Third Hospital, Peking University Institute of Cardiovascular Sciences, Beijing 100083, China',
    });
    expect(entries[0].ids.pmid).toBe('16677575');
  });

  it('"2." inside an abstract opens no record; a record with nothing but its citation is a warning at its line', () => {
    const text = [
      '1. J Test. 2020 Jan;1(1):1-2.', '', 'A title.', '', 'Doe J, Roe R.', '',
      'Two aims:', '', '2. second aim is stated here.', '', 'PMID: 1', '', '',
      '2. J Test. 2021;2:3.', '', 'PMID: 2', '',
    ].join('\n');
    const { entries, warnings } = readText(text, 'abstract-set.txt');
    expect(entries).toHaveLength(1);
    expect(entries[0].abstract).toBe('Two aims: 2. second aim is stated here.');
    expect(warnings).toEqual([{ file: 'abstract-set.txt', line: 14, reason: 'PubMed record 2 has no title; skipped' }]);
  });

  it('a file cut inside its last record keeps what it read, with a warning at that record', () => {
    const text = readFileSync(join(REAL, 'pubmed-abstract.txt'), 'utf8');
    const cut = text.slice(0, text.indexOf('The mucosal surface'));
    const { entries, warnings } = readText(cut, 'pubmed_result.txt');
    expect(entries).toHaveLength(4);
    expect(entries[3].authors).toEqual(['Solaymani-Mohammadi S', 'Berzofsky JA']);
    expect(warnings).toEqual([{ file: 'pubmed_result.txt', line: 163, reason: 'PubMed record 4 has no "PMID:" line (the file may be cut); kept what was read' }]);
  });

  it('the 2015 layout: "[Article in Japanese]" before a lone author without affiliations, numbers not consecutive, the BMJ notice dropped', () => {
    const { format, entries, warnings } = read('pubmed-abstract-2015.txt');
    expect(format).toBe('pubmed-abstract');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.ids.pmid, entry.ids.pmcid ?? null, entry.date, entry.authors.length, entry.organisation])).toEqual([
      ['25543385', null, '2014-11', 1, null],
      ['25529848', 'PMC4339403', '2015-03', 5, 'Department of Ophthalmology, University at Buffalo, The State University of New York, Buffalo, NY, USA'],
      ['25034050', null, '2014-10', 5, 'Department of Ophthalmology, University of Kiel, University Medical Center, Kiel, Germany'],
    ]);
    expect(entries[0]).toMatchObject({ title: 'Impact of anti-VEGF therapy on the cellular microenvironment in retinal angiogenesis.', authors: ['Nakao S'] });
    expect(entries[0].abstract.startsWith('Various large-scale studies show')).toBe(true);
    expect(entries[2].abstract.endsWith('may indicate possible side effects.')).toBe(true);
    expect(entries[1].ids.doi).toBe('10.1016/j.preteyeres.2014.12.001');
  });
});

describe('Scopus plain-text export (scopus.txt)', () => {
  it('2023 layout: full author names, the source title out of the citation line, DOI, EID from the link, type', () => {
    const { format, entries, warnings } = read('scopus-2023.txt');
    expect(format).toBe('scopus-text');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.year, entry.venue, entry.ids.doi ?? null, entry.ids.scopus, entry.type, entry.authors.length])).toEqual([
      [2013, 'Pediatric Blood and Cancer', '10.1002/pbc.24435', '2-s2.0-84876442851', 'review', 3],
      [2021, "Lanzkowsky's Manual of Pediatric Hematology and Oncology", '10.1016/b978-0-12-821671-2.00032-5', '2-s2.0-85162688912', 'book chapter', 2],
      [2008, 'Medycyna wieku rozwojowego', null, '2-s2.0-69449087792', 'article', 10],
      [1996, 'Medical and Pediatric Oncology', '10.1002/(sici)1096-911x(199606)26:6<425::aid-mpo11>3.0.co;2-a', '2-s2.0-0029937665', 'conference paper', 6],
      [2014, 'Journal of Indian Association of Pediatric Surgeons', '10.4103/0971-9261.125960', '2-s2.0-84893269519', 'review', 1],
    ]);
    expect(entries.map((entry) => entry.line)).toEqual([4, 17, 29, 40, 52]);
    expect(entries[0].title).toBe("Children's Oncology Group's 2013 blueprint for research: Soft tissue sarcomas");
    expect(entries[0].authors).toEqual(['Hawkins, Douglas S.', 'Spunt, Sheri L.', 'Skapek, Stephen X.']);
    expect(entries[2].authors[9]).toBe('Balcerska, Anna');
    expect(entries[3].title).toBe('Summary of the International Symposium on Childhood Non-Rhabdomyosarcoma Soft-Tissue Sarcomas, Padua, Italy, February 10-12, 1994');
  });

  it('2024 layout: affiliations, abstract without its copyright line, index keywords, 69 references one a line', () => {
    const { format, entries, warnings } = read('scopus-2024.txt');
    expect(format).toBe('scopus-text');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      title: 'How Well Do Worker Cooperatives Perform in Manufacturing? Evidence from a Large Low-Income Country',
      authors: ['Abebe, Girum', 'Gebreeyesus, Mulu'],
      year: 2024,
      venue: 'Economic Development and Cultural Change',
      organisation: 'Africa Region Gender Innovation Lab, World Bank, United States',
      type: 'article',
      keywords: [],
    });
    expect(entry.ids).toMatchObject({ doi: '10.1086/726179', scopus: '2-s2.0-85198477267' });
    expect(entry.abstract.startsWith('This study uses enterprise data from Ethiopia')).toBe(true);
    expect(entry.abstract.endsWith('entrepreneurial transformation.')).toBe(true);
    expect(entry.indexTerms).toEqual(['Ethiopia', 'business development', 'human capital', 'low income population', 'manufacturing', 'performance assessment']);
    expect(entry.references).toHaveLength(69);
    expect(entry.references.map((reference) => reference.year).slice(0, 3)).toEqual([1972, 2016, 2000]);
    expect(entry.references[29]).toMatchObject({ title: 'Micro and Small Enterprise Development Strategy', year: 1997, firstAuthor: null });
    expect(entry.references[68].firstAuthor).toBe('Zeckhauser');
  });

  it('2022 layout ("# Scopus" header, "Family, I." short names, DOI after a blank line, no DOI at all)', () => {
    const { format, entries, warnings } = read('scopus-2022.txt');
    expect(format).toBe('scopus-text');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.venue, entry.ids.doi ?? null, entry.authors.length, entry.type])).toEqual([
      ['Development of negative muonium ion source for muon acceleration', 'Physical Review Accelerators and Beams', '10.1103/physrevaccelbeams.24.033403', 16, 'article'],
      ['COMPUTING ENVIRONMENT for the SUPER-CHARM-TAU FACTORY DETECTOR PROJECT', 'CEUR Workshop Proceedings', null, 7, 'conference paper'],
    ]);
    expect(entries[0].authors.slice(0, 3)).toEqual(['Kitamura, R.', 'Bae, S.', 'Choi, S.']);
    expect(entries[0].authors[12]).toBe('Razuvaev, G.P.');
  });

  it('a record without its SOURCE line ends at the next record; one without a title is a warning at its line', () => {
    const text = [
      'Scopus', 'EXPORT DATE: 01 January 2024', '',
      'Doe J., Roe R.', 'First title', '(2020) Journal One, 1 (2), pp. 3 - 4, Cited 0 times.', '',
      'DOCUMENT TYPE: Article', '',
      '[No author name available]', 'Second title', '(2021) Journal Two, 5, art. no. 6, Cited 1 time.', '',
      'SOURCE: Scopus', '',
      'Loe K.', '', 'SOURCE: Scopus', '',
    ].join('\n');
    const { format, entries, warnings } = readText(text, 'scopus.txt');
    expect(format).toBe('scopus-text');
    expect(entries.map((entry) => [entry.title, entry.authors, entry.venue, entry.year, entry.line])).toEqual([
      ['First title', ['Doe J.', 'Roe R.'], 'Journal One', 2020, 4],
      ['Second title', [], 'Journal Two', 2021, 10],
    ]);
    expect(warnings).toEqual([{ file: 'scopus.txt', line: 16, reason: 'Scopus record has no title; skipped' }]);
  });
});

describe('PubMed "Summary" text: one block a record', () => {
  it('title, authors (older affiliation numbers "Pantano L1" dropped), citation and PMID', () => {
    // The two records as a README quotes them in PubMed's Summary layout (index file ids 2004414219 and 6587920473),
    // numbered as the export numbers them.
    const text = [
      '1. eCAMI: simultaneous classification and motif identification for enzyme annotation.',
      'Xu J, Zhang H, Zheng J, Dovoedo P, Yin Y.',
      'Bioinformatics. 2019 Dec 3. pii: btz908. doi: 10.1093/bioinformatics/btz908. [Epub ahead of print]',
      'PMID: 31794006', '',
      '2. A non-biased framework for the annotation and classification of the non-miRNA small RNA transcriptome.',
      'Pantano L1, Estivill X, Martí E.',
      'Bioinformatics. 2011 Nov 15;27(22):3202-3. doi: 10.1093/bioinformatics/btr527. Epub 2011 Oct 5.',
      'PMID: 21976421', '',
    ].join('\n');
    const { format, entries, warnings } = readText(text, 'pubmed_result.txt');
    expect(format).toBe('pubmed-abstract');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.authors, entry.venue, entry.date, entry.ids.pmid, entry.ids.doi, entry.line])).toEqual([
      ['eCAMI: simultaneous classification and motif identification for enzyme annotation.', ['Xu J', 'Zhang H', 'Zheng J', 'Dovoedo P', 'Yin Y'],
        'Bioinformatics', '2019-12-03', '31794006', '10.1093/bioinformatics/btz908', 1],
      ['A non-biased framework for the annotation and classification of the non-miRNA small RNA transcriptome.', ['Pantano L', 'Estivill X', 'Martí E'],
        'Bioinformatics', '2011-11-15', '21976421', '10.1093/bioinformatics/btr527', 6],
    ]);
  });
});

describe('Web of Science full names with a middle initial after a second comma', () => {
  it('"Fedotovich, G., V" and "Yudin, Yu, V" are read "Fedotovich, G. V" and "Yudin, Yu V"; other names stay', () => {
    const { format, entries, warnings } = read('wos-initial-after-comma.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const { authors } = entries[0];
    expect(authors).toHaveLength(47);
    expect(authors.slice(0, 2)).toEqual(['Ivanov, V. L.', 'Fedotovich, G. V']);
    expect(authors.slice(28, 31)).toEqual(['Mikhailov, K. Yu', 'Okhapkin, V. S.', 'Pestov, Yu N.']);
    expect(authors.at(-1)).toBe('Yudin, Yu V');
    expect(authors.filter((name) => name.split(',').length > 2)).toEqual([]);
    expect(entries[0]).toMatchObject({ date: '2021-11-01', ids: { doi: '10.1016/j.nima.2021.165761', wos: 'WOS:000717077900009' } });
    expect(wosName('Smith, John, Jr')).toBe('Smith, John, Jr');
  });
});

describe('RIS whose records each follow a "Record #1 of 2" counter and a Provider/Content header', () => {
  it('is detected as RIS and both records are read', () => {
    const { format, entries, warnings } = read('ris-record-counter.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.authors, entry.year, entry.venue, entry.keywords.length])).toEqual([
      ['Title of reference', ['Marx, Karl', 'Lindgren, Astrid'], 2014, 'Lorem', 3],
      ['The title of the reference', ['Marxus, Karlus', 'Lindgren, Astrid'], 2006, 'Lorem', 3],
    ]);
    expect(entries[0].abstract.startsWith('BACKGROUND: Lorem ipsum dolor sit amet')).toBe(true);
  });
});

describe('EndNote text in its "Show All Fields" style', () => {
  it('fields by name, "and"-joined authors, keywords one a line, a Scopus record\'s references from its notes', () => {
    const { format, entries, warnings } = read('endnote-show-all-fields.txt');
    expect(format).toBe('endnote-fields');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title.slice(0, 40), entry.authors, entry.year, entry.venue, entry.type, entry.line])).toEqual([
      ['Simultaneous identification and quantifi', ['Zuo, Y.', 'Zhu, Z.'], 2014, 'Chemosphere', 'article', 5],
      ['언어경관을 통해 본 대학 국제화와 다중언어주의', ['장인철'], 2024, '인문학연구', 'article', 31],
    ]);
    const [scopus, kci] = entries;
    expect(scopus.keywords).toEqual(['2,4-Bis-(dimethylbenzyl)phenol', '4-Cumylphenol', 'Alkylphenol', 'Bisphenol A', 'Gas chromatography-mass spectrometry', 'Prawn']);
    expect(scopus.ids).toEqual({ doi: '10.1016/j.chemosphere.2014.01.058', scopus: '2-s2.0-84901634826' });
    expect(scopus.abstract.endsWith('occurrence of 4-CP, 2,4-DCP and BPA in prawn M. rosenbergii.')).toBe(true);
    expect(scopus.organisation).toBe('Department of Chemistry and Biochemistry, University of Massachusetts Dartmouth, North Dartmouth, 285 Old Westport Road, North Dartmouth, MA 02747, United States');
    expect(scopus.references).toHaveLength(34);
    expect(scopus.references[0]).toMatchObject({ firstAuthor: 'Alexander', year: 1988, title: 'Bisphenol A: acute aquatic toxicity' });
    expect(kci.abstract.startsWith('[...] This paper examines')).toBe(true);
  });

  it('a structured abstract\'s "Results:" line continues the abstract; a record without Title is a warning', () => {
    const text = 'Reference Type:  Journal Article\nTitle: A\nAbstract: Background: x.\nResults: y.\n\nReference Type:  Book\nAuthor: Doe, J.\n';
    const { entries, warnings } = readText(text, 'endnote.txt');
    expect(entries.map((entry) => entry.abstract)).toEqual(['Background: x. Results: y.']);
    expect(warnings).toEqual([{ file: 'endnote.txt', line: 6, reason: 'EndNote record #2 has no Title; skipped' }]);
  });
});
