// Eleventh round: Chinese daily digests of the "Horizon" kind, where each item is headed by a link to what it is about
// (an arXiv paper, a news page, a repository) with the digest's rating after it ("⭐️ 8.0/10"), and closes with the
// digest's references under a label of its own ("**参考链接**:" over a Markdown list, or a `<details>` whose summary is
// "参考链接" over an HTML list). Provenance of the real files in test/fixtures/hf-pages-real/README.md; every figure was
// counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);

describe('a "Horizon Summary" digest whose items close with <details><summary>参考链接</summary> over HTML list items', () => {
  const { entries, warnings } = readPage('horizon-zh-details.md');

  it('gives the three items headed by an arXiv link, titled by their headline without the digest\'s rating', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Unislop：对 UNISOC UDX710 基带的忠实重宿主分析', '2608.07143', 63],
      ['CellWorld：面向空间转录组基础模型的潜在细胞预测', '2608.06659', 128],
      ['Gated-BEPO：面向大语言模型智能体的置信门控贝尔曼信用分配', '2608.06861', 150],
    ]);
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://arxiv.org/abs/2608.07143', 'https://arxiv.org/abs/2608.06659', 'https://arxiv.org/abs/2608.06861',
    ]);
  });

  it('no reference is a paper of the page: not the cited ones (GraphCast, Eidos, LoHoSearch, MineExplorer\'s HF page) nor the item\'s own paper again', () => {
    const ids = entries.map((entry) => entry.ids.arxiv);
    for (const cited of ['2212.12794', '2602.14024', '2606.12837', '2605.30931']) expect(ids).not.toContain(cited);
    expect(entries.some((entry) => /\.\.\.$|Paper page/.test(entry.title))).toBe(false);
    expect(entries.filter((entry) => entry.ids.arxiv === '2608.06861')).toHaveLength(1);
  });

  it('the digest\'s Chinese notes are not the papers\' abstracts', () => {
    expect(entries.map((entry) => entry.abstract)).toEqual(['', '', '']);
  });

  it('the items about news pages and a repository are no papers, each reported at its line', () => {
    const lines = warnings.map((warning) => warning.line ?? 0);
    expect(lines.filter((line) => [41, 85, 107].includes(line)).sort((a, b) => a - b)).toEqual([41, 85, 107]);
    expect(entries.some((entry) => /WeatherNext|LoHoSearch|MineExplorer/.test(entry.title))).toBe(false);
  });
});

describe('a daily digest of the same kind whose items close with "**参考链接**:" over a Markdown list', () => {
  const { entries } = readPage('daily-brief-zh.md');

  it('gives the four items headed by an arXiv link, each once, without the rating after its headline', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['RHMP：为物理场学习离散黎曼度量', '2608.14556', 61],
      ['前向传播域适应提升大模型微调效率', '2608.14563', 78],
      ['HarmProfile：用于刻画前沿大语言模型有害输出的新基准', '2608.14577', 94],
      ['多智能体 LLM 商业中的突发性错位沟通', '2608.14825', 110],
    ]);
  });

  it('the references cut to a search engine\'s titles are not papers (the items\' own, cited ones, HF paper pages)', () => {
    expect(entries.map((entry) => entry.ids.arxiv)).not.toContain('2310.10448');
    expect(entries.some((entry) => /\.\.\.$|^Paper page/.test(entry.title))).toBe(false);
  });

  it('the news items (a blog post, a repository, a web tool) are no papers', () => {
    expect(entries.some((entry) => /Mojo|Turbovec|ModelMap/.test(entry.title))).toBe(false);
  });
});

describe('a digest of the same kind with news only (no paper linked)', () => {
  it('gives no paper', () => {
    expect(readPage('horizon-zh-news.md').entries).toEqual([]);
  });
});

describe('a harvested paper: front matter with its id, HF address and date but no title, over "# Title" and the abstract', () => {
  const { entries, warnings } = readPage('farmer-note.md');

  it('gives the paper under its heading with the front matter\'s id and date', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['AgentKernelArena: Generalization-Aware Benchmarking of GPU Kernel Optimization Agents', '2605.16819', '2026-05-19', 10],
    ]);
    expect(entries[0].abstract).toMatch(/^GPU kernel optimization is increasingly critical for efficient deep learning systems/);
    expect(entries[0].abstract).toMatch(/across agents, tasks, and hardware targets\.$/);
    expect(warnings).toEqual([]);
  });
});

