// Generic table reader: the labelled arXiv JSON sample, CSV/TSV and JSON Lines fixtures, names matched loosely,
// broken rows kept apart, and files of other formats left to their own readers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestGraph } from '../../../ingest/pipeline';
import { readSources, readText } from '../../../ingest/sources';
import { classifyJson } from '../../../ingest/sources/detect';
import { cleanCategories, isArxivCategory, isTableHeader, splitAuthorNames } from '../../../ingest/sources/table';
import { tableFieldOf } from '../../../ingest/sources/tableColumns';
import { describeShared, sharedPath } from '../../sharedData';

const temp = mkdtempSync(join(tmpdir(), 'pge-table-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(temp, name);
  writeFileSync(file, text);
  return file;
}

const labelled = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');

describeShared(labelled, 'table reader on the labelled arXiv sample', () => {
  it('reads all 1,167 records with ids without version, subject categories only, and their lines', async () => {
    const { entries, warnings, files } = await readSources([labelled]);
    expect(warnings).toEqual([]);
    expect(files[0]).toMatchObject({ format: 'table', entries: 1167 });
    expect(entries).toHaveLength(1167);
    const ids = entries.map((entry) => entry.ids.arxiv);
    expect(new Set(ids).size).toBe(1167);
    expect(ids.every((id) => typeof id === 'string' && /^2510\.\d{5}$/.test(id))).toBe(true);
    expect(new Set(entries.map((entry) => entry.title)).size).toBe(1167);
    expect(entries.every((entry) => entry.abstract.length >= 176)).toBe(true);
    expect(entries.every((entry) => entry.year === 2025 && /^2025-10-(0[6-9]|1[0-3])$/.test(entry.date ?? ''))).toBe(true);
    // MSC and ACM class strings (68T50, I.2.7, "F.2.2, I.2.7") are gone; 1–7 arXiv categories remain.
    expect(entries.every((entry) => entry.categories.length >= 1 && entry.categories.length <= 7)).toBe(true);
    expect(entries.every((entry) => entry.categories.every(isArxivCategory))).toBe(true);
    expect(new Set(entries.flatMap((entry) => entry.categories)).size).toBe(102);
    const primaries = new Map<string, number>();
    for (const entry of entries) primaries.set(entry.categories[0], (primaries.get(entry.categories[0]) ?? 0) + 1);
    expect(primaries.size).toBe(68);
    expect([...primaries].sort((a, b) => b[1] - a[1]).slice(0, 3)).toEqual([['cs.CV', 138], ['cs.RO', 130], ['cs.LG', 120]]);
    expect(entries[0]).toMatchObject({
      title: 'Ev4DGS: Novel-view Rendering of Non-Rigid Objects from Monocular Event Streams',
      authors: ['Takuya Nakabayashi', 'Navami Kairanda', 'Hideo Saito', 'Vladislav Golyanik'],
      authorsCount: 4,
      url: 'https://arxiv.org/abs/2510.11717v1',
      line: 2,
    });
    // Each record's line is where its object opens: 2-space indented records, one per "  {" line.
    expect(entries[1].line).toBeGreaterThan(entries[0].line);
  });
});

describe('table reader on CSV, TSV and JSON fixtures', () => {
  it('CSV with a BOM, quoted commas, a multi-line abstract and a title-less row', async () => {
    const file = write(
      'zotero.csv',
      '\uFEFF"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note","Manual Tags"\r\n' +
        '"K1","journalArticle","2021","Smith, John; Doe, Jane","Graphs, and more","Journal of Graphs","https://doi.org/10.1000/ABC.1","https://example.org/a","First line\r\nsecond line","graphs; networks"\r\n' +
        '"K2","book","2019","","","Press","","","no title here",""\r\n' +
        '"K3","conferencePaper","2020","Lee A, Kim B","Small &amp; <i>Fast</i> Models","Proc. X","","","",""\r\n',
    );
    const result = await readSources([file]);
    expect(result.files[0].format).toBe('table');
    expect(result.entries).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({
      title: 'Graphs, and more',
      abstract: 'First line second line',
      authors: ['Smith, John', 'Doe, Jane'],
      authorsCount: 2,
      year: 2021,
      date: null,
      venue: 'Journal of Graphs',
      ids: { doi: '10.1000/abc.1' },
      url: 'https://example.org/a',
      keywords: ['graphs', 'networks'],
      type: 'journalarticle',
      line: 2,
    });
    expect(result.entries[1]).toMatchObject({ title: 'Small & Fast Models', authors: ['Lee A', 'Kim B'], line: 5 });
    expect(result.warnings).toEqual([{ file, line: 4, reason: 'row 2 has no title; skipped' }]);
  });

  it('TSV whose titles hold commas, columns named in other spellings', async () => {
    const file = write(
      'export.tsv',
      'paper_title\tpublishedAt\tArXiv ID\tsubjects\tUpvotes\n' +
        'Attention, Again\t2024-03-05T10:00:00Z\tarXiv:2403.01234v3\tcs.CL, cs.LG, 68T50\t12\n',
    );
    const { entries, warnings } = await readSources([file]);
    expect(warnings).toEqual([]);
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'Attention, Again',
        date: '2024-03-05',
        year: 2024,
        ids: { arxiv: '2403.01234' },
        categories: ['cs.CL', 'cs.LG'],
        upvotes: 12,
        line: 2,
      }),
    ]);
  });

  it('a note above the header (as Dimensions exports have) and MeSH terms as categories', () => {
    const text =
      '"About the data: Exported on Dec 02, 2026. Criteria: ""graphs"""\n' +
      '"Rank","Publication ID","DOI","PMID","Title","Abstract","Source title","MeSH terms","PubYear","Authors"\n' +
      '"1","pub.1","10.1000/d1","123","Dimensions Row","An abstract.","J. Med. Graphs","Humans; Graphs","2020","Lee, Ann; Kim, Bo"\n';
    const result = readText(text, 'dimensions.csv');
    expect(result.format).toBe('table');
    expect(result.warnings).toEqual([]);
    expect(result.entries).toEqual([
      expect.objectContaining({
        title: 'Dimensions Row',
        ids: { doi: '10.1000/d1', pmid: '123' },
        venue: 'J. Med. Graphs',
        categories: ['Humans', 'Graphs'],
        year: 2020,
        authors: ['Lee, Ann', 'Kim, Bo'],
        line: 3,
      }),
    ]);
  });

  it('records two levels down (Europe PMC) and Semantic Scholar fields (externalIds, paperId, references)', () => {
    const europePmc = JSON.stringify({
      hitCount: 1,
      resultList: { result: [{ id: '3', pmid: '3', doi: '10.1000/e1', title: 'Nested Row', authorString: 'Smith J, Doe A.', journalTitle: 'J. X', pubYear: '2019', abstractText: '<p>Text <i>here</i>.</p>' }] },
    }, null, 2);
    const nested = readText(europePmc, 'europepmc.json');
    expect(nested.format).toBe('table');
    expect(nested.entries[0]).toMatchObject({ title: 'Nested Row', authors: ['Smith J', 'Doe A'], ids: { pmid: '3', doi: '10.1000/e1' }, venue: 'J. X', year: 2019, abstract: 'Text here.', line: 5 });
    const s2 = JSON.stringify({
      data: [{
        paperId: '649def34f8be52c8b66281af98ae884c09aef38b',
        externalIds: { DOI: '10.1000/S2', ArXiv: '1706.03762', PubMed: '42', CorpusId: 13756489 },
        title: 'S2 Row',
        year: 2017,
        authors: [{ authorId: '1', name: 'Ann Lee' }],
        fieldsOfStudy: ['Computer Science'],
        references: [{ paperId: '0123456789abcdef0123456789abcdef01234567', title: 'Cited One' }, '10.1000/CITED'],
      }],
    });
    const row = readText(s2, 's2.json');
    expect(row.entries[0]).toMatchObject({
      title: 'S2 Row',
      ids: { s2: '649def34f8be52c8b66281af98ae884c09aef38b', doi: '10.1000/s2', arxiv: '1706.03762', pmid: '42' },
      authors: ['Ann Lee'],
      categories: ['Computer Science'],
      references: [
        { ids: { s2: '0123456789abcdef0123456789abcdef01234567' }, text: null, firstAuthor: null, year: null, title: 'Cited One', source: null },
        { ids: { doi: '10.1000/cited' }, text: null, firstAuthor: null, year: null, title: null, source: null },
      ],
    });
  });

  it('JSON Lines: a broken line is a warning with its line, the others are kept', () => {
    const text = '{"title": "One", "year": 2020}\n{"title": "Two", "year": }\n\n{"title": "Three", "doi": "10.1000/x"}\n';
    const result = readText(text, 'records.jsonl');
    expect(result.format).toBe('table');
    expect(result.entries.map((entry) => [entry.title, entry.line])).toEqual([['One', 1], ['Three', 4]]);
    expect(result.warnings).toEqual([
      { file: 'records.jsonl', line: 2, reason: expect.stringMatching(/^JSON Lines record is broken at column 26: expected a value/) },
    ]);
  });

  it('a truncated JSON array keeps its complete records and names the line of the break', () => {
    const records = Array.from({ length: 5 }, (_, index) => ({ title: `Paper ${index + 1}`, authors: ['A. Author'] }));
    const full = JSON.stringify(records, null, 2);
    const cut = full.slice(0, full.indexOf('Paper 4') + 3);
    const result = readText(cut, 'cut.json');
    expect(result.format).toBe('table');
    expect(result.entries.map((entry) => entry.title)).toEqual(['Paper 1', 'Paper 2', 'Paper 3']);
    expect(result.warnings).toEqual([
      {
        file: 'cut.json',
        line: cut.split('\n').length,
        reason: 'the file ends in the middle of a record (truncated?): kept the 3 complete records before it, the rest is not read',
      },
    ]);
  });

  it('a wrapper object {"papers": [...]} and nested author objects and ids', () => {
    const text = JSON.stringify({
      total: 1,
      papers: [{ Title: 'Wrapped', authors: [{ name: 'Ann Lee' }, { family: 'Kim', given: 'Bo' }], externalIds: { DOI: '10.5555/Y', ArXiv: '2101.00001' } }],
    });
    const result = readText(text, 'api.json');
    expect(result.format).toBe('table');
    expect(result.entries[0]).toMatchObject({ title: 'Wrapped', authors: ['Ann Lee', 'Kim, Bo'], ids: { doi: '10.5555/y', arxiv: '2101.00001' } });
  });
});

