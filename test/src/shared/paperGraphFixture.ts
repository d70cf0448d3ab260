// A small, realistic paper graph built from the shared model: three topics, one concept every paper has, a few bridges.
import { createPaperGraph, edgeKey, nodeKey, paperKey, slugify, type PaperGraph } from '../../../src/shared';

export const TOPICS = {
  moe: ['mixture of experts', 'load balancing', 'expert routing'],
  rl: ['reinforcement learning', 'reward model', 'policy optimization'],
  diffusion: ['diffusion', 'video generation', 'denoising'],
} as const;

const PAPERS: { title: string; topic: keyof typeof TOPICS; extra?: string[]; method?: string }[] = [
  { title: 'Glider: Global and Local Instruction-Driven Expert Router', topic: 'moe', extra: ['reinforcement learning'] },
  { title: 'Sparse Upcycling of Dense Checkpoints', topic: 'moe', method: 'MoE-LLaVA' },
  { title: 'Balanced Routing for Fine-grained Experts', topic: 'moe' },
  { title: 'Expert Choice Routing at Scale', topic: 'moe', extra: ['reward model'] },
  { title: 'Auxiliary-loss-free Load Balancing', topic: 'moe' },
  { title: 'Shared Experts for Multilingual Models', topic: 'moe' },
  { title: 'Group Relative Policy Optimization Revisited', topic: 'rl' },
  { title: 'Process Reward Models for Math', topic: 'rl', extra: ['mixture of experts'] },
  { title: 'Offline RL from Human Preferences', topic: 'rl' },
  { title: 'Scaling Test-time Compute with Verifiers', topic: 'rl' },
  { title: 'Reward Hacking in Long Horizons', topic: 'rl' },
  { title: 'Curriculum Policy Learning for Agents', topic: 'rl' },
  { title: 'Latent Video Diffusion Transformers', topic: 'diffusion' },
  { title: 'Consistency Models for Fast Sampling', topic: 'diffusion' },
  { title: 'Temporal Denoising for Long Videos', topic: 'diffusion' },
  { title: 'Text-to-Video with Motion Priors', topic: 'diffusion' },
  { title: 'Flow Matching for Image Generation', topic: 'diffusion' },
  { title: 'Camera-controlled Video Generation', topic: 'diffusion', extra: ['reinforcement learning'] },
];

function link(graph: PaperGraph, paper: string, kind: 'concept' | 'method', label: string): void {
  const key = nodeKey(kind, slugify(label));
  if (!graph.hasNode(key)) {
    graph.addNode(
      key,
      kind === 'concept'
        ? { kind, label, aliases: [], acronym: null, paperCount: 0 }
        : { kind, label, aliases: [], origin: 'known', paperCount: 0 },
    );
  }
  const term = graph.getNodeAttributes(key) as { paperCount: number };
  term.paperCount += 1;
  const edgeKind = kind === 'concept' ? 'has-concept' : 'uses-method';
  graph.addEdgeWithKey(edgeKey(edgeKind, paper, key), paper, key, { kind: edgeKind, weight: 1 });
}

export function buildTopicGraph(): PaperGraph {
  const graph = createPaperGraph({ sources: ['fixture.txt'] });
  PAPERS.forEach((paper, index) => {
    const key = paperKey(paper.title);
    graph.addNode(key, {
      kind: 'paper',
      label: paper.title.split(':')[0],
      title: paper.title,
      abstract: `We study ${TOPICS[paper.topic].join(', ')}.`,
      authorsCount: index % 4 === 0 ? null : 3 + index,
      date: index % 5 === 0 ? '--07-15' : `2025-07-${String(10 + index).padStart(2, '0')}`,
      year: index % 5 === 0 ? null : 2025,
      organisation: index % 3 === 0 ? null : 'Lab, "Quoted" & Co.',
      upvotes: index * 7,
      sources: ['fixture.txt'],
      keyphrases: [...TOPICS[paper.topic]],
    });
    for (const concept of TOPICS[paper.topic]) link(graph, key, 'concept', concept);
    // Every paper names the generic concept: it is the most frequent and must not name any cluster.
    link(graph, key, 'concept', 'large language model');
    for (const concept of paper.extra ?? []) link(graph, key, 'concept', concept);
    if (paper.method) link(graph, key, 'method', paper.method);
  });
  return graph;
}

export function gliderKey(): string {
  return paperKey(PAPERS[0].title);
}
