// HTML character references that database exports leave in plain text fields.
import domino from '@mixmark-io/domino';

/** Distinct names remembered; a hostile file cannot grow the cache past this. */
const MAX_CACHED_NAMES = 2000;
const namedEntityCache = new Map<string, string | null>();
let entityDocument: Document | null = null;

/**
 * The text of an HTML named character reference (`ouml` → "ö", `odblac` → "ő"), or null when HTML has no such name.
 * HTML names over two thousand of them; domino (turndown's DOM, already a dependency) holds the table, so one
 * reference is decoded by its parser rather than by a copied list. HTML's legacy rule decodes a known prefix
 * without its `;` (`&copyright;` → "©right;"): only a reference read whole, `;` included, counts.
 */
export function namedEntity(name: string): string | null {
  const cached = namedEntityCache.get(name);
  if (cached !== undefined) return cached;
  entityDocument ??= domino.createDocument('');
  const element = entityDocument.createElement('span');
  element.innerHTML = `&${name};`;
  const text = element.textContent ?? '';
  // A reference is one or two characters; the name left as written, or a prefix read without its `;`, is not one.
  const decoded = text === '' || text.includes(';') || [...text].length > 2 ? null : text;
  if (namedEntityCache.size < MAX_CACHED_NAMES) namedEntityCache.set(name, decoded);
  return decoded;
}

/** `& ouml;`: a named reference with a space after its `&` (and the space before it, if any). */
const SPACED_ENTITY = /( ?)&\s([a-z][a-z0-9]{1,31});/gi;

/**
 * Web of Science and Scopus write the accented letters of some abstracts and titles as HTML references with spaces
 * around the `&` ("Schr & ouml;dinger", "Szeg & odblac;-type"): each one HTML knows is put back, a letter into the
 * word it splits ("Schrödinger"), anything else ("& amp;") in its place with the space before it. "R & D;" or
 * "Sales & Marketing;" name no reference and stay as written.
 */
export function repairSpacedEntities(text: string): string {
  if (!text.includes('& ')) return text;
  return text.replace(SPACED_ENTITY, (whole, space: string, name: string, offset: number) => {
    const decoded = namedEntity(name);
    if (decoded === null) return whole;
    const insideWord = /^\p{L}/u.test(decoded) && /\p{L}$/u.test(text.slice(Math.max(0, offset - 1), offset));
    return insideWord ? decoded : space + decoded;
  });
}