describe('a post about one HF paper written in Chinese, the paper named by its front matter', () => {
  const { entries, warnings } = readPage('post-zh-tw.md');

  it('gives the paper of the front matter, without the post\'s text as its abstract', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.abstract, entry.line])).toEqual([
      ['Loc3R-VLM: Language-based Localization and 3D Reasoning with Vision-Language Models', '2603.18002', '', 2],
    ]);
  });

  it('the post\'s 26 lines taken for titles are one warning, at the first of them, not one each (its 3 lines ending in a colon are labels)', () => {
    const leftOver = warnings.filter((warning) => warning.reason.includes('note about one paper'));
    expect(leftOver.map((warning) => [warning.line, warning.reason.slice(0, 9)])).toEqual([[10, '26 lines ']]);
    expect(warnings.filter((warning) => warning.reason.startsWith('title "'))).toEqual([]);
  });
});

describe('a Korean note about one paper with its fields in one row separated by " · "', () => {
  const { entries } = readPage('note-ko-fields.md');

  it('reads each field of the row: the two authors, the date written in Korean, the id', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.date, entry.line])).toEqual([
      ['The Price of Sparsity: Sufficient Conditions for Sparse Recovery using Sparse and Sparsified Measurements', '2509.01809', ['Youssef Chaabouni', 'David Gamarnik'], '2026-09-08', 12],
    ]);
    expect(entries[0].abstract).toMatch(/^sparse binary 신호에서 support recovery의 문제를 고려합니다\./);
  });
});

describe('a researcher\'s homepage: publication cards with the title linked (arXiv, doi.org, ACL Anthology) over a line of names', () => {
  const { entries, warnings } = readPage('homepage-publications.md');

  it('gives the five papers, each named by its link: an arXiv id, a DOI, or the Anthology\'s address', () => {
    expect(entries.map((entry) => [entry.title, entry.ids, entry.url, entry.line])).toEqual([
      ['Augur: Modeling Covariate Causal Associations in Time Series via Large Language Models', { arxiv: '2510.07858' }, 'https://arxiv.org/abs/2510.07858', 38],
      ['Causal Learning Meet Covariates: Empowering Lightweight and Effective Nationwide Air Quality Forecasting', { doi: '10.24963/ijcai.2025/353' }, 'https://doi.org/10.24963/ijcai.2025/353', 49],
      ['Draw with Thought: Unleashing Multimodal Reasoning for Scientific Diagram Generation', { arxiv: '2504.09479' }, 'https://arxiv.org/abs/2504.09479', 61],
      ['Uno-Orchestra: Parsimonious Agent Routing via Selective Delegation', { arxiv: '2605.05007' }, 'https://arxiv.org/abs/2605.05007', 79],
      ['ReflectDiffu: Reflect between Emotion-intent Contagion and Mimicry for Empathetic Response Generation via a RL-Diffusion Framework', {}, 'https://aclanthology.org/2025.acl-long.1235/', 97],
    ]);
  });

  it('the line of names under each title is its authors, without the bold, the "†" marks and the role in brackets', () => {
    expect(entries.map((entry) => entry.authorsCount)).toEqual([7, 7, 6, 14, 5]);
    expect(entries[1].authors).toEqual(['Jiaming Ma', 'Zhiqing Cui', 'Binwu Wang', 'Pengkun Wang', 'Zhengyang Zhou', 'Zhe Zhao', 'Yang Wang']);
    expect(entries[4].authors).toEqual(['Jiahao Yuan', 'Zixiang Di', 'Zhiqing Cui', 'Guisong Yang', 'Usman Naseem']);
  });

  it('"About Me" and "Research Aim" are the page\'s own sections, reported at their lines, not papers', () => {
    expect(warnings.filter((warning) => warning.reason.includes('names no paper')).map((warning) => warning.line)).toEqual([20, 24]);
  });
});

describe('the English edition of such a digest, its items all headed by links to web pages (Reddit threads, a blog)', () => {
  const { entries, warnings } = readPage('horizon-en.md');

  it('gives no paper, in one warning: the summaries are about the pages, and the papers two threads discuss are their references', () => {
    expect(entries).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(28);
    expect(warnings[0].reason).toMatch(/^no paper on this page: its 3 entries are titled by links to web pages/);
  });
});

