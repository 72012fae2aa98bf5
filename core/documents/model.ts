/**
 * Renderer-independent document model (DESIGN §6). core builds a `DocModel` (already localized
 * zh-CN strings, tables, colours); electron/services/render turns it into PDF (pdfkit) or DOCX
 * (docx). Spreadsheets use the separate `WorkbookModel` (exceljs).
 *
 * Units: page geometry is in millimetres (`…Mm`), type sizes in points (`…Pt`, 1 pt = 1/72 in),
 * table column widths are relative weights, spreadsheet column widths are Excel character units.
 * Colours are 6-digit hex strings with a leading '#', e.g. '#E60012' (see ./colours.ts).
 *
 * Printing rules every renderer keeps (DESIGN §6): a cell or text block taller than the space
 * left continues on the next page, nothing is cut or replaced by "…"; a colour fill never
 * replaces text (the level name is always printed).
 */
import type { RiskLevel } from '../model/vocab';

export type Align = 'left' | 'center' | 'right';
export type PageSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** Page margins in millimetres. */
export interface MarginsMm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  size: PageSize;
  orientation: Orientation;
  /** Defaults: see `defaultMarginsMm`. The running header/footer sit inside top/bottom margins. */
  marginsMm?: MarginsMm;
}

/** A run of text with its own weight and colour (paragraphs, fields). */
export interface TextRun {
  text: string;
  bold?: boolean;
  /** '#RRGGBB'; default black. */
  color?: string;
}

/** A table cell: plain text, or text with fill, colour, weight, alignment and a vertical merge. */
export interface CellObject {
  text: string;
  /** Background '#RRGGBB'. The text is still printed (black-and-white printers). */
  fill?: string;
  /** Text colour '#RRGGBB'. */
  color?: string;
  bold?: boolean;
  align?: Align;
  /**
   * Number of rows this cell covers, counted from its own row (default 1). The same column in
   * the following `rowSpan - 1` rows is covered: whatever those rows hold for that key is ignored.
   * A span running past the last row is clamped to the table.
   */
  rowSpan?: number;
}
export type Cell = string | CellObject;

export interface TableColumn {
  /** Key into each row record. */
  key: string;
  title: string;
  /** Relative width; the renderer scales the weights to the text width of the page. */
  width: number;
  /** Default alignment of the column's body cells (header cells are centred). */
  align?: Align;
}

/**
 * An optional first header row grouping columns, e.g. `[{title:'',span:4},{title:'管控措施',span:5}]`.
 * Spans must add up to the number of columns. A group with an empty title does not print a group
 * cell: the titles of its columns fill both header rows (merged vertically).
 */
export interface GroupHeader {
  title: string;
  span: number;
}

export interface TitleBlock {
  type: 'title';
  text: string;
  /** 1 = document title (18 pt, centred), 2 = section (14 pt), 3 = sub-section (12 pt). */
  level: 1 | 2 | 3;
  align?: Align;
}

export interface ParagraphBlock {
  type: 'paragraph';
  /** '\n' starts a new line. */
  runs: TextRun[] | string;
  align?: Align;
  /** Default 10.5 pt (五号). */
  sizePt?: number;
}

/** The "企业名称：… 编制日期：…" grid under a title: label bold, value regular, no rules. */
export interface FieldsBlock {
  type: 'fields';
  items: { label: string; value: string }[];
  columns: 1 | 2 | 3 | 4;
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  groupHeader?: GroupHeader[];
  rows: Record<string, Cell>[];
  /** Repeat the header row(s) at the top of every page the table runs onto. */
  repeatHeader: boolean;
  /** Default 9 pt (小五). */
  fontSizePt?: number;
  /** Minimum height of body rows in mm, e.g. 8 for checklists filled in by hand. */
  minRowHeightMm?: number;
  /**
   * Keep the last row together with this much of what follows (mm), e.g. the signature lines,
   * so they never stand alone on a page: when both do not fit, the last row moves to the next
   * page with them (PDF; ignored when the row and the space are taller than a page).
   */
  keepWithNextMm?: number;
  /**
   * DOCX: mark the rows of each row-span group "keep with next" and every body row "can't split",
   * so that Word, WPS and LibreOffice move a group that fits on a page to the next page whole
   * instead of breaking its merged cell (the PDF renderer always does so). For tables of short
   * rows and groups; a group taller than a page still breaks.
   */
  keepRowSpanGroups?: boolean;
}

/** Blank lines to sign by hand: "编制人：________  日期：____年__月__日". */
export interface SignaturesBlock {
  type: 'signatures';
  items: string[];
  withDate: boolean;
}

/** A full-width band in the level's colour carrying the level name as text, then `text`. */
export interface LevelBandBlock {
  type: 'levelBand';
  level: RiskLevel;
  text: string;
}

