// App-side graph exchange: file names, the filtered-subgraph export, per-format files read back, import routing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it, vi } from 'vitest';
import { buildLegend, computeNodeColors, computeNodeSizes } from '../../../../src/core/appearance';
import {
  buildFilteredSubgraph,
  exportFileName,
  graphBaseName,
  importGraphText,
  routeGraphFile,
  selectExportGraph,
  EXPORT_SLICE_MS,
  exportFileText,
  gatherChunks,
  serialiseGraphExport,
} from '../../../../src/core/exchange';
import { computeFilter, initialFiltersState, type FiltersState } from '../../../../src/core/filters';
import { parseGraph } from '../../../../src/shared';
import { fromGexf, fromGraphml, type DOMParserConstructor } from '../../../../src/shared/exchange';
import { loadSampleGraph } from '../fixtures';
import { itShared } from '../../../sharedData';

const Parser = DOMParser as unknown as DOMParserConstructor;
const loadParser = async () => Parser;
const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/exchange');
const LES_MIS = resolve(import.meta.dirname, '../../../../../shared/samples/graphs/sigma_les_miserables.gexf');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Data rows of a CSV table (RFC 4180 quoting allows newlines inside fields, so count records, not lines). */
function countCsvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) records++;
  }
  return records - 1; // header
}

describe('export file names', () => {
  it('derive from the loaded graph’s name, per format and scope', () => {
    expect(exportFileName('/graph.json', 'json', 'all')).toBe('graph.json');
    expect(exportFileName('/graph.json', 'gexf', 'filtered')).toBe('graph-filtered.gexf');
    expect(exportFileName('sigma_les_miserables.gexf', 'graphml', 'all')).toBe('sigma_les_miserables.graphml');
    expect(exportFileName('sigma_les_miserables.gexf', 'csv', 'all', 'nodes')).toBe('sigma_les_miserables-nodes.csv');
    expect(exportFileName('sigma_les_miserables.gexf', 'csv', 'filtered', 'edges')).toBe('sigma_les_miserables-filtered-edges.csv');
    expect(exportFileName('My papers.graphml', 'png', 'all')).toBe('My papers.png');
  });

  it('drop paths, queries and characters file systems refuse, and never come out empty', () => {
    expect(graphBaseName('https://example.org/data/arxiv%20march.json?v=2#top')).toBe('arxiv march');
    expect(graphBaseName('C:\\graphs\\a:b*c?.gexf')).toBe('a-b-c');
    expect(graphBaseName('.hidden.json')).toBe('hidden');
    expect(graphBaseName('')).toBe('graph');
    expect(graphBaseName(null)).toBe('graph');
    expect(graphBaseName('/')).toBe('graph');
    expect(graphBaseName('100%.json')).toBe('100%');
  });
});

describe('filtered-subgraph export', () => {
  const graph = loadSampleGraph();
  const filters: FiltersState = { ...initialFiltersState, hiddenKinds: ['concept'], minDegree: 2 };

  it('holds exactly what the filters show: the shown nodes and the edges between them', () => {
    const shown = computeFilter(graph, filters);
    const sub = buildFilteredSubgraph(graph, filters);
    expect(sub.order).toBe(shown.shownNodes);
    expect(sub.size).toBe(shown.shownEdges);
    expect(sub.order).toBeLessThan(graph.order);
    expect(sub.someNode((_k, a) => a.kind === 'concept')).toBe(false);
    sub.forEachNode((node, attributes) => {
      expect(shown.hidden.has(node)).toBe(false);
      expect(attributes).toEqual(graph.getNodeAttributes(node));
    });
    expect(sub.getAttributes()).toEqual(graph.getAttributes());
    expect(sub.type).toBe(graph.type);
  });

  it('leaves the shown graph untouched and exports the whole graph as it is', () => {
    const before = JSON.stringify(graph.export());
    const sub = buildFilteredSubgraph(graph, filters);
    sub.forEachNode((node) => sub.setNodeAttribute(node, 'label', 'changed'));
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(selectExportGraph(graph, filters, 'all')).toBe(graph);
    expect(buildFilteredSubgraph(graph, initialFiltersState).order).toBe(graph.order);
  });
});

