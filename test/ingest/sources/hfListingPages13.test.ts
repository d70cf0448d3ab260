// Thirteenth round: pages that name Hugging Face papers outside HF's own listings. Model documentation (the
// transformers and diffusers docs, which link their papers to arXiv or to huggingface.co/papers) cites the paper in a
// sentence ("The BORT model was proposed in [Title](…) by Names.") and quotes its abstract under "The abstract from the
// paper is the following:", under headings of its own ("Overview"); a Chinese WeChat digest writes each paper as an
// id row ("01 · arXiv:2608.23927") over its title set apart in bold; a Chinese "newspaper" row names one author with
// a note in brackets. Provenance of the real files in test/fixtures/hf-pages-real/README.md; every figure was counted
// by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);

describe('model documentation citing its paper: "proposed in [Title](link) by Names", then its abstract quoted', () => {
  it('gives the cited paper under its own title, not the page\'s heading ("Overview"), with its two authors', () => {
    const { entries, format } = readPage('model-doc-cited.md');
    expect(format).toBe('hf-listing');
    // Was: one entry titled "Overview", without authors, its abstract the sentence that cites the paper.
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.authorsCount, entry.line])).toEqual([
      ['Optimal Subarchitecture Extraction for BERT', '2010.10499', ['Adrian de Wynter', 'Daniel J. Perry'], 2, 30],
    ]);
  });

  it('the paragraph under "The abstract from the paper is the following:" is the abstract, without its emphasis marks', () => {
    const [entry] = readPage('model-doc-cited.md').entries;
    expect(entry.abstract).toMatch(/^We extract an optimal subset of architectural parameters for the BERT architecture from Devlin et al\. \(2018\) by applying/);
    expect(entry.abstract).toMatch(/on multiple public natural language understanding \(NLU\) benchmarks\.$/);
  });

  it('a paper linked to its HF page: five authors, and the day it was released, not the day the library added it', () => {
    const { entries } = readPage('model-doc-released.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authorsCount, entry.date, entry.line])).toEqual([
      ['Descript Audio Codec: High-Fidelity Audio Compression with Improved RVQGAN', '2306.06546', 5, '2023-06-11', 9],
    ]);
    expect(entries[0].authors).toEqual(['Rithesh Kumar', 'Prem Seetharaman', 'Alejandro Luebs', 'Ishaan Kumar', 'Kundan Kumar']);
    expect(entries[0].abstract).toMatch(/^Language models have been successfully used to model natural signals, such as images, speech, and music\./);
    expect(entries[0].abstract).toMatch(/lay the foundation for the next generation of high-fidelity audio modeling\.$/);
  });

  it('authors written as links, after an aside (", a CVPR 2024 Oral paper by …"); the contributors listed below are no papers', () => {
    const { entries } = readPage('pipeline-doc-linked-names.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authorsCount, entry.line])).toEqual([
      ['Repurposing Diffusion-Based Image Generators for Monocular Depth Estimation', '2312.02145', 6, 5],
    ]);
    expect(entries[0].authors).toEqual(['Bingxin Ke', 'Anton Obukhov', 'Shengyu Huang', 'Nando Metzger', 'Rodrigo Caye Daudt', 'Konrad Schindler']);
    expect(entries[0].abstract).toMatch(/^Monocular depth estimation is a fundamental computer vision task\. Recovering 3D depth/);
    expect(entries[0].abstract).toMatch(/Project page: https:\/\/marigoldmonodepth\.github\.io\.$/);
  });
});

describe('a Chinese WeChat digest: "01 · arXiv:2608.23927" over "🔬 **Title**", keywords, Chinese notes, source links', () => {
  const { entries, format } = readPage('wechat-id-rows-zh.md');

  it('gives its four papers, each titled by the bold line under its id row (was: none)', () => {
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['GlanceWAM: Sparse Test-Time Imagination for World-Action Models', '2608.23927', 24],
      ['Act with Intent: Distilling Behavior Intent for Vision-Language-Action Models', '2608.23478', 42],
      ['DreamMimic: Learning Visuomotor Whole-Body Loco-Manipulation via World Model', '2608.22278', 60],
      ['GOLEM: Modular Humanoid Autonomy Towards Electric Vehicle Battery Disassembly', '2608.21550', 78],
    ]);
  });

  it('the items\' numbers are neither upvotes ("10") nor organisations ("02"), and the article\'s date is no paper\'s', () => {
    expect(entries.map((entry) => [entry.upvotes, entry.organisation, entry.date])).toEqual([
      [null, null, null], [null, null, null], [null, null, null], [null, null, null],
    ]);
  });

  it('the Chinese notes are the digest\'s words, not abstracts', () => {
    expect(entries.map((entry) => entry.abstract)).toEqual(['', '', '', '']);
  });
});

