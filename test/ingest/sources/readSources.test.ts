// readSources: folders, bad files and the real seed folder, each problem a warning naming the file (and line).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Offset, readSources } from '../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';

const fixtures = join(__dirname, '../../fixtures/sources');
const seeds = join(__dirname, '../../../data/seeds');
const temp = mkdtempSync(join(tmpdir(), 'pge-sources-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('readSources on a folder of good and bad files', () => {
  const binary = join(temp, 'figure.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const latin1 = join(temp, 'latin1.txt');
  // "Café" in Latin-1 on line 3: 0xE9 is not valid UTF-8 there.
  writeFileSync(latin1, Buffer.concat([Buffer.from('Daily Papers\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  const big = join(temp, 'big.txt');
  writeFileSync(big, 'x'.repeat(4096));

  it('reads the good files and reports every bad one by name, line where known', async () => {
    const progress: string[] = [];
    const result = await readSources([fixtures, binary, latin1, big, join(temp, 'missing.txt')], {
      maxFileBytes: 2048,
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file.split('/').pop()}`),
    });
    expect(result.entries.map((entry) => [entry.title, entry.source, entry.line])).toEqual([
      ['A Feed Entry That Survives a Broken Neighbour', 'broken-feed.atom.xml', 4],
      ['Sparse Routing for Small Graphs', 'good-listing.txt', 13],
      ['Keyphrase Graphs from Daily Listings', 'good-listing.txt', 20],
      ['A Paper That Is Fine', 'orphan-title.txt', 5],
      ['Naïve Graphs for LaTeX Users', 'small.bib', 9],
    ]);
    expect(result.entries[1]).toMatchObject({ authorsCount: 4, date: '2025-03-01', year: 2025, upvotes: 5 });
    const warnings = result.warnings.map((w) => ({ ...w, file: w.file.split('/').pop() }));
    expect(warnings).toEqual([
      { file: 'missing.txt', reason: 'no such file or folder' },
      { file: 'broken-feed.atom.xml', line: 12, reason: 'Atom entry #2 has no title; skipped' },
      { file: 'empty.txt', reason: 'file is empty; skipped' },
      { file: 'orphan-title.txt', line: 1, reason: 'title "Title Without Abstract" has no abstract; skipped' },
      { file: 'orphan-title.txt', line: 3, reason: 'title "Another Title Also Alone" has no abstract; skipped' },
      { file: 'small.bib', line: 14, reason: 'BibTeX entry "notitle21" has no title; skipped' },
      // One message that names every supported format (the list grows with the registered readers).
      { file: 'unknown.csv', line: 1, reason: expect.stringMatching(/^not a format this tool reads \(supported: BibTeX\/biblatex \(\.bib\), RIS.*CSV\/TSV or JSON records with a title column.*\); skipped$/) },
      { file: 'figure.png', line: 3, reason: 'binary file (contains NUL bytes); skipped' },
      { file: 'latin1.txt', line: 3, reason: 'not valid UTF-8 (byte 0xe9 at offset 17); skipped' },
      { file: 'big.txt', reason: 'file is 4.0 KB, over the 2.0 KB limit; skipped' },
    ]);
    // README.md is skipped; the other files are listed with the format that read them.
    expect(result.files.map((f) => [f.file.split('/').pop(), f.format, f.entries])).toEqual([
      ['broken-feed.atom.xml', 'arxiv-atom', 1],
      ['empty.txt', null, 0],
      ['good-listing.txt', 'hf-listing', 2],
      ['orphan-title.txt', 'hf-listing', 1],
      ['small.bib', 'bibtex', 1],
      ['unknown.csv', null, 0],
      ['figure.png', null, 0],
      ['latin1.txt', null, 0],
      ['big.txt', null, 0],
    ]);
    expect(progress).toEqual([
      '1/9 broken-feed.atom.xml', '2/9 empty.txt', '3/9 good-listing.txt', '4/9 orphan-title.txt', '5/9 small.bib',
      '6/9 unknown.csv', '7/9 figure.png', '8/9 latin1.txt', '9/9 big.txt',
    ]);
  });

  it('a reader that throws becomes a warning and the batch goes on', async () => {
    const result = await readSources([join(fixtures, 'good-listing.txt'), join(fixtures, 'unknown.csv')], {
      readers: [
        { format: 'broken', detect: (_text, name) => name.endsWith('.csv'), read: () => { throw new Error('boom'); } },
        { format: 'hf-listing', detect: () => true, read: (text, file) => ({ entries: [], warnings: [{ file, reason: `${text.length}` }] }) },
      ],
    });
    expect(result.warnings.map((w) => w.reason)).toEqual(['898', 'broken reader failed: boom; skipped']);
  });

  it('reads the bundled seed folder: 5 files, 350 entries, 226 papers, no warnings', async () => {
    const result = await readSources([seeds]);
    expect(result.files).toHaveLength(5);
    expect(result.files.every((f) => f.format === 'hf-listing')).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.entries).toHaveLength(350);
    expect(mergeDuplicatePapers(result.entries).papers).toHaveLength(226);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and keeps accents', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Café')]), 'f.txt')).toEqual({ text: 'Café' });
  });

  it('finds the first invalid byte even after valid multi-byte characters', () => {
    const bytes = new Uint8Array([...Buffer.from('é\nü\n'), 0xc3, 0x28]);
    expect(firstInvalidUtf8Offset(bytes)).toBe(6);
    expect(decodeText(bytes, 'f.txt')).toEqual({
      warning: { file: 'f.txt', line: 3, reason: 'not valid UTF-8 (byte 0xc3 at offset 6); skipped' },
    });
  });
});

describe('decodeText on UTF-16', () => {
  it('names the encoding instead of calling it binary', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
    expect(decodeText(bytes, 'u16.txt')).toEqual({
      warning: { file: 'u16.txt', line: 1, reason: 'UTF-16 text (byte-order mark); save it as UTF-8; skipped' },
    });
  });
});

describe('readSources on an empty folder', () => {
  it('says the folder held nothing to read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pge-empty-'));
    writeFileSync(join(folder, '.hidden.txt'), 'not read');
    writeFileSync(join(folder, 'README.md'), 'not read');
    const result = await readSources([folder]);
    expect(result.files).toEqual([]);
    expect(result.warnings).toEqual([
      { file: folder, reason: 'folder holds no input files (dot-files and README.md are skipped)' },
    ]);
    rmSync(folder, { recursive: true, force: true });
  });
});
