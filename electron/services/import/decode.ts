/**
 * Decodes an uploaded register into the import's SourceWorkbook (core/import/grid.ts):
 * - .xlsx / .xlsm through exceljs: every cell as TEXT — strings as stored (000123, leading-zero
 *   phones and ID numbers stay text), numbers without exponent and with a zero-padding format
 *   applied (000000), dates as YYYY-MM-DD, formulas as their cached result (flagged), rich text
 *   joined; merged ranges give every covered cell the master's text; solid fills are kept (a
 *   colour-coded level column);
 * - .csv / .tsv / .txt through iconv-lite: UTF-8 with or without BOM, else GB18030 (what Chinese
 *   Excel and WPS write), detected and overridable;
 * - .xls / .et (binary formats, also recognised by their OLE2 signature) are refused with
 *   E_IMPORT_FILE_TYPE ("请用 Excel/WPS 另存为 .xlsx 后再导入").
 * Errors: E_IMPORT_FILE_TYPE `{ ext, reason }`, E_IMPORT_EMPTY (0 bytes or no data),
 * E_IMPORT_ENCODING (binary content in a text file).
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../../core/contract/errors';
import {
  applyMerges, csvWorkbook, isBlankRow, MAX_COLUMNS, parseRange, trimCells,
  type CsvEncoding, type MergeRange, type SourceRow, type SourceSheet, type SourceWorkbook,
} from '../../../core/import/grid';

export const REFUSED_EXTENSIONS = ['.xls', '.et', '.ett', '.xlt', '.wps'] as const;
const XLSX_EXTENSIONS = ['.xlsx', '.xlsm'];
const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt'];
/** Rows read per sheet at most (registers have hundreds; a formatted sheet can claim a million). */
export const MAX_ROWS = 100_000;

export interface DecodeOptions {
  /** Force an encoding for CSV ('utf-8' reads a BOM file the same way). */
  encoding?: 'utf-8' | 'gb18030';
}

function extOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i).toLowerCase() : '';
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Detects a text file's encoding: BOM → utf-8-bom; valid UTF-8 → utf-8; otherwise gb18030. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** True when the bytes look binary: NUL bytes or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control += 1;
  }
  return control > n * 0.01;
}