describe('a row naming people by one word each is their names, not an organisation', () => {
  it('"Sumxia (匿名通讯) · arXiv:…" (one name, a note on the person in brackets): the author (was: organisation "(匿名通讯)")', () => {
    const { entries } = readPage('newspaper-zh.html');
    const kScore = entries.find((entry) => entry.ids.arxiv === '2604.23056')!;
    expect([kScore.authors, kScore.authorsCount, kScore.organisation]).toEqual([['Sumxia'], 1, null]);
    // The rows of full names and institutions keep theirs.
    expect(entries[0].organisation).toBe('ETH AI Center / ETH Zürich / EPFL / AI2');
    expect(entries[4].organisation).toBe('NVIDIA');
  });
});

describe('an earlier edition of the newspaper: "作者：" names separated by "、", "arXiv: id · 提交日：date · tags"', () => {
  const { entries, format } = readPage('newspaper-authors-zh.html');

  it('gives the five papers with their submission day (was: "提交日：2026-04-20" taken as the organisation)', () => {
    expect(format).toBe('html-page');
    expect(entries.map((entry) => [entry.ids.arxiv, entry.date])).toEqual([
      ['2604.18401', '2026-04-20'], ['2604.18578', '2026-04-20'], ['2604.16972', '2026-04-18'], ['2604.16995', '2026-04-18'], ['2604.02006', '2026-04-02'],
    ]);
  });

  it('splits the names at "、" and takes the institutions in full-width brackets after them as the organisation', () => {
    expect(entries.map((entry) => entry.authorsCount)).toEqual([7, 8, null, null, null]);
    expect(entries[0].authors).toEqual(['Daoyu Wang', 'Qingchuan Li', 'Mingyue Cheng', 'Jie Ouyang', 'Shuo Yu', 'Qi Liu', 'Enhong Chen']);
    expect(entries[0].organisation).toBe('中科大认知智能国家重点实验室');
    expect(entries[1].authors.at(-1)).toBe('Andreas Krause');
    expect(entries[1].organisation).toBe('ETH Zürich、MPI-IS');
    // "Peinan Feng 等" ("and others"): five names shown, how many there are not known.
    expect(entries[3].authors).toEqual(['Yifu Huo', 'Chenglong Wang', 'Ziming Zhu', 'Shunjie Xing', 'Peinan Feng']);
    expect(entries[3].organisation).toBe('东北大学、昆明理工、中科院等');
  });

  it('institutions where the names would be ("清华大学、上海期智研究院联合团队") are the organisation, no authors', () => {
    expect([entries[4].authors, entries[4].organisation]).toEqual([[], '清华大学、上海期智研究院联合团队']);
    expect([entries[2].authors, entries[2].organisation]).toEqual([[], 'Ant Group、浙江大学联合团队（完整名单见原文）']);
  });
});

describe('a Chinese developer\'s note naming papers by DOI only, in bold-labelled fields (标题, 作者, 年份, 链接)', () => {
  const { entries, format } = readPage('reference-fields-doi-zh.md');

  it('is read at all: no line of it is abstract-shaped and it links no arXiv paper (was: not a format this tool reads)', () => {
    expect(format).toBe('hf-listing');
  });

  it('gives its four papers with their authors (surnames only), the year field as their date and the DOIs', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.doi ?? null, entry.authors, entry.authorsCount, entry.date, entry.line])).toEqual([
      ['Efficiently Computing Static Single Assignment Form', '10.1145/109026.1991.139572', ['Cytron', 'Ferrante', 'Rosen', 'Wegman', 'Zadeck'], 5, '1991', 38],
      ['Efficiently Computing SSA Form and Its Use in Optimization', '10.1145/349568.124432', ['Brigham'], 1, '2002', 47],
      ['Linear Scan Register Allocation', null, ['Poletto', 'Sarkar'], 2, '1999', 71],
      ['Register Allocation via Graph Coloring', null, ['Chaitin'], 1, '1982', 80],
    ]);
    expect(entries.map((entry) => entry.year)).toEqual([1991, 2002, 1999, 1982]);
  });

  it('a course linked to its lectures on a university\'s site is no paper; the note\'s "创建日期" is no paper\'s date', () => {
    expect(entries.map((entry) => entry.title)).not.toContain('CMU 15-732: SSA and Optimizations');
    // The last paper's card runs into the note's footer (**创建日期**: 2026-01-14): its date stays its year field's.
    expect(entries[3].date).toBe('1982');
  });
});

