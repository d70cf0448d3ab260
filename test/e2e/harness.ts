// Browser-test harness: build the app once with a known graph, serve it on 127.0.0.1, drive Debian Chromium via playwright-core.
import { createReadStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { copyFile, cp, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'test-output');
export const CHROMIUM = '/usr/bin/chromium';

/** E2E_GRAPH if set, else the seed graph when it has been built, else the fixture made from the same seed listings. */
export function knownGraphFile(): string {
  if (process.env.E2E_GRAPH) return resolve(process.env.E2E_GRAPH);
  const seed = join(ROOT, 'public/graph.json');
  return existsSync(seed) ? seed : join(ROOT, 'test/fixtures/graphs/sample.json');
}

/**
 * Builds into `<outDir>-<pid>`: test runs started at the same time by people sharing the tree must not empty each
 * other's folder mid-test. The folder is removed when the process exits.
 */
export async function buildApp(baseDir: string, graphFile: string): Promise<string> {
  const outDir = `${baseDir}-${process.pid}`;
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  // The e2e project's global setup built the app once for the run; without it (another runner), build here.
  const shared = inject('e2eAppDist');
  if (shared && existsSync(shared)) {
    rmSync(outDir, { recursive: true, force: true });
    await cp(shared, outDir, { recursive: true });
  } else {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  }
  await copyFile(graphFile, join(outDir, 'graph.json'));
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** A tiny static server: enough for a built SPA, 404 for missing files (as a real host would answer). */
export async function serveDir(
  dir: string,
  overrides: Record<string, string> = {},
  /** Headers sent with every answer (the bench's cross-origin isolation, see CROSS_ORIGIN_ISOLATION). */
  headers: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    // Overrides let one build be served with another graph.json (broken, missing) without rebuilding.
    const file = overrides[path] ?? join(dir, path === '/' ? 'index.html' : path);
    // Streamed, with its length: a graph file of 2 GB or more (400k papers) is more than readFile returns.
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Debian's chromium at ${CHROMIUM} (apt-get install chromium); it is missing.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Console errors and uncaught exceptions of a page, to assert none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** A test's name as a screenshot's file name: `prefix-its-words-in-lower-case` (no prefix: the words alone). */
export function testScreenshotName(prefix: string, testName: string): string {
  const words = testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return prefix === '' ? words : `${prefix}-${words}`;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(OUTPUT, 'e2e'), { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'e2e', `${name}.png`) });
}

/**
 * Colours (0xRRGGBB) of every `step`-th pixel of the graph canvas. Sigma draws with WebGL (preserveDrawingBuffer is
 * off), so the page composites all layers into a screenshot and we sample that instead of reading the GL buffer.
 */
export async function sampleCanvas(page: Page, step = 7): Promise<number[]> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) return [];
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ([b64, every]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const out: number[] = [];
      for (let i = 0; i < data.length; i += 4 * (every as number)) out.push((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return out;
    },
    [png.toString('base64'), step] as const,
  );
}

/** Share of sampled canvas pixels that differ from the background (the first pixel, a corner). */
export async function paintedShare(page: Page): Promise<number> {
  const pixels = await sampleCanvas(page, 37);
  if (pixels.length === 0) return 0;
  const channels = (colour: number) => [colour >> 16, (colour >> 8) & 255, colour & 255];
  const background = channels(pixels[0]);
  const painted = pixels.filter((colour) => {
    const [r, g, b] = channels(colour);
    return Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 30;
  }).length;
  return painted / pixels.length;
}

/** Type into the search box as a user does (`/` to focus it) and choose the first suggestion with Enter. */
export async function searchAndEnter(page: Page, text: string): Promise<void> {
  await page.locator('input[type="search"][data-ready="true"]').waitFor();
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.locator('[role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
}
