// Fourth round of real exports nobody here had written, found in public repositories (provenance in
// test/fixtures/biblio-real/README.md): NASA ADS BibTeX, an IEEE Xplore CSV, a table of Scopus Search API results, a Web
// of Science export with HTML references spaced out, a BVS/LILACS RIS record and a Zotero RIS with one-space tags.
// Every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { repairSpacedEntities } from '../../../ingest/sources/htmlEntities';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('NASA ADS BibTeX', () => {
  it('journal macros become the journal, adsurl the link, primaryClass the category; "et al." and UAT ids are no names or keywords', () => {
    const { format, entries, warnings } = read('nasa-ads.bib');
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.venue, entry.year, entry.ids.arxiv ?? null, entry.categories])).toEqual([
      ['Monthly Notices of the Royal Astronomical Society', 2022, '2110.01632', ['astro-ph.CO']],
      ['Astronomical Journal', 2021, '2002.00691', ['astro-ph.EP']],
      // ASCL software: its eprint is no arXiv id, so no arXiv category either.
      [null, 2020, null, []],
      ['Monthly Notices of the Royal Astronomical Society', 2023, '2309.10777', ['astro-ph.GA']],
      ['arXiv e-prints', 2019, '1909.07249', ['cs.SE']],
      // `journal = {pjs}` lost its backslash in the file: kept as written.
      ['pjs', 2022, '2112.02026', ['astro-ph.GA']],
    ]);
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://ui.adsabs.harvard.edu/abs/2022MNRAS.509.5685B',
      'https://ui.adsabs.harvard.edu/abs/2021AJ....161...24G',
      'https://ui.adsabs.harvard.edu/abs/2020ascl.soft02004G',
      'https://ui.adsabs.harvard.edu/abs/2023MNRAS.526.4345K',
      'https://ui.adsabs.harvard.edu/abs/2019arXiv190907249Y',
      'https://ui.adsabs.harvard.edu/abs/2022ApJS..259...35A',
    ]);
    expect(entries.map((entry) => entry.authorsCount)).toEqual([4, 4, 2, 4, 4, 1]);
    expect(entries[3].authors).toEqual(['Kim, Doyeon A.', 'Clark, S. E.', 'Putman, M. E.', 'Li, Larry']);
    expect(entries[5].authors).toEqual(["Abdurro'uf"]);
    // "Exoplanets, 486, 1882, 1242, 498, Astrophysics - …": 7 terms once the 4 thesaurus numbers are gone.
    expect(entries[1].keywords).toHaveLength(7);
    expect(entries[1].keywords.some((keyword) => /^\d+$/.test(keyword))).toBe(false);
    expect(entries[0].ids.doi).toBe('10.1093/mnras/stab3394');
  });
});

describe('IEEE Xplore CSV', () => {
  it('the first known affiliation is the organisation, IEEE Terms are index terms', () => {
    const { format, entries } = read('ieee-xplore.csv');
    expect(format).toBe('table');
    expect(entries.map((entry) => [entry.year, entry.ids.doi, entry.authors.length, entry.venue])).toEqual([
      [2003, '10.1109/ats.2003.1250881', 2, '2003 Test Symposium'],
      [1997, '10.1109/32.624304', 2, 'IEEE Transactions on Software Engineering'],
      [2005, '10.1109/isese.2005.1541815', 3, '2005 International Symposium on Empirical Software Engineering, 2005.'],
    ]);
    expect(entries.map((entry) => entry.organisation)).toEqual([
      'Dept. of Comput. Sci. & Eng., Tongji Univ., Shanghai, China',
      'Sch. of Inf. Technol., Queensland Univ., Qld., Australia',
      'Dept. of Comput. Sci., North Carolina State Univ., Raleigh, NC, USA',
    ]);
    expect(entries.map((entry) => entry.indexTerms?.length)).toEqual([6, 10, 10]);
    expect(entries[0].indexTerms?.slice(0, 2)).toEqual(['Software safety', 'Software testing']);
    // Its `Author Keywords` cells are empty: no keywords are made up from the index terms.
    expect(entries.every((entry) => entry.keywords.length === 0)).toBe(true);
  });

  it('an affiliation cell whose first author is "NA" gives the next one', () => {
    const csv = 'Document Title,Authors,Author Affiliations\n"A title","A. B; C. D","NA; Univ X, City"\n';
    expect(readText(csv, 'x.csv').entries[0].organisation).toBe('Univ X, City');
  });
});

