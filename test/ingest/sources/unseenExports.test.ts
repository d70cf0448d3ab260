// Layouts met in real exports found in public repositories (none of them in ../shared/samples), each reproduced by a
// few hand-written lines: a Scopus RIS reference line holding several references, Scopus CSVs exported from the
// Chinese interfaces, Scopus and Web of Science BibTeX exports, OpenAlex's CSV export and its PMC links.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseBibtex } from '../../../ingest/sources/bibtex';
import { parseOpenAlex } from '../../../ingest/sources/openAlex';
import { parseRis } from '../../../ingest/sources/ris';
import { parseScopusCsv } from '../../../ingest/sources/scopusCsv';

describe('Scopus RIS: a reference line that holds several references', () => {
  // Scopus writes one reference a line, but joins patents and reports it could not parse on one line with `; `.
  const RIS = [
    'TY  - JOUR',
    'TI  - Spoofing and Anti-Spoofing Measures',
    'PY  - 2002',
    'N1  - References: Ratha, N.K., Enhancing Security and Privacy (2001) IBM Systems Journal, 40 (3), pp. 614-634; ',
    'Osten, D., Carim, H.M., (1998), "Biometric, Personal Authentication System", US Patent #5,719,950, February 17; Lapsley, P.D., Less, J.A., (1998), "Anti-Fraud Biometric Sensor", US Patent #5,737,439, April 7; Broun, C.C., Zhang, X., Automatic Speechreading (2002) Proceedings of ICASSP, pp. I685-I688. , May 13-17, Orlando, FL; ',
    'Valencia, V., Horn, C., Biometric Liveness Testing Biometrics, , RSA Press, to be published',
    'ER  - ',
  ].join('\n');

  it('splits the joined line into its references, as a CSV References field is split', () => {
    const { entries, warnings } = parseRis(RIS, 'scopus.ris');
    expect(warnings).toEqual([]);
    expect(entries[0].references.map((reference) => reference.firstAuthor)).toEqual(['Ratha', 'Osten', 'Lapsley', 'Broun', 'Valencia']);
    expect(entries[0].references[3]).toMatchObject({ year: 2002, title: 'Automatic Speechreading' });
  });
});

describe('Scopus CSV exported from the Chinese interface', () => {
  // The header names as Scopus's Chinese interface writes them; `Author full names` and `EID` stay in English.
  const CSV = [
    '\uFEFF作者,Author full names,作者 ID,文献标题,年份,来源出版物名称,卷,期,论文编号,起始页码,结束页码,页码计数,施引文献,DOI,链接,归属机构,摘要,作者关键字,索引关键字,参考文献,文献类型,出版阶段,开放获取,来源出版物,EID',
    '"Wang L.; Chen Y.","Wang, Li (57209571323); Chen, Yu (57220907015)","57209571323; 57220907015","Graph neural networks for citation analysis","2023","Scientometrics","128","4","","2101","2120","20","3","10.1007/s11192-023-04655-1","https://www.scopus.com/inward/record.uri?eid=2-s2.0-85150000001","Tsinghua University, Beijing, China","We study citation graphs. © 2023 Akadémiai Kiadó","citation analysis; graph neural networks","Citations; Neural networks","Kipf, T.N., Welling, M., Semi-supervised classification with graph convolutional networks (2017) ICLR; Hamilton, W.L., Inductive representation learning on large graphs (2017) NeurIPS, pp. 1024-1034","Article","Final","","Scopus","2-s2.0-85150000001"',
  ].join('\r\n');

  it('is detected as a Scopus export and read with its fields and references', () => {
    const read = readText(CSV, 'scopus_zh.csv');
    expect('format' in read && read.format).toBe('scopus-csv');
    const { entries, warnings } = parseScopusCsv(CSV, 'scopus_zh.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Graph neural networks for citation analysis',
      authors: ['Wang, Li', 'Chen, Yu'],
      year: 2023,
      venue: 'Scientometrics',
      abstract: 'We study citation graphs.',
      keywords: ['citation analysis', 'graph neural networks'],
      indexTerms: ['Citations', 'Neural networks'],
      organisation: 'Tsinghua University, Beijing, China',
      type: 'article',
      ids: { doi: '10.1007/s11192-023-04655-1', scopus: '2-s2.0-85150000001' },
      line: 2,
    });
    expect(entries[0].references.map((reference) => reference.firstAuthor)).toEqual(['Kipf', 'Hamilton']);
  });
});

