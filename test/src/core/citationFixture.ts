// A small collection with full bibliographic records and a citation layer: seven papers, one cited outside work,
// cites / co-cited / coupled / similar / in-domain edges, built through the shared model as the ingest writes them.
import { createPaperGraph, edgeKey, nodeKey, paperKey, type EdgeAttributes, type PaperGraph, type PaperIds } from '../../../src/shared';

interface FixturePaper {
  id: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
  title: string;
  year: number;
  ids: PaperIds;
  authors: string[];
  venue: string;
  cites: string[];
  referenceCount: number;
}

/** Who cites whom: b, c, d and e build on a; the cited outside work (ref) is cited by a, b and c. */
export const CITATION_PAPERS: FixturePaper[] = [
  {
    id: 'a', title: 'Attention Is All You Need', year: 2017,
    ids: { doi: '10.48550/arxiv.1706.03762', arxiv: '1706.03762', openalex: 'W2963403868', s2: '204e3073870fae3d05bcbc2f6a8e263d9b72e776' },
    authors: ['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki', 'Uszkoreit, Jakob', 'Jones, Llion', 'Gomez, Aidan N.',
      'Kaiser, Łukasz', 'Polosukhin, Illia', 'Extra, Author One', 'Extra, Author Two', 'Extra, Author Three', 'Extra, Author Four', 'Extra, Author Five'],
    venue: 'Advances in Neural Information Processing Systems', cites: ['ref'], referenceCount: 40,
  },
  {
    id: 'b', title: 'BERT: Pre-training of Deep Bidirectional Transformers', year: 2018,
    ids: { doi: '10.18653/v1/n19-1423', arxiv: '1810.04805', pmid: '31234567' },
    authors: ['Devlin, Jacob', 'Chang, Ming-Wei', 'Lee, Kenton', 'Toutanova, Kristina'],
    venue: 'NAACL', cites: ['a', 'ref'], referenceCount: 55,
  },
  {
    id: 'c', title: 'Language Models are Few-Shot Learners', year: 2020,
    ids: { arxiv: '2005.14165', openalex: 'W3030163527' },
    authors: ['Brown, Tom B.', 'Mann, Benjamin'],
    venue: 'NeurIPS', cites: ['a', 'b', 'ref'], referenceCount: 120,
  },
  {
    id: 'd', title: 'Scaling Laws for Neural Language Models', year: 2020,
    ids: { arxiv: '2001.08361' },
    authors: ['Kaplan, Jared', 'McCandlish, Sam'],
    venue: 'arXiv', cites: ['a', 'b'], referenceCount: 60,
  },
  {
    id: 'e', title: 'Training Compute-Optimal Large Language Models', year: 2022,
    ids: { arxiv: '2203.15556', pmid: '35000001' },
    authors: ['Hoffmann, Jordan', 'Borgeaud, Sebastian'],
    venue: 'NeurIPS', cites: ['a', 'c', 'd'], referenceCount: 70,
  },
  {
    id: 'f', title: 'An Unrelated Survey of Graph Drawing', year: 2021,
    ids: { doi: '10.1000/graph.drawing' },
    authors: ['Tamassia, Roberto'],
    venue: 'Computing Surveys', cites: [], referenceCount: 12,
  },
  {
    id: 'g', title: 'Direct Preference Optimization', year: 2023,
    ids: { arxiv: '2305.18290', openalex: 'W4378770929' },
    authors: ['Rafailov, Rafael', 'Sharma, Archit'],
    venue: 'NeurIPS', cites: ['a', 'b', 'ref'], referenceCount: 45,
  },
];

export function citationPaperKey(id: FixturePaper['id']): string {
  return paperKey(CITATION_PAPERS.find((p) => p.id === id)!.title);
}

export const REFERENCE_KEY = nodeKey('reference', 'doi-10.1162-neco.1997.9.8.1735');

