// Third round of real files nobody here had seen, found in public repositories (provenance in each fixtures folder's
// README.md): Hugging Face papers pages as capture tools, archives, digests and mirrors keep them
// (test/fixtures/hf-pages-real, hf-json-real), and BibTeX/MEDLINE as DBLP, the ACL Anthology, ScienceDirect and PubMed
// write them (test/fixtures/biblio-real). Every expectation was checked by hand against the file: one entry per card,
// nothing from a page's chrome, and each card's own fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseRssFeed } from '../../../ingest/sources/rssFeed';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);
const fields = (name: string) =>
  readPage(name).entries.map((entry) => ({
    title: entry.title, arxiv: entry.ids.arxiv ?? null, authorsCount: entry.authorsCount, date: entry.date,
    upvotes: entry.upvotes, organisation: entry.organisation,
  }));

describe('Hugging Face pages saved by capture tools', () => {
  it('firecrawl markdown: multi-line link abstracts and author lists, comment counts glued to dates, the front matter date', () => {
    const read = readPage('firecrawl-search.md');
    expect('format' in read && read.format).toBe('hf-listing');
    expect(fields('firecrawl-search.md')).toEqual([
      { title: 'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering', arxiv: '2606.00683', authorsCount: null, date: '2026-05-29', upvotes: 101, organisation: 'OCC' },
      { title: 'Benchmark Radar: A Living Database and Search Engine for AI Benchmarks and Evaluation', arxiv: '2609.11115', authorsCount: null, date: '2026-09-09', upvotes: 173, organisation: 'Carnegie Mellon University' },
      { title: 'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research', arxiv: '2502.20581', authorsCount: 3, date: '2025-02-27', upvotes: null, organisation: null },
      { title: "Source or It Didn't Happen: A Multi-Agent Framework for Citation Hallucination Detection", arxiv: '2605.08583', authorsCount: null, date: '2026-05-08', upvotes: 1, organisation: 'University of Massachusetts Amherst' },
      { title: 'Sources of Truth: A Multi-Platform, Multilingual Audit of Citations in AI Mental Health Information Queries', arxiv: '2609.00319', authorsCount: 10, date: '2026-08-30', upvotes: null, organisation: null },
      { title: 'WebCiteS: Attributed Query-Focused Summarization on Chinese Web Search Results with Citations', arxiv: '2403.01774', authorsCount: 9, date: '2024-03-03', upvotes: null, organisation: null },
    ]);
    const noisy = read.entries[2].abstract;
    expect(noisy.startsWith('Academic citations are widely used for evaluating research and tracing knowledge flows.')).toBe(true);
    expect(noisy.endsWith('the potential for distortion of evidence.')).toBe(true);
    expect(noisy).not.toMatch(/[\\[\]]|https?:/);
    // The page's year comes from the capture's own date, not from the newest year a card prints.
    expect(read.warnings.map((warning) => warning.reason)).toEqual([
      "4 dates without a year read with the year of the page's own date (2026-10-02); a month-day later than the page's is taken from the year before (inferred, not printed on the page)",
    ]);
  });

  it('reference-style markdown whose link list was cut off: the cards are still read, with what they show', () => {
    expect(fields('reflinks-search.md')).toEqual([
      { title: 'MURMUR: An Efficient Inference System for Long-Form ASR', arxiv: null, authorsCount: 3, date: '2026-05-30', upvotes: null, organisation: null },
      { title: 'Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context', arxiv: null, authorsCount: 671, date: '2024-03-08', upvotes: 65, organisation: null },
      { title: 'Speech-Aware Long Context Pruning and Integration for Contextualized Automatic Speech Recognition', arxiv: null, authorsCount: 8, date: '2025-11-14', upvotes: 1, organisation: null },
      { title: 'VIBEVOICE-ASR Technical Report', arxiv: null, authorsCount: null, date: '2026-03-13', upvotes: 24, organisation: 'Microsoft' },
      { title: 'ChunkFormer: Masked Chunking Conformer For Long-Form Speech Transcription', arxiv: null, authorsCount: 4, date: '2025-02-20', upvotes: 1, organisation: null },
    ]);
    const { entries, warnings } = readPage('reflinks-search.md');
    expect(entries[0].abstract).toMatch(/^Long-form automatic speech recognition \(ASR\) requires both high accuracy and low latency, but existing systems force a trade-off between the two\./);
    expect(entries[0].abstract).toMatch(/The code of Murmur is available at https:\/\/github\.com\/uw-syfi\/Murmur\.$/);
    // The menus (HuggingChat, Storage Buckets…) are chrome, not titles without abstracts.
    expect(warnings.map((warning) => warning.reason)).toEqual([
      'title "Web source" has no abstract; skipped',
      "2 dates without a year read with the year of the page's own date (2026-06-29); a month-day later than the page's is taken from the year before (inferred, not printed on the page)",
    ]);
  });

  it('an export that writes each link as its text and then its address: titles link their paper, "[-] 19" is the upvote box, the next count the comments', () => {
    expect(fields('notebook-export.md')).toEqual([
      { title: 'Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback', arxiv: '2410.05434', authorsCount: 2, date: '2024-10-07', upvotes: 1, organisation: null },
      { title: 'InterCode: Standardizing and Benchmarking Interactive Coding with Execution Feedback', arxiv: '2306.14898', authorsCount: 4, date: '2023-06-26', upvotes: null, organisation: null },
      { title: 'Arctic-SnowCoder: Demystifying High-Quality Data in Code Pretraining', arxiv: '2409.02326', authorsCount: 3, date: '2024-09-03', upvotes: 19, organisation: null },
      { title: 'Soft Instruction De-escalation Defense', arxiv: '2510.21057', authorsCount: null, date: '2025-10-23', upvotes: 5, organisation: 'Google' },
    ]);
    expect(readPage('notebook-export.md').entries[0].abstract).toMatch(/^While large language models \(LLMs\) show impressive decision-making abilities/);
  });

  it('a trending page with one-line summaries beside an abstract wrapped at 80, and titles keeping arXiv\'s line break', () => {
    const { entries, warnings } = readPage('linked-trending.md');
    // Each card is on the page twice; both are read (the pipeline merges duplicates), in page order.
    expect(entries.map((entry) => [entry.title, entry.authorsCount])).toEqual([
      ['Agent Lightning: Train ANY AI Agents with Reinforcement Learning', 8],
      ['Agent Lightning: Train ANY AI Agents with Reinforcement Learning', 8],
      ['ShapeR: Robust Conditional 3D Shape Generation from Casual Captures', null],
      ['ShapeR: Robust Conditional 3D Shape Generation from Casual Captures', null],
      ['Continuous Audio Language Models', 5],
      ['Continuous Audio Language Models', 5],
      ['SmolDocling: An ultra-compact vision-language model for end-to-end multi-modal document conversion', null],
      ['SmolDocling: An ultra-compact vision-language model for end-to-end multi-modal document conversion', null],
    ]);
    expect(entries[4].abstract).toMatch(/^Audio Language Models \(ALM\) have emerged as the dominant paradigm for speech and music generation by representing/);
    expect(entries[4].abstract).toMatch(/Samples are available at https:\/\/continuous-audio-language-models\.github\.io$/);
    expect(entries[2].abstract).toBe(
      'ShapeR generates high-fidelity 3D shapes from casual image sequences using visual-inertial SLAM, 3D detection, and vision-language models with rectified flow transformer conditioning.',
    );
    // "**Page Title:** …" is a labelled field of the capture's header, not a title.
    expect(warnings.map((warning) => warning.reason)).toEqual(['title "What is Papers with Code?" has no abstract; skipped']);
  });

  it('structured HTML-to-text: "Org · Published on date" rows, "[Upvote 117]" boxes, bracketed image alt text, a title link over two lines', () => {
    expect(fields('structured-trending.md')).toEqual([
      { title: 'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation', arxiv: '2610.05608', authorsCount: null, date: '2026-10-04', upvotes: 117, organisation: 'Kandinsky Lab' },
      { title: 'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation', arxiv: '2610.05608', authorsCount: null, date: '2026-10-04', upvotes: 117, organisation: 'Kandinsky Lab' },
      { title: 'TradingAgents: Multi-Agents LLM Financial Trading Framework', arxiv: '2412.20138', authorsCount: 4, date: '2024-12-28', upvotes: 149, organisation: null },
      { title: 'UniMate: One Unified Model to Animate Diverse Skeletons', arxiv: '2609.05415', authorsCount: null, date: '2026-09-04', upvotes: 22, organisation: 'Princeton University' },
      { title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention', arxiv: '2309.06180', authorsCount: 9, date: '2023-09-12', upvotes: 76, organisation: null },
    ]);
  });
});

describe("a single paper's page as Jina Reader gives it", () => {
  it('one paper: its heading, arXiv id, nine linked or plain author names, upvotes, date, and the abstract rather than the model-written summary; nothing from the comments or the citing models and collections', () => {
    const { entries, warnings } = readPage('jina-paper-page.md');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'FAN: Fourier Analysis Networks',
      ids: { arxiv: '2410.02675' },
      authors: ['Yihong Dong', 'Ge Li', 'Yongding Tao', 'Xue Jiang', 'Kechi Zhang', 'Jia Li', 'Jing Su', 'Jun Zhang', 'Jingjing Xu'],
      authorsCount: 9,
      date: '2024-10-03',
      upvotes: 29,
    });
    expect(entries[0].abstract).toMatch(/^Despite the remarkable success achieved by neural networks, particularly those represented by MLP and Transformer/);
    expect(entries[0].abstract).toMatch(/time series forecasting, and language modeling\.$/);
    // "[3] Date: Oct 3, 2024" in the capture's header is a date field (hfListingPages8), no longer a title without an abstract.
    expect(warnings.map((warning) => warning.reason)).toEqual([]);
  });
});

