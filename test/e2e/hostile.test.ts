// Hostile graph files in a real Chromium (issue 12, classes 4–6): bad weights re-cluster to a real modularity, ±1e308
// coordinates still paint a map, prototype-named keys keep their edges, malformed communities and markup or 5,000-
// character labels never blank the app or run a script, a failed open keeps the current graph, and truncated GEXF
// files finish opening with a notice. No page error and no console error anywhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/shared';
import { toGexf } from '../../src/shared/exchange';
import { buildApp, collectErrors, knownGraphFile, launchChromium, OUTPUT, paintedShare, ROOT, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';

const HOSTILE = join(ROOT, 'test/fixtures/hostile/graphs');
const GENERATED = join(OUTPUT, `hostile-${process.pid}`);

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];
let dialogs: string[];

beforeAll(async () => {
  mkdirSync(GENERATED, { recursive: true });
  const dir = await buildApp(join(OUTPUT, 'e2e-hostile-dist'), knownGraphFile());
  app = await serveDir(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  errors = collectErrors(page);
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(app.url);
  await page.locator('.graph-canvas canvas').first().waitFor();
}

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('hostile', context.task.name));
    await page.close();
  }
});

async function openFile(path: string): Promise<void> {
  await page.getByTestId('open-file').setInputFiles(path);
}

const header = () => page.locator('.source').innerText();
const notes = () => page.getByTestId('import-notes').innerText();

/** The app is usable: panels present, the canvas drawn, no alert, no page or console error, no script run. */
async function expectUsable(): Promise<void> {
  expect(await page.getByRole('region', { name: 'Filters' }).isVisible()).toBe(true);
  await page.locator('.graph-canvas canvas').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
}

async function setResolution(value: number): Promise<string> {
  await page.getByRole('slider', { name: 'Community resolution' }).fill(String(value));
  const status = page.locator(`[data-testid="cluster-status"][data-status="idle"][data-resolution="${value}"]`);
  await status.waitFor();
  return status.innerText();
}

describe('hostile graph attributes in Chromium (issue 12, class 5)', () => {
  it('negative, non-numeric and zero weights: a note, and re-clustering in the worker shows a real modularity', async () => {
    await open();
    await openFile(join(HOSTILE, 'bad-weights.json'));
    await expect.poll(header).toBe('bad-weights.json · 10 nodes · 21 edges');
    expect(await notes()).toMatch(/edges had a negative or non-numeric weight; they are read as weight 1/);
    for (const resolution of [2, 0.5, 1]) {
      const status = await setResolution(resolution);
      expect(status).toMatch(/modularity (?:Q )?-?0\.\d{3}/);
      expect(status).not.toMatch(/NaN|modularity (?:Q )?-[1-9]/);
    }
    await expectUsable();
  });

  it('weights that are all zero, or 1e308 each, re-cluster to a real modularity too', async () => {
    const data = JSON.parse(readFileSync(join(HOSTILE, 'bad-weights.json'), 'utf8'));
    await open();
    for (const weight of [0, 1e308]) {
      for (const edge of data.edges) edge.attributes.weight = weight;
      const file = join(GENERATED, `weights-${weight}.json`);
      writeFileSync(file, JSON.stringify(data));
      await openFile(file);
      await expect.poll(header).toBe(`weights-${weight}.json · 10 nodes · 21 edges`);
      expect(await setResolution(2)).toMatch(/modularity (?:Q )?-?0\.\d{3}/);
    }
    await expectUsable();
  });

  it('±1e308 coordinates: a note, and the map is drawn (not blank)', async () => {
    await open();
    await openFile(join(HOSTILE, 'far-coordinates.json'));
    await expect.poll(header).toBe('far-coordinates.json · 10 nodes · 21 edges');
    expect(await notes()).toMatch(/4 coordinates were not usable positions/);
    await expect.poll(() => paintedShare(page), { timeout: 20_000 }).toBeGreaterThan(0.001);
    await expectUsable();
  });

  it('an attribute nested 100,000 levels deep is dropped with a note; the graph opens and exports', async () => {
    const data = JSON.parse(readFileSync(join(HOSTILE, 'bad-weights.json'), 'utf8'));
    data.nodes[0].attributes.deep = '__DEEP__';
    const file = join(GENERATED, 'deep-attribute.json');
    writeFileSync(file, JSON.stringify(data).replace('"__DEEP__"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    await open();
    await openFile(file);
    await expect.poll(header).toBe('deep-attribute.json · 10 nodes · 21 edges');
    expect(await notes()).toMatch(/1 attribute values? nested more than \d+ levels deep (was|were) dropped/);
    await page.getByText('Export…').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Graph JSON' }).click()]);
    expect(parseGraph(readFileSync(await download.path(), 'utf8')).order).toBe(10);
    await expectUsable();
  });

  it('node keys constructor, toString, __proto__…: every edge between them is there', async () => {
    await open();
    await openFile(join(HOSTILE, 'prototype-keys.json'));
    await expect.poll(header).toBe('prototype-keys.json · 5 nodes · 10 edges');
    expect(await notes()).toMatch(/5 node keys that name JavaScript object properties/);
    await searchAndEnter(page, 'constructor');
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).innerText()).toMatch(/constructor/);
    await expectUsable();
  });

  it('malformed communities: the app stays up, usable clusters listed, a note says what was ignored', async () => {
    await open();
    await openFile(join(HOSTILE, 'malformed-communities.json'));
    await expect.poll(header).toBe('malformed-communities.json · 10 nodes · 21 edges');
    expect(await notes()).toMatch(/3 malformed cluster entries in the file were ignored/);
    await expect.poll(() => page.getByRole('region', { name: 'Clusters' }).innerText()).toContain('Second group');
    await expectUsable();
  });

  it('HTML in labels stays text (no script runs) and a 5,000-character word wraps in the panel', async () => {
    await open();
    await openFile(join(HOSTILE, 'markup-and-long-labels.json'));
    await expect.poll(header).toBe('markup-and-long-labels.json · 10 nodes · 21 edges');
    await searchAndEnter(page, 'Image label');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.innerText()).toContain('<img src=x onerror="window.__pwned=1">Image label');
    await page.keyboard.press('Escape');
    await searchAndEnter(page, 'Word');
    await expect.poll(() => panel.innerText()).toContain('xxxxxxxxxx');
    const widths = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, box: el.getBoundingClientRect().width }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
    expect(widths.box).toBeLessThan(600);
    await expectUsable();
  });
});

