// A graph too big to draw whole opens on the cluster overview and loads one cluster into the map on demand. The seed
// graph stands in for a big one through `?overview-above=100` (the node bound, lowered for this page).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPaperGraph, serializeGraph } from '../../src/shared';
import { buildApp, collectErrors, knownGraphFile, launchChromium, OUTPUT, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';

const GLIDER = 'Glider: Global and Local Instruction-Driven Expert Router';

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];

let appDir: string;

beforeAll(async () => {
  appDir = await buildApp(join(OUTPUT, 'e2e-big-graph-dist'), knownGraphFile());
  app = await serveDir(appDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('big-graph', context.task.name));
    await page.close();
  }
});

async function open(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  errors = collectErrors(page);
  await page.goto(`${app.url}/?overview-above=100`);
}

describe('a graph above the overview bound', () => {
  it('opens on the cluster overview, says why, and draws no full map', async () => {
    await open();
    const overview = page.getByRole('region', { name: 'Cluster overview' });
    await overview.locator('canvas').first().waitFor({ timeout: 30_000 });
    const listed = await page.getByRole('list', { name: 'Cluster list' }).locator('li').count();
    expect(Number(await overview.getAttribute('data-clusters'))).toBe(listed);
    await expect.poll(() => page.getByTestId('overview-hint').innerText()).toMatch(/too big to draw whole .* click one to load its papers/);
    expect(await page.locator('.graph-canvas').count()).toBe(0);
    expect(await page.getByTestId('big-graph-state').innerText()).toContain('too big to draw whole');
    expect(errors).toEqual([]);
  });

  it('loads the cluster picked in the list, and says what the map shows', async () => {
    await open();
    await page.getByRole('region', { name: 'Cluster overview' }).locator('canvas').first().waitFor({ timeout: 30_000 });
    const row = page.getByRole('list', { name: 'Cluster list' }).getByRole('button').first();
    const name = (await row.locator('.legend-label').innerText()).trim();
    const count = Number(await row.locator('.count').getAttribute('title').then((t) => /(\d+) nodes/.exec(t ?? '')?.[1]));
    await row.click();
    await page.locator('.graph-canvas').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('region', { name: 'Cluster overview' }).count()).toBe(0);
    const hint = page.getByTestId('cluster-detail-hint');
    await expect.poll(() => hint.innerText()).toContain(`Showing one cluster: ${name}, ${count} of`);
    // Back to the overview and into it again from there.
    await hint.getByRole('button', { name: 'cluster overview' }).click();
    const overview = page.getByRole('region', { name: 'Cluster overview' });
    await overview.locator('canvas').first().waitFor();
    await overview.getByRole('button', { name: 'back to the cluster shown' }).click();
    await expect.poll(() => overview.count()).toBe(0);
    await expect.poll(() => hint.innerText()).toContain(name);
    expect(errors).toEqual([]);
  });

  it('a paper found by search brings its cluster into the map and is selected there', async () => {
    await open();
    await page.getByRole('region', { name: 'Cluster overview' }).locator('canvas').first().waitFor({ timeout: 30_000 });
    await searchAndEnter(page, GLIDER);
    await page.locator('.graph-canvas').waitFor({ timeout: 30_000 });
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('.detail-title').innerText()).toBe(GLIDER);
    await expect.poll(() => page.getByTestId('cluster-detail-hint').innerText()).toMatch(/^Showing one cluster: .+, \d+ of \d+ nodes/);
    expect(errors).toEqual([]);
  });
});

/** A page script keeping every text the element shows, however briefly, in `window[name]` (a MutationObserver). */
function recordTexts(selector: string, name: string): string {
  return `
    window.${name} = [];
    new MutationObserver(() => {
      const text = document.querySelector('${selector}')?.textContent;
      if (text && window.${name}.at(-1) !== text) window.${name}.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  `;
}

describe('a graph above the one-task bound (parseChunks.ts)', () => {
  it('comes from the worker in chunks, is built a slice at a time with its progress shown, opens whole, and exports in slices with progress', async () => {
    const graph = createPaperGraph();
    for (let i = 0; i < 20_000; i++) {
      graph.addNode(`n${i}`, { kind: 'paper', label: `Paper ${i}`, community: i % 40, x: (i % 200) * 10, y: Math.floor(i / 200) * 10 } as never);
    }
    for (let i = 0; i < 20_000; i++) {
      graph.addEdge(`n${i}`, `n${(i + 1) % 20_000}`, { kind: 'cites', weight: 1 } as never);
      graph.addEdge(`n${i}`, `n${(i + 40) % 20_000}`, { kind: 'cites', weight: 1 } as never);
    }
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'e2e-big-graph-60k-records.json');
    writeFileSync(file, serializeGraph(graph));
    const server = await serveDir(appDir, { '/graph.json': file });
    try {
      page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
      errors = collectErrors(page);
      // Every progress line shown, however briefly.
      await page.addInitScript(recordTexts('[data-testid=load-progress]', '__progress'));
      await page.goto(`${server.url}/?overview-above=100&parse-here-below=0`);
      await page.getByRole('region', { name: 'Cluster overview' }).locator('canvas').first().waitFor({ timeout: 60_000 });
      await expect.poll(() => page.locator('header .source').innerText()).toBe('/graph.json · 20,000 nodes · 40,000 edges');
      const progress = (await page.evaluate('window.__progress')) as string[];
      expect(progress.some((line) => /^Building the graph: [\d,]+ of 40,000 edges$/.test(line))).toBe(true);
      expect(await page.getByTestId('load-progress').count()).toBe(0);

      // Its export is written a slice at a time with the share written so far shown, and downloads whole.
      await page.evaluate(recordTexts('.export-status', '__exportStatus'));
      await page.getByText('Export…').click();
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: 'GEXF', exact: true }).click();
      const gexf = readFileSync((await (await downloaded).path())!, 'utf8');
      expect(gexf.match(/<node /g)).toHaveLength(20_000);
      expect(gexf.match(/<edge /g)).toHaveLength(40_000);
      await expect.poll(() => page.locator('.export-status').innerText()).toBe('Saved graph.gexf (20,000 nodes, 40,000 edges).');
      const statuses = (await page.evaluate('window.__exportStatus')) as string[];
      expect(statuses.some((line) => /^Writing GEXF… \d+%$/.test(line))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
