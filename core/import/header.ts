/**
 * Finding the header of a register and matching its columns to fields.
 *
 * Registers start with a title row (merged across the table), sometimes a unit/date line, then a
 * header of one or two rows: a merged group cell (风险评价, 管控措施) over its parts (L E C D,
 * 工程技术 管理 …). Each of the first rows is scored by how many fields its cells name; the best
 * row, joined with the row above or below when that adds fields, is the header. When the best is
 * weak or a near tie, `sure` is false and the screen asks the user to pick the row.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { IMPORT_FIELDS, ImportFieldSchema, matchHeader, MULTI_COLUMN_FIELDS, headerText, type ImportField } from './fields';
import { MAX_COLUMNS, type SourceRow, type SourceSheet } from './grid';
import { cleanText, parseNumber } from './text';

/** How many rows from the top are searched for a header. */
export const HEADER_SCAN_ROWS = 40;
/** A cell longer than this is content, not a header. */
const MAX_HEADER_CELL = 25;

export interface HeaderColumn {
  /** 0-based column index. */
  index: number;
  /** The header as shown: the parts of a two-row header joined with '/'. */
  text: string;
  /** Header parts, upper row first (one part for a one-row header). */
  parts: string[];
}

export interface HeaderChoice {
  /** Spreadsheet row numbers of the header (one, or two for a two-row header). */
  rows: number[];
  score: number;
}

export interface HeaderDetection {
  best: HeaderChoice | null;
  /** Up to five rows, best first, for the user to choose from. */
  candidates: HeaderChoice[];
  /** False when the best row is weak or close to another: the user should confirm it. */
  sure: boolean;
}

/** A remembered or chosen mapping: the field of each column (null = not imported). */
export const ImportMappingSchema = z.object({
  columns: z.array(ImportFieldSchema.nullable()).max(MAX_COLUMNS),
});
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

function isTitleRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => cleanText(c)).filter((c) => c !== '');
  return filled.length > 1 && new Set(filled).size === 1;
}

/** The field of one header column: the lower part first, then the parts joined, then the upper. */
export function matchColumn(parts: readonly string[]): ImportField | null {
  if (parts.length === 0) return null;
  const lower = parts[parts.length - 1]!;
  const tries = parts.length > 1 ? [lower, parts.join(''), parts[0]!] : [lower];
  for (const t of tries) {
    const m = matchHeader(t);
    if (m) return m.field;
  }
  return null;
}

function rowWeight(parts: string[][]): number {
  const fields = new Map<ImportField, number>();
  for (const p of parts) {
    if (p.some((x) => [...x].length > MAX_HEADER_CELL)) continue;
    const lower = p[p.length - 1];
    if (lower === undefined) continue;
    const f = matchColumn(p);
    if (!f) continue;
    const exact = p.some((x) => matchHeader(x)?.how !== 'keyword' && matchHeader(x) !== null);
    fields.set(f, Math.max(fields.get(f) ?? 0, exact ? 1 : 0.5));
  }
  let score = [...fields.values()].reduce((a, b) => a + b, 0);
  if (fields.has('hazard')) score += 1;
  if (fields.has('score') || fields.has('level')) score += 1;
  return score;
}

function partsOf(rows: readonly SourceRow[]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const titles = rows.map((r) => isTitleRow(r.cells));
  const out: string[][] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    rows.forEach((r, i) => {
      if (titles[i] && rows.length > 1) return;
      const t = cleanText(r.cells[c] ?? '');
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    });
    out.push(parts);
  }
  return out;
}

function looksLikeHeaderRow(r: SourceRow): boolean {
  return !isTitleRow(r.cells) && r.cells.every((c) => {
    const t = cleanText(c);
    return [...t].length <= MAX_HEADER_CELL && (t === '' || typeof parseNumber(t) !== 'number');
  });
}

