// Methods: systems a paper introduces (the "Name:" prefix of its title) and known techniques from the vocabulary.
import { slugify } from '../../src/shared/keys';
import type { MethodInfo } from '../types';

/**
 * The name a title introduces, or null: the text before the first ": " when it is one word ("Glider",
 * "Chain-of-Experts", "Router-R1") or two words of which one is coined (inner capital, digit or hyphen: "Yuan 2.0-M32"),
 * at most 30 characters, starting with a capital or digit. "Mixture of Experts: A Survey" names no system.
 */
export function introducedName(title: string): string | null {
  const colon = title.indexOf(':');
  if (colon <= 0) return null;
  const name = title.slice(0, colon).trim();
  if (name.length < 2 || name.length > 30 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 2) return null;
  if (words.length === 2 && !words.some((w) => /[\p{N}-]/u.test(w) || /\p{Lu}/u.test(w.slice(1)))) return null;
  return name;
}

export function introducedMethodKey(name: string): string {
  return `method:${slugify(name)}`;
}

/** Introduced methods of a corpus, first paper wins when two titles name the same system. */
export function collectIntroducedMethods(papers: { key: string; title: string }[]): Map<string, MethodInfo> {
  const methods = new Map<string, MethodInfo>();
  for (const paper of papers) {
    const name = introducedName(paper.title);
    if (!name) continue;
    const key = introducedMethodKey(name);
    if (key === 'method:' || methods.has(key)) continue;
    methods.set(key, { key, label: name, aliases: [name], origin: 'introduced', introducedBy: paper.key });
  }
  return methods;
}
