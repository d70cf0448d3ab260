// Time and shared state in a real Chromium: colour by year (legend with the year range and the nodes with no year,
// in both views), the year histogram's brush, inputs and no-year switch (kept in the URL), and a reload that restores
// view, colour, size, resolution, focused cluster and path — without console errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analysePaperGraph } from '../../ingest/analyse';
import { createPaperGraph, serializeGraph, type PaperGraph } from '../../src/shared';
import { buildTopicGraph } from '../src/shared/paperGraphFixture';
import { buildApp, collectErrors, launchChromium, OUTPUT, sampleCanvas, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];
let graph: PaperGraph;
let fixtureDir: string;

/** The topic fixture spread over 2016–2025; the papers it leaves undated ("--07-15") stay without a year. */
function datedGraph(): PaperGraph {
  const g = buildTopicGraph();
  let index = 0;
  g.forEachNode((node, attributes) => {
    if (attributes.kind !== 'paper') return;
    if (attributes.year === null) return;
    const year = 2016 + (index++ % 10);
    g.mergeNodeAttributes(node, { year, date: `${year}-03-01` });
  });
  analysePaperGraph(g, { resolution: 1, seed: 42 });
  return g;
}

const yearOf = (attributes: Record<string, unknown>) => (typeof attributes.year === 'number' ? attributes.year : null);

/** Counted here from the graph file, independently of the app: papers without a year and ideas none of whose papers has one. */
function expectedYearLegend(g: PaperGraph): { min: number; max: number; noYear: number } {
  let min = Infinity;
  let max = -Infinity;
  let noYear = 0;
  g.forEachNode((node, a) => {
    if (a.kind === 'paper') {
      const year = yearOf(a as never);
      if (year === null) noYear++;
      else {
        min = Math.min(min, year);
        max = Math.max(max, year);
      }
    } else if (!g.someNeighbor(node, (_n, b) => b.kind === 'paper' && yearOf(b as never) !== null)) noYear++;
  });
  return { min, max, noYear };
}

function papersIn(g: PaperGraph, from: number, to: number): number {
  return g.filterNodes((_n, a) => a.kind === 'paper' && yearOf(a as never) !== null && (a.year as number) >= from && (a.year as number) <= to).length;
}

const undatedPapers = () => graph.filterNodes((_n, a) => a.kind === 'paper' && yearOf(a as never) === null).length;
const allPapers = () => graph.filterNodes((_n, a) => a.kind === 'paper').length;

beforeAll(async () => {
  graph = datedGraph();
  const dir = join(OUTPUT, `time-fixture-${process.pid}`);
  fixtureDir = dir;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'dated.json');
  writeFileSync(file, serializeGraph(graph));
  app = await serveDir(await buildApp(join(OUTPUT, 'e2e-time-dist'), file));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('time', context.task.name));
    await page.close();
  }
  expect(errors).toEqual([]);
});

async function open(search = ''): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors = collectErrors(page);
  await page.goto(`${app.url}/${search}`);
  await page.locator('[data-testid="layout-status"][data-status="stopped"]').waitFor({ timeout: 60_000 });
}

async function reload(): Promise<void> {
  await page.reload();
  await page.locator('[data-testid="layout-status"][data-status="stopped"]').waitFor({ timeout: 60_000 });
}

const params = () => new URL(page.url()).searchParams;
const paperCount = () => page.getByTestId('count-paper').innerText();

/** A graph file of papers only: one per year of `years` (null: no year), positioned so no layout is needed. */
function papersFile(name: string, years: (number | null)[]): string {
  const g = createPaperGraph({ sources: ['fixture.txt'] });
  years.forEach((year, i) => g.addNode(`paper:p${i}`, {
    kind: 'paper', label: `P${i}`, title: `Paper ${i}`, abstract: 'A.', authorsCount: 1, date: year === null ? '--01-02' : `${year}-01-02`,
    year, organisation: null, upvotes: 0, sources: ['fixture.txt'], keyphrases: [], x: Math.cos(i), y: Math.sin(i) * i,
  } as never));
  const file = join(fixtureDir, name);
  writeFileSync(file, serializeGraph(g));
  return file;
}

