/**
 * XLSX renderer of the workbook model (DESIGN §6, tech-notes §8) with exceljs 4.4.
 *
 * Per sheet, top to bottom: an optional title row merged across the columns, an optional group
 * header row (a titled group merges across its columns; an untitled group's column titles merge
 * down over both header rows), the header row, the data rows, an optional note row.
 * - Header rows are frozen (`freezeHeader`), filtered (`autoFilter`, on the last header row) and
 *   repeated on every printed page (`printTitlesRow`); A4/A3 portrait/landscape, fit to one page
 *   wide and as many pages tall as needed (fitToPage, fitToWidth 1, fitToHeight 0); footer
 *   "第 &P 页 共 &N 页".
 * - Cells: thin rules, Microsoft YaHei 10 pt (GB2312 charset, so Excel/WPS substitute a Chinese
 *   face when it is missing), wrap per column, fills as solid patterns with the cell's own text
 *   (a level is always written as its name), row spans as vertical merges.
 * - Dates are calendar dates: a Date at UTC midnight is that UTC date, any other Date is its local
 *   calendar date, a 'YYYY-MM-DD' string in a 'date' column is that date. They are written as the
 *   Date at UTC midnight (exceljs turns it into a whole serial number) with numFmt 'yyyy-mm-dd', so
 *   Excel shows the same day in every time zone (China's included).
 * - Row heights are estimated from the text (Excel does not grow rows with wrapped text by itself
 *   on open); the estimate errs on the tall side so nothing is hidden.
 *
 * Errors: group spans not matching the columns, or any exceljs failure, throw
 * AppError('E_RENDER_FAILED', { format: 'xlsx', reason }).
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/contract/errors';
import { HEADER_FILL } from '../../../core/documents/colours';
import {
  cellObject,
  groupHeaderProblem,
  rowSpanGrid,
  type CellObject,
  type WorkbookColumn,
  type WorkbookModel,
  type WorkbookSheet,
  type WorkbookValue,
} from '../../../core/documents/model';
import { OFFICE_FONTS } from './fonts';
import { wrapRuns } from './textLayout';

const FONT_PT = 10;
/** Row height per wrapped line for 10 pt YaHei (Excel's own single-line height is ~15–17 pt). */
const LINE_PT = 15.5;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const PAPER = { A4: 9, A3: 8 } as const;
const DATE_FMT = 'yyyy-mm-dd';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const font = (o: { bold?: boolean; color?: string; size?: number } = {}): Partial<ExcelJS.Font> => ({
  name: OFFICE_FONTS.sheet,
  size: o.size ?? FONT_PT,
  family: 2,
  charset: 134,
  ...(o.bold ? { bold: true } : {}),
  ...(o.color ? { color: { argb: argb(o.color) } } : {}),
});

/** Renders `book` to the bytes of an .xlsx file. */
export async function renderXlsx(book: WorkbookModel): Promise<Buffer> {
  try {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'SafePost';
    const used = new Set<string>();
    for (const sheet of book.sheets) writeSheet(wb, sheet, uniqueSheetName(sheet.name, used));
    return Buffer.from(await wb.xlsx.writeBuffer());
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_RENDER_FAILED', { format: 'xlsx', reason: e instanceof Error ? e.message : String(e) });
  }
}

/** Excel sheet names: no []:*?/\, at most 31 characters, unique (case-insensitive), not empty. */
export function uniqueSheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let out = base;
  for (let k = 2; used.has(out.toLowerCase()); k++) out = `${base.slice(0, 31 - `(${k})`.length)}(${k})`;
  used.add(out.toLowerCase());
  return out;
}

