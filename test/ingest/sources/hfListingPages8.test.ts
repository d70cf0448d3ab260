// Eighth round: texts that are not lists of papers (a research report, a developer's note, a project's README) give
// no junk papers, and dates written in other languages' styles are read. Provenance of the real captures in
// test/fixtures/hf-pages-real/README.md; every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseListing, parseListingDate } from '../../../ingest/sources/hfListing';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);

describe('a text with no paper at all says so in one warning, and gives none', () => {
  it.each([
    // Headings over paragraphs, most running on past one paragraph (a "deep research" report: 5 sections, 0 papers).
    ['research-report.md', 5, 5],
    // The same kind of report with its "Works cited" list of web pages and arXiv addresses: references, not a list.
    ['research-report-cited.md', 3, 2],
    // A Korean developer's note: 16 headings, 2 of them over a paragraph; the rest head lists and sub-headings.
    ['dev-note-ko.md', 5, 2],
  ])('%s', (name, line, sections) => {
    const { format, entries, warnings } = readPage(name);
    expect(format).toBe('hf-listing');
    expect(entries).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(line);
    expect(warnings[0].reason).toMatch(new RegExp(`^no paper on this page: its ${sections} headings over paragraphs are the sections of a document`));
  });
});

describe('papers with no link nor field are still papers where the page reads as a list of them', () => {
  const abstract = (topic: string) =>
    `We study ${topic} in large language models and show that a simple method improves accuracy on four benchmarks while using fewer parameters than the baselines we compare against.`;

  it('titles under topic headings, one abstract each (a reading list): every title', () => {
    const text = ['# Reading list', '', '## Retrieval', '', '### Paper One', '', abstract('retrieval'), '', '### Paper Two', '', abstract('routing'), '',
      '## Agents', '', '### Paper Three', '', abstract('agents'), ''].join('\n');
    expect(parseListing(text, 'list.md').entries.map((entry) => entry.title)).toEqual(['Paper One', 'Paper Two', 'Paper Three']);
  });

  it('titles each with their own sub-headings over lists (a digest\'s notes): every title', () => {
    const paper = (title: string, topic: string) => [`### ${title}`, '', abstract(topic), '', '#### Method', '', '- one', '- two', '', '#### Results', '', '- three', ''];
    const text = ['# Digest', '', ...paper('Paper One', 'retrieval'), ...paper('Paper Two', 'routing'), ...paper('Paper Three', 'agents')].join('\n');
    expect(parseListing(text, 'digest.md').entries.map((entry) => entry.title)).toEqual(['Paper One', 'Paper Two', 'Paper Three']);
  });
});

describe('a project README that names one paper by its link among its own sections', () => {
  const { entries, warnings } = readPage('project-readme.md');

  it('gives that paper (its list item linking HF\'s page, the note after the dash as its summary) and nothing else', () => {
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([['GateMem', '2606.18829', 57]]);
  });

  it('its sections ("Verified Memory Gate", "Why") are reported as the page\'s own, not papers', () => {
    expect(warnings.filter((warning) => /names no paper/.test(warning.reason)).map((warning) => warning.line)).toEqual([1, 53]);
  });
});

describe('dates written in other languages', () => {
  it.each([
    ['2025년 3월 25일', '2025-03-25'],
    ['2025年3月25日', '2025-03-25'],
    ['２０２５年３月２５日', '2025-03-25'],
    ['25. März 2025', '2025-03-25'],
    ['25 mars 2025', '2025-03-25'],
    ['1er avril 2025', '2025-04-01'],
    ['25 de marzo de 2025', '2025-03-25'],
    ['1 de enero del 2024', '2024-01-01'],
    ['25 marzo 2025', '2025-03-25'],
    ['12 sept. 2024', '2024-09-12'],
    ['25 March 2025', '2025-03-25'],
    ['3월 25일', '--03-25'],
    ['3月25日', '--03-25'],
    ['25. März', '--03-25'],
  ])('%s → %s', (line, date) => {
    expect(parseListingDate(line)?.date).toBe(date);
  });

  it('a day the month does not have, a thirteenth month or a sentence around a date is no date line', () => {
    for (const line of ['31 févr. 2025', '30 de febrero de 2025', '2025年13月1日', 'in 10 out of 12 cases', 'Released on 25 mars 2025 by the team']) {
      expect(parseListingDate(line)).toBeNull();
    }
  });

  it('a Korean review\'s date beside its labelled arXiv id ("**arXiv:** [2503.19757](…) (2025년 3월 25일)") is the paper\'s', () => {
    const { entries } = readPage('ko-paper-review.md');
    expect(entries.map((entry) => [entry.ids.arxiv, entry.date, entry.year])).toEqual([['2503.19757', '2025-03-25', 2025]]);
  });

  it('a date field labelled in the note\'s language ("发布时间：2025年03月28日") is a date, not a title', () => {
    const { warnings } = readPage('note-zh-dated.md');
    expect(warnings.some((warning) => warning.reason.includes('发布时间'))).toBe(false);
  });

  it('"Date: Oct 3, 2024" in a capture\'s header is the page\'s date, not a title without an abstract', () => {
    const { entries, warnings } = readPage('jina-paper-page.md');
    expect(entries.map((entry) => entry.date)).toEqual(['2024-10-03']);
    expect(warnings.some((warning) => warning.reason.includes('Date: Oct 3, 2024'))).toBe(false);
  });
});
