// Issue 12, class 7: messages say what is wrong in the user's terms, at the real line: the JSON syntax error and its
// line, "neither a graph nor a bibliography", the BibTeX line where a brace is left open, never xmldom's wording.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraphFile, type DOMParserConstructor } from '../../src/shared/exchange';
import { ingestFileSet, type IngestRun } from './runIngest';

const Parser = DOMParser as unknown as DOMParserConstructor;

const UNCLOSED_BIB = [
  '@article{first, title = {First paper on graph learning}, year = 2020}',
  '',
  '@article{second, title = {Second paper on graph learning}, year = 2020}',
  '',
  '@article{third, title = {Third paper on graph learning}, year = 2020}',
  '',
  '',
  '@article{broken,',
  '  title = {A paper whose title brace is never closed,',
  '  year = 2020',
  '}',
  '',
  '@article{fourth, title = {Fourth paper on graph learning}, year = 2021}',
  '',
  '@article{fifth, title = {Fifth paper on graph learning}, year = 2021}',
  '',
  '',
  '',
  '',
  '',
].join('\n');

const FILES: Record<string, string> = {
  // A comma missing on line 3: the error and its line, not "not a recognised input format".
  'broken.json': '[\n {"type": "article-journal", "title": "A complete CSL item before the error"},\n {"type": "article" "title": "B"}\n]\n',
  // Valid JSON that is no bibliography: not "CSL-JSON item #1 has no title".
  'settings.json': '{"name": "my settings", "version": 3, "items": {"a": 1}}\n',
  'unclosed.bib': UNCLOSED_BIB,
  // Graph files given to the ingest: where they belong, not "not a format this tool reads".
  'graph.gexf': '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>\n',
  // A graph JSON cut off: the break, not "neither a graph nor a bibliography".
  'cut-graph.json': '{"nodes": [ {"key": "a"',
  // Two root elements: xmldom says "Hierarchy request error".
  'two-roots.atom.xml': '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>http://arxiv.org/abs/2401.00001v1</id><title>An Atom entry before a second root</title><summary>Text.</summary></entry>\n</feed>\n<feed/>\n',
};

let dir: string;
let run: IngestRun;
let warnings: string[];
let titles: string[];
beforeAll(async () => {
  ({ dir, run, warnings, titles } = await ingestFileSet('pge-hardening-messages-', FILES));
}, 200_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const warningsOf = (name: string) => warnings.filter((line) => line.startsWith(`${join(dir, 'in', name)}:`));

describe('ingest messages (issue 12, class 7)', () => {
  it('the run finishes with exit 0 and no message carries parser internals', () => {
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(warnings.join('\n')).not.toMatch(/xmldom|Hierarchy request|got EOF|reader failed|\bat [\w.]+ \(|Error:/);
  });

  it('a broken JSON file names the JSON error and its line, and keeps the record before it', () => {
    expect(warningsOf('broken.json')).toEqual([expect.stringMatching(/broken\.json:3: JSON error at line 3, column \d+: .*expected "," or "\}"/)]);
    expect(titles).toContain('A complete CSL item before the error');
  });

  it('a JSON object that is neither a graph nor a bibliography says so, and what was expected', () => {
    expect(warningsOf('settings.json')).toEqual([expect.stringMatching(/settings\.json:1: this JSON is neither a graph nor a bibliography \(expected .*\); skipped/)]);
  });

  it('a graph file says to open it in the explorer; a cut-off JSON says it is cut off', () => {
    expect(warningsOf('graph.gexf')).toEqual([expect.stringMatching(/graph\.gexf:1: this is a GEXF graph file, not a bibliography: open it in the explorer app instead/)]);
    expect(warningsOf('cut-graph.json')).toEqual([expect.stringMatching(/cut-graph\.json:1: the file ends in the middle of a record/)]);
  });

  it('an unclosed BibTeX brace on line 9 is reported on line 9 (not "got EOF at line 20"); the other entries are read', () => {
    expect(warningsOf('unclosed.bib')).toContainEqual(expect.stringMatching(/unclosed\.bib:9: /));
    expect(warningsOf('unclosed.bib').join('\n')).not.toMatch(/EOF|line 20/);
    for (const ordinal of ['First', 'Second', 'Third', 'Fourth', 'Fifth']) expect(titles).toContain(`${ordinal} paper on graph learning`);
  });

  it('an Atom file with a second root element: its entry is kept or the file refused in plain words, never xmldom\'s', () => {
    const messages = warningsOf('two-roots.atom.xml');
    expect(messages.join('\n')).not.toMatch(/xmldom|Hierarchy request/);
    if (!titles.includes('An Atom entry before a second root')) expect(messages).toHaveLength(1);
  });
});

describe('graph-file messages in the app\'s reader (issue 12, class 7)', () => {
  it('a broken graph JSON names the JSON error', () => {
    expect(() => importGraphFile('{"nodes": [ {"key": "a"', 'broken.json', Parser)).toThrow(/^Not a JSON file: .*JSON/);
  });

  it('a GEXF or GraphML with a second root says so in plain words', () => {
    const gexf = '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>\n<gexf/>\n';
    const graphml = '<?xml version="1.0"?>\n<graphml><graph><node id="a"/></graph></graphml>\n<graphml/>\n';
    expect(() => importGraphFile(gexf, 'two.gexf', Parser)).toThrow(/^fromGexf: not well-formed XML: more than one root element, or markup after the root element/);
    expect(() => importGraphFile(graphml, 'two.graphml', Parser)).toThrow(/^fromGraphml: not well-formed XML: more than one root element/);
  });

  it('a graph JSON with records graphology refuses keeps the others and says what was dropped', () => {
    const text = JSON.stringify({
      options: { type: 'undirected' },
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'a' }, { label: 'no key' }],
      edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }, { source: 'a', target: 'missing' }, { source: 'b' }],
    });
    const graph = importGraphFile(text, 'records.json', Parser);
    expect([graph.order, graph.size]).toEqual([2, 1]);
    expect(graph.getAttribute('importNotes')).toEqual([
      '1 nodes without a key were skipped.',
      '1 nodes repeat the key of an earlier node; the first of each was kept.',
      "2 edges without a source or target among the file's nodes were skipped.",
      '1 edges repeat an earlier edge (same key, or same two nodes); the first was kept.',
    ]);
  });
});
