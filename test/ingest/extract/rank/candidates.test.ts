// Pass 2 collected in slices and merged: exactly what one pass over the whole corpus collects.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankDocumentsOf } from '../../../../ingest/extract';
import { createExtractionContext } from '../../../../ingest/extract/rank/context';
import type { CandidateSlice } from '../../../../ingest/extract/rank/candidates';
import { corpusReader, type CandidatePass, type CorpusAnalysis } from '../../../../ingest/extract/rank/corpus';
import { tagDocument } from '../../../../ingest/extract/rank/pretagged';
import { readSources } from '../../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../../ingest/sources/mergeDuplicates';
import type { Paper } from '../../../../ingest/types';

/** Everything pass 2 gives, in order (maps as their entries, typed arrays as arrays). */
function collected(analysis: CorpusAnalysis): unknown {
  const plain = (value: unknown): unknown => {
    if (value instanceof Map) return [...value].map(([key, inner]) => [key, plain(inner)]);
    if (ArrayBuffer.isView(value)) return Array.from(value as Int32Array);
    if (Array.isArray(value)) return value.map(plain);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
    return value;
  };
  const { documents, candidates, phraseIds, phraseKeys, phraseStemStarts, phraseStems, phraseDf, wordDf, documentWords, surfaces, phraseInnerUses, capitalisedForms } = analysis;
  return plain({ documents, candidates, phraseIds, phraseKeys, phraseStemStarts, phraseStems, phraseDf, wordDf, documentWords, surfaces, phraseInnerUses, capitalisedForms });
}

describe('candidates collected in slices', () => {
  let papers: Paper[];

  beforeAll(async () => {
    const { entries } = await readSources(['data/seeds']);
    papers = mergeDuplicatePapers(entries).papers;
  }, 60_000);

  const analysed = (pass: CandidatePass, slices: CandidateSlice[]) => {
    const merger = pass.merger();
    for (const slice of slices) merger.add(slice);
    return collected(pass.analyse(merger));
  };

  const passOf = (docs: ReturnType<typeof rankDocumentsOf>): CandidatePass => {
    const context = createExtractionContext();
    const reader = corpusReader({}, context);
    for (const doc of docs) reader.add(doc.id, tagDocument(context.words, doc));
    return reader.candidatePass();
  };

  it('merge into the tables of one pass, for slices of any size', () => {
    const docs = rankDocumentsOf(papers);
    expect(docs.length).toBeGreaterThan(100);
    const pass = passOf(docs);
    const n = docs.length;
    const whole = analysed(pass, [pass.collect(0, n)]);
    for (const size of [1, 7, 50, n - 1]) {
      const slices = [];
      for (let start = 0; start < n; start += size) slices.push(pass.collect(start, Math.min(n, start + size)));
      expect(analysed(pass, slices)).toEqual(whole);
    }
    // Some slices collected straight into the merged tables (as the main thread collects the next slice to merge).
    for (const size of [7, 50]) {
      const merger = pass.merger();
      for (let start = 0, k = 0; start < n; start += size, k++) {
        const end = Math.min(n, start + size);
        merger.add(k % 3 === 1 ? pass.collect(start, end, merger.tables()) : pass.collect(start, end));
      }
      expect(collected(pass.analyse(merger))).toEqual(whole);
    }
    // Empty slices change nothing.
    expect(analysed(pass, [pass.collect(0, 0), pass.collect(0, 3), pass.collect(3, 3), pass.collect(3, n)])).toEqual(whole);
    // No document at all.
    expect(analysed(passOf([]), [])).toEqual(analysed(passOf([]), [passOf([]).collect(0, 0)]));
  });
});
