// Fifth round of real Hugging Face pages saved by tools the earlier rounds had not met (provenance in
// test/fixtures/hf-pages-real/README.md): a Jekyll digest whose cards link to the day's list, a Chinese weekly digest
// with a field row under each heading, a paper's page copied from the browser, one printed to PDF and converted back
// to text, and one saved as structured text. Every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseListing } from '../../../ingest/sources/hfListing';
import { readPageText } from '../../../ingest/sources/pageText';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const REAL_JSON = join(__dirname, '../../fixtures/hf-json-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);

describe('a daily digest whose headings are papers and whose first link is the day\'s list', () => {
  const { format, entries, warnings } = readPage('daily-read-links.md');

  it('reads the 6 papers kept, each with the id its "Read the paper" button links to; the link to /papers/date/… is no paper', () => {
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv])).toEqual([
      ['Elucidating the SNR-t Bias of Diffusion Probabilistic Models', '2604.16044'],
      ['Maximal Brain Damage Without Data or Optimization: Disrupting Neural Networks via Sign-Bit Flips', '2502.07408'],
      ['PersonaVLM: Long-Term Personalized Multimodal LLMs', '2604.13074'],
      ['(1D) Ordered Tokens Enable Efficient Test-Time Search', '2604.15453'],
      ['Where does output diversity collapse in post-training?', '2604.16027'],
      [
        'QuantCode-Bench: A Benchmark for Evaluating the Ability of Large Language Models to Generate Executable Algorithmic Trading Strategies',
        '2604.15151',
      ],
    ]);
    expect(entries.map((entry) => entry.line)).toEqual([14, 20, 26, 32, 38, 44]);
    expect(entries.every((entry) => entry.url === `https://huggingface.co/papers/${entry.ids.arxiv}`)).toBe(true);
  });

  it('the Chinese notes are no abstracts; the page says its papers come without one', () => {
    expect(entries.every((entry) => entry.abstract === '')).toBe(true);
    expect(warnings.map((warning) => warning.reason)).toContain('6 papers shown without an abstract on this page; kept with title and metadata only');
  });
});

describe('a weekly digest with a row of fields under each paper\'s heading ("👍 268 · 🏛 Org · [arXiv](…) · [GitHub](…)")', () => {
  const { entries } = readPage('weekly-zh.md');

  it('the two papers written out are read with their upvotes, organisation and arXiv id; the table of contents links into the page and adds none', () => {
    expect(entries.map((entry) => [entry.title, entry.upvotes, entry.ids.arxiv, entry.organisation, entry.line])).toEqual([
      ['Metis: Memory Foundation Model', 268, '2607.26760', 'MemTensor（上海） / 中国人民大学 / 新加坡国立大学 / 上海交通大学', 21],
      [
        'Progress Reward Modeling for Robotic Learning: A Comprehensive Survey', 192, '2607.21655',
        '美国西北大学 / 卡内基梅隆大学 / 威斯康星大学麦迪逊分校 / 加州大学圣塔芭芭拉分校', 47,
      ],
    ]);
    // The notes under "### 问题与动机" and the other sub-headings are the digest's, not the papers' abstracts.
    expect(entries.every((entry) => entry.abstract === '' && entry.authors.length === 0)).toBe(true);
  });

  it('a heading over a lone link a blank line below, or over a row without a field, is no paper', () => {
    const lone = parseListing('## Links\n\n[arXiv](https://arxiv.org/abs/2607.26760)\n\n## Notes\n[arXiv](https://arxiv.org/abs/2607.21655) · [GitHub](https://github.com/x/y)\n', 'lone.md');
    expect(lone.entries).toEqual([]);
  });
});

describe("a paper's page copied from the browser (one UI string a line, no links)", () => {
  const { entries, warnings } = readPage('paper-page-copy.txt');

  it('gives its one paper: the authors\' abstract, not the unlabelled one-sentence summary above it', () => {
    expect(entries).toHaveLength(1);
    const [paper] = entries;
    expect(paper.title).toBe('Agentic Context Engineering: Evolving Contexts for Self-Improving Language Models');
    expect(paper.abstract).toMatch(/^Large language model \(LLM\) applications such as agents and domain-specific reasoning increasingly rely on context adaptation/);
    expect(paper.abstract).toMatch(/enable scalable, efficient, and self-improving LLM systems with low overhead\.$/);
    // Whole: the file's line 39, every character of it.
    expect(paper.abstract).toBe(readFileSync(join(REAL_PAGES, 'paper-page-copy.txt'), 'utf8').split('\n')[38]);
    expect(paper.authorsCount).toBe(13);
    expect(paper.authors.slice(0, 2)).toEqual(['Qizheng Zhang', 'Changran Hu']);
    expect(paper.authors.at(-1)).toBe('Kunle Olukotun');
    // "Published on Oct 6" (no year on the page), not the submission's "on Oct 7".
    expect(paper.date).toBe('--10-06');
    expect(paper.line).toBe(2);
  });

  it('the arXiv id comes from the "Cite arxiv.org/abs/… to link it from this page" lines of its tail', () => {
    expect(entries[0].ids.arxiv).toBe('2510.04618');
  });

  it('comments ("2 days ago"), the Librarian Bot\'s recommendations and the citing models and collections make no paper and no warning', () => {
    expect(warnings).toEqual([]);
  });
});

