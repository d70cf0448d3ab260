// The search box finds papers by title words, terms by name or alias, and puts the exact title first.
import { describe, expect, it } from 'vitest';
import {
  buildIdentifierIndex, buildSearchIndex, findByIdentifier, parseIdentifierQuery, searchMatches, searchNodes, toSearchEntries,
} from '../../../../src/core/search';
import { buildCitationGraph, citationPaperKey as key, REFERENCE_KEY } from '../citationFixture';
import { loadSampleGraph, makeSmallGraph } from '../fixtures';

describe('search', () => {
  const graph = loadSampleGraph();
  const index = buildSearchIndex(toSearchEntries(graph));

  it('finds a seed paper by its full title, first', () => {
    const title = 'Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling';
    const [first] = searchNodes(index, title);
    expect(first.label).toBe(title);
    expect(first.kind).toBe('paper');
  });

  it('autocompletes a half-typed word across kinds', () => {
    const results = searchNodes(index, 'reinforc');
    expect(results.length).toBeGreaterThan(1);
    expect(results.some((r) => r.kind === 'concept' && r.label === 'reinforcement learning')).toBe(true);
    expect(results.every((r) => r.label.toLowerCase().includes('reinforc'))).toBe(true);
  });

  it('tolerates a typo and matches aliases', () => {
    expect(searchNodes(index, 'Glidr').some((r) => r.label.startsWith('Glider'))).toBe(true);
    const { graph: small, rare } = makeSmallGraph();
    small.setNodeAttribute(rare, 'aliases' as never, ['MoE'] as never);
    const smallIndex = buildSearchIndex(toSearchEntries(small));
    expect(searchNodes(smallIndex, 'moe')[0].key).toBe(rare);
  });

  it('returns nothing for an empty query', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
  });
});

