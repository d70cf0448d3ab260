// `npm run bench`: prints every performance figure; nothing here passes or fails.
export {};
const suites: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  ingest: () => import('./ingest'),
  extract: () => import('./extract'),
  analysis: () => import('./analysis'),
  browser: () => import('./browser'),
  export: () => import('./export'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(suites)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const started = performance.now();
  try {
    await (await load()).run();
  } catch (error) {
    console.log(`${name}: benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`(${name} suite took ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
