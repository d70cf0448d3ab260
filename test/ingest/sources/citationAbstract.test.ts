// A record whose "abstract" is its own citation line: recognised, and left out with a warning; real abstracts kept.
import { describe, expect, it } from 'vitest';
import { isOwnCitationLine } from '../../../ingest/sources/citationAbstract';
import { readSources } from '../../../ingest/sources';
import { describeShared, sharedPath } from '../../sharedData';

const ELMO_AUTHORS = ['Matthew E. Peters', 'Mark Neumann', 'Mohit Iyyer', 'Matt Gardner', 'Christopher Clark', 'Kenton Lee', 'Luke Zettlemoyer'];
// As OpenAlex stores it for this work (the list sample in ../shared/samples/biblio).
const ELMO_CITATION =
  'Matthew E. Peters, Mark Neumann, Mohit Iyyer, Matt Gardner, Christopher Clark, Kenton Lee, Luke Zettlemoyer. Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers). 2018.';

describe('isOwnCitationLine', () => {
  it('recognises the work\'s own authors, venue and year, in either name order', () => {
    expect(isOwnCitationLine(ELMO_CITATION, ELMO_AUTHORS)).toBe(true);
    expect(isOwnCitationLine('Peters, Matthew E.; Neumann, Mark. Deep contextualized word representations. NAACL 2018.', ELMO_AUTHORS)).toBe(true);
  });

  it('keeps real abstracts, also one that names an author or a year', () => {
    const abstract = 'We introduce a new type of deep contextualized word representation that models complex characteristics of word use. Following Peters and Neumann (2017), we show large gains on six tasks in 2018 benchmarks.';
    expect(isOwnCitationLine(abstract, ELMO_AUTHORS)).toBe(false);
    // One author only, or no year: not enough to call it a citation.
    expect(isOwnCitationLine('Matthew E. Peters. Notes. 2018.', ['Matthew E. Peters'])).toBe(false);
    expect(isOwnCitationLine('Matthew E. Peters, Mark Neumann. Notes on word vectors.', ELMO_AUTHORS)).toBe(false);
  });
});

describeShared(sharedPath('samples/biblio/openalex_works_list_snowball_cited.json'), 'citation lines in a real OpenAlex list', () => {
  it('leaves the ELMo record\'s citation line out of its abstract, with a warning at its record, and keeps the record', async () => {
    const { entries, warnings } = await readSources([sharedPath('samples/biblio/openalex_works_list_snowball_cited.json')]);
    const elmo = entries.find((entry) => entry.title === 'Deep Contextualized Word Representations');
    expect(elmo?.abstract).toBe('');
    expect(warnings.map((w) => w.reason)).toContain(
      'record "Deep Contextualized Word Representations": its abstract is the work\'s own citation (authors, venue, year), not an abstract; left out',
    );
    expect(entries).toHaveLength(41);
  });
});
