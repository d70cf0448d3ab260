// Reads input files and folders (the ingest's only input I/O) and hands each file's text to the reader that knows it.
import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import type { IngestWarning, RawListing, SourceReader } from '../types';
import { lensIdFromUrl, normaliseDimensionsId } from '../../src/shared/record';
import { decodeLegacy, legacyEncodingOf } from './legacyEncoding';
import { isOwnCitationLine } from './citationAbstract';
import { isWebPageChrome } from './webPageChrome';
import { arxivAtomReader } from './arxivAtom';
import { arxivOaiReader } from './arxivOai';
import { bibtexReader } from './bibtex';
import { crossrefReader } from './crossref';
import { cslJsonReader } from './csl';
import { cslYamlReader } from './cslYaml';
import { htmlPageReader } from './htmlPage';
import { classifyJson, describeSupportedFormats, JSON_FORMATS, looksLikeJson } from './detect';
import { endnoteFieldsReader } from './endnoteFields';
import { endnoteXmlReader } from './endnoteXml';
import { detectGraphFormat } from '../../src/shared/exchange/graphFormat';
import { hfApiReader } from './hfApi';
import { hfListingReader } from './hfListing';
import { isJsonSourceReader, loadProblemWarnings } from './jsonReader';
import { loadJson } from './jsonRecords';
import { noteExpressReader } from './noteExpress';
import { ovidTextReader } from './ovidText';
import { openAlexReader } from './openAlex';
import { pubmedReader } from './pubmed';
import { pubmedAbstractReader } from './pubmedAbstract';
import { proquestReader } from './proquest';
import { pubmedXmlReader } from './pubmedXml';
import { dblpXmlReader } from './dblpXml';
import { crossrefXmlReader } from './crossrefXml';
import { inspireJsonReader } from './inspireJson';
import { zbmathJsonReader } from './zbmathJson';
import { orcidJsonReader } from './orcidJson';
import { schemaOrgReader } from './schemaOrg';
import { dataciteJsonReader } from './dataciteJson';
import { adsXmlReader } from './adsXml';
import { modsXmlReader } from './modsXml';
import { dataciteXmlReader } from './dataciteXml';
import { cnkiEstudyReader } from './cnkiEstudy';
import { countReadWorkers, readFilesInWorkers, type FileReadingThread, type ReadWorkerOptions } from './readInWorkers';
import { referReader } from './refer';
import { containerKind, containerWarning, workbookSheets, type WorkbookSheet } from './spreadsheet';
import { refworksReader } from './refworks';
import { risReader } from './ris';
import { rssFeedReader } from './rssFeed';
import { scopusCsvReader } from './scopusCsv';
import { scopusTextReader } from './scopusText';
import { tableReader } from './table';
import { wosReader } from './wos';
import { zoteroRdfReader } from './zoteroRdf';

