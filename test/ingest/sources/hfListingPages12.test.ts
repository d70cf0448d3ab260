// Twelfth round: Hugging Face's papers as mirrors and harvesters keep them outside the page itself: an RSS feed of the
// weekly list whose item descriptions are labelled paragraphs ("<b>Authors:</b>", "<b>Upvotes:</b>", "<b>Summary:</b>"),
// and a note saved from HF's trending papers that is its front matter over the abstract, with no heading. Provenance of
// the real files in test/fixtures/hf-pages-real/README.md and test/fixtures/hf-json-real/README.md; every figure was
// counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const REAL_JSON = join(__dirname, '../../fixtures/hf-json-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);
const readFeed = (name: string) => readText(readFileSync(join(REAL_JSON, name), 'utf8'), name);

describe('an RSS feed of the weekly papers whose descriptions are labelled paragraphs', () => {
  const { entries, warnings, format } = readFeed('weekly-feed.rss.xml');

  it('gives both items with their title, arXiv id, day and upvote count', () => {
    expect(format).toBe('rss');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.upvotes, entry.line])).toEqual([
      ['TalkVid: A Large-Scale Diversified Dataset for Audio-Driven Talking Head Synthesis', '2508.13618', '2025-08-19', 17, 12],
      ['UI-Level Evaluation of ALLaM 34B: Measuring an Arabic-Centric LLM via HUMAIN Chat', '2508.17378', '2025-08-24', 6, 19],
    ]);
  });

  it('the "Authors:" paragraph gives the authors (13 and 1), not the abstract', () => {
    expect(entries.map((entry) => entry.authorsCount)).toEqual([13, 1]);
    expect(entries[0].authors.slice(0, 2)).toEqual(['Shunian Chen', 'Hejin Huang']);
    expect(entries[0].authors.at(-1)).toBe('Benyou Wang');
    expect(entries[1].authors).toEqual(['Omer Nacar']);
  });

  it('the abstract is the "Summary:" paragraph alone, without the labels of the others', () => {
    expect(entries[0].abstract).toMatch(/^Audio-driven talking head synthesis has achieved remarkable photorealism,/);
    expect(entries[0].abstract).toMatch(/Code and data can be found in https:\/\/github\.com\/FreedomIntelligence\/TalkVid$/);
    expect(entries[1].abstract).toMatch(/^Large language models \(LLMs\) trained primarily on English corpora/);
    expect(entries.some((entry) => /Authors:|Upvotes:|Summary:|thumbnail/.test(entry.abstract))).toBe(false);
  });
});

describe('a note saved from HF\'s trending papers: front matter (title, url, authors as a list, date) over the abstract alone', () => {
  const { entries, warnings } = readPage('trending-note.md');

  it('gives the paper with the front matter\'s fields and the paragraph under it as its abstract', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.authorsCount, entry.line])).toEqual([
      ['GaussianSelector: Lightweight Human-Guided Object Selection in 3D Gaussian Splatting with Graph Optimization', '2608.01492', '2026-08-01', 7, 2],
    ]);
    expect(entries[0].authors).toEqual(['Baihan Yang', 'Tiexin Li', 'Yuheng Liu', 'Xin Lin', 'Xinke Li', 'Xiaohui Xie', 'Truong Nguyen']);
    expect(entries[0].abstract).toMatch(/^Selecting a complete 3D object from a reconstructed scene with minimal user effort is essential/);
    expect(entries[0].abstract).toMatch(/3D asset extraction in real-world deployment scenarios\.$/);
    expect(warnings).toEqual([]);
  });
});

describe('a Korean daily log: "### [Title](arXiv)", a video or thumbnail, "Vote: 12", "Authors: …", Korean notes as bullets', () => {
  const { entries } = readPage('ko-daily-log.md');

  it('gives the three papers with their arXiv id, authors and the "Vote:" count as upvotes', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.authorsCount, entry.line])).toEqual([
      ['MovieLLM: Enhancing Long Video Understanding with AI-Generated Movies', '2403.01422', 12, 7, 3],
      ['ResAdapter: Domain Consistent Resolution Adapter for Diffusion Models', '2403.02084', 7, 10, 18],
      ['Twisting Lids Off with Two Hands', '2403.02338', 1, 5, 34],
    ]);
    expect(entries[2].authors).toEqual(['Toru Lin', 'Jitendra Malik', 'Haozhi Qi', 'Pieter Abbeel', 'Zhao-Heng Yin']);
  });

  it('the Korean notes are not the abstracts', () => {
    expect(entries.map((entry) => entry.abstract)).toEqual(['', '', '']);
  });
});

