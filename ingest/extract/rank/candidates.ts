// Pass 2 of the corpus analysis: each document's candidate phrases and word statistics, collected a slice of documents
// at a time (in any thread: see ExtractionThreads.candidates) and merged in corpus order into what one pass gives.
import type { AcronymEntry } from './acronymTable';
import { NounPhraseChunker, isAcceptableWord, type ChunkOptions } from './chunker';
import type { AnalysedDocument, CandidateTable, CorpusAnalysis, SurfaceCounts } from './corpus';
import { GrowableArray, grownTo } from './growable';
import { PhraseTrie } from './phraseTrie';
import { TERM_UNIT, TOKEN_UNIT, UnitReader, type PhraseIndex, type SentenceUnits } from './sentenceUnits';
import { formStemsOf, type TokenStore } from './tokenStore';

/** What collecting candidates asks of the word table: the same answers in any thread, given the same stem ids. */
export interface CandidateWords {
  stemText(id: number): string;
  stemCount(): number;
  isNominalGerund(lowerWord: string): boolean;
}

export type CandidateOptions = ChunkOptions & { subPhrases: boolean; subPhraseWeight: number };

/** What pass 1 leaves that every slice reads: the stored tokens, learned terms and resolved acronyms. */
export interface CandidateSource {
  /** The corpus' tokens; each form's WordType carries the stem ids of the corpus' word table. */
  tokens: TokenStore;
  words: CandidateWords;
  /** Multiword terms written as one unit (see PhraseIndex). */
  phrases: PhraseIndex;
  /** The corpus' unambiguous acronyms, and one entry per idea of the ambiguous ones (see resolveAcronyms). */
  acronyms: Map<string, AcronymEntry>;
  ambiguousAcronyms: AcronymEntry[];
  /** Expansion keys of acronyms that name reported values: no candidate (see reportedQuantityKeys). */
  quantityKeys: Set<string>;
  options: CandidateOptions;
}

/** The documents of one slice. */
export interface CandidateDocs {
  /** Each document's sentences in the store (see AnalysedDocument.sentenceStarts). */
  sentenceStarts: Int32Array[];
  /** Whether each document's title is in title case, where its capitals say nothing (see isTitleCase). */
  titleCase: ArrayLike<boolean | number>;
  /** The acronyms each document's units expand (slice index → map; see resolveAcronyms' acronymsOf). */
  acronymsOf(k: number): Map<string, AcronymEntry>;
}

/**
 * One slice's candidates, with phrase ids of its own, numbered by first occurrence in the slice: the phrase tables
 * (keys, stems, document frequencies, written forms, uses inside sentences) per such id, each document's candidate
 * entries, content words and word-graph sequence. Typed arrays and a few arrays of strings, cheap to send between
 * threads.
 */
export interface CandidateSlice {
  phraseKeys: string[];
  phraseStemStarts: Int32Array;
  phraseStems: Int32Array;
  phraseDf: number[];
  surfaces: SurfaceCounts[];
  phraseInnerUses: Int32Array;
  capitalisedForms: Map<number, Map<string, number>>;
  candidates: CandidateTable;
  /** Collected straight into the corpus' tables (see CandidateMerger.tables): its phrase tables are empty and its
   * candidate entries name the corpus' phrase ids. */
  direct: boolean;
  /** Per document, four entries: where its candidates, its content words and its graph words end in this slice's
   * tables, and its token count. */
  documentEnds: Int32Array;
  wordIds: Int32Array;
  wordCounts: Int32Array;
  graphWords: Int32Array;
}

