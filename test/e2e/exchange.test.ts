// Graph files in and out of the app in a real Chromium: each export downloads a file that reads back with the
// counts on screen (fewer after a filter), the PNG is an image, other tools' files open, hostile XML is refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/shared';
import { fromGexf, fromGraphml, type DOMParserConstructor } from '../../src/shared/exchange';
import { buildApp, collectErrors, knownGraphFile, launchChromium, OUTPUT, ROOT, screenshot, serveDir, testScreenshotName } from './harness';
import { itShared } from '../sharedData';

const Parser = DOMParser as unknown as DOMParserConstructor;
const FIXTURES = join(ROOT, 'test/fixtures/exchange');
// Read in place from the repository root's neighbour, as the brief's sample collection lives there.
const LES_MIS = join(ROOT, '../shared/samples/graphs/sigma_les_miserables.gexf');
const DOWNLOADS = join(OUTPUT, 'exchange-downloads');

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // Its own output folder: the explorer tests may be building theirs at the same time.
  const dir = await buildApp(join(OUTPUT, 'e2e-exchange-dist'), knownGraphFile());
  app = await serveDir(dir);
  browser = await launchChromium();
  mkdirSync(DOWNLOADS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Console errors and page exceptions seen so far: any at all fails the test. */
function unexpectedErrors(): string[] {
  return errors;
}

async function open(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  errors = collectErrors(page);
  await page.goto(app.url);
  await page.locator('.graph-canvas canvas').first().waitFor();
}

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('exchange', context.task.name));
    await page.close();
  }
});

/**
 * Node and edge counts from the header ("source · N nodes · M edges"). The counts join the source's name once the first
 * graph is drawn (useFirstGraphDrawn), a moment after the canvas appears: wait for them.
 */
async function shownCounts(): Promise<{ nodes: number; edges: number }> {
  await expect.poll(() => page.locator('.source').innerText()).toMatch(/ nodes · [\d,]+ edges/);
  const text = await page.locator('.source').innerText();
  const match = /([\d,]+) nodes · ([\d,]+) edges/.exec(text);
  if (!match) throw new Error(`no counts in "${text}"`);
  return { nodes: Number(match[1].replace(/,/g, '')), edges: Number(match[2].replace(/,/g, '')) };
}

async function openExportMenu(): Promise<void> {
  const menu = page.locator('details.export-menu');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await page.getByText('Export…').click();
}

/** Click an export button and save the downloads it starts (CSV starts two). */
async function exportAs(label: string, count = 1): Promise<Array<{ name: string; text: string; bytes: Buffer }>> {
  await openExportMenu();
  const downloads: Download[] = [];
  const done = new Promise<void>((resolve) => {
    const onDownload = (download: Download) => {
      downloads.push(download);
      if (downloads.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    };
    page.on('download', onDownload);
  });
  await page.getByRole('button', { name: label, exact: true }).click();
  await done;
  return Promise.all(
    downloads.map(async (download) => {
      const path = join(DOWNLOADS, download.suggestedFilename());
      await download.saveAs(path);
      const bytes = readFileSync(path);
      return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
    }),
  );
}

/** Records in an RFC 4180 table minus the header (fields may hold quoted newlines). */
function countCsvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) records++;
  }
  return records - 1;
}

/** Drop a file on the window the way a user drags one from the desktop. */
async function dropFile(name: string, content: string, type: string): Promise<void> {
  await page.evaluate(({ name, content, type }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type }));
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, { name, content, type });
}

