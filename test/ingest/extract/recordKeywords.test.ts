// Record keywords as evidence of shared ideas: the topics authors list link their papers where the abstracts word them
// differently, on real records of other fields (agile software, sustainability politics).
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyBibFields } from '../../../src/shared/record';
import type { PaperGraph } from '../../../src/shared';
import { buildPaperGraph } from '../../../ingest/build/buildPaperGraph';
import { extractConcepts, type Vocabulary } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { mergeDuplicatePapers, readSources } from '../../../ingest/sources';
import type { Paper } from '../../../ingest/types';
import { describeShared, sharedPath } from '../../sharedData';

function paper(title: string, abstract: string, keywords: string[]): Paper {
  const key = `paper:${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return { ...emptyBibFields(), provenance: {}, key, title, abstract, keywords, sources: ['t.txt'] };
}

async function readPapers(path: string): Promise<Paper[]> {
  return mergeDuplicatePapers((await readSources([path])).entries).papers;
}

/** Labels of the concept nodes a paper links to. */
function conceptsOf(graph: PaperGraph, paperKey: string): string[] {
  return graph.filterNeighbors(paperKey, (_n, a) => a.kind === 'concept').map((n) => graph.getNodeAttribute(n, 'label'));
}

let vocabulary: Vocabulary;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
});

// Two JMIR records of the Scopus sample (Helioszjr/Bibliometrix `scopus.csv`), their titles, the first sentences of
// their abstracts and their author keywords as exported; and a third record whose keywords are generic words.
const CHATBOT = paper(
  'Development of a positive body image chatbot (KIT) with young people and parents/carers: Qualitative focus group study',
  'Body image and eating disorders represent a significant public health concern; however, many affected individuals never access appropriate treatment. Conversational agents or chatbots reflect a unique opportunity to target those affected online by providing psychoeducation and coping skills, thus filling the gap in service provision.',
  ['Artificial intelligence', 'Body image', 'Chatbot', 'Conversational agent', 'Design', 'Digital health', 'Eating disorder', 'Mental health'],
);
const PLATFORM = paper(
  'Agile Requirements Engineering and Software Planning for a Digital Health Platform to Engage the Effects of Isolation Caused by Social Distancing: Case Study',
  'Social distancing and shielding measures have been put in place to reduce social interaction and slow the transmission of the coronavirus disease (COVID-19). For older people, self-isolation presents particular challenges for mental health and social relationships.',
  ['Access', 'Aged', 'Agile', 'App', 'Artificial intelligence', 'Cellphone', 'Coronavirus', 'COVID-19', 'Data science', 'Digital health', 'Evaluation', 'Exercise', 'Health care quality', 'Information science', 'Mental health', 'Public reporting of healthcare data', 'Requirements engineering', 'Social distancing', 'Telemedicine'],
);
const FRAGGLE = paper(
  'FRAGGLE: A framework for agile gamification of learning experiences',
  'Student’s motivation difficulties are present in learning scenarios, even university grades. Between the techniques being applied by instructors to counteract this fact, we can find gamification techniques.',
  ['Design', 'Framework', 'Gamification', 'Higher education', 'Learning'],
);

describe('record keywords as shared ideas', () => {
  it('links papers by the keywords they share, though only one abstract writes the phrase', () => {
    const extraction = extractConcepts([CHATBOT, PLATFORM, FRAGGLE], {}, vocabulary);
    const graph = buildPaperGraph([CHATBOT, PLATFORM, FRAGGLE], extraction);
    // "digital health" is in one title only; "mental health" in one abstract only: both records list both.
    for (const key of [CHATBOT.key, PLATFORM.key]) expect(conceptsOf(graph, key)).toEqual(expect.arrayContaining(['digital health', 'mental health']));
    // A keyword only one record lists stays the record's keyword: no concept, and not among the paper's keyphrases.
    const labels = [...extraction.concepts.values()].map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('telemedicine');
    expect((graph.getNodeAttributes(PLATFORM.key) as unknown as { keyphrases: string[] }).keyphrases.map((k) => k.toLowerCase())).not.toContain('telemedicine');
    // "Design" (two records) names no idea of its own: a lone word English knows needs the stronger signal a text
    // concept needs; "Artificial intelligence", which neither text writes, is not read at all.
    expect(labels).not.toContain('design');
    expect(labels).not.toContain('artificial intelligence');
  });

  it('reads no inverted heading or list as a phrase ("Leukemia, Lymphocytic, Chronic")', () => {
    const a = paper('Ibrutinib in older patients', 'We report outcomes of ibrutinib.', ['Leukemia, Lymphocytic, Chronic']);
    const b = paper('Venetoclax after ibrutinib', 'We report outcomes of venetoclax.', ['Leukemia, Lymphocytic, Chronic']);
    const labels = [...extractConcepts([a, b], {}, vocabulary).concepts.values()].map((c) => c.label.toLowerCase());
    expect(labels.filter((label) => label.includes('lymphocytic'))).toEqual([]);
  });

  it('reads no keyword that no title or abstract writes: an indexer\'s check tag is no topic (real Embase RIS)', async () => {
    // embase.ris (asreview/citation-file-formatting's Embase baseline, records 1 and 2): both list the EMTREE check tag
    // "nonhuman", which neither abstract uses; "nonhuman" linked the two as a concept before.
    const papers = await readPapers('test/fixtures/biblio-real/embase.ris');
    expect(papers).toHaveLength(2);
    expect(papers.every((p) => p.keywords.includes('nonhuman'))).toBe(true);
    const labels = [...extractConcepts(papers, {}, vocabulary).concepts.values()].map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('nonhuman');
  });

  it('changes nothing for papers without keywords', () => {
    const bare = [CHATBOT, PLATFORM, FRAGGLE].map((p) => ({ ...p, keywords: [] }));
    const withEmpty = extractConcepts(bare, {}, vocabulary);
    const again = extractConcepts(bare.map((p) => ({ ...p })), {}, vocabulary);
    expect([...withEmpty.concepts.keys()]).toEqual([...again.concepts.keys()]);
    expect([...withEmpty.concepts.values()].map((c) => c.label)).not.toContain('digital health');
  });
});

const WOS = sharedPath('samples/biblio/wos_savedrecs_pluriversal_sustainability.txt');
describeShared(WOS, 'record keywords on the Web of Science sustainability-politics sample', () => {
  let papers: Paper[];
  let graph: PaperGraph;
  beforeAll(async () => {
    papers = await readPapers(WOS);
    graph = buildPaperGraph(papers, extractConcepts(papers, {}, vocabulary));
  }, 60_000);

  it('links every record that lists "decoloniality" (12) or "pluriverse" (11) among its keywords to that concept', () => {
    for (const [keyword, count] of [['decoloniality', 12], ['pluriverse', 11]] as const) {
      const listing = papers.filter((p) => p.keywords.some((k) => k.toLowerCase() === keyword));
      expect(listing).toHaveLength(count);
      for (const p of listing) expect(conceptsOf(graph, p.key)).toContain(keyword);
    }
  });

  it('leaves at most 26 of the 103 papers without a concept or method they share with another (60 before keywords counted)', () => {
    const shared = (key: string) => graph.someNeighbor(key, (_n, a) => (a.kind === 'concept' || a.kind === 'method') && (a.paperCount ?? 0) >= 2);
    const floating = graph.filterNodes((key, a) => a.kind === 'paper' && !shared(key));
    expect(papers).toHaveLength(103);
    expect(floating.length).toBeLessThanOrEqual(26);
  });
});

describe('concepts a title names', () => {
  const IS = [
    paper('Information systems in hospitals', 'We study information systems (IS) in hospitals and how IS support clinical work.', []),
    paper('Adoption of information systems', 'Information systems (IS) adoption in firms: IS success factors.', []),
  ];
  it('reads an acronym in a title as the concept it stands for, but not a word of a title written in capitals', () => {
    const mixed = paper('Why IS projects fail', 'A review of project failures.', []);
    // A real Web of Science title, written in capitals.
    const capitals = paper('AN ANTI-MANAGEMENT STATEMENT IN DIALOGUE WITH CRITICAL BRAZILIAN AUTHORS: WHAT IS LEFT', 'An essay on management studies.', []);
    const extraction = extractConcepts([...IS, mixed, capitals], {}, vocabulary);
    const conceptsOf = (index: number) => extraction.papers[index].keyphrases.filter((t) => extraction.concepts.has(t.key)).map((t) => extraction.concepts.get(t.key)!.label);
    expect(conceptsOf(2)).toEqual(['Information systems (IS)']);
    expect(conceptsOf(3)).toEqual([]);
  });
});

const SCOPUS = sharedPath('samples/biblio/scopus_export_agile_software.csv');
describeShared(SCOPUS, 'record keywords on the Scopus agile-software sample', () => {
  it('places a paper in the field its keyword names when the text did not rank it, saying so', async () => {
    const papers = await readPapers(SCOPUS);
    const graph = buildPaperGraph(papers, extractConcepts(papers, {}, vocabulary));
    // "TIIM: Technology-independent interference mitigation for low-power wireless networks", keywords 802.15.4;
    // Cross-technology interference; Interference mitigation; Machine learning.
    const tiim = papers.find((p) => p.title.startsWith('TIIM'))!;
    expect(graph.getEdgeAttribute(graph.edge(tiim.key, 'domain:cs.LG')!, 'evidence')).toBe('keyword “Machine Learning (ML)”');
    // The 9 records listing "Machine learning" among their keywords are all in Machine Learning.
    const listing = papers.filter((p) => p.keywords.some((k) => k.toLowerCase() === 'machine learning'));
    expect(listing).toHaveLength(9);
    for (const p of listing) expect(graph.hasEdge(p.key, 'domain:cs.LG')).toBe(true);
  }, 60_000);
});