/** Phrase tables being filled: a slice's own, or the corpus' merged so far (see CandidateMerger.tables). */
export interface PhraseTables {
  /** Phrase id by path of stem ids. */
  trie: PhraseTrie;
  keys: string[];
  stemStarts: GrowableArray<Int32Array>;
  stems: GrowableArray<Int32Array>;
  df: number[];
  surfaces: SurfaceCounts[];
  /** Phrase p's first occurrence as its units' surface ids (see candidateCollector's surfaceIdOf) in
   * firstForms[firstFormStarts[p] .. firstFormStarts[p + 1]), so a later occurrence is told written alike by comparing
   * numbers (see writtenAsFirst); none for a phrase merged from another slice. Ids of the collector that filled it. */
  firstForms: GrowableArray<Int32Array>;
  firstFormStarts: GrowableArray<Int32Array>;
  innerUses: GrowableArray<Int32Array>;
  capitalisedForms: Map<number, Map<string, number>>;
  /** Each key's phrase id: kept for the corpus' tables only. */
  ids: Map<string, number> | null;
}

/** A PhraseTables' typed arrays, which a collector keeps from one slice to the next. */
type PhraseArrays = Pick<PhraseTables, 'stemStarts' | 'stems' | 'firstForms' | 'firstFormStarts' | 'innerUses'>;

function newPhraseArrays(): PhraseArrays {
  const table = (size: number) => new GrowableArray(new Int32Array(size));
  return { stemStarts: table(1 << 12), stems: table(1 << 14), firstForms: table(1 << 14), firstFormStarts: table(1 << 12), innerUses: table(1 << 12) };
}

/** Empty phrase tables in `arrays` (emptied). */
function phraseTables(trie: PhraseTrie, arrays: PhraseArrays, ids: Map<string, number> | null): PhraseTables {
  for (const table of Object.values(arrays)) table.clear();
  arrays.stemStarts.push(0);
  arrays.firstFormStarts.push(0);
  return { trie, keys: [], df: [], surfaces: [], ...arrays, capitalisedForms: new Map(), ids };
}

function newPhraseTables(ids: Map<string, number> | null): PhraseTables {
  return phraseTables(new PhraseTrie(), newPhraseArrays(), ids);
}

/**
 * Pass 2 for a corpus: a function collecting one slice of its documents, with the per-form tables made once. The
 * slice's phrases get ids of its own, or, given `into` (the corpus' tables when every slice before this one is in
 * them), the corpus' ids: the slice then needs no merging, as in one pass over the corpus.
 */
