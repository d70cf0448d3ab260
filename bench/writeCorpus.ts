// Writes the bench's synthetic corpus into a folder, so a full CLI run can be measured (or profiled) from outside
// (`/usr/bin/time -v npm run ingest -- DIR ...`); used for docs/scale.md. Usage: tsx bench/writeCorpus.ts COUNT DIR [--openalex]
// (`--openalex`: the same papers as OpenAlex pages with reference lists, as in the bench's "with references" row;
// `--named`: each title names its own system, as in the bench's "naming its own system" row).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeSyntheticCitations, makeSyntheticCorpus, withOwnNames, writeOpenAlexPages } from './ingest';

const [count, dir] = [Number(process.argv[2]), process.argv[3]];
const openAlex = process.argv.includes('--openalex');
const named = process.argv.includes('--named');
if (!Number.isInteger(count) || count <= 0 || !dir) {
  console.error('usage: tsx bench/writeCorpus.ts COUNT DIR [--openalex] [--named]');
  process.exit(2);
}
const generated = await makeSyntheticCorpus(count);
const papers = named ? withOwnNames(generated) : generated;
await mkdir(dir, { recursive: true });
if (openAlex) {
  await writeOpenAlexPages(dir, papers, makeSyntheticCitations(count));
} else {
  // Same page shape as the ingest bench: 1,000 papers per listing page, blank-line layout.
  for (let page = 0; page * 1000 < papers.length; page += 1) {
    const blocks = papers.slice(page * 1000, (page + 1) * 1000).map((paper) => `${paper.title}\n\n${paper.abstract}`);
    await writeFile(join(dir, `page-${String(page).padStart(3, '0')}.txt`), `Daily Papers\n\n${blocks.join('\n\n')}\n`);
  }
}
console.log(`${papers.length} papers written to ${dir}${openAlex ? ' (OpenAlex pages with references)' : ''}`);
