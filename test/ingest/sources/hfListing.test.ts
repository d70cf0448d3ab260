// The Daily Papers listing reader and duplicate merging, on the real seed pages bundled in data/seeds/.
import { emptyBibFields } from '../../../src/shared/record';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListing, parseListingDate } from '../../../ingest/sources/hfListing';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import type { RawListing } from '../../../ingest/types';

const seedDir = join(__dirname, '../../../data/seeds');
const seedFiles = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();
const parsed = seedFiles.map((name) => ({ name, ...parseListing(readFileSync(join(seedDir, name), 'utf8'), name) }));
const allEntries: RawListing[] = parsed.flatMap((file) => file.entries);
const { papers, duplicatesMerged } = mergeDuplicatePapers(allEntries);
const byTitle = (title: string) => papers.find((paper) => paper.title === title);

describe('parseListing on the real seed pages', () => {
  it('reads 350 entries that merge into 226 unique papers', () => {
    expect(seedFiles).toHaveLength(5);
    expect(parsed.map((file) => file.entries.length)).toEqual([65, 47, 62, 119, 57]);
    expect(allEntries).toHaveLength(350);
    expect(papers).toHaveLength(226);
    expect(duplicatesMerged).toBe(124);
    // The only warning says which dates got a year that the page does not print (see the year tests below).
    expect(parsed.flatMap((file) => file.warnings)).toEqual([
      {
        file: '001_e7bf79ff4023c1f2.txt',
        line: 13,
        reason:
          '25 dates without a year read as 2025: the page prints a year only on dates outside its own year and the latest it prints is 2024, so its own year is assumed to be 2025 (inferred, not printed on the page)',
      },
    ]);
  });

  it('never turns page chrome into a paper', () => {
    const chrome = /^(new|Subscribe.*|Daily Papers|Get trending papers.*|byAK and the research community|[A-Z][a-z]{2} \d{1,2})$/;
    for (const entry of allEntries) {
      expect(entry.title).not.toMatch(chrome);
      expect(entry.title).not.toMatch(/^Subscribe/);
      expect(entry.abstract.split(/\s+/).length).toBeGreaterThan(40);
    }
  });

  it('reads the dense layout, un-gluing the first title from "Subscribe"', () => {
    const dense = parsed.find((file) => file.name.startsWith('003_'))!;
    expect(dense.entries[0]).toMatchObject({
      title: 'Learning from A Single Graph is All You Need for Near-Shortest Path Routing in Wireless Networks',
      line: 3,
      source: '003_52412ea1b64a4110.txt',
    });
    expect(dense.entries[0].abstract).toMatch(/^We propose a learning algorithm for local routing policies/);
    expect(dense.entries.at(-1)).toMatchObject({
      title: 'Efficiently Democratizing Medical LLMs for 50 Languages via a Mixture of Language Family Experts',
      line: 239,
    });
  });

  it('reads the blank-line layout with its metadata lines (authors, date, upvotes, organisation)', () => {
    const withMeta = parsed.find((file) => file.name.startsWith('001_'))!;
    expect(withMeta.entries[0]).toMatchObject({
      title: 'Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling',
      authorsCount: 21,
      // Printed "Jul 24"; the year is inferred from the years the same page prints (arXiv 2507.x: right).
      date: '2025-07-24',
      year: 2025,
      line: 13,
    });
    // "Chain-of-Experts" has no metadata lines: it must not borrow the next paper's.
    expect(withMeta.entries.find((entry) => entry.line === 85)).toMatchObject({
      title: 'Chain-of-Experts: Unlocking the Communication Power of Mixture-of-Experts Models',
      authorsCount: null,
      date: null,
      upvotes: null,
    });
    expect(withMeta.entries.filter((entry) => entry.authorsCount !== null)).toHaveLength(41);
    expect(withMeta.entries.filter((entry) => entry.organisation !== null)).toHaveLength(2);
  });
});

describe('merged papers, checked by hand against the seed files', () => {
  it('Dr.LLM: organisation line instead of authors, upvotes after the date', () => {
    expect(byTitle('Dr.LLM: Dynamic Layer Routing in LLMs')).toMatchObject({
      key: 'paper:dr-llm-dynamic-layer-routing-in-llms',
      authorsCount: null,
      organisation: 'Parameter Lab',
      date: '2025-10-14',
      year: 2025,
      upvotes: 2,
      sources: ['001_e7bf79ff4023c1f2.txt', '003_52412ea1b64a4110.txt'],
    });
  });

  it('A^2FM: the OPPO organisation and 3 upvotes', () => {
    expect(byTitle('A^2FM: An Adaptive Agent Foundation Model for Tool-Aware Hybrid Reasoning')).toMatchObject({
      organisation: 'OPPO',
      date: '2025-10-13',
      upvotes: 3,
      sources: ['001_e7bf79ff4023c1f2.txt', '003_52412ea1b64a4110.txt'],
    });
  });

  it('Glider: on four pages, dated with a year', () => {
    const glider = byTitle('Glider: Global and Local Instruction-Driven Expert Router');
    expect(glider).toMatchObject({
      authorsCount: 7,
      date: '2024-10-09',
      year: 2024,
      organisation: null,
      upvotes: null,
      sources: ['000_9841f08e9fbae111.txt', '001_e7bf79ff4023c1f2.txt', '003_52412ea1b64a4110.txt', '004_6b32c9bf427d887e.txt'],
    });
    expect(glider?.abstract).toMatch(/^The availability of performant pre-trained models/);
  });

  it('Read-ME: on all five pages, year and upvotes on one date line', () => {
    expect(byTitle('Read-ME: Refactorizing LLMs as Router-Decoupled Mixture of Experts with System Co-Design')).toMatchObject({
      authorsCount: 7,
      date: '2024-10-24',
      year: 2024,
      upvotes: 2,
      sources: seedFiles,
    });
  });

  it('Illuminating search spaces: an older paper (2015) with 2 authors', () => {
    expect(byTitle('Illuminating search spaces by mapping elites')).toMatchObject({
      authorsCount: 2,
      date: '2015-04-19',
      year: 2015,
      sources: ['000_9841f08e9fbae111.txt', '001_e7bf79ff4023c1f2.txt'],
    });
  });

  it('keeps first-appearance order', () => {
    expect(papers[0].title).toBe('Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling');
    expect(papers[1].title).toBe('Glider: Global and Local Instruction-Driven Expert Router');
  });
});