export interface SpacerBlock {
  type: 'spacer';
  heightMm: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

/**
 * A box of the full text width and `heightMm`, drawn by a caller-supplied hook in PDF (signs,
 * QR codes). DOCX skips it or prints a placeholder text given by the caller.
 */
export interface CustomBlock {
  type: 'custom';
  id: string;
  heightMm: number;
  data: unknown;
}

export type Block =
  | TitleBlock
  | ParagraphBlock
  | FieldsBlock
  | TableBlock
  | SignaturesBlock
  | LevelBandBlock
  | SpacerBlock
  | PageBreakBlock
  | CustomBlock;

export interface DocModel {
  /** Document title (PDF metadata, DOCX core properties); print it with a `title` block. */
  title: string;
  page: PageSetup;
  /** Running header on every page (small grey text, a rule beneath). */
  header?: { left?: string; right?: string };
  /** Footer: "第 N 页 共 M 页" centred when `pageNumbers`, `left` at the left. */
  footer?: { pageNumbers: boolean; left?: string };
  blocks: Block[];
}

// ---------------------------------------------------------------------------------------------
// Workbook (xlsx)

export type WorkbookValue = Cell | number | Date | null;

export interface WorkbookColumn {
  key: string;
  title: string;
  /** Excel column width in character units (width of '0' in the default font). */
  widthChars: number;
  wrap?: boolean;
  /**
   * Left indent of left-aligned text cells in Excel's indent steps (about one character each), so
   * that text does not touch the cell border; counted against the width when rows are sized.
   */
  indent?: number;
  /**
   * 'date' cells: a Date is a calendar date taken from its UTC components (build it with
   * `Date.UTC`), or a 'YYYY-MM-DD' string; both print as yyyy-mm-dd in every time zone.
   */
  type?: 'text' | 'number' | 'date';
}

export interface WorkbookSheet {
  /** Sheet tab name; characters []:*?/\ are replaced and it is cut to 31 characters. */
  name: string;
  /** Bold title row merged across all columns above the header. */
  title?: string;
  columns: WorkbookColumn[];
  groupHeader?: GroupHeader[];
  rows: Record<string, WorkbookValue>[];
  freezeHeader: boolean;
  autoFilter: boolean;
  print: { orientation: Orientation; paper: PageSize; fitToWidth: boolean; repeatHeaderRows: boolean };
  /** A note row merged across all columns under the data (e.g. "注：…"). */
  footerNote?: string;
}

export interface WorkbookModel {
  sheets: WorkbookSheet[];
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the renderers (pure)

/** Paper sizes in millimetres, portrait (ISO 216). */
export const PAPER_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/**
 * Default margins in mm. Portrait keeps a wider left margin for binding; landscape registers use
 * even 15 mm margins to give the table the width. Both leave room for the running header/footer.
 */
export function defaultMarginsMm(orientation: Orientation): MarginsMm {
  return orientation === 'portrait' ? { top: 20, right: 15, bottom: 18, left: 20 } : { top: 16, right: 15, bottom: 15, left: 15 };
}

/** Page width/height in mm after orientation. */
export function pageSizeMm(page: PageSetup): { width: number; height: number } {
  const p = PAPER_MM[page.size];
  return page.orientation === 'landscape' ? { width: p.height, height: p.width } : { ...p };
}

export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;

/** The object form of a cell (plain strings become `{ text }`). */
export function cellObject(cell: Cell | undefined | null): CellObject {
  if (cell == null) return { text: '' };
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** Runs of a paragraph (a string becomes one regular run). */
export function paragraphRuns(runs: TextRun[] | string): TextRun[] {
  return typeof runs === 'string' ? [{ text: runs }] : runs;
}

/**
 * Checks a group header against its columns: every span ≥ 1 and the spans add up to
 * `columnCount`. Returns the problem as a short English reason, or null when valid.
 */
export function groupHeaderProblem(groups: GroupHeader[] | undefined, columnCount: number): string | null {
  if (!groups) return null;
  if (groups.some((g) => !Number.isInteger(g.span) || g.span < 1)) return 'group span must be a positive integer';
  const total = groups.reduce((s, g) => s + g.span, 0);
  return total === columnCount ? null : `group spans add up to ${total}, table has ${columnCount} columns`;
}

/**
 * Effective row spans of a table: `spans[r][c]` is the span (≥ 1) of the cell that starts at
 * row r in column c, or 0 when that position is covered by a span from above. Spans are clamped
 * to the last row.
 */
export function rowSpanGrid(columns: { key: string }[], rows: Record<string, unknown>[]): number[][] {
  const grid: number[][] = rows.map(() => columns.map(() => 1));
  columns.forEach((col, c) => {
    let coveredUntil = -1;
    rows.forEach((row, r) => {
      if (r <= coveredUntil) {
        grid[r]![c] = 0;
        return;
      }
      const cell = row[col.key];
      const raw = cell && typeof cell === 'object' && 'rowSpan' in cell ? Number((cell as CellObject).rowSpan) : 1;
      const span = Math.max(1, Math.min(Number.isFinite(raw) ? Math.floor(raw) : 1, rows.length - r));
      grid[r]![c] = span;
      coveredUntil = r + span - 1;
    });
  });
  return grid;
}
