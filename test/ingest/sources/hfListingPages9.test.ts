// Ninth round: a paper's page as a crawler and a clipper saved it, one whose author names were dropped, a study plan's
// list of papers led by bold titles, a Chinese note's abstract under "# 摘要", and documents that list no paper (a report
// citing web pages, a README with a FAQ). Provenance of the real captures in test/fixtures/hf-pages-real/README.md;
// every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseListing } from '../../../ingest/sources/hfListing';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);
const linesOf = (name: string) => readFileSync(join(REAL_PAGES, name), 'utf8').split('\n');

describe("a paper's page as a crawler saved it: front matter, the page as Markdown, then the page again in a JSON block", () => {
  const { entries, warnings } = readPage('crawler-paper-page.md');

  it('gives its one paper once, with the fields of its page', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.date, entry.line])).toEqual([
      ['MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models', '2309.12284', 19, '2023-09-21', 42],
    ]);
    expect(entries[0].authors).toEqual([
      'Longhui Yu', 'Weisen Jiang', 'Han Shi', 'Jincheng Yu', 'Zhengying Liu', 'Yu Zhang', 'James T. Kwok', 'Zhenguo Li',
      'Adrian Weller', 'Weiyang Liu',
    ]);
    // The abstract is line 80 as Markdown reads it: its escaped backslashes ("(\\eg, LLaMA-2)" in the file) are single ones.
    expect(entries[0].abstract).toBe(linesOf('crawler-paper-page.md')[79].replaceAll('\\\\', '\\'));
    expect(entries[0].abstract).toContain('(\\eg, LLaMA-2)');
  });

  it('the page title "Paper page - Title" the crawler wrote above the page (twice) is that paper, not a title without an abstract', () => {
    expect(warnings.some((warning) => warning.reason.includes('Paper page'))).toBe(false);
  });
});

describe("a paper's page whose author names were links the converter dropped (21 lone commas under \"Authors:\")", () => {
  const { entries, warnings } = readPage('paper-page-names-lost.md');

  it('still gives the paper: the commas are no text between its title and its abstract', () => {
    expect(entries.map((entry) => [entry.title, entry.authors, entry.authorsCount, entry.line])).toEqual([
      ['RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture', [], null, 4],
    ]);
    expect(warnings).toEqual([]);
  });

  it('the abstract is the authors\' (after the one-sentence AI summary), its keyword links read as their text', () => {
    expect(entries[0].abstract).toMatch(/^There are two common ways in which developers are incorporating proprietary and domain-specific data/);
    expect(entries[0].abstract).toMatch(/paving the way for further applications of LLMs in other industrial domains\.$/);
    expect(entries[0].abstract).not.toContain('](');
  });
});

describe('the day a clipped paper page was published, from its front matter', () => {
  it('"published_at: 2024-06-12" is the paper\'s date, not "created: 2026-04-06" (the day of the clip)', () => {
    const { entries, warnings } = readPage('clipped-paper-page.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.year])).toEqual([
      ['Spectrum: Targeted Training on Signal to Noise Ratio', '2406.06623', '2024-06-12', 2024],
    ]);
    expect(entries[0].abstract).toMatch(/^Efficiently post-training large language models remains a challenging task/);
    expect(warnings).toEqual([]);
  });

  it('Obsidian\'s "published: 2026-05-08" too, though the comments link other papers', () => {
    const { entries } = readPage('obsidian-paper-page.md');
    expect(entries.map((entry) => [entry.ids.arxiv, entry.date])).toEqual([['2605.05242', '2026-05-08']]);
  });
});

