// Acronyms a corpus defines: one entry per idea, ambiguous ones kept apart, and the acronym that names each expansion.
import type { CorpusAnalysis } from './corpus';
import { STOPWORDS, type WordTable } from '../text';

export interface AcronymEntry {
  acronym: string;
  /** Concept key of the expansion. */
  key: string;
  /** Interned stem ids of `key`. */
  stemIds: number[];
  /** Most frequent written long form. */
  expansion: string;
  /** How many definitions in the corpus used this acronym for this key. */
  count: number;
}

/**
 * Group the expansions one acronym is defined with into ideas, most used first: two expansions are one idea when
 * they share a content word ("large language model" and "large language models", "RL from human feedback" and
 * "reinforcement learning from human feedback" are one; "degrees of freedom" and "depth of field" share none: two).
 */
function groupExpansions(byKey: Map<string, { count: number }>): string[][] {
  const content = (key: string) => new Set(key.split(' ').filter((stem) => !STOPWORDS.has(stem)));
  const groups: { words: Set<string>; keys: string[] }[] = [];
  const ordered = [...byKey].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
  for (const key of ordered) {
    const words = content(key);
    const group = groups.find((g) => {
      for (const w of words) if (g.words.has(w)) return true;
      return false;
    });
    if (group) group.keys.push(key);
    else groups.push({ words, keys: [key] });
  }
  return groups.map((g) => g.keys);
}

/** "Mixture-of-Experts" reads as "Mixture of Experts" in a label: hyphens around inner stopwords become spaces. */
function tidyExpansion(expansion: string): string {
  return expansion
    .split(/\s+/)
    .map((word) => {
      const parts = word.split('-');
      return parts.some((p) => STOPWORDS.has(p.toLowerCase())) ? parts.join(' ') : word;
    })
    .join(' ');
}

/** The acronym that names each expansion key: the most often defined one ("MoE" over a one-off "MOE"). */
export function acronymsByKey(analysis: CorpusAnalysis): Map<string, AcronymEntry> {
  const byKey = new Map<string, AcronymEntry>();
  const ordered = [...analysis.acronyms.values(), ...analysis.ambiguousAcronyms].sort(
    (a, b) => b.count - a.count || (a.acronym < b.acronym ? -1 : a.acronym > b.acronym ? 1 : 0),
  );
  for (const entry of ordered) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  return byKey;
}

/** Expansions defined for each acronym, with their counts and written forms, as the tagging pass collects them. */
export type ExpansionsByAcronym = Map<string, Map<string, { count: number; surfaces: Map<string, number> }>>;

/**
 * One entry per acronym the corpus defines for one idea, one per idea for the ambiguous ones, and the reading each
 * document gives them (`definedIn`: document index → acronym → expansion key it defines).
 */
export function resolveAcronyms(
  expansionsByAcronym: ExpansionsByAcronym,
  definedIn: Map<number, Map<string, string>>,
  words: WordTable,
): {
  acronyms: Map<string, AcronymEntry>;
  ambiguousAcronyms: AcronymEntry[];
  acronymsOf: (docIndex: number) => Map<string, AcronymEntry>;
  readingsOf: (docIndex: number) => [string, number][] | null;
} {
  const acronyms = new Map<string, AcronymEntry>();
  const ambiguousAcronyms: AcronymEntry[] = [];
  const ambiguousByKey = new Map<string, Map<string, AcronymEntry>>(); // acronym → any expansion key → its idea's entry
  for (const [acronym, byKey] of expansionsByAcronym) {
    const ideas = groupExpansions(byKey);
    const entries = ideas.map((keys) => {
      const [key, best] = keys.map((k) => [k, byKey.get(k)!] as const)[0];
      const count = keys.reduce((sum, k) => sum + byKey.get(k)!.count, 0);
      const expansion = [...best.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      return { entry: { acronym, key, stemIds: key.split(' ').map((stem) => words.stemId(stem)), expansion: tidyExpansion(expansion), count }, keys };
    });
    if (entries.length === 1) {
      acronyms.set(acronym, entries[0].entry);
      continue;
    }
    const byExpansion = new Map<string, AcronymEntry>();
    for (const { entry, keys } of entries) {
      ambiguousAcronyms.push(entry);
      for (const key of keys) byExpansion.set(key, entry);
    }
    ambiguousByKey.set(acronym, byExpansion);
  }
  const ambiguousIndex = new Map(ambiguousAcronyms.map((entry, index) => [entry, index]));
  /** A document's own readings of ambiguous acronyms, each as the acronym and its idea's index in ambiguousAcronyms
   * (null: none), in the order the document defines them. */
  const readingsOf = (docIndex: number): [string, number][] | null => {
    const own = definedIn.get(docIndex);
    if (!own || ambiguousByKey.size === 0) return null;
    let readings: [string, number][] | null = null;
    for (const [acronym, key] of own) {
      const entry = ambiguousByKey.get(acronym)?.get(key);
      if (entry) (readings ??= []).push([acronym, ambiguousIndex.get(entry)!]);
    }
    return readings;
  };
  /** The acronyms a document's units expand: the corpus' unambiguous ones plus its own reading of ambiguous ones. */
  const acronymsOf = (docIndex: number): Map<string, AcronymEntry> => withReadings(acronyms, ambiguousAcronyms, readingsOf(docIndex));

  return { acronyms, ambiguousAcronyms, acronymsOf, readingsOf };
}

/** The acronyms a document expands, given its readings of ambiguous ones (see resolveAcronyms' readingsOf): the same
 * map in a thread that was sent the corpus' acronyms and the readings. */
export function withReadings(acronyms: Map<string, AcronymEntry>, ambiguousAcronyms: AcronymEntry[], readings: [string, number][] | null): Map<string, AcronymEntry> {
  if (readings === null) return acronyms;
  const local = new Map(acronyms);
  for (const [acronym, index] of readings) local.set(acronym, ambiguousAcronyms[index]);
  return local;
}
