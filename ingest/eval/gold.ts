// Parsing a keyphrase gold file (JSON lines: id, title, abstract, keyphrases, variants), with errors naming file and line.
import type { GoldDocument } from './score';

export class GoldFileError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'GoldFileError';
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Parse the gold file text; blank lines are skipped, anything malformed throws GoldFileError(file, line). */
export function parseGoldFile(text: string, file: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new GoldFileError(file, line, `not a JSON object (${(error as Error).message})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new GoldFileError(file, line, 'not a JSON object');
    const d = data as Record<string, unknown>;
    const id = typeof d.id === 'number' ? String(d.id) : d.id;
    if (typeof id !== 'string' || id === '') throw new GoldFileError(file, line, 'missing "id"');
    if (ids.has(id)) throw new GoldFileError(file, line, `id "${id}" appears twice`);
    ids.add(id);
    if (typeof d.title !== 'string') throw new GoldFileError(file, line, '"title" must be a string');
    if (typeof d.abstract !== 'string') throw new GoldFileError(file, line, '"abstract" must be a string');
    if (!isStringArray(d.keyphrases)) throw new GoldFileError(file, line, '"keyphrases" must be an array of strings');
    let variants: string[][];
    if (d.variants === undefined) variants = d.keyphrases.map((k) => [k]);
    else if (Array.isArray(d.variants) && d.variants.every(isStringArray)) variants = d.variants as string[][];
    else throw new GoldFileError(file, line, '"variants" must be an array of arrays of strings');
    docs.push({ id, title: d.title, abstract: d.abstract, keyphrases: d.keyphrases, variants });
  });
  if (docs.length === 0) throw new GoldFileError(file, 1, 'no documents');
  return docs;
}