describe('an awesome list whose items are a linked title over nested sub-items: names, then fields with an icon before their name', () => {
  const { entries, warnings } = readPage('gui-agents-keyword.md');

  it('gives each item under its own title, with its id or its site (no field taken for a title, nothing shifted to the next item)', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv ?? null, entry.url, entry.line])).toEqual([
      ['OS-Sentinel: Towards Safety-Enhanced Mobile GUI Agents via Hybrid Validation in Realistic Workflows', '2510.24411', 'https://arxiv.org/abs/2510.24411', 3],
      ['OS-HARM: A Benchmark for Measuring Safety of Computer Use Agents', '2503.18492', 'https://arxiv.org/abs/2503.18492', 12],
      ['macOSWorld: A Multilingual Interactive Benchmark for GUI Agents', '2506.04135', 'https://arxiv.org/abs/2506.04135', 21],
      ['SafeBench: A Safety Evaluation Framework for Multimodal Large Language Models', '2410.18927', 'https://arxiv.org/pdf/2410.18927', 30],
      ['ST-WebAgentBench: A Benchmark for Evaluating Safety and Trustworthiness in Web Agents', null, 'https://sites.google.com/view/st-webagentbench/home', 39],
    ]);
    expect(warnings.map((warning) => warning.line)).toEqual([1]);
  });

  it('reads the names line as the authors, "📅 Date:" as the date, "🏛️ Institutions:" as the organisation, the TL;DR as the abstract', () => {
    expect(entries.map((entry) => [entry.authorsCount, entry.date])).toEqual([
      [14, '2025-12-09'], [7, '2025-10-29'], [3, '2025-06-04'], [8, '2024-10-24'], [6, '2024-10-09'],
    ]);
    expect(entries[2].authors).toEqual(['Pei Yang', 'Hai Ci', 'Mike Zheng Shou']);
    expect(entries.map((entry) => entry.organisation)).toEqual([
      'The University of Hong Kong, Fudan University, Shanghai AI Laboratory, Nanyang Technological University ☼Nanjing University, Shanghai Jiao Tong University',
      'EPFL, Carnegie Mellon University', 'NUS', 'Beihang University, China.', 'IBM Research',
    ]);
    expect(entries[1].abstract).toMatch(/^Computer use agents, LLM-based systems interacting with GUIs/);
    expect(entries[4].abstract).toMatch(/^This paper introduces ST-WebAgentBench, a benchmark designed to evaluate the safety/);
  });
});

describe('an awesome list: "### 9. Title" over a names line and its institutions in brackets, the abstract in <details>, then a table of the same papers', () => {
  const { entries } = readPage('awesome-4d-details.md');

  it('gives each section\'s paper with the id of its table row (the "Paper" column holds "[Link]" buttons, titles are in "Title"), and the table\'s other row', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Control4D: Efficient 4D Portrait Editing with Text', '2305.20082', 1],
      ['DreamGaussian4D: Generative 4D Gaussian Splatting', '2312.17142', 8],
      ['GaussianFlow: Splatting Gaussian Dynamics for 4D Content Creation', '2403.12365', 17],
      ['Text-To-4D Dynamic Scene Generation', '2301.11280', 29],
    ]);
    expect(entries.some((entry) => entry.title === 'Link')).toBe(false);
  });

  it('the names line is the authors; the bracketed line of institutions is the organisation, never a title', () => {
    expect(entries.map((entry) => entry.authorsCount)).toEqual([7, 7, 8, null]);
    expect(entries[1].authors).toEqual(['Jiawei Ren', 'Liang Pan', 'Jiaxiang Tang', 'Chi Zhang', 'Ang Cao', 'Gang Zeng', 'Ziwei Liu']);
    expect(entries[1].organisation).toBe('S-Lab, Nanyang Technological University, Shanghai AI Laboratory, Peking University, University of Michigan');
    expect(entries[2].abstract).toMatch(/^Creating 4D fields of Gaussian Splatting from images or videos is a challenging task/);
  });
});

