// Eighth round: exports of screening tools, reference managers and literature-discovery data sets read as tables
// (Covidence, Rayyan, Zotero and Google Scholar CSVs, Citavi's tab-delimited export in RefWorks field names, Embase's
// CSV, ASReview's data sets, Papers with Code's JSON, arXiv's metadata dump on Kaggle) and OpenReview's API notes.
// Real files' provenance is in test/fixtures/biblio-real/README.md; every figure was counted by hand in the file.
// Records written here (not copied) say so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Covidence CSV ("Published Year", "Covidence #")', () => {
  it('keeps every row with its year (the year was lost before), DOI, journal and authors in order', () => {
    const { entries, warnings, format } = read('covidence.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries.map((entry) => entry.year)).toEqual([2024, 2024, 2024]);
    expect(entries[0]).toMatchObject({
      ids: { doi: '10.1038/s41598-024-65283-y' },
      authors: ['Troiano, L.P.', 'Dos Santos, H.B.', 'Aureliano, T.', 'Ghilardi, A.M.'],
      venue: 'Scientific reports',
      abstract: '',
      line: 2,
    });
    // Covidence wrote the affiliations into `Pages` of this Embase record: they stay out of every field read.
    expect(entries[2]).toMatchObject({
      title: 'Description of a new specimen of Haplocanthosaurus from the Dry Mesa Dinosaur Quarry',
      ids: { doi: '10.1002/ar.25520' },
      authors: ['Boisvert, C.', 'Curtice, B.', 'Wedel, M.', 'Wilhite, R.'],
      venue: 'Anatomical Record',
      organisation: null,
      line: 4,
    });
    expect(entries[2].abstract).toMatch(/^A new specimen of Haplocanthosaurus .* the most diverse single locality of sauropods in the Morrison Formation and the world\.$/);
  });
});

describe('Rayyan CSV (RIS tags left in the cells)', () => {
  it('takes the link before the RIS tail ("…&from=export     U2  - L644585435") as the URL, and the DOI before "LK  -"', () => {
    const { entries, warnings } = read('rayyan.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      ids: { doi: '10.1038/s41598-024-65283-y' },
      authors: ['Troiano, L.P.', 'Dos Santos, H.B.', 'Aureliano, T.', 'Ghilardi, A.M.'],
      venue: 'Sci Rep',
      year: 2024,
      url: 'https://www.embase.com/search/results?subaction=viewrecord&id=L644585435&from=export',
      keywords: ['article', 'Brazil', 'diagnosis', 'dinosaur', 'human', 'nonhuman'],
    });
    expect(entries[1]).toMatchObject({
      ids: { doi: '10.1186/s12862-024-02216-3' },
      authors: ['Brownstein, C.D.'],
      url: 'https://www.embase.com/search/results?subaction=viewrecord&id=L643752320&from=export',
      line: 3,
    });
    expect(entries[1].keywords).toHaveLength(11);
  });
});

describe('Zotero CSV of Lens.org records', () => {
  it('reads the Lens ID from the lens.org Url, tags as keywords, the date and the authors in order', () => {
    const { entries, warnings } = read('zotero-lens.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      ids: { doi: '10.3390/cancers13061254', lens: '001-955-724-285-100' },
      venue: 'Cancers',
      date: '2021-03-12',
      year: 2021,
      keywords: ['electrochemotherapy', 'head and neck cancer', 'quality of life', 'systematic review'],
    });
    expect(entries[0].authors).toHaveLength(11);
    expect(entries[0].authors.slice(0, 2)).toEqual(['Strojan, Primož', 'Grošelj, Aleš']);
    expect(entries[1]).toMatchObject({
      ids: { doi: '10.1016/j.jinf.2020.08.008', lens: '002-582-554-884-860' },
      authors: ['Doesschate, T. ten', 'van der Vaart, T.W.', 'Damen, Johanna A A G', 'Bonten, Marc J. M.', 'van Werkhoven, C.H.'],
      abstract: '',
      keywords: [],
      line: 3,
    });
  });
});