describe("a single paper's page saved as HTML", () => {
  it('the heading is the title (not the organisation link in the header row), authors written as buttons are kept, the year comes from the day the paper was #1, the AI summary is not the abstract', () => {
    const read = readPage('saved-paper-page.html');
    expect('format' in read && read.format).toBe('html-page');
    expect(read.entries).toHaveLength(1);
    expect(read.entries[0]).toMatchObject({
      title: 'MCPMark: A Benchmark for Stress-Testing Realistic and Comprehensive MCP Use',
      ids: { arxiv: '2509.24002' },
      authors: [
        'Zijian Wu', 'Xiangyan Liu', 'Xinyuan Zhang', 'Lingjun Chen', 'Fanqing Meng', 'Lingxiao Du', 'Yiran Zhao', 'Fanshi Zhang',
        'Yaoqi Ye', 'Jiawei Wang', 'Zirui Wang', 'Jinjie Ni', 'Yufan Yang', 'Arvin Xu', 'Michael Qizhe Shieh',
      ],
      date: '2025-09-28',
      upvotes: 118,
      organisation: 'National University of Singapore',
      line: 7,
    });
    expect(read.entries[0].abstract).toMatch(/^MCP standardizes how LLMs interact with external systems, forming the foundation for general agents\. However, existing MCP benchmarks/);
    expect(read.entries[0].abstract).toMatch(/we propose MCPMark, a benchmark/);
  });
});