describe('a Korean wiki\'s queue of collected sources: "## [2026-09-05] 자동수집 | Title" over "- URL:", "- 업보트: 223" items', () => {
  const { entries, warnings } = readPage('wiki-raw-queue-ko.md');

  it('gives the two items whose URL is an HF paper page, titled without the log\'s date and kind, with their upvotes', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.line])).toEqual([
      ['Terminal-Universe: 에이전트 궤적을 실행 가능 환경으로 역복원', '2609.04148', 223, 19],
      ['LLaDA-Image: 완전 공개 레시피의 6B 이미지 생성기', '2609.03796', 204, 25],
    ]);
    expect(entries.map((entry) => entry.abstract)).toEqual(['', '']);
  });

  it('the repository and the model collected beside them are no papers, each reported at its line', () => {
    expect(entries.some((entry) => /opencode|GGUF/.test(entry.title))).toBe(false);
    const lines = warnings.map((warning) => warning.line);
    expect(lines).toContain(13);
    expect(lines).toContain(31);
  });
});

describe('an Obsidian note about one paper whose front matter (73 lines: tags, aliases, authors as lists) names it only by id', () => {
  const { entries, warnings } = readPage('obsidian-paper-yaml.md');

  it('gives the paper under the note\'s heading, with the front matter\'s authors and publication date', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.authorsCount, entry.line])).toEqual([
      ['OVO-S-Bench: A Hierarchical Benchmark for Streaming Spatial Intelligence in Multimodal LLMs', '2606.03890', '2026-06-04', 7, 75],
    ]);
    expect(entries[0].authors).toEqual(['Yifei Li', 'Pengyiang Liu', 'Yuhang Zang', 'Zhongyue Shi', 'Qi Fu', 'Hongye Hao', 'Jiwen Lu']);
  });

  it('the abstract is the one under "## 📌 Abstract", not the note\'s retelling under "🧠 AI Analysis"', () => {
    expect(entries[0].abstract).toMatch(/^Multimodal agents in robotics, AR, and autonomous driving must reason about places/);
    expect(entries[0].abstract).toMatch(/establishes a demanding testbed for next-generation streaming spatial MLLMs\.$/);
  });

  it('the note\'s sections are no papers, and no front matter line is read as a title', () => {
    expect(warnings.some((warning) => /year: 2026|authors:/.test(warning.reason))).toBe(false);
    expect(warnings.filter((warning) => /section "(?:AI Analysis|Problem Statement)" of a note about one paper/.test(warning.reason))).toHaveLength(2);
  });
});

describe('a Chinese daily "newspaper" saved as HTML: <h3> titles over a row "Names · Institutions · arXiv:id" and Chinese notes', () => {
  const { entries, format } = readPage('newspaper-zh.html');

  it('gives the five papers, also those whose row shows one name or none before the id', () => {
    expect(format).toBe('html-page');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['SFT-then-RL Outperforms Mixed-Policy Methods for LLM Reasoning', '2604.23747', 32],
      ['K-Score: Kalman Filter as a Principled Alternative to Reward Normalization in RL', '2604.23056', 60],
      ['CoFi-PGMA: Counterfactual Policy Gradients under Filtered Feedback for Multi-Agent LLMs', '2604.22785', 81],
      ['KARL: Mitigating Hallucinations in LLMs via Knowledge-Boundary-Aware RL', '2604.22779', 103],
      ['Training a General Purpose Automated Red Teaming Model', '2604.23067', 121],
    ]);
  });

  it('the row\'s names are the authors and its institutions the organisation, whole', () => {
    // (Round 13: the row of one name with a note, "Sumxia (匿名通讯)", names that author; it was taken for the organisation.)
    expect(entries.map((entry) => entry.authorsCount)).toEqual([5, 1, 2, null, 4]);
    expect(entries[0].authors).toEqual(['Alexis Limozin', 'Eduard Durech', 'Torsten Hoefler', 'Imanol Schlag', 'Valentina Pyatkin']);
    expect(entries[0].organisation).toBe('ETH AI Center / ETH Zürich / EPFL / AI2');
    expect(entries[4].organisation).toBe('NVIDIA');
    expect(entries[2].organisation).toBeNull();
  });

  it('the Chinese notes are not abstracts, and the editorial\'s mentions of ids are not papers of their own', () => {
    expect(entries.map((entry) => entry.abstract)).toEqual(['', '', '', '', '']);
    expect(entries.map((entry) => entry.ids.arxiv)).not.toContain('2604.22981');
  });
});

