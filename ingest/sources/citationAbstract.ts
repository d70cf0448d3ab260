// An "abstract" that is the work's own citation line: some OpenAlex and Crossref records carry "Jacob Devlin, Ming-Wei
// Chang, Kenton Lee, Kristina Toutanova. Proceedings of the 2019 Conference of the North American Chapter of … 2019."
// where the abstract should be. Read as an abstract it makes concepts of the authors' names and the venue's words
// ("kenton lee", "north american chapter") and links unrelated papers that share an author; it says nothing the
// record's own author, venue and year fields do not.

/** Longest text taken for a citation line: a real abstract is longer than any author list plus venue. */
const MAX_WORDS = 120;

/** Characters read first for the opening test: more than any author's name words, however long. */
const OPENING_CHARS = 160;

/** Whether the text's first `name.length` words are the name's words, in any order. */
function opensWith(text: string[], name: string[]): boolean {
  const opening = new Set(text.slice(0, name.length));
  return name.every((word) => opening.has(word));
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((word) => word !== '');
}

/**
 * True when `abstract` opens with the record's first author's name and names its second author within its first
 * sentences, is short, and holds a year: the shape of a citation, never of an abstract (an abstract does not begin by
 * listing its own authors).
 */
export function isOwnCitationLine(abstract: string, authors: readonly string[]): boolean {
  if (authors.length < 2 || abstract === '') return false;
  const first = words(authors[0]);
  const second = words(authors[1]);
  if (first.length === 0 || second.length === 0) return false;
  // "Jacob Devlin, …" or "Devlin, Jacob, …": the first author's name words open the text, in either order. Tested first
  // on the text's first characters, which nearly every real abstract fails: splitting every abstract of a large
  // download into words cost more than the rest of this check (a cut word at the end of the slice is not used).
  const cut = abstract.length > OPENING_CHARS;
  const start = words(cut ? abstract.slice(0, OPENING_CHARS) : abstract);
  const known = cut ? start.slice(0, -1) : start;
  if (known.length >= first.length && !opensWith(known, first)) return false;
  const text = words(abstract);
  if (text.length > MAX_WORDS || !/\b(?:1[89]|20)\d{2}\b/.test(abstract)) return false;
  if (!opensWith(text, first)) return false;
  const head = new Set(text.slice(0, 40));
  return second.every((word) => head.has(word));
}