describe('papers listed by HF collections, model cards and articles ("Paper • id • Published date • upvotes")', () => {
  it('block links with a heading, and title lines above a fenced row: each paper with its id, date and upvotes; models, datasets and collections are not papers', () => {
    const { entries } = readPage('paper-items.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.upvotes, entry.organisation])).toEqual([
      ['Scaling Laws for Neural Language Models', '2001.08361', '2020-01-23', 11, null],
      ['OLMoE: Open Mixture-of-Experts Language Models', '2409.02060', '2024-09-03', 81, null],
      ['2 OLMo 2 Furious', '2501.00656', '2024-12-31', 22, null],
      ['TÜLU 3: Pushing Frontiers in Open Language Model Post-Training', '2411.15124', '2024-11-22', 68, null],
      ['MiniCPM-V: A GPT-4V Level MLLM on Your Phone', '2408.01800', '2024-08-03', 95, null],
      // The page cut this title short; it is kept as the page shows it.
      ['RLAIF-V: Aligning MLLMs through Open-Source AI Feedback for Super GPT-4V Trustwor...', '2405.17220', '2024-05-27', 1, null],
    ]);
  });

  it("a model's \"Updated Aug 26, 2025\" above the papers is not the page's date: a paper's year-less date stays year-less", () => {
    const page = [
      '[#### openai/gpt-oss-20b', '', 'Text Generation •  21B • Updated Aug 26, 2025 • 6.95M • 4.96k](https://huggingface.co/openai/gpt-oss-20b)', '',
      '[#### Scaling Laws for Neural Language Models', '', 'Paper • 2001.08361 • Published Jan 23 • 11](https://huggingface.co/papers/2001.08361)',
    ].join('\n');
    const { entries, warnings } = readText(page, 'article.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.date, entry.year, entry.upvotes])).toEqual([
      ['Scaling Laws for Neural Language Models', '2001.08361', '--01-23', null, 11],
    ]);
    expect(warnings.some((warning) => /read with the year/.test(warning.reason))).toBe(false);
  });
});

