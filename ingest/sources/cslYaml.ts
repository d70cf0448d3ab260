// CSL YAML reader (Pandoc bibliographies, Better BibTeX "Better CSL YAML"): the same CSL items as CSL-JSON, written
// as YAML — a `references:` list, alone or in a Markdown file's front matter, or a bare list of items. Parsed with the
// `yaml` package (eemeli/yaml), which gives every item's offsets, so each record and each problem gets its real line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { cslItemOf, cslItemToListing, type CslItem } from './csl';
import { sourceName } from './text';

/**
 * The YAML text of the file: all of it, or, when it opens with a `---` marker (a Markdown file's front matter, or a
 * YAML file written as one document), the first document only, up to its closing `---`/`...` line: what follows is
 * prose or another document. The part starts the file, so its lines are the file's lines.
 */
function yamlPart(text: string): string {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) return text;
  const end = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return end ? text.slice(0, 3 + end.index + 1) : text;
}

/** A CSL item's tell-tale keys: a title, and the fields every bibliography item has (author/editor, issued, type). */
const CSL_KEYS = /^[ \t]*(?:-[ \t]+)?(?:title|author|editor|issued|type|container-title|DOI)[ \t]*:/m;

/**
 * Cheap sniff: YAML (optionally front matter) whose first content is a `references:` list or a list of mappings, with
 * CSL keys in it. JSON is never CSL YAML here (its own reader takes it), nor is BibTeX or RIS (their lines never start
 * with `- key:`).
 */
function looksLikeCslYaml(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(head)) return false;
  const start = /^(?:---[ \t]*\r?\n)?(?:[ \t]*(?:#[^\n]*)?\r?\n)*(?:[\w-]+[ \t]*:[^\n]*\r?\n(?:[ \t]+[^\n]*\r?\n)*)*?references[ \t]*:[ \t]*\r?\n[ \t]*-[ \t]+[\w-]+[ \t]*:/;
  const bareList = /^(?:---[ \t]*\r?\n)?(?:[ \t]*(?:#[^\n]*)?\r?\n)*-[ \t]+[\w-]+[ \t]*:/;
  return (start.test(head) || bareList.test(head)) && /^[ \t]*(?:-[ \t]+)?title[ \t]*:/m.test(head) && CSL_KEYS.test(head);
}

/** The line (1-based) of an offset. */
function lineAt(lines: LineCounter, offset: number): number {
  return lines.linePos(offset).line;
}

/** The item's `title` key line when it has one, else the item's first line. */
function titleLine(item: YamlNode, lines: LineCounter): number {
  if (isMap(item)) {
    const pair = (item as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'title');
    const range = pair && isScalar(pair.key) ? pair.key.range : null;
    if (range) return lineAt(lines, range[0]);
  }
  return lineAt(lines, item.range?.[0] ?? 0);
}

/** Pure: CSL YAML text → records at their title's line; a broken or title-less item is a warning, the others are kept. */
export function parseCslYaml(text: string, file: string): ReadResult {
  const lines = new LineCounter();
  const doc = parseDocument(yamlPart(text), { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const warnings: IngestWarning[] = [];
  const source = sourceName(file);
  const contents = doc.contents;
  const list = isMap(contents) ? contents.get('references', true) : contents;
  if (!isSeq(list)) {
    const first = doc.errors[0];
    const line = first ? lineAt(lines, first.pos[0]) : 1;
    const why = first ? `YAML error: ${first.message.split('\n')[0]}` : 'no `references:` list of CSL items';
    return { entries: [], warnings: [{ file, line, reason: `not a CSL YAML bibliography (${why}); skipped` }] };
  }
  // Problems the parser found, by offset: an item that holds one is reported with it and skipped, as a broken BibTeX
  // entry is, because the parser's recovery may have read its fields wrongly; the other items are unaffected.
  const errors = doc.errors.map((error) => ({ offset: error.pos[0], message: error.message.split('\n')[0] }));
  const entries: RawListing[] = [];
  const claimed = new Set<number>();
  list.items.forEach((node, index) => {
    const item = node as YamlNode;
    const [from, to] = item.range ?? [0, 0];
    const inItem = errors.findIndex((error, e) => !claimed.has(e) && error.offset >= from && error.offset < Math.max(to, from + 1));
    if (inItem >= 0) {
      claimed.add(inItem);
      warnings.push({ file, line: lineAt(lines, errors[inItem].offset), reason: `CSL YAML item #${index + 1}: ${errors[inItem].message}; skipped` });
      return;
    }
    const line = titleLine(item, lines);
    if (!isMap(item)) {
      warnings.push({ file, line, reason: `CSL YAML item #${index + 1} is not a mapping of fields; skipped` });
      return;
    }
    const entry = cslItemToListing(cslItemOf(item.toJS(doc, { maxAliasCount: 100 }) as CslItem), source, line);
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `CSL YAML item #${index + 1} has no title; skipped` });
  });
  // Problems outside every item (between items, after the list) are reported too: nothing is dropped silently.
  errors.forEach((error, e) => {
    if (!claimed.has(e)) warnings.push({ file, line: lineAt(lines, error.offset), reason: `YAML error: ${error.message}` });
  });
  return { entries, warnings };
}

export const cslYamlReader: SourceReader = {
  format: 'csl-yaml',
  detect: (text) => looksLikeCslYaml(text),
  read: parseCslYaml,
};
