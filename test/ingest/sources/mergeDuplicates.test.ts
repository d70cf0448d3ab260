// Merging by identity: identifiers first, then title + year; preprints with their published versions; never two papers.
import { describe, expect, it } from 'vitest';
import { isPreprint, mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import type { RawListing } from '../../../ingest/types';
import { emptyBibFields, type ReferenceRecord } from '../../../src/shared/record';

const entry = (overrides: Partial<RawListing>): RawListing => ({
  ...emptyBibFields(),
  title: 'A Paper',
  abstract: 'short',
  source: 'a.txt',
  line: 1,
  ...overrides,
});

const reference = (overrides: Partial<ReferenceRecord>): ReferenceRecord => ({
  ids: {},
  text: null,
  firstAuthor: null,
  year: null,
  title: null,
  source: null,
  ...overrides,
});

describe('mergeDuplicatePapers', () => {
  it('keeps a paper read once as read: key first, every field in its order, without where it was read', () => {
    const read = entry({ title: 'Solo', ids: { arxiv: '2401.00001' }, year: null, date: null, source: 'x.bib', line: 9 });
    const [paper] = mergeDuplicatePapers([read]).papers;
    const { source: _source, line: _line, ...fields } = read;
    // The graph file writes a paper's attributes in this order: a change of order would change every file.
    expect(Object.keys(paper)).toEqual(['key', ...Object.keys(fields), 'sources', 'provenance', 'yearInferred']);
    expect(paper).toMatchObject({ key: 'paper:solo', year: 2024, date: '2024-01', sources: ['x.bib'] });
    expect(read).toMatchObject({ year: null, date: null, source: 'x.bib', line: 9 }); // the entry itself is not changed
  });

  it('combines metadata: dated year, longest abstract, max upvotes, first non-null fields, sorted sources', () => {
    const result = mergeDuplicatePapers([
      entry({ source: 'b.txt', date: '--05-01', upvotes: 2 }),
      entry({ title: 'Other', source: 'b.txt' }),
      entry({ title: 'a paper!', source: 'a.txt', abstract: 'a much longer abstract', date: '2024-05-01', year: 2024, upvotes: 1, authorsCount: 4 }),
      entry({ title: 'A  PAPER', source: 'b.txt', organisation: 'Lab', upvotes: 7, date: '--06-01' }),
    ]);
    expect(result).toMatchObject({ duplicatesMerged: 2, mergedById: 0, mergedByTitle: 2, preprintMerges: 0 });
    expect(result.papers.map((paper) => paper.key)).toEqual(['paper:a-paper', 'paper:other']);
    expect(result.papers[0]).toMatchObject({
      key: 'paper:a-paper', title: 'A Paper', abstract: 'a much longer abstract', authorsCount: 4, date: '2024-05-01',
      year: 2024, organisation: 'Lab', upvotes: 7, sources: ['a.txt', 'b.txt'],
    });
    // Which file gave each kept value.
    expect(result.papers[0].provenance).toEqual({
      title: ['b.txt'], // the kept spelling "A Paper" (a.txt wrote "a paper!")
      abstract: ['a.txt'],
      authorsCount: ['a.txt'],
      date: ['a.txt'],
      year: ['a.txt'],
      organisation: ['b.txt'],
      upvotes: ['b.txt'],
    });
  });

  it('merges by any shared identifier even when titles differ, and unions ids, keywords, categories', () => {
    const result = mergeDuplicatePapers([
      entry({ title: 'Deep nets for graphs', ids: { doi: '10.1/x', wos: 'WOS:1' }, keywords: ['graphs'], source: 'wos.txt' }),
      entry({ title: 'Deep Nets for Graphs: a study', ids: { doi: '10.1/x', openalex: 'W9' }, keywords: ['Graphs', 'nets'], categories: ['Computer science'], source: 'oa.json' }),
      entry({ title: 'Something else', ids: { openalex: 'W9', pmid: '77' }, source: 'pm.nbib' }),
    ]);
    expect(result).toMatchObject({ duplicatesMerged: 2, mergedById: 2, mergedByTitle: 0 });
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({
      key: 'paper:deep-nets-for-graphs',
      ids: { doi: '10.1/x', wos: 'WOS:1', openalex: 'W9', pmid: '77' },
      keywords: ['graphs', 'nets'],
      categories: ['Computer science'],
      sources: ['oa.json', 'pm.nbib', 'wos.txt'],
    });
    expect(result.papers[0].provenance.ids).toEqual(['oa.json', 'pm.nbib', 'wos.txt']);
    expect(result.papers[0].provenance.categories).toEqual(['oa.json']);
  });

  it('never merges two records whose identifiers of one scheme differ: same title, different UTs and DOIs', () => {
    const result = mergeDuplicatePapers([
      entry({ title: 'Pluriversal Politics: The Real and the Possible', ids: { wos: 'WOS:000663607900001', doi: '10.1111/plar.12438' }, year: 2021, authors: ['Cotofana, Alexandra'] }),
      entry({ title: 'Pluriversal Politics: the Real and the Possible', ids: { wos: 'WOS:000840565100001', doi: '10.1080/21567689.2022.2112703' }, year: 2022, authors: ['Ausic, Lisa'] }),
      entry({ title: 'Pluriversal politics: the real and the possible', ids: { wos: 'WOS:000888888800001' }, year: 2022, authors: ['Villarreal Villamar, Maria del Carmen'] }),
      // A shared id with a conflicting one of the same scheme does not merge either.
      entry({ title: 'Two DOIs', ids: { pmid: '5', doi: '10.1/a' } }),
      entry({ title: 'Two DOIs', ids: { pmid: '5', doi: '10.1/b' } }),
    ]);
    expect(result.duplicatesMerged).toBe(0);
    // Different works with one title get distinct, content-derived keys (year, then first identifier).
    expect(result.papers.map((paper) => paper.key)).toEqual([
      'paper:pluriversal-politics-the-real-and-the-possible-2021',
      'paper:pluriversal-politics-the-real-and-the-possible-2022-doi-10-1080-21567689-2022-2112703',
      'paper:pluriversal-politics-the-real-and-the-possible-2022-wos-wos-000888888800001',
      'paper:two-dois-undated-doi-10-1-a',
      'paper:two-dois-undated-doi-10-1-b',
    ]);
  });

  it('keeps one title apart when years differ (not preprints) or first authors differ', () => {
    const result = mergeDuplicatePapers([
      entry({ title: 'Introduction', year: 2019 }),
      entry({ title: 'Introduction', year: 2021 }),
      entry({ title: 'Editorial', year: 2020, authors: ['Smith, J'] }),
      entry({ title: 'Editorial', year: 2020, authors: ['Jones, K'] }),
      entry({ title: 'Editorial', year: 2020, authors: ['J. Smith', 'K. Jones'] }),
    ]);
    expect(result.papers.map((paper) => paper.key)).toEqual([
      'paper:introduction-2019',
      'paper:introduction-2021',
      'paper:editorial-2020',
      'paper:editorial-2020-2',
    ]);
    expect(result.mergedByTitle).toBe(1);
    // The richest author list is kept.
    expect(result.papers[2].authors).toEqual(['J. Smith', 'K. Jones']);
  });

  it('merges a preprint with its published version (title, years within two) and says so', () => {
    const result = mergeDuplicatePapers([
      entry({ title: 'Graph Attention Networks', ids: { arxiv: '1710.10903' }, year: 2017, date: '2017-10-30', venue: 'arXiv', authors: ['Petar Veličković', 'Guillem Cucurull'], source: 'arxiv.atom' }),
      entry({ title: 'Graph attention networks', ids: { doi: '10.48550/arxiv.1710.10903' }, year: 2017, source: 'dc.json' }),
      entry({ title: 'Graph Attention Networks', ids: { doi: '10.1000/iclr.2018.1' }, year: 2018, venue: 'ICLR', type: 'inproceedings', authors: ['Veličković, Petar', 'Cucurull, Guillem', 'Casanova, Arantxa'], source: 'iclr.bib' }),
    ]);
    expect(result).toMatchObject({ duplicatesMerged: 2, mergedById: 1, mergedByTitle: 1, preprintMerges: 1 });
    expect(result.papers[0]).toMatchObject({
      key: 'paper:graph-attention-networks',
      ids: { doi: '10.1000/iclr.2018.1', arxiv: '1710.10903' },
      year: 2018,
      venue: 'ICLR',
      authors: ['Veličković, Petar', 'Cucurull, Guillem', 'Casanova, Arantxa'],
    });
    expect(result.papers[0].provenance.year).toEqual(['iclr.bib']);
    expect(result.papers[0].provenance.authors).toEqual(['iclr.bib']);
  });

  it('does not merge a preprint with a same-titled paper more than two years away', () => {
    const result = mergeDuplicatePapers([
      entry({ title: 'Attention', ids: { arxiv: '1501.00001' }, year: 2015 }),
      entry({ title: 'Attention', ids: { doi: '10.1/att' }, year: 2019 }),
    ]);
    expect(result.papers).toHaveLength(2);
    expect(result.preprintMerges).toBe(0);
  });

  it('unions reference lists without duplicates, keeping the first list whole', () => {
    const a = reference({ ids: { doi: '10.1/a' }, text: 'Smith J, 2001, NATURE, DOI 10.1/a' });
    const b = reference({ firstAuthor: 'Jones', year: 2002, source: 'SCIENCE' });
    const result = mergeDuplicatePapers([
      entry({ ids: { doi: '10.9/p' }, references: [a, b, b], source: 'one.txt' }),
      entry({ ids: { doi: '10.9/p' }, references: [reference({ ids: { doi: '10.1/a' } }), reference({ ids: { doi: '10.1/c' } })], source: 'two.json' }),
    ]);
    expect(result.papers[0].references.map((ref) => ref.ids.doi ?? ref.firstAuthor)).toEqual(['10.1/a', 'Jones', 'Jones', '10.1/c']);
    expect(result.papers[0].provenance.references).toEqual(['one.txt', 'two.json']);
  });

  it('recognises preprints by type, venue or identifier', () => {
    expect(isPreprint({ type: 'posted-content', venue: null, ids: { doi: '10.1101/2020.01.01' } })).toBe(true);
    expect(isPreprint({ type: null, venue: 'bioRxiv', ids: {} })).toBe(true);
    expect(isPreprint({ type: null, venue: null, ids: { arxiv: '2401.01234' } })).toBe(true);
    expect(isPreprint({ type: null, venue: null, ids: { arxiv: '2401.01234', doi: '10.1145/1' } })).toBe(false);
    expect(isPreprint({ type: 'article', venue: 'Nature', ids: { doi: '10.1038/x' } })).toBe(false);
  });
});

describe('a record without any date', () => {
  it('is placed in the month its arXiv identifier names, said to be inferred (arXiv OAI-PMH Dublin Core has no date)', () => {
    const { papers } = mergeDuplicatePapers([
      entry({ title: 'Calculation of prompt diphoton production cross sections', ids: { arxiv: '0704.0001' } }),
      entry({ title: 'Sparsity-certifying Graph Decompositions', ids: { arxiv: 'math/0703054' } }),
      entry({ title: 'A dated paper', ids: { arxiv: '0704.0002' }, date: '2008-01-15', year: 2008 }),
      entry({ title: 'Merged copies', ids: { arxiv: '2401.01234' }, source: 'a.txt' }),
      entry({ title: 'Merged copies', ids: { arxiv: '2401.01234' }, source: 'b.txt' }),
    ]);
    const byTitle = new Map(papers.map((paper) => [paper.title, paper]));
    expect(byTitle.get('Calculation of prompt diphoton production cross sections')).toMatchObject({
      year: 2007,
      date: '2007-04',
      yearInferred: 'from its arXiv identifier 0704.0001 (submitted 2007-04)',
    });
    expect(byTitle.get('Sparsity-certifying Graph Decompositions')).toMatchObject({ year: 2007, date: '2007-03' });
    // A date the record gives wins, and is not said to be inferred.
    expect(byTitle.get('A dated paper')).toMatchObject({ year: 2008, date: '2008-01-15' });
    expect(byTitle.get('A dated paper')!.yearInferred).toBeUndefined();
    expect(byTitle.get('Merged copies')).toMatchObject({ year: 2024, date: '2024-01' });
  });
});

describe('subject headings that are no main topic, across copies', () => {
  it('keeps a heading minor only where no copy that marks main topics gives it as one', () => {
    // The MuCor record (PMID 26803155) as MEDLINE marks it, and a copy that stars "Programming Languages" too.
    const medline = entry({ ids: { doi: '10.1093/bioinformatics/btw028' }, categories: ['Humans', 'Programming Languages', 'Software'], minorHeadings: ['Humans', 'Programming Languages'], source: 'a.nbib' });
    const other = entry({ ids: { doi: '10.1093/bioinformatics/btw028' }, categories: ['Programming Languages', 'Software'], minorHeadings: ['Software'], source: 'b.json' });
    const unmarked = entry({ ids: { doi: '10.1093/bioinformatics/btw028' }, categories: ['Computational Biology'], source: 'c.csv' });
    const [paper] = mergeDuplicatePapers([medline, other, unmarked]).papers;
    expect(paper.categories).toEqual(['Humans', 'Programming Languages', 'Software', 'Computational Biology']);
    expect(paper.minorHeadings).toEqual(['Humans']);
    // No copy marks main topics: nothing is said to be minor.
    expect(mergeDuplicatePapers([unmarked, { ...unmarked, source: 'd.csv' }]).papers[0].minorHeadings).toBeUndefined();
  });
});