describe('an arXiv digest in Markdown', () => {
  it('"**Abstract:**" followed by arXiv\'s announce line and "Abstract:": the whole abstract, its indented paragraphs joined, without the labels', () => {
    const { entries } = readPage('arxiv-digest.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv])).toEqual([
      ['Performance Debugging through Microarchitectural Sensitivity and Causality Analysis', '2412.13207'],
      ['Design choices made by LLM-based test generators prevent them from finding bugs', '2412.14137'],
    ]);
    expect(entries[0].abstract).toMatch(/^Modern Out-of-Order \(OoO\) CPUs are complex systems/);
    expect(entries[0].abstract).toContain('offered by hardware resources. Current performance debugging approaches rely either');
    expect(entries[0].abstract).toMatch(/can be used to optimize a code\.$/);
    expect(entries[1].abstract).toMatch(/^There is an increasing amount of research/);
  });
});

describe('Hugging Face papers in the Markdown of archives and digests', () => {
  it('an archive README: numbered titles in <details><summary>, a star count after them, "**👥 Authors:**" and "**🔗 Links:**" fields, summaries as quotes', () => {
    const { entries, warnings } = readPage('archive-details.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.upvotes])).toEqual([
      ['Stratagem: Learning Transferable Reasoning via Trajectory-Modulated Game Self-Play', '2604.17696', [], null],
      ['The Geometric Canary: Predicting Steerability and Detecting Drift via Representational Stability', '2604.17698', ['Prashant C. Raju'], null],
      ['Geometric coherence of single-cell CRISPR perturbations reveals regulatory architecture and predicts cellular stress', '2604.16642', ['Prashant C. Raju'], null],
    ]);
    expect(entries[1].abstract).toMatch(/^The Geometric Canary introduces geometric stability as a dual diagnostic for LLM deployment\./);
    // No "Code:" or "Links:" line taken for a title, nor a row of the archive table.
    expect(warnings.some((warning) => /Code|Links|Authors/.test(warning.reason))).toBe(false);
  });

  it("a digest mixing models, papers and repositories: only the papers, with their authors' names and count, organisation and upvotes", () => {
    const { entries, warnings } = readPage('digest-sections.md');
    expect(entries.map((entry) => ({
      title: entry.title, arxiv: entry.ids.arxiv, authors: entry.authors, authorsCount: entry.authorsCount,
      organisation: entry.organisation, upvotes: entry.upvotes,
    }))).toEqual([
      { title: 'TradingAgents: Multi-Agents LLM Financial Trading Framework', arxiv: '2412.20138', authors: ['Yijia Xiao', 'Edward Sun', 'Di Luo'], authorsCount: 4, organisation: null, upvotes: 85 },
      {
        title: 'PaddleOCR-VL-1.6: Expanding the Frontier of Document Parsing with Under-Optimized Region Refinement and Progressive Post-Training',
        arxiv: '2606.03264', authors: ['Zelun Zhang', 'Hongen Liu', 'Suyin Liang'], authorsCount: 15, organisation: 'PaddlePaddle', upvotes: 13,
      },
      { title: 'MinerU2.5: A Decoupled Vision-Language Model for Efficient High-Resolution Document Parsing', arxiv: '2509.22186', authors: ['Junbo Niu', 'Zheng Liu', 'Zhuangcheng Gu'], authorsCount: 61, organisation: null, upvotes: 165 },
    ]);
    expect(entries[0].abstract).toBe(
      'A multi-agent framework using large language models for stock trading simulates real-world trading firms, improving performance metrics like cumulative returns and Sharpe ratio.',
    );
    // The two model cards' descriptions are reported, not made papers; the download and like counters are not upvotes.
    expect(warnings.filter((warning) => warning.reason === 'paragraph without a title before it; skipped').map((warning) => warning.line)).toEqual([5, 17]);
  });

  it('a Chinese digest: numbered linked headings with their upvotes "(👍 13)"; the Chinese notes are not abstracts', () => {
    const { entries, warnings } = readPage('digest-zh.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.upvotes, entry.abstract])).toEqual([
      ['ZipSplat: Fewer Gaussians, Better Splats', '2606.05102', 13, ''],
      ['KletterMix: Climbing Toward High-Quality German Pretraining Data', '2606.03773', 10, ''],
      ['Latent Reasoning with Normalizing Flows', '2606.06447', 1, ''],
    ]);
    expect(warnings.at(-1)!.reason).toBe('3 papers shown without an abstract on this page; kept with title and metadata only');
  });

  it('a newsletter that writes each paper as a heading and ends its section with the same "details" link: the heading is the title, the link its arXiv id', () => {
    const { entries } = readPage('newsletter-zh.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Textbooks Are All You Need II: phi-1.5 technical report', '2309.05463', 10],
      ['NExT-GPT: Any-to-Any Multimodal LLM', '2309.05519', 29],
      ['When Less is More: Investigating Data Pruning for Pretraining LLMs at Scale', '2309.04564', 42],
    ]);
  });
});