describe('a Japanese note about one paper: bold-labelled fields (論文, 著者, arXiv) over sections in Japanese', () => {
  const { entries, format } = readPage('ja-paper-note.md');

  it('is read at all (its Japanese paragraphs are no abstract-shaped lines, its arXiv field names a paper)', () => {
    expect(format).toBe('hf-listing');
  });

  it('gives the paper under its quoted title without the quotes, with its id and arXiv\'s date', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['Every Token Counts: Generalizing 16M Ultra-Long Context in Large Language Models', '2511.23319', '2025-11-28', 3],
    ]);
  });

  it('the institutions in brackets after the last name are the organisation, not two more names', () => {
    expect(entries[0].authors).toEqual(['Xiang Hu', 'Zhanchao Zhou', 'Ruiqi Liang', 'Zehuan Li', 'Wei Wu', 'Jianguo Li']);
    expect(entries[0].authorsCount).toBe(6);
    expect(entries[0].organisation).toBe('Ant Group, Westlake University');
  });
});

describe('a Korean Obsidian note whose front matter names its paper by a bare id ("arxiv_id: 2509.11815", no title)', () => {
  const { entries, warnings } = readPage('ko-obsidian-arxiv-note.md');

  it('gives the paper under the note\'s one top-level heading, though sections stand between it and the abstract', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['SpecVLM: Fast Speculative Decoding in Vision-Language Models', '2509.11815', '2025-09-23', 13],
    ]);
  });

  it('the abstract is the one under "📄 Abstract (원문)", without arXiv\'s announce line; the empty "Authors:" counts none', () => {
    expect(entries[0].abstract).toMatch(/^Speculative decoding is a powerful way to accelerate autoregressive large language models/);
    expect(entries[0].abstract).toMatch(/Our code is available at https:\/\/github\.com\/haiduo\/SpecVLM\.$/);
    expect(entries[0].authors).toEqual([]);
    expect(entries[0].authorsCount).toBeNull();
  });

  it('the similar papers the note links by wiki links are not entries; its sections are reported as the note\'s', () => {
    expect(entries).toHaveLength(1);
    expect(warnings.some((warning) => /section "저자 정보" of a note about one paper/.test(warning.reason))).toBe(true);
  });
});

describe('the same kind of Korean note without front matter: the id only in arXiv\'s announce line above the abstract', () => {
  const { entries, warnings } = readPage('ko-arxiv-note-plain.md');

  it('gives the paper titled by the note\'s one top-level heading, named by the announce line\'s id', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['An Empirical Study of Federated Prompt Learning for Vision Language Model', '2505.23024', 2],
    ]);
    expect(entries[0].abstract).toMatch(/^The Vision Language Model \(VLM\) excels in aligning vision and language representations/);
    expect(entries[0].abstract).toMatch(/broader deployment of VLMs in privacy-preserving environments\.$/);
  });

  it('the section that held the abstract is said to be the note\'s; the Korean translation and summary are not abstracts', () => {
    expect(warnings.some((warning) => warning.line === 20 && /section "저자 정보" of a note about one paper/.test(warning.reason))).toBe(true);
    expect(entries[0].abstract).not.toMatch(/[가-힣]/);
  });
});

describe('an Obsidian index of HF papers: tables whose Paper cells are wiki links to notes named after the paper\'s id', () => {
  const { entries } = readPage('wiki-links-table.md');

  it('gives the eleven rows, titled by the link\'s shown text and named by the id in the note\'s name', () => {
    expect(entries).toHaveLength(11);
    expect(entries.slice(0, 3).map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.date, entry.line])).toEqual([
      ['Live Avatar', '2512.04677', 133, '2025-12', 18],
      ['SoulX-FlashTalk', '2512.23379', 3, '2025-12', 19],
      ['AvatarForcing One-Step', '2603.14331', 14, '2026-03', 20],
    ]);
    expect(entries.at(-1)).toMatchObject({ title: 'FireRedChat', ids: { arxiv: '2509.06502' }, upvotes: 0, date: '2025-09', line: 33 });
  });

  it('no wiki-link markup is left in a title, and the playbook notes linked below the tables are not papers', () => {
    expect(entries.some((entry) => /\[\[|\]\]|\|/.test(entry.title))).toBe(false);
    expect(entries.some((entry) => /Playbook|EVE ECC/.test(entry.title))).toBe(false);
    expect(entries.map((entry) => entry.abstract)).toEqual(Array(11).fill(''));
  });
});

describe('a report on a social site\'s posts: "### 1. \\"Post title\\" (author)" over "- **Upvotes**: 1258" and other fields, no paper', () => {
  const { entries, warnings } = readPage('posts-report.md');

  it('gives no paper: the report\'s summary does not take the first post\'s upvotes, and is its own section', () => {
    expect(entries).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].reason).toMatch(/^no paper on this page/);
  });
});

