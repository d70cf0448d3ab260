// The panel reads a paper's record defensively: identifiers become http(s) links, odd values are dropped, not shown.
import { describe, expect, it } from 'vitest';
import { formatRecordDate, groupPaperTerms, readIdentifierLinks, readPaperRecord, readReferenceRecord, safeHref } from '../../../../src/core/related';
import { buildCitationGraph, citationPaperKey as key, REFERENCE_KEY } from '../citationFixture';

describe('paper record view', () => {
  const graph = buildCitationGraph();

  it('turns identifiers into links to doi.org, arxiv.org, openalex.org, PubMed and Semantic Scholar', () => {
    const record = readPaperRecord(graph.getNodeAttributes(key('a')) as never);
    expect(record.ids.map((l) => [l.kind, l.href])).toEqual([
      ['doi', 'https://doi.org/10.48550/arxiv.1706.03762'],
      ['arxiv', 'https://arxiv.org/abs/1706.03762'],
      ['openalex', 'https://openalex.org/W2963403868'],
      ['s2', 'https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
    ]);
    expect(readPaperRecord(graph.getNodeAttributes(key('b')) as never).ids.find((l) => l.kind === 'pmid')?.href)
      .toBe('https://pubmed.ncbi.nlm.nih.gov/31234567/');
  });

  it('keeps the record fields and the author names in order', () => {
    const record = readPaperRecord(graph.getNodeAttributes(key('a')) as never);
    expect(record.authors.slice(0, 2)).toEqual(['Vaswani, Ashish', 'Shazeer, Noam']);
    expect(record.authors).toHaveLength(13);
    expect(record).toMatchObject({
      venue: 'Advances in Neural Information Processing Systems', year: 2017, type: 'article', keywords: ['self-attention', 'transformer'],
      categories: ['cs.CL', 'cs.LG'], introducedMethods: ['Transformer'], url: 'https://papers.nips.cc/paper/7181', referenceCount: 40,
      referencesOutside: 40,
      provenance: [{ field: 'title', files: ['openalex-list.json', 'refs.bib'] }, { field: 'authors', files: ['refs.bib'] }],
    });
  });

  it('never makes a link of a javascript: URL and drops malformed values', () => {
    expect(readPaperRecord(graph.getNodeAttributes(key('b')) as never).url).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    const odd = readPaperRecord({ ids: { doi: 42, arxiv: ' 2401.01234 ' }, authors: ['A', { name: 'B' }, ''], venue: { x: 1 }, year: 'soon', referenceCount: -3 });
    expect(odd.ids).toEqual([{ kind: 'arxiv', id: '2401.01234', href: 'https://arxiv.org/abs/2401.01234' }]);
    expect(odd.authors).toEqual(['A']);
    expect(odd.venue).toBeNull();
    expect(odd.year).toBeNull();
    expect(odd.referenceCount).toBeNull();
    expect(readIdentifierLinks(['10.1/x'])).toEqual([]);
    // An older file: no record fields at all.
    expect(readPaperRecord({ authorsCount: 3 })).toMatchObject({ ids: [], authors: [], authorsCount: 3, venue: null, keywords: [] });
  });

  it('reads a cited work outside the collection', () => {
    const record = readReferenceRecord(graph.getNodeAttributes(REFERENCE_KEY) as never);
    expect(record.ids[0].href).toBe('https://doi.org/10.1162/neco.1997.9.8.1735');
    expect(record).toMatchObject({ firstAuthor: 'Hochreiter', year: 1997, title: 'Long Short-Term Memory' });
  });

  it('formats month-day dates and falls back to the year', () => {
    expect(formatRecordDate('--07-15', null)).toBe('07-15 (year unknown)');
    expect(formatRecordDate(null, 2020)).toBe('2020');
    expect(formatRecordDate(null, null)).toBeNull();
  });

  it('carries the evidence of a domain link to its chip', () => {
    const terms = groupPaperTerms(graph, key('a'));
    expect(terms.domain).toEqual([{ key: 'domain:nlp', label: 'Natural language processing', evidence: 'arXiv category cs.CL' }]);
    expect(groupPaperTerms(graph, key('c')).concept[0].evidence).toBeNull();
  });
});
