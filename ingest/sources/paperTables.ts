// Markdown tables on a listing page (`| # | Title | Authors | Link |`), with their columns named by their header.
//
// Hand-written: the page's lines are already read (pageText.ts splits a row into cleaned cells); what is left is
// telling the header and the delimiter row from the body, and which header names a paper's field, in the languages
// digests are written in. Which rows are papers is decided by the listing reader (hfListing.ts), which knows what a
// title, an upvote count and a paper's link look like.
import type { PageLine, TableCell } from './pageText';

/** A paper's field a column can hold. `paper` is a title column whose name says it lists papers ("Paper", "论文"). */
export type PaperColumn = 'title' | 'paper' | 'authors' | 'upvotes' | 'date' | 'organisation' | 'abstract';

/**
 * Header names per field, compared lower-cased with everything but letters and digits removed ("👍 Upvotes" →
 * "upvotes", "논문 제목" → "논문제목"). English and the languages HF digests are written in (Chinese, Korean,
 * Japanese), and a few European ones. A name not here (a "Model", "Score" or "Section" column) gives no field.
 */
const COLUMN_NAMES: Record<PaperColumn, readonly string[]> = {
  paper: ['paper', 'papers', 'papertitle', '论文', '論文', '论文标题', '論文標題', '論文タイトル', '논문', '논문제목', 'статья'],
  title: ['title', 'articletitle', '标题', '標題', '题目', '題目', 'タイトル', '제목', 'titel', 'titre', 'título', 'titulo', 'titolo', 'название', 'cím'],
  authors: ['authors', 'author', 'authorlist', '作者', '著者', '저자', 'auteurs', 'autoren', 'autores', 'autori', 'авторы', 'szerző', 'szerzők'],
  upvotes: ['upvotes', 'upvote', 'votes', 'vote', 'likes', '点赞', '点赞数', '赞', '赞数', '票数', '票', '投票', '投票数', '추천', '추천수', '좋아요', '업보트', 'いいね'],
  date: ['date', 'published', 'publishedon', 'publicationdate', 'submitted', '日期', '发布日期', '发表日期', '发布时间', '发表时间', '날짜', '발행일', '게시일', '日付', '公開日', '投稿日', '提交日期', '提交日', '提交时间', '发布日', '发表日', 'datum', 'veröffentlicht', 'veröffentlichtam', 'publiéle', 'datedepublication', 'fecha', 'fechadepublicación', 'publicado', 'datadipubblicazione', 'datadepublicação', 'dátum', 'megjelenés'],
  organisation: ['organisation', 'organization', 'organisations', 'organizations', 'org', 'affiliation', 'affiliations', 'institution', 'institutions', '机构', '單位', '单位', '기관', '소속', '所属', '組織'],
  abstract: ['abstract', 'summary', 'tldr', '摘要', '概要', '要約', '要旨', '초록', '요약', 'résumé', 'resumen', 'zusammenfassung', 'összefoglaló', 'kivonat'],
};
const COLUMN_BY_NAME = new Map<string, PaperColumn>(
  (Object.entries(COLUMN_NAMES) as [PaperColumn, readonly string[]][]).flatMap(([column, names]) => names.map((name) => [name, column] as const)),
);
/** A header that is only an upvote icon ("👍", "▲"). */
const UPVOTE_ICON_HEADER = /^[👍▲⬆🔼△↑]\uFE0F?$/u;
/** The delimiter row under a header (`|---|:---:|`). */
const DELIMITER_CELL = /^:?-+:?$/;

export function columnOf(header: string): PaperColumn | null {
  const trimmed = header.trim();
  if (UPVOTE_ICON_HEADER.test(trimmed)) return 'upvotes';
  return COLUMN_BY_NAME.get(trimmed.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')) ?? null;
}

export interface TableRow {
  /** Index of the row in the page's lines. */
  at: number;
  cells: TableCell[];
}

export interface PaperTable {
  /** The field of each column (null: a column of something else, or an unknown name). */
  columns: (PaperColumn | null)[];
  rows: TableRow[];
  /**
   * Columns whose header names two fields at once ("月/票", month and votes; "Date / Upvotes"): the field of each part,
   * in order (null for a part of another kind). Their cells hold both values split the same way ("06 / 52↑").
   */
  joined: Map<number, [PaperColumn | null, PaperColumn | null]>;
}

/**
 * The tables of a page: a header row, the delimiter row right under it, then body rows (each a line of its own). A
 * run of rows without a delimiter row is not a table (GFM), and gives none.
 */
export function findTables(lines: PageLine[]): PaperTable[] {
  const tables: PaperTable[] = [];
  for (let at = 0; at + 1 < lines.length; at++) {
    const header = lines[at].cells;
    const delimiter = lines[at + 1].cells;
    if (!header || !delimiter || !delimiter.every((cell) => DELIMITER_CELL.test(cell.text)) || lines[at + 1].afterBlank) continue;
    const rows: TableRow[] = [];
    let next = at + 2;
    for (; next < lines.length && lines[next].cells !== undefined && !lines[next].afterBlank; next++) rows.push({ at: next, cells: lines[next].cells! });
    const joined = new Map<number, [PaperColumn | null, PaperColumn | null]>();
    header.forEach((cell, index) => {
      const parts = cell.text.replace(/(\*\*|__)/g, '').split(/\s*\/\s*/);
      if (columnOf(cell.text) !== null || parts.length !== 2) return;
      const pair: [PaperColumn | null, PaperColumn | null] = [columnOf(parts[0]), columnOf(parts[1])];
      if (pair[0] !== null || pair[1] !== null) joined.set(index, pair);
    });
    tables.push({ columns: header.map((cell) => columnOf(cell.text)), rows, joined });
    at = next - 1;
  }
  return tables;
}