describe('Scopus CSV exported from the Traditional Chinese interface, with few columns', () => {
  // Its Authors column (Scopus's first) is headed `作者關鍵字`; no EID column, the EID is inside each link.
  const CSV = [
    '作者關鍵字,書名,年份,來源出版物名稱,施引文獻,DOI,連結,文獻類型,來源出版物',
    '"Sauer F., Xie J., Ma K.-L.","A Combined Eulerian-Lagrangian Data Representation",2017,"IEEE Transactions on Visualization and Computer Graphics",,10.1109/TVCG.2016.2620975,"https://www.scopus.com/inward/record.uri?eid=2-s2.0-85029184744&doi=10.1109%2fTVCG.2016.2620975&partnerID=40",Article,Scopus',
    '"Chou J.-K., Bryan C., Ma K.-L.","Privacy preserving visualization for social network data",2017,"IEEE Pacific Visualization Symposium",1,10.1109/PACIFICVIS.2017.8031573,"https://www.scopus.com/inward/record.uri?eid=2-s2.0-85030680508&partnerID=40",Conference Paper,Scopus',
  ].join('\n');

  it('is detected as Scopus and read with authors, year, source title and the EID from the link', () => {
    const read = readText(CSV, 'scopus.csv');
    expect('format' in read && read.format).toBe('scopus-csv');
    const { entries, warnings } = parseScopusCsv(CSV, 'scopus.csv');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'A Combined Eulerian-Lagrangian Data Representation',
      'Privacy preserving visualization for social network data',
    ]);
    expect(entries[0]).toMatchObject({
      authors: ['Sauer F.', 'Xie J.', 'Ma K.-L.'],
      keywords: [],
      year: 2017,
      venue: 'IEEE Transactions on Visualization and Computer Graphics',
      type: 'article',
      ids: { doi: '10.1109/tvcg.2016.2620975', scopus: '2-s2.0-85029184744' },
    });
    expect(entries[1].ids.scopus).toBe('2-s2.0-85030680508');
  });
});

describe('Scopus BibTeX export', () => {
  const BIB = [
    'Scopus',
    'EXPORT DATE: 15 November 2023',
    '',
    '@ARTICLE{Wang2022694,',
    '\tauthor = {Wang, Ming and Zhang, Jie},',
    '\ttitle = {Independent double DQN-based multi-agent reinforcement learning},',
    '\tyear = {2022},',
    '\tjournal = {Journal of Manufacturing Systems},',
    '\tpages = {694 – 708},',
    '\tdoi = {10.1016/j.jmsy.2022.11.001},',
    '\taffiliations = {College of Mechanical Engineering, Donghua University, Shanghai, China; Institute of Artificial Intelligence, Donghua University, Shanghai, China},',
    '\tabstract = {Two-stage hybrid flow shop scheduling is complex. © 2022 The Society of Manufacturing Engineers},',
    '\tauthor_keywords = {Batch machines; Online scheduling},',
    '\tkeywords = {Deep learning; Heuristic methods; Online scheduling},',
    '\tsource = {Scopus},',
    '\tnote = {Cited by: 3}',
    '}',
  ].join('\n');

  it('keeps the index terms (`keywords` beside `author_keywords`) apart and drops the copyright line', () => {
    const { entries, warnings } = parseBibtex(BIB, 'scopus.bib');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      abstract: 'Two-stage hybrid flow shop scheduling is complex.',
      keywords: ['Batch machines', 'Online scheduling'],
      indexTerms: ['Deep learning', 'Heuristic methods', 'Online scheduling'],
      organisation: 'College of Mechanical Engineering, Donghua University, Shanghai, China',
    });
  });
});

describe('Web of Science BibTeX export', () => {
  const BIB = [
    '@article{ WOS:000774014800008,',
    'Author = {de Lima Araujo, Henrique Cesar and Locosselli, Giuliano Maselli},',
    'Title = {Artificial intelligence in urban forestry-A systematic review},',
    'Journal = {URBAN FORESTRY \\& URBAN GREENING},',
    'Year = {2021},',
    'Month = {DEC},',
    'Affiliation = {Locosselli, GM (Corresponding Author), Inst Bot SIMA SP, Cluster Ecol, Sao Paulo, Brazil.',
    '   de Lima Araujo, Henrique Cesar, Univ Fed Sao Paulo, Sao Paulo, Brazil.},',
    'Keywords = {Deep learning; Urban trees},',
    'Keywords-Plus = {TREE SPECIES CLASSIFICATION; ECOSYSTEM',
    '   SERVICES},',
    'Research-Areas = {Plant Sciences; Environmental Sciences \\& Ecology},',
    'Web-of-Science-Categories  = {Chemistry, Multidisciplinary},',
    'Affiliations = {Universidade Federal de Sao Paulo (UNIFESP); Universidade de Sao Paulo},',
    'Unique-ID = {WOS:000774014800008},',
    '}',
  ].join('\n');

  it('reads Keywords Plus as index terms, categories with research areas, the organisation from Affiliations', () => {
    const { entries, warnings } = parseBibtex(BIB, 'savedrecs.bib');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      keywords: ['Deep learning', 'Urban trees'],
      indexTerms: ['TREE SPECIES CLASSIFICATION', 'ECOSYSTEM SERVICES'],
      categories: ['Chemistry, Multidisciplinary', 'Plant Sciences', 'Environmental Sciences & Ecology'],
      organisation: 'Universidade Federal de Sao Paulo (UNIFESP)',
      date: '2021-12',
      ids: { wos: 'WOS:000774014800008' },
    });
  });

  it('an ordinary BibTeX entry gets no index terms from its keywords', () => {
    const { entries } = parseBibtex('@article{a, title = {A}, keywords = {x, y}}', 'a.bib');
    expect(entries[0].keywords).toEqual(['x', 'y']);
    expect(entries[0].indexTerms).toBeUndefined();
  });
});

