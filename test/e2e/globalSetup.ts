// Builds the explorer once for the whole browser-test run; each test file copies the build and adds its own graph.
// (Seven files building it one after another cost minutes of a 2-core CI machine.)
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    e2eAppDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = join(ROOT, 'test-output', `e2e-app-${process.pid}`);
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('e2eAppDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