describe('parseListing on small inputs', () => {
  const abstract =
    'We study a problem that matters. Our method is simple, and it works well on many benchmarks that people use, ' +
    'which we show with careful experiments across several settings and a number of strong baselines from prior work.';

  it('skips a title without an abstract with a warning naming file and line', () => {
    const text = ['Daily Papers', '', 'Orphan Title Here', '', 'A Real Title', '', abstract, ''].join('\n');
    const result = parseListing(text, 'pages/x.txt');
    expect(result.entries.map((entry) => entry.title)).toEqual(['A Real Title']);
    expect(result.entries[0]).toMatchObject({ source: 'x.txt', line: 5 });
    expect(result.warnings).toEqual([
      { file: 'pages/x.txt', line: 3, reason: 'title "Orphan Title Here" has no abstract; skipped' },
    ]);
  });

  it('accepts CRLF line endings and a BOM', () => {
    const result = parseListing(`\uFEFFFirst Paper\r\n\r\n${abstract}\r\n  • 3 authors\r\n·\r\nMar 4 4\r\n`, 'crlf.txt');
    expect(result.entries).toEqual([
      {
        ...emptyBibFields(),
        title: 'First Paper', abstract, authorsCount: 3, date: '--03-04', year: null, organisation: null, upvotes: 4,
        source: 'crlf.txt', line: 1,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a title at the end of the file without an abstract is reported too', () => {
    const result = parseListing(`Paper One\n${abstract}\nDangling Title`, 'd.txt');
    expect(result.entries).toHaveLength(1);
    expect(result.warnings).toEqual([{ file: 'd.txt', line: 3, reason: 'title "Dangling Title" has no abstract; skipped' }]);
  });

  it('parses listing dates', () => {
    expect(parseListingDate('Oct 9, 2024')).toEqual({ date: '2024-10-09', year: 2024, upvotes: null });
    expect(parseListingDate('Oct 13 3')).toEqual({ date: '--10-13', year: null, upvotes: 3 });
    expect(parseListingDate('Oct 24, 2024 2')).toEqual({ date: '2024-10-24', year: 2024, upvotes: 2 });
    expect(parseListingDate('Octopus 3')).toBeNull();
    expect(parseListingDate('Mixture of Routers')).toBeNull();
  });
});

describe('parseListing on pages pasted one after another', () => {
  it('two real pages in one file read as their sum, the second header being chrome again', () => {
    const first = readFileSync(join(seedDir, seedFiles[1]), 'utf8');
    const second = readFileSync(join(seedDir, seedFiles[3]), 'utf8');
    const result = parseListing(`${first}\n\n${second}`, 'pasted.txt');
    // Each page infers its own years: only the first has dates at all.
    expect(result.warnings.map((warning) => [warning.line, warning.reason.slice(0, 40)])).toEqual([
      [13, '25 dates without a year read as 2025: th'],
    ]);
    expect(result.entries).toHaveLength(47 + 119);
    expect(result.entries[47]).toMatchObject({
      title: 'Learning from A Single Graph is All You Need for Near-Shortest Path Routing in Wireless Networks',
      line: first.split('\n').length + 2 + 2,
    });
  });
});

describe("a single paper's page saved as text", () => {
  // The layout of a Hugging Face paper page copied from the browser: fields one value per line between title and
  // abstract ("Submitted by" / handle / "on <date>", a badge, "Upvote" above its count, "Authors:" above one name per
  // line with lone commas, an "Abstract" label).
  const page = [
    "Hugging Face's logo", 'Hugging Face', 'Models', 'Papers', 'arxiv:2312.00752', '',
    'Mamba: Linear-Time Sequence Modeling with Selective State Spaces', '',
    'Published on Dec 1, 2023', '·', 'Submitted by', 'akhaliq', 'on Dec 4, 2023', '#1 Paper of the day',
    'Upvote', '145', 'Authors:', 'Albert Gu', ',', 'Tri Dao', 'Abstract',
    'Foundation models, now powering most of the exciting applications in deep learning, are almost universally based on the Transformer architecture and its core attention module.',
    'View arXiv page', 'View PDF', 'Add to collection', 'Community',
  ].join('\n');

  it('reads one paper with its title, arXiv id, authors, date, upvotes and abstract, and no false titles', () => {
    const { entries, warnings } = parseListing(page, 'paper-page.txt');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
      ids: { arxiv: '2312.00752' },
      authors: ['Albert Gu', 'Tri Dao'],
      authorsCount: 2,
      date: '2023-12-01',
      upvotes: 145,
      line: 7,
    });
    expect(entries[0].abstract).toMatch(/^Foundation models, now powering/);
  });
});
