// The citation layer on synthetic records: every resolution rule, its negatives, reference nodes, co-citation, coupling.
import { describe, expect, it } from 'vitest';
import { buildPaperGraph } from '../../../ingest/build/buildPaperGraph';
import { addCitationLayer, referenceThreshold, type CitationOptions } from '../../../ingest/build/citations';
import { resolveCitations } from '../../../ingest/build/resolveCitations';
import type { Paper } from '../../../ingest/types';
import { emptyBibFields, type ReferenceRecord } from '../../../src/shared/record';
import { serializeGraph, type PaperAttributes, type PaperGraph } from '../../../src/shared';
import { citingPairs as citingPairsOf } from '../citingPairs';

const ref = (overrides: Partial<ReferenceRecord>): ReferenceRecord => ({
  ids: {},
  text: null,
  firstAuthor: null,
  year: null,
  title: null,
  source: null,
  ...overrides,
});

let counter = 0;
const paper = (key: string, overrides: Partial<Paper> = {}): Paper => ({
  ...emptyBibFields(),
  title: `Paper ${key} ${(counter += 1)}`,
  key: `paper:${key}`,
  sources: ['test.txt'],
  provenance: {},
  ...overrides,
});

const noExtraction = { papers: [], concepts: new Map(), methods: new Map(), domains: new Map() };

function layer(papers: Paper[], options: Partial<CitationOptions> = {}) {
  const graph = buildPaperGraph(papers, noExtraction);
  const stats = addCitationLayer(graph, papers, options);
  return { graph, stats };
}

/** Directed citing pairs between papers as `a>b`, sorted (citingPairs.ts). */
const citingPairs = (graph: PaperGraph): string[] => citingPairsOf(graph).map(([citing, cited]) => `${citing}>${cited}`).sort();

