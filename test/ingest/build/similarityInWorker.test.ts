// The similarity layer computed in a worker thread: the same pairs, cosines and diagnostics as on the main thread.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { similarPairsInWorker } from '../../../ingest/build/similarityInWorker';
import { similarPairsOfTexts } from '../../../ingest/build/similarity';
import { describeShared, itShared, sharedPath } from '../../sharedData';

const LABELLED = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');

describeShared(LABELLED, 'similarity in a worker thread', () => {
  itShared(LABELLED, 'gives bit-identical neighbours on 1,167 real abstracts (large enough for latent vectors)', async () => {
    const records = JSON.parse(await readFile(LABELLED, 'utf8')) as { title: string; abstract: string }[];
    const texts = records.map(({ title, abstract }) => ({ title, abstract }));
    const here = similarPairsOfTexts(texts);
    const there = await similarPairsInWorker(texts);
    expect(here.pairs.length).toBeGreaterThan(records.length * 5);
    expect(there.pairs).toEqual(here.pairs);
    expect(Array.from(there.best)).toEqual(Array.from(here.best));
    expect(Array.from(there.abstractWords)).toEqual(Array.from(here.abstractWords));
  }, 120_000);
});