describe('search by identifier and author', () => {
  const graph = buildCitationGraph();
  const index = buildSearchIndex(toSearchEntries(graph));
  const ids = buildIdentifierIndex(graph);

  it('recognises identifiers only when the whole query is one', () => {
    expect(parseIdentifierQuery('https://doi.org/10.18653/V1/N19-1423')).toEqual([{ kind: 'doi', id: '10.18653/v1/n19-1423' }]);
    expect(parseIdentifierQuery('arXiv:1810.04805v2')).toEqual([{ kind: 'arxiv', id: '1810.04805' }]);
    expect(parseIdentifierQuery('https://arxiv.org/pdf/hep-th/9901001v1')).toEqual([{ kind: 'arxiv', id: 'hep-th/9901001' }]);
    expect(parseIdentifierQuery('https://openalex.org/W2963403868')).toEqual([{ kind: 'openalex', id: 'W2963403868' }]);
    expect(parseIdentifierQuery('PMID: 31234567')).toEqual([{ kind: 'pmid', id: '31234567' }]);
    expect(parseIdentifierQuery('https://www.lens.org/lens/scholar/article/020-442-109-551-63x/main')).toEqual([{ kind: 'lens', id: '020-442-109-551-63X' }]);
    expect(parseIdentifierQuery('106-059-195-106-980')).toEqual([{ kind: 'lens', id: '106-059-195-106-980' }]);
    expect(parseIdentifierQuery('pub.1173974926')).toEqual([{ kind: 'dimensions', id: 'pub.1173974926' }]);
    expect(parseIdentifierQuery('scaling 2001.08361 laws')).toEqual([]);
    expect(parseIdentifierQuery('attention')).toEqual([]);
  });

  it('finds a paper by DOI with or without the resolver, arXiv id with version, OpenAlex id or PMID', () => {
    for (const query of ['10.18653/v1/N19-1423', 'https://doi.org/10.18653/v1/n19-1423', 'doi:10.18653/v1/n19-1423', '1810.04805v3', 'PMID 31234567']) {
      expect(findByIdentifier(ids, query).map((h) => h.key), query).toEqual([key('b')]);
    }
    expect(findByIdentifier(ids, 'w2963403868').map((h) => h.key)).toEqual([key('a')]);
    expect(findByIdentifier(ids, '10.1162/NECO.1997.9.8.1735').map((h) => h.key)).toEqual([REFERENCE_KEY]);
    expect(findByIdentifier(ids, '10.9999/nothing')).toEqual([]);
  });

  it('offers only the identifier match and says which identifier matched', () => {
    const results = searchNodes(index, 'https://arxiv.org/abs/2005.14165v4', 10, ids);
    expect(results).toHaveLength(1);
    const [first] = results;
    expect(first).toMatchObject({ key: key('c'), kind: 'paper', label: 'Language Models are Few-Shot Learners', detail: 'arXiv 2005.14165' });
  });

  it('answers a DOI being typed from the DOIs alone: a prefix past the "/" lists its papers, a bare "10.1" none', () => {
    // Before, "10.1" was searched as the words "10" and "1": the cited work matched on its year and page numbers.
    expect(searchMatches(index, '10.1', 10, ids)).toMatchObject({ suggestions: [], total: 0 });
    expect(searchMatches(index, '10.1', 10, ids).note).toMatch(/type it past the "\/"/);
    expect(searchMatches(index, 'doi:10.18653', 10, ids).suggestions).toEqual([]);
    // A prefix that reaches into the suffix names papers, with the DOI that matched.
    expect(searchNodes(index, '10.1', 10, ids)).toEqual([]);
    expect(searchNodes(index, 'https://doi.org/10.18653/V1', 10, ids)).toMatchObject([{ key: key('b'), detail: 'DOI 10.18653/v1/n19-1423' }]);
    expect(searchNodes(index, '10.1162/neco.1997', 10, ids).map((r) => r.key)).toEqual([REFERENCE_KEY]);
    // A full DOI that no node has finds nothing and says so, instead of listing every title with a number in it.
    const missing = searchMatches(index, '10.1038/nature14539', 10, ids);
    expect(missing.suggestions).toEqual([]);
    expect(missing.note).toBe('No DOI here starts with 10.1038/nature14539');
    // Titles are still searched as words when the query does not begin like a DOI.
    expect(searchNodes(index, 'few-shot', 10, ids)[0].key).toBe(key('c'));
  });

  it('answers other identifiers being typed by their scheme (WOS:, PMID, PMC, arXiv:, 2-s2.0-) from 6 characters on', () => {
    const graph = buildCitationGraph();
    graph.mergeNodeAttributes(key('f'), { ids: { doi: '10.1000/graph.drawing', wos: 'WOS:000852249500001', scopus: '2-s2.0-85127865888' } } as never);
    const withIds = buildIdentifierIndex(graph);
    const search = buildSearchIndex(toSearchEntries(graph));
    // "WOS:000" is every Web of Science record: nothing yet, and why (before, the words "wos" and "000" were searched).
    expect(searchMatches(search, 'WOS:000', 10, withIds)).toMatchObject({ suggestions: [], note: 'A Web of Science id: type 6 or more of its characters to find its paper' });
    expect(searchNodes(search, 'wos:0008522', 10, withIds)).toMatchObject([{ key: key('f'), detail: 'Web of Science WOS:000852249500001' }]);
    expect(searchNodes(search, '2-s2.0-851278', 10, withIds)).toMatchObject([{ key: key('f'), detail: 'Scopus 2-s2.0-85127865888' }]);
    // PMIDs of the fixture: b 31234567, e 35000001.
    expect(searchMatches(search, 'PMID 3', 10, withIds).suggestions).toEqual([]);
    expect(searchNodes(search, 'PMID 312345', 10, withIds).map((r) => r.key)).toEqual([key('b')]);
    expect(searchNodes(search, 'arXiv:2005.1', 10, withIds)).toMatchObject([{ key: key('c'), detail: 'arXiv 2005.14165' }]);
    expect(searchMatches(search, 'PMID 999999', 10, withIds).note).toBe('No PMID here starts with 999999');
  });

  it('lists an author\'s papers and names the author', () => {
    const results = searchNodes(index, 'vaswani', 10, ids);
    expect(results.map((r) => r.key)).toEqual([key('a')]);
    expect(results[0].detail).toBe('by Vaswani, Ashish');
    const kaplan = searchNodes(index, 'Jared Kaplan', 10, ids);
    expect(kaplan[0].key).toBe(key('d'));
    // A cited work is found by its first author and its title.
    expect(searchNodes(index, 'hochreiter', 10, ids).map((r) => r.key)).toEqual([REFERENCE_KEY]);
    expect(searchNodes(index, 'long short-term memory', 10, ids)[0].key).toBe(REFERENCE_KEY);
  });
});