describe('Scopus Search API results saved as CSV (dc:/prism: columns, Python-literal cells)', () => {
  it('is a table: title, first author, source, cover date, DOI, EID, type, and the affiliation name out of its cell', () => {
    const { format, entries, warnings } = read('scopus-search-api.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.authors, entry.venue, entry.date, entry.ids.doi, entry.ids.scopus, entry.type, entry.organisation])).toEqual([
      ['Social unrest and corporate behaviour during the Arab Spring period', ['Ghosh S.'], 'Journal of Economic Asymmetries', '2023-06-01',
        '10.1016/j.jeca.2023.e00289', '2-s2.0-85146268564', 'article', 'Qatar Central Bank'],
      ['Monetary policy transmission, productive activity, and inflation in Brazil: Does uncertainty matter?', ['Corrêa W.L.R.'],
        'Journal of Economic Asymmetries', '2023-06-01', '10.1016/j.jeca.2022.e00285', '2-s2.0-85143916302', 'article',
        'Universidade Federal de Juiz de Fora'],
      ['Legislative informational lobbying', ['Dellis A.'], 'Journal of Economic Theory', '2023-03-01', '10.1016/j.jet.2022.105595',
        '2-s2.0-85146093045', 'article', 'Université du Québec à Montréal'],
    ]);
  });

  it("lists pandas wrote as Python literals are lists; a column 'Note: title' is no title", () => {
    const csv = "title,authors,referenced_works,Note: abstract\n\"A paper\",\"['Ghosh S.', 'Doe J.']\",\"['https://openalex.org/W1', 'https://openalex.org/W2']\",x\n";
    const [entry] = readText(csv, 'x.csv').entries;
    expect([entry.authors, entry.references.map((reference) => reference.ids.openalex), entry.abstract]).toEqual([['Ghosh S.', 'Doe J.'], ['W1', 'W2'], '']);
  });

  it('the same names as JSON keys (the API answer itself) are read too', () => {
    const json = JSON.stringify([{ 'dc:title': 'A paper', 'dc:creator': 'Doe J.', 'prism:publicationName': 'A Journal', 'prism:coverDate': '2021-05-01', affiliation: [{ affilname: 'Univ Y' }] }]);
    const [entry] = readText(json, 'x.json').entries;
    expect([entry.title, entry.authors, entry.venue, entry.year, entry.organisation]).toEqual(['A paper', ['Doe J.'], 'A Journal', 2021, 'Univ Y']);
  });
});

describe('Web of Science plain text with HTML references spaced out', () => {
  it('"Schr & ouml;dinger" and "Szeg & odblac;-type" are read as the words they are', () => {
    const { format, entries } = read('wos-spaced-entities.txt');
    expect(format).toBe('wos');
    expect(entries).toHaveLength(2);
    expect(entries[0].abstract).toContain('spectral projectors of a Schrödinger operator');
    expect(entries[0].abstract).toContain('we obtain a Szegő-type central limit theorem');
    expect(entries[0].abstract).not.toMatch(/& \w+;/);
    // The TeX copy of a formula WoS writes twice is dropped: "on R$\mathbb {R}$," and "a H1/2$H<^>{1/2}$-type".
    expect(entries[0].abstract).toContain('a Schrödinger operator on R, with a smooth confining potential');
    expect(entries[0].abstract).toContain('a Gaussian limit with a H1/2-type variance');
    // A meeting abstract has no abstract, and is still a record.
    expect([entries[1].title, entries[1].abstract, entries[1].type, entries[1].year]).toEqual([
      'Functionalized Silk Matrices For Single- Or Bi-layered Models Of Barrier Tissue', '', 'meeting abstract', 2024,
    ]);
  });

  it('names HTML does not know, and "&" between words, stay as written', () => {
    expect(repairSpacedEntities('R & D; Sales & Marketing; & copyright; A & amp; B; p & lt; 0.05')).toBe('R & D; Sales & Marketing; & copyright; A & B; p < 0.05');
  });
});