describe('failed opens and truncated files (issue 12, classes 4 and 6)', () => {
  it('a broken JSON: the alert names the JSON error; the header, counts and Export name stay the current graph\'s', async () => {
    await open();
    await expect.poll(header).toMatch(/ · [\d,]+ nodes · [\d,]+ edges$/);
    const before = await header();
    await openFile(join(HOSTILE, 'broken.json'));
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open broken\.json: Not a JSON file/);
    expect(await header()).toBe(before);
    await page.getByText('Export…').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Graph JSON' }).click()]);
    expect(download.suggestedFilename()).toBe(before.split(' · ')[0].split('/').pop());
    expect(errors).toEqual([]);
  });

  it('a second root element and GML nested too deep: plain messages, the current graph kept', async () => {
    await open();
    await expect.poll(header).toMatch(/ · [\d,]+ nodes · [\d,]+ edges$/);
    const before = await header();
    await openFile(join(HOSTILE, 'two-roots.gexf'));
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open two-roots\.gexf: .*more than one root element/);
    expect(await page.getByRole('alert').innerText()).not.toMatch(/Hierarchy request|xmldom/);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss message' }).click();
    await openFile(join(HOSTILE, 'deep.gml'));
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open deep\.gml: .*nested deeper than \d+ \(line 3\)/);
    expect(await header()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('small truncated GEXF and GraphML open with a notice naming the line', async () => {
    await open();
    await openFile(join(HOSTILE, 'truncated.gexf'));
    await expect.poll(header).toMatch(/^truncated\.gexf · 10 nodes · [\d,]+ edges$/);
    expect(await notes()).toMatch(/The file breaks at line \d+/);
    await openFile(join(HOSTILE, 'truncated.graphml'));
    await expect.poll(header).toMatch(/^truncated\.graphml · 10 nodes · [\d,]+ edges$/);
    expect(await notes()).toMatch(/The file breaks at line \d+/);
    await expectUsable();
  });

  it('the whole seed graph as GEXF cut half-way through its edges: finishes opening (it never did) with every node and a notice', { timeout: 240_000 }, async () => {
    const graph = parseGraph(readFileSync(knownGraphFile(), 'utf8'));
    const text = toGexf(graph);
    const file = join(GENERATED, 'seed-cut.gexf');
    const edges = text.indexOf('<edges');
    writeFileSync(file, text.slice(0, edges + Math.floor((text.length - edges) / 2)));
    await open();
    await openFile(file);
    await expect.poll(header, { timeout: 180_000 }).toMatch(new RegExp(`^seed-cut\\.gexf · ${graph.order.toLocaleString('en')} nodes · [\\d,]+ edges$`));
    expect(await notes()).toMatch(/The file breaks at line \d+ .*the [\d,]+ nodes and [\d,]+ edges complete before it were read/);
    await expectUsable();
  });
});
