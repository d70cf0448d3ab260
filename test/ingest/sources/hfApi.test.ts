// Hugging Face papers API reader: the real daily_papers response (CRLF, newer field set) and the older field set.
import { describe, expect, it } from 'vitest';
import { readSources, readText } from '../../../ingest/sources';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/hf_daily_papers_api_2026-02.json');

describeShared(sample, 'Hugging Face API reader on the real daily_papers response', () => {
  it('reads 50 papers with arXiv ids, 437 authors, upvotes, organisations and CRLF-safe lines', async () => {
    const { entries, warnings, files } = await readSources([sample]);
    expect(warnings).toEqual([]);
    expect(files[0]).toMatchObject({ format: 'hf-api', entries: 50 });
    expect(new Set(entries.map((entry) => entry.ids.arxiv)).size).toBe(50);
    expect(entries.every((entry) => /^2602\.\d{5}$/.test(entry.ids.arxiv ?? ''))).toBe(true);
    expect(entries.every((entry) => entry.abstract.length > 0 && !/[\r\n]/.test(entry.abstract))).toBe(true);
    expect(entries.reduce((sum, entry) => sum + entry.authors.length, 0)).toBe(437);
    expect(entries.filter((entry) => entry.organisation !== null)).toHaveLength(32);
    const upvotes = entries.map((entry) => entry.upvotes ?? -1);
    expect(Math.min(...upvotes)).toBe(0);
    expect(Math.max(...upvotes)).toBe(333);
    expect(entries[0]).toMatchObject({
      title: 'DREAM: Deep Research Evaluation with Agentic Metrics',
      ids: { arxiv: '2602.18940' },
      authorsCount: 11,
      date: '2026-02-21',
      year: 2026,
      organisation: 'Amazon Web Services',
      upvotes: 2,
      url: 'https://huggingface.co/papers/2602.18940',
      keywords: [],
      line: 2,
    });
    expect(entries[0].authors.slice(0, 2)).toEqual(['Elad Ben Avraham', 'Changhao Li']);
    // Lines count CRLF once: every entry starts on a line that opens its object.
    expect(entries.every((entry, index) => index === 0 || entry.line > entries[index - 1].line)).toBe(true);
  });
});

describe('Hugging Face API reader on small inputs', () => {
  it('the older field set (summary and upvotes on the paper only) and a bare paper object', () => {
    const items = [
      {
        paper: { id: '2401.00001', authors: [{ name: 'Ann Lee' }], title: 'Old Style', summary: 'Line one\nline two.', upvotes: 7, publishedAt: '2024-01-02T00:00:00.000Z' },
        publishedAt: '2024-01-03T00:00:00.000Z',
        title: 'Old Style',
        numComments: 0,
      },
    ];
    const result = readText(JSON.stringify(items, null, 2), 'daily.json');
    expect(result.format).toBe('hf-api');
    expect(result.entries[0]).toMatchObject({
      title: 'Old Style',
      abstract: 'Line one line two.',
      authors: ['Ann Lee'],
      upvotes: 7,
      date: '2024-01-02',
      ids: { arxiv: '2401.00001' },
      line: 2,
    });
    const bare = readText(JSON.stringify({ id: '2402.00002v2', title: 'Bare', authors: [{ name: 'Bo Kim' }], summary: 'S', upvotes: 1 }), 'paper.json');
    expect(bare.format).toBe('hf-api');
    expect(bare.entries[0]).toMatchObject({ title: 'Bare', ids: { arxiv: '2402.00002' }, upvotes: 1 });
  });

  it('an item without a title is a warning with its line', () => {
    const text = '[\n  {"paper": {"id": "2401.00001", "title": "Kept", "authors": []}},\n  {"paper": {"id": "2401.00002", "authors": []}}\n]';
    const result = readText(text, 'daily.json');
    expect(result.entries.map((entry) => entry.title)).toEqual(['Kept']);
    expect(result.warnings).toEqual([{ file: 'daily.json', line: 3, reason: 'Hugging Face paper #2 has no title; skipped' }]);
  });
});
