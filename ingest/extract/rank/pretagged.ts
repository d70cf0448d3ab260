// Part-of-speech tags computed elsewhere (worker threads) for a corpus: compact to send, rebuilt into Tokens here.
import { Token, type WordTable, type WordType } from '../text';
import { GrowableArray } from './growable';
import type { RankDocument } from './options';

/**
 * Every document's tagged tokens (title tokens, then the abstract's), as codes: each token's written form (an index into
 * `forms`, the part's distinct forms in order of first use) and its tag (into `tagNames`), with each sentence's length.
 * The receiver neither tokenises again nor looks every token up by its string: it resolves each distinct form once,
 * which is what made pretagging in workers pay (re-reading the text and hashing every token again in the main thread
 * cost about as much as the tagging saved). Typed arrays, so a worker's answer is transferred, not copied.
 */
export interface PretaggedCorpus {
  tagNames: string[];
  forms: string[];
  /** Document d's tokens are [docStarts[d] .. docStarts[d + 1]); its sentences are lengths[docSentences[d] .. docSentences[d + 1]). */
  docStarts: Int32Array;
  docSentences: Int32Array;
  sentenceLengths: Int32Array;
  formOf: Int32Array;
  tags: Uint16Array;
}

/** The sentences of one document, tagged: the title is sentence 0, then the abstract's sentences. */
export function tagDocument(table: WordTable, doc: RankDocument): Token[][] {
  const title = table.typesOf(doc.title);
  const abstract = table.sentenceTypesOf(doc.abstract);
  return [table.tagTypes(title), ...abstract.map((s) => table.tagTypes(s))];
}

/** Tag documents here and encode the tokens (what a worker does with its share of the corpus). */
export function pretag(table: WordTable, docs: RankDocument[], onDone?: (done: number) => void): PretaggedCorpus {
  const tagNames: string[] = [];
  const tagCodes = new Map<string, number>();
  const forms: string[] = [];
  // By WordType id: the type was already looked up by its string, so the form's index costs no second hashing.
  const formCodes = new Map<number, number>();
  const docStarts = new Int32Array(docs.length + 1);
  const docSentences = new Int32Array(docs.length + 1);
  const sentenceLengths = new GrowableArray(new Int32Array(1 << 12));
  const formOf = new GrowableArray(new Int32Array(1 << 14));
  const tags = new GrowableArray(new Uint16Array(1 << 14));
  docs.forEach((doc, d) => {
    docStarts[d] = formOf.length;
    docSentences[d] = sentenceLengths.length;
    for (const sentence of tagDocument(table, doc)) {
      sentenceLengths.push(sentence.length);
      for (const token of sentence) {
        let tag = tagCodes.get(token.tag);
        if (tag === undefined) {
          tag = tagNames.length;
          tagNames.push(token.tag);
          tagCodes.set(token.tag, tag);
        }
        let form = formCodes.get(token.type.id);
        if (form === undefined) {
          form = forms.length;
          forms.push(token.type.text);
          formCodes.set(token.type.id, form);
        }
        formOf.push(form);
        tags.push(tag);
      }
    }
    onDone?.(d + 1);
  });
  docStarts[docs.length] = formOf.length;
  docSentences[docs.length] = sentenceLengths.length;
  return { tagNames, forms, docStarts, docSentences, sentenceLengths: sentenceLengths.done(), formOf: formOf.done(), tags: tags.done() };
}

/**
 * A reader of a pretagged corpus: document `index`'s sentences as Tokens. Each distinct form is resolved through
 * `table.wordType` the first time a token uses it, so the table sees new forms in the order tagging here would have
 * shown them (the order in which words, stems and their ids are created stays the same). Read the documents in order.
 */
export function pretaggedReader(table: WordTable, corpus: PretaggedCorpus): (index: number) => Token[][] {
  let types: (WordType | undefined)[] = new Array(corpus.forms.length);
  let generation = table.generation;
  return (index) => {
    const sentences: Token[][] = [];
    let at = corpus.docStarts[index];
    for (let s = corpus.docSentences[index]; s < corpus.docSentences[index + 1]; s++) {
      const sentence: Token[] = new Array(corpus.sentenceLengths[s]);
      for (let k = 0; k < sentence.length; k++, at++) {
        // The table forgets its types past a size limit: types resolved before then are resolved again, as tagging does.
        if (table.generation !== generation) {
          types = new Array(corpus.forms.length);
          generation = table.generation;
        }
        const form = corpus.formOf[at];
        const type = types[form] ?? (types[form] = table.wordType(corpus.forms[form]));
        sentence[k] = new Token(type, corpus.tagNames[corpus.tags[at]]);
      }
      sentences.push(sentence);
    }
    if (at !== corpus.docStarts[index + 1]) throw new Error(`pretagged tokens do not fit document ${index}`);
    return sentences;
  };
}
