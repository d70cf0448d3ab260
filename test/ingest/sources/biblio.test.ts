// Bibliographic readers (BibTeX, RIS, CSL-JSON, arXiv Atom, OpenAlex) on the real sample exports, plus small fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../ingest/sources';
import { describeShared } from '../../sharedData';

const samples = join(__dirname, '../../../../shared/samples/biblio');
const fixtures = join(__dirname, '../../fixtures/sources');

async function readSample(name: string) {
  const result = await readSources([join(samples, name)]);
  expect(result.warnings).toEqual([]);
  return result;
}

describeShared(samples, 'biblio readers on the real samples', () => {
  // BibTeX, RIS, CSL-JSON and arXiv Atom on their real samples: bibtex/ris/csl/arxivAtom.test.ts (full records).

  it('OpenAlex: the abstract is rebuilt from the inverted index', async () => {
    const { entries, files } = await readSample('openalex_work_W2741809807.json');
    expect(files[0].format).toBe('openalex');
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
        authorsCount: 9,
        date: '2018-02-13',
        year: 2018,
        venue: 'PeerJ',
      }),
    ]);
    const abstract = entries[0].abstract;
    expect(abstract).toMatch(/^Despite growing interest in Open Access \(OA\) to scholarly literature, there is an unmet need/);
    expect(abstract).toMatch(/as a way to inform OA policy and practice\.$/);
    expect(abstract.split(' ')).toHaveLength(258);
  });

  it('a mixed folder: every sample read by its own reader, no entry with a title lost', async () => {
    const result = await readSources([samples]);
    const base = (path: string) => path.split('/').pop();
    // Format and number of records with a title, per file (counts from samples/README.md; the OpenAlex list's 41
    // works include one whose title and display_name are null, and PMLR's 58 entries include the @Proceedings volume).
    const expected: Record<string, [string, number]> = {
      'arxiv_api_query_einstein_2018.atom.xml': ['arxiv-atom', 10],
      'asreview_baseline_zotero.ris': ['ris', 100],
      'bbt_zotero_export_1179.csl.json': ['csl-json', 26],
      'crossref_work_10.1177_02683962211048201.json': ['crossref', 1],
      'hf_daily_papers_api_2026-02.json': ['hf-api', 50],
      'openalex_work_W2741809807.json': ['openalex', 1],
      'openalex_works_list_snowball_cited.json': ['openalex', 41],
      'pmlr_v198_log2022.bib': ['bibtex', 57],
      'pubmed_medline_ibrutinib_cll.nbib': ['pubmed', 75],
      'scopus_export_agile_software.csv': ['scopus-csv', 81],
      'wos_savedrecs_pluriversal_sustainability.txt': ['wos', 103],
    };
    expect(Object.fromEntries(result.files.map((file) => [base(file.file), [file.format, file.entries]]))).toEqual(expected);
    expect(result.entries).toHaveLength(Object.values(expected).reduce((sum, [, count]) => sum + count, 0));
    // The only warnings are the title-less OpenAlex work (kept under its identifier) and a work whose abstract is its
    // own citation line (kept without it), named with their line.
    expect(result.warnings.map((warning) => ({ ...warning, file: base(warning.file) }))).toEqual([
      {
        file: 'openalex_works_list_snowball_cited.json',
        line: 1,
        reason: 'OpenAlex work #2 (W2963341956): has no title (title and display_name are empty); kept under its identifier',
      },
      { file: 'openalex_works_list_snowball_cited.json', line: 1, reason: 'record "Deep Contextualized Word Representations": its abstract is the work\'s own citation (authors, venue, year), not an abstract; left out' },
      // JAMA's landing page (cookie notice, menus, "Sign In", "Access through your institution") as the abstract.
      { file: 'openalex_works_list_snowball_cited.json', line: 1, reason: 'record "The Rise of Altmetrics": its abstract is a web page\'s chrome (cookie notice, menus, sign-in links), not an abstract; left out' },
    ]);
  });
});

describe('biblio readers on small fixtures', () => {
  it('BibTeX: accents decoded, volume inherited, title-less record reported with its line', async () => {
    const result = await readSources([join(fixtures, 'small.bib')]);
    expect(result.entries).toEqual([
      {
        title: 'Naïve Graphs for LaTeX Users',
        abstract: 'Line one of the abstract continues here.',
        ids: {},
        authors: ['Muñoz, José', 'Smith, Zoë'],
        authorsCount: 2,
        venue: 'Proceedings of the Example Workshop',
        date: '2021',
        year: 2021,
        keywords: [],
        url: null,
        categories: [],
        organisation: null,
        upvotes: null,
        type: 'inproceedings',
        references: [],
        source: 'small.bib',
        line: 9,
      },
    ]);
    expect(result.warnings).toEqual([
      { file: join(fixtures, 'small.bib'), line: 14, reason: 'BibTeX entry "notitle21" has no title; skipped' },
    ]);
  });

  it('Atom: a malformed feed keeps its good entry and warns with the line', async () => {
    const file = join(fixtures, 'broken-feed.atom.xml');
    const result = await readSources([file]);
    expect(result.entries[0]).toMatchObject({
      title: 'A Feed Entry That Survives a Broken Neighbour',
      abstract: 'The summary is wrapped over two lines.',
      date: '2020-03-04',
      organisation: 'Example University',
      authorsCount: 1,
      line: 4,
    });
    expect(result.warnings).toEqual([{ file, line: 12, reason: 'Atom entry #2 has no title; skipped' }]);
  });

  it('Atom: XML syntax errors are reported with their line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pge-xml-')), 'feed.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>A & B</title></entry>\n');
    const result = await readSources([file]);
    expect(result.files[0].format).toBe('arxiv-atom');
    // The stray "&" is read as text (the entry is kept); the missing </feed> is an XML error at the last line.
    expect(result.entries.map((entry) => entry.title)).toEqual(['A & B']);
    expect(result.warnings).toEqual([
      { file, line: 3, reason: '1 unescaped "&" (first here) read as a literal "&"' },
      { file, line: 4, reason: 'XML error: unclosed tag: feed' },
    ]);
  });

  it('JSON syntax errors name the line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pge-json-')), 'refs.csl.json');
    writeFileSync(file, '[\n  {"title": "A",\n   "type": "book",, }\n]\n');
    const result = await readSources([file]);
    expect(result.entries).toEqual([]);
    expect(result.warnings).toEqual([
      { file, line: 3, reason: 'not valid JSON (line 3, column 19: expected a property name in double quotes but found ","); skipped' },
    ]);
  });
});
