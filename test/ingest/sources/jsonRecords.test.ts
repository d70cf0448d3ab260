// loadJson: records found the same way on a one-line page (parsed once, no scanner) as on a multi-line file.
import { describe, expect, it } from 'vitest';
import { loadJson } from '../../../ingest/sources/jsonRecords';

const page = { meta: { count: 2 }, results: [{ id: 'W1', field: { inner: [{ deep: 1 }] } }, { id: 'W2' }], note: 'x' };

describe('loadJson', () => {
  it('a one-line page: the root, its object properties and the elements of its record lists are records on line 1', () => {
    const load = loadJson(JSON.stringify(page));
    if (!load.ok) throw new Error(load.reason);
    const data = load.data as typeof page;
    expect(data).toEqual(page);
    expect(load.problems).toEqual([]);
    expect([data, data.meta, data.results[0], data.results[1]].map(load.lineOf)).toEqual([1, 1, 1, 1]);
    // Fields inside a record are not records.
    expect([data.results[0].field, data.results[0].field!.inner[0]].map(load.lineOf)).toEqual([undefined, undefined]);
  });

  it('the same records pretty-printed: each on its own line, fields still not records', () => {
    const load = loadJson(JSON.stringify(page, null, 2));
    if (!load.ok) throw new Error(load.reason);
    const data = load.data as typeof page;
    expect([data, data.meta, data.results[0], data.results[1]].map(load.lineOf)).toEqual([1, 2, 6, 16]);
    expect(load.lineOf(data.results[0].field)).toBeUndefined();
  });

  it('a one-line page cut short still keeps its complete records (the scanner takes over)', () => {
    const text = JSON.stringify(page);
    const load = loadJson(text.slice(0, text.indexOf('{"id":"W2"') + 5));
    if (!load.ok) throw new Error(load.reason);
    expect((load.data as typeof page).results.map((work) => work.id)).toEqual(['W1']);
    expect(load.problems).toHaveLength(1);
  });
});
