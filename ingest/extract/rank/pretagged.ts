// Documents tagged as codes, and part-of-speech tags computed elsewhere (worker threads) for a corpus: compact to send,
// read back as tagged documents here.
import type { WordTable, WordType } from '../text';
import { GrowableArray, grownTo } from './growable';
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

/**
 * One document's tagged sentences (the title is sentence 0, then the abstract's sentences): each sentence's WordTypes,
 * and every token's tag as a code of the WordTable's `tagNames`, sentence after sentence. Codes rather than a Token
 * object per token: the corpus' first pass stores and reads them as they are (see corpusReader).
 */
export interface TaggedDocument {
  sentences: WordType[][];
  tags: Uint16Array;
}

/** Tag one document (its title, then its abstract's sentences). */
export function tagDocument(table: WordTable, doc: RankDocument): TaggedDocument {
  const sentences = [table.typesOf(doc.title), ...table.sentenceTypesOf(doc.abstract)];
  let length = 0;
  for (const sentence of sentences) length += sentence.length;
  const tags = new Uint16Array(length);
  let at = 0;
  for (const sentence of sentences) {
    table.tagCodesInto(sentence, tags, at);
    at += sentence.length;
  }
  return { sentences, tags };
}

/** Tag documents here and encode the tokens (what a worker does with its share of the corpus). */
export function pretag(table: WordTable, docs: RankDocument[], onDone?: (done: number) => void): PretaggedCorpus {
  const tagNames: string[] = [];
  // By the table's tag code: the code here + 1 (0: not met yet), tags numbered here as first met.
  let tagCodes = new Int32Array(Math.max(64, table.tagNames.length));
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
    const tagged = tagDocument(table, doc);
    let at = 0;
    for (const sentence of tagged.sentences) {
      sentenceLengths.push(sentence.length);
      for (const type of sentence) {
        const code = tagged.tags[at++];
        if (code >= tagCodes.length) tagCodes = grownTo(tagCodes, code + 1);
        let tag = tagCodes[code] - 1;
        if (tag < 0) {
          tag = tagNames.length;
          tagNames.push(table.tagNames[code]);
          tagCodes[code] = tag + 1;
        }
        let form = formCodes.get(type.id);
        if (form === undefined) {
          form = forms.length;
          forms.push(type.text);
          formCodes.set(type.id, form);
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
 * A reader of a pretagged corpus: document `index` as a TaggedDocument. Each distinct form is resolved through
 * `table.wordType` the first time a token uses it, so the table sees new forms in the order tagging here would have
 * shown them (the order in which words, stems and their ids are created stays the same). Read the documents in order.
 */
export function pretaggedReader(table: WordTable, corpus: PretaggedCorpus): (index: number) => TaggedDocument {
  let types: (WordType | undefined)[] = new Array(corpus.forms.length);
  let generation = table.generation;
  // The corpus' tag codes as the table's.
  const tableCodes = Uint16Array.from(corpus.tagNames, (name) => table.tagCode(name));
  return (index) => {
    const sentences: WordType[][] = [];
    const start = corpus.docStarts[index];
    const tags = new Uint16Array(corpus.docStarts[index + 1] - start);
    let at = start;
    for (let s = corpus.docSentences[index]; s < corpus.docSentences[index + 1]; s++) {
      const sentence: WordType[] = new Array(corpus.sentenceLengths[s]);
      for (let k = 0; k < sentence.length; k++, at++) {
        // The table forgets its types past a size limit: types resolved before then are resolved again, as tagging does.
        if (table.generation !== generation) {
          types = new Array(corpus.forms.length);
          generation = table.generation;
        }
        const form = corpus.formOf[at];
        sentence[k] = types[form] ?? (types[form] = table.wordType(corpus.forms[form]));
        tags[at - start] = tableCodes[corpus.tags[at]];
      }
      sentences.push(sentence);
    }
    if (at !== corpus.docStarts[index + 1]) throw new Error(`pretagged tokens do not fit document ${index}`);
    return { sentences, tags };
  };
}