describe('a study plan listing papers as numbered items led by their bold titles', () => {
  const { entries, warnings } = readPage('study-plan-research.md');

  it('gives its six papers (three linking arXiv, three not), with the date each item gives', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv ?? null, entry.date, entry.line])).toEqual([
      ['Double Preconditioning (DoPr): Optimization for Test-Time Performance, not Validation Loss', '2606.06418', '2026-06', 25],
      ['D4RT: Efficiently Reconstructing Dynamic Scenes One D4RT at a Time', null, '2026-06-09', 26],
      ['SAM 3D: 3Dfy Anything in Images', null, '2026-06', 27],
      ['MUSE: Resolving Manifold Misalignment in Visual Tokenization via Topological Orthogonality', '2605.05646', '2026-06', 28],
      ['LingBot-Map: Feed-forward 3D Foundation Model for Streaming Reconstruction', null, '2026-07', 29],
      ['Pixal3D: Pixel-Aligned 3D Generation from Images', '2605.10922', '2026-05', 30],
    ]);
  });

  it('names after the dash are the authors and the bracket after them the organisation; an organisation alone is no author', () => {
    expect(entries.map((entry) => [entry.authors, entry.authorsCount, entry.organisation])).toEqual([
      [['Francisco Patitucci', 'Aryan Mokhtari'], 2, 'UT Austin'],
      [['Zhang', 'Le Moing', 'Koppula'], null, 'Google DeepMind, UCL, Oxford'],
      [[], null, null],
      [[], null, null],
      [[], null, null],
      [[], null, null],
    ]);
  });

  it('the plan\'s notes are no abstracts; its resources (a course, a repository) and its numbered questions are no papers', () => {
    expect(entries.every((entry) => entry.abstract === '')).toBe(true);
    expect(entries.some((entry) => /Udemy|adensur|ERM|cross-entropy/.test(entry.title))).toBe(false);
    // Its sections are reported: those over a paragraph as naming no paper, "Supplementary resources" (over a list) as a
    // heading without an abstract.
    expect(warnings.filter((warning) => /names no paper/.test(warning.reason)).map((warning) => warning.line)).toEqual([1, 13, 21]);
    expect(warnings.filter((warning) => /has no abstract/.test(warning.reason)).map((warning) => warning.line)).toEqual([5]);
  });
});

describe('a digest written as HTML cards inside Markdown (the title an HTML link, the date after an icon)', () => {
  const { entries, warnings } = readPage('digest-html-cards.md');

  it('gives its three papers with their arXiv ids (no version), dates and abstracts', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['Tracing Multilingual Representations in LLMs with Cross-Layer Transcoders', '2511.10840', '2026-01-30', 15],
      ['LightRetriever: A LLM-based Text Retrieval Architecture with Extremely Faster Query Inference', '2505.12260', '2026-01-30', 25],
      ['Breaking the Exploration Bottleneck: Rubric-Scaffolded Reinforcement Learning for General LLM Reasoning', '2508.16949', '2026-01-30', 35],
    ]);
    expect(entries[1].abstract).toMatch(/^Large Language Models \(LLMs\)-based text retrieval retrieves documents relevant to search queries/);
    expect(entries[1].abstract).toMatch(/maintaining an average of 95% retrieval performance\.$/);
  });

  it('the comment line ("| 💬 Accepted by ICLR 2026") and the navigation are no papers', () => {
    expect(entries.some((entry) => /💬|Part \d|Navigation/.test(entry.title))).toBe(false);
    expect(warnings.map((warning) => warning.line)).toEqual([1, 3]);
  });
});

describe('a Korean briefing heading each paper with its own headline and linking it under its original title', () => {
  const { entries, warnings } = readPage('ko-briefing-links.md');

  it('gives the three papers under their own titles (the "→ 원문" links\' text), with their arXiv ids', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Program-as-Weights: A Programming Paradigm for Fuzzy Functions', '2607.02512', 14],
      ['AgenticSTS: A Bounded-Memory Testbed for Long-Horizon LLM Agents', '2607.02255', 19],
      ['EvoPolicyGym: Evaluating Autonomous Policy Evolution in Interactive Environments', '2607.02440', 24],
    ]);
  });

  it('the Korean notes are the briefing\'s words, no abstracts of English titles', () => {
    expect(entries.every((entry) => entry.abstract === '')).toBe(true);
  });

  it('items linking web pages and no paper (a model release, a product, a repository) and the summary are no papers', () => {
    expect(warnings.filter((warning) => /links web pages but no paper/.test(warning.reason)).map((warning) => warning.line)).toEqual([29, 34, 39]);
    expect(warnings.filter((warning) => /names no paper/.test(warning.reason)).map((warning) => warning.line)).toEqual([10]);
  });
});

