// Works without a title (outside works known only by an identifier, records kept under their identifier) are named
// readably in panels and lists, never by a raw key.
import { describe, expect, it } from 'vitest';
import { parseGraph, readableLabel } from '../../../src/shared';

describe('readableLabel', () => {
  it('names an outside work known only by an identifier "Untitled work (…)" with the identifier written out', () => {
    expect(readableLabel({ kind: 'reference', label: 'openalex:W2158139315', ids: { openalex: 'W2158139315' }, title: null }, 'reference:openalex-w2158139315'))
      .toBe('Untitled work (OpenAlex W2158139315)');
    expect(readableLabel({ kind: 'reference', label: 'doi:10.1000/xyz', ids: { doi: '10.1000/xyz' } }, 'reference:doi-10-1000-xyz'))
      .toBe('Untitled work (DOI 10.1000/xyz)');
    expect(readableLabel({ kind: 'reference', label: 'reference:x' }, 'reference:x')).toBe('Untitled work');
  });

  it('prefers first author, year and venue when the file gives them', () => {
    expect(readableLabel(
      { kind: 'paper', label: 'Untitled work (openalex W2963341956)', title: '', authors: ['Jacob Devlin', 'Ming-Wei Chang'], year: 2019, venue: 'NAACL', ids: { openalex: 'W2963341956' } },
      'paper:untitled',
    )).toBe('Jacob Devlin et al., 2019, NAACL');
    expect(readableLabel({ kind: 'reference', label: 'pmid:123', firstAuthor: 'Smith', year: 2001, source: null, ids: { pmid: '123' } }, 'r'))
      .toBe('Smith, 2001');
  });

  it('keeps every real label, and markup in a label stays text', () => {
    expect(readableLabel({ kind: 'paper', label: 'Attention is all you need', title: 'Attention is all you need' }, 'p')).toBe('Attention is all you need');
    expect(readableLabel({ kind: 'reference', label: 'Smith 2001: NATURE', firstAuthor: 'Smith' }, 'r')).toBe('Smith 2001: NATURE');
    expect(readableLabel({ kind: 'concept', label: 'doi:not-a-work' }, 'c')).toBe('doi:not-a-work');
    expect(readableLabel({ kind: 'reference', label: 'doi:10.1/x', firstAuthor: '<img src=x onerror=alert(1)>' }, 'r'))
      .toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the citation lists name untitled outside works readably', () => {
  it('lists a reference known only by its DOI as "Untitled work (DOI …)", not "doi:…"', async () => {
    const { default: Graph } = await import('graphology');
    const { listCitations } = await import('../../../src/core/related');
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('paper:a', { kind: 'paper', label: 'A paper', title: 'A paper', year: 2020 });
    graph.addNode('reference:doi-10-1000-xyz', { kind: 'reference', label: 'doi:10.1000/xyz', ids: { doi: '10.1000/xyz' }, title: null, paperCount: 1 });
    graph.addEdge('paper:a', 'reference:doi-10-1000-xyz', { kind: 'cites', weight: 1, citing: 'paper:a' });
    const { references } = listCitations(graph as never, 'paper:a');
    expect(references.map((entry) => entry.label)).toEqual(['Untitled work (DOI 10.1000/xyz)']);
  });
});

describe('an opened file names its untitled works readably everywhere', () => {
  it('parseGraph labels papers and outside works as the panels name them; other nodes keep theirs', () => {
    const graph = parseGraph({
      attributes: {},
      nodes: [
        { key: 'reference:openalex:W2158139315', attributes: { kind: 'reference', label: 'openalex:W2158139315', ids: { openalex: 'W2158139315' } } },
        { key: 'paper:untitled', attributes: { kind: 'paper', label: 'Untitled work (openalex W2963341956)', authors: ['Jacob Devlin', 'Ming-Wei Chang'], year: 2019, venue: 'NAACL' } },
        { key: 'paper:titled', attributes: { kind: 'paper', label: 'Attention is all you need' } },
        { key: 'concept:doi', attributes: { kind: 'concept', label: 'doi:not-a-work' } },
        { key: 'n1', attributes: {} },
      ],
      edges: [],
    });
    expect(graph.mapNodes((node, attributes) => [node, attributes.label])).toEqual([
      ['reference:openalex:W2158139315', 'Untitled work (OpenAlex W2158139315)'],
      ['paper:untitled', 'Jacob Devlin et al., 2019, NAACL'],
      ['paper:titled', 'Attention is all you need'],
      ['concept:doi', 'doi:not-a-work'],
      ['n1', 'n1'],
    ]);
  });
});
