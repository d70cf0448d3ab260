// OpenAlex abstract indexes rewritten before JSON.parse: a plain index as its words in order, any other as a list;
// either way the reader gets the abstract JSON.parse's objects give, and the rest of the text is unchanged.
import { describe, expect, it } from 'vitest';
import { parseJsonRewritingIndexes, rewriteInvertedIndexes } from '../../../ingest/sources/invertedIndexes';
import { loadJson } from '../../../ingest/sources/jsonRecords';
import { parseOpenAlex, rebuildAbstract } from '../../../ingest/sources/openAlex';
import { createRng } from '../../../src/shared/random';

type Work = { abstract_inverted_index?: unknown; [key: string]: unknown };

/** Each work's abstract as the reader makes it from the rewritten text, next to what it makes of JSON.parse's objects. */
function abstractsBothWays(text: string): { rewritten: unknown[]; original: unknown[]; kinds: string[] } {
  const { data, indexesRewritten } = parseJsonRewritingIndexes(text);
  expect(indexesRewritten).toBe(true);
  const works = (data as { results: Work[] }).results;
  const originals = (JSON.parse(text) as { results: Work[] }).results;
  // Outside the indexes nothing changed.
  expect(works.map(({ abstract_inverted_index: _, ...rest }) => rest)).toEqual(originals.map(({ abstract_inverted_index: _, ...rest }) => rest));
  return {
    rewritten: works.map((work) => rebuildAbstract(work.abstract_inverted_index, true)),
    original: originals.map((work) => rebuildAbstract(work.abstract_inverted_index)),
    kinds: works.map((work) => (typeof work.abstract_inverted_index === 'string' ? 'text' : Array.isArray(work.abstract_inverted_index) ? 'list' : String(work.abstract_inverted_index))),
  };
}