describe('a digest writing each paper\'s fields with their names in bold, one a line', () => {
  const { entries, warnings } = readPage('digest-labelled-fields.md');

  it('gives its four papers with their ids and upvotes (the fields each a line of its own, not one wrapped paragraph)', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.line])).toEqual([
      ['AgentDoG 1.5: A Lightweight and Scalable Alignment Framework for AI Agent Safety and Security', '2605.29801', 127, 14],
      ['OmniRetrieval: Unified Retrieval across Heterogeneous Knowledge Sources', '2605.29250', 65, 26],
      ['YoCausal: How Far is Video Generation from World Model? A Causality Perspective', '2605.30346', 41, 38],
      ['Is Position Bias in Dense Retrievers Built In — or Learned from Data?', '2605.26578', 13, 50],
    ]);
    expect(warnings).toEqual([]);
  });

  it('"… Guanxu Chen et al." gives the names shown and no count; a full list gives its count', () => {
    expect(entries.map((entry) => [entry.authors.length, entry.authorsCount])).toEqual([[5, null], [5, null], [6, 6], [3, 3]]);
    expect(entries[0].authors.at(-1)).toBe('Guanxu Chen');
  });

  it('the "**Summary:**" paragraph is the abstract; "**Why trending:**" is the digest\'s note', () => {
    expect(entries[3].abstract).toMatch(/^This paper studies how training-data positional distribution — not just architecture — drives retrieval-level position bias/);
    expect(entries[3].abstract).toMatch(/identifying training data curation as the primary controllable lever\.$/);
    expect(entries.some((entry) => /trending|Why/.test(entry.abstract))).toBe(false);
  });
});

describe('a digest of a subreddit\'s posts in the shape of a paper digest', () => {
  it('gives no paper: every title links a post on one site that serves none, and no entry links a paper', () => {
    const { format, entries, warnings } = readPage('reddit-digest.md');
    expect(format).toBe('hf-listing');
    expect(entries).toEqual([]);
    expect(warnings.map((warning) => [warning.line, warning.reason.slice(0, 57)])).toEqual([
      [9, 'no paper on this page: its 3 entries are posts of reddit.'],
    ]);
  });

  it('a list of papers whose titles all link one venue\'s pages is still papers', () => {
    const card = (n: number) => [`## ${n}. [Paper Number ${n} on Retrieval](https://aclanthology.org/2024.acl-long.${n}/)`, '',
      `**Authors:** Ann Lee, Bo Chen`, '', `**Summary:** We study retrieval in large language models and show that a simple method improves accuracy on four benchmarks while using fewer parameters.`, ''];
    const { entries } = parseListing(['# ACL 2024 reading list', '', ...card(1), ...card(2)].join('\n'), 'acl.md');
    expect(entries.map((entry) => entry.title)).toEqual(['Paper Number 1 on Retrieval', 'Paper Number 2 on Retrieval']);
  });
});

describe('a note about one paper giving its fields as a table of one record ("| Field | Value |")', () => {
  const { entries } = readPage('paper-note-fields-table.md');

  it('gives the paper under the note\'s heading, with the id, date, authors and affiliations of its field rows', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.authorsCount, entry.organisation, entry.line])).toEqual([
      ['SkillOpt: Executive Strategy for Self-Evolving Agent Skills', '2605.23904', '2026-05-22', 15,
        'Microsoft, Shanghai Jiao Tong University, Tongji University, Fudan University', 1],
    ]);
    expect([entries[0].authors[0], entries[0].authors.at(-1)]).toEqual(['Yifan Yang', 'Chong Luo']);
  });

  it('the TL;DR is its abstract; no field row ("arXiv:2605.23904", "Link") is a paper', () => {
    expect(entries[0].abstract).toMatch(/^SkillOpt introduces the first systematic, controllable text-space optimizer for agent skills/);
    expect(entries[0].abstract).toMatch(/without modifying model weights\.$/);
  });

  it('the datasets and prior work it links (four on arXiv, among Google Scholar searches) are not papers of the note', () => {
    expect(entries.map((entry) => entry.ids.arxiv)).toEqual(['2605.23904']);
  });
});

