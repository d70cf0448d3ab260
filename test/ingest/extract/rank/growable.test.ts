// GrowableArray: entries read back as a copy (done) or handed over as a view (take), in plain or shared memory.
import { describe, expect, it } from 'vitest';
import { GrowableArray } from '../../../../ingest/extract/rank/growable';

describe('GrowableArray', () => {
  it('hands over its entries with take and goes on in an array of its own, the view untouched', () => {
    for (const shared of [false, true]) {
      const array = new GrowableArray(new Int32Array(shared ? new SharedArrayBuffer(8) : new ArrayBuffer(8)), shared);
      for (let k = 0; k < 5; k++) array.push(k + 1);
      const first = array.take();
      expect(Array.from(first)).toEqual([1, 2, 3, 4, 5]);
      expect(first.buffer instanceof SharedArrayBuffer).toBe(shared);
      expect(array.length).toBe(0);
      array.push(9);
      array.append(Int32Array.from([7, 8]), 0, 2);
      expect(Array.from(first)).toEqual([1, 2, 3, 4, 5]);
      const second = array.take();
      expect(Array.from(second)).toEqual([9, 7, 8]);
      expect(second.buffer).not.toBe(first.buffer);
      // The next array is made as large as the one given away, not grown again from nothing.
      expect(second.buffer.byteLength).toBeGreaterThanOrEqual(first.buffer.byteLength);
      expect(second.buffer instanceof SharedArrayBuffer).toBe(shared);
    }
  });

  it('copies its entries with done and keeps its array', () => {
    const array = new GrowableArray(new Float64Array(2));
    [0.5, 1.5, 2.5].forEach((value) => array.push(value));
    const copy = array.done();
    array.array[0] = 9;
    expect(Array.from(copy)).toEqual([0.5, 1.5, 2.5]);
  });
});
