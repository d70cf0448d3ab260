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

  it('keeps "sustainable development", which three records list as a keyword, as a concept of the 4 papers writing it', () => {
    // Its head "development" is generic; before, the phrase folded into "sustainable", no concept, and vanished.
    const node = graph.findNode((_key, a) => a.kind === 'concept' && a.label === 'sustainable development');
    expect(node).toBeDefined();
    expect((graph.getNodeAttributes(node!) as unknown as { paperCount: number }).paperCount).toBe(4);
  });

  it('links no paper to "pluriverse" for the adjective "pluriversal" in its title (41 papers before, 100 write the adjective)', () => {
    const linked = graph.filterNeighbors('concept:plurivers', () => true).filter((key) => graph.getNodeAttribute(key, 'kind') === 'paper');
    // 11 records list "pluriverse" as a keyword; 21 papers write "pluriverse" or "pluriversality" or list it.
    expect(linked.length).toBeGreaterThanOrEqual(11);
    expect(linked.length).toBeLessThanOrEqual(20);
    // Three records of "Pluriversal Politics: The Real and the Possible" (Escobar's book, reviewed thrice): the title's
    // adjective was their only tie to the noun.
    const politics = papers.filter((p) => /^Pluriversal Politics: the Real and the Possible$/i.test(p.title));
    expect(politics).toHaveLength(3);
    for (const p of politics) expect(linked).not.toContain(p.key);
    // Nor is a paper whose keyphrase is the adjective with a generic head ("A Pluriversal Model for philosophizing"):
    // "pluriversal model" does not fold into the noun, as "MoE models" folds into MoE.
    const vedantic = papers.find((p) => p.title.startsWith('Reconstructing the foundations of Vedantic Metaphysics'))!;
    expect(/pluriverse|pluriversality/i.test(`${vedantic.title} ${vedantic.abstract}`)).toBe(false);
    expect(linked).not.toContain(vedantic.key);
  });

  it('makes one concept of "decolonisation", "decolonization" and "decolonising" (two of 8 papers each before)', () => {
    const labels = graph.filterNodes((_key, a) => a.kind === 'concept').map((key) => graph.getNodeAttribute(key, 'label'));
    expect(labels).toContain('decolonisation');
    expect(labels).not.toContain('decolonising');
    const writing = papers.filter((p) => /\bdecolonising\b/i.test(`${p.title} ${p.abstract}`));
    expect(writing.length).toBeGreaterThan(0);
  });

  it('keeps "coloniality" and "colonialism" apart (one concept of 4 papers before, "colonialism" among its names)', () => {
    const concept = (label: string) => graph.findNode((_key, a) => a.kind === 'concept' && a.label === label);
    const coloniality = concept('coloniality');
    expect(coloniality).toBeDefined();
    const names = (graph.getNodeAttributes(coloniality!) as unknown as { aliases: string[] }).aliases;
    expect(names).toEqual(['colonialities']);
    // Five papers write or list "coloniality"; the papers writing only "colonialism" or "settler colonialism" are not
    // among them.
    const linked = graph.filterNeighbors(coloniality!, (_n, a) => a.kind === 'paper');
    expect(linked).toHaveLength(5);
    for (const key of linked) {
      const p = papers.find((candidate) => candidate.key === key)!;
      expect(/\bcolonialit(?:y|ies)\b/i.test(`${p.title} ${p.abstract} ${p.keywords.join('; ')}`)).toBe(true);
    }
  });

  it('reads the lone adjective "decolonial" as "decoloniality", the noun the corpus writes, not as a concept of its own', () => {
    const labels = graph.filterNodes((_key, a) => a.kind === 'concept').map((key) => graph.getNodeAttribute(key, 'label'));
    expect(labels).toContain('decoloniality');
    expect(labels).not.toContain('decolonial');
    const decoloniality = graph.findNode((_key, a) => a.kind === 'concept' && a.label === 'decoloniality')!;
    expect((graph.getNodeAttributes(decoloniality) as unknown as { paperCount: number }).paperCount).toBe(18);
  });

  it('makes no concept of what only two records of one article share (its early-access and issue records)', () => {
    // Web of Science lists "Wither the plurality of decolonising the curriculum?" twice, with DOIs
    // 10.1177/14740222221100711 and 10.1177/1474022222110071 and the same abstract: nine 2-paper concepts came of it.
    const copies = papers.filter((p) => p.title.startsWith('Wither the plurality of decolonising the curriculum'));
    expect(copies).toHaveLength(2);
    expect(copies[0].abstract).toBe(copies[1].abstract);
    const labels = graph.filterNodes((_key, a) => a.kind === 'concept').map((key) => graph.getNodeAttribute(key, 'label'));
    for (const label of ['safe spaces', 'identitarian politics', 'Oppression Olympics', 'n-word incident', 'British parody']) expect(labels).not.toContain(label);
    // Concepts the article shares with other papers stay linked to both records.
    for (const copy of copies) expect(conceptsOf(graph, copy.key)).toEqual(expect.arrayContaining(['decolonisation', 'higher education']));
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

describe('generic heads of established terms', () => {
  // Two records of the Scopus agile-software sample (../shared/samples/biblio), abstracts and author keywords as
  // exported: both list "Software development", whose head "development" is generic.
  const ARTISTS = paper(
    'Kent Beck or Pablo Picasso? Speculations of the Relationships Between Artists in Software and Painting',
    'The way software is created is somehow similar to the process of creating pieces of artwork. To consider this issue further we have considered the similarities between the software development process and painting in the quest for artistic practices that are transferable to software.',
    ['Agile methods', 'Painting', 'Software development'],
  );
  const PRODUCTIVITY = paper(
    'Productivity Model for Software Development Factories under an Agile Methodological Approach',
    'Software development companies face the challenge of generating greater value to the business of its customers, understanding and prioritizing their problems, and providing high impact solutions at reasonable costs. This objective requires the use of methodologies that improve productivity through the implementation of new development practices, innovation and motivation of its staff. The application of agile methods adopt a set of principles with the aim of generating profits as adaptation, productivity increase, and therefore improved competitiveness.',
    ['Agile Methodology', 'Productivity Model', 'Software Development'],
  );

  it('keeps a generic-headed phrase that two records list as a keyword, and folds it without them', () => {
    const labels = (papers: Paper[]) => [...extractConcepts(papers, {}, vocabulary).concepts.values()].map((c) => c.label.toLowerCase());
    expect(labels([ARTISTS, PRODUCTIVITY])).toContain('software development');
    // Without the keywords the phrase is "software" with a generic head: folded into the lone word, no concept.
    expect(labels([ARTISTS, PRODUCTIVITY].map((p) => ({ ...p, keywords: [] })))).not.toContain('software development');
  });
});

const PUBMED = sharedPath('samples/biblio/pubmed_medline_ibrutinib_cll.nbib');
describeShared(PUBMED, 'generic heads on the PubMed ibrutinib/CLL sample (no keywords)', () => {
  it('makes no concept of a modifier and "patients", however often written ("adult patients" in 5 papers, "older" 6)', async () => {
    const papers = await readPapers(PUBMED);
    const labels = [...extractConcepts(papers, {}, vocabulary).concepts.values()].map((c) => c.label.toLowerCase());
    expect(papers).toHaveLength(75);
    expect(labels.filter((label) => / patients?$/.test(label))).toEqual([]);
    expect(labels).toContain('chronic lymphocytic leukemia (cll)');
  }, 60_000);
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