export function candidateCollector(source: CandidateSource): (docs: CandidateDocs, into?: PhraseTables) => CandidateSlice {
  const { tokens, words, phrases, acronyms, ambiguousAcronyms, quantityKeys, options } = source;
  const { subPhrases, subPhraseWeight } = options;
  // Every acronym any document may expand: the others' forms are read as plain tokens.
  const acronymTexts = new Set([...acronyms.keys(), ...ambiguousAcronyms.map((entry) => entry.acronym)]);
  const reader = new UnitReader(tokens, formStemsOf(tokens), phrases, acronyms, acronymTexts);
  const units: SentenceUnits = reader.units;
  const chunker = new NounPhraseChunker(tokens, options, words);
  // What is read of a form per token or per candidate, as flat tables: read through the WordTypes (scattered objects),
  // each token or unit cost a cache miss more than the work done with what was read.
  const isBreakForm = Uint8Array.from(tokens.types, (type) => (type.isBreak ? 1 : 0));
  const initialCapital = Uint8Array.from(tokens.types, (type) => (type.initialCapital ? 1 : 0));
  const displays = tokens.types.map((type) => type.display);
  const texts = tokens.types.map((type) => type.text);
  // By form: a number per distinct display string, so that two token units are told written alike by a number.
  const displayIds = displayIdsOf(displays);
  const punctTag = tokens.tagNames.indexOf('PUNCT');
  // Every stem is interned before pass 2 (tokens in pass 1, acronym keys when acronyms are resolved).
  let wordScratch: Int32Array = new Int32Array(words.stemCount());
  const touched: number[] = [];
  let entryOf = new Int32Array(1 << 12);
  // By phrase id: occurrences written as the phrase's first in the slice so far, added to its SurfaceCounts at the
  // slice's end: counted here, an occurrence reads no object of the phrase's (its counts were one more cache miss each).
  let firstCounts = new Int32Array(1 << 12);
  // By form: 2 when a lone word of the form makes a candidate, 1 when not, 0 not asked yet (isAcceptableWord: a
  // generic head, a stem list, a pattern and a noun test, which every sub-phrase ending on the word asked again).
  const acceptable = new Uint8Array(tokens.types.length);
  const acceptableAlone = (form: number) => {
    let known = acceptable[form];
    if (known === 0) acceptable[form] = known = isAcceptableWord(tokens.types[form], words) ? 2 : 1;
    return known === 2;
  };
  /** The display form of a unit of the current sentence. */
  const surfaceOf = (u: number) => (units.kinds[u] === TOKEN_UNIT ? displays[units.forms[u]] : units.surfaces[u]);
  /** The surfaces of the current sentence's units [from, end) joined by spaces. */
  const joinedSurfaces = (from: number, end: number) => {
    const parts: string[] = [];
    for (let u = from; u < end; u++) parts.push(surfaceOf(u));
    return parts.join(' ');
  };
  /** The current sentence's units [from, end) (tokens or acronyms) as written, joined by spaces. */
  const writtenText = (from: number, end: number) => {
    if (end - from === 1) return texts[units.forms[from]];
    const written: string[] = [];
    for (let u = from; u < end; u++) written.push(texts[units.forms[u]]);
    return written.join(' ');
  };
  /** Whether the current sentence's units [from, end) are all tokens (no merged unit). */
  const tokensOnly = (from: number, end: number) => {
    for (let u = from; u < end; u++) if (units.kinds[u] !== TOKEN_UNIT) return false;
    return true;
  };
  // A number per distinct surface of a merged unit, met so far.
  const mergedSurfaceIds = new Map<string, number>();
  /** A number per distinct surface of a unit of the current sentence: a token's display id (≥ 0), or the bitwise not
   * of its merged surface's (< 0; the same string as a token's display and as a merged unit's gets two numbers). */
  const surfaceIdOf = (u: number) => {
    if (units.kinds[u] === TOKEN_UNIT) return displayIds[units.forms[u]];
    const surface = units.surfaces[u];
    let id = mergedSurfaceIds.get(surface);
    if (id === undefined) mergedSurfaceIds.set(surface, (id = mergedSurfaceIds.size));
    return ~id;
  };
  /**
   * Whether the current sentence's units [from, end) are written as the phrase's first occurrence (see isWrittenAs),
   * given by its units' surface ids (see PhraseTables.firstForms), compared by number where that decides: the same
   * surfaces one by one are written alike, and two runs of tokens only are not written alike otherwise (a token's
   * display holds no space, so their joins match only part by part).
   */
  const writtenAsFirst = (tables: PhraseTables, phraseId: number, from: number, end: number) => {
    const ids = tables.firstForms.array;
    const at = tables.firstFormStarts.array[phraseId];
    const to = tables.firstFormStarts.array[phraseId + 1];
    if (to > at) {
      if (end - from === to - at) {
        let u = from;
        while (u < end && surfaceIdOf(u) === ids[at + u - from]) u++;
        if (u === end) return true;
      }
      if (tokensOnly(from, end) && tokenIds(ids, at, to)) return false;
    }
    return isWrittenAs(tables.surfaces[phraseId].first, from, end);
  };
  /** Whether `surface` is the surfaces of the current sentence's units [from, end) joined by spaces (checked without
   * building the joined string). */
  const isWrittenAs = (surface: string, from: number, end: number) => {
    let offset = 0;
    for (let u = from; u < end; u++) {
      const part = surfaceOf(u);
      if (u > from) {
        if (surface.charCodeAt(offset) !== 32) return false;
        offset++;
      }
      if (!surface.startsWith(part, offset)) return false;
      offset += part.length;
    }
    return offset === surface.length;
  };
  /** Whether every unit of [from, end) is a word written with a capital first letter ("Caster Semenya", "Lean
   * Startup"): a token or an acronym, whose form says. */
  const allCapitalised = (from: number, end: number) => {
    for (let u = from; u < end; u++) if (units.kinds[u] === TERM_UNIT || initialCapital[units.forms[u]] === 0) return false;
    return true;
  };

  // The slice's tables, kept from one slice to the next (each slice's are copied out at its end): new ones per slice
  // were megabytes of typed arrays each time, which the garbage collector then chased.
  const phraseTrie = new PhraseTrie();
  const phraseArrays = newPhraseArrays();
  const candidatePhrases = new GrowableArray(new Int32Array(1 << 16));
  const candidateCounts = new GrowableArray(new Float64Array(1 << 16));
  const candidateFirst = new GrowableArray(new Int32Array(1 << 16));
  const candidateInTitle = new GrowableArray(new Uint8Array(1 << 16));
  // Every document's content words and counts, and its word-graph sequence, side by side in slice-wide tables; each
  // document gets views of its parts once all are read (a typed array per document each had a backing store of its own).
  const allWordIds = new GrowableArray(new Int32Array(1 << 16));
  const allWordCounts = new GrowableArray(new Int32Array(1 << 16));
  const graphWords = new GrowableArray(new Int32Array(1 << 16));

  return (docs, into) => {
    for (const table of [candidatePhrases, candidateCounts, candidateFirst, candidateInTitle, allWordIds, allWordCounts, graphWords]) table.clear();
    let tables: PhraseTables;
    if (into) {
      tables = into;
      // Phrases merged from other slices have ids this collector has not met.
      if (entryOf.length < into.keys.length) entryOf = grownTo(entryOf, into.keys.length);
      if (firstCounts.length < into.keys.length) firstCounts = grownTo(firstCounts, into.keys.length);
    } else {
      phraseTrie.clear();
      tables = phraseTables(phraseTrie, phraseArrays, null);
    }
    const { trie, keys, stemStarts, stems: phraseStemTable, df: phraseDf, surfaces, firstForms, firstFormStarts, innerUses, capitalisedForms, ids } = tables;
    const documentEnds = new Int32Array(4 * docs.sentenceStarts.length);
    // The state of the sentence being read, for the two callbacks below; they are made once rather than per sentence.
    let position = 0;
    let sentenceIndex = 0;
    // Whether the sentence's capitals may be names (not a title-case title).
    let countsCase = false;
    /**
     * Counts one occurrence of a candidate, the current sentence's units [from, end) (a sub-phrase is read in place:
     * the same units' range from a later start); `opensSentence`: its first unit is the sentence's first (a capital's
     * there by rule).
     */
    const addCandidate = (from: number, end: number, weight: number, opensSentence: boolean) => {
      if (end - from === 1 && units.kinds[from] === TOKEN_UNIT && !acceptableAlone(units.forms[from])) return;
      // Phrases are found by walking a trie of stem ids: no key string or array is built for a phrase seen before.
      // The range's stems are one range of the sentence's stems.
      const unitStems = units.stems;
      const stemsFrom = units.stemStarts[from];
      const stemsEnd = units.stemStarts[end];
      let node = 0;
      for (let k = stemsFrom; k < stemsEnd; k++) node = trie.step(node, unitStems[k]);
      let phraseId = trie.phraseOf[node];
      if (phraseId < 0) {
        const stemIds = unitStems.slice(stemsFrom, stemsEnd);
        const key = Array.from(stemIds, (stem) => words.stemText(stem)).join(' ');
        if (quantityKeys.has(key)) return;
        phraseId = keys.length;
        trie.phraseOf[node] = phraseId;
        keys.push(key);
        ids?.set(key, phraseId);
        for (const stem of stemIds) phraseStemTable.push(stem);
        stemStarts.push(phraseStemTable.length);
        phraseDf.push(0);
        surfaces.push({ first: joinedSurfaces(from, end), count: 0, others: null });
        for (let u = from; u < end; u++) firstForms.push(surfaceIdOf(u));
        firstFormStarts.push(firstForms.length);
        innerUses.push(0);
        if (phraseId >= entryOf.length) entryOf = grownTo(entryOf, phraseId + 1);
        if (phraseId >= firstCounts.length) firstCounts = grownTo(firstCounts, phraseId + 1);
      }
      const entry = entryOf[phraseId] - 1;
      if (entry >= 0) {
        candidateCounts.array[entry] += weight;
        if (sentenceIndex === 0) candidateInTitle.array[entry] = 1;
      } else {
        phraseDf[phraseId]++;
        entryOf[phraseId] = candidatePhrases.length + 1;
        candidatePhrases.push(phraseId);
        candidateCounts.push(weight);
        candidateFirst.push(position);
        candidateInTitle.push(sentenceIndex === 0 ? 1 : 0);
      }
      if (countsCase && !opensSentence) {
        innerUses.array[phraseId]++;
        if (allCapitalised(from, end)) {
          const key = writtenText(from, end);
          const forms = capitalisedForms.get(phraseId) ?? new Map<string, number>();
          forms.set(key, (forms.get(key) ?? 0) + 1);
          capitalisedForms.set(phraseId, forms);
        }
      }
      if (writtenAsFirst(tables, phraseId, from, end)) firstCounts[phraseId]++;
      else {
        const forms = surfaces[phraseId];
        const surface = end - from === 1 ? surfaceOf(from) : joinedSurfaces(from, end);
        forms.others ??= new Map();
        forms.others.set(surface, (forms.others.get(surface) ?? 0) + 1);
      }
    };
    /** Counts one occurrence of a content word's stem in the current document. */
    const count = (stem: number) => {
      if (stem >= wordScratch.length) wordScratch = grownTo(wordScratch, words.stemCount());
      if (wordScratch[stem]++ === 0) touched.push(stem);
    };
    const emitRun = (first: number, end: number) => {
      graphWords.append(units.stems, units.stemStarts[first], units.stemStarts[end]);
      addCandidate(first, end, 1, first === 0);
      if (subPhrases) for (let k = first + 1; k < end; k++) addCandidate(k, end, subPhraseWeight, false);
    };
    for (let d = 0; d < docs.sentenceStarts.length; d++) {
      const sentenceStarts = docs.sentenceStarts[d];
      const titleCase = docs.titleCase[d];
      const docAcronyms = docs.acronymsOf(d);
      const candidateStart = candidatePhrases.length;
      position = 0;
      for (sentenceIndex = 0; sentenceIndex + 1 < sentenceStarts.length; sentenceIndex++) {
        const start = sentenceStarts[sentenceIndex];
        const end = sentenceStarts[sentenceIndex + 1];
        reader.read(start, end, docAcronyms);
        countsCase = sentenceIndex > 0 || !titleCase;
        // Content words: every unit's stems but a punctuation token's or a break word's (a merged unit, a multiword
        // term or an expanded acronym, is never a break: see UnitReader).
        const { kinds, forms, tags, stemStarts, stems } = units;
        for (let u = 0; u < units.length; u++) {
          if (kinds[u] === TOKEN_UNIT && (tags[u] === punctTag || isBreakForm[forms[u]] === 1)) continue;
          for (let k = stemStarts[u]; k < stemStarts[u + 1]; k++) count(stems[k]);
        }
        chunker.chunk(units, emitRun);
        position += end - start;
      }
      const candidateEnd = candidatePhrases.length;
      for (let entry = candidateStart; entry < candidateEnd; entry++) entryOf[candidatePhrases.array[entry]] = 0;
      for (const stem of touched) {
        allWordIds.push(stem);
        allWordCounts.push(wordScratch[stem]);
        wordScratch[stem] = 0;
      }
      touched.length = 0;
      documentEnds.set([candidateEnd, allWordIds.length, graphWords.length, Math.max(1, position)], 4 * d);
    }
    for (let entry = 0; entry < candidatePhrases.length; entry++) {
      const phraseId = candidatePhrases.array[entry];
      if (firstCounts[phraseId] === 0) continue;
      surfaces[phraseId].count += firstCounts[phraseId];
      firstCounts[phraseId] = 0;
    }
    const none = new Int32Array(0);
    return {
      phraseKeys: into ? [] : keys,
      phraseStemStarts: into ? new Int32Array(1) : stemStarts.done(),
      phraseStems: into ? none : phraseStemTable.done(),
      phraseDf: into ? [] : phraseDf,
      surfaces: into ? [] : surfaces,
      phraseInnerUses: into ? none : innerUses.done(),
      capitalisedForms: into ? new Map() : capitalisedForms,
      candidates: { phraseIds: candidatePhrases.done(), counts: candidateCounts.done(), first: candidateFirst.done(), inTitle: candidateInTitle.done() },
      direct: into !== undefined,
      documentEnds,
      wordIds: allWordIds.done(),
      wordCounts: allWordCounts.done(),
      graphWords: graphWords.done(),
    };
  };
}

