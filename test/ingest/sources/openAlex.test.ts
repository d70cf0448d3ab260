// OpenAlex reader: the real single work and /works page, JSON Lines, the legacy schema, a hostile inverted index and
// a page cut off in the middle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources, readText } from '../../../ingest/sources';
import { rebuildAbstract } from '../../../ingest/sources/openAlex';
import { describeShared, sharedPath } from '../../sharedData';

const single = sharedPath('samples/biblio/openalex_work_W2741809807.json');
const list = sharedPath('samples/biblio/openalex_works_list_snowball_cited.json');

describeShared(single, 'OpenAlex reader on the real samples', () => {
  it('one work: ids, authors in order, venue, topics, first institution and its 45 referenced works', async () => {
    const { entries, warnings, files } = await readSources([single]);
    expect(warnings).toEqual([]);
    expect(files[0].format).toBe('openalex');
    expect(entries).toHaveLength(1);
    const [work] = entries;
    expect(work).toMatchObject({
      title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
      ids: { openalex: 'W2741809807', doi: '10.7717/peerj.4375', pmid: '29456894' },
      authorsCount: 9,
      venue: 'PeerJ',
      date: '2018-02-13',
      year: 2018,
      type: 'article',
      url: 'https://doi.org/10.7717/peerj.4375',
      line: 1,
    });
    expect(work.authors[0]).toBe('Heather Piwowar');
    expect(work.authors[8]).toBe('Stefanie Haustein');
    // Its topics, then the primary topic's subfield and field (what names a research domain).
    const primary = (JSON.parse(readFileSync(single, 'utf8')) as { primary_topic: { subfield: { display_name: string }; field: { display_name: string } } }).primary_topic;
    expect(work.categories.slice(-2)).toEqual([primary.subfield.display_name, primary.field.display_name]);
    expect(work.references).toHaveLength(45);
    expect(work.references.every((reference) => /^W\d+$/.test(reference.ids.openalex ?? '') && reference.text === null)).toBe(true);
    expect(work.abstract.split(' ')).toHaveLength(258);
  });

  it('a /works page: 41 works (the title-less one kept under its identifier, with a warning), 1,107 references', async () => {
    const { entries, warnings, files } = await readSources([list]);
    expect(files[0]).toMatchObject({ format: 'openalex', entries: 41 });
    expect(warnings.map((warning) => ({ line: warning.line, reason: warning.reason }))).toEqual([
      { line: 1, reason: 'OpenAlex work #2 (W2963341956): has no title (title and display_name are empty); kept under its identifier' },
      // ELMo's "abstract" is its citation line (authors, venue, year): left out of the abstract, the work kept.
      { line: 1, reason: 'record "Deep Contextualized Word Representations": its abstract is the work\'s own citation (authors, venue, year), not an abstract; left out' },
      { line: 1, reason: 'record "The Rise of Altmetrics": its abstract is a web page\'s chrome (cookie notice, menus, sign-in links), not an abstract; left out' },
    ]);
    // README: 30 abstracts, 29 DOIs and 1,107 referenced ids over 41 works (the title-less one has one of each and 52 ids);
    // one of the 30 "abstracts" is ELMo's citation line, and one JAMA's landing page: both left out (above).
    expect(entries.filter((entry) => entry.abstract !== '')).toHaveLength(28);
    expect(entries.filter((entry) => entry.ids.doi)).toHaveLength(29);
    expect(entries.reduce((sum, entry) => sum + entry.references.length, 0)).toBe(1107);
    expect(entries.find((entry) => entry.ids.openalex === 'W2963341956')).toMatchObject({ title: '', ids: { doi: '10.18653/v1/n19-1423' } });
    expect(entries.filter((entry) => entry.venue !== null)).toHaveLength(32);
    expect(entries.every((entry) => entry.ids.openalex && entry.year !== null && entry.year >= 1951 && entry.year <= 2019)).toBe(true);
    // Citing pairs inside the file: the README's 36, 4 of them through the title-less work.
    const inFile = new Set(entries.map((entry) => entry.ids.openalex));
    const pairs = entries.flatMap((entry) => entry.references.filter((reference) => inFile.has(reference.ids.openalex)));
    expect(pairs).toHaveLength(36);
    expect(new Set(entries.map((entry) => entry.type))).toEqual(new Set(['article', 'book', 'book-chapter', 'preprint', 'dissertation']));
  });

  it('marks the MeSH headings of which no entry is a major topic (4 of the 41 works list MeSH)', async () => {
    const { entries } = await readSources([list]);
    // W2096537696 lists 9 entries: Pattern Recognition and Periodicals as Topic both as major and minor (other
    // qualifiers), Algorithms, Internet and Software only as minor.
    expect(entries.find((entry) => entry.ids.openalex === 'W2096537696')!.minorHeadings).toEqual(['Algorithms', 'Internet', 'Software']);
    expect(entries.filter((entry) => entry.minorHeadings)).toHaveLength(4);
  });

  it('the same works as JSON Lines: each work on its own line', () => {
    const works = (JSON.parse(readFileSync(list, 'utf8')) as { results: unknown[] }).results;
    const result = readText(works.map((work) => JSON.stringify(work)).join('\n') + '\n', 'works.jsonl');
    expect(result.format).toBe('openalex');
    expect(result.entries).toHaveLength(41);
    expect(result.entries[0].line).toBe(1);
    expect(result.entries[1].line).toBe(2);
    expect(result.entries[2].line).toBe(3);
    expect(result.warnings).toEqual([
      { file: 'works.jsonl', line: 2, reason: 'OpenAlex work #2 (W2963341956): has no title (title and display_name are empty); kept under its identifier' },
      { file: 'works.jsonl', line: 5, reason: 'record "Deep Contextualized Word Representations": its abstract is the work\'s own citation (authors, venue, year), not an abstract; left out' },
      { file: 'works.jsonl', line: 23, reason: 'record "The Rise of Altmetrics": its abstract is a web page\'s chrome (cookie notice, menus, sign-in links), not an abstract; left out' },
    ]);
  });

  it('a page cut off inside work 10 keeps the complete works before it', () => {
    const text = readFileSync(list, 'utf8');
    const tenth = (JSON.parse(text) as { results: { id: string }[] }).results[9].id;
    const cut = text.slice(0, text.indexOf(`"${tenth}"`) + 40);
    const result = readText(cut, 'cut.json');
    expect(result.format).toBe('openalex');
    expect(result.entries).toHaveLength(9);
    expect(result.warnings[0]).toEqual({
      file: 'cut.json',
      line: 1,
      reason: 'the file ends in the middle of a record (truncated?): kept the 9 complete records before it, the rest is not read',
    });
  });
});

