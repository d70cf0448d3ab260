// One sentence of the token store as phrase units in reusable typed arrays: multiword terms merged, acronyms expanded.
import type { AcronymEntry } from './acronymTable';
import type { WordType } from '../text';
import { grownTo } from './growable';
import type { FormStems, TokenStore } from './tokenStore';

/** Multiword terms with inner stopwords that the corpus writes as a unit ("mixture of experts"), by first stem. */
export type PhraseIndex = Map<number, number[][]>;

/** A token of the store standing for itself. */
export const TOKEN_UNIT = 0;
/** An acronym standing for its expansion: it keeps its token's form (its lexical facts) and takes the expansion's stems. */
export const ACRONYM_UNIT = 1;
/** A multiword term written as one unit: several tokens, no form of its own. */
export const TERM_UNIT = 2;

/**
 * A sentence's units, unit u at index u of each array: pass 2 reads a phrase as a range of unit indices, its stems as
 * one range of `stems`. Kept as typed arrays reused from one sentence to the next: as one Token object per token and an
 * array per sentence, pass 2 spent more in reading those objects than in the work done with what it read.
 */
export interface SentenceUnits {
  length: number;
  /** TOKEN_UNIT, ACRONYM_UNIT or TERM_UNIT. */
  kinds: Uint8Array;
  /** The store's form of a token or an acronym unit (-1 for a multiword term). */
  forms: Int32Array;
  /** The store's tag code of a token unit (0 for a merged one, which is a noun whatever its tag). */
  tags: Uint16Array;
  /** Unit u's stem ids are stems[stemStarts[u] .. stemStarts[u + 1]). */
  stemStarts: Int32Array;
  stems: Int32Array<ArrayBuffer>;
  /** A merged unit's display form (stale at other units' indices: a token's is its WordType's `display`). */
  surfaces: string[];
}

/**
 * Reads sentences of one store into a SentenceUnits, reused (each read overwrites the last), with the per-form tables
 * made once: the forms that may merge with others or expand (a multiword term's first word, a defined acronym; most
 * tokens are neither and are copied as they are, their WordTypes unread) and each form's stem ids.
 */
export class UnitReader {
  readonly units: SentenceUnits = {
    length: 0,
    kinds: new Uint8Array(64),
    forms: new Int32Array(64),
    tags: new Uint16Array(64),
    stemStarts: new Int32Array(65),
    stems: new Int32Array(256),
    surfaces: [],
  };
  private readonly mayMerge: Uint8Array;
  private readonly formStems: FormStems;
  /** By form: its whole stem id (WordType.stemId), -1 for punctuation: what a multiword term's words are matched by. */
  private readonly wholeStems: Int32Array;
  /** By form: the multiword terms it opens, longest first (see PhraseIndex), none for most. */
  private readonly phrasesOf: (number[][] | undefined)[];
  /** By form: the corpus acronym it expands in a document that reads no ambiguous acronym its own way (null: none). */
  private readonly corpusAcronymOf: (AcronymEntry | null)[];

  constructor(
    private readonly store: TokenStore,
    formStems: FormStems,
    phrases: PhraseIndex,
    /** The corpus' acronyms (see resolveAcronyms): a document's map is this one unless it reads an ambiguous one. */
    private readonly corpusAcronyms: Map<string, AcronymEntry>,
    /** Every acronym text any document may expand. */
    acronymTexts: ReadonlySet<string>,
  ) {
    this.formStems = formStems;
    const { types } = store;
    this.wholeStems = Int32Array.from(types, (type) => (type.punct ? -1 : type.stemId));
    this.phrasesOf = types.map((type) => (type.punct ? undefined : phrases.get(type.stemId)));
    this.mayMerge = Uint8Array.from(types, (type, form) =>
      this.phrasesOf[form] !== undefined || (mayBeAcronym(type) && (acronymTexts.has(type.text) || acronymTexts.has(type.acronymForm!))) ? 1 : 0,
    );
    this.corpusAcronymOf = types.map((type, form) => (this.mayMerge[form] === 1 ? acronymIn(corpusAcronyms, type) : null));
  }