/** The calendar date a value stands for, as a Date at UTC midnight, or null when it is not one. */
export function calendarDate(v: unknown): Date | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const utcMidnight = v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0 && v.getUTCMilliseconds() === 0;
    return utcMidnight ? new Date(v.getTime()) : new Date(Date.UTC(v.getFullYear(), v.getMonth(), v.getDate()));
  }
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
    if (!m) return null;
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    return d.getUTCMonth() === +m[2]! - 1 ? d : null;
  }
  return null;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: WorkbookSheet, name: string): void {
  const problem = groupHeaderProblem(sheet.groupHeader, sheet.columns.length);
  if (problem) throw new AppError('E_RENDER_FAILED', { format: 'xlsx', sheet: sheet.name, reason: problem });
  const n = sheet.columns.length;
  const ws = wb.addWorksheet(name);
  ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.widthChars }));
  let r = 1;

  if (sheet.title) {
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = sheet.title;
    cell.font = font({ bold: true, size: 16 });
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(r).height = 30;
    r++;
  }

  const firstHeader = r;
  const head = (row: number, col: number, text: string): void => {
    const cell = ws.getCell(row, col);
    cell.value = text;
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
    cell.border = BORDER;
  };
  if (sheet.groupHeader) {
    let col = 1;
    for (const g of sheet.groupHeader) {
      if (g.title.trim() === '') {
        for (let k = col; k < col + g.span; k++) {
          head(r, k, sheet.columns[k - 1]!.title);
          head(r + 1, k, sheet.columns[k - 1]!.title);
          ws.mergeCells(r, k, r + 1, k);
        }
      } else {
        for (let k = col; k < col + g.span; k++) {
          head(r, k, g.title);
          head(r + 1, k, sheet.columns[k - 1]!.title);
        }
        if (g.span > 1) ws.mergeCells(r, col, r, col + g.span - 1);
      }
      col += g.span;
    }
    ws.getRow(r).height = 20;
    r++;
  } else {
    sheet.columns.forEach((c, i) => head(r, i + 1, c.title));
  }
  const lastHeader = r;
  ws.getRow(lastHeader).height = Math.max(20, ...sheet.columns.map((c) => LINE_PT * linesIn(c.title, c.widthChars, true) + 5));
  r++;

  const firstData = r;
  const spans = rowSpanGrid(sheet.columns, sheet.rows);
  const heights: number[] = sheet.rows.map(() => LINE_PT + 5);
  const spanNeeds: { row: number; span: number; height: number }[] = [];
  sheet.rows.forEach((row, i) => {
    const excelRow = firstData + i;
    sheet.columns.forEach((col, c) => {
      const span = spans[i]![c]!;
      if (span === 0) return;
      const cell = ws.getCell(excelRow, c + 1);
      const lines = writeValue(cell, row[col.key], col);
      const h = LINE_PT * lines + 5;
      if (span > 1) {
        ws.mergeCells(excelRow, c + 1, excelRow + span - 1, c + 1);
        spanNeeds.push({ row: i, span, height: h });
      } else heights[i] = Math.max(heights[i]!, h);
    });
  });
  for (const s of spanNeeds) {
    let sum = 0;
    for (let k = s.row; k < s.row + s.span; k++) sum += heights[k]!;
    if (s.height > sum) heights[s.row + s.span - 1]! += s.height - sum;
  }
  heights.forEach((h, i) => (ws.getRow(firstData + i).height = Math.min(409, h)));
  r = firstData + sheet.rows.length;

  if (sheet.footerNote) {
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = sheet.footerNote;
    cell.font = font();
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    const totalChars = sheet.columns.reduce((s, c) => s + c.widthChars, 0);
    ws.getRow(r).height = LINE_PT * linesIn(sheet.footerNote, totalChars, false) + 6;
  }

  if (sheet.freezeHeader) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: lastHeader, topLeftCell: `A${lastHeader + 1}`, activeCell: `A${lastHeader + 1}` }];
  if (sheet.autoFilter && n > 0) ws.autoFilter = { from: { row: lastHeader, column: 1 }, to: { row: lastHeader, column: n } };
  ws.pageSetup = {
    paperSize: PAPER[sheet.print.paper],
    orientation: sheet.print.orientation,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(sheet.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(sheet.print.repeatHeaderRows ? { printTitlesRow: `${firstHeader}:${lastHeader}` } : {}),
  } as Partial<ExcelJS.PageSetup>;
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
}

/** Writes one value with its style; returns the estimated number of lines it wraps into. */
function writeValue(cell: ExcelJS.Cell, v: WorkbookValue | undefined, col: WorkbookColumn): number {
  const obj: CellObject | null = v != null && typeof v === 'object' && !(v instanceof Date) ? cellObject(v) : null;
  const raw: unknown = obj ? obj.text : v;
  cell.border = BORDER;
  cell.font = font({ ...(obj?.bold ? { bold: true } : {}), ...(obj?.color ? { color: obj.color } : {}) });
  const horizontal = obj?.align ?? (col.type === 'number' || col.type === 'date' ? 'center' : 'left');
  const indent = horizontal === 'left' && col.indent ? col.indent : 0;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: !!col.wrap, ...(indent ? { indent } : {}) };
  if (obj?.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(obj.fill) } };

  const date = col.type === 'date' || raw instanceof Date ? calendarDate(raw) : null;
  if (date) {
    cell.value = date;
    cell.numFmt = DATE_FMT;
    return 1;
  }
  if (typeof raw === 'number') {
    cell.value = raw;
    return 1;
  }
  if (col.type === 'number' && typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim())) {
    cell.value = Number(raw);
    return 1;
  }
  const text = raw == null ? '' : String(raw);
  cell.value = text === '' ? null : text;
  // An Excel indent step is about one character (≈ 9 px) wide: the text is that much narrower.
  return col.wrap ? linesIn(text, col.widthChars - 1.5 * indent, !!obj?.bold) : text.split(/\r\n?|\n/).length;
}

/**
 * Lines `text` wraps into in a column `widthChars` wide: Excel's width unit is the '0' digit
 * of the default font (7 px at 96 dpi) plus 5 px padding; 1 px = 0.75 pt. 10 % is added to the
 * measured width because YaHei's Latin is wider than Noto Sans SC's.
 */
function linesIn(text: string, widthChars: number, bold: boolean): number {
  const usable = Math.max(8, (widthChars * 7 + 5 - 6) * 0.75);
  return Math.max(1, wrapRuns([{ text, bold }], usable / 1.1, FONT_PT).length);
}
