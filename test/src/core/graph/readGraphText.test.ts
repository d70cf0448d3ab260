// Reading a graph file's text: what the user is told when the file is too large for one string.
import { describe, expect, it } from 'vitest';
import { downloadGraphBlob, LARGE_DOWNLOAD_BYTES, MAX_TEXT_CHARACTERS, readGraphBytes, readGraphText } from '../../../../src/core/graph/readGraphText';

/** Chrome's answer to Blob.text() on a 560 MB file (seen in the headless Chromium the e2e tests use). */
const chromeRefusal = () => Promise.reject(new Error('The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.'));

/** A file Chrome refuses to read whole (its start can still be read, as a slice). */
const refusedFile = (size: number) => ({ size, text: chromeRefusal, arrayBuffer: chromeRefusal, slice: () => new Blob(['<?xml version="1.0"?><gexf>']) });

describe('readGraphText', () => {
  it('gives the text of a file that can be read', async () => {
    expect(await readGraphText(new Blob(['{"nodes":[]}']), 'graph.json')).toEqual({ text: '{"nodes":[]}', note: null });
  });

  it('says the file is too large for the browser, with its size and what to do, instead of a permission error', async () => {
    const size = 560 * 2 ** 20;
    await expect(readGraphText(refusedFile(size), 'graph-100k.gexf')).rejects.toThrow(
      /^graph-100k\.gexf is 560 MB: more text than the browser can read at once \(about 512 MB\)\. Graph JSON files of any size are read in parts; .* open this graph as JSON/,
    );
  });

  it('passes on any other failure of a file that fits as it is', async () => {
    await expect(readGraphText(refusedFile(MAX_TEXT_CHARACTERS), 'graph.json')).rejects.toThrow(/permission problems/);
  });
});

describe('downloadGraphBlob', () => {
  /** A response whose body fails as Chrome's did on a 2.5 GB graph file (headers first, then "Failed to fetch"). */
  const failing = (contentLength: string | null) => ({
    headers: new Headers(contentLength === null ? {} : { 'content-length': contentLength }),
    blob: () => Promise.reject(new TypeError('Failed to fetch')),
  });

  it('gives the body of a download that works', async () => {
    const blob = await downloadGraphBlob(new Response('{"nodes":[]}'), '/graph.json');
    expect(await blob.text()).toBe('{"nodes":[]}');
  });

  it('says how large a failed large download was, and what to do, instead of "Failed to fetch"', async () => {
    await expect(downloadGraphBlob(failing('2645456985'), '/graph.json')).rejects.toThrow(
      /^\/graph\.json is 2,523 MB, and the browser could not download it whole \(Failed to fetch\)\. .* ingest parts of it/,
    );
  });

  it('passes on the failure of a smaller download, or of one whose size is not known, as it is', async () => {
    await expect(downloadGraphBlob(failing(String(LARGE_DOWNLOAD_BYTES - 1)), '/graph.json')).rejects.toThrow(/^Failed to fetch$/);
    await expect(downloadGraphBlob(failing(null), '/graph.json')).rejects.toThrow(/^Failed to fetch$/);
  });
});

describe('readGraphBytes', () => {
  it('gives the bytes of a file that can be read', async () => {
    expect(new Uint8Array(await readGraphBytes(new Blob(['{}']), 'graph.json'))).toEqual(new Uint8Array([123, 125]));
  });

  it('says a large file is too large for the browser, with its size, instead of a permission error', async () => {
    const refusal = () => Promise.reject(new Error('The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.'));
    await expect(readGraphBytes({ size: 2645456985, arrayBuffer: refusal }, 'o400.json')).rejects.toThrow(
      /^o400\.json is 2,523 MB, and the browser could not read it into memory \(The requested file could not be read, .*\)\. .* ingest parts of it/,
    );
    await expect(readGraphBytes({ size: LARGE_DOWNLOAD_BYTES - 1, arrayBuffer: refusal }, 'small.json')).rejects.toThrow(/^The requested file could not be read/);
  });
});
