// Seventh round: HTML tables inside Markdown files (GitHub READMEs), a pipe inside a link's text in a Markdown table,
// and pages whose papers are listed in tables beside sections of their own text. Provenance of the real captures in
// test/fixtures/hf-pages-real/README.md; every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseListing } from '../../../ingest/sources/hfListing';
import { htmlTablesAsRows } from '../../../ingest/sources/htmlTables';
import { readPageText } from '../../../ingest/sources/pageText';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);
const rawLines = (lines: string[]) => lines.map((raw, index) => ({ number: index + 1, raw }));

describe('an awesome list\'s README whose papers are the rows of HTML tables', () => {
  const { format, entries, warnings } = readPage('readme-html-tables.md');

  it('reads the 7 rows of its two "Title | Benchmark | Venue | Date | Code" tables, each at its <tr> line, and nothing else', () => {
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['VidHalluc: Evaluating Temporal Hallucinations in Multimodal Large Language Models for Video Understanding', '2412.03735', '2024-12', 111],
      ['Exploring Hallucination of Large Multimodal Models in Video Understanding: Benchmark, Analysis and Mitigation', '2503.19622', '2025-03', 118],
      ['MHBench: Demystifying Motion Hallucination in VideoLLMs', undefined, '2025-01', 125],
      ['KPM-Bench: A Kinematic Parsing Motion Benchmark for Fine-grained Motion-centric Video Understanding', '2602.17768', '2026-02', 132],
      ['ARGUS: Hallucination and Omission Evaluation in Video-LLMs', '2506.07371', '2025-06', 139],
      ['VideoHallucer: Evaluating Intrinsic and Extrinsic Hallucinations in Large Video-Language Models', '2406.16338', '2024-06', 165],
      ['Online Video Understanding: OVBench and VideoChat-Online', '2501.00584', '2025-01', 172],
    ]);
    expect(entries.map((entry) => entry.year)).toEqual([2024, 2025, 2025, 2026, 2025, 2024, 2025]);
  });

  it('a row of a table of papers whose title links a proceedings page (no arXiv id) is a paper, linked to that page', () => {
    expect(entries[2].url).toBe('https://ojs.aaai.org/index.php/AAAI/article/view/32463');
    expect(entries[0].url).toBe('https://arxiv.org/abs/2412.03735');
  });

  it('the README\'s own sections (title and intro, news, taxonomy, the benchmarks\' note) and its layout tables give no paper', () => {
    expect(entries.some((entry) => /Awesome|News|Taxonomy|Distortion|Fabrication|Glance|Benchmarks$|NOTE|survey/i.test(entry.title))).toBe(false);
    expect(warnings.map((warning) => [warning.line, warning.reason])).toEqual(expect.arrayContaining([
      [1, 'section "Awesome-Video-Hallucination" names no paper (the page\'s papers are named by links, ids or fields); skipped'],
      [51, 'section "Taxonomy of Video Hallucinations" names no paper (the page\'s papers are named by links, ids or fields); skipped'],
    ]));
  });
});

