// Views in a real Chromium: the concept map (ideas by co-occurrence) keeps the selection across views, the density
// layer draws under the nodes, emerging topics list a bursting concept and select it, and the SVG / VOSviewer exports
// carry the legend, cluster names and clusters — without console errors.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analysePaperGraph } from '../../ingest/analyse';
import { serializeGraph } from '../../src/shared';
import { communityColor } from '../../src/shared/analysis/palette';
import { buildTopicGraph } from '../src/shared/paperGraphFixture';
import { buildApp, collectErrors, launchChromium, OUTPUT, paintedShare, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];

/** The topic fixture with years: video generation papers crowd into 2024–2025, the rest spread from 2016. */
function datedGraphFile(): string {
  const graph = buildTopicGraph();
  let index = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'paper') return;
    const isVideo = graph.neighbors(node).includes('concept:video-generation');
    const year = isVideo ? 2024 + (index % 2) : 2016 + (index % 8);
    graph.mergeNodeAttributes(node, { year, date: `${year}-03-01` });
    index++;
  });
  // More dated papers without video generation, so its share jumps in the last years.
  for (let i = 0; i < 30; i++) {
    const key = `paper:filler-${i}`;
    graph.addNode(key, {
      kind: 'paper', label: `Filler ${i}`, title: `Filler ${i}`, abstract: 'Filler.', authorsCount: 1, date: null,
      year: 2016 + (i % 10), organisation: null, upvotes: 0, sources: ['fixture.txt'], keyphrases: [],
    });
    graph.addEdgeWithKey(`has-concept:${key}|concept:large-language-model`, key, 'concept:large-language-model', { kind: 'has-concept', weight: 1 });
  }
  analysePaperGraph(graph, { resolution: 1, seed: 42 });
  const dir = join(OUTPUT, `views-fixture-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'dated.json');
  writeFileSync(file, serializeGraph(graph));
  return file;
}

beforeAll(async () => {
  const dir = await buildApp(join(OUTPUT, 'e2e-views-dist'), datedGraphFile());
  app = await serveDir(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('views', context.task.name));
    await page.close();
  }
  expect(errors).toEqual([]);
});

/** `#rrggbb` as the browser reports a computed colour. */
const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function open(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  errors = collectErrors(page);
  await page.goto(app.url);
  await page.locator('[data-testid="layout-status"][data-status="stopped"]').waitFor({ timeout: 60_000 });
}

describe('views in Chromium', () => {
  it('switches to the concept map and back, keeping the selected concept', async () => {
    await open();
    await searchAndEnter(page, 'reward model');
    await expect.poll(() => page.locator('.detail-title').first().innerText()).toMatch(/reward model/i);
    await page.getByRole('radio', { name: /Concept map/ }).check();
    await page.getByText(/Concept map: \d+ ideas in \d+ clusters/).waitFor();
    await expect.poll(() => paintedShare(page)).toBeGreaterThan(0.002);
    await expect.poll(() => page.locator('.detail-title').first().innerText()).toMatch(/reward model/i);
    // Its colours are its own clusters': the appearance panel lists them (before, only the papers' cluster list in the
    // same palette was there to read them by), and the clusters panel says its list is the papers'.
    const caption = await page.getByText(/Concept map: \d+ ideas in \d+ clusters/).innerText();
    const mapClusters = Number(/in (\d+) clusters/.exec(caption)![1]);
    const legend = page.getByRole('list', { name: 'Concept map clusters' }).getByRole('listitem');
    expect(await legend.count()).toBe(Math.min(12, mapClusters));
    expect(await legend.first().locator('.swatch').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(hexToRgb(communityColor(0)));
    expect(await page.getByTestId('map-legend-note').innerText()).toContain(`The concept map's ${mapClusters} clusters of ideas`);
    expect(await page.getByTestId('paper-clusters-note').isVisible()).toBe(true);
    // The concept map moves from the keyboard too: focused, 0 is answered (no page scroll, no error).
    await page.getByLabel(/^Concept map: arrow keys pan/).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('0');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Concept map: arrow keys pan/);
    // A threshold above every idea's paper count says so instead of showing an empty canvas.
    await page.getByLabel('Minimum papers per idea').fill('500');
    await page.getByText('No concept map at this threshold').waitFor();
    await page.getByLabel('Minimum papers per idea').fill('2');
    await page.getByRole('radio', { name: /Papers & ideas/ }).check();
    await page.locator('[data-testid="layout-status"]').waitFor();
    await expect.poll(() => page.locator('.detail-title').first().innerText()).toMatch(/reward model/i);
    expect(await page.getByRole('list', { name: 'Concept map clusters' }).count()).toBe(0);
    expect(await page.getByTestId('paper-clusters-note').count()).toBe(0);
  });

  it('counts the concept map\'s ideas in its legend by kind and by year, not the paper graph\'s nodes', async () => {
    await open();
    await page.getByRole('radio', { name: /Concept map/ }).check();
    const caption = await page.getByText(/Concept map: \d+ ideas in \d+ clusters/).innerText();
    const ideas = Number(/: (\d+) ideas/.exec(caption)![1]);
    await page.getByRole('radio', { name: 'Colour by kind' }).check();
    const rows = page.getByRole('list', { name: 'Legend' }).getByRole('listitem');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    // The map shows concepts (and methods above the threshold): no papers, no cited works. Before: 'Papers 78'...
    expect(texts.some((t) => /Papers|Cited works/.test(t))).toBe(false);
    expect(texts[0]).toMatch(/^Concepts\s+\d+$/);
    const counted = texts.reduce((sum, t) => sum + Number(/(\d+)$/.exec(t.trim())![1]), 0);
    expect(counted).toBe(ideas);
    // By year every idea here has a dated paper: no 'no year' row (the paper graph's 30 fillers and ideas had counts).
    await page.getByRole('radio', { name: 'by year' }).check();
    await page.getByTestId('year-legend').waitFor();
    expect(await page.getByTestId('year-legend-none').count()).toBe(0);
    expect(await page.getByTestId('year-legend-min').innerText()).toBe('2016');
    // Back on the paper graph the legend counts its papers again.
    await page.getByRole('radio', { name: /Papers & ideas/ }).check();
    await page.getByRole('radio', { name: 'Colour by kind' }).check();
    await expect.poll(() => rows.first().innerText()).toMatch(/^Papers\s+\d+$/);
  });

  it('draws the density layer under the nodes when asked', async () => {
    await open();
    expect(await page.locator('canvas.sigma-density').count()).toBe(0);
    await page.getByLabel('Density layer').check();
    await page.locator('canvas.sigma-density').waitFor({ state: 'attached' });
    const painted = await page.locator('canvas.sigma-density').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')!;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4 * 13) if (data[i] > 0) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(0);
  });

  it('lists emerging topics and selects one on click', async () => {
    await open();
    const panel = page.getByRole('region', { name: 'Emerging topics' });
    await panel.getByRole('button', { name: 'video generation' }).click();
    await expect.poll(() => page.locator('.detail-title').first().innerText()).toMatch(/video generation/i);
    expect(await panel.innerText()).toMatch(/video generation\s+202[45]/);
  });

  it('exports an SVG with the legend and cluster names, and a VOSviewer map with named clusters', async () => {
    await open();
    await page.getByText('Export…').click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG picture' }).click()]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toContain('<g id="legend"');
    expect(svg).toMatch(/<g id="cluster-names"[^>]*>\s*<text/);
    const [vosDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'VOSviewer JSON' }).click()]);
    expect(vosDownload.suggestedFilename()).toMatch(/\.vosviewer\.json$/);
    const vos = JSON.parse(readFileSync(await vosDownload.path(), 'utf8'));
    expect(vos.network.items.length).toBeGreaterThan(10);
    expect(vos.network.clusters.length).toBeGreaterThan(1);
  });
});
