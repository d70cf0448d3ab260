// A document's words as namesTerm reads them: listed from the corpus' tokens, the same as tokenising its text again.
import { describe, expect, it } from 'vitest';
import { namesTerm, textWords, textWordsOfDocument } from '../../../ingest/extract/match';
import { analyseCorpus } from '../../../ingest/extract/rank';

const DOCS = [
  { id: 'a', title: 'LoRA-based Fine-Tuning of LLMs', abstract: 'We adapt large language models (LLMs) with low-rank adapters. Mixtures-of-Experts route tokens; GNNs do not.' },
  { id: 'b', title: 'Knowledge distillation for Transformers', abstract: 'A teacher model trains student models via distillation, e.g. of the U.S. strategies.' },
];

describe('textWordsOfDocument', () => {
  it('gives the words textWords gives for the document\'s text, and the same answers, whichever part is read first', () => {
    const analysis = analyseCorpus(DOCS);
    DOCS.forEach((doc, index) => {
      const expected = textWords(`${doc.title} ${doc.abstract}`);
      const formsFirst = textWordsOfDocument(analysis.tokens, analysis.documents[index]);
      // Written forms are kept only of tokens with a capital (only acronym-like names are looked up by form).
      const forms = [...formsFirst.forms].sort();
      expect(forms).toEqual(expect.arrayContaining(['LoRA', 'LLM', 'LLMs'].filter((form) => expected.forms.has(form))));
      expect(formsFirst.words).toEqual(expected.words);
      const wordsFirst = textWordsOfDocument(analysis.tokens, analysis.documents[index]);
      expect(wordsFirst.words).toEqual(expected.words);
      expect([...wordsFirst.forms].sort()).toEqual(forms);
      for (const term of ['LoRA', 'LLM', 'GNN', 'mixture of experts', 'language model', 'teacher model', 'strategy', 'Transformer', 'graph']) {
        expect(namesTerm(textWordsOfDocument(analysis.tokens, analysis.documents[index]), term)).toBe(namesTerm(expected, term));
      }
    });
  });
});
