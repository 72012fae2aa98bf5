/**
 * The workbook as the import sees it: sheets of rows of cell TEXT (never numbers), with the
 * spreadsheet row number of every row kept for the source reference. The Node side builds it
 * (electron/services/import: .xlsx through exceljs, .csv through iconv-lite + parseCsv); all
 * further logic is pure and works on this shape.
 */
import { parseCsv, type CsvDelimiter } from './csv';

/** How a CSV was decoded: 'utf-8-bom' = UTF-8 with a byte-order mark. */
export const CSV_ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface SourceRow {
  /** 1-based spreadsheet row number (CSV: record number, as Excel shows it). */
  row: number;
  /** Cell text by 0-based column (merged cells carry their master's text). */
  cells: string[];
  /** 0-based columns whose text is a formula's cached result (flagged in the report). */
  formulas?: number[];
  /** ARGB fill colour by 0-based column, where a cell has a solid fill (xlsx only). */
  fills?: Record<number, string>;
}

export interface SourceSheet {
  name: string;
  /** Non-blank rows only, in order (blank rows, however many, are dropped). */
  rows: SourceRow[];
}

export interface SourceWorkbook {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** CSV only: the encoding used, and the one detected (they differ when the user chose). */
  encoding: CsvEncoding | null;
  detectedEncoding: CsvEncoding | null;
  sheets: SourceSheet[];
}

/** Columns beyond this are ignored (a register has a few dozen; formatting can reach XFD). */
export const MAX_COLUMNS = 200;

/** True when every cell is empty or white space. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Drops trailing empty cells. */
export function trimCells(cells: string[]): string[] {
  let n = Math.min(cells.length, MAX_COLUMNS);
  while (n > 0 && cells[n - 1]!.trim() === '') n -= 1;
  return cells.slice(0, n);
}

/**
 * A 1-based rectangle of merged cells, e.g. A1:D1 = `{ top: 1, left: 1, bottom: 1, right: 4 }`.
 */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'B3:D4' → MergeRange; undefined for anything else. */
export function parseRange(ref: string): MergeRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]!), bottom: Number(m[4]), right: col(m[3]!) };
}

/**
 * Copies each merge's top-left text into every cell of its range (a merged header cell spans the
 * columns below it; a post merged over several hazard rows belongs to each of them). Rows inside
 * a range that were missing are created. Returns rows sorted by row number.
 */
export function applyMerges(rows: SourceRow[], merges: readonly MergeRange[]): SourceRow[] {
  const byRow = new Map(rows.map((r) => [r.row, { ...r, cells: [...r.cells] }]));
  for (const m of merges) {
    const master = byRow.get(m.top)?.cells[m.left - 1] ?? '';
    if (master.trim() === '') continue;
    for (let r = m.top; r <= m.bottom; r++) {
      let row = byRow.get(r);
      if (!row) {
        row = { row: r, cells: [] };
        byRow.set(r, row);
      }
      for (let c = m.left; c <= Math.min(m.right, MAX_COLUMNS); c++) {
        while (row.cells.length < c) row.cells.push('');
        if (row.cells[c - 1]!.trim() === '') row.cells[c - 1] = master;
      }
    }
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/**
 * A CSV text as a one-sheet workbook (the sheet is named after the file, as Excel does). Blank
 * records are dropped, their numbers kept on the others.
 */
export function csvWorkbook(
  fileName: string,
  text: string,
  encoding: CsvEncoding,
  detectedEncoding: CsvEncoding,
  delimiter?: CsvDelimiter,
): SourceWorkbook {
  const records = delimiter ? parseCsv(text, delimiter) : parseCsv(text);
  const rows: SourceRow[] = [];
  records.forEach((cells, i) => {
    if (!isBlankRow(cells)) rows.push({ row: i + 1, cells: trimCells(cells) });
  });
  return { fileName, format: 'csv', encoding, detectedEncoding, sheets: [{ name: sheetNameOf(fileName), rows }] };
}

/** 'dir/风险清单.csv' → '风险清单'. */
export function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'Sheet1';
}
