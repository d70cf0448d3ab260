// Issue 12, "done when": the seeds ingested together with the whole hostile fixture folder (plus the big hostile inputs
// generated here, and a folder with link loops) finish, exit 0 and keep all 226 seed papers; every hostile file is read
// or named in a warning, never silently dropped, and no warning carries a stack trace.
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperGraph } from '../../src/shared';
import { readGraph, ROOT, runIngest, SEED_PAPERS, SEEDS, warningLines, type IngestRun } from './runIngest';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');

let dir: string;
let run: IngestRun;
let graph: PaperGraph | null = null;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-hardening-corpus-'));
  const generated = join(dir, 'generated');
  await mkdir(generated);
  await writeFile(join(generated, 'nested-braces.bib'), `@article{deep, title = {${'{'.repeat(10_000)}x${'}'.repeat(10_000)}}}\n@article{after, title = {The entry after ten thousand braces}}\n`);
  await writeFile(join(generated, 'deep.json'), `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
  await symlink('.', join(generated, 'loop'));
  await symlink('..', join(generated, 'up'));
  run = await runIngest([SEEDS, HOSTILE, generated, '--out', join(dir, 'graph.json'), '--layout-iterations', '0', '--quiet'], { limitMs: 240_000 });
  if (run.code === 0) graph = await readGraph(join(dir, 'graph.json'));
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name === 'README.md') continue;
    if (entry.isDirectory()) files.push(...(await filesUnder(join(folder, entry.name))));
    else files.push(join(folder, entry.name));
  }
  return files;
}

describe('seeds + the hostile corpus (issue 12)', () => {
  it('finishes (no hang), exits 0, prints no stack trace', () => {
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\n\s+at [\w.<>]+ \(|RangeError|Maximum call stack|Invalid string length/);
  });

  it('keeps all 226 seed papers', () => {
    const seedFiles = new Set(['000_9841f08e9fbae111.txt', '001_e7bf79ff4023c1f2.txt', '002_854f5adc0c54af56.txt', '003_52412ea1b64a4110.txt', '004_6b32c9bf427d887e.txt']);
    const seedPapers = graph!.filterNodes((_node, attributes) => {
      const sources = (attributes as { sources?: unknown }).sources;
      return attributes.kind === 'paper' && Array.isArray(sources) && sources.some((source) => seedFiles.has(basename(String(source))));
    });
    expect(seedPapers).toHaveLength(SEED_PAPERS);
  });

  it('every hostile file is read or named in a warning', async () => {
    const warned = new Set(warningLines(run.stdout).map((line) => line.replace(/:(\d+:)? .*$/, '')));
    const read = new Set<string>();
    graph!.forEachNode((_node, attributes) => {
      const sources = (attributes as { sources?: unknown }).sources;
      if (attributes.kind === 'paper' && Array.isArray(sources)) for (const source of sources) read.add(basename(String(source)));
    });
    const unaccounted = (await filesUnder(HOSTILE)).filter((file) => !warned.has(file) && !read.has(basename(file)));
    expect(unaccounted).toEqual([]);
  });

  it('titles with markup stay plain text in the graph file', () => {
    const titles = graph!.filterNodes((_node, attributes) => attributes.kind === 'paper').map((node) => String(graph!.getNodeAttribute(node, 'label')));
    expect(titles.find((title) => title.includes('stay text'))).toMatch(/<img src=x onerror=.*<script>/);
  });

  it('the generated inputs: the entry after 10,000 braces is kept, the million-deep JSON and the link loops are one warning each', () => {
    const warnings = warningLines(run.stdout);
    expect(graph!.filterNodes((_node, attributes) => attributes.label === 'The entry after ten thousand braces')).toHaveLength(1);
    expect(warnings.filter((line) => line.startsWith(join(dir, 'generated', 'deep.json')))).toHaveLength(1);
    expect(warnings.filter((line) => /symbolic links? leads? back/.test(line))).toHaveLength(1);
  });
});