describe('table names and values', () => {
  it('matches column names case- and separator-insensitively', () => {
    expect(['Title', 'TITLE', 'paper_title', 'Article Title'].map(tableFieldOf)).toEqual(['title', 'title', 'title', 'title']);
    expect(['publishedAt', 'published_at', 'Publication Date'].map(tableFieldOf)).toEqual(['date', 'date', 'date']);
    expect(['arxivId', 'arXiv ID', 'arxiv-id'].map(tableFieldOf)).toEqual(['arxiv', 'arxiv', 'arxiv']);
    expect(['Publication Title', 'journal', 'source'].map(tableFieldOf)).toEqual(['venue', 'venue', 'venue']);
    expect(tableFieldOf('colour')).toBeNull();
  });

  it('keeps arXiv categories apart from MSC/ACM class strings, and other labels when no arXiv one is there', () => {
    expect(cleanCategories(['cs.CL', '68T50', 'I.2.7', 'F.2.2, I.2.7', 'eess.SY', 'hep-th', 'cond-mat.stat-mech'])).toEqual([
      'cs.CL', 'eess.SY', 'hep-th', 'cond-mat.stat-mech',
    ]);
    expect(cleanCategories(['Machine Learning', '1', 'Graphs', 'machine learning'])).toEqual(['Machine Learning', 'Graphs']);
  });

  it('splits author cells in the usual spellings', () => {
    expect(splitAuthorNames('Smith, John; Doe, Jane')).toEqual(['Smith, John', 'Doe, Jane']);
    expect(splitAuthorNames('Smith, John and Doe, Jane')).toEqual(['Smith, John', 'Doe, Jane']);
    expect(splitAuthorNames('John Smith, Jane Doe and Al Roe')).toEqual(['John Smith', 'Jane Doe', 'Al Roe']);
    expect(splitAuthorNames('Govil N., Sharma A.')).toEqual(['Govil N.', 'Sharma A.']);
    expect(splitAuthorNames('Smith, J., Doe, A.')).toEqual(['Smith, J.', 'Doe, A.']);
    expect(splitAuthorNames('Smith, John')).toEqual(['Smith, John']);
    // PubMed / Europe PMC: initials without periods, the list ended by one (not part of the last name).
    expect(splitAuthorNames('Byrd JC, Furman RR, Coutre SE.')).toEqual(['Byrd JC', 'Furman RR', 'Coutre SE']);
    // Alone, "Byrd JC." could be Scopus's "Govil N." style (initials with periods): left as written.
    expect(splitAuthorNames('Byrd JC.')).toEqual(['Byrd JC.']);
  });

  it('claims only tables: other formats and title-less headers are left alone', () => {
    expect(isTableHeader('title,abstract\nA,B\n')).toBe(true);
    expect(isTableHeader('gene,expression\nBRCA1,2.3\n')).toBe(false);
    expect(isTableHeader('Authors,Title,Year,Source title,EID\nA,B,2020,C,2-s2.0-1\n')).toBe(false);
    expect(isTableHeader('@article{x, title={A}}\n')).toBe(false);
    const csl = [{ id: 'a', type: 'article-journal', title: 'A', issued: { 'date-parts': [[2020]] } }];
    expect(classifyJson(csl).format).toBe('csl-json');
    expect(classifyJson([{ id: 'https://openalex.org/W1', title: 'A', abstract_inverted_index: null }]).format).toBe('openalex');
    expect(classifyJson([{ paper: { id: '2401.00001', title: 'A' }, title: 'A' }]).format).toBe('hf-api');
    expect(classifyJson([{ title: 'A', abstract: 'B' }]).format).toBe('table');
    expect(classifyJson([{ name: 'x', value: 1 }]).format).toBeNull();
  });
});