const REAL_JSON = join(__dirname, '../../fixtures/hf-json-real');
const readJsonFixture = (name: string) => readText(readFileSync(join(REAL_JSON, name), 'utf8'), name);

describe('Hugging Face papers kept by archives and mirrors as JSON and RSS', () => {
  it("an archive's daily JSON: the arXiv id from the paper's HF link, the abstract from the nested details, a title repeated as abstract dropped", () => {
    const read = readJsonFixture('archive-daily.json');
    expect('format' in read && read.format).toBe('table');
    expect(read.entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors.length, entry.abstract.slice(0, 60)])).toEqual([
      ['Qwen3-VL Technical Report', '2511.21631', 0, ''],
      ['PretrainZero: Reinforcement Active Pretraining', '2512.03442', 5, 'Mimicking human behavior to actively learning from general e'],
      ['Flowing Backwards: Improving Normalizing Flows via Reverse Representation Alignment', '2511.22345', 0, ''],
    ]);
    expect(read.warnings).toEqual([]);
  });

  it("a mirror's {date, count, papers: [...]} wrapper of API-like records goes to the API reader", () => {
    const read = readJsonFixture('mirror-index.json');
    expect('format' in read && read.format).toBe('hf-api');
    expect(read.entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.date, entry.upvotes, entry.line])).toEqual([
      ['Transformers Stop Thinking Too Early, and a Tiny LoRA Fixes It', '2609.36585', ['Zehao Jin', 'Ruixuan Deng', 'Junran Wang'], '2026-09-29', 0, 5],
      [
        'Persona Dosing: Calibrated Activation Steering for Graded Trait Control', '2609.36388',
        ['Zehao Jin', 'Junran Wang', 'Ruixuan Deng', 'Jiahao Chen', 'Jingyuan Zhang', 'Yuxuan Zhang', 'Xinjie Shen'], '2026-09-28', 0, 20,
      ],
    ]);
  });

  it("the mirror's RSS 2.0 feed: the byline before the abstract gives the authors, the arXiv id comes from the link", () => {
    const read = readJsonFixture('mirror-feed.rss.xml');
    expect('format' in read && read.format).toBe('rss');
    expect(read.entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.date, entry.line])).toEqual([
      ['Transformers Stop Thinking Too Early, and a Tiny LoRA Fixes It', '2609.36585', ['Zehao Jin', 'Ruixuan Deng', 'Junran Wang'], '2026-09-29', 11],
      ['Keyword Harnesses Fail Open: A Cheap Diagnostic Ladder for Tool-Use Claims in Small Language Models', '2610.02142', ['Juan S. Santillana'], '2026-10-01', 18],
    ]);
    expect(read.entries[0].abstract).toMatch(/^Pretrained transformers use little of their depth to follow references in context\./);
    expect(read.entries[1].abstract).toMatch(/^Keyword-matching benchmarks can credit small models/);
  });

  it("arXiv's own listing feed (rss.arxiv.org): the announce line is not abstract, dc:creator lists the authors, categories and the day as written", () => {
    // The shape of https://rss.arxiv.org/rss/cs.CV; the item's text is a real one (arXiv:2509.13687) as captured by a
    // reader that kept the feed's description verbatim.
    const feed = `<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">
  <channel>
    <title>cs.CV updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.CV</link>
    <item>
      <title>Taylor-Series Expanded Kolmogorov-Arnold Network for Medical Imaging Classification</title>
      <link>https://arxiv.org/abs/2509.13687</link>
      <description>arXiv:2509.13687v1 Announce Type: new 
Abstract: Effective and interpretable classification of medical images is a challenge in computer-aided diagnosis, especially in resource-limited clinical settings.</description>
      <guid isPermaLink="false">oai:arXiv.org:2509.13687v1</guid>
      <category>cs.CV</category>
      <category>cs.AI</category>
      <pubDate>Thu, 18 Sep 2025 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>Kaniz Fatema, Emad A. Mohammed, Sukhjit Singh Sehra</dc:creator>
    </item>
  </channel>
</rss>`;
    const { entries, warnings } = parseRssFeed(feed, 'cs.CV.xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Taylor-Series Expanded Kolmogorov-Arnold Network for Medical Imaging Classification',
      ids: { arxiv: '2509.13687' },
      authors: ['Kaniz Fatema', 'Emad A. Mohammed', 'Sukhjit Singh Sehra'],
      date: '2025-09-18',
      year: 2025,
      categories: ['cs.CV', 'cs.AI'],
      venue: 'arXiv',
      abstract: 'Effective and interpretable classification of medical images is a challenge in computer-aided diagnosis, especially in resource-limited clinical settings.',
      line: 7,
    });
  });
});