  /** Tokens [start, end) of the store (one sentence) as units, the acronyms of `acronyms` expanded. */
  read(start: number, end: number, acronyms: Map<string, AcronymEntry>): SentenceUnits {
    const units = this.units;
    if (end - start > units.kinds.length) this.reserveUnits(end - start);
    const { forms, tags } = this.store;
    const { starts: formStarts, stems: formStems } = this.formStems;
    const mayMerge = this.mayMerge;
    const { kinds, forms: unitForms, tags: unitTags, stemStarts } = units;
    let stems = units.stems;
    let n = 0;
    let at = 0;
    for (let i = start; i < end; i++) {
      const form = forms[i];
      stemStarts[n] = at;
      if (mayMerge[form] === 1) {
        const length = this.mergedAt(i, end, form, acronyms, n);
        if (length > 0) {
          const merged = this.mergedStems;
          if (at + merged.length > stems.length) stems = units.stems = grownTo(stems, at + merged.length);
          for (let k = 0; k < merged.length; k++) stems[at++] = merged[k];
          unitForms[n] = kinds[n] === TERM_UNIT ? -1 : form;
          unitTags[n] = 0;
          n++;
          i += length - 1;
          continue;
        }
      }
      const from = formStarts[form];
      const to = formStarts[form + 1];
      if (at + to - from > stems.length) stems = units.stems = grownTo(stems, at + to - from);
      for (let k = from; k < to; k++) stems[at++] = formStems[k];
      kinds[n] = TOKEN_UNIT;
      unitForms[n] = form;
      unitTags[n] = tags[i];
      n++;
    }
    stemStarts[n] = at;
    units.length = n;
    return units;
  }

  /** The stem ids of the unit mergedAt made last. */
  private mergedStems: readonly number[] = [];

  /**
   * Whether the token at `i` opens a merged unit: the longest known multiword term starting there, else an acronym of
   * the document. If so writes the unit's kind and surface at `n` and returns how many tokens it takes (0: none).
   */
  private mergedAt(i: number, end: number, form: number, acronyms: Map<string, AcronymEntry>, n: number): number {
    const { forms, types } = this.store;
    const phrases = this.phrasesOf[form];
    if (phrases !== undefined) {
      // Longest first (see addToPhraseIndex), so "mixture of lora experts" wins over "mixture of experts".
      for (const phrase of phrases) {
        if (i + phrase.length > end) continue;
        let ok = true;
        for (let j = 0; j < phrase.length && ok; j++) ok = this.wholeStems[forms[i + j]] === phrase[j];
        if (!ok) continue;
        const words: string[] = [];
        for (let j = 0; j < phrase.length; j++) words.push(types[forms[i + j]].display);
        this.units.kinds[n] = TERM_UNIT;
        this.units.surfaces[n] = words.join(' ');
        this.mergedStems = phrase;
        return phrase.length;
      }
    }
    const acronym = acronyms === this.corpusAcronyms ? this.corpusAcronymOf[form] : acronymIn(acronyms, types[form]);
    if (acronym) {
      this.units.kinds[n] = ACRONYM_UNIT;
      this.units.surfaces[n] = acronym.acronym;
      this.mergedStems = acronym.stemIds;
      return 1;
    }
    return 0;
  }

  private reserveUnits(count: number): void {
    const units = this.units;
    units.kinds = grownTo(units.kinds, count);
    units.forms = grownTo(units.forms, count);
    units.tags = grownTo(units.tags, count);
    units.stemStarts = grownTo(units.stemStarts, count + 1);
  }
}

/** Whether a form may stand for an acronym's expansion. "SOTA" stands for filler ("state of the art"): it stays a break
 * word rather than becoming a phrase. */
function mayBeAcronym(type: WordType): boolean {
  return type.acronymForm !== null && !type.isBreak;
}

/** The acronym of `acronyms` a form expands to, null for none. */
function acronymIn(acronyms: Map<string, AcronymEntry>, type: WordType): AcronymEntry | null {
  return mayBeAcronym(type) ? (acronyms.get(type.text) ?? acronyms.get(type.acronymForm!) ?? null) : null;
}
