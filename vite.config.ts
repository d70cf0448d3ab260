// Vite builds the explorer app; the vitest block runs unit/CLI tests (Node) and the real-browser tests.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

type OutputChunk = NonNullable<IndexHtmlTransformContext['chunk']>;

/**
 * Lists the app's mount chunk (src/mount.tsx, imported dynamically by main.tsx) and the chunks it imports as module
 * preloads in the built index.html, and its CSS as a style sheet (the dynamic import waits for that CSS anyway).
 * Without them the browser asked for the mount chunk only once main.tsx had loaded and run, and the seed graph was
 * parsed and built before the app's code had arrived: the first frame waited for a download and compile that could
 * have run from the start, beside the graph's fetch. Hand-written, one hook: vite's own module preloads cover
 * only what the entry imports statically.
 */
function preloadMountChunk(): Plugin {
  let base = '/';
  return {
    name: 'preload-mount-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const mount = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/mount.tsx'));
        if (!mount) return;
        const bundle = ctx.bundle;
        /** `file` and the chunks it imports, at any depth. */
        const closure = (file: string, into = new Set<string>()) => {
          if (into.has(file)) return into;
          into.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.imports.forEach((next) => closure(next, into));
          return into;
        };
        const files = closure(mount.fileName);
        // The entry and what it imports are listed by vite already.
        if (ctx.chunk) for (const file of closure(ctx.chunk.fileName)) files.delete(file);
        const css = new Set<string>();
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.viteMetadata?.importedCss.forEach((sheet) => css.add(sheet));
        }
        return [
          ...[...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
          ...[...css].map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadMountChunk()],
  worker: { format: 'es' },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/e2e/**'] },
      },
      {
        // Browser tests each build the app and drive one Chromium; run them one file at a time so they do not
        // starve each other (and time out) on a 2-core machine.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // expect.poll gives up after 1 s by default: a fresh page loading the seed graph on a loaded 2-core CI
          // machine took longer (CI failed there on 2026-12-05). Waits still end as soon as the condition holds.
          expect: { poll: { timeout: 20_000 } },
          globalSetup: ['test/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