describe('graph files in and out', () => {
  it('exports JSON, GEXF, GraphML and CSV with the counts shown, and the view as PNG', async () => {
    await open();
    await page.locator('[data-testid="layout-status"][data-status="stopped"]').waitFor({ timeout: 30_000 });
    const { nodes, edges } = await shownCounts();

    const [json] = await exportAs('Graph JSON');
    expect(json.name).toBe('graph.json');
    const fromJson = parseGraph(json.text);
    expect([fromJson.order, fromJson.size]).toEqual([nodes, edges]);
    // Positions are the laid-out ones the user sees, not the file's absence of them.
    expect(fromJson.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))).toBe(true);

    const [gexf] = await exportAs('GEXF');
    expect(gexf.name).toBe('graph.gexf');
    const graphFromGexf = fromGexf(gexf.text, Parser);
    expect([graphFromGexf.order, graphFromGexf.size]).toEqual([nodes, edges]);
    // Every node carries the colour it is drawn in (palette colours, several of them) and its position, for Gephi.
    const hexes = [...gexf.text.matchAll(/<viz:color r="\d+" g="\d+" b="\d+" hex="(#[0-9a-f]{6})"/gi)].map((m) => m[1].toLowerCase());
    expect(hexes).toHaveLength(nodes);
    expect(new Set(hexes).size).toBeGreaterThan(3);
    expect(gexf.text.match(/<viz:position x="-?[\d.e-]+" y="-?[\d.e-]+"/g)).toHaveLength(nodes);

    const [graphml] = await exportAs('GraphML');
    expect(graphml.name).toBe('graph.graphml');
    const graphFromGraphml = fromGraphml(graphml.text, Parser);
    expect([graphFromGraphml.order, graphFromGraphml.size]).toEqual([nodes, edges]);

    const csv = await exportAs('CSV (nodes + edges)', 2);
    const byName = Object.fromEntries(csv.map((f) => [f.name, f.text]));
    expect(Object.keys(byName).sort()).toEqual(['graph-edges.csv', 'graph-nodes.csv']);
    expect(countCsvRecords(byName['graph-nodes.csv'])).toBe(nodes);
    expect(countCsvRecords(byName['graph-edges.csv'])).toBe(edges);

    const [png] = await exportAs('PNG image of the view (with legend)');
    expect(png.name).toBe('graph.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    await expect.poll(() => page.locator('.export-status').innerText()).toBe('Saved graph.png.');
    // Coloured by kind, the map still names its clusters (in grey), and so does the picture: it left them out.
    await page.evaluate(() => {
      const names: string[] = [];
      (window as unknown as { pictureTexts: string[] }).pictureTexts = names;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
        if (/\b15px\b/.test(this.font)) names.push(text); // the names' font (the legend's is 12-13 px)
        return fillText.call(this, text, x, y);
      };
    });
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: /Colour by kind/ }).check();
    const mapNames = await page.locator('.graph-canvas .cluster-label').allInnerTexts();
    expect(mapNames.length).toBeGreaterThan(1);
    await exportAs('PNG image of the view (with legend)');
    const pictureNames = await page.evaluate(() => (window as unknown as { pictureTexts: string[] }).pictureTexts);
    expect(pictureNames.length).toBeGreaterThan(1);
    expect(mapNames.some((name) => pictureNames.includes(name))).toBe(true);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('exports only what the filters show when asked', async () => {
    await open();
    const { nodes } = await shownCounts();
    await page.getByRole('checkbox', { name: /Concepts/ }).uncheck();
    const shown = await page.getByTestId('shown-counts').innerText();
    const [, shownNodes, shownEdges] = /Showing ([\d,]+) of [\d,]+ nodes, ([\d,]+) of/.exec(shown)!.map((s) => s.replace(/,/g, ''));
    await openExportMenu();
    await page.getByRole('radio', { name: /What the filters show/ }).check();
    const [gexf] = await exportAs('GEXF');
    expect(gexf.name).toBe('graph-filtered.gexf');
    const graph = fromGexf(gexf.text, Parser);
    expect([graph.order, graph.size]).toEqual([Number(shownNodes), Number(shownEdges)]);
    expect(graph.order).toBeLessThan(nodes);
    expect(graph.someNode((_n, a) => a.kind === 'concept')).toBe(false);
    expect(unexpectedErrors()).toEqual([]);
  });

  itShared(LES_MIS, 'opens sigma’s Les Misérables GEXF by drag and drop, with its colours and attributes', async () => {
    await open();
    await dropFile('sigma_les_miserables.gexf', readFileSync(LES_MIS, 'utf8'), '');
    // Generous: the worker loads xmldom on first use, and the two shared cores may be busy with other test files.
    await expect.poll(() => page.locator('.source').innerText(), { timeout: 20_000 }).toBe('sigma_les_miserables.gexf · 77 nodes · 254 edges');
    // The file has positions: it opens as drawn, without a layout run.
    await expect.poll(() => page.getByTestId('layout-status').getAttribute('data-status')).toBe('stopped');
    await page.locator('input[type="search"][data-ready="true"]').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('Myriel');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe('Myriel');
    await expect.poll(() => panel.getByRole('region', { name: 'Attributes' }).innerText()).toMatch(/authority\s+0\.01880/);
    // Re-exporting keeps its name.
    const [json] = await exportAs('Graph JSON');
    expect(json.name).toBe('sigma_les_miserables.json');
    expect(parseGraph(json.text).order).toBe(77);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('opens a Latin-1 GML and a UTF-16 GEXF whole, in the browser\'s own decoders', async () => {
    const real = join(ROOT, 'test/fixtures/graphs-real');
    const gml = readFileSync(join(real, 'igraph_vnf.gml'), 'utf8').replace('robotSlave', 'Señor Robot');
    const latin1 = join(DOWNLOADS, 'vnf-latin1.gml');
    writeFileSync(latin1, Buffer.from(gml, 'latin1'));
    const gexf = readFileSync(join(real, 'gephi_data.gexf'), 'utf8').replace('Node1', 'Café Müller').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = join(DOWNLOADS, 'data-utf16.gexf');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gexf, 'utf16le')]));

    await open();
    await page.getByTestId('open-file').setInputFiles(latin1);
    await expect.poll(() => page.locator('.source').innerText(), { timeout: 20_000 }).toMatch(/^vnf-latin1\.gml · 4 nodes/);
    await expect.poll(() => page.getByTestId('import-notes').innerText()).toMatch(/read as Latin-1 \(Windows-1252\)/);
    await page.locator('input[type="search"][data-ready="true"]').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('Señor');
    await expect.poll(() => page.locator('[role="option"]').first().innerText()).toMatch(/Señor Robot/);
    await page.keyboard.press('Escape');

    await page.getByTestId('open-file').setInputFiles(utf16);
    await expect.poll(() => page.locator('.source').innerText(), { timeout: 20_000 }).toMatch(/^data-utf16\.gexf · 1 node/);
    await page.locator('input[type="search"][data-ready="true"]').waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('Café');
    await expect.poll(() => page.locator('[role="option"]').first().innerText()).toMatch(/Café Müller/);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('refuses hostile XML at once, fetches nothing, and the tab stays responsive', async () => {
    let fetched = 0;
    const trap = createServer((_req, res) => {
      fetched++;
      res.end('<!ENTITY x "y">');
    });
    await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
    try {
      const { port } = trap.address() as AddressInfo;
      const xxe = join(DOWNLOADS, 'external-dtd.graphml');
      writeFileSync(xxe, readFileSync(join(FIXTURES, 'external-entity.graphml'), 'utf8').replace('127.0.0.1:9', `127.0.0.1:${port}`));

      await open();
      const before = await shownCounts();
      const started = Date.now();
      await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'billion-laughs.gexf'));
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText()).toMatch(/Could not open billion-laughs\.gexf: the file declares XML entities/);
      expect(Date.now() - started).toBeLessThan(5_000);
      // Responsive: the page answers script at once and the graph is still there, with its counts.
      expect(await page.evaluate(() => 6 * 7)).toBe(42);
      expect(await shownCounts()).toEqual(before);
      await alert.getByRole('button', { name: 'Dismiss message' }).click();

      await page.getByTestId('open-file').setInputFiles(xxe);
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open external-dtd\.graphml: .*external SYSTEM resource/);
      await page.getByRole('alert').getByRole('button', { name: 'Dismiss message' }).click();

      await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'not-a-graph.txt'));
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open not-a-graph\.txt: not a graph file/);
      expect(fetched).toBe(0);
      expect(unexpectedErrors()).toEqual([]);
    } finally {
      await new Promise((r) => trap.close(r));
    }
  });
});