describe('resolving references to corpus papers', () => {
  it('by DOI, by a DOI written only in the reference text, by OpenAlex id and by arXiv DOI', () => {
    const papers = [
      paper('a', { ids: { doi: '10.1/a' } }),
      paper('b', { ids: { openalex: 'W2' } }),
      paper('c', { ids: { arxiv: '2401.00003' } }),
      paper('d', { ids: { doi: '10.1234/d' } }),
      paper('citing', {
        references: [
          ref({ ids: { doi: '10.1/a' } }),
          ref({ ids: { openalex: 'W2' } }),
          ref({ ids: { doi: '10.48550/arxiv.2401.00003' } }),
          // WoS: `DOI [10.x, DOI 10.y]`; the reader kept one, the text holds the other.
          ref({ ids: { doi: '10.9999/book' }, text: 'Smith J, 2020, BOOK, DOI [10.9999/book, DOI 10.1234/d]' }),
          ref({ ids: { doi: '10.5/elsewhere' } }),
        ],
      }),
    ];
    const { graph, stats } = layer(papers);
    expect(citingPairs(graph)).toEqual(['paper:citing>paper:a', 'paper:citing>paper:b', 'paper:citing>paper:c', 'paper:citing>paper:d']);
    expect(stats).toMatchObject({ referencesTotal: 5, referencesResolved: 4, referencesOutside: 1, citingPairs: 4, citesEdges: 4 });
    expect(graph.getNodeAttributes('paper:citing')).toMatchObject({ referenceCount: 5, referencesOutside: 1, citesInCorpus: 4, citedByInCorpus: 0 });
    expect(graph.getNodeAttributes('paper:a')).toMatchObject({ referenceCount: 0, citesInCorpus: 0, citedByInCorpus: 1 });
  });

  it('a paper from a file that lists no references has no count of its own references, but is still counted as cited', () => {
    // A listing page (no reference lists at all) beside a database export: the page's paper has unknown counts, not 0.
    const papers = [
      paper('listed', { ids: { doi: '10.1/listed' }, sources: ['hf-page.txt'] }),
      paper('export', { sources: ['wos.txt'], references: [ref({ ids: { doi: '10.1/listed' } }), ref({ ids: { doi: '10.5/out' } })] }),
      paper('quiet', { sources: ['wos.txt'] }),
    ];
    const { graph } = layer(papers);
    const listed = graph.getNodeAttributes('paper:listed') as PaperAttributes;
    expect(listed).toMatchObject({ citesInCorpus: 0, citedByInCorpus: 1 });
    expect(listed.referenceCount).toBeUndefined();
    expect(listed.referencesOutside).toBeUndefined();
    expect(graph.getNodeAttributes('paper:export')).toMatchObject({ referenceCount: 2, referencesOutside: 1, citesInCorpus: 1 });
    // A record of a file that lists references, with none of its own: its list is empty, so 0 is what it says.
    expect(graph.getNodeAttributes('paper:quiet')).toMatchObject({ referenceCount: 0, referencesOutside: 0 });
  });

  it('a record listing its own DOI makes no self-loop and does not count it as outside', () => {
    const papers = [paper('self', { ids: { doi: '10.1017/s0260210522000389' }, references: [ref({ ids: { doi: '10.1017/s0260210522000389' } }), ref({ ids: { doi: '10.2/x' } })] })];
    const { graph, stats } = layer(papers);
    expect(graph.size).toBe(0);
    expect(stats).toMatchObject({ referencesSelf: 1, referencesOutside: 1, referencesResolved: 0, citesEdges: 0 });
    expect(graph.getNodeAttributes('paper:self')).toMatchObject({ referenceCount: 2, referencesOutside: 1, citesInCorpus: 0 });
  });

  it('by first author + year + abbreviated source (WoS cited-reference parts)', () => {
    const papers = [
      paper('escobar', { title: 'Degrowth, postdevelopment, and transitions', authors: ['Escobar, Arturo'], year: 2015, venue: 'SUSTAINABILITY SCIENCE' }),
      paper('citing', { references: [ref({ firstAuthor: 'Escobar A', year: 2015, source: 'SUSTAIN SCI', text: 'Escobar A, 2015, SUSTAIN SCI, V10, P451' })] }),
    ];
    expect(citingPairs(layer(papers).graph)).toEqual(['paper:citing>paper:escobar']);
  });

  it('by first author + year + title (Scopus references), authors written "Given Family" on the paper', () => {
    const papers = [
      paper('satapathy', { title: 'Empirical assessment of machine learning models for agile software development effort estimation using story points', authors: ['Shashank Mouli Satapathy', 'Santanu Kumar Rath'], year: 2017 }),
      paper('citing', { references: [ref({ firstAuthor: 'Satapathy', year: 2017, title: 'Empirical assessment of machine learning models for agile software development effort estimation using story points', source: 'Innov Syst Softw Eng' })] }),
    ];
    expect(citingPairs(layer(papers).graph)).toEqual(['paper:citing>paper:satapathy']);
  });

  it('no edge for the same surname and year with a different title, another year, or another source', () => {
    const papers = [
      paper('target', { title: 'Designs for the pluriverse', authors: ['Escobar, Arturo'], year: 2018, venue: 'Duke University Press' }),
      paper('citing', {
        references: [
          ref({ firstAuthor: 'Escobar', year: 2018, title: 'Territories of difference: place, movements, life, redes' }),
          ref({ firstAuthor: 'Escobar', year: 2017, title: 'Designs for the pluriverse' }),
          ref({ firstAuthor: 'Escobar A', year: 2018, source: 'J POLIT ECOL' }),
          ref({ firstAuthor: 'Escobar A', year: 2018 }), // nothing but author and year
          ref({ firstAuthor: 'Ecobar', year: 2018, title: 'Designs for the pluriverse' }),
        ],
      }),
    ];
    const { graph, stats } = layer(papers);
    expect(citingPairs(graph)).toEqual([]);
    expect(stats.referencesOutside).toBe(5);
  });

  it('no edge when the reference carries a DOI other than the paper\'s, even if author, year and source fit', () => {
    const papers = [
      paper('walker', { title: 'Divergence and Diplomacy', authors: ['Walker, H'], year: 2020, venue: 'J ROY ANTHROPOL INST', ids: { doi: '10.1080/02773945.2020.1748217' } }),
      paper('citing', { references: [ref({ firstAuthor: 'Walker H', year: 2020, source: 'J ROY ANTHROPOL INST', ids: { doi: '10.1111/1467-9655.13183' } })] }),
    ];
    expect(citingPairs(layer(papers).graph)).toEqual([]);
  });

  it('among many papers and works of one common family name and year, each reference finds the one its parts fit', () => {
    // 120 other papers by a Wang in 2020, in venues of every initial: a reference is compared only with those its
    // parts could match (titles with titles, a source with the venues and titles sharing its initial), so what it finds
    // must not depend on that grouping.
    const venues = ['Applied Energy', 'Bioresource Technology', 'Chemical Engineering Journal', 'Journal of Cleaner Production', 'Nature Communications', 'Water Research'];
    const crowd = Array.from({ length: 120 }, (_, i) =>
      paper(`crowd${i}`, { title: `Study ${i} of catalytic membranes`, authors: [`Wang, Q${i}`], year: 2020, venue: venues[i % venues.length] }));
    const papers = [
      paper('gnn', { title: 'Graph neural networks for traffic forecasting', authors: ['Wang, Xiaoyu'], year: 2020, venue: 'Transportation Research Part C: Emerging Technologies' }),
      paper('untitled', { title: '', authors: ['Wang, Yi'], year: 2020, venue: 'Geophysical Research Letters', ids: { openalex: 'W1' } }),
      ...crowd,
      paper('citing', {
        references: [
          ref({ firstAuthor: 'Wang X', year: 2020, source: 'TRANSPORT RES C-EMER' }), // the venue abbreviated
          ref({ firstAuthor: 'Wang X', year: 2020, source: 'GRAPH NEURAL NETWORKS TRAFFIC' }), // cut title, 3+ words
          ref({ firstAuthor: 'Wang', year: 2020, title: 'Graph neural networks for traffic forecasting' }),
          ref({ firstAuthor: 'Wang', year: 2020, title: 'A title no paper has', source: 'GEOPHYS RES LETT' }), // untitled paper: venue
          ref({ firstAuthor: 'Wang Q', year: 2020, source: 'WATER RES' }), // 20 crowd papers fit: ambiguous
        ],
      }),
    ];
    const { targets } = resolveCitations(papers);
    expect(Array.from(targets[papers.length - 1].slice(0, 4))).toEqual([0, 0, 0, 1]);
    expect(targets[papers.length - 1][4]).toBeLessThan(-1); // outside, not a corpus paper
  });

  it('references to outside works of one family name and year: the same work by abbreviated source or by title', () => {
    const papers = [
      paper('p1', { references: [ref({ firstAuthor: 'Wang X', year: 2019, source: 'J CLEAN PROD' })] }),
      paper('p2', { references: [ref({ firstAuthor: 'Wang X', year: 2019, source: 'APPL ENERG' })] }),
      paper('p3', { references: [ref({ firstAuthor: 'Wang X', year: 2019, title: 'Life cycle assessment of hydrogen storage' })] }),
      paper('p4', { references: [ref({ firstAuthor: 'Wang Xin', year: 2019, source: 'JOURNAL OF CLEANER PRODUCTION' })] }),
      paper('p5', { references: [ref({ firstAuthor: 'Wang', year: 2019, title: 'Life cycle assessment of hydrogen storage', source: 'J CLEAN PROD' })] }),
      paper('p6', { references: [ref({ firstAuthor: 'Wang X', year: 2019, source: 'APPLIED ENERGY' })] }),
    ];
    const index = resolveCitations(papers);
    expect(index.outside.map((work) => work.citers)).toEqual([[0, 3], [1, 5], [2, 4]]);
  });

  it("one outside work cited by a Web of Science record (no title) and by a Scopus record (a title), when only it fits", () => {
    // The real references of a WoS and a Scopus record of one topic (test/fixtures/biblio-real, Round 14).
    const wos = ref({ firstAuthor: 'Shiroishi Y', year: 2009, source: 'IEEE T MAGN', ids: { doi: '10.1109/tmag.2009.2024879' } });
    const scopus = ref({ firstAuthor: 'Shiroishi', year: 2009, title: 'Future options for HDD storage', source: 'Ieee Trans. Magn.' });
    for (const order of [[wos, scopus], [scopus, wos]]) {
      const index = resolveCitations([paper('a', { references: [order[0]] }), paper('b', { references: [order[1]] })]);
      // Before: two works (a title is matched only by a title, a source only by a source).
      expect(index.outside.map((work) => work.citers)).toEqual([[0, 1]]);
    }
    // A book WoS cites by its cut title: three words or more, abbreviating the titled reference's title.
    const book = resolveCitations([
      paper('c', { references: [ref({ firstAuthor: 'YARIV A', year: 1984, source: 'OPTICAL WAVES CRYSTA' })] }),
      paper('d', { references: [ref({ firstAuthor: 'Yariv', year: 1984, title: 'Optical waves in crystals', source: 'Wiley' })] }),
    ]);
    expect(book.outside.map((work) => work.citers)).toEqual([[0, 1]]);
    // Nguyen's three 2017 papers in IEEE Trans. Magn. (titled) all fit "Nguyen CD, 2017, IEEE T MAGN": no guess.
    const titles = ['Twin iterative detection for bit-patterned media recording systems', '9/12 2-D modulation code for bit-patterned media recording', 'Scheme for utilizing the soft feedback information in bit-patterned media recording systems'];
    const ambiguous = resolveCitations([
      ...titles.map((title, at) => paper(`n${at}`, { references: [ref({ firstAuthor: 'Nguyen', year: 2017, title, source: 'IEEE Trans. Magn.' })] })),
      paper('w', { references: [ref({ firstAuthor: 'Nguyen CD', year: 2017, source: 'IEEE T MAGN' })] }),
    ]);
    expect(ambiguous.outside.map((work) => work.citers)).toEqual([[0], [1], [2], [3]]);
    // Another source, or another year: different works.
    const other = resolveCitations([
      paper('e', { references: [ref({ firstAuthor: 'Shiroishi Y', year: 2009, source: 'J APPL PHYS' })] }),
      paper('f', { references: [scopus] }),
      paper('g', { references: [ref({ firstAuthor: 'Shiroishi Y', year: 2010, source: 'IEEE T MAGN' })] }),
    ]);
    expect(other.outside).toHaveLength(3);
  });

  it('no edge when two corpus papers fit the parts equally (ambiguous)', () => {
    const papers = [
      paper('one', { title: 'First', authors: ['Kaul, S'], year: 2022, venue: 'Sustainability Science' }),
      paper('two', { title: 'Second', authors: ['Kaul, S'], year: 2022, venue: 'Sustainability Science' }),
      paper('citing', { references: [ref({ firstAuthor: 'Kaul S', year: 2022, source: 'SUSTAIN SCI' })] }),
    ];
    expect(citingPairs(layer(papers).graph)).toEqual([]);
  });

  it('two papers citing each other: one edge, `citing` = the first in corpus order, `mutual: true`', () => {
    const papers = [
      paper('a', { ids: { doi: '10.1/a' }, references: [ref({ ids: { doi: '10.1/b' } })] }),
      paper('b', { ids: { doi: '10.1/b' }, references: [ref({ ids: { doi: '10.1/a' } })] }),
    ];
    const { graph, stats } = layer(papers);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes('paper:a', 'paper:b')).toEqual({ kind: 'cites', weight: 1, citing: 'paper:a', mutual: true });
    expect(stats).toMatchObject({ citingPairs: 2, citesEdges: 1 });
    expect(citingPairs(graph)).toEqual(['paper:a>paper:b', 'paper:b>paper:a']);
  });

  it('a citation replaces a `mentions` edge on the same pair', () => {
    const papers = [paper('a', { ids: { doi: '10.1/a' } }), paper('b', { references: [ref({ ids: { doi: '10.1/a' } })] })];
    const graph = buildPaperGraph(papers, noExtraction);
    graph.addEdgeWithKey('mentions:paper:a|paper:b', 'paper:b', 'paper:a', { kind: 'mentions', weight: 1, citing: 'paper:b' });
    addCitationLayer(graph, papers);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes('paper:a', 'paper:b')).toEqual({ kind: 'cites', weight: 1, citing: 'paper:b' });
  });
});

