// JSON read from bytes, value by value (for graph files too large for one string): what JSON.parse gives, or an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonBytes } from '../../../../src/core/graph/parseJsonBytes';

const bytes = (text: string) => new TextEncoder().encode(text);
const ROOT = join(import.meta.dirname, '../../../..');

describe('parseJsonBytes', () => {
  it('gives what JSON.parse gives on the seed graph file (graphology JSON, 1.7 MB)', () => {
    const text = readFileSync(join(ROOT, 'public/graph.json'), 'utf8');
    expect(parseJsonBytes(bytes(text))).toEqual(JSON.parse(text));
  });

  it('gives what JSON.parse gives on strings with escapes, brackets and quotes, nested values, numbers and spacing', () => {
    const documents = [
      '{}',
      ' \n{ "nodes" : [ ] , "edges":[] }\n',
      '{"nodes":[{"key":"a","attributes":{"title":"He said \\"[x]\\" {y}, \\\\ ok","n":[1,[2,{"z":null}]]}},{"key":"b"}],"edges":[{"source":"a","target":"b","attributes":{"weight":-1.5e-3}}]}',
      '{"attributes":{"name":"Müller – 漢字 😀","deep":{"a":[true,false,null]}},"options":{"type":"mixed"},"nodes":[1,"two",3.5,[4]]}',
      '{"a":1,"a":2}',
      '\uFEFF{"nodes":[]}',
      '[1,2,{"a":"b"}]',
      '"just a string"',
    ];
    for (const document of documents) expect(parseJsonBytes(bytes(document)), document).toEqual(JSON.parse(document.replace(/^\uFEFF/, '')));
  });

  it('keeps "__proto__" an own key, as JSON.parse does, never the prototype', () => {
    const parsed = parseJsonBytes(bytes('{"__proto__":{"polluted":true},"nodes":[]}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'nodes']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses what JSON.parse refuses, saying where', () => {
    const broken = ['', '   ', '{', '{"nodes":[1,2}', '{"nodes":[1,,2]}', '{"nodes":[1,]}', '{"a" 1}', '{"a":1,}', '{"a":1} x', '{"a":[{"b":1}{"c":2}]}', '{"a":"unterminated}', '{a:1}', '{"nodes":[1 2]}', '[1,2', 'nul'];
    for (const document of broken) {
      expect(() => JSON.parse(document), document).toThrow();
      expect(() => parseJsonBytes(bytes(document)), document).toThrow(/^Not a JSON file: .* at byte \d+\.$/);
    }
  });
});

describe('parseJsonBytes progress', () => {
  it('reports the bytes parsed as the arrays are read, only forward, and once at the end', () => {
    const text = readFileSync(join(ROOT, 'public/graph.json'), 'utf8');
    const input = bytes(text);
    const steps: [number, number][] = [];
    parseJsonBytes(input, (done, total) => steps.push([done, total]), 100_000);
    expect(steps.length).toBeGreaterThan(10);
    expect(steps.every(([done, total], k) => total === input.length && done > 0 && (k === 0 || done > steps[k - 1][0]))).toBe(true);
    expect(steps[steps.length - 1][0]).toBe(input.length);
    // Between two reports at least the step's bytes were read (the last one excepted).
    expect(steps.slice(1, -1).every(([done], k) => done - steps[k][0] >= 100_000)).toBe(true);
  });
});