export { parseListing, hfListingReader } from './hfListing';
export { parseBibtex, bibtexReader } from './bibtex';
export { parseRis, risReader } from './ris';
export { parseRefer, referReader } from './refer';
export { parseRefworks, refworksReader } from './refworks';
export { parsePubmedAbstract, pubmedAbstractReader } from './pubmedAbstract';
export { parseScopusText, scopusTextReader } from './scopusText';
export { parseNoteExpress, noteExpressReader } from './noteExpress';
export { parseEndnoteFields, endnoteFieldsReader } from './endnoteFields';
export { parseCslJson, cslJsonReader } from './csl';
export { parseProquest, proquestReader } from './proquest';
export { parseOvidText, ovidTextReader } from './ovidText';
export { parseCslYaml, cslYamlReader } from './cslYaml';
export { parseHtmlPage, htmlPageReader } from './htmlPage';
export { parseArxivAtom, arxivAtomReader } from './arxivAtom';
export { parseArxivOai, arxivOaiReader } from './arxivOai';
export { parseRssFeed, rssFeedReader } from './rssFeed';
export { parseOpenAlex, openAlexReader, readOpenAlexJson } from './openAlex';
export { parseCrossref, crossrefReader, readCrossrefJson } from './crossref';
export { parseCrossrefXml, crossrefXmlReader } from './crossrefXml';
export { parseInspireJson, inspireJsonReader, readInspireJson } from './inspireJson';
export { parseZbmathJson, zbmathJsonReader, readZbmathJson } from './zbmathJson';
export { parseOrcidJson, orcidJsonReader } from './orcidJson';
export { parseSchemaOrgJson, schemaOrgReader, readSchemaOrgJson } from './schemaOrg';
export { parseDataciteJson, dataciteJsonReader, readDataciteJson } from './dataciteJson';
export { parseAdsXml, adsXmlReader } from './adsXml';
export { parseModsXml, modsXmlReader } from './modsXml';
export { parseDataciteXml, dataciteXmlReader } from './dataciteXml';
export { parseHfApi, hfApiReader, readHfApiJson } from './hfApi';
export { parseDelimitedTable, readTableJson, tableReader } from './table';
export { mergeDuplicatePapers } from './mergeDuplicates';

/**
 * Registered readers. JSON files go to the reader of the format `classifyJson` finds in their records (detect.ts),
 * whatever the order here; other texts go to the first reader whose `detect` accepts them, so the more specific
 * formats come first, the generic table (a CSV header with a title column) after them, and the listing reader last
 * because it is the plain-text fallback.
 */
export const SOURCE_READERS: readonly SourceReader[] = [
  // Database exports recognised by their own header lines (WoS `FN`/`VR`, MEDLINE `PMID-`, PubMed's numbered
  // citation line with `PMID:` lines, Scopus column names, Scopus text's `Scopus`/`EXPORT DATE:` lines):
  // before the generic readers, so a `.txt` WoS file never reaches the listing fallback.
  wosReader,
  pubmedReader,
  pubmedAbstractReader,
  scopusCsvReader,
  scopusTextReader,
  bibtexReader,
  risReader,
  referReader,
  refworksReader,
  noteExpressReader,
  cnkiEstudyReader,
  proquestReader,
  ovidTextReader,
  endnoteFieldsReader,
  arxivAtomReader,
  arxivOaiReader,
  pubmedXmlReader,
  dblpXmlReader,
  crossrefXmlReader,
  adsXmlReader,
  modsXmlReader,
  dataciteXmlReader,
  endnoteXmlReader,
  zoteroRdfReader,
  rssFeedReader,
  openAlexReader,
  crossrefReader,
  inspireJsonReader,
  zbmathJsonReader,
  orcidJsonReader,
  dataciteJsonReader,
  schemaOrgReader,
  hfApiReader,
  cslJsonReader,
  cslYamlReader,
  tableReader,
  htmlPageReader,
  hfListingReader,
];

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadSourcesOptions extends ReadWorkerOptions {
  /** Files larger than this are skipped with a warning (default 50 MB). */
  maxFileBytes?: number;
  /** Called as each file is read: `done` counts the files read so far (with read workers, in the order they finish). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Readers to try, in order (default SOURCE_READERS). Another list reads in this thread only (no read workers). */
  readers?: readonly SourceReader[];
  /**
   * Called once the input files are listed, before any is read (the pipeline starts its worker thread there). It may
   * return a thread that is running anyway and idle until the files are read: where a read worker would be started
   * (see countReadWorkers), that thread reads in its place, with the registered readers.
   */
  onListed?: (files: string[]) => void | FileReadingThread | null | Promise<void | FileReadingThread | null>;
}

export interface SourceFileReport {
  file: string;
  /** Format of the reader that read it; null when the file was skipped. */
  format: string | null;
  entries: number;
}