const REAL_BIB = join(__dirname, '../../fixtures/biblio-real');
const readBib = (name: string) => readText(readFileSync(join(REAL_BIB, name), 'utf8'), name);

describe('BibTeX as DBLP, the ACL Anthology and ScienceDirect write it', () => {
  it('DBLP: aligned fields wrapped over lines, CoRR entries with eprint and an upper-case arXiv DOI, a tab-indented entry, one pasted with its header twice', () => {
    const { entries, warnings } = readBib('dblp.bib');
    expect(entries.map((entry) => [entry.title, entry.ids, entry.authorsCount, entry.year, entry.venue, entry.type])).toEqual([
      ['Graph based Incident Extraction and Diagnosis in Large-Scale Online Systems', { doi: '10.1145/3551349.3556904' }, 7, 2022,
        '37th IEEE/ACM International Conference on Automated Software Engineering, ASE 2022, Rochester, MI, USA, October 10-14, 2022', 'inproceedings'],
      ['Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift', { arxiv: '1502.03167' }, 2, 2015, 'CoRR', 'article'],
      ['IRRGN: An Implicit Relational Reasoning Graph Network for Multi-turn Response Selection', { doi: '10.18653/v1/2022.emnlp-main.584' }, 5, 2022,
        'Proceedings of the 2022 Conference on Empirical Methods in Natural Language Processing, EMNLP 2022, Abu Dhabi, United Arab Emirates, December 7-11, 2022', 'inproceedings'],
      ['EmojiLM: Modeling the New Emoji Language', { doi: '10.48550/arxiv.2311.01751', arxiv: '2311.01751' }, 5, 2023, 'CoRR', 'article'],
      ['LightRetriever: A LLM-based Text Retrieval Architecture with Extremely Faster Query Inference', { doi: '10.48550/arxiv.2505.12260', arxiv: '2505.12260' }, 6, 2025, 'CoRR', 'article'],
      ['Large-Scale Simultaneous Localization and Mapping', { doi: '10.1007/978-981-19-1972-5' }, 1, 2022, null, 'book'],
    ]);
    expect(entries[0].authors).toEqual(['He, Zilong', 'Chen, Pengfei', 'Luo, Yu', 'Yan, Qiuyu', 'Chen, Hongyang', 'Yu, Guangba', 'Li, Fangyuan']);
    expect(warnings).toEqual([
      { file: 'dblp.bib', line: 82, reason: 'BibTeX @article entry on line 82 opens twice ("@article{@…"); read from its second header' },
    ]);
  });

  it('the ACL Anthology: quoted values, "and" with two spaces, month macros, LaTeX accents and {\\%} in abstracts', () => {
    const { entries, warnings } = readBib('acl-anthology.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.ids.doi ?? null, entry.date, entry.authors[0]])).toEqual([
      ['A Dataset of Argumentative Dialogues on Scientific Papers', '10.18653/v1/2023.acl-long.425', '2023-07', 'Ruggeri, Federico'],
      ['An Open Dataset and Model for Language Identification', '10.18653/v1/2023.acl-short.75', '2023-07', 'Burchell, Laurie'],
      ['MultiFin: A Dataset for Multilingual Financial NLP', '10.18653/v1/2023.findings-eacl.66', '2023-05', 'Jørgensen, Rasmus'],
      ['Adapters: A Unified Library for Parameter-Efficient and Modular Transfer Learning', null, '2023-12', 'Poth, Clifton'],
      ['Lego-MT: Learning Detachable Models for Massively Multilingual Machine Translation', '10.18653/v1/2023.findings-acl.731', '2023-07', 'Yuan, Fei'],
    ]);
    expect(entries[3].authors).toContain('Engländer, Leon');
    expect(entries[3].authors).toContain('Vulić, Ivan');
    expect(entries[1].abstract).toContain('a false positive rate of 0.033% across 201 languages');
    expect(entries[1].abstract).toContain("into our model's performance");
  });

  it('ScienceDirect: the DOI written as a doi.org link, keywords with curly quotes, authors in given-family order', () => {
    const { entries, warnings } = readBib('sciencedirect.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.ids.doi, entry.authors.length, entry.venue, entry.year])).toEqual([
      ['10.1016/j.measurement.2023.113199', 1, 'Measurement', 2023],
      ['10.1016/j.isprsjprs.2014.06.015', 3, 'ISPRS Journal of Photogrammetry and Remote Sensing', 2014],
      ['10.1016/j.isprsjprs.2020.03.013', 11, 'ISPRS Journal of Photogrammetry and Remote Sensing', 2020],
    ]);
    expect(entries[0].authors).toEqual(['Będkowski, Janusz']);
    expect(entries[0].keywords).toEqual([
      'TLS', 'Point cloud', 'Open-source', 'Multi-view data registration', 'LiDAR data metrics', 'Robust loss function',
      'Tait-bryan angles', 'Quaternions', 'Rodrigues’ formula', 'Lie algebra', 'Rotation matrix parameterization',
    ]);
    expect(entries[0].abstract.endsWith('The project is available and maintained at https://github.com/MapsHD/HDMapping.')).toBe(true);
  });
});