describe('Google Scholar CSV (author lists closed by "; ")', () => {
  it('reads all ten rows, the trailing separator adding no author (read without change)', () => {
    const { entries, warnings } = read('google-scholar-asreview.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(10);
    expect(entries.map((entry) => entry.authors.length)).toEqual([2, 2, 5, 4, 1, 10, 3, 6, 2, 7]);
    expect(entries[4]).toMatchObject({ venue: 'Annual Review of Ecology, Evolution, and Systematics', year: 2018, authors: ['Benson, Roger BJ'] });
  });
});

describe('Cochrane CENTRAL CSV (read without change)', () => {
  it('reads the PMID of "PUBMED 38407106", authors "Family, II" in order, keywords with their bracketed qualifiers', () => {
    const { entries, warnings } = read('cochrane-central.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      ids: { doi: '10.1037/dev0001710', pmid: '38407106' },
      authors: ['Kim, JS', 'Gilbert, JB', 'Relyea, JE', 'Rich, P', 'Scherer, E', 'Burkhauser, MA', 'Tvedt, JN'],
      venue: 'Developmental psychology',
      year: 2024,
      type: 'journal article',
      url: 'https://www.cochranelibrary.com/central/doi/10.1002/central/CN-02677909/full',
    });
    // 25 terms, "*literacy" a repeat of "*Literacy".
    expect(entries[0].keywords).toHaveLength(24);
    expect(entries[0].keywords).toContain('*Transfer, Psychology [physiology]');
    expect(entries[1]).toMatchObject({
      ids: { doi: '10.5093/pi2022a2', pmid: '37362617' },
      authors: ['Arruabarrena, I', 'Rivas, GR', 'Cañas, M', 'Paúl, J'],
      year: 2022,
      keywords: [],
      line: 3,
    });
  });
});

describe("Citavi's tab-delimited export (RefWorks field names)", () => {
  it('was refused as an unknown file; reads both rows with title, journal, year, DOI, first link and Lens ID', () => {
    const { entries, warnings, format } = read('citavi.tsv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'The effect of intra-arterial angiotensin II on the hepatic tumor to non-tumor blood flow ratio for radioembolization: a systematic review',
      ids: { doi: '10.1016/j.jvir.2013.12.293', lens: '152-434-819-130-920' },
      venue: 'Journal of Vascular and Interventional Radiology',
      year: 2014,
      url: 'https://www.sciencedirect.com/science/article/pii/S1051044313020757',
      line: 2,
    });
    expect(entries[1]).toMatchObject({
      ids: { doi: '10.1016/j.jclinepi.2020.03.015', lens: '141-249-349-237-884' },
      venue: 'Journal of clinical epidemiology',
      year: 2020,
      url: 'https://www.ncbi.nlm.nih.gov/pubmed/32240769',
      line: 3,
    });
    expect(entries[1].abstract).toMatch(/^Objectives The objective of this study/);
  });

  it('spaces "Family,Given" and drops the "null" Citavi writes for a missing given name', () => {
    const [first, second] = read('citavi.tsv').entries;
    expect(first.authors).toEqual([
      'van den Hoven', 'Smits, Maarten L. J.', 'Rosenbaum, Charlotte E. N. M.', 'Verkooijen, L.', 'van den Bosch, M. A. A. J.', 'Lam, Marnix G. E. H.',
    ]);
    expect(second.authors).toHaveLength(11);
    expect(second.authors.at(-1)).toBe('van Diepen, Merel');
  });
});

describe("Embase's CSV", () => {
  it('splits the citation in `Source` into journal and year, reads the DOI of the OpenURL link, keeps "(diagnosis, surgery)" in its term', () => {
    const { entries, warnings } = read('embase.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      title: 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
      ids: { doi: '10.4103/2303-9027.138783' },
      authors: ['Liu R.', 'Adler D.G.'],
      venue: 'Endoscopic Ultrasound',
      year: 2014,
      url: null,
    });
    expect(entry.keywords).toHaveLength(19);
    expect(entry.keywords[1]).toBe('bronchogenic duplication cyst (diagnosis, surgery)');
    expect(entry.keywords.at(-1)).toBe('symptomatology');
    expect(entry.indexTerms).toHaveLength(19);
  });
});

describe("ASReview's drug class review data set", () => {
  it('reads the abstract from `abstracts` (lost before), the PMID, MeSH keywords; "NA" is no author', () => {
    const { entries, warnings } = read('asreview-drug-class-review.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      ids: { pmid: '10066996' },
      authors: ['Berman, Tamara', 'Douglas, Virginia I', 'Barr, Ronald G'],
    });
    expect(entries[0].abstract).toMatch(/^Three experiments were conducted .* adapt differentially to high and low loads\.$/);
    expect(entries[0].keywords).toHaveLength(15);
    expect(entries[0].keywords).toContain('Dose-Response Relationship, Drug');
    expect(entries[1]).toMatchObject({ ids: { pmid: '10072410' }, authors: [], authorsCount: null });
    expect(entries[1].abstract).toMatch(/^Drug-induced psychosis is a difficult problem/);
  });
});