describe('RIS from BVS/LILACS and from Zotero with one-space tags', () => {
  it('LILACS: the first of three abstracts (one per language), its doubly escaped reference decoded, keywords once each', () => {
    const { format, entries } = read('lilacs.ris');
    expect(format).toBe('ris');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.abstract.startsWith('O Questionário Comportamental Deasy-Spinetta (DSBQ)')).toBe(true);
    expect(entry.abstract).toContain('revisão dos itens e∕ou necessidade');
    expect(entry.abstract).not.toContain('The Deasy-Spinetta Behavior Questionnaire');
    expect([entry.authorsCount, entry.year, entry.date, entry.venue]).toEqual([13, 2017, '2017-12', 'Psicol. Educ. (Online)']);
    // 11 KW lines, "Criança" twice.
    expect(entry.keywords).toHaveLength(10);
  });

  it('numeric references in RIS text become their characters', () => {
    const ris = 'TY  - JOUR\nTI  - Deasy-Spinetta&#039;s questionnaire\nJO  - Texto &amp; Contexto\nER  - \n';
    const [entry] = readText(ris, 'x.ris').entries;
    expect([entry.title, entry.venue]).toEqual(["Deasy-Spinetta's questionnaire", 'Texto & Contexto']);
  });

  it('Zotero with "TY - " tags and no blank line between records: two records with their DOIs', () => {
    const { format, entries } = read('single-space.ris');
    expect(format).toBe('ris');
    expect(entries.map((entry) => [entry.ids.doi, entry.authorsCount, entry.date, entry.venue])).toEqual([
      ['10.1038/ismej.2015.11', 20, '2015-09', 'The ISME Journal'],
      ['10.1038/s41467-018-07882-8', 16, '2019-12', 'Nature Communications'],
    ]);
  });
});

describe('Europe PMC search results (core records)', () => {
  it("the journal from journalInfo (not the database code in `source`), authors from authorList, the first publication date", () => {
    const { format, entries, warnings } = read('europepmc-core.json');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.venue, entry.date, entry.authorsCount, entry.keywords.length, entry.ids])).toEqual([
      ['Frontiers in artificial intelligence', '2026-06-03', 2, 7, { doi: '10.3389/frai.2026.1786679', pmid: '42318577', pmcid: 'PMC13272441' }],
      ['Journal of clinical medicine', '2026-06-01', 6, 11, { pmcid: 'PMC13302491' }],
    ]);
    expect(entries[1].authors.slice(0, 2)).toEqual(['Muni, Masrufa Akter', 'Rahaman, Mustafizur']);
    expect(entries[0].abstract.startsWith('Colorectal polyps are key determinants of colorectal cancer.')).toBe(true);
    expect(entries[1].abstract).toBe('');
  });

  it('lite records: journalTitle before the `source` code, the author string without its closing period', () => {
    const json = JSON.stringify({ resultList: { result: [{ id: '1', source: 'MED', pmid: '1', title: 'T', authorString: 'Byrd JC, Coutre SE.', journalTitle: 'Lancet', pubYear: '2024' }] } });
    const [entry] = readText(json, 'x.json').entries;
    expect([entry.venue, entry.authors, entry.year]).toEqual(['Lancet', ['Byrd JC', 'Coutre SE'], 2024]);
  });
});