export interface ReadSourcesResult {
  entries: RawListing[];
  warnings: IngestWarning[];
  files: SourceFileReport[];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Offset of the first byte that makes the text invalid UTF-8. TextDecoder's error carries no position, so binary-search
 * the shortest failing prefix (in streaming mode a prefix cut inside a valid character does not fail).
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const fails = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (fails(mid + 1)) high = mid;
    else low = mid + 1;
  }
  // The decoder fails on the byte that breaks a sequence; report where that sequence began (a character ends at most
  // three bytes back).
  for (let start = low; start > low - 4 && start >= 0; start--) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, start));
      return start;
    } catch {
      // still inside the broken sequence
    }
  }
  return low;
}

/**
 * Pure: decode one file's bytes or say why it cannot be read as text. Strips a UTF-8 BOM. Text with a UTF-16
 * byte-order mark (Web of Science's "Tab-delimited (Win)" export, Windows "Unicode" saves) is decoded as UTF-16. Text
 * that is not UTF-8 is decoded in the legacy encoding its bytes point to (see legacyEncoding.ts), with a `notice`
 * naming it and where UTF-8 failed.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; notice?: IngestWarning } | { warning: IngestWarning } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    try {
      // The decoder drops the byte-order mark itself.
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return { warning: { file, line: 1, reason: `not valid ${utf16.toUpperCase()} text (it starts with that byte-order mark); skipped` } };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { warning: { file, line: lineAt(bytes, nul), reason: 'binary file (contains NUL bytes); skipped' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const where = `byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}`;
    const line = lineAt(bytes, offset);
    // A legacy encoding (Excel's Windows code page, Latin-1, GBK…): read in the encoding the bytes point to, and say so.
    const encoding = legacyEncodingOf(bytes, offset);
    if (encoding !== null) {
      const reason = `not UTF-8 (${where}): read as ${encoding}, the encoding its bytes point to; check its accented or non-Latin letters`;
      return { text: decodeLegacy(bytes, encoding), notice: { file, line, reason } };
    }
    return { warning: { file, line, reason: `not valid UTF-8 (${where}) and no other encoding fits; skipped` } };
  }
}

type TextReadResult = { entries: RawListing[]; warnings: IngestWarning[]; format: string | null };

/**
 * Identifiers a record's own link names, whatever the format it came in: a work exported from Lens.org (RIS, BibTeX,
 * CSV) links to its lens.org page, which is its Lens ID, so it meets the Lens IDs other exports cite it by; one
 * exported from Dimensions (its BibTeX) to its app.dimensions.ai page, which is its Dimensions publication id.
 */
function addLinkedIds(entry: RawListing): void {
  const lens = entry.ids.lens === undefined ? lensIdFromUrl(entry.url) : null;
  if (lens !== null) entry.ids.lens = lens;
  const dimensions = entry.ids.dimensions === undefined && entry.url ? normaliseDimensionsId(entry.url) : null;
  if (dimensions !== null) entry.ids.dimensions = dimensions;
}

/** Run one reader; a throwing reader becomes a warning naming its format. */
function runReader(reader: SourceReader, file: string, read: () => { entries: RawListing[]; warnings: IngestWarning[] }): TextReadResult {
  try {
    const result = read();
    const warnings = [...result.warnings];
    result.entries.forEach((entry, index) => {
      addLinkedIds(entry);
      const name = entry.title ? `"${entry.title}"` : `#${index + 1}`;
      if (isOwnCitationLine(entry.abstract, entry.authors)) {
        warnings.push({ file, line: entry.line, reason: `record ${name}: its abstract is the work's own citation (authors, venue, year), not an abstract; left out` });
        entry.abstract = '';
      } else if (isWebPageChrome(entry.abstract)) {
        warnings.push({ file, line: entry.line, reason: `record ${name}: its abstract is a web page's chrome (cookie notice, menus, sign-in links), not an abstract; left out` });
        entry.abstract = '';
      }
    });
    return { ...result, warnings, format: reader.format };
  } catch (error) {
    return {
      entries: [],
      warnings: [{ file, reason: `${reader.format} reader failed: ${errorMessage(error)}; skipped` }],
      format: null,
    };
  }
}