describe('a literature list of numbered references ("- **[29]** *Title* — [arXiv:2310.08537](…). note")', () => {
  const { entries, warnings } = readPage('literature-references.md');

  it('no section heading takes a reference as its abstract and the reference\'s id as its own', () => {
    expect(entries).toEqual([]);
  });

  it('the bold entry numbers are text, not a text browser\'s link markers; each reference is reported at its line', () => {
    const references = warnings.filter((warning) => /^title "\[\d+\] /.test(warning.reason));
    expect(references.map((warning) => warning.line)).toEqual([7, 8, 9, 10, 11, 15, 16, 20]);
    expect(references[0].reason).toMatch(/^title "\[29\] Saliency-Bench: A Comprehensive Benchmark for Evaluating Visual Explanations — arXiv:2310\.08537\./);
  });
});

describe('a wiki note about one paper: "# Title", its id written after the word in a field, "## TL;DR"', () => {
  const { entries } = readPage('paper-note-wiki.md');

  it('gives the paper under the note\'s heading, with the id of "**Source:** … · arxiv 2605.29801" and the TL;DR as abstract', () => {
    // The date is the day of the HF listing the source field names beside the id ("HuggingFace Daily Papers (2026-05-30)").
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['AgentDoG 1.5: Lightweight Agent Safety Alignment Framework', '2605.29801', '2026-05-30', 1],
    ]);
    expect(entries[0].abstract).toMatch(/^AgentDoG 1\.5 is a lightweight, scalable safety alignment framework for open-world agent execution/);
    expect(entries[0].abstract).toMatch(/All models and datasets are released\.$/);
  });
});

describe('a note naming its paper in a "**Paper:**" field under a heading of its own', () => {
  const { entries, warnings } = readPage('paper-note-breakdown.md');

  it('gives the paper under the field\'s title with the bare id of "**arXiv:** 2607.04439"; the note\'s heading is no paper', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['ResearchStudio-Idea: An Evidence-Grounded Research-Ideation Skill Suite from ML Conference Outcomes', '2607.04439', 3],
    ]);
    expect(warnings.filter((warning) => /names no paper/.test(warning.reason)).map((warning) => warning.line)).toEqual([9, 15]);
  });

  it('a "**Paper:**" field holding only the id ("[arXiv:2605.23904](…)") is the id, not a title', () => {
    const { entries } = parseListing(['# A Note', '', '**Paper:** [arXiv:2605.23904](https://arxiv.org/abs/2605.23904)', ''].join('\n'), 'note.md');
    expect(entries.some((entry) => /arXiv:/.test(entry.title))).toBe(false);
  });
});

describe('code in fenced blocks', () => {
  const paragraph = 'We study retrieval in large language models and show that a simple method improves accuracy on four benchmarks while using fewer parameters.';

  it('a block tagged with a language (```mermaid, ```python) is code: none of its lines is a title, an abstract or a section', () => {
    const text = ['# A Paper Title', '', paragraph, '', '```mermaid', 'flowchart LR', '  R["Reward model frozen backbone and its long label that reads as a sentence of twelve words or more."] --> S', '```', '',
      '```python', 'print("Every line of this code block would otherwise read as a paragraph of the page, which it is not.")', '```', ''].join('\n');
    const { entries, warnings } = parseListing(text, 'note.md');
    expect(entries.map((entry) => entry.title)).toEqual(['A Paper Title']);
    expect(warnings).toEqual([]);
  });

  it('a block tagged as text (```text, ```txt: a capture fencing the page it saved) is read as the page', () => {
    const text = ['```text', '# A Paper Title', '', paragraph, '```', ''].join('\n');
    expect(parseListing(text, 'capture.md').entries.map((entry) => [entry.title, entry.line])).toEqual([['A Paper Title', 2]]);
  });
});