describe('Papers with Code papers-with-abstracts JSON', () => {
  it('takes `proceeding` as the venue (not the `conference` slug), the arXiv page as the URL, tasks as categories', () => {
    const { entries, warnings } = read('papers-with-code.json');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Dynamic Network Model from Partial Observations',
      ids: { arxiv: '1805.10616' },
      authors: ['Elahe Ghalebi', 'Baharan Mirzasoleiman', 'Radu Grosu', 'Jure Leskovec'],
      venue: 'NeurIPS 2018 12',
      date: '2018-05-27',
      year: 2018,
      url: 'http://arxiv.org/abs/1805.10616v4',
      categories: ['model', 'Open-Ended Question Answering'],
    });
    expect(entries[0].abstract).toMatch(/^Can evolving networks be inferred .* as well as real-world networks\.$/);
  });
});

describe("arXiv's metadata dump (Kaggle, JSON Lines)", () => {
  it('dates by the first version, takes journal-ref as the venue, splits "cs.DS cs.MS", decodes TeX in names', () => {
    const { entries, warnings } = read('arxiv-kaggle.jsonl');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      ids: { arxiv: '0704.0001', doi: '10.1103/physrevd.76.013009' },
      authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan'],
      venue: 'Phys.Rev.D76:013009,2007',
      year: 2007,
      categories: ['hep-ph'],
      line: 1,
    });
    expect(entries[0].abstract).toMatch(/^A fully differential calculation .* judicious selection of events\.$/);
    expect(entries[1]).toMatchObject({
      ids: { arxiv: '2101.11408', doi: '10.1002/spe.2984' },
      authors: ['Daniel Lemire'],
      venue: 'Software: Practice and Experience 51 (8), 2021',
      year: 2021,
      categories: ['cs.DS', 'cs.MS'],
      line: 2,
    });
  });
});

describe('OpenReview API notes', () => {
  // Written here in the layout of the API v2 `/notes` answer (`content.title.value`); the index holds only mocks of it.
  const notes = JSON.stringify({
    notes: [
      {
        id: 'abc_DEF-123', forum: 'abc_DEF-123', cdate: 1704067200000, invitations: ['ICLR.cc/2024/Conference/-/Submission'],
        content: {
          title: { value: 'Reliable Scholarly Retrieval' },
          abstract: { value: 'A provenance-aware retrieval system.' },
          authors: { value: ['Ada Researcher', 'Bob Author'] },
          keywords: { value: ['information retrieval', 'provenance'] },
          venue: { value: 'ICLR 2024' },
          pdf: { value: '/pdf/abc_DEF-123.pdf' },
        },
        details: { replyCount: 4 },
      },
      { id: 'x', content: { title: { value: 'Second Note', readers: ['everyone'] }, authors: { value: ['C. Author'] } } },
    ],
    count: 2,
  });

  it('was refused as an unknown JSON; reads each note through its `{"value": …}` fields', () => {
    const { entries, warnings, format } = readText(notes, 'openreview.json');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Reliable Scholarly Retrieval',
      abstract: 'A provenance-aware retrieval system.',
      authors: ['Ada Researcher', 'Bob Author'],
      keywords: ['information retrieval', 'provenance'],
      venue: 'ICLR 2024',
      url: null,
    });
    expect(entries[1]).toMatchObject({ title: 'Second Note', authors: ['C. Author'] });
  });
});

describe('value rules of this round on cells written here', () => {
  it('decodes TeX in author names only for an accent or a command in math; titles keep their TeX', () => {
    const csv = [
      'title,authors,abstract',
      '"Costs of $5 million and $10 million","K{\\"o}nig, A.; Smith\\n, J.","A \\n literal and C:\\temp"',
      '"On $\\alpha$-stable laws","$\\beta$ Group",""',
    ].join('\n');
    const [entry, second] = readText(csv, 'tex.csv').entries;
    expect(entry.title).toBe('Costs of $5 million and $10 million');
    expect(entry.authors).toEqual(['König, A.', 'Smith\\n, J.']);
    expect(entry.abstract).toBe('A \\n literal and C:\\temp');
    expect(second.title).toBe('On $\\alpha$-stable laws');
    expect(second.authors).toEqual(['β Group']);
  });

  it('reads an OpenURL `rft_id=info:doi/…`, and a venue without "(year)" stays whole', () => {
    const csv = ['title,open url,source', '"A paper","https://resolver.example/?rft_id=info:doi/10.1000%2Fxyz123&x=1","Journal of Things 12 (3)"'].join('\n');
    const [entry] = readText(csv, 'openurl.csv').entries;
    expect(entry.ids.doi).toBe('10.1000/xyz123');
    expect(entry.venue).toBe('Journal of Things 12 (3)');
    expect(entry.year).toBeNull();
  });
});