function skipped(file: string, line: number | undefined, reason: string): TextReadResult {
  return { entries: [], warnings: [{ file, ...(line === undefined ? {} : { line }), reason: `${reason}; skipped` }], format: null };
}

/** The one message for a file no reader knows, naming every format the registered readers read. */
function notRecognised(file: string, readers: readonly SourceReader[]): TextReadResult {
  return skipped(file, 1, `not a format this tool reads (supported: ${describeSupportedFormats(readers.map((r) => r.format))})`);
}

const GRAPH_FORMAT_NAMES: Record<string, string> = { gexf: 'GEXF', graphml: 'GraphML', gml: 'GML' };

/**
 * JSON: parsed once (the complete records of a broken or truncated file are kept, with a warning at the break), then
 * given to the reader of the format its records have. Readers of JSON formats the classifier does not know may still
 * claim the text through their own `detect`.
 */
function readJsonText(text: string, file: string, readers: readonly SourceReader[]): TextReadResult {
  const name = basename(file);
  const otherReader = () =>
    readers.find((reader) => !(JSON_FORMATS as readonly string[]).includes(reader.format) && reader.detect(text, name));
  const load = loadJson(text);
  if (!load.ok) {
    const other = otherReader();
    return other ? runReader(other, file, () => other.read(text, file)) : skipped(file, load.line, `not valid JSON (${load.reason})`);
  }
  const shape = classifyJson(load.data);
  const reader = shape.format === null ? undefined : readers.find((candidate) => candidate.format === shape.format);
  if (reader) {
    const result = runReader(reader, file, () =>
      isJsonSourceReader(reader) ? reader.readJson(load, file) : reader.read(load.text, file),
    );
    return { ...result, warnings: [...loadProblemWarnings(load, file), ...result.warnings] };
  }
  const other = otherReader();
  if (other) return runReader(other, file, () => other.read(text, file));
  if (shape.format !== null) return skipped(file, 1, `this JSON is ${shape.format}, but no ${shape.format} reader is registered`);
  // A broken file whose complete part is no bibliography: the break is the first thing to say.
  const problems = loadProblemWarnings(load, file);
  if (problems.length > 0) return { ...skipped(file, problems[0].line, problems[0].reason.replace(/: kept .*$/, '')), format: null };
  return skipped(file, 1, shape.reason);
}

/** Pure: run the reader of the text's format (by content, never by file name); a throwing reader becomes a warning. */
export function readText(text: string, file: string, readers: readonly SourceReader[] = SOURCE_READERS): TextReadResult {
  if (text.trim() === '') return { entries: [], warnings: [{ file, reason: 'file is empty; skipped' }], format: null };
  if (looksLikeJson(text)) return readJsonText(text, file, readers);
  const name = basename(file);
  const reader = readers.find((candidate) => candidate.detect(text, name));
  if (!reader) {
    // A graph file given to the ingest (as a JSON graph is, in detect.ts): say where it belongs.
    // (JSON never reaches here: JSON text went to readJsonText, and a .json name alone proves nothing.)
    const graph = GRAPH_FORMAT_NAMES[detectGraphFormat(text, name) ?? ''];
    if (graph !== undefined) return skipped(file, 1, `this is a ${graph} graph file, not a bibliography: open it in the explorer app instead`);
    return notRecognised(file, readers);
  }
  return runReader(reader, file, () => reader.read(text, file));
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * A folder's README.md describes the files beside it (where they came from, what they hold): its headings and tables
 * are no papers. But an awesome list's repository is its README, a list of papers. So a README met inside a folder is
 * read, and kept only when it names papers by their links or ids; one given by name is read as any file is.
 */
const README = /^readme\.md$/i;
/** A paper's address or id in a README's text: without one it cannot list papers, and is not read at all (as before). */
const PAPER_ADDRESS = /arxiv\.org\/(?:abs|pdf|html)\/|(?:huggingface|hf)\.co\/papers\/|\barxiv:\s*\d{4}\.\d{4,5}|\bdoi\.org\/10\./i;

async function mayListPapers(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return PAPER_ADDRESS.test(text);
}

/**
 * State of one folder walk. Every file and folder is identified by its real path (symbolic links resolved), so a
 * link is followed once and whatever it reaches is read once: a link back into a folder being walked (`ln -s . d/a`)
 * ends the walk there instead of recursing until ELOOP, and two links to one file do not read it twice.
 */
interface Walk {
  files: string[];
  warnings: IngestWarning[];
  /** Real paths of the files and folders already reached. */
  seen: Set<string>;
  /** Links that lead back into a folder being walked, by the input path they were met under (one warning each). */
  loops: Map<string, string[]>;
  /** README.md files met inside folders, by the input path they were met under: kept only when they list papers (README above). */
  readmes: Map<string, string>;
}

/** Folders deeper than this are not entered: real trees are far shallower, and the limit bounds a pathological one. */
export const MAX_FOLDER_DEPTH = 64;

function describeStatError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'symbolic link loop (the link points back to itself); skipped';
  if (code === 'EACCES') return 'permission denied; skipped';
  return `cannot be read: ${errorMessage(error)}`;
}

