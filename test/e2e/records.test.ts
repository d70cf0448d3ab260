// Bibliographic records and citations in a real Chromium: identifier links, author names, "cited by" entries that
// select their paper, the edge-kind filter hiding citation edges (counts, canvas, URL), and a pasted DOI selecting its
// paper; and graph files with malformed attributes, unbroken long words or broken JSON never blank or rename the app.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/shared';
import { buildCitationGraph, CITATION_PAPERS, citationPaperKey, REFERENCE_KEY } from '../src/core/citationFixture';
import { buildApp, collectErrors, launchChromium, OUTPUT, paintedShare, screenshot, searchAndEnter, serveDir, testScreenshotName } from './harness';

const TITLE_A = CITATION_PAPERS[0].title;
const TITLE_B = CITATION_PAPERS[1].title;

const HOSTILE = join(OUTPUT, `records-hostile-${process.pid}`);
const LONG_WORD = 'x'.repeat(5000);

/** The citation graph with what a hand-edited or foreign file may hold: communities without terms or with an object
 * for a label, a node label that is an object, and a 5,000-character unbroken word in a title and an abstract. */
function writeHostileFiles(): { malformed: string; broken: string } {
  mkdirSync(HOSTILE, { recursive: true });
  const data = JSON.parse(serializeGraph(buildCitationGraph()));
  data.attributes.communities = [{ id: 0, label: { text: 'object label' }, papers: 'many' }, { id: 1, label: 'Cited works' }, null];
  data.attributes.modularity = 'high';
  for (const node of data.nodes) {
    node.attributes.community = node.attributes.kind === 'paper' ? 0 : 1;
    if (node.key === citationPaperKey('f')) {
      node.attributes.abstract = `Before ${LONG_WORD} after.`;
      node.attributes.label = `Survey ${LONG_WORD}`;
      node.attributes.authors = ['Tamassia, Roberto', { name: 'object author' }];
    }
    if (node.attributes.kind === 'concept') node.attributes.label = { en: 'object label' };
  }
  const malformed = join(HOSTILE, 'malformed.json');
  writeFileSync(malformed, JSON.stringify(data));
  const broken = join(HOSTILE, 'broken.json');
  writeFileSync(broken, '{"nodes": [ {"key": "a"');
  return { malformed, broken };
}

let browser: Browser;
let app: Awaited<ReturnType<typeof serveDir>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // A graph with a citation layer, written by the test from the same fixture the unit tests use.
  mkdirSync(OUTPUT, { recursive: true });
  const graphFile = join(OUTPUT, `records-graph-${process.pid}.json`);
  writeFileSync(graphFile, serializeGraph(buildCitationGraph()));
  const dir = await buildApp(join(OUTPUT, 'e2e-records-dist'), graphFile);
  app = await serveDir(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(search = ''): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  errors = collectErrors(page);
  await page.goto(`${app.url}/${search}`);
  await page.locator('.graph-canvas canvas').first().waitFor();
}

/** Opens the app, then `graph` written to a file of its own named `name`, through the app's Open button. */
async function openAsFile(graph: ReturnType<typeof buildCitationGraph>, name: string): Promise<void> {
  mkdirSync(HOSTILE, { recursive: true });
  const file = join(HOSTILE, name);
  writeFileSync(file, serializeGraph(graph));
  await open();
  await page.getByTestId('open-file').setInputFiles(file);
}

afterEach(async (context) => {
  if (page) {
    await screenshot(page, testScreenshotName('records', context.task.name));
    await page.close();
  }
});

const panel = () => page.getByRole('complementary', { name: 'Details' });

