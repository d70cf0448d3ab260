// The form scanner finds exactly the tokens tokenize's regular expression matches, as the same WordTypes.
import { describe, expect, it } from 'vitest';
import { FormScanner } from '../../../ingest/extract/formScanner';
import { SHARED_WORDS, WordTable, splitSentences, tokenize, type WordType } from '../../../ingest/extract/text';

const TRICKY = [
  "C++ and C# a+b e.g. i.e. U.S.A. rock’n’roll don't x--y 3.14 -5 +6 a++b ++ ’s",
  'Mixture-of-Experts (MoE) and GPT-4o; LLMs. End.',
  '\u00a0x\u2003y\u2028z\ufeff w', // Unicode spaces
  '𝑥𝑦 ab𝟙cd 😀x né über Straße 東京 ١٢٣ ǅemal Ⅻ x² e\u0301', // astral letters and digits, symbols, marks
  '\ud800x \udc00 \ud83d', // lone surrogates
  '', '...', 'a.', "'a'", '$\\alpha$',
];

describe('FormScanner (WordTable.typesOf)', () => {
  it('gives the WordTypes of tokenize(text), in order', () => {
    const table = new WordTable(SHARED_WORDS.english);
    for (const text of TRICKY) {
      const expected = tokenize(text).map((token) => table.wordType(token));
      const found = table.typesOf(text);
      expect(found.map((type) => type.text)).toEqual(expected.map((type) => type.text));
      found.forEach((type, k) => expect(type).toBe(expected[k]));
      expect(table.sentenceTypesOf(text).map((sentence) => sentence.map((type) => type.text))).toEqual(splitSentences(tokenize(text)));
    }
  });

  it('agrees with tokenize on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', '9', ' ', '\n', "'", '’', '.', '?', ';', '!', '-', '+', '(', ',', 'é', '東', '١', '\u00a0', '𝑥', '😀', '\ud800', '\udc00', '\u0301'];
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const table = new WordTable(SHARED_WORDS.english);
    for (let r = 0; r < 2000; r++) {
      let text = '';
      for (let k = 1 + Math.floor(random() * 10); k > 0; k--) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(table.typesOf(text).map((type) => type.text)).toEqual(tokenize(text));
      expect(table.sentenceTypesOf(text).map((sentence) => sentence.map((type) => type.text))).toEqual(splitSentences(tokenize(text)));
    }
  });

  it('finds a form it has met again without resolving it again (the hash it computes while scanning is its index\'s)', () => {
    const table = new WordTable(SHARED_WORDS.english);
    const resolved = new Map<string, number>();
    const scanner = new FormScanner(
      (text: string): WordType => {
        resolved.set(text, (resolved.get(text) ?? 0) + 1);
        return table.wordType(text);
      },
      () => 0,
    );
    for (let round = 0; round < 2; round++) for (const text of TRICKY) expect(scanner.typesOf(text).map((type) => type.text)).toEqual(tokenize(text));
    expect(resolved.size).toBeGreaterThan(40);
    for (const [text, count] of resolved) expect([text, count]).toEqual([text, 1]);
  });
});
