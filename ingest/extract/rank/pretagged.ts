// Part-of-speech tags computed elsewhere (worker threads) for a corpus: compact to send, rebuilt into Tokens here.
import { splitSentences, tokenize, Token, type WordTable } from '../text';
import type { RankDocument } from './options';

/**
 * Every document's tags in token order (title tokens, then the abstract's), as codes into `tagNames`. Tokens and
 * sentences are not sent: the tokenizer and sentence splitter are cheap and deterministic, so the receiver redoes them
 * and only the tagging, the costly part, is done elsewhere. Typed arrays, so a worker's answer is transferred, not copied.
 */
export interface PretaggedCorpus {
  tagNames: string[];
  /** Document d's tags are tags[docStarts[d] .. docStarts[d + 1]). */
  docStarts: Int32Array;
  tags: Uint16Array;
}

/** The sentences of one document, tagged: the title is sentence 0, then the abstract's sentences. */
export function tagDocument(table: WordTable, doc: RankDocument): Token[][] {
  return [table.tagTokens(tokenize(doc.title)), ...splitSentences(tokenize(doc.abstract)).map((s) => table.tagTokens(s))];
}

/** Tag documents here and encode the tags (what a worker does with its share of the corpus). */
export function pretag(table: WordTable, docs: RankDocument[], onDone?: (done: number) => void): PretaggedCorpus {
  const tagNames: string[] = [];
  const codes = new Map<string, number>();
  const docStarts = new Int32Array(docs.length + 1);
  let tags = new Uint16Array(1 << 14);
  let length = 0;
  docs.forEach((doc, d) => {
    docStarts[d] = length;
    for (const sentence of tagDocument(table, doc)) {
      if (length + sentence.length > tags.length) {
        const bigger = new Uint16Array(Math.max(tags.length * 2, length + sentence.length));
        bigger.set(tags);
        tags = bigger;
      }
      for (const token of sentence) {
        let code = codes.get(token.tag);
        if (code === undefined) {
          code = tagNames.length;
          tagNames.push(token.tag);
          codes.set(token.tag, code);
        }
        tags[length++] = code;
      }
    }
    onDone?.(d + 1);
  });
  docStarts[docs.length] = length;
  return { tagNames, docStarts, tags: tags.slice(0, length) };
}

/** Join pretagged parts (consecutive slices of one corpus, in order) into one. */
export function concatPretagged(parts: PretaggedCorpus[]): PretaggedCorpus {
  const tagNames: string[] = [];
  const codes = new Map<string, number>();
  const docs = parts.reduce((sum, part) => sum + part.docStarts.length - 1, 0);
  const total = parts.reduce((sum, part) => sum + part.tags.length, 0);
  const docStarts = new Int32Array(docs + 1);
  const tags = new Uint16Array(total);
  let d = 0;
  let offset = 0;
  for (const part of parts) {
    const recode = part.tagNames.map((name) => {
      let code = codes.get(name);
      if (code === undefined) {
        code = tagNames.length;
        tagNames.push(name);
        codes.set(name, code);
      }
      return code;
    });
    for (let k = 0; k + 1 < part.docStarts.length; k++) docStarts[d++] = offset + part.docStarts[k];
    for (let k = 0; k < part.tags.length; k++) tags[offset + k] = recode[part.tags[k]];
    offset += part.tags.length;
  }
  docStarts[docs] = offset;
  return { tagNames, docStarts, tags };
}

/** Document `index`'s sentences rebuilt from its pretagged codes (the tokens re-read from its text). */
export function pretaggedDocument(table: WordTable, doc: RankDocument, corpus: PretaggedCorpus, index: number): Token[][] {
  const sentences = [tokenize(doc.title), ...splitSentences(tokenize(doc.abstract))];
  let at = corpus.docStarts[index];
  const count = sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  if (count !== corpus.docStarts[index + 1] - at) throw new Error(`pretagged tags do not fit document ${doc.id}`);
  return sentences.map((words) => words.map((word) => new Token(table.wordType(word), corpus.tagNames[corpus.tags[at++]])));
}