describe('records and citations in Chromium', () => {
  it('shows identifiers as safe links, every author name, venue and the domain evidence', async () => {
    await open(`?node=${encodeURIComponent(citationPaperKey('a'))}`);
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe(TITLE_A);
    const ids = panel().getByRole('region', { name: 'Identifiers' });
    const links = await ids.getByRole('link').evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target'), text: a.textContent })));
    expect(links).toEqual([
      { href: 'https://doi.org/10.48550/arxiv.1706.03762', rel: 'noopener noreferrer', target: '_blank', text: '10.48550/arxiv.1706.03762' },
      { href: 'https://arxiv.org/abs/1706.03762', rel: 'noopener noreferrer', target: '_blank', text: '1706.03762' },
      { href: 'https://openalex.org/W2963403868', rel: 'noopener noreferrer', target: '_blank', text: 'W2963403868' },
      {
        href: 'https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776', rel: 'noopener noreferrer', target: '_blank',
        text: '204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      },
      { href: 'https://papers.nips.cc/paper/7181', rel: 'noopener noreferrer', target: '_blank', text: 'https://papers.nips.cc/paper/7181' },
    ]);
    // Thirteen authors: ten shown, then all of them on request, in order.
    const authors = panel().getByRole('list', { name: 'Author names' }).getByRole('listitem');
    expect(await authors.count()).toBe(10);
    await panel().getByRole('button', { name: 'Show all 13 authors' }).click();
    expect(await authors.allInnerTexts()).toEqual(CITATION_PAPERS[0].authors);
    expect(await panel().getByTestId('venue').innerText()).toBe('Advances in Neural Information Processing Systems');
    expect(await panel().getByRole('region', { name: 'Keywords' }).innerText()).toMatch(/self-attention\s+transformer/);
    expect(await panel().getByRole('region', { name: 'domains' }).innerText()).toContain('arXiv category cs.CL');
    expect(await panel().getByTestId('references-outside').innerText()).toContain('40 references point outside this collection');
    // The file the record came from is named as a source, not as a "page" (it is an export file here).
    const sources = panel().locator('dt', { hasText: /^Sources$/ });
    expect(await sources.evaluate((dt) => dt.nextElementSibling?.textContent)).toBe('openalex-list.json');
    await panel().getByText('Where each field came from').click();
    expect(await panel().locator('details.provenance').innerText()).toMatch(/title\s+openalex-list\.json, refs\.bib\s+authors\s+refs\.bib/);
    // Its text-similarity link is named too (before, no section listed a paper's similar edges), and selects the paper.
    const similar = panel().getByRole('region', { name: 'Similar texts' });
    expect(await similar.innerText()).toMatch(/^Similar texts \(1\)\s+An Unrelated Survey of Graph Drawing\s*text similarity 0\.20$/);
    await similar.getByRole('button', { name: 'An Unrelated Survey of Graph Drawing' }).click();
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe('An Unrelated Survey of Graph Drawing');
    expect(errors).toEqual([]);
  });

  it('never makes a link of a javascript: URL from the file', async () => {
    await open(`?node=${encodeURIComponent(citationPaperKey('b'))}`);
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe(TITLE_B);
    const hrefs = await panel().locator('a').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('https://pubmed.ncbi.nlm.nih.gov/31234567/');
    expect(hrefs.every((href) => href.startsWith('https://'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('selects a paper from "cited by in this collection", then a prior work with its reason', async () => {
    await open(`?node=${encodeURIComponent(citationPaperKey('a'))}`);
    const citedBy = panel().getByTestId('cited-by-in-collection');
    await expect.poll(() => citedBy.locator('h3').innerText()).toBe('Cited by in this collection (5)');
    await citedBy.getByRole('button', { name: TITLE_B }).click();
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe(TITLE_B);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain(`node=${citationPaperKey('b')}`);
    // b's references in the collection: the outside work (a reference node) and a.
    const references = panel().getByTestId('references-in-collection');
    expect(await references.innerText()).toMatch(/Hochreiter S, 1997[\s\S]*Attention Is All You Need/);
    // All 54 of b's references besides a point outside; the cited work listed above is one of them, and the line says so.
    expect(await panel().getByTestId('references-outside').innerText())
      .toBe('54 references point outside this collection, the cited work listed above among them · 55 in its reference list');
    const prior = panel().getByTestId('prior-works');
    expect(await prior.innerText()).toMatch(/cited by this paper/);
    await references.getByRole('button', { name: 'Hochreiter S, 1997, Neural Computation' }).click();
    await expect.poll(() => panel().getByTestId('reference-text').innerText()).toContain('NEURAL COMPUT');
    expect(await panel().getByRole('link', { name: '10.1162/neco.1997.9.8.1735' }).getAttribute('href'))
      .toBe('https://doi.org/10.1162/neco.1997.9.8.1735');
    expect(await panel().getByTestId('cited-by-in-collection').locator('h3').innerText()).toBe('Cited by in this collection (4)');
    expect(errors).toEqual([]);
  });

  it('hides citation edges with the edge-kind filter and the works only they link, and keeps the filter in the URL', async () => {
    await open();
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect.poll(() => page.getByTestId('edge-count-cites').innerText()).toBe('14 / 14');
    const before = await paintedShare(page);
    const nodesBefore = await page.getByTestId('shown-counts').innerText();
    await filters.getByRole('checkbox', { name: 'Show Citations edges' }).uncheck();
    await expect.poll(() => page.getByTestId('edge-count-cites').innerText()).toBe('0 / 14');
    // The cited outside work has citation edges only: it goes with them; every paper keeps another edge.
    await expect.poll(() => page.getByTestId('shown-counts').innerText()).toMatch(/Showing 9 of 10 nodes, 8 of 22 edges/);
    expect(nodesBefore).toMatch(/Showing 10 of 10 nodes, 22 of 22 edges/);
    await expect.poll(() => page.getByTestId('count-reference').innerText()).toBe('0 / 1');
    // Citation edges are most of the lines on the canvas; the papers' dots stay.
    await expect.poll(() => paintedShare(page)).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get('hideEdges')).toBe('cites');

    await page.reload();
    await expect.poll(() => page.getByTestId('edge-count-cites').innerText()).toBe('0 / 14');
    await filters.getByRole('button', { name: 'Only Citations' }).click();
    // Citations only: the concept and the domain are not left as bare dots; the panel says why one paper with no
    // citation (the graph-drawing survey) stays.
    await expect.poll(() => page.getByTestId('shown-counts').innerText()).toMatch(/Showing 8 of 10 nodes, 14 of 22 edges/);
    await expect.poll(() => page.getByTestId('count-concept').innerText()).toBe('0 / 1');
    await expect.poll(() => page.getByTestId('count-domain').innerText()).toBe('0 / 1');
    await expect.poll(() => page.getByTestId('edge-filter-note').innerText()).toMatch(/Papers stay: 1 shown with none of their edges/);
    expect(new URL(page.url()).searchParams.get('hideEdges')).toBe('co-cited,coupled,has-concept,in-domain,similar');
    expect(errors).toEqual([]);
  });

  it('selects the paper of a pasted DOI or arXiv id, and lists an author\'s papers', async () => {
    await open();
    const search = page.locator('input[type="search"][data-ready="true"]');
    await search.waitFor();
    await search.focus();
    // A real paste event with the resolver prefix and upper-case letters, as copied from a publisher's page.
    await search.evaluate((input, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'https://doi.org/10.18653/V1/N19-1423');
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe(TITLE_B);

    // Escape leaves the box, so searchAndEnter's "/" focuses it instead of being typed.
    await search.fill('');
    await search.press('Escape');
    await searchAndEnter(page, 'arXiv:2005.14165v4');
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe(CITATION_PAPERS[2].title);

    // A DOI being typed is matched against DOIs only: "10.1" lists nothing and says what to type; past the "/" the
    // papers whose DOI starts so are offered (before, "10.1" offered the cited work for its year and page numbers).
    await search.fill('');
    await search.focus();
    await page.keyboard.type('10.1');
    await expect.poll(() => page.getByTestId('search-note').innerText()).toMatch(/type it past the "\/"/);
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    expect(await suggestions.count()).toBe(0);
    await page.keyboard.type('8653/v');
    await expect.poll(() => suggestions.allInnerTexts()).toEqual([expect.stringMatching(/^paper\s+BERT[\s\S]*DOI 10\.18653\/v1\/n19-1423/)]);

    await search.fill('');
    await search.focus();
    await page.keyboard.type('Vaswani');
    const option = page.getByRole('option').first();
    await expect.poll(() => option.innerText()).toMatch(/Attention Is All You Need[\s\S]*by Vaswani, Ashish/);
    expect(errors).toEqual([]);
  });

  it('sizes nodes by citations received in the collection and lists cited works in the legend', async () => {
    await open();
    await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('citedByInCorpus');
    // The size choice is part of the shareable picture.
    expect(new URL(page.url()).search).toBe('?size=citedByInCorpus');
    await page.getByRole('radio', { name: /Colour by kind/ }).check();
    await expect.poll(() => page.locator('.legend').innerText()).toMatch(/Cited works \(outside\)\s+1/);
    expect(errors).toEqual([]);
  });
});

describe('a graph of a single paper in Chromium', () => {
  it('writes its counts in the singular: 1 cluster, 1 connection, 1 edge', async () => {
    // The first fixture paper with its one domain, as one cluster: what the ingest gives for a one-record file.
    const graph = buildCitationGraph();
    const paper = citationPaperKey('a');
    const keep = new Set([paper, ...graph.neighbors(paper).filter((n) => graph.getNodeAttribute(n, 'kind') === 'domain')]);
    graph.forEachNode((node) => void (keep.has(node) ? graph.setNodeAttribute(node, 'community', 0) : graph.dropNode(node)));
    graph.setAttribute('communities', [{ id: 0, label: 'Natural language processing', terms: [], papers: 1, size: 2 }] as never);
    await openAsFile(graph, 'single.json');
    // Before: '2 nodes · 1 edges', '1 clusters', '1 connections'.
    await expect.poll(() => page.locator('.source').innerText()).toBe('single.json · 2 nodes · 1 edge');
    await expect.poll(() => page.getByTestId('cluster-status').innerText()).toMatch(/^1 cluster\b(?!s)/);
    await searchAndEnter(page, TITLE_A);
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).innerText()).toContain('1 connection\n');
    await page.getByRole('checkbox', { name: /Cluster overview/ }).check();
    await expect.poll(() => page.getByRole('region', { name: 'Cluster overview' }).innerText()).toMatch(/^1 cluster · click one/);
    expect(errors).toEqual([]);
  });
});

describe('an outside work known only by its identifier in Chromium', () => {
  it('is named "Untitled work (DOI …)" in the references list and the panel heading, not by its raw key', async () => {
    const graph = buildCitationGraph();
    // What the ingest gives a cited work it knows by nothing but an identifier: the identifier key as its label.
    graph.mergeNodeAttributes(REFERENCE_KEY, { label: 'doi:10.1162/neco.1997.9.8.1735', text: null, firstAuthor: null, year: null, title: null, source: null } as never);
    await openAsFile(graph, 'untitled-reference.json');
    await expect.poll(() => page.locator('.source').innerText()).toContain('untitled-reference.json');
    await searchAndEnter(page, TITLE_A);
    const references = panel().getByTestId('references-in-collection');
    await expect.poll(() => references.innerText()).toContain('Untitled work (DOI 10.1162/neco.1997.9.8.1735)');
    expect(await references.innerText()).not.toContain('doi:10.1162');
    await references.getByText('Untitled work (DOI 10.1162/neco.1997.9.8.1735)').click();
    await expect.poll(() => panel().locator('.detail-title').innerText()).toBe('Untitled work (DOI 10.1162/neco.1997.9.8.1735)');
    // The search knows it by the same name (opening the file gave it as the node's label, which the map draws too).
    await page.keyboard.press('Escape');
    await page.locator('input[type="search"]').fill('Untitled work');
    await expect.poll(() => page.locator('[role="option"]').first().innerText()).toContain('Untitled work (DOI 10.1162/neco.1997.9.8.1735)');
    expect(errors).toEqual([]);
  });
});

describe('hostile graph attributes in Chromium', () => {
  it('opens a file with malformed communities and labels, and long words wrap in the panel', async () => {
    const { malformed } = writeHostileFiles();
    await open();
    await page.getByTestId('open-file').setInputFiles(malformed);
    await expect.poll(() => page.locator('.source').innerText()).toContain('malformed.json · 10 nodes');
    // The app is still there: panels, canvas, clusters listed without the malformed fields.
    await page.locator('.graph-canvas canvas').first().waitFor();
    // The side panels come from a chunk of their own, after the first graph is drawn (App.tsx): wait for them.
    await page.getByRole('region', { name: 'Filters' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Clusters' }).innerText()).toContain('Cited works');

    await searchAndEnter(page, 'Tamassia');
    await expect.poll(() => panel().getByTestId('abstract').innerText()).toContain('Before xxx');
    const widths = await panel().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, box: el.getBoundingClientRect().width }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
    expect(widths.box).toBeLessThan(500);
    expect(await panel().getByRole('list', { name: 'Author names' }).innerText()).toBe('Tamassia, Roberto');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);

    // The repair is said, not silent.
    expect(await page.getByTestId('import-notes').innerText()).toMatch(/malformed cluster entries in the file were ignored/);
    // Focusing a cluster lists its related clusters by the file's labels: repaired on load, so they render.
    await page.getByRole('list', { name: 'Cluster list' }).getByText('Cited works').click();
    await expect.poll(() => page.getByRole('region', { name: 'Focused cluster' }).innerText()).toMatch(/Cited works/);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Filters' }).isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: 'Show Citations edges' }).uncheck();
    await expect.poll(() => page.getByTestId('edge-count-cites').innerText()).toBe('0 / 14');
    expect(errors).toEqual([]);
  });

  it('a failed open keeps the current graph, its name, its counts and what Export downloads', async () => {
    const { broken } = writeHostileFiles();
    await open();
    await expect.poll(() => page.locator('.source').innerText()).toMatch(/graph\.json · 10 nodes · 22 edges/);
    const before = await page.locator('.source').innerText();
    await page.getByTestId('open-file').setInputFiles(broken);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Could not open broken\.json/);
    expect(await page.locator('.source').innerText()).toBe(before);
    await page.getByText('Export…').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Graph JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('graph.json');
    expect(errors).toEqual([]);
  });
});
