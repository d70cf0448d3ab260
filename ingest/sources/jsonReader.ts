// The shape of readers that take an already-loaded JSON document, so a file is parsed once for detection and reading.
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { classifyJson, looksLikeJson } from './detect';
import { isObject, loadJson, type JsonDocument } from './jsonRecords';
import { sourceName } from './text';

/** A reader of a JSON format: `readJson` gets the parsed document (with record lines); problems are added by the caller. */
export interface JsonSourceReader extends SourceReader {
  readJson(doc: JsonDocument, file: string): ReadResult;
}

export function isJsonSourceReader(reader: SourceReader): reader is JsonSourceReader {
  return typeof (reader as Partial<JsonSourceReader>).readJson === 'function';
}

/** Warnings for what loading recovered from (a broken JSON Lines line, the break of a truncated file). */
export function loadProblemWarnings(doc: JsonDocument, file: string): IngestWarning[] {
  return doc.problems.map((problem) => ({ file, line: problem.line, reason: problem.reason }));
}

/** Pure: load a JSON text and read it with `readJson`; a file that is not JSON at all is one warning. */
export function readJsonFile(text: string, file: string, readJson: (doc: JsonDocument, file: string) => ReadResult): ReadResult {
  const load = loadJson(text);
  if (!load.ok) return { entries: [], warnings: [{ file, line: load.line, reason: `not valid JSON (${load.reason}); skipped` }] };
  const result = readJson(load, file);
  return { entries: result.entries, warnings: [...loadProblemWarnings(load, file), ...result.warnings] };
}

/**
 * `detect` of a JSON reader: the text is JSON and `classifyJson` files its records under `format`. (The dispatch in
 * `index.ts` loads a JSON file once and classifies it itself; this serves callers that ask one reader directly.)
 */
export function isJsonOfFormat(text: string, format: string): boolean {
  if (!looksLikeJson(text)) return false;
  const load = loadJson(text);
  return load.ok && classifyJson(load.data).format === format;
}

/** A JSON format of one kind of record, read by readJsonRecords. */
export interface JsonRecordFormat {
  /** The summary name (`classifyJson` files its documents under it). */
  format: string;
  /** The record as a warning names it ("DataCite record", "schema.org work") and what a skipped one lacks ("title"). */
  recordName: string;
  missing: string;
  /** The document's records (one record, a list, or the list a wrapper holds). */
  recordsOf(data: unknown): unknown[];
  /** A record as an entry, or null when it has nothing to be one by (no title). */
  toListing(record: Record<string, unknown>, source: string, line: number): RawListing | null;
}

/** Pure: a loaded document → one entry per record; a record that gives none is a warning with its line. */
export function readJsonRecords(doc: JsonDocument, file: string, format: JsonRecordFormat): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const records = format.recordsOf(doc.data);
  records.forEach((record, index) => {
    const line = doc.lineOfElement(records, index) ?? doc.lineOf(record) ?? 1;
    const entry = isObject(record) ? format.toListing(record, source, line) : null;
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `${format.recordName} #${index + 1} has no ${format.missing}; skipped` });
  });
  return { entries, warnings };
}

/** The reader of a JsonRecordFormat: detection by classifyJson, reading by readJsonRecords. */
export function jsonRecordReader(format: JsonRecordFormat): JsonSourceReader {
  const readJson = (doc: JsonDocument, file: string) => readJsonRecords(doc, file, format);
  return {
    format: format.format,
    detect: (text) => isJsonOfFormat(text, format.format),
    read: (text, file) => readJsonFile(text, file, readJson),
    readJson,
  };
}