describe('HTML tables in a Markdown file, as Markdown rows', () => {
  it('gives a header, the delimiter row and one row per <tr>, at the line of its <tr>, with links and emphasis kept', () => {
    const rows = htmlTablesAsRows(rawLines([
      'Intro',
      '<table>',
      '  <tr><th>Title</th><th>Authors</th></tr>',
      '  <tr>',
      '    <td><a href="https://arxiv.org/abs/2401.00001"><b>A | B: Pipes in Titles</b></a></td>',
      '    <td>Ada Lovelace, Alan Turing</td>',
      '  </tr>',
      '</table>',
      'After',
    ]));
    expect(rows).toEqual([
      { number: 1, raw: 'Intro' },
      { number: 3, raw: '| Title | Authors |' },
      { number: 3, raw: '| --- | --- |' },
      { number: 4, raw: '| [**A \\| B: Pipes in Titles**](https://arxiv.org/abs/2401.00001) | Ada Lovelace, Alan Turing |' },
      { number: 9, raw: 'After' },
    ]);
  });

  it('a table without <th> gets an empty header (its rows are read by their content); text around the tags stays', () => {
    const rows = htmlTablesAsRows(rawLines(['before <table><tr><td>one</td><td>two</td></tr></table> after']));
    expect(rows.map((row) => row.raw)).toEqual(['before ', '|  |  |', '| --- | --- |', '| one | two |', ' after']);
  });

  it('a table nested in a cell is part of that cell; a table inside a code fence and an unclosed one are left as written', () => {
    const nested = htmlTablesAsRows(rawLines(['<table><tr><td>outer <table><tr><td>inner</td></tr></table></td></tr></table>']));
    expect(nested.map((row) => row.raw).at(-1)).toBe('| outer inner |');
    const fenced = ['```html', '<table><tr><td>code</td></tr></table>', '```'];
    expect(htmlTablesAsRows(rawLines(fenced)).map((row) => row.raw)).toEqual(fenced);
    const unclosed = ['<table>', '<tr><td>never closed</td></tr>'];
    expect(htmlTablesAsRows(rawLines(unclosed)).map((row) => row.raw)).toEqual(unclosed);
  });

  it('a file of thousands of unclosed tables keeps them as written and still reads a closed one after them', () => {
    const lines = [...Array.from({ length: 20000 }, () => '<table><tr><td>never closed'), '<table><tr><td>one</td></tr></table>'];
    const rows = htmlTablesAsRows(rawLines(lines));
    expect(rows).toHaveLength(20003);
    expect(rows.slice(-3).map((row) => row.raw)).toEqual(['|  |', '| --- |', '| one |']);
  });

  it('a Markdown page with an HTML table of papers and nothing else is a listing page', () => {
    const page = [
      '<table>',
      '<tr><th>Paper</th><th>Date</th></tr>',
      '<tr><td><a href="https://huggingface.co/papers/2401.00001">Scaling Laws for Tables</a></td><td>2024-01-02</td></tr>',
      '</table>',
    ].join('\n');
    const { format, entries } = readText(page, 'list.md');
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([['Scaling Laws for Tables', '2401.00001', '2024-01-02', 3]]);
  });
});

