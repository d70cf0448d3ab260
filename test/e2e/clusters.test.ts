// Clusters and paths in a real Chromium: the resolution slider re-clusters (count and canvas colours change), the
// cluster list focuses a cluster and explains its related clusters, the overview shows one node per cluster, and the
// path finder names each step between two seed papers — without console errors.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, collectErrors, knownGraphFile, launchChromium, OUTPUT, paintedShare, sampleCanvas, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';

const GLIDER = 'Glider: Global and Local Instruction-Driven Expert Router';
const INNOVATOR = 'Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling';

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const dir = await buildApp(join(OUTPUT, 'e2e-clusters-dist'), knownGraphFile());
  app = await serveDir(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('clusters', context.task.name));
    await page.close();
  }
});

async function open(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  errors = collectErrors(page);
  await page.goto(app.url);
  await page.locator('[data-testid="layout-status"][data-status="stopped"]').waitFor({ timeout: 30_000 });
}


function changedShare(a: number[], b: number[]): number {
  let changed = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
  return changed / a.length;
}

async function clusterCount(): Promise<number> {
  await page.locator('[data-testid="cluster-status"][data-status="idle"] [data-testid="cluster-count"]').waitFor();
  return Number(await page.getByTestId('cluster-count').innerText());
}

/** Move the slider and wait until the clusters shown are the ones computed at that resolution (after the debounce). */
async function setResolution(value: number): Promise<void> {
  await page.getByRole('slider', { name: 'Community resolution' }).fill(String(value));
  await page.locator(`[data-testid="cluster-status"][data-status="idle"][data-resolution="${value}"]`).waitFor();
}

describe('clusters in Chromium', () => {
  it('the resolution slider changes the cluster count and the colours on the map', async () => {
    await open();
    await page.getByRole('slider', { name: 'Community resolution' }).waitFor();
    const before = await sampleCanvas(page);
    const list = page.getByRole('list', { name: 'Cluster list' }).locator('li');

    await setResolution(3);
    await expect.poll(async () => page.getByTestId('cluster-status').getAttribute('data-status')).toBe('idle');
    const fine = await clusterCount();
    await expect.poll(() => list.count()).toBe(fine);
    await page.waitForTimeout(300); // one frame for sigma to redraw with the new colours
    expect(changedShare(before, await sampleCanvas(page))).toBeGreaterThan(0.002);
    // Standard Q and, apart and labelled, the quality the clustering maximised at resolution 3.
    expect(await page.getByTestId('modularity-q').innerText()).toMatch(/^modularity Q 0\.\d{3}$/);
    expect(await page.getByTestId('quality').innerText()).toMatch(/^quality at resolution 3\.0: -?\d\.\d{3}$/);

    await setResolution(0.2);
    await expect.poll(async () => (await page.getByTestId('cluster-status').getAttribute('data-status')) === 'idle' && clusterCount()).toBeLessThan(fine);
    // The same resolution again gives the same clusters (seeded Louvain).
    const coarse = await clusterCount();
    await setResolution(3);
    await expect.poll(() => clusterCount()).toBe(fine);
    expect(coarse).toBeLessThan(fine);
    expect(errors).toEqual([]);
  });

  it('the cluster list focuses a cluster and explains the clusters it is linked to', async () => {
    await open();
    const first = page.getByRole('list', { name: 'Cluster list' }).getByRole('button').first();
    const name = (await first.locator('.legend-label').innerText()).trim();
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    const focused = page.getByRole('region', { name: 'Focused cluster' });
    await expect.poll(() => focused.locator('h3').first().innerText()).toBe(name);
    const related = focused.locator('.related-clusters > li');
    await expect.poll(() => related.count()).toBeGreaterThan(0);
    expect(await related.first().locator('.reason').innerText()).toMatch(/linked through|bridge/);
    // The map names only the focused cluster while others are dimmed.
    await expect.poll(() => page.locator('.cluster-label').allInnerTexts()).toEqual([name]);

    const chip = related.first().locator('button.chip').first();
    if (await chip.count()) {
      const concept = (await chip.innerText()).trim();
      await chip.click();
      await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).locator('.detail-title').innerText()).toBe(concept);
    }
    expect(errors).toEqual([]);
  });

  it('the cluster overview shows one node per listed cluster', async () => {
    await open();
    const listed = await page.getByRole('list', { name: 'Cluster list' }).locator('li').count();
    await page.getByRole('checkbox', { name: /Cluster overview/ }).check();
    const overview = page.getByRole('region', { name: 'Cluster overview' });
    await overview.locator('canvas').first().waitFor();
    expect(Number(await overview.getAttribute('data-clusters'))).toBe(listed);
    await expect.poll(() => overview.innerText()).toContain(`${listed} clusters`);
    await page.waitForTimeout(300);
    await screenshot(page, 'clusters-overview-open');
    await overview.getByRole('button', { name: 'back to the full graph' }).click();
    await expect.poll(() => overview.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the cluster overview follows the year colouring of the map', async () => {
    await open();
    // The cluster list's swatches: the colours of the clusters, as the overview draws them by default.
    const swatches = await page.getByRole('list', { name: 'Cluster list' }).locator('.swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    await page.getByRole('checkbox', { name: /Cluster overview/ }).check();
    const overview = page.getByRole('region', { name: 'Cluster overview' });
    await overview.locator('canvas').first().waitFor();
    /** Which swatch colours the overview's canvas shows (every 3rd pixel of its screenshot). */
    const swatchesDrawn = async () => {
      const png = await page.screenshot({ clip: (await overview.locator('.overview-canvas').boundingBox())! });
      return page.evaluate(async ([b64, wanted]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, img.width, img.height);
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 12) seen.add(`rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`);
        return wanted.filter((colour) => seen.has(colour));
      }, [png.toString('base64'), swatches] as const);
    };
    await expect.poll(async () => (await swatchesDrawn()).length).toBeGreaterThan(2);
    await page.getByRole('radio', { name: 'by year' }).check();
    await expect.poll(() => overview.innerText()).toContain('coloured by the mean year of their papers');
    // Before, the discs kept their cluster colours under the year colouring (every swatch colour still drawn).
    await expect.poll(swatchesDrawn).toEqual([]);
    await page.getByRole('radio', { name: 'by community' }).check();
    await expect.poll(async () => (await swatchesDrawn()).length).toBeGreaterThan(2);
    expect(await overview.innerText()).not.toContain('mean year');
    expect(errors).toEqual([]);
  });

  it('names each step of the path between two seed papers, and clearing restores the view', async () => {
    await open();
    await searchAndEnter(page, GLIDER);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('.detail-title').innerText()).toBe(GLIDER);
    await details.getByRole('button', { name: 'Path from here' }).click();
    const panel = page.getByRole('region', { name: 'Path between two nodes' });
    await expect.poll(() => panel.innerText()).toContain('click a node on the map or search for it');

    await searchAndEnter(page, INNOVATOR);
    const steps = panel.locator('.path-steps li');
    await expect.poll(() => steps.count()).toBeGreaterThan(0);
    const texts = await steps.allInnerTexts();
    expect(texts[0].startsWith(GLIDER)).toBe(true);
    expect(texts.at(-1)!.endsWith(INNOVATOR)).toBe(true);
    for (const text of texts) expect(text).toMatch(/—|←|→/);
    await page.waitForTimeout(700);
    await screenshot(page, 'clusters-path-shown');
    // The camera moved to the path, which is drawn over the dimmed graph (not an empty view).
    expect(await paintedShare(page)).toBeGreaterThan(0.01);

    await panel.getByRole('button', { name: 'Clear the path' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