describe('RIS as Web of Science and EndNote (from Embase) write it', () => {
  it("WoS: the date from DA's month and day beside PY, the WOS accession, an abstract's indented paragraphs joined", () => {
    const { format, entries } = read('wos.ris');
    expect(format).toBe('ris');
    expect(entries.map((entry) => [entry.date, entry.ids.wos, entry.ids.doi, entry.keywords.length])).toEqual([
      ['2010-09-22', 'WOS:000282053100002', '10.1371/journal.pone.0012292', 8],
      ['1904', 'WOS:000200210400001', '10.2475/ajs.s4-17.102.423', 0],
      ['2016-12', 'WOS:000387978600002', '10.1017/s1060150316000358', 3],
      // "JUL-DEC" is a range: the year only.
      ['1911', 'WOS:000201860100045', '10.1126/science.34.871.319-a', 0],
    ]);
    expect(entries[0].abstract).toContain('poorly tested. Methodology/Principal Findings: Here we describe');
    expect(entries[0].authorsCount).toBe(7);
  });

  it('EndNote: the keywords under one KW tag, one a line, are separate keywords', () => {
    const { entries } = read('endnote-embase.ris');
    expect(entries.map((entry) => entry.keywords.length)).toEqual([8, 11]);
    expect(entries[0].keywords.slice(0, 3)).toEqual(['article', 'biostratigraphy', 'Colorado']);
    expect(entries[0].keywords).toContain('transverse process');
    expect(entries.map((entry) => [entry.ids.doi, entry.venue, entry.year])).toEqual([
      ['10.1002/ar.25520', 'Anatomical Record', 2024],
      ['10.1186/s12862-024-02216-3', 'BMC ecology and evolution', 2024],
    ]);
    // The first of its two AD lines (one per line, no tag on the second); since round 11 without the corresponding
    // author's name that leads it ("M. Wedel, "), as for Embase's own RIS.
    expect(entries[0].organisation).toBe('Western University of Health Sciences, Pomona, CA, United States');
  });
});

describe("Scopus RIS: the PubMed ID in C2", () => {
  it('a Scopus record keeps its PMID from C2, its EID from the link, and its abstract without the copyright line', () => {
    const { entries } = read('scopus-pmid.ris');
    expect(entries.map((entry) => entry.ids)).toEqual([
      { doi: '10.1038/s41467-024-46843-2', pmid: '38580657', scopus: '2-s2.0-85189760133' },
      { doi: '10.7717/peerj.15453', scopus: '2-s2.0-85164570541' },
    ]);
    expect(entries[0].abstract.endsWith('longstanding ecological principles.')).toBe(true);
    expect(entries[1].abstract.endsWith('post-Cenomanian spinosaurid persistence.')).toBe(true);
  });

  it('a bare number in C2 of another producer is no PMID; a PMCID there is one', () => {
    const ris = 'TY  - CONF\nTI  - A paper\nC2  - 2019\nER  - \n\nTY  - JOUR\nTI  - Another\nC2  - PMC6543210\nER  - \n';
    expect(readText(ris, 'x.ris').entries.map((entry) => entry.ids)).toEqual([{}, { pmcid: 'PMC6543210' }]);
  });
});

describe("BibTeX from doi.org's content negotiation (Crossref's citeproc)", () => {
  it('one line, `month=July` bare: read as July without an "undefined @string" warning', () => {
    const { entries, warnings } = read('doi-content-negotiation.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.date, entry.ids.doi, entry.authorsCount, entry.venue])).toEqual([
      ['2016-07', '10.1111/tops.12211', 6, 'Topics in Cognitive Science'],
    ]);
  });

  it('a whole month name elsewhere than `month` is still an undefined macro', () => {
    const { warnings } = readText('@article{k, title = {T}, note = July, year = 2020}', 'x.bib');
    expect(warnings.map((warning) => warning.reason)).toEqual(['undefined @string "July" in "note"; kept as the text "July"']);
  });
});