describe('a pipe inside a link\'s text in a Markdown table row', () => {
  it('stays in the link (no cell boundary falls inside a link that closes); pipes between cells still split', () => {
    const { lines } = readPageText([
      '| Paper | Upvotes |',
      '|---|---|',
      '| [Lens | A Study of Pipes](https://huggingface.co/papers/2501.00002) | 12 |',
      '| [Escaped \\| Pipe](https://arxiv.org/abs/2501.00003) | 3 |',
    ].join('\n'));
    expect(lines[2].cells?.map((cell) => cell.text)).toEqual(['Lens | A Study of Pipes', '12']);
    expect(lines[3].cells?.map((cell) => cell.text)).toEqual(['Escaped | Pipe', '3']);
  });

  it('gives the paper its whole title, its id and its upvotes', () => {
    const { entries } = parseListing([
      '| # | Paper | 👍 |',
      '|---|---|---|',
      '| 1 | [Lens | A Study of Pipes](https://huggingface.co/papers/2501.00002) | 12 |',
    ].join('\n'), 'digest.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes])).toEqual([['Lens | A Study of Pipes', '2501.00002', 12]]);
  });
});

// No saved huggingface.co/papers page with its `data-props` was found in the stored repositories (searched: the code
// index for `data-target="DailyPapers"`, `&quot;dailyPapers&quot;`, `"periodType"`, the page's <title>; the pages
// corpus). The props' shapes below are those scrapers' own tests quote (index ids 52589179683: a daily page's
// `{"dateString", "dailyPapers": [{"paper": {…, "submittedOnDailyBy"}}]}`; 53214612868: a search page's
// `{"query": {"q"}, "searchResults": [{"title", "paper": {"id", "title"}}]}`; 55658803518: a paper page's
// `data-target="PaperContent"` with `{"paper": {"id", "authors", "title", "summary", "upvotes", "githubRepo"}}`),
// set in a page skeleton written for this test.
describe('a saved papers page\'s embedded props (shapes quoted by scrapers\' tests)', () => {
  const esc = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const page = (target: string, props: unknown, text = '') => [
    '<!doctype html>', '<html class="">', '<head><title>Daily Papers - Hugging Face</title></head>', '<body>',
    '<div class="SVELTE_HYDRATER contents" data-target="SystemThemeMonitor" data-props="{&quot;isLoggedIn&quot;:false}"></div>',
    `<div class="SVELTE_HYDRATER contents" data-target="${target}" data-props="${esc(props)}">${text}</div>`,
    '</body>', '</html>',
  ].join('\n');

  it('a daily page gives its papers from the props, with authors, date and upvotes, at the line of the props', () => {
    const { entries } = readText(page('DailyPapers', {
      dateString: '2026-03-09', periodType: 'day',
      dailyPapers: [{
        paper: {
          id: '2603.01234', title: 'Test HF Paper', summary: 'A compact summary.', authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
          submittedOnDailyBy: { fullname: 'taesiri' }, submittedOnDailyAt: '2026-03-09T01:22:24.366Z', upvotes: 42,
        },
      }],
    }, '<h3>Test HF Paper</h3>'), 'daily.html');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.upvotes, entry.abstract, entry.line])).toEqual([
      ['Test HF Paper', '2603.01234', ['Ada Lovelace', 'Alan Turing'], 42, 'A compact summary.', 6],
    ]);
  });

  it('a search page gives its results (title and id only)', () => {
    const { entries } = readText(page('DailyPapers', {
      query: { q: 'Fast3R' },
      searchResults: [
        { title: 'Speed3R: Sparse Feed-forward 3D Reconstruction Models', paper: { id: '2603.08055', title: 'Speed3R: Sparse Feed-forward 3D Reconstruction Models' } },
        { title: 'Fast3R: Towards 3D Reconstruction of 1000+ Images in One Forward Pass', paper: { id: '2501.13928', title: 'Fast3R: Towards 3D Reconstruction of 1000+ Images in One Forward Pass' } },
      ],
    }), 'search.html');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv])).toEqual([
      ['Speed3R: Sparse Feed-forward 3D Reconstruction Models', '2603.08055'],
      ['Fast3R: Towards 3D Reconstruction of 1000+ Images in One Forward Pass', '2501.13928'],
    ]);
  });

  it('a paper\'s page embeds one paper, no list: that paper is read (it gave nothing, silently)', () => {
    const { entries } = readText(page('PaperContent', {
      paper: { id: '2508.02739', authors: [{ name: 'Yu Shi' }], title: 'Kronos', summary: 'Abstract text', upvotes: 44, githubRepo: 'https://github.com/shiyu-coder/Kronos' },
    }), 'paper.html');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.upvotes, entry.abstract])).toEqual([
      ['Kronos', '2508.02739', ['Yu Shi'], 44, 'Abstract text'],
    ]);
  });

  it('a page with no paper in its props nor its text says so', () => {
    const { entries, warnings } = readText(page('MainHeader', { classNames: '', isWide: false }), 'other.html');
    expect(entries).toEqual([]);
    expect(warnings.map((warning) => [warning.line, warning.reason])).toEqual([[1, 'an HTML page with no paper in its text nor in the records it embeds; nothing read']]);
  });
});