describe('a reading guide with Chinese field labels: "### Title." over "- **链接**: [出版页](doi…)", "- **作者**: …", "- **🏷️ 机构**: …"', () => {
  const { entries } = readPage('guideline-zh-fields.md');

  it('gives the four papers, those linking their proceedings\' page by the DOI in its address', () => {
    expect(entries.map((entry) => [entry.ids, entry.line])).toEqual([
      [{ doi: '10.1109/cvpr52729.2023.00505' }, 8],
      [{ arxiv: '2308.01471' }, 14],
      [{ arxiv: '2305.06242' }, 26],
      [{ doi: '10.1109/cvpr52729.2023.02078' }, 32],
    ]);
    expect(entries[3].url).toBe('https://doi.org/10.1109/CVPR52729.2023.02078');
  });

  it('each paper has its own authors: a list ending "et al." is not counted, and no other item\'s names count for it', () => {
    expect(entries.map((entry) => entry.authorsCount)).toEqual([6, 4, null, 4]);
    expect(entries[2].authors).toEqual(['Xiaosong Jia', 'Penghao Wu', 'Li Chen', 'Jiangwei Xie', 'Conghui He', 'Junchi Yan']);
    expect(entries[1].organisation).toBe('Waabi, University of Toronto');
    expect(entries[1].abstract).toMatch(/^A self-driving vehicle \(SDV\) must be able to perceive its surroundings/);
    expect(entries.map((entry) => entry.abstract === '')).toEqual([true, false, true, true]);
  });
});

describe('an awesome list of "- **[Title](arxiv…)** (Jul 2025)" items, each over a nested note and its institutions', () => {
  const { entries, warnings } = readPage('awesome-dllm-safety.md');

  it('gives the eight papers, each dated to the month its item gives', () => {
    expect(entries.map((entry) => [entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['2507.11097', '2025-07', 29], ['2510.00565', '2025-10', 33], ['2509.24296', '2025-09', 37], ['2509.23286', '2025-09', 42],
      ['2508.12398', '2025-08', 45], ['2502.11564', '2025-02', 55], ['2503.09573', '2025-03', 59], ['2508.10875', '2025-08', 65],
    ]);
    expect(entries[5].title).toBe('Large Language Diffusion with Autoregressive Prior (LLaDA)');
  });

  it('the list\'s own title over its intro, and "Introduction", are its sections, not papers', () => {
    expect(warnings.filter((warning) => warning.reason.includes('names no paper')).map((warning) => warning.line)).toEqual([1, 19]);
  });
});

describe('a lab\'s news post: "# 01" over bold-labelled fields, the paper linked to its OpenReview page', () => {
  const { entries } = readPage('lab-news-fields.md');

  it('gives the three papers with their authors, affiliations, abstract and OpenReview address', () => {
    expect(entries.map((entry) => [entry.title, entry.authorsCount, entry.url, entry.line])).toEqual([
      ['TimeSuite: Improving MLLMs for Long Video Understanding via Grounded Tuning', 13, 'https://openreview.net/forum?id=nAVejJURqZ', 22],
      ['Proving Olympiad Inequalities by Synergizing LLMs and Symbolic Reasoning', 9, 'https://openreview.net/forum?id=FiyS0ecSm0', 32],
      ['MeteoRA: Multiple‑tasks Embedded LoRA for Large Language Models', 3, 'https://openreview.net/pdf?id=yOOJwR15xg', 42],
    ]);
    expect(entries[2].organisation).toBe('Nanjing University');
    expect(entries[1].abstract).toMatch(/^AI has advanced in competition‑level proofs/);
  });

  it('nothing is dated by the post\'s own date', () => {
    expect(entries.map((entry) => entry.date)).toEqual([null, null, null]);
  });
});

describe('a generated report listing each paper twice: a Chinese brief, then "**主要机构**", "**作者数量**: 14人", "**摘要**:"', () => {
  const { entries, warnings } = readPage('report-zh-briefs-details.md');

  it('gives the papers with an abstract once each, with their author count and institutions (the empty field is no one\'s)', () => {
    expect(entries.map((entry) => [entry.title, entry.authorsCount, entry.organisation, entry.line])).toEqual([
      ['Are We Using the Right Benchmark: An Evaluation Framework for Visual Token Compression Methods', 14,
        'Hong Kong University of Science and Technology (Guangzhou), Shanghai Jiao Tong University, INSAIT, Shanghai AI Laboratory, Sofia University', 21],
      ['HyPlan: Hybrid Learning-Assisted Planning Under Uncertainty for Safe Autonomous Driving', 3, null, 37],
    ]);
    expect(entries[1].abstract).toMatch(/^We present a novel hybrid learning-assisted planning method, named HyPlan/);
  });

  it('the paper shown with neither abstract nor link is reported at both its headings', () => {
    expect(warnings.filter((warning) => warning.reason.startsWith('title "Artificial Hippocampus')).map((warning) => warning.line)).toEqual([11, 29]);
  });
});

describe('a guide of the same series with its rating after titles ("**⭐⭐⭐⭐** (相关度: 75%)") and its own summaries as fields', () => {
  const { entries } = readPage('guideline-zh-stars.md');

  it('cuts the rating off the titles; the abstract is arXiv\'s, quoted in <details>, not the guide\'s English summary', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['From Pixels to Graphs: Open-Vocabulary Scene Graph Generation with Vision-Language Models.', '2404.00906', 1],
      ['OMG: Towards Open-vocabulary Motion Generation via Mixture of Controllers.', '2312.08985', 18],
      ['Open-Vocabulary Segmentation with Semantic-Assisted Calibration.', '2312.04089', 35],
    ]);
    expect(entries[0].abstract).toMatch(/^Scene graph generation \(SGG\) aims to parse a visual scene/);
    expect(entries[1].abstract).toMatch(/^We have recently seen tremendous progress in realistic text-to-motion generation\./);
    expect(entries.map((entry) => entry.authorsCount)).toEqual([5, null, 5]);
  });
});

