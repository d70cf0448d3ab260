// Writes the bench's synthetic corpus as listing pages into a folder, so a full CLI run can be measured from outside
// (`/usr/bin/time -v npm run ingest -- DIR ...`); used for docs/scale.md. Usage: tsx bench/writeCorpus.ts COUNT DIR
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeSyntheticCorpus } from './ingest';

const [count, dir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(count) || count <= 0 || !dir) {
  console.error('usage: tsx bench/writeCorpus.ts COUNT DIR');
  process.exit(2);
}
const papers = await makeSyntheticCorpus(count);
await mkdir(dir, { recursive: true });
// Same page shape as the ingest bench: 1,000 papers per listing page, blank-line layout.
for (let page = 0; page * 1000 < papers.length; page += 1) {
  const blocks = papers.slice(page * 1000, (page + 1) * 1000).map((paper) => `${paper.title}\n\n${paper.abstract}`);
  await writeFile(join(dir, `page-${String(page).padStart(3, '0')}.txt`), `Daily Papers\n\n${blocks.join('\n\n')}\n`);
}
console.log(`${papers.length} papers written to ${dir}`);
