// readSources: folders, bad files and the real seed folder, each problem a warning naming the file (and line).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
      { file: 'unknown.csv', line: 1, reason: expect.stringMatching(/^not a format this tool reads \(supported: .*BibTeX\/biblatex \(\.bib\), RIS.*CSV\/TSV or JSON records with a title column.*\); skipped$/) },
      { file: 'figure.png', line: 3, reason: 'binary file (contains NUL bytes); skipped' },
      { file: 'latin1.txt', line: 3, reason: 'not UTF-8 (byte 0xe9 at offset 17): read as windows-1252, the encoding its bytes point to; check its accented or non-Latin letters' },
      { file: 'latin1.txt', line: 3, reason: 'title "Café" has no abstract; skipped' },
      { file: 'big.txt', reason: 'file is 4.0 KB, over the 2.0 KB limit; skipped' },
    ]);
    // README.md names no paper's address, so it only describes the folder and is not read; the other files are listed with the format that read them.
    expect(result.files.map((f) => [f.file.split('/').pop(), f.format, f.entries])).toEqual([
      ['broken-feed.atom.xml', 'arxiv-atom', 1],
      ['empty.txt', null, 0],
      ['good-listing.txt', 'hf-listing', 2],
      ['orphan-title.txt', 'hf-listing', 1],
      ['small.bib', 'bibtex', 1],
      ['unknown.csv', null, 0],
      ['figure.png', null, 0],
      ['latin1.txt', 'hf-listing', 0],
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

  it('reads the bundled seed folder: 5 files, 350 entries, 226 papers, no problem reported', async () => {
    const result = await readSources([seeds]);
    expect(result.files).toHaveLength(5);
    expect(result.files.every((f) => f.format === 'hf-listing')).toBe(true);
    // One note: the years inferred for one page's month-day dates.
    expect(result.warnings.map((w) => w.reason)).toEqual([expect.stringMatching(/^25 dates without a year read as 2025/)]);
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
      warning: { file: 'f.txt', line: 3, reason: 'not valid UTF-8 (byte 0xc3 at offset 6) and no other encoding fits; skipped' },
    });
  });

  it('reads a file in a legacy encoding whole, in the encoding its bytes point to, and says so', () => {
    // A RIS export saved in Latin-1 (EndNote, older Zotero on Windows): every record kept, accents right.
    const ris = 'TY  - JOUR\nTI  - Étude des réseaux à grande échelle\nAU  - Müller, Jürgen\nAB  - Les résultats montrent une amélioration significative des modèles étudiés.\nER  - \n';
    const latin1 = decodeText(new Uint8Array(Buffer.from(ris, 'latin1')), 'export.ris');
    expect(latin1).toMatchObject({ text: ris, notice: { file: 'export.ris', line: 2, reason: expect.stringMatching(/^not UTF-8 \(byte 0xc9 at offset 17\): read as windows-1252/) } });
    // Windows' code page: curly quotes and dashes (0x93, 0x94, 0x96) are letters of windows-1252, not of Latin-1.
    const cp1252 = decodeText(new Uint8Array([0x93, ...Buffer.from('Smart quotes'), 0x94, ...Buffer.from(' and '), 0x96, ...Buffer.from(' dashes in a title\n')]), 'scopus.csv');
    expect(cp1252).toMatchObject({ text: '“Smart quotes” and – dashes in a title\n' });
    // GBK from a CNKI export: 中文文献标题 / 研究中文文献.
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xce, 0xc4, 0xcf, 0xd7, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd1, 0xd0, 0xbe, 0xbf, 0xd6, 0xd0, 0xce, 0xc4, 0xce, 0xc4, 0xcf, 0xd7, 0x0a]);
    expect(decodeText(gbk, 'cnki.txt')).toMatchObject({ text: '中文文献标题\n研究中文文献\n', notice: { reason: expect.stringContaining('read as GB18030') } });
  });
});