describe("identifiers in Zotero's Extra field", () => {
  // Zotero's CSV header as quoted whole in index file 32452724019 (a subset of its columns here); the Extra lines are
  // Zotero's documented `Key: value` convention, not copied from a file.
  it('the CSV `Extra` column and the CSL-JSON `note` give PMID, PMCID and arXiv ids from their own lines only', () => {
    const csv = [
      '"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Date","Extra","Manual Tags"',
      '"ABCD1234","journalArticle","2020","Doe, Jane; Roe, Rick","A paper","J X","","","Abs.","2020-05-01","PMID: 33139897\nPMCID: PMC7891234","a; b"',
      '"EFGH5678","preprint","2021","Lee, K","Pre","","","","","2021","arXiv:2101.00001 [cs]",""',
      '"IJKL9012","journalArticle","2019","Kim, S","Third","J Y","","","","2019","Read with PMID: 123 in mind",""',
    ].join('\n');
    expect(readText(csv, 'zotero.csv').entries.map((entry) => entry.ids)).toEqual([
      { pmid: '33139897', pmcid: 'PMC7891234' }, { arxiv: '2101.00001' }, {},
    ]);
    const csl = JSON.stringify([{ id: 'x', type: 'article-journal', title: 'T', issued: { 'date-parts': [[2020]] }, note: 'PMID: 33139897\nPMCID: PMC7891234' }]);
    expect(readText(csl, 'x.json').entries[0].ids).toEqual({ pmid: '33139897', pmcid: 'PMC7891234' });
  });
});

describe("Publish or Perish's CSV of Google Scholar results", () => {
  it('author lists cut with "..." keep their named authors, ArticleURL is the link, the Cites count is no reference', () => {
    const { format, entries, warnings } = read('publish-or-perish.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.authors, entry.year, entry.ids.doi ?? null, entry.references.length])).toEqual([
      [['C Kun‐Rodrigues', 'J Salmona', 'A Besolo'], 2014, '10.1002/ajp.22243', 0],
      [['KC McGoogan'], 2011, null, 0],
      [['ML Ramilison', 'B Andriatsitohaina'], 2021, '10.1111/aje.12844', 0],
      // Google Scholar's DOI, percent-encoded as in its link: decoded.
      [['JL Campbell', 'JH Eisemann'], 2000, '10.1002/1098-2345(200011)52:3<133::aid-ajp2>3.0.co;2-#', 0],
    ]);
    expect(entries[0].url).toBe('https://onlinelibrary.wiley.com/doi/abs/10.1002/ajp.22243');
    expect(entries[1].url).toBe('https://www.bac-lac.gc.ca/eng/services/theses/Pages/item.aspx?idNumber=1019490882');
  });
});

describe("Web of Science's spreadsheet export saved as CSV", () => {
  // The header is WoS's, quoted whole in index file 41640484749; the row holds the values of the first record of
  // wos.ris in its columns (no real row of such a CSV was found).
  it('full author names before the short ones, WoS categories as categories, Keywords Plus as index terms', () => {
    const header = 'Publication Type,Authors,Book Authors,Book Editors,Book Group Authors,Author Full Names,Book Author Full Names,Group Authors,Article Title,Source Title,Book Series Title,Book Series Subtitle,Language,Document Type,Conference Title,Conference Date,Conference Location,Conference Sponsor,Conference Host,Author Keywords,Keywords Plus,Abstract,Addresses,Affiliations,Reprint Addresses,Email Addresses,Researcher Ids,ORCIDs,Funding Orgs,Funding Name Preferred,Funding Text,Cited References,Cited Reference Count,"Times Cited, WoS Core","Times Cited, All Databases",180 Day Usage Count,Since 2013 Usage Count,Publisher,Publisher City,Publisher Address,ISSN,eISSN,ISBN,Journal Abbreviation,Journal ISO Abbreviation,Publication Date,Publication Year,Volume,Issue,Part Number,Supplement,Special Issue,Meeting Abstract,Start Page,End Page,Article Number,DOI,DOI Link,Book DOI,Early Access Date,Number of Pages,WoS Categories,Web of Science Index,Research Areas,IDS Number,Pubmed Id,Open Access Designations,Highly Cited Status,Hot Paper Status,Date of Export,UT (Unique WOS ID)';
    const cells = new Map<string, string>([
      ['Authors', 'Sampson, SD; Loewen, MA'], ['Author Full Names', 'Sampson, Scott D.; Loewen, Mark A.'],
      ['Article Title', 'New Horned Dinosaurs from Utah Provide Evidence for Intracontinental Dinosaur Endemism'], ['Source Title', 'PLOS ONE'],
      ['Keywords Plus', '1ST CERATOPSID DINOSAUR; KAIPAROWITS FORMATION'], ['Publication Year', '2010'],
      ['DOI', '10.1371/journal.pone.0012292'], ['WoS Categories', 'Multidisciplinary Sciences'], ['UT (Unique WOS ID)', 'WOS:000282053100002'],
    ]);
    const columns = header.match(/"[^"]*"|[^,]+/g)!.map((name) => name.replace(/"/g, ''));
    const row = columns.map((name) => `"${cells.get(name) ?? ''}"`).join(',');
    const [entry] = readText(`${header}\n${row}\n`, 'savedrecs.csv').entries;
    expect([entry.authors, entry.categories, entry.indexTerms, entry.venue, entry.ids.wos]).toEqual([
      ['Sampson, Scott D.', 'Loewen, Mark A.'], ['Multidisciplinary Sciences'], ['1ST CERATOPSID DINOSAUR', 'KAIPAROWITS FORMATION'], 'PLOS ONE', 'WOS:000282053100002',
    ]);
  });
});