describe('RIS abstracts with a copyright line', () => {
  it('drops the publisher line Scopus and Zotero keep at the end', () => {
    const ris = 'TY  - JOUR\nTI  - Information fusion in biometrics\nAB  - User verification systems are noisy. © 2003 Elsevier Science B.V. All rights reserved.\nER  - \n';
    expect(parseRis(ris, 'scopus.ris').entries[0].abstract).toBe('User verification systems are noisy.');
  });
});

describe("OpenAlex's CSV export", () => {
  // The columns of OpenAlex's "Download CSV" (openalex-formatter): ids as URLs, lists joined by "|".
  const CSV = [
    'id,display_name,publication_date,primary_location_display_name,author_names,author_institution_names,doi,pmid,pmcid,publication_year,type,referenced_works,title',
    'https://openalex.org/W2741809807,The state of OA,2018-02-13,PeerJ,Heather Piwowar|Jason Priem,Impactstory,https://doi.org/10.7717/peerj.4375,https://pubmed.ncbi.nlm.nih.gov/29456894,https://www.ncbi.nlm.nih.gov/pmc/articles/5815332,2018,article,https://openalex.org/W1491283255|https://openalex.org/W1964354658,The state of OA',
  ].join('\n');

  it('reads the venue, every referenced work and the PMCID from its PMC link', () => {
    const read = readText(CSV, 'works.csv');
    expect('format' in read && read.format).toBe('table');
    const [entry] = read.entries;
    expect(entry).toMatchObject({
      title: 'The state of OA',
      authors: ['Heather Piwowar', 'Jason Priem'],
      venue: 'PeerJ',
      organisation: 'Impactstory',
      year: 2018,
      ids: { openalex: 'W2741809807', doi: '10.7717/peerj.4375', pmid: '29456894', pmcid: 'PMC5815332' },
    });
    expect(entry.references.map((reference) => reference.ids.openalex)).toEqual(['W1491283255', 'W1964354658']);
  });

  it('a references cell with ";" is still split on ";" only', () => {
    const csv = 'title,references\nA,"Smith J, 2020, A | B study; Doe J, 2019, C"\n';
    expect(readText(csv, 'a.csv').entries[0].references.map((reference) => reference.text)).toEqual([
      'Smith J, 2020, A | B study',
      'Doe J, 2019, C',
    ]);
  });
});

describe('OpenAlex JSON: the PMCID written as a PMC link', () => {
  it('is kept as PMC…', () => {
    const work = { id: 'https://openalex.org/W1', title: 'A', ids: { pmcid: 'https://www.ncbi.nlm.nih.gov/pmc/articles/4784504' } };
    expect(parseOpenAlex(JSON.stringify(work), 'w.json').entries[0].ids.pmcid).toBe('PMC4784504');
  });
});

describe("PubMed's CSV export", () => {
  // The header PubMed writes for "Save → CSV".
  const CSV = [
    '\uFEFFPMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI',
    '21403915,"LIMO EEG: a toolbox for hierarchical LInear MOdeling of ElectroEncephaloGraphic data.","Pernet CR, Chauveau N, Gaspar C, Rousselet GA.","Comput Intell Neurosci. 2011;2011:831409. doi: 10.1155/2011/831409. Epub 2011 Feb 21.","Pernet CR","Comput Intell Neurosci","2011","2011/03/16","PMC3049326","","10.1155/2011/831409"',
  ].join('\r\n');

  it('reads the journal from Journal/Book', () => {
    const read = readText(CSV, 'csv-limo-set.csv');
    expect('format' in read && read.format).toBe('table');
    expect(read.entries[0]).toMatchObject({
      venue: 'Comput Intell Neurosci',
      year: 2011,
      ids: { pmid: '21403915', pmcid: 'PMC3049326', doi: '10.1155/2011/831409' },
    });
    expect(read.entries[0].authors.slice(0, 2)).toEqual(['Pernet CR', 'Chauveau N']);
  });
});

