// Sixth round: papers listed as the rows of Markdown tables (archives, digests, research notes; provenance in
// test/fixtures/hf-pages-real/README.md), tables of contents that link their papers, and HF's keyword-highlight
// spacing. Every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseListing } from '../../../ingest/sources/hfListing';
import { readPageText } from '../../../ingest/sources/pageText';
import { columnOf } from '../../../ingest/sources/paperTables';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);
const parsePage = (name: string) => parseListing(readFileSync(join(REAL_PAGES, name), 'utf8'), name);

describe('a research note\'s per-platform tables: Hacker News, HF papers, Techmeme, web links', () => {
  const { format, entries, warnings } = readPage('platform-tables.md');

  it('reads the 7 rows of the "Paper | Upvotes | Notable | URL" table, each with its id and upvotes, and nothing else', () => {
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.line])).toEqual([
      ['OneStreamer: Unifying Perception, Memory, Proactive Response', '2610.01762', 142, 17],
      ['Adaptive Reward Routing: Forward-Process RL for Audio-Video Diffusion', '2609.37200', 115, 18],
      ['Beyond Memory: Long-Horizon Agents with Explicit Belief States', '2610.01415', 65, 19],
      ['Agent Priors-guided Policy Learning', '2609.35690', 55, 20],
      ['Hierarchical Continuous Diffusion Language Models (HC-DLM)', '2610.02193', 54, 21],
      ['Sharpening Tax in Post-Training', '2610.01509', 41, 22],
      ['World Observer: Joint Actor-Observer Generation', '2610.02162', 39, 23],
    ]);
    expect(entries[0].url).toBe('https://huggingface.co/papers/2610.01762');
  });

  it('the "Notable" column is the digest\'s note, not an abstract; the page says its papers come without one', () => {
    expect(entries.every((entry) => entry.abstract === '' && entry.authors.length === 0)).toBe(true);
    expect(warnings.map((warning) => warning.reason)).toContain('7 papers shown without an abstract on this page; kept with title and metadata only');
  });

  it('a "Title" column of stories with no authors and no paper links, headlines, and rows of links without a title column give no paper', () => {
    expect(entries.some((entry) => /Pi 1\.0|GRPO|OpenAI alerts|arXiv:|GitHub/.test(entry.title))).toBe(false);
  });
});

describe('a weekly synthesis\'s reading map: "*Title* (Author et al., arXiv:id)" cells', () => {
  const { entries } = readPage('reading-map.md');

  it('reads the 6 papers with the id their citation gives, the citation left out of the title', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes])).toEqual([
      ['Recursive Multi-Agent Systems', '2604.25917', 242],
      ['Agentic World Modeling: Foundations, Capabilities, Laws, and Beyond', '2604.22748', 219],
      ['Heterogeneous Scientific Foundation Model Collaboration (Eywa)', '2604.27351', 192],
      ['From Skills to Talent: OneManCompany', '2604.22446', 116],
      ['World-R1: Reinforcing 3D Constraints for T2V', '2604.24764', 115],
      ['GLM-5V-Turbo: Toward a Native Foundation Model for Multimodal Agents', '2604.26752', 90],
    ]);
    expect(entries.map((entry) => entry.line)).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('the tables of layers and of a taxonomy\'s levels give no paper', () => {
    expect(entries.some((entry) => /Cross-|L\d /.test(entry.title))).toBe(false);
  });
});

describe('a Chinese signal packet: GitHub repositories, HF daily papers, blog posts and podcast episodes as tables', () => {
  const { entries } = readPage('signal-packet-zh.md');

  it('only the two rows of the "Paper | Upvotes | 主题 | 分类 | 备注" table are papers, with their upvotes and no id (the row links none)', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.line])).toEqual([
      ['ScaleLogic: Can RL Teach Long-Horizon Reasoning to LLMs?', undefined, 11, 21],
      ['A²TGPO: Agentic Turn-Group Policy Optimization', undefined, 10, 22],
    ]);
  });

  it('a "标题" (title) column of podcast episodes, with no authors column and no paper links, gives none', () => {
    expect(entries.some((entry) => /Vibe Physics|Shopify|financial-services/.test(entry.title))).toBe(false);
  });
});