describe('Lens.org scholarly CSV (its export columns; references are Lens IDs)', () => {
  const header =
    'Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,ISSNs,Publisher,Source Country,Author/s,' +
    'Abstract,Volume,Issue Number,Start Page,End Page,Fields of Study,Keywords,MeSH Terms,Chemicals,Funding,Source URLs,' +
    'External URL,PMID,DOI,Microsoft Academic ID,PMCID,Citing Patents Count,References,Citing Works Count,Is Open Access,' +
    'Open Access License,Open Access Colour';
  const row = (cells: string[]) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  const record = (lens: string, title: string, year: string, authors: string, references: string, doi = '') =>
    row([
      lens, title, `${year}-03-01`, year, 'journal article', 'Journal of Reviews', '1234-5678', 'Publisher', 'United Kingdom',
      authors, `An abstract of ${title.toLowerCase()} about screening studies for systematic reviews.`, '3', '1', '1', '9',
      'Computer science; Machine learning', 'systematic review; active learning', '', '', '', '', `https://www.lens.org/lens/scholar/article/${lens}/main`,
      '', doi, '', '', '0', references, '4', 'true', '', '',
    ]);

  it('reads the Lens ID, the cited Lens IDs as references, and resolves citations between the exported works', async () => {
    const file = write(
      'lens-export.csv',
      [
        header,
        record('106-059-195-106-980', 'Screening prioritisation with active learning', '2021', 'Ann Smith; Bo Jones',
          '020-442-109-551-63X; 153-837-297-911-050; 999-999-999-999-999'),
        record('020-442-109-551-63X', 'Stopping rules for screening', '2019', 'Cara Lee', '153-837-297-911-050', '10.1000/stop'),
        record('153-837-297-911-050', 'Living systematic reviews', '2017', 'Dan Wu', ''),
      ].join('\n') + '\n',
    );
    const { entries, warnings } = await readSources([file]);
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      ids: { lens: '106-059-195-106-980' },
      authors: ['Ann Smith', 'Bo Jones'],
      venue: 'Journal of Reviews',
      year: 2021,
      keywords: ['systematic review', 'active learning'],
    });
    expect(entries[1].ids).toEqual({ lens: '020-442-109-551-63X', doi: '10.1000/stop' });
    expect(entries[0].references.map((reference) => reference.ids)).toEqual([
      { lens: '020-442-109-551-63X' },
      { lens: '153-837-297-911-050' },
      { lens: '999-999-999-999-999' },
    ]);
    expect(entries[0].references.every((reference) => reference.text === null)).toBe(true);

    const { graph, summary } = await ingestGraph([file], { layoutIterations: 0 });
    const cites: string[] = [];
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind !== 'cites') return;
      const citing = attributes.citing as string;
      const title = (node: string) => (graph.getNodeAttributes(node) as { title?: string }).title;
      cites.push(`${title(citing)} → ${title(citing === source ? target : source)}`);
    });
    expect(cites.sort()).toEqual([
      'Screening prioritisation with active learning → Living systematic reviews',
      'Screening prioritisation with active learning → Stopping rules for screening',
      'Stopping rules for screening → Living systematic reviews',
    ]);
    expect(summary).toMatchObject({ referencesTotal: 4, referencesResolved: 3, referencesOutside: 1 });
  });
});

