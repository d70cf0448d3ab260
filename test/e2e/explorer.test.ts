// The explorer in a real Chromium: draws the graph, searches, shows details, follows related papers, filters,
// keeps the view in the URL, opens files and reports broken ones — without console errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, collectErrors, knownGraphFile, launchChromium, OUTPUT, paintedShare, ROOT, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';
import { buildSearchIndex, searchMatches, toSearchEntries } from '../../src/core/search';
import { parseGraph } from '../../src/shared';

const FIXTURES = join(ROOT, 'test/fixtures/graphs');
const TITLE = 'Glider: Global and Local Instruction-Driven Expert Router';
const ABSTRACT_START = 'The availability of performant pre-trained models';
// A seed paper with many concepts, so it has related papers in both the fixture and the ingested seed graph.
const RICH_TITLE = 'Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling';

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let brokenApp: Awaited<ReturnType<typeof serveDir>>;
let missingApp: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];
let appDir: string;

beforeAll(async () => {
  const dir = await buildApp(join(OUTPUT, 'e2e-dist'), knownGraphFile());
  appDir = dir;
  app = await serveDir(dir);
  brokenApp = await serveDir(dir, { '/graph.json': join(FIXTURES, 'broken.json') });
  missingApp = await serveDir(dir, { '/graph.json': join(FIXTURES, 'does-not-exist.json') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), brokenApp?.close(), missingApp?.close()]);
});

async function open(url: string): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  errors = collectErrors(page);
  await page.goto(url);
}

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('', context.task.name));
    await page.close();
  }
});

async function waitForLayoutToSettle(): Promise<void> {
  await page.locator('[data-testid="layout-status"][data-status="stopped"]').waitFor({ timeout: 30_000 });
}