describe('export files', () => {
  const graph = loadSampleGraph();
  const colors = computeNodeColors(graph, 'kind');

  it('JSON reads back as the same graph', () => {
    const [file] = serialiseGraphExport(graph, 'json', '/graph.json', 'all');
    expect(file.fileName).toBe('graph.json');
    expect(parseGraph(exportFileText(file)).export()).toEqual(graph.export());
  });

  it('GEXF carries the colours the user sees and the positions, and reads back with the same counts', () => {
    // In the app every node has a position (seeded at load, then the layout's).
    const placed = graph.copy();
    placed.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: 1.5, y: -2 }));
    const seen = new Map([...colors].map(([node]) => [node, '#123456']));
    const [file] = serialiseGraphExport(placed, 'gexf', '/graph.json', 'all', { nodeColor: (node) => seen.get(node) });
    expect(file.fileName).toBe('graph.gexf');
    const text = exportFileText(file);
    expect(text.match(/<viz:color r="18" g="52" b="86" hex="#123456"/g)).toHaveLength(graph.order);
    expect(text.match(/<viz:position x="1.5" y="-2"/g)).toHaveLength(graph.order);
    const back = fromGexf(text, Parser);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    // The derived colour is for Gephi; our own re-import drops it again.
    const first = graph.nodes()[0];
    expect(back.getNodeAttributes(first)).toEqual(placed.getNodeAttributes(first));
  });

  it('GraphML and CSV of the filtered graph read back with the filtered counts', () => {
    const filters: FiltersState = { ...initialFiltersState, hiddenKinds: ['method', 'domain'] };
    const sub = buildFilteredSubgraph(graph, filters);
    const [graphml] = serialiseGraphExport(sub, 'graphml', 'seed.json', 'filtered', { nodeColor: (n) => colors.get(n) });
    expect(graphml.fileName).toBe('seed-filtered.graphml');
    const back = fromGraphml(exportFileText(graphml), Parser);
    expect([back.order, back.size]).toEqual([sub.order, sub.size]);
    const csv = serialiseGraphExport(sub, 'csv', 'seed.json', 'filtered');
    expect(csv.map((f) => f.fileName)).toEqual(['seed-filtered-nodes.csv', 'seed-filtered-edges.csv']);
    expect(countCsvRecords(exportFileText(csv[0]))).toBe(sub.order);
    expect(countCsvRecords(exportFileText(csv[1]))).toBe(sub.size);
  });
});

describe('export files in chunks', () => {
  const graph = loadSampleGraph();

  it('stream the graph files, reporting the elements written up to all of them, and read again whole', () => {
    for (const format of ['json', 'gexf', 'graphml', 'csv'] as const) {
      const reports: number[] = [];
      let all = 0;
      const files = serialiseGraphExport(graph, format, 'seed.json', 'all', {}, (done, total) => {
        reports.push(done);
        all = total;
      });
      const first = files.map(exportFileText);
      expect(reports.length, format).toBeGreaterThan(0);
      expect(reports.every((done, k) => k === 0 || done >= reports[k - 1]), format).toBe(true);
      expect(reports.at(-1), format).toBe(all);
      // Chunks are made when read: a file read again is the same text.
      expect(files.map(exportFileText), format).toEqual(first);
    }
  });

  it('are gathered in slices of time, the page given a turn between them', async () => {
    let clock = 0;
    const chunks = function* () {
      for (let k = 0; k < 10; k++) {
        clock += EXPORT_SLICE_MS / 2;
        yield `part ${k};`;
      }
    };
    let turns = 0;
    const parts = await gatherChunks(chunks(), async () => void turns++, () => clock);
    expect(parts.join('')).toBe(Array.from({ length: 10 }, (_, k) => `part ${k};`).join(''));
    expect(turns).toBe(5);
  });
});

