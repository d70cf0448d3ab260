// Letters counted by a scan equal what the Unicode regexes count, in every script and outside the BMP.
import { describe, expect, it } from 'vitest';
import { countLetters } from '../../ingest/letterCounts';

const byRegex = (text: string, marked: RegExp) => ({
  letters: text.match(/\p{L}/gu)?.length ?? 0,
  marked: text.match(new RegExp(marked.source, 'gu'))?.length ?? 0,
});

const TEXTS = [
  '', '1234 -- !?', 'Attention Is All You Need', 'ALL CAPS TITLE: A STUDY', 'Café Ñandú über straße',
  '深度学习的研究 with English words', '한국어 논문 제목', 'ほかの研究', 'Ⅻ chapter Ⅳ', '𝐀𝐁𝐂 bold maths 𝑥', 'ＡＢＣ fullwidth',
  'ª º ǅ ﬁ', 'Привет, мир', 'مرحبا بالعالم', '\u00a0\t\n',
];

describe('countLetters', () => {
  for (const marked of [/\p{Lu}/u, /\p{Script=Latin}/u, /[\p{Script=Han}\p{Script=Hangul}]/u]) {
    it(`counts letters and ${marked.source} as the regexes do`, () => {
      for (const text of TEXTS) expect(countLetters(text, marked), text).toEqual(byRegex(text, marked));
    });
  }
});