describe('explorer in Chromium', () => {
  it('lists the app code main.tsx imports later as module preloads, so it downloads beside the graph', () => {
    const html = readFileSync(join(appDir, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]* src="\/([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    // The entry's own dynamic import of the mount chunk (src/mount.tsx), as the bundler wrote it.
    const imported = /import\(([`"'])\.\/(mount-[^`"']+\.js)\1\)/.exec(readFileSync(join(appDir, entry!), 'utf8'))?.[2];
    expect(imported).toMatch(/^mount-/);
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(preloaded).toContain(imported);
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(sheets.some((sheet) => sheet.startsWith('mount-'))).toBe(true);
  });

  it('draws the graph, runs the layout to the end and searches a seed paper', async () => {
    await open(app.url);
    await page.locator('.graph-canvas canvas').first().waitFor();
    await waitForLayoutToSettle();
    expect(await paintedShare(page)).toBeGreaterThan(0.02);
    // Colour by community is the default; the kind legend appears with colour by kind.
    await page.getByRole('radio', { name: /Colour by kind/ }).check();
    await expect.poll(() => page.locator('.legend').innerText()).toMatch(/Papers\s+\d+/);

    await searchAndEnter(page, TITLE);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByTestId('abstract').innerText()).toContain(ABSTRACT_START);
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe(TITLE);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('node=paper:glider');

    await page.getByRole('button', { name: 'Start the layout' }).click();
    await expect.poll(() => page.getByTestId('layout-status').getAttribute('data-status')).toBe('running');
    await page.getByRole('button', { name: 'Stop the layout' }).click();
    await waitForLayoutToSettle();
    expect(errors).toEqual([]);
  });

  it('says once why a paper of a collection without citations has no citation sections', async () => {
    await open(app.url);
    await searchAndEnter(page, TITLE);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe(TITLE);
    // The seeds are listing pages: no citation links, no reference lists. No four empty lists and no "0 · 0" line.
    expect(await panel.getByTestId('prior-works').count()).toBe(0);
    expect(await panel.getByTestId('cited-by-in-collection').count()).toBe(0);
    expect(await panel.getByTestId('references-outside').count()).toBe(0);
    // The seed papers' sources list no references (no count is written), like older graph files: one line says why.
    expect(await panel.getByTestId('no-citation-data').count()).toBe(1);
    expect(await panel.getByTestId('no-citation-data').innerText()).toMatch(/^No citations to show/);
    // Raw attributes (community number, centrality scores) are folded away under one line, opened on demand.
    const all = panel.getByTestId('all-attributes');
    expect(await all.locator('summary').innerText()).toMatch(/^All attributes \(\d+\)$/);
    expect(await all.getAttribute('open')).toBeNull();
    expect(await panel.getByText('pagerank', { exact: true }).isVisible()).toBe(false);
    await all.locator('summary').click();
    await expect.poll(() => panel.getByText('pagerank', { exact: true }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('follows a related paper and a concept chip, and Escape clears the selection', async () => {
    await open(app.url);
    await searchAndEnter(page, RICH_TITLE);
    const panel = page.getByRole('complementary', { name: 'Details' });
    const related = panel.getByRole('region', { name: 'Related papers' }).locator('li');
    await related.first().waitFor();
    expect(await related.first().locator('.reason').innerText()).toMatch(/^shares /);
    const target = await related.first().getByRole('button').innerText();
    await related.first().getByRole('button').click();
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe(target);
    expect(target).not.toBe(RICH_TITLE);

    const chip = panel.locator('button.chip').first();
    const concept = await chip.innerText();
    await chip.click();
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe(concept);
    await expect.poll(() => panel.getByRole('region', { name: 'Papers' }).locator('li').count()).toBeGreaterThan(0);

    await panel.getByRole('button', { name: /Clear selection/ }).click();
    await expect.poll(() => panel.innerText()).toContain('Select a node');

    // The camera centred the concept, so clicking the middle of the canvas picks it again; Escape clears it.
    await page.waitForTimeout(700);
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe(concept);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.innerText()).toContain('Select a node');
    expect(errors).toEqual([]);
  });

  it('shows a group-level domain with the words and the categories it could not tell apart, and the group with its papers', async () => {
    // The seeds' Duo-LLM paper is placed in Computer Science: its words spread over cs.CL and another cs category.
    await open(`${app.url}?node=${encodeURIComponent('paper:duo-llm-a-framework-for-studying-adaptive-computation-in-large-language-models')}`);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.locator('.detail-title').innerText()).toMatch(/^Duo-LLM/);
    const domains = panel.getByRole('region', { name: 'domains' });
    await expect.poll(() => domains.innerText()).toMatch(/Computer Science[\s\S]*text: language.*\(between cs\.CL, /);
    await page.goto(`${app.url}?node=${encodeURIComponent('domain:group:cs')}`);
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe('Computer Science');
    await expect.poll(() => panel.getByRole('region', { name: 'Papers' }).locator('li').count()).toBeGreaterThan(10);
    // Its categories are named under it (the panel named its papers only, not the ideas its broader edges link).
    expect(await panel.getByRole('region', { name: 'Narrower' }).getByRole('button').allInnerTexts())
      .toEqual(['Artificial Intelligence', 'Computation and Language', 'Machine Learning']);
    await panel.getByRole('region', { name: 'Narrower' }).getByRole('button', { name: 'Machine Learning' }).click();
    await expect.poll(() => panel.locator('.detail-title').innerText()).toBe('Machine Learning');
    expect(await panel.getByRole('region', { name: 'Broader' }).innerText()).toMatch(/Computer Science/);
    expect(errors).toEqual([]);
  });

  it('keeps the suggestions open when the search box is left with Escape and typed in again at once', async () => {
    await open(app.url);
    const search = page.locator('input[type="search"][data-ready="true"]');
    await search.waitFor();
    await search.focus();
    await page.keyboard.type(TITLE.slice(0, 12));
    await page.locator('[role="option"]').first().waitFor();
    // Escape leaves the box (its list closes a moment later, so a click on a suggestion still lands); "/" and typing
    // right after must not have that late close hide the new suggestions.
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type(TITLE.slice(0, 8));
    await page.waitForTimeout(400);
    expect(await page.locator('[role="option"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('says how many more nodes match than the suggestion list shows', async () => {
    // The same search the app runs, over the same graph file: "language" matches far more than the 12 listed.
    const index = buildSearchIndex(toSearchEntries(parseGraph(readFileSync(knownGraphFile(), 'utf8'))));
    const { total } = searchMatches(index, 'language', 12);
    expect(total).toBeGreaterThan(12);
    await open(app.url);
    const search = page.locator('input[type="search"][data-ready="true"]');
    await search.waitFor();
    await search.focus();
    await page.keyboard.type('language');
    await expect.poll(() => page.getByTestId('search-more').innerText()).toBe(`${total - 12} more match — type more words to narrow the list`);
    expect(await page.locator('[role="option"]').count()).toBe(12);
    // A query matching fewer than the list holds says nothing more.
    await search.fill(TITLE);
    await page.locator('[role="option"]').first().waitFor();
    expect(await page.getByTestId('search-more').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('hides nodes with a filter, and the filter and selection survive a reload', async () => {
    await open(app.url);
    await waitForLayoutToSettle();
    const before = await paintedShare(page);
    const papers = page.getByRole('checkbox', { name: /Papers/ });
    await papers.uncheck();
    await expect.poll(() => page.getByTestId('count-paper').innerText()).toMatch(/^0 \/ \d+/);
    // Every edge touching a paper goes with it; only idea-to-idea links (`broader`) can remain.
    const ideaLinks = JSON.parse(readFileSync(knownGraphFile(), 'utf8')).edges.filter(
      (edge: { source: string; target: string }) => !edge.source.startsWith('paper:') && !edge.target.startsWith('paper:'),
    ).length;
    await expect.poll(() => page.getByTestId('shown-counts').innerText()).toMatch(new RegExp(`, ${ideaLinks.toLocaleString('en')} of [\\d,]+ edges`));
    // The papers (most of the dots) and all edges disappear from the canvas.
    await expect.poll(() => paintedShare(page)).toBeLessThan(before * 0.6);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('paper');

    await searchAndEnter(page, 'reinforcement learning');
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: /Papers/ }).isChecked()).toBe(false);
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).locator('.detail-title').innerText())
      .toMatch(/^reinforcement learning$/i);
    expect(errors).toEqual([]);
  });

  it('reports a malformed opened file and keeps the graph; opens another tool’s graph where it was', async () => {
    await open(app.url);
    await page.locator('.graph-canvas canvas').first().waitFor();
    await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'broken.json'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/Could not open broken\.json: Not a JSON file/);
    expect(await page.locator('.graph-canvas canvas').count()).toBeGreaterThan(0);

    await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'foreign.json'));
    await expect.poll(() => page.locator('.source').innerText()).toContain('foreign.json · 4 nodes · 3 edges');
    // A file with positions opens as it is: no automatic layout run.
    await expect.poll(() => page.getByTestId('layout-status').getAttribute('data-status')).toBe('stopped');
    await searchAndEnter(page, 'Valjean');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('region', { name: 'Attributes' }).innerText()).toMatch(/centrality\s+0\.9/);
    expect(errors).toEqual([]);
  });

  it('parses in the worker what is too big to parse on the main thread, with the same graph and messages', async () => {
    /** Opens the app, noting the parse workers the page starts. */
    const openWatchingWorkers = async (url: string) => {
      page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
      errors = collectErrors(page);
      const started: string[] = [];
      page.on('worker', (worker) => started.push(worker.url()));
      await page.goto(url);
      return started;
    };
    const parseWorkers = (urls: string[]) => urls.filter((url) => url.includes('parseGraph')).length;
    let started = await openWatchingWorkers(app.url);
    await expect.poll(() => page.locator('.source').innerText()).toMatch(/graph\.json · [\d,]+ nodes · [\d,]+ edges/);
    const parsedHere = await page.locator('.source').innerText();
    expect(parseWorkers(started)).toBe(0);
    await page.close();
    // ?parse-here-below=0: every file, the served graph included, goes through the parse worker.
    started = await openWatchingWorkers(`${app.url}/?parse-here-below=0`);
    await expect.poll(() => page.locator('.source').innerText()).toBe(parsedHere);
    expect(parseWorkers(started)).toBe(1);
    await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'broken.json'));
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open broken\.json: Not a JSON file/);
    await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'foreign.json'));
    await expect.poll(() => page.locator('.source').innerText()).toContain('foreign.json · 4 nodes · 3 edges');
    expect(parseWorkers(started)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('reads a JSON file as bytes, value by value, as a file too large for one string is read: the same graph and messages', async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    errors = collectErrors(page);
    await page.goto(app.url);
    await expect.poll(() => page.locator('.source').innerText()).toMatch(/graph\.json · [\d,]+ nodes · [\d,]+ edges/);
    const asText = await page.locator('.source').innerText();
    await searchAndEnter(page, 'A Survey on Inference Optimization');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.innerText()).toContain('A Survey on Inference Optimization');
    const panelAsText = await panel.innerText();
    await page.close();
    // ?bytes-from=0: every JSON file goes to the worker and is read as bytes (parseJsonBytes), the served graph too.
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    errors = collectErrors(page);
    await page.goto(`${app.url}/?parse-here-below=0&bytes-from=0`);
    await expect.poll(() => page.locator('.source').innerText()).toBe(asText);
    await searchAndEnter(page, 'A Survey on Inference Optimization');
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).innerText()).toBe(panelAsText);
    await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'broken.json'));
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open broken\.json: Not a JSON file/);
    await page.getByTestId('open-file').setInputFiles(join(FIXTURES, 'foreign.json'));
    await expect.poll(() => page.locator('.source').innerText()).toContain('foreign.json · 4 nodes · 3 edges');
    expect(errors).toEqual([]);
  });

  it('shows a clear error for a broken graph.json and an empty state when there is none', async () => {
    await open(brokenApp.url);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/could not be opened[\s\S]*Not a JSON file/);
    await page.close();
    await open(missingApp.url);
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('No graph to show');
    // The only console error allowed is the browser's own line for the 404 we asked for.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