/** Scores the first rows of a sheet and picks the header (see the module comment). */
export function detectHeader(sheet: SourceSheet): HeaderDetection {
  const rows = sheet.rows.slice(0, HEADER_SCAN_ROWS);
  const single = rows.map((r, i) => ({ i, score: isTitleRow(r.cells) ? 0 : rowWeight(partsOf([r])) }));
  const ranked = [...single].filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.i - b.i);
  const choices: HeaderChoice[] = [];
  for (const { i, score } of ranked) {
    let best: HeaderChoice = { rows: [rows[i]!.row], score };
    const below = rows[i + 1];
    if (below && below.row === rows[i]!.row + 1 && looksLikeHeaderRow(below)) {
      const s = rowWeight(partsOf([rows[i]!, below]));
      if (s > best.score) best = { rows: [rows[i]!.row, below.row], score: s };
    }
    const above = rows[i - 1];
    if (above && above.row === rows[i]!.row - 1 && looksLikeHeaderRow(above)) {
      const s = rowWeight(partsOf([above, rows[i]!]));
      if (s > best.score) best = { rows: [above.row, rows[i]!.row], score: s };
    }
    if (!choices.some((c) => c.rows.join() === best.rows.join())) choices.push(best);
  }
  choices.sort((a, b) => b.score - a.score || a.rows[0]! - b.rows[0]!);
  const best = choices[0] ?? null;
  if (!best || best.score < 2) return { best: null, candidates: choices.slice(0, 5), sure: false };
  const cols = headerColumns(sheet, best.rows);
  const fields = new Set(cols.map((c) => matchColumn(c.parts)));
  const second = choices.find((c) => !c.rows.some((r) => best.rows.includes(r)));
  const sure = best.score >= 5 && fields.has('hazard') && (fields.has('score') || fields.has('level'))
    && (!second || second.score < best.score - 1);
  return { best, candidates: choices.slice(0, 5), sure };
}

/**
 * The columns of the header made of `headerRows` (spreadsheet row numbers). A column whose header
 * is empty gets text ''.
 * @throws AppError E_IMPORT_NO_HEADER `{ row }` when a row is not in the sheet.
 */
export function headerColumns(sheet: SourceSheet, headerRows: readonly number[]): HeaderColumn[] {
  const rows = headerRows.map((n) => {
    const r = sheet.rows.find((x) => x.row === n);
    if (!r) throw new AppError('E_IMPORT_NO_HEADER', { row: n, sheet: sheet.name });
    return r;
  });
  const data = sheet.rows.filter((r) => r.row > Math.max(...headerRows));
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...rows.map((r) => r.cells.length), ...data.slice(0, 200).map((r) => r.cells.length)));
  const parts = partsOf(rows);
  const out: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const p = parts[c] ?? [];
    out.push({ index: c, text: p.join('/'), parts: p });
  }
  return out;
}

/**
 * The mapping suggested by the header texts: each column's field, where a field that takes one
 * column goes to its first column only.
 */
export function suggestMapping(columns: readonly HeaderColumn[]): ImportMapping {
  const used = new Set<ImportField>();
  return {
    columns: columns.map((c) => {
      const f = matchColumn(c.parts);
      if (!f) return null;
      if (used.has(f) && !MULTI_COLUMN_FIELDS.has(f)) return null;
      used.add(f);
      return f;
    }),
  };
}

/**
 * The key a mapping is remembered under: the normalised header texts in order. Registers made
 * from the same template share it, whatever their rows.
 */
export function headerKey(columns: readonly HeaderColumn[]): string {
  return columns.map((c) => headerText(c.parts.join('/'))).join('|');
}

/** Column indexes of each field under a mapping (several only for multi-column fields). */
export function columnsOfFields(mapping: ImportMapping): Partial<Record<ImportField, number[]>> {
  const out: Partial<Record<ImportField, number[]>> = {};
  mapping.columns.forEach((f, i) => {
    if (f) (out[f] ??= []).push(i);
  });
  return out;
}

/**
 * Checks a mapping: a single-column field may not feed from two columns; the register must have a
 * hazard-text column and a score or level (or colour) column.
 * @throws AppError E_INVALID_ARGUMENT `{ field, problem: 'duplicate', columns }`;
 *   E_IMPORT_COLUMNS `{ missing: ('hazard' | 'score|level')[] }`.
 */
export function checkMapping(mapping: ImportMapping): Partial<Record<ImportField, number[]>> {
  const cols = columnsOfFields(mapping);
  for (const f of IMPORT_FIELDS) {
    const c = cols[f];
    if (c && c.length > 1 && !MULTI_COLUMN_FIELDS.has(f)) throw new AppError('E_INVALID_ARGUMENT', { field: f, problem: 'duplicate', columns: c });
  }
  const missing: string[] = [];
  if (!cols.hazard) missing.push('hazard');
  if (!cols.score && !cols.level && !cols.colour) missing.push('score|level');
  if (missing.length > 0) throw new AppError('E_IMPORT_COLUMNS', { missing });
  return cols;
}