describe('decodeText on UTF-16', () => {
  it('decodes text with a UTF-16 byte-order mark, either byte order (WoS "Tab-delimited (Win)" exports)', () => {
    const text = 'PT\tAU\tTI\nJ\tDoe, J\tÉtude über Graphen\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeText(le, 'u16.txt')).toEqual({ text });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(decodeText(be, 'u16be.txt')).toEqual({ text });
  });

  it('names the encoding when the UTF-16 text is broken (an unpaired surrogate)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x0a, 0x00]);
    expect(decodeText(bytes, 'u16.txt')).toEqual({
      warning: { file: 'u16.txt', line: 1, reason: 'not valid UTF-16LE text (it starts with that byte-order mark); skipped' },
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
      { file: folder, reason: 'folder holds no input files (dot-files are skipped; a README.md is kept only when it lists papers)' },
    ]);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('readSources with symbolic links (real links in a temp folder)', () => {
  const listing = readFileSync(join(fixtures, 'good-listing.txt'), 'utf8');
  const makeFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'pge-links-'));
    mkdirSync(join(folder, 'd'));
    writeFileSync(join(folder, 'd', 'x.txt'), listing);
    return folder;
  };
  const rel = (folder: string, path: string) => path.slice(folder.length + 1);

  it('two links back to the folder (`ln -s . d/a; ln -s . d/b`): each file read once, one warning naming both links', async () => {
    const folder = makeFolder();
    symlinkSync('.', join(folder, 'd', 'a'));
    symlinkSync('.', join(folder, 'd', 'b'));
    const result = await readSources([join(folder, 'd'), seeds]);
    expect(result.files.map((f) => rel(folder, f.file)).slice(0, 1)).toEqual(['d/x.txt']);
    expect(result.files).toHaveLength(1 + 5);
    expect(result.warnings.filter((w) => !/without a year/.test(w.reason))).toEqual([
      {
        file: join(folder, 'd'),
        reason: `2 symbolic links lead back into a folder already being read (a loop), not followed: ${join(folder, 'd', 'a')}, ${join(folder, 'd', 'b')}`,
      },
    ]);
    // The seeds given next to the looping folder are all read.
    expect(mergeDuplicatePapers(result.entries).papers).toHaveLength(226 + 2);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a link to a parent folder or to / is a loop too (it would read the input again and more)', async () => {
    const folder = makeFolder();
    mkdirSync(join(folder, 'd', 'sub'));
    symlinkSync('..', join(folder, 'd', 'sub', 'up'));
    symlinkSync('/', join(folder, 'd', 'sub', 'root'));
    const result = await readSources([join(folder, 'd')]);
    expect(result.files.map((f) => rel(folder, f.file))).toEqual(['d/x.txt']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].reason).toMatch(/^2 symbolic links lead back .*sub\/root, .*sub\/up$/);
    rmSync(folder, { recursive: true, force: true });
  });

  it('links to a file and to a folder elsewhere are followed once; a second link to the same target adds nothing', async () => {
    const folder = makeFolder();
    mkdirSync(join(folder, 'elsewhere'));
    writeFileSync(join(folder, 'elsewhere', 'y.txt'), listing.replace(/Sparse Routing/g, 'Dense Routing'));
    symlinkSync(join(folder, 'elsewhere'), join(folder, 'd', 'linked-folder'));
    symlinkSync(join(folder, 'elsewhere'), join(folder, 'd', 'linked-folder-again'));
    symlinkSync(join(folder, 'd', 'x.txt'), join(folder, 'd', 'x-link.txt'));
    const result = await readSources([join(folder, 'd')]);
    expect(result.files.map((f) => rel(folder, f.file))).toEqual(['d/x.txt', 'd/linked-folder/y.txt']);
    expect(result.warnings).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a self-link and a dangling link are one clear warning each', async () => {
    const folder = makeFolder();
    symlinkSync('self.txt', join(folder, 'd', 'self.txt'));
    symlinkSync('gone.txt', join(folder, 'd', 'dangling.txt'));
    const result = await readSources([join(folder, 'd')]);
    expect(result.files.map((f) => rel(folder, f.file))).toEqual(['d/x.txt']);
    expect(result.warnings.map((w) => [rel(folder, w.file), w.reason])).toEqual([
      ['d/dangling.txt', 'broken symbolic link (its target does not exist); skipped'],
      ['d/self.txt', 'symbolic link loop (the link points back to itself); skipped'],
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('the same input given twice, or a folder and a file inside it, is read once', async () => {
    const folder = makeFolder();
    const result = await readSources([join(folder, 'd'), join(folder, 'd', 'x.txt'), join(folder, 'd')]);
    expect(result.files).toHaveLength(1);
    expect(result.warnings.map((w) => w.reason)).toEqual([
      'already read through another input path; read once',
      'already read through another input path; read once',
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a FIFO in a folder is skipped, never opened for a blocking read', async () => {
    const folder = makeFolder();
    execFileSync('mkfifo', [join(folder, 'd', 'pipe.txt')]);
    const result = await readSources([join(folder, 'd')]);
    expect(result.files.map((f) => rel(folder, f.file))).toEqual(['d/x.txt']);
    expect(result.warnings).toEqual([
      { file: join(folder, 'd', 'pipe.txt'), reason: 'not a regular file (device, FIFO or socket); skipped' },
    ]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a link into /proc is never read', async () => {
    const folder = makeFolder();
    symlinkSync('/proc/self', join(folder, 'd', 'proc'));
    const result = await readSources([join(folder, 'd')]);
    expect(result.files).toHaveLength(1);
    expect(result.warnings[0].reason).toMatch(/^leads into \/proc\/\d+, a system folder .* never read; skipped$/);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('a README.md inside a folder', () => {
  const realPage = (name: string) => readFileSync(join(__dirname, '../../fixtures/hf-pages-real', name), 'utf8');

  it('is read when it lists papers by their links (an awesome list\'s repository): its papers, and no empty-folder warning', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pge-awesome-'));
    writeFileSync(join(folder, 'README.md'), realPage('readme-html-tables.md'));
    const result = await readSources([folder]);
    expect(result.files.map((f) => [f.file.split('/').pop(), f.format, f.entries])).toEqual([['README.md', 'hf-listing', 7]]);
    expect(result.warnings.some((warning) => /folder holds no input files/.test(warning.reason))).toBe(false);
    rmSync(folder, { recursive: true, force: true });
  });

  it('that describes the files beside it (a provenance note, its tables of file names) gives nothing, and says nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pge-described-'));
    writeFileSync(join(folder, 'README.md'), readFileSync(join(__dirname, '../../fixtures/hf-pages-real/README.md'), 'utf8'));
    writeFileSync(join(folder, 'page.md'), realPage('arxiv-digest.md'));
    const result = await readSources([folder]);
    // It names papers' addresses in its table of captures, so it is read; it lists none, so it gives nothing (skipped).
    expect(result.files.map((f) => [f.file.split('/').pop(), f.format, f.entries])).toEqual([['README.md', null, 0], ['page.md', 'hf-listing', 2]]);
    expect(result.warnings.every((warning) => warning.file.endsWith('page.md'))).toBe(true);
    rmSync(folder, { recursive: true, force: true });
  });

  it('given by name is read as any file is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pge-named-'));
    writeFileSync(join(folder, 'README.md'), realPage('arxiv-digest.md'));
    const result = await readSources([join(folder, 'README.md')]);
    expect(result.entries).toHaveLength(2);
    rmSync(folder, { recursive: true, force: true });
  });
});