describe('a German evidence collection: headlines over bold-labelled bullets, "**Originalquelle:** Names · arXiv:id · date"', () => {
  const { entries } = readPage('evidence-rows-de.md');

  it('gives the four findings that name a paper by its arXiv id (were none), not the news nor the page\'s own sections', () => {
    expect(entries.map((entry) => [entry.ids.arxiv, entry.date, entry.line])).toEqual([
      ['2606.02965', '2026-06-02', 22], ['2606.02866', '2026-06-03', 33], ['2605.29888', '2026-05-30', 44], ['2605.24229', '2026-05-24', 66],
    ]);
    expect(entries[2].title).toBe('LaRA: Daten-Contamination während RL-Post-Training');
  });

  it('the row\'s label ("Originalquelle") is not its first field\'s: the names are the authors, surnames alone too', () => {
    expect(entries.map((entry) => [entry.authors, entry.authorsCount])).toEqual([
      [['Victor Ojewale', 'Suresh Venkatasubramanian'], 2],
      [['Chirag Parmar', 'Akshat Mehta', 'Henglin Wu'], null],
      [['Gwak', 'Kwak', 'Lee', 'Son'], null],
      [['Jakkli', 'Rajamanoharan', 'Nanda'], 3],
    ]);
    expect(entries.map((entry) => entry.organisation)).toEqual([null, null, null, null]);
  });
});

describe('a Chinese index of papers picked from HF\'s monthly lists: tables with a "月/票" (month / votes) column', () => {
  const { entries } = readPage('monthly-picks-index-zh.md');

  it('gives the five rows\' papers with their institutions, and the votes after the "/" of "06 / 52↑" as upvotes', () => {
    expect(entries.map((entry) => [entry.title, entry.upvotes, entry.organisation, entry.line])).toEqual([
      ['Harness-1', 52, 'Chroma', 14],
      ['FS-Researcher', 52, 'muset.ai', 20],
      ['δ-mem', 128, 'declare-lab', 21],
      ['EvoArena / EvoMem', 90, 'MIT', 27],
      // Two papers in one row ("02·03 / 63↑·58↑"): no one count is the row's.
      ['MemSkill + Memento-Skills', null, 'NTU·UCL', 28],
    ]);
  });
});

describe('a Spanish note about one paper: "- **Título:** *Title*." and "- **Autores:** Names (Institution; note)." bullets', () => {
  const { entries } = readPage('paper-note-es.md');

  it('gives the paper under its title without the full stop the note ends its fields with, and its three authors', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.authorsCount, entry.line])).toEqual([
      ['Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks', '1703.03400', ['Chelsea Finn', 'Pieter Abbeel', 'Sergey Levine'], 3, 5],
    ]);
    // The bracket after the last name (before the field's full stop) is the institutions', not a fourth author.
    expect(entries[0].organisation).toMatch(/^UC Berkeley/);
  });

  it('the note\'s Spanish paragraph under the English title is not the paper\'s abstract (was taken for it)', () => {
    expect(entries[0].abstract).toBe('');
  });
});

describe('a Spanish project report with "**Autores:**" and "**Fecha:**" under its title: no paper', () => {
  it('says so in one warning', () => {
    const { entries, warnings, format } = readPage('project-report-es.md');
    expect(format).toBe('hf-listing');
    expect(entries).toEqual([]);
    expect(warnings.map((warning) => [warning.line, warning.reason.slice(0, 22)])).toEqual([[12, 'no paper on this page:']]);
  });
});

describe('one work under its title and an authors line ("# Title" over "**Auteurs :** Names"), naming no paper: none', () => {
  it.each([
    // A French lab report: "**Auteurs :**", "**Date :**", then "##" sections over paragraphs (was 3 papers, its sections).
    ['lab-report-fr.md', 7, 3],
    // A wiki's French note about a blog post: "**Auteurs :** … · **Publié :** … · **Lien :** https://sierra.ai/blog/…",
    // then "## En Bref" and "## Points Clés" (was 2 papers).
    ['wiki-post-note-fr.md', 20, 2],
  ])('%s', (name, line, sections) => {
    const { entries, warnings, format } = readPage(name);
    expect(format).toBe('hf-listing');
    expect(entries).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(line);
    expect(warnings[0].reason).toMatch(new RegExp(`^no paper on this page: its ${sections} headings? over paragraphs .*the page is one work under its title and its authors line`));
  });
});