/** Kernel and device trees: their "files" can block forever when read (/proc/kmsg) or never end. */
function isSystemPath(real: string): boolean {
  return /^\/(proc|sys|dev)(\/|$)/.test(real);
}

async function walkPath(path: string, root: string, ancestors: readonly string[], walk: Walk): Promise<void> {
  let real: string;
  let info;
  try {
    real = await realpath(path);
    info = await stat(real);
  } catch (error) {
    // A dangling link resolves to nothing: say it is a link, so the user is not told a listed name does not exist.
    const isLink = await lstat(path).then((l) => l.isSymbolicLink(), () => false);
    const code = (error as NodeJS.ErrnoException).code;
    walk.warnings.push({
      file: path,
      reason: isLink && code === 'ENOENT' ? 'broken symbolic link (its target does not exist); skipped' : describeStatError(error),
    });
    return;
  }
  // A folder that holds the one being walked (`.`, `..`, `/`) would read everything again and more: a loop.
  const inside = real.endsWith(sep) ? real : `${real}${sep}`;
  if (info.isDirectory() && ancestors.some((folder) => folder === real || folder.startsWith(inside))) {
    walk.loops.set(root, [...(walk.loops.get(root) ?? []), path]);
    return;
  }
  if (isSystemPath(real)) {
    walk.warnings.push({ file: path, reason: `leads into ${real}, a system folder (/proc, /sys, /dev) that is never read; skipped` });
    return;
  }
  // Reached before through another link or input: already read (or being read), so reading it again would only
  // duplicate its entries.
  if (walk.seen.has(real)) return;
  walk.seen.add(real);
  if (info.isDirectory()) {
    if (ancestors.length >= MAX_FOLDER_DEPTH) {
      walk.warnings.push({ file: path, reason: `folder nested deeper than ${MAX_FOLDER_DEPTH} levels; not entered` });
      return;
    }
    let children: Dirent[];
    try {
      children = await readdir(real, { withFileTypes: true });
    } catch (error) {
      walk.warnings.push({ file: path, reason: `folder cannot be listed: ${errorMessage(error)}` });
      return;
    }
    // Sorted by name, links after the real entries: a file reached both ways is reported under its own name.
    const names = children.filter((child) => !isSkippedName(child.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of [...names.filter((c) => !c.isSymbolicLink()), ...names.filter((c) => c.isSymbolicLink())]) {
      await walkPath(join(path, child.name), root, [...ancestors, real], walk);
    }
  } else if (info.isFile()) {
    if (ancestors.length > 0 && README.test(basename(path))) {
      if (!(await mayListPapers(real))) return;
      walk.readmes.set(path, root);
    }
    walk.files.push(path);
  } else {
    walk.warnings.push({ file: path, reason: 'not a regular file (device, FIFO or socket); skipped' });
  }
}

const EMPTY_FOLDER = 'folder holds no input files (dot-files are skipped; a README.md is kept only when it lists papers)';

/**
 * List the files under `paths` (folders recursively, names sorted, dot-files skipped; README.md files inside folders
 * listed in `readmes`),
 * each reached file once. Symbolic links to files and folders are followed once; links that loop back are reported
 * in one warning per input path that names them.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; warnings: IngestWarning[]; readmes: Map<string, string> }> {
  const walk: Walk = { files: [], warnings: [], seen: new Set(), loops: new Map(), readmes: new Map() };
  for (const path of paths) {
    const before = walk.files.length;
    const warningsBefore = walk.warnings.length;
    const real = await realpath(path).catch(() => null);
    if (real !== null && walk.seen.has(real)) {
      walk.warnings.push({ file: path, reason: 'already read through another input path; read once' });
      continue;
    }
    await walkPath(path, path, [], walk);
    const loops = walk.loops.get(path);
    if (loops) {
      walk.warnings.push({
        file: path,
        reason: `${loops.length === 1 ? 'a symbolic link leads' : `${loops.length} symbolic links lead`} back into a folder already being read (a loop), not followed: ${loops.join(', ')}`,
      });
    }
    if (walk.files.slice(before).every((file) => walk.readmes.has(file)) && walk.warnings.length === warningsBefore) {
      walk.warnings.push({ file: path, reason: EMPTY_FOLDER });
    }
  }
  return { files: walk.files, warnings: walk.warnings, readmes: walk.readmes };
}

/**
 * The bytes of a regular file, or why it is skipped. Opened without blocking and checked on the open handle, so a
 * file swapped for a FIFO or device after the walk cannot hang the run.
 */
async function readRegularFile(file: string, maxFileBytes: number): Promise<Uint8Array | string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return 'not a regular file (device, FIFO or socket); skipped';
    if (info.size > maxFileBytes) {
      return `file is ${formatSize(info.size)}, over the ${formatSize(maxFileBytes)} limit; skipped`;
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** What reading one listed file gave: its entries and warnings, and the format of the reader that read it (null: skipped). */
export type SourceFileResult = TextReadResult;

/**
 * Read one listed file: its bytes, its text, its records. Never throws: an unreadable file becomes a warning naming it.
 * The same function reads a file on the main thread and in a read worker (readWorker.ts), so both give the same warnings.
 */
export async function readSourceFile(
  file: string,
  maxFileBytes: number,
  readers: readonly SourceReader[] = SOURCE_READERS,
): Promise<SourceFileResult> {
  try {
    const bytes = await readRegularFile(file, maxFileBytes);
    if (typeof bytes === 'string') return { entries: [], warnings: [{ file, reason: bytes }], format: null };
    const container = containerKind(bytes);
    if (container === 'xlsx') return await readWorkbook(bytes, file, readers);
    if (container !== null) return { entries: [], warnings: [containerWarning(container, file)], format: null };
    const decoded = decodeText(bytes, file);
    if ('warning' in decoded) return { entries: [], warnings: [decoded.warning], format: null };
    const result = readText(decoded.text, file, readers);
    return decoded.notice ? { ...result, warnings: [decoded.notice, ...result.warnings] } : result;
  } catch (error) {
    return { entries: [], warnings: [{ file, reason: `cannot be read: ${errorMessage(error)}` }], format: null };
  }
}

/** An .xlsx workbook: each worksheet read as the CSV a spreadsheet program would save of it (see spreadsheet.ts). */
async function readWorkbook(bytes: Uint8Array, file: string, readers: readonly SourceReader[]): Promise<SourceFileResult> {
  let sheets: WorkbookSheet[];
  try {
    sheets = await workbookSheets(bytes, file);
  } catch (error) {
    return { entries: [], warnings: [{ file, line: 1, reason: `an .xlsx workbook that cannot be opened (${errorMessage(error)}); skipped` }], format: null };
  }
  if (sheets.length === 0) return { entries: [], warnings: [{ file, reason: 'an .xlsx workbook with no filled cells; skipped' }], format: null };
  const results = sheets.map((sheet) => readText(sheet.csv, sheet.file, readers));
  return {
    entries: results.flatMap((result) => result.entries),
    warnings: results.flatMap((result) => result.warnings),
    format: results.find((result) => result.format !== null)?.format ?? null,
  };
}

/**
 * Read every file under `paths` (folders recursively, sorted). Never throws for bad input: each unreadable file
 * becomes a warning naming it, and the rest of the batch is still read. A large input is read partly in worker
 * threads (readInWorkers.ts); the entries and warnings come back in file order, so the result is the same either way.
 */
export async function readSources(paths: string[], options: ReadSourcesOptions = {}): Promise<ReadSourcesResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const readers = options.readers ?? SOURCE_READERS;
  const listed = await listInputFiles(paths);
  const warnings: IngestWarning[] = listed.warnings;
  const files = listed.files;
  const lent = (await options.onListed?.(files)) ?? null;

  let done = 0;
  const readHere = (file: string) => readSourceFile(file, maxFileBytes, readers);
  const onFileRead = (file: string) => options.onProgress?.(++done, files.length, file);
  // Threads hold the registered readers only: a caller's own reader list (functions) cannot be sent to a thread. A lent
  // thread takes the place of a read worker where one pays (countReadWorkers): it still loads the readers and parses
  // its first files cold, so on a smaller input it costs more than it saves (measured: 20 listing pages of 25 MB,
  // 1.33–1.64 s of wall time against 1.18–1.38 s on this thread alone; the 65 MB OpenAlex download 1.70–2.21 s
  // against 2.15–2.32 s with a read worker started for it, 0.3–1 s less CPU).
  const threaded = readers === SOURCE_READERS;
  const wanted = threaded ? await countReadWorkers(files, options) : 0;
  const lentThreads = lent && wanted >= 1 ? [lent] : [];
  const workers = wanted - lentThreads.length;
  const results =
    workers + lentThreads.length > 0
      ? await readFilesInWorkers(files, { workers, lent: lentThreads, maxFileBytes, readHere, onFileRead })
      : await readFilesHere(files, readHere, onFileRead);

  const entries: RawListing[] = [];
  const reports: SourceFileReport[] = [];
  for (const [index, file] of files.entries()) {
    const result = results[index];
    if (listed.readmes.has(file)) {
      // A folder's README that names no paper by a link or an id only describes the folder: neither its text nor what
      // reading it said is the user's input. One that does is an awesome list: its folder held input after all.
      if (!result.entries.some((entry) => entry.url !== null || Object.keys(entry.ids).length > 0)) {
        reports.push({ file, format: null, entries: 0 });
        continue;
      }
      const at = warnings.findIndex((warning) => warning.reason === EMPTY_FOLDER && warning.file === listed.readmes.get(file));
      if (at !== -1) warnings.splice(at, 1);
    }
    for (const entry of result.entries) entries.push(entry);
    warnings.push(...result.warnings);
    reports.push({ file, format: result.format, entries: result.entries.length });
  }
  return { entries, warnings, files: reports };
}

/** The sequential path: one file after the other, in this thread. */
async function readFilesHere(
  files: string[],
  readHere: (file: string) => Promise<SourceFileResult>,
  onFileRead: (file: string) => void,
): Promise<SourceFileResult[]> {
  const results: SourceFileResult[] = [];
  for (const file of files) {
    results.push(await readHere(file));
    onFileRead(file);
  }
  return results;
}