describe('a digest of Discord channels whose "links mentioned" name an HF paper page', () => {
  it('gives no paper: neither the "提及的链接" label nor a channel is one (before: "提及的链接 ：" was given as a paper); its lines are reported', () => {
    const { entries, warnings } = readPage('discord-digest-zh.md');
    expect(entries).toEqual([]);
    expect(warnings.map((warning) => warning.line)).toContain(15);
  });
});

describe('a literature scan: a table of works linking a DOI or arXiv, then "### n. Title" over plain "- Name: value" bullets', () => {
  const { entries } = readPage('literature-scan.md');

  it('gives the three works: the table\'s row that has no section, and the two sections with their fields (no field taken for a title)', () => {
    expect(entries.map((entry) => [entry.title.slice(0, 40), entry.ids, entry.url, entry.date, entry.line])).toEqual([
      ['A Conversational Multi-Agent AI System f', { doi: '10.64898/2026.08.08.743577' }, 'https://doi.org/10.64898/2026.08.08.743577', '2026-08-14', 14],
      ['Delivering building demand flexibility f', { doi: '10.1016/j.apenergy.2026.128668' }, 'https://doi.org/10.1016/j.apenergy.2026.128668', '2026-08-14', 18],
      ['What surrounds an injection decides whet', { arxiv: '2606.00566', doi: '10.5281/zenodo.21944597' }, 'https://arxiv.org/abs/2606.00566', '2026-08-15', 36],
    ]);
  });

  it('the sections\' authors ("et al." not counted) and the quoted abstract under "Abstract excerpt:"', () => {
    expect(entries.map((entry) => entry.authorsCount)).toEqual([null, null, 1]);
    expect(entries[1].authors).toEqual(['Zhenjun Ma', 'Menglong Lu', 'Xiaochen Yang', 'Maomao Hu']);
    expect(entries[2].abstract).toMatch(/^A data and code for a study of indirect prompt injection/);
  });
});

describe('an Obsidian note about one paper: front matter naming it by url (no title), "# Title", the note\'s sections, "### 原始摘要" and "### 来源"', () => {
  const { entries, warnings } = readPage('obsidian-update-note.md');

  it('gives the one paper under the heading, with the abstract of "原始摘要", the authors of "来源" and the front matter\'s date', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.authorsCount, entry.line])).toEqual([
      ['Functional Cache Grafting: Robust and Rapid Code-Policy Synthesis for Embodied Agents', '2606.13097', '2026-06-11', 5, 18],
    ]);
    expect(entries[0].abstract).toMatch(/^Code-writing large language models \(CodeLLMs\) generate executable code policies for embodied agents/);
    expect(entries[0].abstract).toMatch(/achieving 18\.31% higher task success rate and 2\.3x faster policy synthesis\.$/);
  });

  it('"原始摘要" and "来源" are the note\'s sections, reported, not papers', () => {
    expect(warnings.filter((warning) => warning.reason.startsWith('section "')).map((warning) => warning.line)).toEqual([42, 63]);
  });
});