describe('a Korean review whose notable papers are list items opening with their link', () => {
  const { format, entries, warnings } = readPage('review-ko-bullets.md');

  it('reads the 12 items "- [Title](…/papers/id) (YYYY-MM, N upvotes): summary", each with its id, month, upvotes and line', () => {
    expect(format).toBe('hf-listing');
    expect(entries).toHaveLength(12);
    expect(entries.slice(0, 3).map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.year, entry.upvotes, entry.line])).toEqual([
      ['Sharing is Caring: Efficient LM Post-Training with Collective RL Experience Sharing', '2509.08721', '2025-09', 2025, 665, 28],
      ['GrandCode: Achieving Grandmaster Level in Competitive Programming via Agentic Reinforcement Learning', '2604.02721', '2026-04', 2026, 637, 29],
      ['The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits', '2402.17764', '2024-02', 2024, 630, 30],
    ]);
    expect(entries.map((entry) => entry.upvotes)).toEqual([665, 637, 630, 551, 526, 517, 509, 482, 463, 454, 431, 431]);
    expect(entries.map((entry) => entry.line)).toEqual([28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    expect(entries.at(-1)!.title).toBe('Gamma-World: Generative Multi-Agent World Modeling Beyond Two Players');
  });

  it('the summary after the colon is the abstract (English under an English title), the fields bracket is not in it', () => {
    expect(entries[10].abstract).toBe('Great scientists have strong judgement and foresight, closely tied to what we call scientific taste.');
    expect(entries[0].abstract.startsWith('Swarm sAmpling Policy Optimization (SAPO) is a decentralized')).toBe(true);
    expect(entries.every((entry) => !entry.abstract.includes('upvotes)'))).toBe(true);
  });

  // "초록" is Korean for "Abstract" (a label since round 9): the paragraph under it is the abstract of the review's own
  // title (line 1), which is reported as a section naming no paper.
  it('its sections in Korean ("초록", the review\'s own abstract; method, interpretation, limits) and the counts by topic give no paper', () => {
    expect(entries.some((entry) => /[가-힣]|papers$/.test(entry.title))).toBe(false);
    expect(warnings.map((warning) => warning.line)).toEqual(expect.arrayContaining([1, 7, 41, 45]));
  });
});

describe('list items that open with a paper\'s link', () => {
  const read = (lines: string[]) => parseListing(lines.join('\n'), 'notes.md');

  it('an enumerated item with an upvote icon and a dash before its note is one', () => {
    const { entries } = read(['1. [Looped World Models](https://arxiv.org/abs/2606.18208) (👍 463) — Looped World Models introduce iterative latent state refinement through shared transformer blocks.']);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes])).toEqual([['Looped World Models', '2606.18208', 463]]);
    expect(entries[0].abstract).toBe('Looped World Models introduce iterative latent state refinement through shared transformer blocks.');
  });

  it('a digest\'s note in another language makes the item a paper, without an abstract', () => {
    const { entries } = read(['- [Less is More: Recursive Reasoning with Tiny Networks](https://huggingface.co/papers/2510.04871): 이 논문은 작은 두 층 신경망으로 복잡한 퍼즐 과제에서 높은 일반화 성능을 얻는 재귀 추론 모델을 제안합니다.']);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.abstract])).toEqual([['Less is More: Recursive Reasoning with Tiny Networks', '2510.04871', '']]);
  });

  it('a sentence that starts with a link and a bare list of linked titles with a year (recommendations, references) give none', () => {
    for (const line of [
      '- [Looped World Models](https://arxiv.org/abs/2606.18208) is the paper everyone discussed this week, and we read it twice.',
      '- [Coding Agents are Effective Long-Context Processors](https://huggingface.co/papers/2603.20432) (2026)',
    ]) {
      expect(read([line]).entries).toEqual([]);
    }
  });
});

describe('a static site\'s note about one paper: front matter, Hugo shortcodes, then the site\'s own sections', () => {
  const { format, entries, warnings } = readPage('hugo-paper-note.md');

  it('gives the one paper its front matter names (title, summary, date) with the id its shortcode and buttons give', () => {
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.year, entry.line])).toEqual([
      ['We Can\'t Understand AI Using our Existing Vocabulary', '2502.07586', '2025-02-11', 2025, 2],
    ]);
    expect(entries[0].abstract.startsWith('To understand AI, we need new words! This paper argues')).toBe(true);
  });

  // Since round 9 "TL;DR" is a label like "Abstract" (its paragraphs, lines 41 and 43, are reported as paragraphs without
  // a title: the note's paper takes its summary from the front matter).
  it('its sections ("Key Takeaways", "Why does it matter?", "Visual Insights") are no papers of their own', () => {
    expect(warnings.filter((warning) => warning.reason.includes('of a note about one paper')).map((warning) => warning.line)).toEqual([48, 62, 66]);
    expect(warnings.filter((warning) => /paragraph without a title/.test(warning.reason)).map((warning) => warning.line)).toEqual(expect.arrayContaining([41, 43]));
  });
});

