// A sentence read as phrase units: multiword terms the corpus writes as one merged, defined acronyms standing for
// their expansion, every other token its own unit.
import { describe, expect, it } from 'vitest';
import { createExtractionContext } from '../../../../ingest/extract/rank/context';
import { corpusReader } from '../../../../ingest/extract/rank/corpus';
import { tagDocument } from '../../../../ingest/extract/rank/pretagged';
import { ACRONYM_UNIT, TERM_UNIT, TOKEN_UNIT, UnitReader } from '../../../../ingest/extract/rank/sentenceUnits';
import { formStemsOf } from '../../../../ingest/extract/rank/tokenStore';

/** Each unit of the document's last sentence as [kind, surface, stems as text]. */
function unitsOfLastSentence(title: string, abstract: string): [number, string, string][] {
  const context = createExtractionContext();
  const reader = corpusReader({}, context);
  reader.add('a', tagDocument(context.words, { id: 'a', title, abstract }));
  const { tokens, sentenceStarts } = reader.stored();
  const { source } = reader.candidatePass();
  const acronymTexts = new Set([...source.acronyms.keys(), ...source.ambiguousAcronyms.map((entry) => entry.acronym)]);
  const units = new UnitReader(tokens, formStemsOf(tokens), source.phrases, source.acronyms, acronymTexts);
  const starts = sentenceStarts[0];
  const read = units.read(starts[starts.length - 2], starts[starts.length - 1], source.acronyms);
  const found: [number, string, string][] = [];
  for (let u = 0; u < read.length; u++) {
    const surface = read.kinds[u] === TOKEN_UNIT ? tokens.types[read.forms[u]].display : read.surfaces[u];
    const stems = Array.from(read.stems.subarray(read.stemStarts[u], read.stemStarts[u + 1]), (stem) => context.words.stemText(stem));
    found.push([read.kinds[u], surface, stems.join(' ')]);
  }
  return found;
}

describe('UnitReader', () => {
  it('merges a learned multiword term and expands a defined acronym; other tokens stay units of their own', () => {
    const units = unitsOfLastSentence(
      'Sparse models',
      'We study mixture of experts (MoE) layers. A mixture of experts routes tokens, and MoE training is stable.',
    );
    expect(units).toContainEqual([TERM_UNIT, 'mixture of experts', 'mixtur of expert']);
    expect(units).toContainEqual([ACRONYM_UNIT, 'MoE', 'mixtur of expert']);
    expect(units).toContainEqual([TOKEN_UNIT, 'routes', 'rout']);
    expect(units.map(([, surface]) => surface)).toEqual(['a', 'mixture of experts', 'routes', 'tokens', ',', 'and', 'MoE', 'training', 'is', 'stable', '.']);
  });
});