describe('a Chinese survey\'s "标题 | 作者 | 链接" table with arXiv addresses written without a scheme', () => {
  const { entries } = parsePage('nav-survey-zh.md');

  it('is recognised as a page of papers by its table alone (no HF address, no abstract-shaped line)', () => {
    expect(readPage('nav-survey-zh.md').format).toBe('hf-listing');
  });

  it('reads both papers with all their authors and the id of the written-out address', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authorsCount, entry.line])).toEqual([
      ['Vision-and-Language Navigation: Interpreting visually-grounded navigation instructions in real environments', '1711.07280', 9, 6],
      ['Cognitive Mapping and Planning for Visual Navigation', '1702.03920', 6, 7],
    ]);
    expect(entries[0].authors.at(-1)).toBe('Anton van den Hengel');
    expect(entries[1].authors).toEqual(['Saurabh Gupta', 'Varun Tolani', 'James Davidson', 'Sergey Levine', 'Rahul Sukthankar', 'Jitendra Malik']);
  });
});

describe('a Korean briefing whose table lists five papers and whose details write out two', () => {
  const { entries } = readPage('ko-briefing.md');

  it('gives the five papers once each: the two written out take the table\'s authors, the three only in the table are read from it', () => {
    expect(entries.map((entry) => [entry.ids.arxiv, entry.line])).toEqual([
      ['2603.17573', 11],
      ['2603.17524', 12],
      ['2603.16669', 13],
      ['2603.15169', 17],
      ['2603.17850', 32],
    ]);
    expect(entries[0].title).toBe('HeiSD: Hybrid Speculative Decoding for Embodied Vision-Language-Action Models with Kinematic Awareness');
    // "Yang Li,  Zhaxizhuoma, Hongru Jiang 외": "외" says more authors follow, so the count is unknown.
    expect(entries[3].authors).toEqual(['Yang Li', 'Zhaxizhuoma', 'Hongru Jiang']);
    expect(entries.every((entry) => entry.authorsCount === null)).toBe(true);
  });
});

describe('tables read by their header', () => {
  const read = (lines: string[]) => parseListing(lines.join('\n'), 'page.md');

  it('names columns in the languages digests use, and an upvote icon as a header', () => {
    expect(['Title', '论文', '논문 제목', 'タイトル', '👍', '👍 Upvotes', '发布日期', '저자', '机构', '摘要'].map(columnOf)).toEqual([
      'title', 'paper', 'paper', 'title', 'upvotes', 'upvotes', 'date', 'authors', 'organisation', 'abstract',
    ]);
    expect(['Model', 'Score', 'Section', 'AI Summary', 'Notable'].map(columnOf)).toEqual([null, null, null, null, null]);
  });

  it('reads date, organisation and an English abstract by their columns; a Korean summary under an English title is a note', () => {
    const abstract = 'We study how large language models forget what they learned during pretraining when they are fine-tuned on new languages, and propose a simple method that keeps their knowledge while they adapt.';
    const { entries } = read([
      '| # | Paper | 👍 | Date | Org | Abstract |',
      '|---|---|---|---|---|---|',
      `| 1 | [Active Forgetting for Plasticity](https://huggingface.co/papers/2307.01163) | 42 | 2023-07-03 | Meta AI | ${abstract} |`,
      '',
      '| 논문 | 요약 |',
      '|---|---|',
      '| [Another Paper on Plasticity](https://arxiv.org/abs/2307.09999) | 이 논문은 사전 학습 중에 임베딩을 주기적으로 초기화하여 새로운 언어에 빠르게 적응하는 모델을 만드는 간단한 방법을 제안하고 여러 실험으로 그 효과를 보여줍니다. |',
    ]);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.date, entry.organisation])).toEqual([
      ['Active Forgetting for Plasticity', '2307.01163', 42, '2023-07-03', 'Meta AI'],
      ['Another Paper on Plasticity', '2307.09999', null, null, null],
    ]);
    expect(entries[0].abstract).toBe(abstract);
    expect(entries[1].abstract).toBe('');
  });

  it('without a title column, a cell that is one link to a paper is the title; a button ("arXiv") never is', () => {
    const { entries } = read([
      '| Day | Name | Votes |',
      '|---|---|---|',
      '| Mon | [A Linked Paper Title](https://huggingface.co/papers/2501.00001) | 7 |',
      '| Tue | Some Unlinked Title | [arXiv](https://arxiv.org/abs/2501.00002) |',
    ]);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv])).toEqual([['A Linked Paper Title', '2501.00001']]);
  });

  it('tables of models, benchmark numbers and contents give no paper', () => {
    const { entries } = read([
      '| Model | Likes | Link |',
      '|---|---|---|',
      '| `org/model-7b` | ❤️ 310 | [View](https://huggingface.co/org/model-7b) |',
      '',
      '| Method | Paper | Acc |',
      '|---|---|---|',
      '| GPT-4 | [arXiv](https://arxiv.org/abs/2303.08774) | 86.4 |',
      '',
      '| Section | Title |',
      '|---|---|',
      '| 1 | [Introduction to the Week](#introduction) |',
      '',
      '| A | B |',
      '| Rows without a delimiter row | are no table |',
    ]);
    expect(entries).toEqual([]);
  });

  it('a Japanese "タイトル" (title) table of decision records, linked to local files, gives no paper (index file 626115808, rows 1-2)', () => {
    const { entries } = read([
      '| # | タイトル | 日付 | ステータス |',
      '|---|---|---|---|',
      '| [001](001-use-kotlin-multiplatform.md) | Kotlin Multiplatform の採用 | 2024-12-10 | Accepted |',
      '| [002](002-use-supabase-as-backend.md) | Supabase をバックエンドに採用 | 2024-12-10 | Accepted |',
    ]);
    expect(entries).toEqual([]);
  });

  it('keeps an escaped pipe inside its cell', () => {
    const page = readPageText(['| Paper | Upvotes |', '|---|---|', '| Pipes \\| Filters: A Study of Streams | 3 |'].join('\n'));
    expect(page.lines[2].cells!.map((cell) => cell.text)).toEqual(['Pipes | Filters: A Study of Streams', '3']);
  });
});