describe('outside works and reference nodes', () => {
  it('a work cited by two corpus papers becomes a reference node; once-cited works only count as outside', () => {
    const papers = [
      paper('p1', { references: [ref({ ids: { doi: '10.7/shared' }, firstAuthor: 'Barnosky AD', year: 2011, source: 'NATURE', text: 'Barnosky AD, 2011, NATURE, V471, P51, DOI 10.7/shared' }), ref({ ids: { doi: '10.7/once' } })] }),
      paper('p2', { references: [ref({ ids: { doi: '10.7/shared' } })] }),
    ];
    const { graph, stats } = layer(papers);
    expect(stats).toMatchObject({ referenceNodes: 1, referenceThreshold: 2, referenceEdges: 2, referencesOutside: 3 });
    expect(graph.getNodeAttributes('reference:doi:10.7/shared')).toMatchObject({
      kind: 'reference',
      label: 'Barnosky AD 2011: NATURE',
      ids: { doi: '10.7/shared' },
      firstAuthor: 'Barnosky AD',
      paperCount: 2,
    });
    expect(graph.getEdgeAttributes('paper:p2', 'reference:doi:10.7/shared')).toEqual({ kind: 'cites', weight: 1, citing: 'paper:p2' });
  });

  it('identifies a work without an identifier by its parts, across spellings of the author and cut sources', () => {
    const papers = [
      paper('p1', { references: [ref({ firstAuthor: 'Escobar A', year: 2018, source: 'DESIGNS PLURIVERSE' })] }),
      paper('p2', { references: [ref({ firstAuthor: 'Escobar Arturo', year: 2018, source: 'DESIGNS PLURIVERSE RA' })] }),
      paper('p3', { references: [ref({ firstAuthor: 'Escobar A', year: 2018, source: 'TERRITORIES DIFFERENCE' })] }),
    ];
    const index = resolveCitations(papers);
    expect(index.outside.map((work) => work.citers)).toEqual([[0, 1], [2]]);
    const { graph } = layer(papers);
    expect(graph.nodes().filter((node) => node.startsWith('reference:'))).toEqual(['reference:escobar-a-2018-designs-pluriverse']);
  });

  it('the threshold rises when more works would pass it than the cap allows', () => {
    expect(referenceThreshold([5, 4, 4, 3, 2, 2, 2], 2, 10)).toBe(2);
    expect(referenceThreshold([5, 4, 4, 3, 2, 2, 2], 2, 3)).toBe(4);
    expect(referenceThreshold([5, 4, 3, 3, 2], 2, 3)).toBe(4);
    expect(referenceThreshold([], 2, 0)).toBe(2);
    // …and when their citing edges would pass the edge limit.
    expect(referenceThreshold([5, 4, 4, 3, 2, 2, 2], 2, 10, 13)).toBe(4);
    expect(referenceThreshold([5, 4, 4, 3, 2, 2, 2], 2, 10, 12)).toBe(5);
  });
});

