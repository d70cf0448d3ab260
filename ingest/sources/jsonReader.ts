// The shape of readers that take an already-loaded JSON document, so a file is parsed once for detection and reading.
import type { IngestWarning, ReadResult, SourceReader } from '../types';
import { classifyJson, looksLikeJson } from './detect';
import { loadJson, type JsonDocument } from './jsonRecords';

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