describe('notes about one paper, by their front matter', () => {
  const read = (lines: string[]) => parseListing(lines.join('\n'), 'note.md');

  it('a front matter titled for a listing, or a note naming several papers, gives no paper of its own', () => {
    const listing = read(['---', 'title: "Daily Papers - 2026-04-20"', '---', '', 'See [one](https://arxiv.org/abs/2604.00001).']);
    expect(listing.entries).toEqual([]);
    const several = read(['---', 'title: "Reading group notes"', '---', '', 'We read [one](https://arxiv.org/abs/2604.00001) and [two](https://arxiv.org/abs/2604.00002).']);
    expect(several.entries).toEqual([]);
  });

  it('authors listed in the front matter are the paper\'s; HF\'s "Paper page - " before a clipped title is not part of it', () => {
    const { entries } = read(['---', 'title: "Paper page - Looped World Models"', 'authors: [Ada Lovelace, Alan Turing]', 'published: 2026-06-20', '---', '', 'arxiv:2606.18208']);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.authorsCount, entry.date])).toEqual([
      ['Looped World Models', '2606.18208', ['Ada Lovelace', 'Alan Turing'], 2, '2026-06-20'],
    ]);
  });
});

describe('a Korean review of one paper: "# Title" over a block of labelled fields, then the reviewer\'s sections', () => {
  const { entries, warnings } = readPage('ko-paper-review.md');

  it('gives the one paper, with the 11 authors of its "저자:" field and the id of its "arXiv:" field, though no paragraph follows its title', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authorsCount, entry.line])).toEqual([
      ['Dita: Scaling Diffusion Transformer for Generalist Vision-Language-Action Policy', '2503.19757', 11, 2],
    ]);
    expect(entries[0].authors.slice(0, 2)).toEqual(['Zhi Hou', 'Tianyi Zhang']);
    expect(entries[0].authors.at(-1)).toBe('Yuntao Chen');
  });

  it('its numbered sections, contributions table and sources table (other papers by bare address) give no paper', () => {
    expect(warnings.map((warning) => [warning.line, warning.reason])).toContainEqual(
      [12, 'section "🔑 핵심 주장과 주요 기여 요약" names no paper (the page\'s papers are named by links, ids or fields); skipped'],
    );
  });
});

describe('an authors label in the languages digests are written in', () => {
  it('"Autoren:", "作者：", "**Auteurs:**" give the names after them', () => {
    for (const label of ['Autoren: Ada Lovelace, Alan Turing', '作者：Ada Lovelace, Alan Turing', '**Auteurs:** Ada Lovelace, Alan Turing']) {
      const { entries } = parseListing(['## Looped World Models', '', label, '', 'arXiv: https://arxiv.org/abs/2606.18208'].join('\n'), 'note.md');
      expect(entries.map((entry) => [entry.title, entry.authors, entry.ids.arxiv])).toEqual([['Looped World Models', ['Ada Lovelace', 'Alan Turing'], '2606.18208']]);
    }
  });
});

describe('a digest with a front matter and one linked paper among others', () => {
  it('is a listing: its cards stay papers, none is taken from the front matter', () => {
    const { entries } = parseListing([
      '---', 'title: "AI Papers Digest, Week 31"', '---', '',
      '## Looped World Models', '', 'Authors: Ada Lovelace, Alan Turing', '', '[arXiv](https://arxiv.org/abs/2606.18208)', '',
      '## Less is More: Recursive Reasoning with Tiny Networks', '', '👍 517', '',
      'Tiny Recursive Model achieves high generalization on complex puzzle tasks using a small, two-layer network with minimal parameters.',
    ].join('\n'), 'digest.md');
    expect(entries.map((entry) => entry.title)).toEqual(['Looped World Models', 'Less is More: Recursive Reasoning with Tiny Networks']);
  });
});