describe('a reading note titled with its citation key ("# [Prakash 2026] LDP: …") over a row of bold-labelled fields', () => {
  const { entries } = readPage('paper-note-citekey.md');

  it('gives the paper without the citation key, its one author without the affiliation in brackets', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.authorsCount, entry.organisation, entry.line])).toEqual([
      ['LDP: An Identity-Aware Protocol for Multi-Agent LLM Systems', '2603.08852', ['Sunil Prakash'], 1, 'Indian School of Business, Hyderabad', 1],
    ]);
  });
});

describe('a daily report: "## Paper 1: Title" over "**arXiv**: id | **Authors**: names (Org)", then a table with an "arXiv ID" column', () => {
  const { entries } = readPage('daily-report-papers.md');

  it('gives the two detailed papers without the report\'s numbering, with names, institutions and ids', () => {
    expect(entries.slice(0, 2).map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.organisation, entry.line])).toEqual([
      ['Gram — Automated Alignment Auditing for Sabotage', '2605.30322', ['Lindner', 'Krakovna', 'Farquhar'], 'Google DeepMind', 8],
      ['SoundnessBench — Evaluating AI Scientist Soundness', '2605.30329', ['Ho', 'Liu', 'Nghiem', 'Huang'], 'UMD', 29],
    ]);
  });

  it('the table\'s bare ids name its rows\' papers: the two detailed ones are not repeated, the third is given by its row', () => {
    expect(entries.map((entry) => entry.ids.arxiv)).toEqual(['2605.30322', '2605.30329', '2605.30327']);
    expect(entries[2]).toMatchObject({ title: 'Entropy-Cut MH', line: 55 });
  });
});

describe('a weekly digest\'s "Top papers of the week": numbered items "**Title (09-26, arXiv 2606.09864)**: note [Wiki](…)"', () => {
  const { entries } = readPage('weekly-top-papers.md');

  it('gives the eight items as papers, the id from the bracket after the title, neither the bracket nor the days in the title', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv ?? null, entry.line])).toEqual([
      ['Alignment Collapse Under KV Cache Quantization', '2606.09864', 3],
      ['Disaggregated Quantization', '2609.26333', 4],
      ['HySparse2', '2609.26368', 5],
      ['Flash-dLLM', '2609.26796', 6],
      ['LM-CXD', '2609.26828', 7],
      ['KV-COBRA with Colla-Q', null, 8],
      ['JEV-as-a-Judge with the Penn correlated-errors study', null, 9],
      ['IER-OPD', '2609.24432', 10],
    ]);
  });

  it('the heading is not a paper whose abstract is the first item, and the notes are not abstracts', () => {
    expect(entries.some((entry) => entry.title === 'Top papers of the week')).toBe(false);
    expect(entries.map((entry) => entry.abstract)).toEqual(Array(8).fill(''));
  });
});

describe('a wiki\'s concept page about a benchmark paper: "**Paper**: [arXiv:id](…) (May 2026) | **Authors**: names (Org)"', () => {
  const { entries } = readPage('wiki-concept-paper.md');

  it('gives the paper with its id, the month beside the id as its date, the names and the institution', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.authors, entry.organisation])).toEqual([
      ['OBLIQ-Bench (Oblique Retrieval Benchmark)', '2605.06235', '2026-05', ['Diane Tchuindjo', 'Devavrat Shah', 'Omar Khattab'], 'MIT'],
    ]);
  });
});

describe('Japanese digests whose text has no abstract-shaped line (no spaces between words)', () => {
  it('a daily "AI Watch" is read for its arXiv links: the three linked papers, not the models beside them', () => {
    const { entries, format } = readPage('ja-ai-watch.md');
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Stability vs. Manipulability: Evaluating Robustness Under Post-Decision Interaction in LLM Judges', '2606.05384', 21],
      ['LeanMarathon: Toward Reliable AI Co-Mathematicians through Long-Horizon Lean Autoformalization', '2606.05400', 23],
      ['Insurance of Agentic AI', '2606.05449', 25],
    ]);
    expect(entries.some((entry) => /gemma/i.test(entry.title))).toBe(false);
  });

  it('a 3DGS daily report: numbered headings over "- **arXiv**: <address>" are papers; "**著者**" naming universities is the organisation', () => {
    const { entries, format } = readPage('ja-gs-daily.md');
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['Multi-GPU Gaussian Splatting（PyTorch抽象化）', '2606.11390', null, 12],
      ['Envision4D（4DGS × 自動運転）', '2606.10656', '2026-06-09', 34],
    ]);
    expect(entries[1].authors).toEqual([]);
    expect(entries[1].organisation).toBe('清華大学 + 香港中文大学（深圳）');
    // The item linking a project page and the news item are no papers.
    expect(entries.some((entry) => /Gaussian Point Splatting|Blender/.test(entry.title))).toBe(false);
  });
});
