// Tenth round: a newsletter's "Top Papers of The Week" beside its news, repositories and jobs (one paper linking a
// journal's article, the others arXiv), posts about one HF paper written twice (in Russian and in English) under
// language headings, and an HF blog post as Jina Reader captured it (no paper). Provenance of the real files in
// test/fixtures/hf-pages-real/README.md; every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);
const linesOf = (name: string) => readFileSync(join(REAL_PAGES, name), 'utf8').split('\n');

describe('a newsletter\'s "Top Papers of The Week" among its news, repositories, quick links and job offers', () => {
  const { entries, warnings } = readPage('newsletter-top-papers.md');

  it('gives the five papers of that section, at their lines, with the paragraph under each as abstract', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv ?? null, entry.line])).toEqual([
      ['Bayesian Teaching Enables Probabilistic Reasoning in Large Language Models', null, 50],
      ['SkillNet: Create, Evaluate, and Connect AI Skills', '2603.04448', 54],
      ['T2S-Bench & Structure-of-Thought: Benchmarking and Prompting Comprehensive Text-to-Structure Reasoning', '2603.03790', 58],
      ['Helios: Real Real-Time Long Video Generation Model', '2603.04379', 62],
      ['Heterogeneous Agent Collaborative Reinforcement Learning', '2603.02604', 66],
    ]);
    const lines = linesOf('newsletter-top-papers.md');
    expect(entries.map((entry) => entry.abstract)).toEqual([52, 56, 60, 64, 68].map((line) => lines[line - 1]));
  });

  it('the paper linking a journal\'s article (not arXiv) is kept with that address, as the newsletter names it', () => {
    expect(entries[0].url).toBe('https://www.nature.com/articles/s41467-025-67998-6');
    expect(entries[1].url).toBe('https://arxiv.org/abs/2603.04448');
  });

  it('news items, repositories and quick links that link web pages are no papers, each reported at its line', () => {
    const webItems = warnings.filter((warning) => warning.reason.includes('links web pages but no paper'));
    expect(webItems.map((warning) => warning.line)).toEqual([34, 38, 42, 70]);
    expect(entries.some((entry) => /GPT-5\.4|Gemini|AutoResearch|Symphony|Google Pay/.test(entry.title))).toBe(false);
  });

  it('nothing is dated by the newsletter\'s own "publishedAt" (the day of the issue, not of its papers)', () => {
    expect(entries.map((entry) => entry.date)).toEqual([null, null, null, null, null]);
  });
});

describe('a post about one HF paper in Russian then English, under "## RU" and "## EN"', () => {
  const { entries } = readPage('post-ru-en.md');

  it('gives the paper once (eleventh round: not once per version), named by its quoted link text, not by the language\'s code', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Grounded Skill Synthesis from Code at Scale for Agentic Intelligence', '2609.05571', 9],
    ]);
  });

  it('the Russian text is not taken for the paper\'s abstract; the English one is: the post\'s paragraph under "## EN"', () => {
    expect(entries[0].abstract).toMatch(/^Yesterday's post covered «Grounded Skill Synthesis from Code at Scale for Agentic Intelligence», and the abstract excerpt/);
    expect(entries[0].abstract).toMatch(/What exactly they lack isn't stated\.$/);
  });
});

describe('a post about one HF paper under "## Русская версия" and "## English version", each with a "why it matters" sub-section', () => {
  const { entries, warnings } = readPage('post-ru-en-versions.md');

  it('gives the paper once, titled by the Russian version\'s quoted link ("English version" is no title), with the English version\'s paragraph', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['Institutional Newspapers Pipeline', '2608.18972', 12],
    ]);
    expect(entries[0].abstract).toBe(linesOf('post-ru-en-versions.md')[23].replace(/\[(.*?)\]\([^)]*\)/, '$1'));
  });

  it('the sub-sections "Почему это важно" and "Why it matters" are the post\'s, not papers', () => {
    expect(entries.some((entry) => /важно|matters/.test(entry.title))).toBe(false);
    expect(warnings.filter((warning) => warning.reason.includes('names no paper')).map((warning) => warning.line)).toEqual([18, 28]);
  });
});

describe('an HF blog post as Jina Reader captured it (Title:, URL Source:, Markdown Content:, author avatars, sections)', () => {
  it('gives no paper, in one warning', () => {
    const { entries, warnings } = readPage('hf-blog-jina.md');
    expect(entries).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].reason).toMatch(/^no paper on this page: its 3 headings over paragraphs are the sections of a document/);
  });
});
