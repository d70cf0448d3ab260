// OpenAlex abstract indexes read as lists: the same words and positions as JSON.parse's objects, the rest unchanged.
import { describe, expect, it } from 'vitest';
import { listInvertedIndexes, parseJsonListingIndexes } from '../../../ingest/sources/invertedIndexLists';
import { loadJson } from '../../../ingest/sources/jsonRecords';
import { parseOpenAlex, rebuildAbstract } from '../../../ingest/sources/openAlex';

/** What the rewritten text parses to, with each list turned back into the object JSON.parse makes of the original. */
function parsedBack(text: string): unknown {
  const listed = listInvertedIndexes(text);
  expect(listed).not.toBeNull();
  expect(listed!.length).toBe(text.length);
  return JSON.parse(listed!, function (key, value) {
    if (key !== 'abstract_inverted_index' || !Array.isArray(value)) return value;
    const index: Record<string, unknown> = {};
    for (let i = 0; i < value.length; i += 2) {
      // JSON.parse's rule for a repeated key: the last value, at the first key's place.
      Object.defineProperty(index, value[i], { value: value[i + 1], enumerable: true, configurable: true, writable: true });
    }
    return index;
  });
}

describe('listInvertedIndexes', () => {
  it('rewrites each index in place (same length, same lines) and nothing else', () => {
    const text = '{"results":[\n{"id":"W1","abstract_inverted_index":{"Deep":[0],"nets":[1, 3],"learn":[2]},"title":"a: {b}"},\n{"id":"W2","abstract_inverted_index" : { } }]}';
    const listed = listInvertedIndexes(text)!;
    expect(listed).toBe('{"results":[\n{"id":"W1","abstract_inverted_index":["Deep",[0],"nets",[1, 3],"learn",[2]],"title":"a: {b}"},\n{"id":"W2","abstract_inverted_index" : [ ] }]}');
    expect(parsedBack(text)).toEqual(JSON.parse(text));
  });

  it('reads keys with escapes, colons, braces and non-ASCII characters, and values of any kind', () => {
    const text = JSON.stringify({
      results: [
        {
          abstract_inverted_index: { 'a"b': [0], 'x:{y}': [1], 'caf\u00e9 \u6f22\u5b57 \ud83d\ude00': [2], '\\': [3], nested: [{ a: [1, { b: '}' }] }], n: null, s: 'str,]' },
          note: 'mentions "abstract_inverted_index": {"x":[1]} in a string',
        },
      ],
    });
    expect(parsedBack(text)).toEqual(JSON.parse(text));
  });

  it('keeps a repeated word with its last positions, as JSON.parse does', () => {
    const text = '{"abstract_inverted_index":{"a":[0],"b":[1],"a":[2]}}';
    expect(parsedBack(text)).toEqual(JSON.parse(text));
    const { data, indexesListed } = parseJsonListingIndexes(text);
    expect(indexesListed).toBe(true);
    expect(rebuildAbstract((data as { abstract_inverted_index: unknown }).abstract_inverted_index, true)).toEqual(rebuildAbstract(JSON.parse(text).abstract_inverted_index));
  });

  it('leaves texts alone when there is nothing to rewrite, or when an index is not an object', () => {
    expect(listInvertedIndexes('{"title":"no index"}')).toBeNull();
    expect(listInvertedIndexes('{"abstract_inverted_index":null}')).toBeNull();
    expect(listInvertedIndexes('{"field":"abstract_inverted_index"}')).toBeNull();
    // A list given as the index could not be told from a rewritten one: the whole text is parsed as it is.
    expect(listInvertedIndexes('[{"abstract_inverted_index":{"a":[0]}},{"abstract_inverted_index":["a",[0]]}]')).toBeNull();
    expect(parseJsonListingIndexes('{"abstract_inverted_index":["a",[0]]}').indexesListed).toBe(false);
  });

  it('never makes a broken text valid', () => {
    for (const broken of [
      '{"abstract_inverted_index":{"a",[0]}}',
      '{"abstract_inverted_index":{"a":[0] "b":[1]}}',
      '{"abstract_inverted_index":{"a":[0],}}',
      '{"abstract_inverted_index":{"a":[0}]}',
      '{"abstract_inverted_index":{"a":[0]',
      '{"abstract_inverted_index":{a:[0]}}',
    ]) {
      expect(() => JSON.parse(broken)).toThrow();
      const listed = listInvertedIndexes(broken);
      if (listed !== null) expect(() => JSON.parse(listed)).toThrow();
    }
  });
});

describe('OpenAlex works read through listed indexes', () => {
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
      expect([loadJson(text), loadJson(referenceText)].map((load) => load.ok && load.indexesListed)).toEqual([true, false]);
      const listed = parseOpenAlex(text, 'w.json');
      const reference = parseOpenAlex(referenceText, 'w.json');
      expect(listed.entries.map((entry) => entry.abstract)).toEqual(['a b c', 'a b far', 'first alpha zeta', '', '']);
      expect(listed.entries).toEqual(reference.entries.slice(0, works.length));
      expect(listed.warnings).toEqual(reference.warnings);
      expect(listed.warnings.length).toBe(2);
    }
  });
});