describe('a Chinese note with the abstract under "# 摘要" (its translation, then the original)', () => {
  const { entries } = readPage('note-zh-dated.md');

  it('gives the paper under its original title, with the original abstract and its arXiv id', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Entropy-guided sequence weighting for efficient exploration in RL-based LLM fine-tuning', '2503.22456', 7],
    ]);
    expect(entries[0].abstract).toMatch(/^We introduce Entropy-Guided Sequence Weighting \(EGSW\), a novel approach/);
    expect(entries[0].abstract).toMatch(/Future work will explore the application of EGSW to advanced RL methodologies\.$/);
  });

  it('a note with only the translation under the label gives it as the abstract', () => {
    const text = ['# Entropy-guided sequence weighting', '', '# 摘要', '',
      '> 我们提出了一种创新方法——熵引导序列加权（EGSW），该方法通过动态分配权重来优化探索与利用的平衡，特别适用于基于强化学习的大型语言模型微调。', '',
      '[Arxiv](https://arxiv.org/abs/2503.22456)', ''].join('\n');
    const { entries } = parseListing(text, 'note.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.abstract.slice(0, 8)])).toEqual([
      ['Entropy-guided sequence weighting', '2503.22456', '我们提出了一种创'],
    ]);
  });
});

describe('documents that list no paper give none, in one warning', () => {
  it('a report whose references are web pages, three of 77 papers cut to a search engine\'s snippet: no paper', () => {
    const { format, entries, warnings } = readPage('report-web-sources.md');
    expect(format).toBe('hf-listing');
    expect(entries).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(1);
    expect(warnings[0].reason).toMatch(/^no paper on this page: .* \(it cites its sources as a list of web pages/);
  });

  it('a README with setup instructions and a FAQ: no paper (its sections run on with instructions)', () => {
    const { format, entries, warnings } = readPage('readme-faq.md');
    expect(format).toBe('hf-listing');
    expect(entries).toEqual([]);
    expect(warnings.map((warning) => [warning.line, warning.reason.slice(0, 57)])).toEqual([
      [1, 'no paper on this page: its 4 headings over paragraphs are'],
    ]);
  });

  it('a FAQ (questions over their answers): no paper', () => {
    const answer = (topic: string) =>
      `You can ${topic} from the settings page of your account, and the change is shown to everyone who visits your profile within a few minutes.`;
    const text = ['# Frequently asked questions', '', '## How do I change my name?', '', answer('change your name'), '',
      '## Can I hide my papers?', '', answer('hide your papers'), '', '## Where is my avatar shown?', '', answer('replace your avatar'), ''].join('\n');
    const { entries, warnings } = parseListing(text, 'faq.md');
    expect(entries).toEqual([]);
    expect(warnings.map((warning) => warning.reason)).toEqual([expect.stringMatching(/^no paper on this page: its 3 headings over paragraphs .* most are questions/)]);
  });

  it('a list of papers whose titles are questions now and then still gives every paper', () => {
    const abstract = (topic: string) =>
      `We study ${topic} in large language models and show that a simple method improves accuracy on four benchmarks while using fewer parameters than the baselines.`;
    const text = ['## Where does output diversity collapse in post-training?', '', abstract('diversity'), '', '## Paper Two', '', abstract('routing'), '',
      '## Paper Three', '', abstract('agents'), ''].join('\n');
    expect(parseListing(text, 'list.md').entries.map((entry) => entry.title)).toEqual([
      'Where does output diversity collapse in post-training?', 'Paper Two', 'Paper Three',
    ]);
  });
});