describe('import routing', () => {
  it('reads the format from the extension, else from the content', () => {
    expect(routeGraphFile('{}', 'graph.json')).toBe('json');
    expect(routeGraphFile('<gexf/>', 'les-mis.gexf')).toBe('gexf');
    expect(routeGraphFile('<x/>', 'export.graphml')).toBe('graphml');
    expect(routeGraphFile('<?xml version="1.0"?>\n<gexf version="1.3">', 'download.xml')).toBe('gexf');
    expect(routeGraphFile('\uFEFF  <graphml xmlns="x">', 'graph')).toBe('graphml');
    expect(routeGraphFile('{"nodes":[]}', 'graph.txt')).toBe('json');
  });

  it('says what a file that is not a graph is', () => {
    expect(() => routeGraphFile(fixture('not-a-graph.txt'), 'not-a-graph.txt')).toThrow(
      /^not a graph file; this explorer opens graphology JSON, GEXF, GraphML and GML files\.$/,
    );
    expect(() => routeGraphFile('<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.svg')).toThrow(/^XML, but neither GEXF nor GraphML/);
    expect(() => routeGraphFile('', 'empty.dat')).toThrow(/^the file is empty/);
    // UTF-16 decoded as UTF-8 (what Blob.text() does): NULs between the characters, whatever the extension.
    const utf16 = new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0xfe, ...Array.from('<graphml>').flatMap((c) => [c.charCodeAt(0), 0])]));
    expect(() => routeGraphFile(utf16, 'export.graphml')).toThrow(/^the file is in a two-byte encoding \(UTF-16\); save it as UTF-8/);
  });

  it('loads the XML parser only for XML files', async () => {
    const loader = vi.fn(loadParser);
    const json = await importGraphText(readFileSync(resolve(FIXTURES, '../graphs/foreign.json'), 'utf8'), 'foreign.json', loader);
    expect(json.order).toBe(4);
    expect(loader).not.toHaveBeenCalled();
    const graphml = await importGraphText(fixture('other-tool.graphml'), 'other-tool.graphml', loader);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(graphml.getNodeAttributes('n1')).toMatchObject({ label: 'Hub', role: 'centre', color: '#c81e28', size: 20, x: 0, y: 0 });
  });

  it('refuses entity expansion and external DTDs at once, without the function-name prefix', async () => {
    const started = performance.now();
    await expect(importGraphText(fixture('billion-laughs.gexf'), 'billion-laughs.gexf', loadParser)).rejects.toThrow(
      /^the file declares XML entities/,
    );
    await expect(importGraphText(fixture('external-entity.graphml'), 'external-entity.graphml', loadParser)).rejects.toThrow(
      /^the file's DOCTYPE refers to an external SYSTEM resource/,
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps another tool’s colours and relative sizes on screen', async () => {
    const graph = await importGraphText(fixture('other-tool.graphml'), 'other-tool.graphml', loadParser);
    const colors = computeNodeColors(graph, 'kind');
    expect(colors.get('n1')).toBe('#c81e28');
    expect(colors.get('n2')).toBe('#145ac8');
    const sizes = computeNodeSizes(graph, 'degree');
    expect(sizes.get('n1')!).toBeGreaterThan(sizes.get('n2')!);
    expect(sizes.get('n2')).toBe(sizes.get('n3'));
    // The legend says so, with those colours, most used first (it showed one grey "Other nodes" swatch).
    const result = computeFilter(graph, initialFiltersState);
    expect(buildLegend(graph, 'kind', result.counts, result.hidden)).toEqual([
      { id: 'other', label: "Other nodes (the file's colours)", color: '#145ac8', swatches: ['#145ac8', '#c81e28'], shown: 3, total: 3 },
    ]);
  });

  itShared(LES_MIS, 'opens sigma’s Les Misérables GEXF: 77 characters, 254 co-appearances', async () => {
    const graph = await importGraphText(readFileSync(LES_MIS, 'utf8'), 'sigma_les_miserables.gexf', loadParser);
    expect([graph.order, graph.size]).toEqual([77, 254]);
    const myriel = graph.findNode((_k, a) => a.label === 'Myriel')!;
    expect(graph.getNodeAttributes(myriel)).toMatchObject({ authority: 0.01880342, color: 'rgb(216,72,45)', x: 268.72385 });
    // Its 77 nodes in the file's colours; the most used, 17 nodes' viz:color r=179 g=0 b=0, first in the legend.
    const result = computeFilter(graph, initialFiltersState);
    const [row] = buildLegend(graph, 'kind', result.counts, result.hidden);
    expect(row).toMatchObject({ label: "Other nodes (the file's colours)", color: 'rgb(179,0,0)', total: 77 });
    expect(row.swatches).toHaveLength(6);
  });
});