describe('co-citation and bibliographic coupling', () => {
  it('coupled: papers sharing two references (outside works count); weight is Salton\'s cosine', () => {
    const shared = [ref({ ids: { doi: '10.8/x' } }), ref({ ids: { doi: '10.8/y' } })];
    const papers = [
      paper('c', { references: [...shared, ref({ ids: { doi: '10.8/c1' } }), ref({ ids: { doi: '10.8/c2' } })] }),
      paper('d', { references: [...shared] }),
      paper('e', { references: [shared[0], ref({ ids: { doi: '10.8/e' } })] }), // one shared reference: below the floor
    ];
    const { graph, stats } = layer(papers);
    expect(stats.coupledEdges).toBe(1);
    expect(graph.getEdgeAttributes('paper:c', 'paper:d')).toEqual({ kind: 'coupled', weight: Math.round((2 / Math.sqrt(4 * 2)) * 1e4) / 1e4, count: 2 });
    expect(graph.hasEdge('paper:c', 'paper:e')).toBe(false);
  });

  it('co-cited: two papers both cited by two corpus papers; no co-citation edge over an existing citation', () => {
    const papers = [
      paper('a', { ids: { doi: '10.1/a' } }),
      paper('b', { ids: { doi: '10.1/b' } }),
      paper('e', { references: [ref({ ids: { doi: '10.1/a' } }), ref({ ids: { doi: '10.1/b' } })] }),
      paper('f', { references: [ref({ ids: { doi: '10.1/a' } }), ref({ ids: { doi: '10.1/b' } })] }),
    ];
    const { graph, stats } = layer(papers);
    expect(graph.getEdgeAttributes('paper:a', 'paper:b')).toEqual({ kind: 'co-cited', weight: 1, count: 2 });
    expect(stats.coCitedEdges).toBe(1);
    // e and f are coupled too (they share a and b): 2 / √(2·2) = 1.
    expect(graph.getEdgeAttributes('paper:e', 'paper:f')).toEqual({ kind: 'coupled', weight: 1, count: 2 });
  });

  it('keeps only the strongest similarity edges of each paper', () => {
    const shared = (n: number) => Array.from({ length: n }, (_, i) => ref({ ids: { doi: `10.3/${i}` } }));
    const hub = paper('hub', { references: shared(6) });
    const others = [2, 3, 4, 5, 6].map((n) => paper(`n${n}`, { references: shared(n) }));
    const { graph } = layer([hub, ...others], { maxSimilarityEdgesPerPaper: 1 });
    // Each paper keeps its single strongest coupling; the hub's is n6 (6 shared of 6).
    expect(graph.hasEdge('paper:hub', 'paper:n6')).toBe(true);
    const coupled = graph.filterEdges((_e, attributes) => attributes.kind === 'coupled');
    expect(coupled.length).toBeLessThan(15);
  });

  it('the same input gives a byte-identical graph', () => {
    const make = () => [
      paper('a', { title: 'A', ids: { doi: '10.1/a' }, references: [ref({ ids: { doi: '10.9/z' } }), ref({ ids: { doi: '10.1/b' } })] }),
      paper('b', { title: 'B', ids: { doi: '10.1/b' }, references: [ref({ ids: { doi: '10.9/z' } }), ref({ firstAuthor: 'X', year: 1999, source: 'NATURE' })] }),
      paper('c', { title: 'C', references: [ref({ ids: { doi: '10.9/z' } }), ref({ firstAuthor: 'X', year: 1999, source: 'NATURE' }), ref({ ids: { doi: '10.1/a' } })] }),
    ];
    expect(serializeGraph(layer(make()).graph)).toBe(serializeGraph(layer(make()).graph));
  });
});