describe("a paper's page printed to PDF and converted back to text (lines broken where the proportional font filled them)", () => {
  const { entries, warnings } = readPage('paper-page-pdf.md');

  it('gives its one paper: the title broken after "for" rejoined, the author list broken after a comma rejoined', () => {
    expect(entries.map((entry) => [entry.title, entry.authorsCount, entry.upvotes, entry.date, entry.ids.arxiv, entry.line])).toEqual([
      ['LatentMem: Customizing Latent Memory for Multi-Agent Systems', 9, 14, '--02-02', '2602.03036', 13],
    ]);
    expect(entries[0].authors).toEqual([
      'Muxin Fu', 'Guibin Zhang', 'Xiangyuan Xue', 'Yafu Li', 'Zefeng He', 'Siyuan Huang', 'Xiaoye Qu', 'Yu Cheng', 'Yang Yang',
    ]);
  });

  it('the abstract is the paragraph under "AI-generated summary", whole across the page break, without the button inside it', () => {
    const { abstract } = entries[0];
    expect(abstract).toMatch(/^Large language model \(LLM\)-powered multi-agent systems \(MAS\) demonstrate remarkable collective intelligence/);
    // "agent-" + "specific" is one hyphenated word; the page break ("---", "*Page 2*") falls inside the last sentence.
    expect(abstract).toContain('designed to customize agent-specific memories in a token-efficient manner.');
    expect(abstract).toContain('compact and high-utility representations. Extensive experiments across diverse benchmarks and mainstream MAS frameworks show');
    expect(abstract).not.toContain('HuggingChat');
    expect(abstract).toMatch(/without requiring any modifications to the underlying frameworks\.$/);
    // Lines 24-36, 38 and 45-47 of the file, joined (a line ending in a letter and "-" without a space).
    expect(abstract).toHaveLength(1374);
  });

  it('gives no junk paper from the comments, the Librarian Bot or the citing models and collections', () => {
    expect(warnings.some((warning) => /Memory for Large Language Models \(2026\)|Models citing/.test(warning.reason))).toBe(false);
  });
});

describe("a paper's page saved as structured text (\"**URL:**\", arXiv's own line breaks kept in the abstract)", () => {
  const { entries } = readPage('paper-page-structured.md');

  it('the lines under "## Abstract" are one paragraph; the one-sentence AI summary on the first line is not the abstract', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Improving Language Plasticity via Pretraining with Active Forgetting', '2307.01163', 7],
    ]);
    const lines = readFileSync(join(REAL_PAGES, 'paper-page-structured.md'), 'utf8').split('\n');
    // Lines 12-24 of the file, joined by spaces, as the page wrote them (the keyword highlights' spaces kept).
    expect(entries[0].abstract).toBe(lines.slice(11, 24).join(' '));
  });
});

describe("a paper's page as the text of its HTML (one text node a line)", () => {
  const { entries, warnings } = readPage('paper-page-text-2024.txt');

  it('gives its one paper with all 22 names shown one a line, and the 8 more it counts', () => {
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.upvotes, entry.authorsCount, entry.line])).toEqual([
      ['SciCode: A Research Coding Benchmark Curated by Scientists', '2407.13168', '2024-07-18', 17, 30, 3],
    ]);
    expect(entries[0].authors).toHaveLength(22);
    expect(entries[0].authors.slice(0, 3)).toEqual(['Minyang Tian', 'Luyu Gao', 'Shizhuo Dylan Zhang']);
    expect(entries[0].authors.at(-1)).toBe('Kilian Lieret');
  });

  it('the abstract is the paragraph under "Generated by …", its 17 lines joined; the submitter\'s "Yanxin Lu on Jul 22, 2024" is no title', () => {
    const lines = readFileSync(join(REAL_PAGES, 'paper-page-text-2024.txt'), 'utf8').split('\n');
    expect(entries[0].abstract).toBe(lines.slice(34, 51).join(' '));
  });
});