/** A slice's typed arrays, which a worker transfers rather than copies. */
export function sliceBuffers(slice: CandidateSlice): ArrayBuffer[] {
  const { candidates } = slice;
  return [
    slice.phraseStemStarts, slice.phraseStems, slice.phraseInnerUses, candidates.phraseIds, candidates.counts, candidates.first, candidates.inTitle,
    slice.documentEnds, slice.wordIds, slice.wordCounts, slice.graphWords,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** Each document's part of the merged tables (its AnalysedDocument but for its id and sentences). */
export type CollectedDocument = Omit<AnalysedDocument, 'id' | 'sentenceStarts'>;

/** The merged slices: what CorpusAnalysis holds of pass 2 (its fields, documented there). */
export type CollectedCandidates = Pick<
  CorpusAnalysis,
  | 'candidates'
  | 'phraseIds'
  | 'phraseKeys'
  | 'phraseStemStarts'
  | 'phraseStems'
  | 'phraseDf'
  | 'wordDf'
  | 'documentWords'
  | 'surfaces'
  | 'phraseInnerUses'
  | 'capitalisedForms'
> & { documents: CollectedDocument[] };

/**
 * Merges the slices of a corpus, given in corpus order, into what one pass over all of it collects: phrase ids
 * renumbered by first occurrence in the corpus (a slice's new phrases come after those of the slices before it, in its
 * own order), each phrase's first written form the first slice's, counts and document frequencies summed, documents'
 * entries in order. Each slice costs work per distinct phrase (a walk of the merged phrase trie by its stem ids) and a
 * pass over its candidate entries, so a thread can merge slices as they come in. A lone slice is taken as it is.
 */
export class CandidateMerger {
  private readonly slices: CandidateSlice[] = [];
  /** The first slice while it is the only one: taken as it is if no other comes. */
  private pending: CandidateSlice | null = null;
  /** The corpus' phrase tables, once a second slice comes (or one is collected straight into them). */
  private merged: PhraseTables | null = null;
  /** In how many documents each stem occurs, in the slices merged so far. */
  private wordDf: Int32Array;

  constructor(private readonly words: Pick<CandidateWords, 'stemCount'>) {
    this.wordDf = new Int32Array(words.stemCount());
  }

  private countWords(wordIds: Int32Array): void {
    for (let k = 0; k < wordIds.length; k++) {
      const stem = wordIds[k];
      if (stem >= this.wordDf.length) this.wordDf = grownTo(this.wordDf, this.words.stemCount());
      this.wordDf[stem]++;
    }
  }

  /** The corpus' phrase tables, holding every slice added so far: the next slice may be collected into them. */
  tables(): PhraseTables {
    if (this.merged === null) {
      this.merged = newPhraseTables(new Map());
      if (this.pending !== null) this.absorb(this.pending, this.merged);
      this.pending = null;
    }
    return this.merged;
  }

  /** The next slice in corpus order (one collected into `tables()` when they held every slice before it). */
  add(slice: CandidateSlice): void {
    this.slices.push(slice);
    if (slice.direct) this.countWords(slice.wordIds);
    else if (this.merged === null && this.slices.length === 1) this.pending = slice;
    else this.absorb(slice, this.tables());
  }

  done(): CollectedCandidates {
    const { slices } = this;
    const single = this.merged === null;
    const [wordIds, wordCounts, graphWords] = single && slices.length === 1 ? [slices[0].wordIds, slices[0].wordCounts, slices[0].graphWords] : concatenated(slices);
    const candidates = single && slices.length === 1 ? slices[0].candidates : concatenatedTables(slices);
    let phrases: Pick<CandidateSlice, 'phraseKeys' | 'phraseStemStarts' | 'phraseStems' | 'phraseDf' | 'surfaces' | 'phraseInnerUses' | 'capitalisedForms'>;
    let phraseIds: Map<string, number>;
    if (single) {
      // One slice (or none): its tables are the corpus'.
      phrases = slices[0] ?? emptySlice();
      phraseIds = new Map();
      phrases.phraseKeys.forEach((key, id) => phraseIds.set(key, id));
      this.countWords(wordIds);
    } else {
      const merged = this.merged!;
      phrases = {
        phraseKeys: merged.keys,
        phraseStemStarts: merged.stemStarts.done(),
        phraseStems: merged.stems.done(),
        phraseDf: merged.df,
        surfaces: merged.surfaces,
        phraseInnerUses: merged.innerUses.done(),
        capitalisedForms: merged.capitalisedForms,
      };
      phraseIds = merged.ids!;
    }
    const wordDf = this.wordDf;
    const documents: CollectedDocument[] = [];
    let [candidateStart, wordStart, graphStart] = [0, 0, 0];
    let base = [0, 0, 0];
    for (const slice of slices) {
      const ends = slice.documentEnds;
      for (let at = 0; at < ends.length; at += 4) {
        const [candidateEnd, wordEnd, graphEnd] = [base[0] + ends[at], base[1] + ends[at + 1], base[2] + ends[at + 2]];
        documents.push({
          tokenCount: ends[at + 3],
          candidateStart,
          candidateEnd,
          wordIds: wordIds.subarray(wordStart, wordEnd),
          wordCounts: wordCounts.subarray(wordStart, wordEnd),
          graphWords: graphWords.subarray(graphStart, graphEnd),
        });
        [candidateStart, wordStart, graphStart] = [candidateEnd, wordEnd, graphEnd];
      }
      base = [candidateStart, wordStart, graphStart];
    }
    const { phraseKeys, phraseStemStarts, phraseStems, phraseDf, surfaces, phraseInnerUses, capitalisedForms } = phrases;
    return { documents, candidates, phraseIds, phraseKeys, phraseStemStarts, phraseStems, phraseDf, wordDf, documentWords: { wordIds, wordCounts, graphWords }, surfaces, phraseInnerUses, capitalisedForms };
  }

  /** A slice's phrases merged into the corpus' tables, and its candidate entries given the corpus' phrase ids. */
  private absorb(slice: CandidateSlice, merged: PhraseTables): void {
    const { trie } = merged;
    const { phraseStemStarts: starts, phraseStems: stems } = slice;
    const global = new Int32Array(slice.phraseKeys.length);
    for (let p = 0; p < global.length; p++) {
      let node = 0;
      for (let k = starts[p]; k < starts[p + 1]; k++) node = trie.step(node, stems[k]);
      let id = trie.phraseOf[node];
      if (id < 0) {
        // New to the corpus: the slice's entry is the corpus' so far (its first written form is the corpus' first).
        id = merged.keys.length;
        trie.phraseOf[node] = id;
        merged.keys.push(slice.phraseKeys[p]);
        merged.ids!.set(slice.phraseKeys[p], id);
        for (let k = starts[p]; k < starts[p + 1]; k++) merged.stems.push(stems[k]);
        merged.stemStarts.push(merged.stems.length);
        merged.df.push(slice.phraseDf[p]);
        merged.surfaces.push(slice.surfaces[p]);
        merged.firstFormStarts.push(merged.firstForms.length);
        merged.innerUses.push(slice.phraseInnerUses[p]);
      } else {
        merged.df[id] += slice.phraseDf[p];
        addSurfaces(merged.surfaces[id], slice.surfaces[p]);
        merged.innerUses.array[id] += slice.phraseInnerUses[p];
      }
      global[p] = id;
    }
    for (const [p, forms] of slice.capitalisedForms) {
      const id = global[p];
      const known = merged.capitalisedForms.get(id);
      if (known === undefined) merged.capitalisedForms.set(id, forms);
      else for (const [form, count] of forms) known.set(form, (known.get(form) ?? 0) + count);
    }
    const phraseIds = slice.candidates.phraseIds;
    for (let k = 0; k < phraseIds.length; k++) phraseIds[k] = global[phraseIds[k]];
    this.countWords(slice.wordIds);
  }
}

function emptySlice(): CandidateSlice {
  const none = new Int32Array(0);
  return {
    phraseKeys: [], phraseStemStarts: new Int32Array(1), phraseStems: none, phraseDf: [], surfaces: [], phraseInnerUses: none, capitalisedForms: new Map(),
    candidates: { phraseIds: none, counts: new Float64Array(0), first: none, inTitle: new Uint8Array(0) },
    direct: false,
    documentEnds: none, wordIds: none, wordCounts: none, graphWords: none,
  };
}

function concatenatedTables(slices: CandidateSlice[]): CandidateTable {
  let entries = 0;
  for (const slice of slices) entries += slice.candidates.phraseIds.length;
  const table: CandidateTable = { phraseIds: new Int32Array(entries), counts: new Float64Array(entries), first: new Int32Array(entries), inTitle: new Uint8Array(entries) };
  let at = 0;
  for (const { candidates } of slices) {
    table.phraseIds.set(candidates.phraseIds, at);
    table.counts.set(candidates.counts, at);
    table.first.set(candidates.first, at);
    table.inTitle.set(candidates.inTitle, at);
    at += candidates.phraseIds.length;
  }
  return table;
}

/**
 * A later slice's written forms of a phrase added to the corpus' so far. A form is counted as the first one exactly
 * when it is written alike (see isWrittenAs), so the slice's first form goes to the corpus' first or to its others;
 * forms new to the corpus are added in the order the slice met them, as one pass would have.
 */
function addSurfaces(into: SurfaceCounts, from: SurfaceCounts): void {
  const add = (form: string, count: number) => {
    if (form === into.first) into.count += count;
    else {
      into.others ??= new Map();
      into.others.set(form, (into.others.get(form) ?? 0) + count);
    }
  };
  if (from.count > 0) add(from.first, from.count);
  for (const [form, count] of from.others ?? []) add(form, count);
}

function concatenated(slices: CandidateSlice[]): [Int32Array, Int32Array, Int32Array] {
  const join = (part: (slice: CandidateSlice) => Int32Array) => {
    let length = 0;
    for (const slice of slices) length += part(slice).length;
    const all = new Int32Array(length);
    let at = 0;
    for (const slice of slices) {
      all.set(part(slice), at);
      at += part(slice).length;
    }
    return all;
  };
  return [join((slice) => slice.wordIds), join((slice) => slice.wordCounts), join((slice) => slice.graphWords)];
}

/** A number per distinct string of `displays` (by index: equal strings, equal numbers). */
function displayIdsOf(displays: string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(displays, (display) => {
    let id = ids.get(display);
    if (id === undefined) ids.set(display, (id = ids.size));
    return id;
  });
}

/** Whether the surface ids `ids[at .. to)` are all tokens' (see candidateCollector's surfaceIdOf). */
function tokenIds(ids: Int32Array, at: number, to: number): boolean {
  for (let k = at; k < to; k++) if (ids[k] < 0) return false;
  return true;
}