describe('text-only references', () => {
  it('are completed by the parser passed in (the readers-cite hook), keeping their identifiers', () => {
    const papers = [
      paper('target', { title: 'A study of things', authors: ['Doe, Jane'], year: 2001 }),
      paper('citing', { references: [ref({ text: 'Doe J. A study of things. J Things. 2001;1:1.' })] }),
    ];
    expect(citingPairs(layer(papers).graph)).toEqual([]);
    const parse = (text: string): ReferenceRecord => ({ ids: {}, text, firstAuthor: 'Doe', year: 2001, title: 'A study of things', source: 'J Things' });
    expect(citingPairs(layer(papers, { parseReferenceText: parse }).graph)).toEqual(['paper:citing>paper:target']);
  });

  it("with only the author and year a reader took from the text (Crossref's unstructured), get the parser's title and source", () => {
    // The shared Crossref sample's reference, as crossrefReference keeps it: first author and year, no title.
    const text = 'Kitchenham BA, Charters S (2007) Guidelines for performing systematic literature reviews in software engineering. EBSE Technical Report.';
    const target = { title: 'Guidelines for performing Systematic Literature Reviews in Software Engineering', authors: ['Kitchenham, Barbara', 'Charters, Stuart'], year: 2007 };
    const parse = (year: number, family: string) => (): ReferenceRecord => ({
      ids: {}, text, firstAuthor: family, year, title: 'Guidelines for performing systematic literature reviews in software engineering', source: 'EBSE Technical Report',
    });
    const papers = [paper('target', target), paper('citing', { references: [ref({ text, firstAuthor: 'Kitchenham', year: 2007 })] })];
    // Before: not matchable (a first author and a year, but neither a title nor a source).
    expect(citingPairs(layer(papers).graph)).toEqual([]);
    expect(citingPairs(layer(papers, { parseReferenceText: parse(2007, 'Kitchenham') }).graph)).toEqual(['paper:citing>paper:target']);
    // The parser's parts are taken only when it reads the same first author and year as the reader did.
    expect(citingPairs(layer(papers, { parseReferenceText: parse(2008, 'Kitchenham') }).graph)).toEqual([]);
    expect(citingPairs(layer(papers, { parseReferenceText: parse(2007, 'Charters') }).graph)).toEqual([]);
  });
});
