// Where the real shared data (../shared: samples, seeds, gold) lives, and the rule for tests that read it: skipped
// with a clear message on a developer machine without it, but a failure in CI (CI=true), where it must be present.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

/** The shared folder beside the project checkout (../shared). */
export const SHARED_DIR = resolve(import.meta.dirname, '../../shared');

/** Absolute path of a file or folder under ../shared, e.g. `sharedPath('samples/biblio')`. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

const inCI = process.env.CI === 'true' || process.env.CI === '1';

/** Whether tests that need `path` should run: always in CI (so a missing folder fails there), else when it exists. */
export function haveShared(path: string): boolean {
  return inCI || existsSync(path);
}

/** `describe` that needs a path under ../shared: skipped (with the path in its name) only outside CI. */
export function describeShared(path: string, name: string, body: () => void): void {
  if (haveShared(path)) {
    describe(name, body);
    return;
  }
  // A skipped describe still runs its body to collect tests, and bodies read the files: do not run it at all.
  describe.skip(`${name} (skipped: ${path} is absent; CI fails instead)`, () => {
    it.skip(`needs ${path}`, () => {});
  });
}

/** `it` that needs a path under ../shared, with the same rule. */
export function itShared(path: string, name: string, body: () => unknown | Promise<unknown>, timeout?: number): void {
  const run = haveShared(path);
  (run ? it : it.skip)(run ? name : `${name} (skipped: ${path} is absent)`, body, timeout);
}
