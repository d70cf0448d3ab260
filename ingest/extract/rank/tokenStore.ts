// The tagged tokens of a whole corpus in flat typed arrays, and the builder that appends tagged sentences to them.
import type { WordType } from '../text';
import { grownTo } from './growable';

/**
 * The tagged tokens of a whole corpus, flat: one form index and one tag code per token, documents holding offsets.
 * Kept compact for speed: as one Token object per occurrence, 20k papers retained ~5 million small objects from
 * tagging to the end of extraction, and the garbage collector re-marked them all on every major collection.
 */
export interface TokenStore {
  /** Index into `types` of each token's written form. */
  forms: Int32Array;
  /** Index into `tagNames` of each token's tag. */
  tags: Uint16Array;
  /** The corpus' distinct written forms, in order of first occurrence. */
  types: WordType[];
  tagNames: string[];
}

/** Appends tagged tokens to growing typed arrays and returns the TokenStore at the end. */
export class TokenStoreBuilder {
  private forms = new Int32Array(1 << 16);
  private tags = new Uint16Array(1 << 16);
  length = 0;
  private types: WordType[] = [];
  /** Form index + 1 by WordType id (ids are global and only grow); 0 means not met in this corpus yet. */
  private formOf = new Int32Array(1 << 12);
  private tagNames: string[] = [];
  /** The store's tag code + 1 by the word table's tag code (0: not met in this corpus yet): the store numbers tags as
   * first met, as it did when it was given tag names. */
  private tagCodes = new Int32Array(64);

  /** `tableTags`: the word table's tag names by code (see WordTable.tagNames), which `push` is given codes of. */
  constructor(private readonly tableTags: readonly string[]) {}

  /** Makes room for `count` more tokens, so that `push` need not check. */
  reserve(count: number): void {
    if (this.length + count <= this.forms.length) return;
    const size = Math.max(this.forms.length * 2, this.length + count);
    const forms = new Int32Array(size);
    forms.set(this.forms);
    this.forms = forms;
    const tags = new Uint16Array(size);
    tags.set(this.tags);
    this.tags = tags;
  }

  /** Appends one token, its tag given as the table's code (room made by `reserve`): a caller reading each token for
   * other reasons stores it in the same pass. */
  push(type: WordType, tableTag: number): void {
    if (type.id >= this.formOf.length) this.formOf = grownTo(this.formOf, type.id + 1);
    let form = this.formOf[type.id] - 1;
    if (form < 0) {
      form = this.types.length;
      this.types.push(type);
      this.formOf[type.id] = form + 1;
    }
    if (tableTag >= this.tagCodes.length) this.tagCodes = grownTo(this.tagCodes, tableTag + 1);
    let tag = this.tagCodes[tableTag] - 1;
    if (tag < 0) {
      tag = this.tagNames.length;
      this.tagNames.push(this.tableTags[tableTag]);
      this.tagCodes[tableTag] = tag + 1;
    }
    this.forms[this.length] = form;
    this.tags[this.length] = tag;
    this.length++;
  }

  /** The store. Its forms live in shared memory: worker threads are sent them (paper work and candidates, see
   * extractionThreads.ts) and read them in place, where a copy of 4 million tokens' cost the sending thread ~0.1 s
   * while the others waited. (Tags are put there only when workers collect candidates: see sharedTags.) */
  build(): TokenStore {
    const forms = new Int32Array(new SharedArrayBuffer(this.length * Int32Array.BYTES_PER_ELEMENT));
    forms.set(this.forms.subarray(0, this.length));
    return { forms, tags: this.tags.slice(0, this.length), types: this.types, tagNames: this.tagNames };
  }
}

/** The interned stem ids of every form of a store, flat: form f's are stems[starts[f] .. starts[f + 1]). */
export interface FormStems {
  starts: Int32Array;
  stems: Int32Array;
}

const formStemsByStore = new WeakMap<TokenStore, FormStems>();

/**
 * Each form's stem ids (type.stemIds; none for punctuation) as one table per store, built once. Passes over every
 * token read these instead of each token's WordType: the types are scattered objects, and following one per token in
 * several passes over millions of tokens cost more in cache misses than the work done with what was read.
 */
export function formStemsOf(store: TokenStore): FormStems {
  let table = formStemsByStore.get(store);
  if (!table) {
    table = formTable(store, (type) => type.stemIds);
    formStemsByStore.set(store, table);
  }
  return table;
}

/** A FormStems table of the given stem ids of each form. */
export function formTable(store: TokenStore, stemsOf: (type: WordType) => readonly number[] | null): FormStems {
  const starts = new Int32Array(store.types.length + 1);
  const all: number[] = [];
  store.types.forEach((type, form) => {
    starts[form] = all.length;
    for (const stem of stemsOf(type) ?? []) all.push(stem);
  });
  starts[store.types.length] = all.length;
  return { starts, stems: Int32Array.from(all) };
}

/** A store's tags in shared memory (a copy made once per store, when worker threads are to read them in place). */
export function sharedTags(store: TokenStore): Uint16Array {
  if (store.tags.buffer instanceof SharedArrayBuffer) return store.tags;
  let shared = sharedTagsByStore.get(store);
  if (shared === undefined) {
    shared = new Uint16Array(new SharedArrayBuffer(store.tags.length * Uint16Array.BYTES_PER_ELEMENT));
    shared.set(store.tags);
    sharedTagsByStore.set(store, shared);
  }
  return shared;
}

const sharedTagsByStore = new WeakMap<TokenStore, Uint16Array>();
