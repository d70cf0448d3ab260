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