describe('an author searched by the name as printed on a paper', () => {
  // PubMed stores "Byrd, John C"; a reader types "John C. Byrd". The initial "c" prefix-matches every c-word of a
  // title and the fuzzy "byrd" also finds "Burd": the paper by Byrd must still come first and name him.
  const entries = [
    {
      id: 'paper:a', kind: 'paper', aliases: '', authors: 'Burd, Amy; Coleman, John; Cannon, Carol',
      label: 'Cyclin-dependent kinase inhibitors in chronic lymphocytic leukemia: clinical characterization of CLL cohorts',
    },
    { id: 'paper:b', kind: 'paper', aliases: '', authors: 'Woyach, Jennifer A; Byrd, John C', label: 'Ibrutinib regimens versus chemoimmunotherapy in older patients' },
  ];
  const index = buildSearchIndex(entries);

  it('ranks first the paper one of whose authors has every word of the query, and names that author first', () => {
    for (const query of ['John C. Byrd', 'Byrd JC', 'byrd john']) {
      const results = searchNodes(index, query);
      expect(results[0].key, query).toBe('paper:b');
      expect(results[0].detail, query).toBe('by Byrd, John C');
    }
    // A single word still lists every paper it finds, the closest name first.
    expect(searchNodes(index, 'Byrd').map((r) => r.key)).toEqual(['paper:b', 'paper:a']);
    expect(searchNodes(index, 'Byrd')[1].detail).toBe('by Burd, Amy');
  });
});

describe('a search that matches more nodes than the list shows', () => {
  // An author of 14 papers (the biblio samples hold authors of 69 and 46): the list shows 10 and says 4 more match.
  const entries = Array.from({ length: 14 }, (_, i) => ({
    id: `paper:${i}`, kind: 'paper', aliases: '', authors: `Blachly, James S; Other, Author ${i}`, label: `Leukemia study number ${i + 1}`,
  }));
  entries.push({ id: 'paper:x', kind: 'paper', aliases: '', authors: 'Someone, Else', label: 'Unrelated work' });
  const index = buildSearchIndex(entries);

  it('counts every match, not only those listed', () => {
    const { suggestions, total } = searchMatches(index, 'Blachly', 10);
    expect(suggestions).toHaveLength(10);
    expect(total).toBe(14);
    expect(searchMatches(index, 'Blachly', 20)).toMatchObject({ total: 14 });
    expect(searchMatches(index, 'Unrelated', 10)).toMatchObject({ total: 1 });
    expect(searchMatches(index, '  ', 10)).toEqual({ suggestions: [], total: 0 });
  });
});

describe('an author of the collection who is also cited from outside it', () => {
  // The biblio sample's WoS records: Arturo Escobar's paper in the collection ("Escobar, Arturo") and works cited by
  // others under "Escobar", labelled as the reference string begins ("Escobar 2014: SENTIPENSAR CON TIER").
  const entries = [
    { id: 'paper:degrowth', kind: 'paper', aliases: '', authors: 'Escobar, Arturo', label: 'Degrowth, postdevelopment, and transitions: a preliminary conversation' },
    { id: 'paper:other', kind: 'paper', aliases: '', authors: 'Kothari, Ashish; Demaria, Federico; Acosta, Alberto', label: 'Buen Vivir, Degrowth and Ecological Swaraj: Alternatives to sustainable development and the Green Economy' },
    ...['2014: SENTIPENSAR CON TIER', '2018: DESIGNS PLURIVERSE R', '2008: TERRITORIES DIFFEREN', '2020: PLURIVERSAL POLITICS'].map((rest, i) => ({
      id: `reference:${i}`, kind: 'reference', aliases: `ESCOBAR A, ${rest}`, authors: 'Escobar', label: `Escobar ${rest}`,
    })),
  ];
  const index = buildSearchIndex(entries);

  it('lists the author\'s papers in the collection before the works cited under that name', () => {
    const results = searchNodes(index, 'Escobar');
    expect(results.map((r) => r.kind)).toEqual(['paper', 'reference', 'reference', 'reference', 'reference']);
    expect(results[0]).toMatchObject({ key: 'paper:degrowth', detail: 'by Escobar, Arturo' });
    // A query past the name ("Escobar 2018") is the start of that cited work's label, and finds it first.
    expect(searchNodes(index, 'Escobar 2018')[0].label).toBe('Escobar 2018: DESIGNS PLURIVERSE R');
  });
});
