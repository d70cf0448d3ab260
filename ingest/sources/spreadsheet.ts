// Spreadsheet exports (.xlsx: Dimensions, a Web of Science or Scopus export re-saved in Excel, a PubMed or Lens CSV
// kept as a workbook) read as the tables they are, and container files this tool cannot open (a legacy .xls, a ZIP
// archive) recognised by their first bytes and named in the warning, instead of "binary file".
import readExcelFile from 'read-excel-file/node';
import { quoteCsvField } from '../../src/shared/exchange/csv';
import type { IngestWarning } from '../types';

/** What a file's first bytes say it is, when it is a container rather than text. */
export type ContainerKind = 'xlsx' | 'zip' | 'ole2';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// The OLE2 compound file header: Excel 97–2003 workbooks (.xls), Word .doc, Outlook .msg.
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** A ZIP archive's member names are stored as plain bytes in it: an Office Open XML workbook holds `xl/workbook.xml`. */
function hasMember(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

export function containerKind(bytes: Uint8Array): ContainerKind | null {
  if (startsWith(bytes, ZIP_SIGNATURE)) return hasMember(bytes, 'xl/workbook.xml') ? 'xlsx' : 'zip';
  if (startsWith(bytes, OLE2_SIGNATURE)) return 'ole2';
  return null;
}

/** Why a container other than a workbook this tool reads is skipped, and what to do instead. */
export function containerWarning(kind: Exclude<ContainerKind, 'xlsx'>, file: string): IngestWarning {
  const reason =
    kind === 'ole2'
      ? /\.xls$/i.test(file)
        ? 'an Excel 97–2003 workbook (.xls), which this tool cannot read: open it and save it as .xlsx or as CSV (UTF-8); ' +
          'Web of Science reads best exported as "Plain text file" or "Tab delimited file"; skipped'
        : 'an Office 97–2003 file (Excel .xls, Word .doc), which this tool cannot read: save a workbook as .xlsx or CSV (UTF-8); skipped'
      : 'a ZIP archive: unpack it and give the folder of its files; skipped';
  return { file, line: 1, reason };
}

/** A cell as a CSV field: text as written (line breaks as spaces, so a row stays one line), dates as ISO dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return quoteCsvField(String(value).replace(/\r\n?|\n/g, ' '));
}

/** One worksheet as the CSV text a spreadsheet program would save: row n is line n, so warnings name the row. */
export function sheetAsCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(cellText).join(',')).join('\n');
}

export interface WorkbookSheet {
  /** The file name warnings and provenance use: the workbook's, with the sheet's name after the first sheet. */
  file: string;
  csv: string;
}

/**
 * The worksheets of an .xlsx workbook as CSV texts, each to be read like a CSV export (the table readers know the
 * column names of Dimensions, Web of Science, Scopus, PubMed, Lens…). Hand-written only this far: read-excel-file
 * (a kept library) unzips and parses the workbook; numbers are kept as written in the file (a PubMed id, a year),
 * not parsed into floating point. Sheets with no rows are left out.
 */
export async function workbookSheets(bytes: Uint8Array, file: string): Promise<WorkbookSheet[]> {
  const sheets = await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { parseNumber: (text: string) => text });
  return sheets
    .filter(({ data }) => data.some((row) => row.some((cell) => cell !== null && cell !== '')))
    .map(({ sheet, data }, index) => ({ file: index === 0 ? file : `${file} (sheet "${sheet}")`, csv: sheetAsCsv(data) }));
}