describe('identifiers as a list of {type, value} pairs (Lens.org and ORCID JSON)', () => {
  // The record shape of Lens.org's scholarly API as quoted in index files 56703240457 and 60983752314.
  it('external_ids gives the DOI and PMID; the Lens ID, source title and cited Lens IDs are read too', () => {
    const json = JSON.stringify({ total: 27, results: 1, data: [{
      lens_id: '100-004-910-081-14X', title: 'Deep Equilibrium Models', abstract: 'A fixed-point neural architecture.',
      authors: [{ display_name: 'Alice Example' }, { first_name: 'Bob', last_name: 'Researcher' }],
      date_published: '2019-10-01', year_published: 2019, publication_type: 'journal article',
      external_ids: [{ type: 'doi', value: '10.1000/example' }, { type: 'magid', value: '2171005050' }, { type: 'pmid', value: '31234567' }],
      source: { title: 'Some Journal', type: 'Journal' }, references: [{ lens_id: '036-136-701-555-455' }],
    }] });
    const [entry] = readText(json, 'lens.json').entries;
    expect([entry.ids, entry.venue, entry.date, entry.references.map((reference) => reference.ids)]).toEqual([
      { lens: '100-004-910-081-14X', doi: '10.1000/example', pmid: '31234567' }, 'Some Journal', '2019-10-01', [{ lens: '036-136-701-555-455' }],
    ]);
  });
});

describe('Wiley RIS: the abstract opens with its heading, formulas are written twice', () => {
  it('"Abstract The p$p$-median problem…" is read "The p-median problem…", in the keywords too; other dollars stay', () => {
    const { entries } = read('wiley.ris');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.abstract.startsWith('The p-median problem has been widely studied in the literature.')).toBe(true);
    expect(entry.abstract).toContain('less than or equal to a certain threshold r. This optimization problem');
    expect(entry.keywords).toEqual(['facility location', 'p-median problem', 'interconnected facilities', 'variable neighborhood search']);
    expect([entry.ids.doi, entry.date, entry.venue]).toEqual(['10.1111/itor.13468', '2024-04-24', 'International Transactions in Operational Research']);
    const ris = 'TY  - JOUR\nTI  - Costs of $5 and $10\nAB  - Abstract thinking is costly: $x$ and $y$.\nER  - \n';
    const [plain] = readText(ris, 'x.ris').entries;
    expect([plain.title, plain.abstract]).toEqual(['Costs of $5 and $10', 'Abstract thinking is costly: $x$ and $y$.']);
  });
});

describe('Wiley BibTeX: the same record as wiley.ris', () => {
  it('the "Abstract" heading dropped, the formula written twice (escaped `p\\$p\\$` in the abstract, math `p$p$` in the keywords) once', () => {
    const { entries, warnings } = read('wiley.bib');
    expect(warnings).toEqual([]);
    const [entry] = entries;
    expect(entry.abstract.startsWith('The p-median problem has been widely studied in the literature.')).toBe(true);
    expect(entry.abstract).toContain('a certain threshold r. This optimization problem');
    expect(entry.keywords).toEqual(['facility location', 'p-median problem', 'interconnected facilities', 'variable neighborhood search']);
    expect(entry.ids.doi).toBe('10.1111/itor.13468');
  });

  it('a formula after a space is no repeat: "the $k$-means" keeps its k', () => {
    const [entry] = readText('@article{k, title = {On the $k$-means method}, year = 2020}', 'x.bib').entries;
    expect(entry.title).toBe('On the k-means method');
  });
});