describe("Zotero's own JSON (Better BibTeX JSON export)", () => {
  // `{collections, config, items}`; each item's tags are objects.
  const JSON_EXPORT = JSON.stringify({
    collections: { '26PPXK6V': { collections: [], items: [3, 4], key: '26PPXK6V', name: 'Adjunct', parent: '' } },
    config: { label: 'BetterBibTeX JSON', options: { exportNotes: true } },
    items: [
      {
        DOI: '10.1016/j.evalprogplan.2015.11.004',
        abstractNote: 'Families facing mental health challenges have very limited access to ongoing support.',
        creators: [{ creatorType: 'author', firstName: 'Lisa A.', lastName: 'Rue' }],
        date: '2016-04-01',
        itemType: 'journalArticle',
        publicationTitle: 'Evaluation and Program Planning',
        tags: [{ tag: 'Family support' }, { tag: 'Logic model', type: 1 }],
        title: 'Formative evaluation: Developing measures for online family mental health recovery education',
      },
    ],
  });

  it('reads each item with its tags as keywords', () => {
    const read = readText(JSON_EXPORT, 'My Library.json');
    expect('format' in read && read.format).toBe('table');
    expect(read.entries[0]).toMatchObject({
      authors: ['Rue, Lisa A.'],
      venue: 'Evaluation and Program Planning',
      date: '2016-04-01',
      keywords: ['Family support', 'Logic model'],
      ids: { doi: '10.1016/j.evalprogplan.2015.11.004' },
    });
  });
});

describe('exports joined into one file', () => {
  it('WoS tab-delimited: a repeated header line is a header again, not a record titled "TI"', () => {
    const header = 'PT\tAU\tTI\tSO\tCR\tPY\tUT';
    const text = [
      `\uFEFF${header}`,
      'J\tSmith, J\tA first paper\tJ GRAPHS\tBrown A, 2001, J GRAPH, V1, P1\t2020\tWOS:000000000000001',
      `\uFEFF${header}`,
      'J\tLee, K\tA second paper\tJ TREES\t\t2021\tWOS:000000000000002',
    ].join('\r\n');
    const read = readText(text, 'all_years.txt');
    expect('format' in read && read.format).toBe('wos');
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((entry) => entry.title)).toEqual(['A first paper', 'A second paper']);
  });

  it('WoS plain text: the BOM before a later FN line is no stray text', () => {
    const part = (title: string) => `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nTI ${title}\nPY 2020\nER\n\nEF\n`;
    const read = readText(`\uFEFF${part('First')}\uFEFF${part('Second')}`, 'savedrecs.txt');
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((entry) => entry.title)).toEqual(['First', 'Second']);
  });

  it('Scopus CSV: a repeated header row is no record titled "Title"', () => {
    const header = 'Authors,Title,Year,Source title,DOI,Source,EID';
    const text = [
      `\uFEFF${header}`,
      '"Govil N.","Validation of agile methodology",2022,"Advances in Engineering Software","10.1016/j.advengsoft.2022.103125","Scopus","2-s2.0-85127865888"',
      `\uFEFF${header}`,
      '"Caseau Y.","The Lean Approach to Digital Transformation",2022,"Routledge","","Scopus","2-s2.0-85136150860"',
    ].join('\n');
    const { entries, warnings } = parseScopusCsv(text, 'scopus.csv');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual(['Validation of agile methodology', 'The Lean Approach to Digital Transformation']);
  });

  it('Scopus CSV: a repeated header is known whatever its spacing and case, and a row of long values is a record', () => {
    const header = 'Authors,Title,Year,Source title,DOI,Source,EID';
    const spaced = `"  AUTHORS ","\u00a0Title\t"," Year","Source   \u3000 TITLE","doi","\uFEFF Source","  eid  "`;
    const long = 'title '.repeat(5_000);
    const text = [
      header,
      '"Govil N.","Validation of agile methodology",2022,"Advances in Engineering Software","","Scopus","2-s2.0-85127865888"',
      spaced,
      `"Caseau Y.","${long}",2022,"source title","","Source","eid"`,
    ].join('\n');
    const { entries, warnings } = parseScopusCsv(text, 'scopus.csv');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual(['Validation of agile methodology', long.trim()]);
  });

  it('CSV table: a repeated header row is skipped', () => {
    const read = readText('Title,Year\nA paper,2020\nTitle,Year\nB paper,2021\n', 'joined.csv');
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((entry) => entry.title)).toEqual(['A paper', 'B paper']);
  });
});
