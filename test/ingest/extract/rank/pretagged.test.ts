// Documents tagged as codes: the same tags as tagging to Token objects, whichever way they are computed or sent.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankDocumentsOf } from '../../../../ingest/extract';
import { pretag, pretaggedReader, tagDocument, type TaggedDocument } from '../../../../ingest/extract/rank/pretagged';
import type { RankDocument } from '../../../../ingest/extract/rank/options';
import { loadEnglishTagger, WordTable } from '../../../../ingest/extract/text';
import { readSources } from '../../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../../ingest/sources/mergeDuplicates';

/** A tagged document as written forms and tag names, sentence by sentence. */
function named(table: WordTable, doc: TaggedDocument): [string, string][][] {
  let at = 0;
  return doc.sentences.map((sentence) => sentence.map((type) => [type.text, table.tagNames[doc.tags[at++]]]));
}

describe('documents tagged as codes', () => {
  let docs: RankDocument[];

  beforeAll(async () => {
    const { entries } = await readSources(['data/seeds']);
    docs = rankDocumentsOf(mergeDuplicatePapers(entries).papers);
  }, 60_000);

  it('name the tags tagTypes gives each sentence', () => {
    const table = new WordTable();
    for (const doc of docs) {
      const tagged = tagDocument(table, doc);
      const sentences = [table.typesOf(doc.title), ...table.sentenceTypesOf(doc.abstract)];
      const tokens = sentences.map((sentence) => table.tagTypes(sentence).map((token): [string, string] => [token.text, token.tag]));
      expect(named(table, tagged)).toEqual(tokens);
    }
  });

  it('read back from a pretagged corpus as tagged here, in a table of their own', () => {
    const here = new WordTable();
    const expected = docs.map((doc) => named(here, tagDocument(here, doc)));
    const corpus = pretag(new WordTable(), docs);
    const reader = new WordTable();
    const read = pretaggedReader(reader, corpus);
    expect(docs.map((_, k) => named(reader, read(k)))).toEqual(expected);
  });

  it('are the same when every rule is run at every token (rules the memo cannot read)', () => {
    const english = loadEnglishTagger();
    // A rule reading the next token's tag: the memo of rule outcomes by neighbour no longer holds, so tagging runs the
    // rules on Tokens. The rule itself changes nothing, so the tags must be the memo's.
    const reading = { ...english, rules: [...english.rules, { predicate: { name: 'NEXT-TAG', parameter1: 'NN' }, apply: () => {} }] };
    const memo = new WordTable(english);
    const everyRule = new WordTable(reading as typeof english);
    for (const doc of docs.slice(0, 40)) expect(named(everyRule, tagDocument(everyRule, doc))).toEqual(named(memo, tagDocument(memo, doc)));
  });
});
