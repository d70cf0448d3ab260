// Bibliographic readers (BibTeX, RIS, CSL-JSON, arXiv Atom, OpenAlex) on the real sample exports, plus small fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeDuplicatePapers, readSources } from '../../../ingest/sources';
import { describeShared } from '../../sharedData';
import type { RawListing } from '../../../ingest/types';

const samples = join(__dirname, '../../../../shared/samples/biblio');
const fixtures = join(__dirname, '../../fixtures/sources');

async function readSample(name: string) {
  const result = await readSources([join(samples, name)]);
  expect(result.warnings).toEqual([]);
  return result;
}

const find = (entries: RawListing[], title: string) => entries.find((entry) => entry.title === title);
/** No line breaks, doubled spaces or leftover markup tags in what the panel will show. */
const noLayoutArtifacts = (entry: RawListing) => !/[\r\n]|\s{2}|<\/?[a-z]+>/.test(entry.title + entry.abstract);
const noBraces = (entry: RawListing) => !/[{}]/.test(entry.title + entry.abstract);

describeShared(samples, 'biblio readers on the real samples', () => {
  it('BibTeX (PMLR): 57 papers, the @proceedings volume gives year and venue, LaTeX decoded', async () => {
    const { entries, files } = await readSample('pmlr_v198_log2022.bib');
    expect(files[0].format).toBe('bibtex');
    expect(entries).toHaveLength(57);
    expect(entries.every((entry) => entry.year === 2022 && entry.date === null)).toBe(true);
    expect(entries.every((entry) => entry.organisation === 'Proceedings of the First Learning on Graphs Conference')).toBe(true);
    expect(entries.every(noLayoutArtifacts)).toBe(true);
    expect(entries.every(noBraces)).toBe(true);
    expect(find(entries, 'DiffWire: Inductive Graph Rewiring via the Lovász Bound')).toMatchObject({
      authorsCount: 4,
      source: 'pmlr_v198_log2022.bib',
      line: 44,
    });
    const graphFramEx = find(entries, 'GraphFramEx: Towards Systematic Evaluation of Explainability Methods for Graph Neural Networks');
    expect(graphFramEx?.authorsCount).toBe(9);
    // `\textquotesingle` decoded, and the raw newline inside the abstract became a space.
    expect(graphFramEx?.abstract).toContain("today's evaluation frameworks");
    expect(graphFramEx?.abstract).toContain('explainability methods of GNNs. In this paper, we propose');
    // PMLR escapes LaTeX twice; the leftover command name must not be glued to the word.
    const digrac = find(entries, 'DIGRAC: Digraph Clustering Based on Flow Imbalance');
    expect(digrac?.abstract).toContain('we propose directed flow imbalance');
    expect(digrac?.abstract).not.toContain('textit');
  });

  it('RIS (Zotero, CRLF): 100 records with authors, dates and journals', async () => {
    const { entries, files } = await readSample('asreview_baseline_zotero.ris');
    expect(files[0].format).toBe('ris');
    expect(entries).toHaveLength(100);
    expect(entries.filter((entry) => entry.abstract !== '')).toHaveLength(98);
    expect(entries.every(noLayoutArtifacts)).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'An open source machine learning framework for efficient and transparent systematic reviews',
      authorsCount: 17,
      date: '2021-02-01',
      year: 2021,
      organisation: 'Nature Machine Intelligence',
      line: 2,
    });
    expect(entries[0].abstract).toMatch(/^To help researchers conduct a systematic review/);
    expect(entries[1]).toMatchObject({
      title: 'Systematic search of Bayesian statistics in the field of psychotraumatology',
      authorsCount: 3,
      date: '2017-10-31',
      organisation: 'European journal of psychotraumatology',
      line: 36,
    });
    // The export holds one record twice (lines 1067 and 1186): merging folds it.
    const merged = mergeDuplicatePapers(entries);
    expect(merged.papers).toHaveLength(99);
    const twice = entries.filter((entry) => entry.title.startsWith('The effect of intra-arterial angiotensin II'));
    expect(twice.map((entry) => entry.line)).toEqual([1067, 1186]);
  });

  it('CSL-JSON (Better BibTeX): 26 items, string years read, no abstracts and no warnings', async () => {
    const { entries, files } = await readSample('bbt_zotero_export_1179.csl.json');
    expect(files[0].format).toBe('csl-json');
    expect(entries).toHaveLength(26);
    expect(entries.every((entry) => entry.abstract === '')).toBe(true);
    expect(entries.every((entry) => entry.year !== null)).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'Perceptions of disability and their impact upon involvement in sport for people with disabilities at all levels',
      authorsCount: 1,
      date: null,
      year: 2004,
      organisation: 'Journal of Sport and Social Issues',
      line: 23,
    });
    expect(find(entries, 'The contested terrain of alcohol sponsorship of sport in New Zealand')).toMatchObject({
      authorsCount: 2,
      date: '2016-06-01',
      year: 2016,
      organisation: 'International Review for the Sociology of Sport',
    });
  });

  it('arXiv Atom: 10 entries, wrapped titles and summaries collapsed, old-style ids fine', async () => {
    const { entries, files } = await readSample('arxiv_api_query_einstein_2018.atom.xml');
    expect(files[0].format).toBe('arxiv-atom');
    expect(entries).toHaveLength(10);
    expect(entries.every(noLayoutArtifacts)).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'Einstein-Weyl structures on almost cosymplectic manifolds',
      authorsCount: 1,
      date: '2018-01-17',
      year: 2018,
      line: 14,
    });
    expect(entries[0].abstract).toMatch(/^In this article, we study the Einstein-Weyl structures on almost cosymplectic manifolds\. First/);
    // math/0502287v1, an old-style id with a slash.
    expect(find(entries, 'On pseudo-Hermitian Einstein spaces')).toMatchObject({ date: '2005-02-14', line: 96 });
    // Title hard-wrapped over two lines in the feed.
    expect(find(entries, 'Quasi-Einstein and Generalized Quasi-Einstein Warped Products with an Affine Connection')).toMatchObject({
      line: 143,
      year: 2015,
    });
  });

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
    // The only warning is the title-less OpenAlex work (kept under its identifier), named with its line.
    expect(result.warnings.map((warning) => ({ ...warning, file: base(warning.file) }))).toEqual([
      {
        file: 'openalex_works_list_snowball_cited.json',
        line: 1,
        reason: 'OpenAlex work #2 (W2963341956): has no title (title and display_name are empty); kept under its identifier',
      },
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
        authorsCount: 2,
        date: null,
        year: 2021,
        organisation: 'Proceedings of the Example Workshop',
        upvotes: null,
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
    expect(result.warnings[0]).toMatchObject({ file, line: 3, reason: expect.stringMatching(/^XML error: /) });
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