describe('rewriteInvertedIndexes', () => {
  it('writes a plain index as its words in position order, and nothing else changes', () => {
    const text = '{"results":[\n{"id":"W1","abstract_inverted_index":{"Deep":[0],"nets":[1, 3],"learn":[2]},"title":"a: {b}"},\n{"id":"W2","abstract_inverted_index" : { } }]}';
    expect(rewriteInvertedIndexes(text)).toBe('{"results":[\n{"id":"W1","abstract_inverted_index":"Deep nets learn nets","title":"a: {b}"},\n{"id":"W2","abstract_inverted_index" : "" }]}');
    const { rewritten, original } = abstractsBothWays(text);
    expect(rewritten).toEqual(original);
  });

  it('copies words with escapes, colons, braces and non-ASCII characters as written, which decode to the same words', () => {
    const text = JSON.stringify({
      results: [
        {
          abstract_inverted_index: { 'a"b': [0], 'x:{y}': [1], 'caf\u00e9 \u6f22\u5b57 \ud83d\ude00': [2], '\\': [3], '35\\%': [4], '[1]': [5] },
          note: 'mentions "abstract_inverted_index": {"x":[1]} in a string',
        },
      ],
    });
    const { rewritten, original, kinds } = abstractsBothWays(text);
    expect(kinds).toEqual(['text']);
    expect(rewritten).toEqual(original);
    expect((rewritten[0] as { text: string }).text).toBe('a"b x:{y} caf\u00e9 \u6f22\u5b57 \ud83d\ude00 \\ 35\\% [1]');
  });

  it('leaves to the reader, as lists, the indexes whose order is not plain: it reads them as it reads the objects', () => {
    const works = [
      { abstract_inverted_index: { a: [0], b: [1], a2: [2] } }, // plain
      { abstract_inverted_index: { a: [0], b: [1, 0] } }, // two words at one position
      { abstract_inverted_index: { a: [0], b: [1.5, 1] } }, // a position that is not a whole number as written
      { abstract_inverted_index: { a: [0], far: [100] } }, // far past the word count: the reader reports it
      { abstract_inverted_index: { a: [0], b: 1 } }, // positions that are not a list
      { abstract_inverted_index: { a: [0], b: [-1, 1] } },
      { abstract_inverted_index: { nested: [{ a: [1, { b: '}' }] }], n: null, s: 'str,]' } },
    ];
    const { rewritten, original, kinds } = abstractsBothWays(JSON.stringify({ results: works }));
    expect(kinds).toEqual(['text', 'list', 'list', 'list', 'list', 'list', 'list']);
    expect(rewritten).toEqual(original);
  });

  it('keeps a repeated word with its last positions, as JSON.parse does, however the repeat is escaped', () => {
    for (const text of [
      '{"results":[{"abstract_inverted_index":{"a":[0],"b":[1],"a":[2]}}]}',
      '{"results":[{"abstract_inverted_index":{"\\u0061":[0],"b":[1],"a":[2]}}]}',
      '{"results":[{"abstract_inverted_index":{"x\\/y":[0],"b":[1],"x/y":[2]}}]}',
    ]) {
      const { rewritten, original, kinds } = abstractsBothWays(text);
      expect(kinds).toEqual(['list']);
      expect(rewritten).toEqual(original);
    }
  });

  it("gives the reader what JSON.parse's objects give on 400 random indexes (escapes, non-ASCII, repeats, gaps, clashes)", () => {
    const random = createRng(7);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
    const pieces = ['model', 'a', 'é', '漢字', '😀', '"', '\\', '/', '\u0001', ' ', 'x:y', '{', ']', ',', 'Ünïcödé', '35%', '\u2028'];
    const works = Array.from({ length: 400 }, () => {
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(pieces) + (random() < 0.5 ? pick(pieces) : ''));
      // Members written by hand, so a word may repeat and escapes vary ("\u0061" for "a", "\/" for "/").
      let position = 0;
      const members = words.map((word) => {
        const positions = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (random() < 0.1 ? position : (position += 1 + (random() < 0.2 ? 3 : 0))));
        const written = random() < 0.2 ? JSON.stringify(word).replace(/a/g, '\\u0061').replace(/\//g, '\\/') : JSON.stringify(word);
        const list = random() < 0.05 ? `[${positions.join(',')}, 1.5]` : random() < 0.03 ? `[${positions[0] + 500}]` : `[${positions.join(', ')}]`;
        return `${written}: ${list}`;
      });
      return `{"id": "W${Math.floor(random() * 1e6)}", "abstract_inverted_index": {${members.join(random() < 0.5 ? ',' : ',\n  ')}}}`;
    });
    const text = `{"results": [${works.join(',\n')}]}`;
    const { rewritten, original, kinds } = abstractsBothWays(text);
    expect(rewritten).toEqual(original);
    // Both paths are exercised (a position repeated one time in ten makes most of these indexes lists).
    expect(kinds.filter((kind) => kind === 'text').length).toBeGreaterThan(50);
    expect(kinds.filter((kind) => kind === 'list').length).toBeGreaterThan(50);
  });

  it('leaves texts alone when there is nothing to rewrite, or when an index is not an object', () => {
    expect(rewriteInvertedIndexes('{"title":"no index"}')).toBeNull();
    expect(rewriteInvertedIndexes('{"abstract_inverted_index":null}')).toBeNull();
    expect(rewriteInvertedIndexes('{"field":"abstract_inverted_index"}')).toBeNull();
    // A list or a string given as the index could not be told from a rewritten one: the whole text is parsed as it is.
    expect(rewriteInvertedIndexes('[{"abstract_inverted_index":{"a":[0]}},{"abstract_inverted_index":["a",[0]]}]')).toBeNull();
    expect(rewriteInvertedIndexes('[{"abstract_inverted_index":{"a":[0]}},{"abstract_inverted_index":"a"}]')).toBeNull();
    expect(parseJsonRewritingIndexes('{"abstract_inverted_index":["a",[0]]}').indexesRewritten).toBe(false);
  });

  it('never makes a broken text valid', () => {
    for (const broken of [
      '{"abstract_inverted_index":{"a",[0]}}',
      '{"abstract_inverted_index":{"a":[0] "b":[1]}}',
      '{"abstract_inverted_index":{"a":[0],}}',
      '{"abstract_inverted_index":{"a":[0}]}',
      '{"abstract_inverted_index":{"a":[0]',
      '{"abstract_inverted_index":{a:[0]}}',
      '{"abstract_inverted_index":{"a":[0,]}}',
      '{"abstract_inverted_index":{"a":[01]}}',
      '{"abstract_inverted_index":{"a\tb":[0]}}',
      '{"abstract_inverted_index":{"a":[0]}',
    ]) {
      expect(() => JSON.parse(broken)).toThrow();
      const rewritten = rewriteInvertedIndexes(broken);
      if (rewritten !== null) expect(() => JSON.parse(rewritten)).toThrow();
    }
  });
});

describe('OpenAlex works read through rewritten indexes', () => {
  it('give the same entries and warnings as the objects do, one line or pretty-printed', () => {
    const works = [
      { id: 'https://openalex.org/W1', title: 'One', abstract_inverted_index: { b: [1], a: [0], c: [3] } },
      { id: 'https://openalex.org/W2', title: 'Two', abstract_inverted_index: { far: [100], a: [0], b: [1] } },
      { id: 'https://openalex.org/W3', title: 'Three', abstract_inverted_index: { zeta: [1], alpha: [1], first: [0], bad: [1.5, -1] } },
      { id: 'https://openalex.org/W4', title: 'Four', abstract_inverted_index: null },
      { id: 'https://openalex.org/W5', title: 'Five', abstract_inverted_index: {} },
    ];
    // The reference: one more work whose index is a list makes the loader parse every index as an object.
    const asObjects = [...works, { id: 'https://openalex.org/W9', title: 'Nine', abstract_inverted_index: [] }];
    for (const space of [undefined, 2]) {
      const text = JSON.stringify({ results: works }, null, space);
      const referenceText = JSON.stringify({ results: asObjects }, null, space);
      expect([loadJson(text), loadJson(referenceText)].map((load) => load.ok && load.indexesRewritten)).toEqual([true, false]);
      const listed = parseOpenAlex(text, 'w.json');
      const reference = parseOpenAlex(referenceText, 'w.json');
      expect(listed.entries.map((entry) => entry.abstract)).toEqual(['a b c', 'a b far', 'first alpha zeta', '', '']);
      expect(listed.entries).toEqual(reference.entries.slice(0, works.length));
      expect(listed.warnings).toEqual(reference.warnings);
      expect(listed.warnings.length).toBe(2);
    }
  });
});
