// Reading a graph file's text: what the user is told when the file is too large for one string.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARACTERS, readGraphText } from '../../../../src/core/graph/readGraphText';

/** Chrome's answer to Blob.text() on a 560 MB file (seen in the headless Chromium the e2e tests use). */
const chromeRefusal = () => Promise.reject(new Error('The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.'));

describe('readGraphText', () => {
  it('gives the text of a file that can be read', async () => {
    expect(await readGraphText(new Blob(['{"nodes":[]}']), 'graph.json')).toBe('{"nodes":[]}');
  });

  it('says the file is too large for the browser, with its size and what to do, instead of a permission error', async () => {
    const size = 560 * 2 ** 20;
    await expect(readGraphText({ size, text: chromeRefusal }, 'graph-100k.gexf')).rejects.toThrow(
      /^graph-100k\.gexf is 560 MB: more text than the browser can read at once \(about 512 MB\)\. Graph JSON files of any size are read in parts; .* open this graph as JSON/,
    );
  });

  it('passes on any other failure of a file that fits as it is', async () => {
    await expect(readGraphText({ size: MAX_TEXT_CHARACTERS, text: chromeRefusal }, 'graph.json')).rejects.toThrow(/permission problems/);
  });
});
