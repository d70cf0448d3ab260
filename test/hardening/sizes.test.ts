// Issue 12, class 3: sizes a small file derives from its own numbers (array positions, @string expansions, nesting) are
// capped with a warning naming file and line; the good records of the same files are kept; nothing hangs or crashes.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraphFile, toGexf, toGraphml, type DOMParserConstructor } from '../../src/shared/exchange';
import { serializeGraph } from '../../src/shared';
import { parseHtmlPage } from '../../ingest/sources/htmlPage';
import { ingestFileSet, summaryFigure, type IngestRun } from './runIngest';

const Parser = DOMParser as unknown as DOMParserConstructor;
const GOOD_BIB = '@article{good, title = {A good paper about graph neural networks}, author = {Doe, Jane}, year = 2021}';

/** Each file: hostile content and one good record that must survive it. */
const FILES: Record<string, string> = {
  // The 150-byte OpenAlex work: one word at position 4294967294 (the abstract was rebuilt by walking to it).
  'openalex-position.json': JSON.stringify({
    id: 'https://openalex.org/W4294967294',
    title: 'A work whose abstract index points far away',
    abstract_inverted_index: { hostile: [0], index: [4294967294] },
  }),
  // Each @string doubles the one before: s40 would be 10 × 2^40 characters.
  'doubling.bib': [
    '@string{s0 = "xxxxxxxxxx"}',
    ...Array.from({ length: 40 }, (_, i) => `@string{s${i + 1} = s${i} # s${i}}`),
    '@article{doubled, title = {Doubled} # s40, year = 2020}',
    GOOD_BIB,
  ].join('\n'),
  'nested-braces.bib': `@article{deep, title = {${'{'.repeat(10_000)}x${'}'.repeat(10_000)}}, year = 2020}\n${GOOD_BIB}\n`,
  // a = b # "x", b = a # "y": used to become "x" silently.
  'looped-string.bib': `@string{a = b # "x"}\n@string{b = a # "y"}\n@article{looped, title = a, year = 2020}\n${GOOD_BIB.replace('good,', 'good2,').replace('graph neural networks', 'looped strings')}\n`,
  // A CSL-JSON list whose items nest 200,000 arrays deep in a field no reader uses, and in the DOI (read recursively).
  'deep-field.json': `[{"type":"article-journal","title":"A good CSL paper about transformers","issued":{"date-parts":[[2020]]}},\n{"type":"article-journal","title":"Deep","note":${'['.repeat(200_000)}${']'.repeat(200_000)}},\n{"type":"article-journal","title":"A DOI nested 200,000 deep","DOI":${'['.repeat(200_000)}"10.1234/x"${']'.repeat(200_000)}},\n{"type":"article-journal","title":"Another good CSL paper about diffusion"}]`,
};

let dir: string;
let run: IngestRun;
let warnings: string[];
let titles: string[];
beforeAll(async () => {
  ({ dir, run, warnings, titles } = await ingestFileSet('pge-hardening-sizes-', FILES));
}, 200_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const warningsOf = (name: string) => warnings.filter((line) => line.startsWith(join(dir, 'in', name)));

describe('pathological sizes inside small files (issue 12, class 3)', () => {
  it('the run finishes (no hang), exits 0, and no reader crashed', () => {
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(warnings.join('\n')).not.toMatch(/reader failed|Invalid string length|call stack|RangeError/);
    expect(summaryFigure(run.stdout, 'Files read')).toBe(Object.keys(FILES).length);
  });

  it('OpenAlex position 4294967294: the work is kept and the position reported at its line, not walked', () => {
    expect(titles).toContain('A work whose abstract index points far away');
    expect(warningsOf('openalex-position.json')).toEqual([expect.stringMatching(/openalex-position\.json:1: .*4294967294/)]);
  });

  it('a @string doubling chain is capped with a warning naming its line; the other entries are read', () => {
    expect(titles).toContain('A good paper about graph neural networks');
    expect(titles).toContain('Doubled');
    expect(warningsOf('doubling.bib')).toContainEqual(expect.stringMatching(/doubling\.bib:\d+: .*@string/));
  });

  it('10,000 nested braces: the field is dropped with a warning at line 1, the next entry is read', () => {
    expect(titles).toContain('A good paper about graph neural networks');
    expect(warningsOf('nested-braces.bib')).toContainEqual(expect.stringMatching(/nested-braces\.bib:1: .*nest/));
  });

  it('a looped @string is reported at its line instead of silently becoming text', () => {
    expect(titles).toContain('A good paper about looped strings');
    expect(warningsOf('looped-string.bib')).toContainEqual(expect.stringMatching(/looped-string\.bib:[12]: .*@string/));
  });

  it('a JSON field nested 200,000 deep costs its record at most; the records around it are kept', () => {
    expect(titles).toContain('A good CSL paper about transformers');
    expect(titles).toContain('Another good CSL paper about diffusion');
  });
});

describe('nesting limit of the HTML page reader', () => {
  it('a saved page nested 200,000 elements deep is one warning at once, not minutes of parsing or a stack overflow', () => {
    const html = `<!doctype html><html><body>${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}</body></html>`;
    const { entries, warnings } = parseHtmlPage(html, 'deep.html');
    expect(entries).toEqual([]);
    expect(warnings).toEqual([{ file: 'deep.html', line: 1, reason: expect.stringMatching(/nested 200002 elements deep/) }]);
  });
});

describe('nesting limits of the graph-file readers (issue 12, class 3)', () => {
  const DEPTH = 200_000;

  it('GML lists nested 200,000 deep (`x [ x [ x [ …`) are refused with the line, not a stack overflow', () => {
    const gml = `graph [\n  node [ id 1 label "a" ]\n  x ${'[ x '.repeat(DEPTH)}1 ${']'.repeat(DEPTH)}\n]\n`;
    expect(() => importGraphFile(gml, 'deep.gml', Parser)).toThrow(/nested deeper than \d+ \(line 3\)/);
  });

  it('GEXF and GraphML with elements nested 200,000 deep inside a node open, keeping the node', () => {
    const inner = `${'<x>'.repeat(DEPTH)}${'</x>'.repeat(DEPTH)}`;
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A">${inner}</node><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;
    const graphml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a">${inner}</node><node id="b"/><edge source="a" target="b"/></graph></graphml>`;
    for (const [name, text] of [['deep.gexf', gexf], ['deep.graphml', graphml]]) {
      const graph = importGraphFile(text, name, Parser);
      expect([graph.order, graph.size]).toEqual([2, 1]);
    }
  });

  it('a graph JSON attribute nested 200,000 deep is dropped with a note, so the graph still exports', () => {
    const json = `{"nodes":[{"key":"a","attributes":{"label":"A","deep":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}},{"key":"b"}],"edges":[{"source":"a","target":"b"}]}`;
    const graph = importGraphFile(json, 'deep.json', Parser);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttributes('a')).not.toHaveProperty('deep');
    expect(graph.getAttribute('importNotes')).toContainEqual(expect.stringMatching(/1 attribute values? nested more than \d+ levels deep (was|were) dropped/));
    expect(() => [serializeGraph(graph), toGexf(graph), toGraphml(graph)]).not.toThrow();
  });
});