describe('a "signals" report mixing news, repositories and papers: "### n. Title" over "- Date: 2026-07-23T00:00:00+00:00", "- URL: …", "- Summary: …"', () => {
  const { entries, warnings } = readPage('signals-report.md');

  it('gives the HF paper and the bioRxiv preprint under their own titles, dated by the timestamp (was: one paper titled "Focus/tech: AI agents / AI agents")', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv ?? null, entry.url, entry.date, entry.line])).toEqual([
      ['Streaming Multi-Agent Autoregressive Diffusion Model with World State Registers', '2607.21594', 'https://huggingface.co/papers/2607.21594', '2026-07-23', 22],
      ['Single-cell foundation models predict durable CAR T response despite imperfect cell annotation', null, 'https://www.biorxiv.org/content/10.64898/2026.07.22.740224', '2026-07-23', 31],
    ]);
    expect(entries[0].abstract).toMatch(/^Multi-agent interactive world models should not only generate consistent observations/);
  });

  it('a repository whose summary reads as a sentence is about its page, not a paper; news and products give none either', () => {
    expect(warnings.filter((warning) => /is about a web page/.test(warning.reason)).map((warning) => warning.line)).toEqual([40]);
    expect(entries.map((entry) => entry.title)).not.toContain('alibaba / open code review');
  });
});

describe('a Hungarian radar of signals: "### n. Title (arxiv)" with "- Dátum:", "- URL:", then a "| # | Cím | Forrás | Dátum | URL |" table', () => {
  const { entries } = readPage('radar-table-hu.md');

  it('gives the four papers (two read from both the items and the table) and none of the news, repositories and posts (was none at all)', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv ?? null, entry.date, entry.line])).toEqual([
      ['A Revealed Preference Framework for AI Alignment', '2603.27868', '2026-03-29', 11],
      ['Terminal Agents Suffice for Enterprise Automation', '2604.00073', '2026-03-31', 29],
      ['Claw4Science: OpenClaw Scientific Agent Ecosystem dataset', null, '2026-04-01', 52],
      ['Agentic AI and the next intelligence explosion', '2603.20639', '2026-03-30', 54],
    ]);
    expect(entries[2].url).toBe('https://www.biorxiv.org/content/10.64898/2026.03.30.715118');
  });
});

describe('a row of one-word names that are institutions ("Tsinghua, Fudan") is the organisation, not authors', () => {
  // The real newspaper page with its one-name row ("Sumxia (匿名通讯) · arXiv:…") rewritten.
  const page = readFileSync(join(REAL_PAGES, 'newspaper-zh.html'), 'utf8');
  const kScoreOf = (row: string, replace: [string, string][] = []) => {
    let text = page.replace('Sumxia (匿名通讯) ·', `${row} ·`);
    for (const [from, to] of replace) text = text.replace(from, to);
    return readText(text, 'newspaper-zh.html').entries.find((entry) => entry.ids.arxiv === '2604.23056')!;
  };

  it('institutions known by one word: the organisation (were two authors "Tsinghua" and "Fudan")', () => {
    const entry = kScoreOf('Tsinghua, Fudan');
    expect([entry.authors, entry.organisation]).toEqual([[], 'Tsinghua, Fudan']);
  });

  it("institutions the page itself names with an institution's word elsewhere ('Kyoto University')", () => {
    const entry = kScoreOf('Kyoto, Osaka', [['ETH AI Center / ETH Zürich / EPFL / AI2', 'Kyoto University / Osaka University']]);
    expect([entry.authors, entry.organisation]).toEqual([[], 'Kyoto, Osaka']);
  });

  it("an institution's full name opening the row keeps its first word (was 'University, Fudan University')", () => {
    expect(kScoreOf('Tsinghua University, Fudan University').organisation).toBe('Tsinghua University, Fudan University');
    expect(kScoreOf('Tsinghua University').organisation).toBe('Tsinghua University');
    expect(kScoreOf('Shanghai AI Laboratory').organisation).toBe('Shanghai AI Laboratory');
  });

  it("an account's handle before its name is left out, as on Hugging Face's own cards", () => {
    expect(kScoreOf('deepseek-ai DeepSeek').organisation).toBe('DeepSeek');
    expect(kScoreOf('Skywork Skywork AI').organisation).toBe('Skywork AI');
  });

  it('one-word names of people stay authors', () => {
    expect(kScoreOf('Sumxia, Kangfei').authors).toEqual(['Sumxia', 'Kangfei']);
    expect(kScoreOf('zhaoyd, callanwu').authors).toEqual(['zhaoyd', 'callanwu']);
  });
});