describe('Dimensions CSV ("Export for bibliometric mapping": a note line, then cited references in brackets and pipes)', () => {
  const header = '"Rank","Publication ID","DOI","PMID","Title","Abstract","Source title","PubYear","Authors","Cited references"';
  const row = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
  const cited = (authors: string, title: string, source: string, year: string, doi: string, id: string) =>
    `[${authors}] | ${title} | ${source} | ${year} | 12 | 3 | 45-67 | ${doi} | ${id}`;

  it('splits the cell only between references, keeps each one whole with its first author, year, title, source and DOI', async () => {
    const file = write(
      'dimensions-mapping.csv',
      [
        '"About the data: Exported on Dec 02, 2026. Criteria: ""screening"" in title and abstract."',
        header,
        row(['1', 'pub.1000000001', '10.1000/newer', '', 'Screening prioritisation with active learning',
          'An abstract about screening studies for systematic reviews.', 'Journal of Reviews', '2021', 'Smith, Ann; Jones, Bo',
          [cited('Lee, Cara; Wu, Dan', 'Stopping rules for screening', 'Journal of Reviews', '2019', '10.1000/STOP', 'pub.1000000002'),
            cited('Park, Eun', 'A work outside the export', 'Other Journal', '2005', '', 'pub.1000000099')].join('; ')]),
        row(['2', 'pub.1000000002', '10.1000/stop', '', 'Stopping rules for screening',
          'An abstract about stopping rules for screening in systematic reviews.', 'Journal of Reviews', '2019', 'Lee, Cara; Wu, Dan', '']),
      ].join('\n') + '\n',
    );
    const { entries, warnings } = await readSources([file]);
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0].references).toEqual([
      {
        ids: { doi: '10.1000/stop', dimensions: 'pub.1000000002' },
        text: cited('Lee, Cara; Wu, Dan', 'Stopping rules for screening', 'Journal of Reviews', '2019', '10.1000/STOP', 'pub.1000000002'),
        firstAuthor: 'Lee',
        year: 2019,
        title: 'Stopping rules for screening',
        source: 'Journal of Reviews',
      },
      expect.objectContaining({ ids: { dimensions: 'pub.1000000099' }, firstAuthor: 'Park', year: 2005, title: 'A work outside the export', source: 'Other Journal' }),
    ]);

    const { graph, summary } = await ingestGraph([file], { layoutIterations: 0 });
    const cites = graph.filterEdges((_edge, attributes) => attributes.kind === 'cites');
    expect(cites).toHaveLength(1);
    expect(summary).toMatchObject({ referencesTotal: 2, referencesResolved: 1, referencesOutside: 1 });
  });
});