describe('tables of contents that link into the page', () => {
  it('an entry with only its in-page link gives no paper of its own: the weekly digest still gives its 2 sections\' papers', () => {
    const { entries } = readPage('weekly-zh.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes])).toEqual([
      ['Metis: Memory Foundation Model', '2607.26760', 268],
      ['Progress Reward Modeling for Robotic Learning: A Comprehensive Survey', '2607.21655', 192],
    ]);
  });

  it('an entry that also links its paper is that paper, once, even where the page has no section for it', () => {
    const { entries } = parseListing(
      [
        '## Contents',
        '',
        '1. [Kimi K3: Open Frontier Intelligence](#1-kimi-k3) 👍464 · [arXiv](https://arxiv.org/abs/2607.11111)',
        '2. [Metis: Memory Foundation Model](#2-metis) 👍268 · [arXiv](https://arxiv.org/abs/2607.26760)',
        '3. [Trends](#trends)',
        '',
        '## 2. Metis: Memory Foundation Model',
        '**👍 268** · 🏛 MemTensor · [arXiv](https://arxiv.org/abs/2607.26760)',
        '',
        'Notes on the paper.',
      ].join('\n'),
      'toc.md',
    );
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.organisation, entry.line])).toEqual([
      ['Kimi K3: Open Frontier Intelligence', '2607.11111', 464, null, 3],
      ['Metis: Memory Foundation Model', '2607.26760', 268, 'MemTensor', 7],
    ]);
  });
});

describe("HF's keyword-highlight spacing", () => {
  it('is dropped next to a keyword linked to /papers?q=, and kept in text the page does not mark', () => {
    const { entries } = parseListing(
      [
        '## [Improving Language Plasticity via Pretraining with Active Forgetting](https://huggingface.co/papers/2307.01163)',
        '',
        'Pretrained language models ( [PLMs](https://huggingface.co/papers?q=PLMs) ) are today the primary model for natural language processing. ' +
          'It can be difficult to apply PLMs to new languages ( a barrier ) , and standard ones in a low-data [regime](https://huggingface.co/papers?q=regime) , particularly for distant languages.',
      ].join('\n'),
      'page.md',
    );
    expect(entries[0].abstract).toBe(
      'Pretrained language models (PLMs) are today the primary model for natural language processing. ' +
        'It can be difficult to apply PLMs to new languages ( a barrier ) , and standard ones in a low-data regime, particularly for distant languages.',
    );
  });

  it('an abstract with the same spacing and no links keeps it (a page saved as structured text)', () => {
    const { entries } = readPage('paper-page-structured.md');
    expect(entries[0].abstract).toContain('Pretrained language models ( PLMs ) are today');
    expect(entries[0].abstract).toContain('low-data regime ,');
  });
});

describe('a saved daily page whose embedded record writes its counters as text', () => {
  it('reads "1,234" upvotes as the count (archives that stored the API\'s numbers as strings)', () => {
    const props = JSON.stringify({
      periodType: 'day',
      dateString: '2026-03-02',
      dailyPapers: [
        {
          paper: {
            id: '2603.01235', title: 'Counter Paper', authors: [{ name: 'Dana Scott' }], publishedAt: '2026-03-01T10:00:00.000Z',
            summary: 'We present a counter paper whose upvotes are written as a string with a thousands separator, to see whether the reader keeps them as a number.',
          },
          upvotes: '1,234',
          comments: '56',
        },
      ],
    }).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const html = `<html><body><div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props}"></div></body></html>`;
    const { entries } = readText(html, 'page.html');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.date])).toEqual([['Counter Paper', '2603.01235', 1234, '2026-03-01']]);
  });
});