describe('PubMed MEDLINE (.nbib) records as PubMed writes them', () => {
  it('two real records: lines wrapped at 88 with a trailing space, the copyright line (CI) kept out of the abstract, MeSH with qualifiers', () => {
    const { entries, warnings } = readBib('pubmed.nbib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.ids, entry.authors, entry.date, entry.venue, entry.type, entry.line])).toEqual([
      [{ pmid: '32598326', doi: '10.1515/reveh-2020-0011' }, ['Pascale, Antonio', 'Laborde, Amalia'], '2020-09-25', 'Reviews on environmental health', 'review', 1],
      [{ pmid: '28754806', doi: '10.1136/neurintsurg-2017-013179' }, ['Brinjikji, Waleed', 'Pereira, Vitor M', 'Kallmes, David F'], '2018-04',
        'Journal of neurointerventional surgery', 'meta-analysis', 49],
    ]);
    expect(entries[1].title).toBe('Impact of balloon guide catheter on technical and clinical outcomes: a systematic review and meta-analysis.');
    expect(entries[1].abstract).toBe(
      'BACKGROUND AND PURPOSE: Flow arrest with balloon guide catheters (BGCs) is becoming increasingly recognized as critical to optimizing patient outcomes for mechanical thrombectomy. And I could go on...',
    );
    expect(entries[1].categories).toEqual(['Aged', 'Brain Ischemia', 'Clinical Trials as Topic']);
    expect(entries.map((entry) => entry.keywords)).toEqual([['children', 'diseases', 'exposure'], ['mechanical thrombectomy', 'stroke']]);
  });

  it("a journal's RSS 1.0 feed (Nature): the issue-and-DOI line is not the abstract, a repeated dc:creator counts once, DOI and venue from PRISM", () => {
    // The item as a journal-feed reader's test quotes it from Nature Catalysis' feed (the title as that test asserts it).
    const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
  <item rdf:about="https://www.nature.com/articles/s41929-026-01535-6">
    <title><![CDATA[Direct electrochemical propylene epoxidation over amorphized perovskite oxide in non-halogenated aqueous electrolyte]]></title>
    <link>https://www.nature.com/articles/s41929-026-01535-6</link>
    <content:encoded><![CDATA[<p>Nature Catalysis, Published online: 12 May 2026; <a href="https://www.nature.com/articles/s41929-026-01535-6">doi:10.1038/s41929-026-01535-6</a></p>Direct electrocatalytic oxidation of propylene in aqueous solution has been limited to precious-metal catalysts in halogenated electrolytes.]]></content:encoded>
    <dc:creator>Kalipada Koner</dc:creator>
    <dc:creator>Jason S. Adams</dc:creator>
    <dc:creator>Kalipada Koner</dc:creator>
    <dc:identifier>doi:10.1038/s41929-026-01535-6</dc:identifier>
    <dc:source>Nature Catalysis, Published online: 2026-05-12; | doi:10.1038/s41929-026-01535-6</dc:source>
    <dc:date>2026-05-12</dc:date>
    <prism:publicationName>Nature Catalysis</prism:publicationName>
    <prism:doi>10.1038/s41929-026-01535-6</prism:doi>
  </item>
</rdf:RDF>`;
    const read = readText(feed, 'nature-catalysis.rss');
    expect('format' in read && read.format).toBe('rss');
    expect(read.warnings).toEqual([]);
    expect(read.entries).toHaveLength(1);
    expect(read.entries[0]).toMatchObject({
      title: 'Direct electrochemical propylene epoxidation over amorphized perovskite oxide in non-halogenated aqueous electrolyte',
      ids: { doi: '10.1038/s41929-026-01535-6' },
      authors: ['Kalipada Koner', 'Jason S. Adams'],
      venue: 'Nature Catalysis',
      date: '2026-05-12',
      abstract: 'Direct electrocatalytic oxidation of propylene in aqueous solution has been limited to precious-metal catalysts in halogenated electrolytes.',
      type: null,
    });
  });
});
