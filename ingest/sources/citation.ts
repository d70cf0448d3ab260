// BibTeX/BibLaTeX and RIS readers: citation-js parses (LaTeX escapes, name lists, RIS tags) into CSL, mapped by csl.ts.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { cslItemToListing, type CslItem } from './csl';
import { lineAt, sourceName } from './text';

function parseWithCitationJs(text: string, forceType: string): CslItem[] {
  return plugins.input.chain(text, { forceType, generateGraph: false }) as CslItem[];
}

/**
 * Some exporters (PMLR) escape LaTeX twice (`\\textbackslash textit{x}`), so after decoding the command names remain
 * as literal text glued to their argument (`\\textitx`). Drop the names of formatting commands; keep everything else.
 */
function dropLiteralCommands(text: string): string {
  return text
    .replace(/\\(La)?TeX\b/g, '$1TeX')
    .replace(/\\(?:textit|textbf|texttt|textsc|textrm|emph|underline|url|href)(?=[\s\p{L}\p{N}])\s*/gu, '');
}

interface BibEntrySpan {
  type: string;
  start: number;
  end: number;
}

/** Where each BibTeX entry starts in the text, by key: citation-js gives no positions, so warnings need this. */
function locateBibEntries(text: string): Map<string, BibEntrySpan> {
  const spans = new Map<string, BibEntrySpan>();
  const starts = [...text.matchAll(/^[ \t]*@(\w+)\s*[{(]\s*([^,\s]+)\s*,/gm)];
  starts.forEach((match, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].index : text.length;
    if (!spans.has(match[2])) spans.set(match[2], { type: match[1].toLowerCase(), start: match.index, end });
  });
  return spans;
}

/**
 * Pure: BibTeX/BibLaTeX → entries. @proceedings records are volumes, not papers: papers that lack a year or venue
 * inherit them from their `crossref` parent (citation-js does this when the field is present) or, failing that,
 * from the file's only @proceedings entry (PMLR exports put the year there alone).
 */
export function parseBibtex(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const items = parseWithCitationJs(text, '@biblatex/text');
  const spans = locateBibEntries(text);
  const volumes = items.filter((item) => spans.get(String(item.id))?.type === 'proceedings');
  const volumeById = new Map(volumes.map((item) => [String(item.id), item]));
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  for (const item of items) {
    const span = spans.get(String(item.id));
    if (span?.type === 'proceedings') continue;
    const raw = span ? text.slice(span.start, span.end) : '';
    const titleOffset = span ? raw.search(/\btitle\s*=/i) : -1;
    const line = span ? lineAt(text, span.start + Math.max(titleOffset, 0)) : 1;
    const crossref = /\bcrossref\s*=\s*[{"]?\s*([^,}"\s]+)/i.exec(raw)?.[1];
    const parent = (crossref && volumeById.get(crossref)) || (volumes.length === 1 ? volumes[0] : undefined);
    const merged: CslItem = parent
      ? {
          ...item,
          issued: item.issued ?? parent.issued,
          'container-title': item['container-title'] ?? parent['container-title'] ?? parent.title,
          publisher: item.publisher ?? parent.publisher,
        }
      : item;
    const entry = cslItemToListing(merged, source, line);
    if (entry) entries.push({ ...entry, title: dropLiteralCommands(entry.title), abstract: dropLiteralCommands(entry.abstract) });
    else warnings.push({ file, line, reason: `BibTeX entry "${String(item.id)}" has no title; skipped` });
  }
  if (items.length === 0 && /@\w+\s*[{(]/.test(text)) {
    warnings.push({ file, line: 1, reason: 'no BibTeX entries could be parsed' });
  }
  return { entries, warnings };
}

/** Pure: RIS → entries. citation-js keeps record order, so the n-th record is the n-th `TY  -` line. */
export function parseRis(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const items = parseWithCitationJs(text, '@ris/file');
  const recordStarts = [...text.matchAll(/^TY {2}- /gm)].map((match) => match.index);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  items.forEach((item, index) => {
    const start = recordStarts[index] ?? 0;
    const end = recordStarts[index + 1] ?? text.length;
    const titleOffset = text.slice(start, end).search(/^(TI|T1|CT|BT) {2}- /m);
    const line = lineAt(text, start + Math.max(titleOffset, 0));
    const entry = cslItemToListing(item, source, line);
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `RIS record #${index + 1} has no title; skipped` });
  });
  return { entries, warnings };
}

export const bibtexReader: SourceReader = {
  format: 'bibtex',
  detect: (text, fileName) => /\.(bib|bibtex)$/i.test(fileName) || /^\s*@(article|inproceedings|proceedings|book|misc|incollection|phdthesis|techreport|online)\s*[{(]/im.test(text.slice(0, 5000)),
  read: parseBibtex,
};

export const risReader: SourceReader = {
  format: 'ris',
  detect: (text, fileName) => /\.ris$/i.test(fileName) || /^TY {2}- [A-Z]+\s*$/m.test(text.slice(0, 2000)),
  read: parseRis,
};
