// Extraction runs keep their state in a per-run context: interleaved or nested runs give what sequential runs give.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RANK_OPTIONS,
  acronymsByKey,
  analyseCorpus,
  createExtractionContext,
  rankDocument,
  rankKeyphrases,
  type CorpusAnalysis,
  type RankDocument,
  type RankedKeyphrase,
} from '../../../ingest/extract/rank';
import { WordTable } from '../../../ingest/extract/text';
import { mergeDuplicatePapers, readSources } from '../../../ingest/sources';

const options = DEFAULT_RANK_OPTIONS;

function rankAll(analysis: CorpusAnalysis): Map<string, RankedKeyphrase[]> {
  const byKey = acronymsByKey(analysis);
  return new Map(analysis.documents.map((doc) => [doc.id, rankDocument(analysis, doc, options, byKey)]));
}

describe('extraction context', () => {
  let first: RankDocument[];
  let second: RankDocument[];
  let sequentialFirst: Map<string, RankedKeyphrase[]>;
  let sequentialSecond: Map<string, RankedKeyphrase[]>;

  beforeAll(async () => {
    const { entries } = await readSources(['data/seeds']);
    const docs = mergeDuplicatePapers(entries).papers.map((p) => ({ id: p.key, title: p.title, abstract: p.abstract }));
    // Two different corpora (different document frequencies, acronyms and phrase tables), so any shared state shows.
    first = docs.slice(0, 80);
    second = docs.slice(80, 140);
    sequentialFirst = rankKeyphrases(first, options);
    sequentialSecond = rankKeyphrases(second, options);
    expect(sequentialFirst.size).toBe(80);
    expect([...sequentialFirst.values()].every((ranked) => ranked.length > 0)).toBe(true);
  });

  it('gives the sequential result when one run starts inside another and their documents are scored alternately', () => {
    let nested: CorpusAnalysis | null = null;
    // The second run is analysed from the first one's progress callback, half-way through the first one's tagging.
    const outer = analyseCorpus(first, options, (done) => {
      if (done === 40) nested = analyseCorpus(second, options, undefined, createExtractionContext());
    }, createExtractionContext());
    expect(nested).not.toBeNull();
    const inner = nested as unknown as CorpusAnalysis;
    const outerKeys = acronymsByKey(outer);
    const innerKeys = acronymsByKey(inner);
    const interleavedFirst = new Map<string, RankedKeyphrase[]>();
    const interleavedSecond = new Map<string, RankedKeyphrase[]>();
    for (let k = 0; k < outer.documents.length; k++) {
      const doc = outer.documents[k];
      interleavedFirst.set(doc.id, rankDocument(outer, doc, options, outerKeys));
      const other = inner.documents[k % inner.documents.length];
      interleavedSecond.set(other.id, rankDocument(inner, other, options, innerKeys));
    }
    expect(interleavedFirst).toEqual(sequentialFirst);
    expect(interleavedSecond).toEqual(sequentialSecond);
  });

  it('gives the same keyphrases with a word table of its own as with the shared one', () => {
    const own = rankKeyphrases(second, options, createExtractionContext(new WordTable()));
    expect(own).toEqual(sequentialSecond);
  });

  it('keeps each run in its own context', () => {
    const a = analyseCorpus(first.slice(0, 5), options);
    const b = analyseCorpus(first.slice(0, 5), options);
    expect(a.context).not.toBe(b.context);
    expect(a.context.scoring).not.toBe(b.context.scoring);
    expect(rankAll(a)).toEqual(rankAll(b));
  });
});