/** Decodes a CSV/TSV/TXT register. */
export function decodeCsv(fileName: string, bytes: Uint8Array, opts: DecodeOptions = {}): SourceWorkbook {
  if (looksBinary(bytes)) throw new AppError('E_IMPORT_ENCODING', { file: fileName, reason: 'binary' });
  const detected = detectEncoding(bytes);
  const encoding: CsvEncoding = opts.encoding === 'gb18030' ? 'gb18030' : opts.encoding === 'utf-8' ? (detected === 'utf-8-bom' ? 'utf-8-bom' : 'utf-8') : detected;
  const body = encoding === 'utf-8-bom' ? bytes.subarray(3) : bytes;
  const text = encoding === 'gb18030' ? iconv.decode(Buffer.from(body), 'gb18030') : new TextDecoder('utf-8').decode(body);
  const wb = csvWorkbook(fileName, text, encoding, detected, extOf(fileName) === '.tsv' ? '\t' : undefined);
  if (wb.sheets.every((s) => s.rows.length === 0)) throw new AppError('E_IMPORT_EMPTY', { file: fileName });
  return wb;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A number as a register shows it: zero-padding formats applied, no exponent, no float noise. */
export function numberText(v: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (/^0+$/.test(fmt) && Number.isInteger(v) && v >= 0) return String(v).padStart(fmt.length, '0');
  if (/%$/.test(fmt)) return `${Number((v * 100).toPrecision(12))}%`;
  if (Number.isInteger(v)) return Math.abs(v) >= 1e21 ? BigInt(v).toString() : v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  return String(Number(v.toPrecision(12)));
}

function dateText(d: Date): string {
  const iso = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` : '';
  return iso + time;
}

/** Text of an exceljs cell value and whether it came from a formula. */
export function valueText(value: ExcelJS.CellValue, numFmt?: string): { text: string; formula: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false };
  if (typeof value === 'string') return { text: value, formula: false };
  if (typeof value === 'number') return { text: numberText(value, numFmt), formula: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', formula: false };
  if (value instanceof Date) return { text: dateText(value), formula: false };
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    const r = valueText((v.result ?? null) as ExcelJS.CellValue, numFmt);
    return { text: r.text, formula: true };
  }
  if (Array.isArray(v.richText)) return { text: (v.richText as { text: string }[]).map((x) => x.text).join(''), formula: false };
  if ('text' in v) {
    const t = v.text as unknown;
    if (typeof t === 'string') return { text: t, formula: false };
    if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
      return { text: ((t as { richText: { text: string }[] }).richText).map((x) => x.text).join(''), formula: false };
    }
  }
  if ('error' in v) return { text: String(v.error), formula: false };
  return { text: '', formula: false };
}

function solidFill(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (f?.type === 'pattern' && f.pattern === 'solid' && f.fgColor?.argb) return f.fgColor.argb;
  return undefined;
}

/** Decodes an .xlsx workbook: every worksheet (hidden ones too) in workbook order. */
export async function decodeXlsx(fileName: string, bytes: Uint8Array): Promise<SourceWorkbook> {
  if (!startsWith(bytes, [0x50, 0x4b])) throw new AppError('E_IMPORT_FILE_TYPE', { ext: extOf(fileName), reason: 'not-a-zip' });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('E_IMPORT_FILE_TYPE', { ext: extOf(fileName), reason: 'unreadable', message: e instanceof Error ? e.message.slice(0, 200) : String(e) });
  }
  const sheets: SourceSheet[] = [];
  for (const ws of wb.worksheets) {
    const rows: SourceRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n > MAX_ROWS) return;
      const cells: string[] = [];
      const formulas: number[] = [];
      const fills: Record<number, string> = {};
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > MAX_COLUMNS) return;
        // merged cells report the master's value; keep the text once, in every covered cell
        const { text, formula } = valueText(cell.value, cell.numFmt);
        while (cells.length < col) cells.push('');
        cells[col - 1] = text;
        if (formula) formulas.push(col - 1);
        const fill = solidFill(cell);
        if (fill) fills[col - 1] = fill;
      });
      if (isBlankRow(cells)) return;
      const r: SourceRow = { row: n, cells: trimCells(cells) };
      if (formulas.length > 0) r.formulas = formulas;
      if (Object.keys(fills).length > 0) r.fills = fills;
      rows.push(r);
    });
    const merges = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []).map(parseRange).filter((m): m is MergeRange => !!m);
    sheets.push({ name: ws.name, rows: applyMerges(rows, merges).filter((r) => !isBlankRow(r.cells)) });
  }
  if (sheets.length === 0 || sheets.every((s) => s.rows.length === 0)) throw new AppError('E_IMPORT_EMPTY', { file: fileName });
  return { fileName, format: 'xlsx', encoding: null, detectedEncoding: null, sheets };
}

/**
 * Decodes any accepted register file (see the module comment).
 * @param fileName the name as uploaded (its extension decides the format).
 */
export async function decodeImportFile(fileName: string, bytes: Uint8Array, opts: DecodeOptions = {}): Promise<SourceWorkbook> {
  const ext = extOf(fileName);
  if ((REFUSED_EXTENSIONS as readonly string[]).includes(ext) || startsWith(bytes, OLE2)) {
    throw new AppError('E_IMPORT_FILE_TYPE', { ext, reason: 'binary-office-format' });
  }
  if (bytes.length === 0) throw new AppError('E_IMPORT_EMPTY', { file: fileName });
  if (XLSX_EXTENSIONS.includes(ext)) return decodeXlsx(fileName, bytes);
  if (TEXT_EXTENSIONS.includes(ext)) return decodeCsv(fileName, bytes, opts);
  throw new AppError('E_IMPORT_FILE_TYPE', { ext, reason: 'unsupported' });
}