describe('the "Abstract" heading in OpenAlex, PubMed and table abstracts', () => {
  // As found in ../shared/samples/biblio: OpenAlex's W… "The Kolmogorov-Smirnov test…" rebuilt as "Abstract The test
  // is based…", and a MEDLINE record whose AB opens with "Abstract As the rational application…".
  it('is dropped; a structured abstract keeps its "Summary:" and "Motivation:" sections', () => {
    const openalex = JSON.stringify({ id: 'https://openalex.org/W1', title: 'T', publication_year: 1951, abstract_inverted_index: { Abstract: [0], The: [1], test: [2], is: [3], based: [4] } });
    expect(readText(openalex, 'w.json').entries[0].abstract).toBe('The test is based');
    const medline = 'PMID- 1\nTI  - A title.\nAB  - Abstract As the rational application of targeted therapies.\nDP  - 2014\n';
    expect(readText(medline, 'x.nbib').entries[0].abstract).toBe('As the rational application of targeted therapies.');
    const csv = 'title,abstract\n"A","Summary: Cell population plots are visualizations."\n"B","Abstract Motivation: Scholarly publications."\n';
    expect(readText(csv, 'x.csv').entries.map((entry) => entry.abstract)).toEqual(['Summary: Cell population plots are visualizations.', 'Motivation: Scholarly publications.']);
  });
});

describe("Dimensions' CSV export", () => {
  // Its line above the header and its column names as quoted in index file 70135711664 (help.dimensions.ai's list).
  it('the line above the header is skipped; Source Linkout, else the Dimensions URL, is the link', () => {
    const header = '"Rank","Publication ID","DOI","PMID","PMCID","Title","Abstract","Source title","Publication Date","PubYear","Publication Type","Document Type","Authors","Times cited","Dimensions URL"';
    const row = '"1","pub.1000000001","10.1234/dim1","","","Forecasting influenza with ensembles","An abstract.","Journal of Tests","2020-03-01","2020","Article","Research Article","Meyer, Austin G; Smith, Jane","42","https://app.dimensions.ai/details/publication/pub.1000000001"';
    const csv = `\uFEFFAbout the data: Exported on Sep 30, 2026. Criteria: "influenza" in title and abstract.\r\n${header}\r\n${row}\r\n`;
    const [entry] = readText(csv, 'Dimensions-Publication-2026-09-30.csv').entries;
    expect([entry.title, entry.authors, entry.venue, entry.date, entry.ids.doi, entry.url]).toEqual([
      'Forecasting influenza with ensembles', ['Meyer, Austin G', 'Smith, Jane'], 'Journal of Tests', '2020-03-01', '10.1234/dim1',
      'https://app.dimensions.ai/details/publication/pub.1000000001',
    ]);
  });
});

describe("PubMed's translated titles", () => {
  it('"[English translation]." loses its brackets in MEDLINE and XML; a title with brackets inside keeps them', () => {
    const medline = 'PMID- 1\nTI  - [Cultural adaptation of a questionnaire].\nDP  - 2014\n\nPMID- 2\nTI  - Drug [X] in mice.\nDP  - 2015\n';
    expect(readText(medline, 'x.nbib').entries.map((entry) => entry.title)).toEqual(['Cultural adaptation of a questionnaire.', 'Drug [X] in mice.']);
    const xml = '<?xml version="1.0"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>3</PMID><Article><Journal><Title>J</Title><JournalIssue><PubDate><Year>1994</Year></PubDate></JournalIssue></Journal><ArticleTitle>[Translated title of a German paper].</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n';
    expect(readText(xml, 'x.xml').entries[0].title).toBe('Translated title of a German paper.');
  });
});