describe("a paper's page clipped by Obsidian Web Clipper", () => {
  const { entries, warnings } = readPage('obsidian-paper-page.md');

  it('gives its one paper: the heading is the title, not the empty "Authors:" label nor the badge glued to the organisation', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.organisation, entry.authorsCount, entry.line])).toEqual([
      ['Beyond Semantic Similarity: Rethinking Retrieval for Agentic Search via Direct Corpus Interaction', '2605.05242', 'TIGER-Lab', null, 13],
    ]);
    expect(warnings).toEqual([]);
  });

  it('the abstract is the one under the AI summary, its keyword links read as their text', () => {
    expect(entries[0].abstract).toMatch(/^Modern retrieval systems, whether lexical or semantic, expose a corpus through a fixed similarity interface/);
    expect(entries[0].abstract).toMatch(/DCI opens a broader interface-design space for agentic search\.$/);
    expect(entries[0].abstract).not.toContain('](');
  });

  it('the Librarian Bot\'s linked recommendations in the comments are no papers', () => {
    expect(entries.some((entry) => /Coding Agents are Effective/.test(entry.title))).toBe(false);
  });
});

describe('a Korean briefing: a table of the papers, then an emphasised title, its arXiv link and notes for each', () => {
  const { format, entries } = readPage('ko-briefing.md');

  // Since round 6 the table's rows are papers too (hfListingPages6.test.ts): the three shown only in the table are
  // read from it, and the two written out take the authors the table gives them.
  it('the two papers written out are read with their id and institutions; the notes are no abstracts', () => {
    expect(format).toBe('hf-listing');
    expect(entries.filter((entry) => entry.organisation !== null).map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['ForceVLA2: Unleashing Hybrid Force-Position Control with Force Awareness for Contact-Rich Manipulation', '2603.15169', 17],
      ['ProbeFlow: Training-Free Adaptive Flow Matching for Vision-Language-Action Models', '2603.17850', 32],
    ]);
    expect(entries.find((entry) => entry.line === 32)!.organisation).toBe('저우 팡, 지아치 왕, 이 저우, 치옹펑 시');
    expect(entries.every((entry) => entry.abstract === '')).toBe(true);
  });

  it('the table\'s rows are not joined into a paragraph, and its header is no paper', () => {
    const page = readPageText(readFileSync(join(REAL_PAGES, 'ko-briefing.md'), 'utf8'));
    expect(page.lines.filter((line) => line.text.startsWith('|')).map((line) => line.line)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(entries.some((entry) => entry.title.includes('논문 목록') || entry.title === '제목')).toBe(false);
  });
});

describe('fields the pages above spelled in new ways', () => {
  it('"Upvote 14 +6" (the box, then the upvoters past its avatars) is 14 upvotes', () => {
    const page = parseListing(
      [
        'Upvote 14 +6',
        '',
        '## [A Paper Title](https://huggingface.co/papers/2602.03036)',
        '',
        'An abstract long enough to be one, with more than twelve words in it, that ends as a sentence does.',
      ].join('\n'),
      'fields.md',
    );
    expect(page.entries.map((entry) => [entry.title, entry.upvotes, entry.ids.arxiv])).toEqual([
      ['A Paper Title', 14, '2602.03036'],
    ]);
  });

  it('"2 days ago", "about 16 hours ago" and "Updated about 8 hours ago" are no titles', () => {
    const page = parseListing(['2 days ago', '', 'Updated about 8 hours ago', '', 'about 16 hours ago'].join('\n'), 'ago.txt');
    expect(page.entries).toEqual([]);
    expect(page.warnings).toEqual([]);
  });
});

describe('an item of the daily papers API in its newest field set', () => {
  it('is read from the paper object: its abstract (not the AI summary), authors, arXiv date, upvotes and organisation', () => {
    const { format, entries, warnings } = readText(readFileSync(join(REAL_JSON, 'daily-item-2026.json'), 'utf8'), 'daily-item-2026.json');
    expect(format).toBe('hf-api');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.upvotes, entry.organisation, entry.authorsCount])).toEqual([
      ['Large Multimodal Models as General In-Context Classifiers', '2602.23229', '2026-02-26', 10, 'Multimedia and Human Understanding Group', 5],
    ]);
    expect(entries[0].abstract).toMatch(/^Which multimodal model should we use for classification\?/);
    expect(entries[0].abstract).toMatch(/a flexible alternative to specialized models\.$/);
    expect(entries[0].keywords).toEqual([]);
  });
});
