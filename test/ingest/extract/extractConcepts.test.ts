// Extraction on literal abstracts and on the whole seed corpus: concepts, acronyms, methods, domains, mentions.
import { emptyBibFields } from '../../../src/shared/record';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult, Paper } from '../../../ingest/types';
import { extractConcepts, introducedName, rankKeyphrases } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { collectIntroducedMethods } from '../../../ingest/extract/methods';
import { splitSentences, tokenize } from '../../../ingest/extract/text';
import { mergeDuplicatePapers, readSources } from '../../../ingest/sources';
import type { Vocabulary } from '../../../ingest/extract';

function paper(title: string, abstract: string): Paper {
  const key = `paper:${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return { ...emptyBibFields(), provenance: {}, key, title, abstract, authorsCount: null, date: null, year: null, organisation: null, upvotes: null, sources: ['t.txt'] };
}

// Abstract openings copied from the seed listings (data/seeds/).
const GLIDER = paper(
  'Glider: Global and Local Instruction-Driven Expert Router',
  'The availability of performant pre-trained models has led to a proliferation of fine-tuned expert models that are specialized to particular domains. To address this, we propose, Global and Local Instruction Driven Expert Router (GLIDER) that integrates a multi-scale routing mechanism, encompassing a semantic global router and a learned local router.',
);
const LOCMOE = paper(
  'LocMoE: A Low-overhead MoE for Large Language Model Training',
  'The Mixtures-of-Experts (MoE) model is a widespread distributed and integrated learning method for large language models (LLM), which is favored due to its ability to sparsify and expand models efficiently. However, the performance of MoE is limited by load imbalance and high latency of All-to-All communication.',
);
const HYPER = paper(
  'HyperRouter: Towards Efficient Training and Inference of Sparse Mixture of Experts',
  'By routing input tokens to only a few split experts, Sparse Mixture-of-Experts has enabled efficient training of large language models. Recent findings suggest that fixing the routers can achieve competitive performance by alleviating the collapsing problem, where all experts eventually learn similar representations. Unlike LocMoE, our router is dynamic.',
);
const DYNMOLE = paper(
  'DynMoLE: Boosting Mixture of LoRA Experts Fine-Tuning with a Hybrid Routing Mechanism',
  'Instruction-based fine-tuning of large language models (LLMs) has achieved remarkable success. Parameter-efficient fine-tuning (PEFT) methods such as Low-Rank Adaptation (LoRA) reduce cost, and mixtures of experts with LoRA adapters balance the load. We evaluate LoRA-based routing with a load balancing loss on commonsense reasoning benchmarks.',
);

describe('extractConcepts on literal seed abstracts', () => {
  const result = extractConcepts([GLIDER, LOCMOE, HYPER, DYNMOLE]);

  it('merges "Mixtures-of-Experts (MoE)", "mixtures of experts" and bare MoE into one concept labelled with both', () => {
    const ranked = rankKeyphrases(
      [LOCMOE, DYNMOLE].map((p) => ({ id: p.key, title: p.title, abstract: p.abstract })),
      // Every candidate, including those inside a better-ranked longer phrase.
      { topN: 40, nested: 'keep' },
    );
    for (const p of [LOCMOE, DYNMOLE]) {
      const moe = ranked.get(p.key)!.find((k) => k.key === 'concept:mixtur of expert');
      expect(moe?.label).toBe('Mixtures of Experts (MoE)');
      expect(moe?.phrase).toBe('Mixtures of Experts');
    }
    // "a Low-overhead MoE": the bare acronym inside a phrase stands for its expansion.
    expect(ranked.get(LOCMOE.key)!.map((k) => k.key)).toContain('concept:low overhead mixtur of expert');
  });

  it('labels an acronym concept with its expansion', () => {
    const all = result.papers.flatMap((p) => p.keyphrases.map((k) => k.label));
    expect(all).toContain('Parameter-efficient fine-tuning (PEFT)');
    expect(all).toContain('large language models (LLM)');
  });

  it('finds the method a title introduces and a mention of it elsewhere', () => {
    expect(result.methods.get('method:locmoe')).toMatchObject({ origin: 'introduced', introducedBy: LOCMOE.key });
    const hyper = result.papers.find((p) => p.paperKey === HYPER.key)!;
    expect(hyper.mentions).toEqual([{ paperKey: LOCMOE.key, method: 'method:locmoe' }]);
  });

  it('keeps a method no other paper names on its paper, unless all methods are asked for', () => {
    expect(result.methods.has('method:glider')).toBe(false);
    expect(result.papers.find((p) => p.paperKey === GLIDER.key)!.introducedMethods).toEqual(['Glider']);
    const all = extractConcepts([GLIDER, LOCMOE, HYPER, DYNMOLE], { allMethods: true });
    expect(all.methods.get('method:glider')).toMatchObject({ origin: 'introduced', introducedBy: GLIDER.key });
    expect(all.methods.get('method:glider')!.aliases).toContain('GLIDER');
    expect(all.papers.find((p) => p.paperKey === GLIDER.key)!.introducedMethods).toBeUndefined();
  });

  it('keeps every paper ranked keyphrases without filler words', () => {
    for (const p of result.papers) {
      expect(p.keyphrases.length).toBeGreaterThan(3);
      for (const k of p.keyphrases) expect(k.label).not.toMatch(/(^|\s)(propose|paper|novel|based|significantly)\b/i);
    }
    // "adapters balance the load": the verb is not swallowed into a phrase.
    const dynmole = result.papers.find((p) => p.paperKey === DYNMOLE.key)!.keyphrases.map((k) => k.label);
    expect(dynmole).toContain('LoRA adapters');
    expect(dynmole.some((label) => /balance$/.test(label))).toBe(false);
  });
});

describe('introducedName', () => {
  it('takes a coined name before the colon and rejects descriptive prefixes', () => {
    expect(introducedName(GLIDER.title, GLIDER.abstract)).toBe('Glider'); // the abstract writes it "GLIDER"
    expect(introducedName('Router-R1: Teaching LLMs Multi-Round Routing')).toBe('Router-R1');
    expect(introducedName('Yuan 2.0-M32: Mixture of Experts with Attention Router')).toBe('Yuan 2.0-M32');
    expect(introducedName('AI Flow: Perspectives, Scenarios, and Approaches')).toBe('AI Flow');
    expect(introducedName('Mixture of Experts: A Survey')).toBeNull();
    expect(introducedName('Soft Merging of Experts with Adaptive Routing')).toBeNull();
  });

  it('rejects prefixes that do not look like names (real titles)', () => {
    // A plain word is a name only when the abstract writes it as one.
    expect(introducedName('Design: One, but in different forms', 'We argue that design takes one form.')).toBeNull();
    expect(introducedName('Glider: Global and Local Instruction-Driven Expert Router', 'A glider routes.')).toBeNull();
    // The same from the abstract's tokens, as extraction reads them from the corpus' token store.
    for (const abstract of ['A glider routes.', 'We route. Then Glider routes; it is GLIDER.']) {
      const papers = [{ key: 'p', title: 'Glider: Global and Local Instruction-Driven Expert Router', abstract }];
      expect(collectIntroducedMethods(papers, () => splitSentences(tokenize(abstract)))).toEqual(collectIntroducedMethods(papers));
    }
    expect(introducedName('Introducing OPTO: Optimization with Trace Oracles')).toBeNull();
    expect(introducedName('IDF revisited: A simple new derivation within the Robertson-Spärck Jones model')).toBeNull();
    expect(introducedName('Random-Shift Revisited: Tight Approximations for Tree Embeddings')).toBeNull();
    expect(introducedName('Operationalizing AI: Empirical Evidence on MLOps Practices')).toBeNull();
    expect(introducedName('Culturally-Aware Conversations: A Framework & Benchmark for LLMs')).toBeNull();
    expect(introducedName('Towards Dynamic Quadrupedal Gaits: A Symmetry-Guided RL Hierarchy')).toBeNull();
    expect(introducedName('Part II: Robust Methods')).toBeNull();
    expect(introducedName('Phys2Real: Fusing VLM Priors with Interactive Online Adaptation')).toBe('Phys2Real');
    expect(introducedName('CodePlot-CoT: Mathematical Visual Reasoning by Thinking with Code-Driven Images')).toBe('CodePlot-CoT');
  });
});

describe('rankKeyphrases', () => {
  it('ranks a title term above incidental words, keyed by document id', () => {
    const ranked = rankKeyphrases([
      { id: 'a', title: LOCMOE.title, abstract: LOCMOE.abstract },
      { id: 'b', title: GLIDER.title, abstract: GLIDER.abstract },
    ]);
    expect([...ranked.keys()]).toEqual(['a', 'b']);
    const glider = ranked.get('b')!.map((k) => k.phrase.toLowerCase());
    expect(glider.slice(0, 5).some((p) => p.includes('router'))).toBe(true);
    expect(ranked.get('a')!.every((k, i, all) => i === 0 || all[i - 1].score >= k.score)).toBe(true);
  });
});

describe('extractConcepts on the whole seed corpus', () => {
  let papers: Paper[];
  let vocabulary: Vocabulary;
  let result: ExtractionResult;
  beforeAll(async () => {
    const read = await readSources(['data/seeds']);
    papers = mergeDuplicatePapers(read.entries).papers;
    vocabulary = await loadVocabulary();
    result = extractConcepts(papers, {}, vocabulary);
  });

  it('gives every paper keyphrases and shared concepts a researcher would recognise', () => {
    expect(result.papers).toHaveLength(papers.length);
    expect(result.papers.every((p) => p.keyphrases.length > 0)).toBe(true);
    const labels = [...result.concepts.values()].map((c) => c.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['large language models (llm)', 'llm routers', 'vehicle routing problem (vrp)']));
    for (const label of labels) {
      expect(label).not.toMatch(/^(based|et al|experts with|results|approach|propose\w*)$/);
      expect(label).not.toMatch(/\b(et al|we|our|propose|proposed|novel)\b/);
    }
  });

  it('counts each concept in at least two papers', () => {
    const counts = new Map<string, number>();
    for (const p of result.papers) for (const k of p.keyphrases) counts.set(k.key, (counts.get(k.key) ?? 0) + 1);
    for (const key of result.concepts.keys()) expect(counts.get(key)).toBeGreaterThanOrEqual(2);
  });

  it('attaches known methods and introduced systems, and finds mentions between papers', () => {
    const moe = result.methods.get('method:mixture-of-experts');
    expect(moe?.origin).toBe('known');
    // Only systems another paper names are nodes; the rest (Glider, DynMoLE, ...) stay on their paper.
    const introduced = [...result.methods.values()].filter((m) => m.origin === 'introduced').map((m) => m.label);
    expect(introduced).toEqual(expect.arrayContaining(['AI Flow', 'Chain-of-Experts']));
    const kept = result.papers.flatMap((p) => p.introducedMethods ?? []);
    expect(kept).toEqual(expect.arrayContaining(['Glider', 'DynMoLE', 'ExpertFlow']));
    expect(kept.length).toBeGreaterThan(60);
    for (const name of kept) expect(introduced).not.toContain(name);
    const mentions = result.papers.flatMap((p) => p.mentions);
    for (const m of mentions) expect(result.methods.get(m.method)?.introducedBy).toBe(m.paperKey);
  });

  it('places a listing paper (no categories) in a domain only on clear text evidence, and says which words', () => {
    const placed = result.papers.filter((p) => p.domains.length > 0);
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      expect(p.domains.length).toBeLessThanOrEqual(3);
      for (const d of p.domains) expect(d.evidence).toMatch(/^(text: \S.*|keyphrase “.+”)$/);
    }
    // Text evidence is words of the paper: each listed word occurs in its title or abstract.
    for (const p of placed) {
      const paper = papers.find((q) => q.key === p.paperKey)!;
      const text = `${paper.title} ${paper.abstract}`.toLowerCase();
      for (const d of p.domains.filter((d) => d.evidence.startsWith('text: '))) {
        // A group-level domain names the categories it could not tell apart after the words: "(between cs.CL, cs.AI)".
        const words = d.evidence
          .replace(/^text: /, '')
          .replace(/ \(between [\w.-]+(?:, [\w.-]+)*\)$/, '')
          .split(', ')
          .flatMap((t) => t.split(' '));
        for (const word of words) expect(text).toContain(word.slice(0, 4));
      }
    }
  });

  it('is deterministic', () => {
    const again = extractConcepts(papers, {}, vocabulary);
    expect(JSON.stringify(again.papers)).toBe(JSON.stringify(result.papers));
    expect([...again.concepts.keys()]).toEqual([...result.concepts.keys()]);
  });

  it('shows a known method once: no concept restates it, and papers that named it link to the method', () => {
    const labels = [...result.concepts.values()].map((c) => c.label);
    for (const label of ['Mixture of Experts', 'Low-Rank Adaptation', 'Graph Neural Networks', 'reinforcement learning']) {
      expect(labels.some((l) => l.toLowerCase().startsWith(label.toLowerCase()))).toBe(false);
    }
    expect(labels.filter((l) => /\((MoE|LoRA|GNN|RL)\)$/.test(l))).toEqual([]);
    const moePapers = result.papers.filter((p) => p.methods.some((m) => m.key === 'method:mixture-of-experts'));
    expect(moePapers.length).toBeGreaterThan(30);
    const loraPapers = result.papers.filter((p) => p.keyphrases.some((k) => /LoRA/.test(k.label)));
    expect(loraPapers.length).toBeGreaterThan(0);
    for (const p of loraPapers) expect(p.methods.map((m) => m.key)).toContain('method:lora');
  });

  it('has no lone everyday words or generic-headed variants of another node as concepts', () => {
    const labels = [...result.concepts.values()].map((c) => c.label);
    const everyday = ['experts', 'graph', 'laws', 'cities', 'tickets', 'users', 'queries', 'search', 'planning', 'survey',
      'generalization', 'agents'];
    for (const word of everyday) expect(labels).not.toContain(word);
    // A lone word beside a more specific concept with that head is its vaguer duplicate.
    expect(labels).toContain('LLM routers');
    expect(labels).not.toContain('routers');
    expect(labels.filter((l) => /^MoE (models|architectures|layer|paradigm|implementations)$/i.test(l))).toEqual([]);
    expect(labels.filter((l) => /^(LLM|AI) (models|capabilities)$/i.test(l))).toEqual([]);
    // Tagger fragments of a longer name ("Monte Carlo Tree Search" with "Search" read as a verb) are gone too.
    expect(labels).not.toContain('monte carlo tree');
    expect(labels).not.toContain('LoRA adapters balance');
    expect(labels).not.toContain('sparsify');
  });
});
