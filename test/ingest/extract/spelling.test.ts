// British spellings read as American ones, for stems and tags: real forms from other fields' abstracts
// (../shared/samples/biblio), and English words that only look British.
import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../../ingest/extract/spelling';
import { analyseCorpus } from '../../../ingest/extract/rank';
import { SHARED_WORDS, stemPhrase, tagTokens, tokenize } from '../../../ingest/extract/text';

/** Whether natural's English lexicon lists the form itself. */
const known = (word: string) => Array.isArray(SHARED_WORDS.english.lexicon.lexicon[word]);
const american = (word: string) => americanSpelling(word, known);

describe('americanSpelling', () => {
  it('rewrites the regular British patterns', () => {
    expect(american('leukaemia')).toBe('leukemia');
    expect(american('ischaemic')).toBe('ischemic');
    expect(american('paediatric')).toBe('pediatric');
    expect(american('tumour')).toBe('tumor');
    expect(american('behavioural')).toBe('behavioral');
    expect(american('neighbourhoods')).toBe('neighborhoods');
    expect(american('organisation')).toBe('organization');
    expect(american('decolonisation')).toBe('decolonization');
    expect(american('standardised')).toBe('standardized');
    expect(american('analyse')).toBe('analyze');
    expect(american('centre')).toBe('center');
    expect(american('programme')).toBe('program');
    expect(american('oestrogen')).toBe('estrogen');
  });

  it('rewrites a prefixed -ise verb the lexicon lacks by its unprefixed verb (WoS: "decolonising the curriculum")', () => {
    // The lexicon lists "colonized" and "colonization", not "decolonize": "decolonising" stayed British and stemmed
    // apart from "decolonisation" (8 papers each in the pluriversal-sustainability sample).
    expect(american('decolonising')).toBe('decolonizing');
    expect(american('decolonised')).toBe('decolonized');
    expect(american('decolonise')).toBe('decolonize');
    expect(stemPhrase('decolonising')).toBe(stemPhrase('decolonisation'));
    expect(stemPhrase('decolonised classroom')).toBe(stemPhrase('decolonized classroom'));
    // A short rest after the prefix is no verb of its own: "reprise" is not "re-" + "prize", "devise" not "de-" + "vize".
    for (const word of ['reprise', 'reprising', 'revise', 'devise', 'despise', 'comprise', 'unpromising', 'disguise']) expect(american(word)).toBe(word);
  });

  it('rewrites -ise after the endings that make -ize verbs, known or not (WoS: "racialised", "problematised")', () => {
    // The pluriversal-sustainability sample writes "racialised" 3 times and "racialized" too; the lexicon has neither.
    expect(american('racialised')).toBe('racialized');
    expect(american('problematised')).toBe('problematized');
    expect(american('contextualise')).toBe('contextualize');
    expect(american('pluralising')).toBe('pluralizing');
    expect(american('binarised')).toBe('binarized');
    expect(stemPhrase('racialised')).toBe(stemPhrase('racialized'));
    // Words of the same samples that are -ise in American English too.
    for (const word of ['treatise', 'arise', 'arising', 'sunrise', 'expertise', 'enterprise', 'premises', 'otherwise', 'compromising']) expect(american(word)).toBe(word);
  });

  it('rewrites -isation only where an -ization noun exists or neither spelling is a dictionary word', () => {
    // "improvisation" is English as written: its -is- belongs to "improvise", which has no -ize noun. Rewritten, it
    // stemmed apart from "improvised" and showed an invented spelling ("organisational improvisation").
    expect(american('improvisation')).toBe('improvisation');
    expect(american('improvisations')).toBe('improvisations');
    expect(stemPhrase('improvisation')).toBe(stemPhrase('improvised'));
    expect(american('improvisational')).toBe('improvisational');
    // The adjective of an -ization noun joins its American form (13 times "organisational" in the biblio samples).
    expect(stemPhrase('organisational improvisation')).toBe(stemPhrase('organizational improvisation'));
    expect(american('civilisational')).toBe('civilizational');
    // The -ization noun in natural's lexicon or in WordNet ("randomization", "standardization").
    expect(american('randomisation')).toBe('randomization');
    expect(american('standardisation')).toBe('standardization');
    expect(american('monetisation')).toBe('monetization');
    // Neither spelling in a dictionary (Inspec: "finite element discretisations"; arXiv: "kernelisation").
    expect(american('discretisations')).toBe('discretizations');
    expect(american('kernelisation')).toBe('kernelization');
    expect(stemPhrase('finite element discretisations')).toBe(stemPhrase('finite element discretization'));
  });

  it('leaves English words that only look British', () => {
    for (const word of ['four', 'hours', 'does', 'shoes', 'poems', 'promise', 'exercise', 'supervised', 'enterprise', 'genre', 'algae', 'aerobic', 'coefficient', 'analyses']) {
      expect(american(word)).toBe(word);
    }
  });
});

describe('one word in both spellings', () => {
  it('stems British and American forms alike (PubMed: "acute myeloid leukaemia (AML)")', () => {
    expect(stemPhrase('acute myeloid leukaemia')).toBe(stemPhrase('acute myeloid leukemia'));
    expect(stemPhrase('ischaemic stroke')).toBe(stemPhrase('ischemic stroke'));
    expect(stemPhrase('tumour characterisation')).toBe(stemPhrase('tumor characterization'));
  });

  it('makes one candidate of both spellings across a corpus', () => {
    const analysis = analyseCorpus([
      { id: 'a', title: 'DNMT3A R882 mutations', abstract: 'Somatic mutation of the DNMT3A gene is common in acute myeloid leukaemia.' },
      { id: 'b', title: 'NF1 mutations', abstract: 'NF1 mutations are recurrent in acute myeloid leukemia.' },
    ]);
    const id = analysis.phraseIds.get(stemPhrase('acute myeloid leukemia'));
    expect(id).toBeDefined();
    expect(analysis.phraseDf[id!]).toBe(2);
  });

  it('tags a British verb form the lexicon lacks as its American one (WoS: "Lynsey Sharp criticises rule changes")', () => {
    const tags = tagTokens(tokenize('Beaten GB finalist Lynsey Sharp criticises rule changes')).map((t) => t.tag);
    expect(tags[5]).toBe('VBZ');
  });
});