export function buildCitationGraph(): PaperGraph {
  const graph = createPaperGraph({ sources: ['openalex-list.json'] });
  const keyOf = (id: string) => (id === 'ref' ? REFERENCE_KEY : citationPaperKey(id as FixturePaper['id']));
  const citedBy = (id: string) => CITATION_PAPERS.filter((p) => p.cites.includes(id)).length;
  CITATION_PAPERS.forEach((p, i) => {
    const inCorpus = p.cites.filter((c) => c !== 'ref').length;
    graph.addNode(keyOf(p.id), {
      kind: 'paper', label: p.title, title: p.title, abstract: `Abstract of ${p.title}.`, authorsCount: p.authors.length,
      date: `${p.year}-06-01`, year: p.year, organisation: null, upvotes: null, sources: ['openalex-list.json'],
      keyphrases: [], ids: p.ids, authors: p.authors, venue: p.venue, keywords: i === 0 ? ['self-attention', 'transformer'] : [],
      url: i === 0 ? 'https://papers.nips.cc/paper/7181' : i === 1 ? 'javascript:alert(1)' : null,
      categories: i === 0 ? ['cs.CL', 'cs.LG'] : [], type: i === 3 ? 'preprint' : 'article',
      provenance: i === 0 ? { title: ['openalex-list.json', 'refs.bib'], authors: ['refs.bib'], abstract: [] } : undefined,
      referenceCount: p.referenceCount, referencesOutside: p.referenceCount - inCorpus,
      citesInCorpus: inCorpus, citedByInCorpus: citedBy(p.id), introducedMethods: i === 0 ? ['Transformer'] : [],
      x: i * 10, y: (i % 2) * 10,
    });
  });
  graph.addNode(REFERENCE_KEY, {
    kind: 'reference', label: 'Hochreiter S, 1997, Neural Computation', ids: { doi: '10.1162/neco.1997.9.8.1735' },
    text: 'Hochreiter S, 1997, NEURAL COMPUT, V9, P1735, DOI 10.1162/neco.1997.9.8.1735', firstAuthor: 'Hochreiter',
    year: 1997, title: 'Long Short-Term Memory', source: 'Neural Computation', paperCount: citedBy('ref'), x: -10, y: -10,
  });
  const add = (kind: EdgeAttributes['kind'], a: string, b: string, extra: Partial<EdgeAttributes> = {}) => {
    const key = edgeKey(kind, a, b);
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, a, b, { kind, weight: 1, ...extra });
  };
  for (const p of CITATION_PAPERS) for (const cited of p.cites) add('cites', keyOf(p.id), keyOf(cited), { citing: keyOf(p.id) });
  // The graph is simple (one edge per pair), so these pairs have no `cites` edge. `count` is the file's raw figure,
  // larger than what the graph shows: c and g share a, b and the outside work here, and 29 more references outside it.
  add('coupled', keyOf('c'), keyOf('g'), { weight: 0.4, count: 32 });
  add('co-cited', keyOf('c'), keyOf('d'), { weight: 0.5, count: 3 });
  add('similar', keyOf('a'), keyOf('f'), { weight: 0.2 });
  const concept = nodeKey('concept', 'language-model');
  graph.addNode(concept, { kind: 'concept', label: 'language model', aliases: [], acronym: null, paperCount: 3, x: 5, y: 5 });
  for (const id of ['c', 'd', 'e']) add('has-concept', keyOf(id), concept, { weight: 1 });
  const domain = nodeKey('domain', 'nlp');
  graph.addNode(domain, { kind: 'domain', label: 'Natural language processing', description: 'Text and speech.', paperCount: 2, x: 6, y: 6 });
  add('in-domain', keyOf('a'), domain, { weight: 1, evidence: 'arXiv category cs.CL' });
  add('in-domain', keyOf('b'), domain, { weight: 0.6, evidence: 'text: language, pre-training' });
  return graph;
}
