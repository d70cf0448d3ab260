import { makeSyntheticCorpus, makeSyntheticCitations } from './bench/ingest';
import { resolveCitations } from './ingest/build/resolveCitations';
import { addCitationLayer } from './ingest/build/citations';
import { buildPaperGraph } from './ingest/build/buildPaperGraph';
import { mergeDuplicatePapers } from './ingest/sources/mergeDuplicates';
import { emptyBibFields } from './src/shared/record';
const n = Number(process.argv[2]);
const syn = await makeSyntheticCorpus(n);
const c = makeSyntheticCitations(n);
const entries = syn.map((p, i) => ({ ...emptyBibFields(), ...p, ids: { doi: c[i].doi, openalex: c[i].openalex }, year: c[i].year, source: 's.json', line: i + 1,
  references: c[i].cites.map((id) => ({ ids: { openalex: id }, text: null, firstAuthor: null, year: null, title: null, source: null })) }));
const cpu = (f: () => unknown, label: string) => { const s = process.cpuUsage(); const w = performance.now(); const r = f(); const d = process.cpuUsage(s); console.log(label, 'cpu', ((d.user + d.system) / 1000).toFixed(0), 'ms wall', (performance.now() - w).toFixed(0)); return r as any; };
const { papers } = cpu(() => mergeDuplicatePapers(entries), 'merge');
cpu(() => resolveCitations(papers), 'resolve');
const graph = buildPaperGraph(papers, { papers: [], concepts: new Map(), methods: new Map(), domains: new Map() });
const stats = cpu(() => addCitationLayer(graph, papers), 'layer total');
console.log(JSON.stringify(stats), graph.size);