describe('OpenAlex reader on small inputs', () => {
  it('legacy schema: host_venue and concepts (score above 0), DOI of an arXiv preprint gives its arXiv id', () => {
    const work = {
      id: 'https://openalex.org/W42',
      doi: 'https://doi.org/10.48550/arXiv.2101.00042',
      display_name: 'An Old-Schema Work',
      publication_year: 2021,
      host_venue: { display_name: 'arXiv (Cornell University)' },
      concepts: [{ display_name: 'Graph theory', score: 0.8 }, { display_name: 'Mathematics', score: 0 }],
      authorships: [{ author: { display_name: 'Ann Lee' }, institutions: [] }],
      referenced_works: ['https://openalex.org/W1', 'https://openalex.org/W1', 'https://openalex.org/W2'],
    };
    const result = readText(JSON.stringify([work], null, 2), 'legacy.json');
    expect(result.format).toBe('openalex');
    expect(result.entries[0]).toMatchObject({
      title: 'An Old-Schema Work',
      ids: { openalex: 'W42', doi: '10.48550/arxiv.2101.00042', arxiv: '2101.00042' },
      venue: 'arXiv (Cornell University)',
      categories: ['Graph theory'],
      authors: ['Ann Lee'],
      year: 2021,
      date: null,
      line: 2,
    });
    expect(result.entries[0].references.map((reference) => reference.ids.openalex)).toEqual(['W1', 'W2']);
  });

  it('a position of 4294967294 in a tiny inverted index is reported, not walked', () => {
    const text = '{"id":"https://openalex.org/W1","title":"Tiny","abstract_inverted_index":{"Hello":[0],"world":[4294967294]}}';
    const result = readText(text, 'hostile.json');
    expect(result.entries[0].abstract).toBe('Hello world');
    expect(result.warnings).toEqual([
      {
        file: 'hostile.json',
        line: 1,
        reason: 'OpenAlex work #1 (W1): abstract_inverted_index has 1 position far past its 2 words (largest 4294967294); that word is placed at the end',
      },
    ]);
  });

  it('rebuildAbstract: words in position order, small gaps tolerated, junk positions ignored', () => {
    expect(rebuildAbstract({ b: [1], a: [0], c: [3] })).toEqual({ text: 'a b c', problem: null });
    expect(rebuildAbstract({ a: [0, -1, 1.5, 'x'] })).toEqual({ text: 'a', problem: 'abstract_inverted_index has 3 positions that are not whole numbers; ignored' });
    expect(rebuildAbstract(null)).toEqual({ text: '', problem: null });
  });

  it('rebuildAbstract: two words at one position come in word order; a position far out goes last and is reported', () => {
    expect(rebuildAbstract({ zeta: [1], alpha: [1], first: [0] })).toEqual({ text: 'first alpha zeta', problem: null });
    expect(rebuildAbstract({ far: [100], a: [0], b: [1] })).toEqual({
      text: 'a b far',
      problem: "abstract_inverted_index has 1 position far past its 3 words (largest 100); that word is placed at the end",
    });
    expect(rebuildAbstract({ 'two  words': [1], one: [0], '': [2] })).toEqual({ text: 'one two words', problem: null });
  });
});
