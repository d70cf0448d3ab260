// The ingest CLI as a user runs it: a real process, real seed files, real output files.
import { mkdtemp, readFile, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/shared';
import { ingest } from './runCli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingest CLI', { timeout: 120_000 }, () => {
  it('ingests the seed corpus into a graph file with the summary a user reads', async () => {
    const out = join(dir, 'seeds.json');
    const result = await ingest(['data/seeds', '--out', out, '--layout-iterations', '50']);
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Files read:\s+5\b/);
    expect(result.stdout).toMatch(/Entries:\s+350\b/);
    expect(result.stdout).toMatch(/Duplicates merged:\s+124\b/);
    expect(result.stdout).toMatch(/Papers:\s+226\b/);
    expect(result.stdout).toMatch(/Concepts:\s+[1-9]\d+/);
    expect(result.stdout).toMatch(/Methods:\s+[1-9]/);
    expect(result.stdout).toMatch(/Domains:\s+[1-9]/);
    // Piped output gets plain progress lines, not a redrawn bar.
    expect(result.stderr).toMatch(/^Reading files: 5\/5$/m);
    // Every stage's lines move forward to its end: a stage reporting in uneven steps (extraction's phases, the build's
    // percent) still prints a line per tenth passed.
    for (const stage of ['Reading files', 'Extracting concepts', 'Building graph', 'Finding communities', 'Writing']) {
      const figures = [...result.stderr.matchAll(new RegExp(`^${stage}: (\\d+)/(\\d+)$`, 'gm'))].map((line) => [Number(line[1]), Number(line[2])]);
      expect(figures.length, stage).toBeGreaterThan(0);
      expect(figures.every(([done], k) => k === 0 || done > figures[k - 1][0]), stage).toBe(true);
      expect(figures.at(-1)![0], stage).toBe(figures.at(-1)![1]);
    }
    // At least a line per phase of extraction: tagging, collecting candidates, ranking, choosing concepts.
    expect([...result.stderr.matchAll(/^Extracting concepts: /gm)].length).toBeGreaterThanOrEqual(4);
    const graph = parseGraph(await readFile(out, 'utf8'));
    expect(graph.filterNodes((_n, a) => a.kind === 'paper')).toHaveLength(226);
    graph.forEachEdge((_e, attributes) => {
      expect(typeof attributes.weight).toBe('number');
      expect(attributes.kind).toMatch(/^(has-concept|introduces|uses-method|in-domain|mentions|similar|broader|cites|co-cited|coupled)$/);
    });
    // Text similarity leaves no seed paper without a link; Q is reported as such.
    expect(result.stdout).toMatch(/^Isolated papers:\s+0 of 226 \(0\.0%\)$/m);
    expect(result.stdout).toMatch(/^Communities:\s+\d+ \(leiden, resolution 1\): modularity Q 0\.\d{3}$/m);
  });

  it('keeps single-paper systems on their paper unless --all-methods is given', async () => {
    const seed = 'data/seeds/000_9841f08e9fbae111.txt';
    const methodsIn = async (file: string) => {
      const graph = parseGraph(await readFile(file, 'utf8'));
      return {
        introduced: graph.filterNodes((_n, a) => a.kind === 'method' && a.origin === 'introduced').length,
        onPapers: graph.filterNodes((_n, a) => a.kind === 'paper' && (a.introducedMethods?.length ?? 0) > 0).length,
      };
    };
    await ingest([seed, '--out', join(dir, 'few.json'), '--quiet', '--layout-iterations', '0']);
    await ingest([seed, '--out', join(dir, 'all.json'), '--quiet', '--layout-iterations', '0', '--all-methods']);
    const few = await methodsIn(join(dir, 'few.json'));
    const all = await methodsIn(join(dir, 'all.json'));
    expect(few.onPapers).toBeGreaterThan(0);
    expect(all.onPapers).toBe(0);
    expect(all.introduced).toBe(few.introduced + few.onPapers);
  });

  it('gives a byte-identical file for the same input', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await ingest(['data/seeds/000_9841f08e9fbae111.txt', '--out', a, '--quiet', '--layout-iterations', '30']);
    await ingest(['data/seeds/000_9841f08e9fbae111.txt', '--out', b, '--quiet', '--layout-iterations', '30']);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });

  it('writes GEXF, GraphML and CSV that read back as the same graph', { timeout: 180_000 }, async () => {
    const { DOMParser } = await import('@xmldom/xmldom');
    const { fromGexf, fromGraphml } = await import('../../src/shared/exchange');
    const json = join(dir, 'formats.json');
    const common = ['data/seeds/002_854f5adc0c54af56.txt', '--quiet', '--layout-iterations', '10'];
    await ingest([...common, '--out', json]);
    const reference = parseGraph(await readFile(json, 'utf8'));
    const gexf = await ingest([...common, '--format', 'gexf', '--out', join(dir, 'g.gexf')]);
    expect(gexf.code).toBe(0);
    const graphml = await ingest([...common, '--format', 'graphml', '--out', join(dir, 'g.graphml')]);
    expect(graphml.code).toBe(0);
    const csv = await ingest([...common, '--format', 'csv', '--out', join(dir, 'g.csv')]);
    expect(csv.stdout).toMatch(/g\.nodes\.csv, .*g\.edges\.csv/);
    for (const graph of [
      fromGexf(await readFile(join(dir, 'g.gexf'), 'utf8'), DOMParser as never),
      fromGraphml(await readFile(join(dir, 'g.graphml'), 'utf8'), DOMParser as never),
    ]) {
      expect(graph.order).toBe(reference.order);
      expect(graph.size).toBe(reference.size);
      const key = reference.findNode((_n, a) => a.kind === 'paper')!;
      expect((graph.getNodeAttributes(key) as { abstract?: string }).abstract).toBe((reference.getNodeAttributes(key) as { abstract?: string }).abstract);
    }
    const nodesCsv = await readFile(join(dir, 'g.nodes.csv'), 'utf8');
    expect(nodesCsv.split('\r\n')[0]).toMatch(/^id,label,kind,/);
    const edgesCsv = (await readFile(join(dir, 'g.edges.csv'), 'utf8')).trim().split('\r\n');
    expect(edgesCsv).toHaveLength(reference.size + 1);
  });

  it('reports bad files by name and still ingests the good ones', async () => {
    const batch = join(dir, 'batch');
    await mkdir(batch);
    await copyFile('data/seeds/004_6b32c9bf427d887e.txt', join(batch, 'good.txt'));
    await writeFile(join(batch, 'empty.txt'), '');
    await writeFile(join(batch, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    await writeFile(join(batch, 'latin1.txt'), Buffer.concat([Buffer.from('A title\n\nAn abstract with caf'), Buffer.from([0xe9]), Buffer.from(' in it.\n')]));
    const out = join(dir, 'batch.json');
    const result = await ingest([batch, join(dir, 'does-not-exist.txt'), '--out', out, '--layout-iterations', '0']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/empty\.txt.*empty/i);
    expect(result.stdout).toMatch(/binary\.txt.*binary/i);
    expect(result.stdout).toMatch(/latin1\.txt:3.*UTF-8/i);
    expect(result.stdout).toMatch(/does-not-exist\.txt/);
    const graph = parseGraph(await readFile(out, 'utf8'));
    expect(graph.filterNodes((_n, a) => a.kind === 'paper').length).toBeGreaterThan(40);
  });

  it('names isolated papers by their titles, with the reason once', async () => {
    const bib = join(dir, 'isolated.bib');
    await writeFile(
      bib,
      [
        '@inproceedings{peng2017, title = {6.1 A 56Gb/s PAM-4/NRZ transceiver in 40nm CMOS}, year = {2017}, doi = {10.1109/isscc.2017.7870285}}',
        '@article{short2020, title = {Feline acoustics}, year = {2020}, abstract = {Cats purr loudly.}}',
      ].join('\n'),
    );
    const result = await ingest([bib, '--out', join(dir, 'isolated.json'), '--layout-iterations', '0']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Isolated papers:\s+2 of 2 \(100\.0%\)$/m);
    // Before: the key's slug ("6-1-a-56gb-s-pam-4-nrz-transceiver-in-40nm-cmos (no abstract)").
    expect(result.stdout).toMatch(/^\s+1 no abstract: 6\.1 A 56Gb\/s PAM-4\/NRZ transceiver in 40nm CMOS$/m);
    expect(result.stdout).toMatch(/^\s+1 abstract shorter than 20 words: Feline acoustics \(3\)$/m);
  });

  it('exits 1 and leaves the previous graph intact when nothing can be ingested', async () => {
    const out = join(dir, 'kept.json');
    await writeFile(out, '{"previous":true}');
    const empty = join(dir, 'only-empty.txt');
    await writeFile(empty, '');
    const result = await ingest([empty, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no papers/i);
    expect(await readFile(out, 'utf8')).toBe('{"previous":true}');
  });

  it('exits 2 with usage for wrong arguments', async () => {
    const noInputs = await ingest([]);
    expect(noInputs.code).toBe(2);
    expect(noInputs.stderr).toMatch(/no input files/);
    const badFormat = await ingest(['data/seeds', '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of json, gexf, graphml, csv/);
    const badNumber = await ingest(['data/seeds', '--keyphrases', 'many']);
    expect(badNumber.code).toBe(2);
  });
});
