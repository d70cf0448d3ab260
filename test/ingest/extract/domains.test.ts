// The text rule's reading of the taxonomy's descriptions (the rule itself is tested on real abstracts in meaning.test.ts).
import { describe, expect, it } from 'vitest';
import { fieldSentences } from '../../../ingest/extract/domains';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';

describe('fieldSentences', () => {
  it('reads a sentence only up to what the category excludes (arXiv’s own cs.AI and hep-ex descriptions)', async () => {
    const { domains } = await loadVocabulary();
    const description = (id: string) => domains.find((d) => d.key === `domain:${id}`)!.description;
    const ai = fieldSentences(description('cs.AI')).join(' ');
    // "except Vision, Robotics, Machine Learning, ... (Natural Language Processing)" names other categories' fields.
    expect(ai).toMatch(/^Covers all areas of AI\b/);
    expect(ai).not.toMatch(/Vision|Robotics|Natural Language/);
    expect(ai).toMatch(/Knowledge Representation, Planning, and Uncertainty in AI/);
    // The ACM sentence is about the taxonomy and goes, as before.
    expect(ai).not.toMatch(/ACM/);
    const hep = fieldSentences(description('hep-ex')).join(' ');
    expect(hep).toMatch(/searches for physics beyond the standard model/);
    expect(hep).not.toMatch(/detectors|instrumentation/);
    // "(this list is not exclusive)" is an aside, and the list before it stays.
    const et = fieldSentences(description('cs.ET')).join(' ');
    expect(et).toMatch(/superconducting, mechanical, bio-chemical and quantum technologies/);
    expect(et).not.toMatch(/exclusive/);
  });
});