describe('time in Chromium', () => {
  it('colours by year with a legend of the year range and the nodes with no year, in both views', async () => {
    await open();
    const before = await sampleCanvas(page);
    await page.getByRole('radio', { name: 'by year' }).check();
    const expected = expectedYearLegend(graph);
    const legend = page.getByTestId('year-legend');
    await expect.poll(() => legend.getByTestId('year-legend-min').innerText()).toBe(String(expected.min));
    expect(await legend.getByTestId('year-legend-max').innerText()).toBe(String(expected.max));
    expect(await legend.getByTestId('year-legend-none').innerText()).toBe(`no year: ${expected.noYear}`);
    expect(params().get('color')).toBe('year');
    await page.waitForTimeout(300); // one frame for sigma to redraw
    const after = await sampleCanvas(page);
    expect(after.filter((c, i) => c !== before[i]).length / after.length).toBeGreaterThan(0.001);
    // Viridis' dark purple end (#440154 region) is on the canvas: the earliest papers.
    expect(after.some((c) => (c >> 16) < 0x50 && ((c >> 8) & 255) < 0x20 && (c & 255) > 0x40)).toBe(true);

    await page.getByRole('radio', { name: /Concept map/ }).check();
    await page.getByText(/Coloured by the mean year of each idea's papers/).waitFor();
    expect(params().get('view')).toBe('concepts');
  });

  it('filters papers by a brushed year range, by typed years, and counts papers with no year apart', async () => {
    await open();
    const histogram = page.getByTestId('year-histogram');
    await expect.poll(() => histogram.getAttribute('data-bars')).toBe('10');
    expect(await paperCount()).toBe(`${allPapers()} / ${allPapers()}`);
    expect(await page.getByTestId('no-year-count').innerText()).toBe(String(undatedPapers()));

    // Drag across the bars of 2018 to 2020.
    const box = (await histogram.boundingBox())!;
    const xOf = (year: number) => box.x + ((year - 2016 + 0.5) * box.width) / 10;
    await page.mouse.move(xOf(2018), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(2019), box.y + box.height / 2, { steps: 3 });
    await page.mouse.move(xOf(2020), box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => params().get('from')).toBe('2018');
    expect(params().get('to')).toBe('2020');
    const inRange = papersIn(graph, 2018, 2020);
    await expect.poll(paperCount).toBe(`${inRange + undatedPapers()} / ${allPapers()}`);
    expect(await page.locator('[data-testid="year-histogram"] rect.bar.in-range').count()).toBe(3);

    // Papers of unknown year have their own switch.
    await page.getByRole('checkbox', { name: /Include \d+ papers? with no year/ }).uncheck();
    await expect.poll(paperCount).toBe(`${inRange} / ${allPapers()}`);
    expect(params().get('noYear')).toBe('0');

    // The keyboard way: type a year.
    const from = page.getByLabel('Papers from year');
    await from.fill('2017');
    await expect.poll(() => params().get('from')).toBe('2017');
    await expect.poll(paperCount).toBe(`${papersIn(graph, 2017, 2020)} / ${allPapers()}`);

    await reload();
    expect(await page.getByLabel('Papers from year').inputValue()).toBe('2017');
    expect(await page.getByLabel('Papers to year').inputValue()).toBe('2020');
    expect(await page.getByRole('checkbox', { name: /with no year/ }).isChecked()).toBe(false);
    await expect.poll(paperCount).toBe(`${papersIn(graph, 2017, 2020)} / ${allPapers()}`);

    await page.getByRole('button', { name: 'All years' }).click();
    await expect.poll(() => params().get('from')).toBe(null);
    await page.getByRole('checkbox', { name: /with no year/ }).check();
    await expect.poll(paperCount).toBe(`${allPapers()} / ${allPapers()}`);
  });

  it('a reload restores view, colour, size, resolution, focused cluster and path', async () => {
    await open();
    // Resolution 0.5 (not the file's 1).
    await page.getByRole('slider', { name: 'Community resolution' }).fill('0.5');
    await page.locator('[data-testid="cluster-status"][data-status="idle"][data-resolution="0.5"]').waitFor();
    expect(params().get('res')).toBe('0.5');

    // A path between two papers.
    await searchAndEnter(page, 'Glider');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('button', { name: 'Path from here' }).click();
    await searchAndEnter(page, 'Camera-controlled Video');
    const steps = page.getByRole('region', { name: 'Path between two nodes' }).locator('.path-steps li');
    await expect.poll(() => steps.count()).toBeGreaterThan(0);
    const pathTexts = await steps.allInnerTexts();

    // A focused cluster, colour by year, size by PageRank.
    const second = page.getByRole('list', { name: 'Cluster list' }).getByRole('button').nth(1);
    const name = (await second.locator('.legend-label').innerText()).trim();
    await second.click();
    await expect.poll(() => second.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('radio', { name: 'by year' }).check();
    await page.getByLabel('Size nodes by').selectOption('pagerank');
    await expect.poll(() => params().get('size')).toBe('pagerank');
    const sorted = () => [...params().entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const url = sorted();
    expect(params().get('cluster')).not.toBe(null);
    expect(params().get('pathFrom')).toMatch(/^paper:/);
    expect(params().get('pathTo')).toMatch(/^paper:/);

    await reload();
    await page.locator('[data-testid="cluster-status"][data-status="idle"][data-resolution="0.5"]').waitFor();
    const focused = page.getByRole('region', { name: 'Focused cluster' });
    await expect.poll(() => focused.locator('h3').first().innerText()).toBe(name);
    await expect.poll(() => page.getByRole('list', { name: 'Cluster list' }).getByRole('button', { pressed: true }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'by year' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Size nodes by').inputValue()).toBe('pagerank');
    await expect.poll(() => page.getByRole('region', { name: 'Path between two nodes' }).locator('.path-steps li').allInnerTexts()).toEqual(pathTexts);
    expect(sorted()).toEqual(url);

    // The concept map view and its threshold survive a reload too.
    await page.getByRole('radio', { name: /Concept map/ }).check();
    await page.getByLabel('Minimum papers per idea').fill('3');
    await expect.poll(() => params().get('minOcc')).toBe('3');
    await page.reload();
    await page.getByText(/Concept map: \d+ ideas in \d+ clusters/).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('radio', { name: /Concept map/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Minimum papers per idea').inputValue()).toBe('3');
    expect(params().get('res')).toBe('0.5');
  });

  it('bins 70 years by two, shows one year as one bar, and a graph with no years says so', async () => {
    await open();
    const histogram = page.getByTestId('year-histogram');
    await page.getByTestId('open-file').setInputFiles(papersFile('seventy.json', [...Array.from({ length: 70 }, (_v, i) => 1950 + i), null]));
    await expect.poll(() => page.locator('.source').innerText()).toContain('seventy.json');
    await expect.poll(() => histogram.getAttribute('data-bin-size')).toBe('2');
    expect(Number(await histogram.getAttribute('data-bars'))).toBeLessThanOrEqual(60);
    expect(await page.getByTestId('year-summary').innerText()).toMatch(/70 papers with a year, 1950–2019 \(bars of 2 years\)/);
    expect(await page.getByTestId('no-year-count').innerText()).toBe('1');

    await page.getByTestId('open-file').setInputFiles(papersFile('one-year.json', [2024, 2024, 2024]));
    await expect.poll(() => page.locator('.source').innerText()).toContain('one-year.json');
    await expect.poll(() => histogram.getAttribute('data-bars')).toBe('1');
    expect(await page.getByTestId('year-summary').innerText()).toMatch(/3 papers with a year, all from 2024/);
    expect(await page.getByTestId('no-year-count').count()).toBe(0);

    await page.getByTestId('open-file').setInputFiles(papersFile('no-year.json', [null, null]));
    await expect.poll(() => page.locator('.source').innerText()).toContain('no-year.json');
    await expect.poll(() => page.getByTestId('year-summary').innerText()).toBe('No paper has a known year.');
    expect(await page.getByTestId('no-year-count').innerText()).toBe('2');
    await page.getByRole('radio', { name: 'by year' }).check();
    expect(await page.getByTestId('year-legend').innerText()).toMatch(/No node has a year\.[\s\S]*no year: 2/);
  });
});
