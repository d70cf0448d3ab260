// resolveCitations alone on a generated WoS-like corpus (docs/scale.md, "Common family names"): 40 CR references a paper, 3 in 10 first authors among 20 common
// family names, 30% to corpus papers, 30% to a pool of popular outside works, 40% to a long tail; 2 in 5 without DOI.
// Usage: npx tsx bench/resolveWosLike.ts N; prints wall and CPU seconds and a hash of every target and outside work
// (the same hash before and after a change that is meant to keep the result).
import { createHash } from 'node:crypto';
import { resolveCitations } from '../ingest/build/resolveCitations';
import { createRng } from '../src/shared/random';
const N = Number(process.argv[2] ?? 10000);
const rng = createRng(11);
const pick = <T,>(xs: T[]) => xs[Math.floor(rng() * xs.length)];
const COMMON = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Smith', 'Johnson', 'Kim', 'Lee', 'Park', 'Nguyen', 'Garcia', 'Mueller', 'Sato', 'Singh'];
const syll = ['ka', 'ri', 'mo', 'ten', 'sa', 'lo', 'ber', 'gu', 'vin', 'dar', 'pel', 'os', 'ni', 'tra', 'hel'];
const TAIL = Array.from({ length: 6000 }, () => { let s = ''; const n = 2 + Math.floor(rng() * 3); for (let i = 0; i < n; i++) s += pick(syll); return s[0].toUpperCase() + s.slice(1); });
const family = () => (rng() < 0.3 ? pick(COMMON) : pick(TAIL));
const W1 = ['Journal', 'Physical', 'Applied', 'Advanced', 'International', 'Nature', 'Chemical', 'Environmental', 'Materials', 'Energy', 'Science', 'Computational'];
const W2 = ['Physics', 'Chemistry', 'Materials', 'Engineering', 'Letters', 'Reviews', 'Research', 'Science', 'Communications', 'Systems', 'Technology', 'Methods'];
const VENUES = Array.from({ length: 240 }, (_, i) => `${W1[i % W1.length]} of ${W2[Math.floor(i / W1.length) % W2.length]} ${['A', 'B', 'Letters', 'Reports', ''][i % 5]}`.trim());
const abbrev = (v: string) => v.split(' ').filter((w) => w !== 'of').map((w) => (w.length > 4 ? w.slice(0, 4) : w).toUpperCase()).join(' ');
const words = ['graph', 'network', 'learning', 'thermal', 'quantum', 'catalyst', 'polymer', 'model', 'dynamics', 'surface', 'optical', 'energy', 'transport', 'synthesis', 'analysis'];
let doiCounter = 0;
const papers = Array.from({ length: N }, (_, i) => {
  const fam = family();
  return { ids: { doi: `10.1000/p${i}`, wos: `WOS:${String(i).padStart(15, '0')}` }, authors: [`${fam}, A.`], year: 2000 + Math.floor(rng() * 21), title: Array.from({ length: 7 }, () => pick(words)).join(' '), venue: pick(VENUES), references: [] as any[], volume: 1 + Math.floor(rng() * 60), page: 1 + Math.floor(rng() * 900) };
});
const popular = Array.from({ length: Math.max(200, N / 20) }, () => ({ fam: family(), year: 1980 + Math.floor(rng() * 40), venue: pick(VENUES), volume: 1 + Math.floor(rng() * 60), page: 1 + Math.floor(rng() * 900), doi: rng() < 0.6 ? `10.2000/w${doiCounter++}` : null }));
for (const paper of papers) {
  for (let r = 0; r < 40; r++) {
    const u = rng();
    let ref: any;
    if (u < 0.3) {
      const cited = papers[Math.floor(rng() * N)];
      const fam = cited.authors[0].split(',')[0];
      ref = { fam, year: cited.year, venue: cited.venue, volume: cited.volume, page: cited.page, doi: rng() < 0.6 ? cited.ids.doi : null };
    } else if (u < 0.6) ref = pick(popular);
    else ref = { fam: family(), year: 1980 + Math.floor(rng() * 40), venue: pick(VENUES), volume: 1 + Math.floor(rng() * 60), page: 1 + Math.floor(rng() * 900), doi: rng() < 0.6 ? `10.3000/t${doiCounter++}` : null };
    const source = abbrev(ref.venue);
    const text = `${ref.fam} A, ${ref.year}, ${source}, V${ref.volume}, P${ref.page}${ref.doi ? `, DOI ${ref.doi}` : ''}`;
    paper.references.push({ ids: ref.doi ? { doi: ref.doi } : {}, text, firstAuthor: `${ref.fam} A`, year: ref.year, title: null, source });
  }
}
const c0 = process.cpuUsage(); const t0 = performance.now();
const index = resolveCitations(papers as any);
const cpu = process.cpuUsage(c0);
const h = createHash('sha256');
for (const t of index.targets) h.update(Buffer.from(t.buffer));
for (const w of index.outside) h.update(`${w.citers.join(',')}|`);
console.log(JSON.stringify({ N, wall: +((performance.now() - t0) / 1000).toFixed(2), cpu: +((cpu.user + cpu.system) / 1e6).toFixed(2), outside: index.outside.length, hash: h.digest('hex').slice(0, 12) }));
