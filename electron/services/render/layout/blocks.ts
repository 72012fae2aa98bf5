/**
 * PDF layout of the document model's blocks (core/documents/model.ts) onto a Flow.
 * Sizes in pt; the model's mm values are converted here. Type sizes follow Chinese office
 * practice: 小二 18 pt titles, 四号 14 pt / 小四 12 pt sub-titles, 五号 10.5 pt text, 小五 9 pt tables.
 */
import { AppError } from '../../../../core/contract/errors';
import { BLACK, HEADER_FILL, RISK_COLOURS, levelBandLabel } from '../../../../core/documents/colours';
import {
  cellObject,
  groupHeaderProblem,
  mmToPt,
  paragraphRuns,
  rowSpanGrid,
  type Align,
  type Block,
  type CustomBlock,
  type FieldsBlock,
  type LevelBandBlock,
  type SignaturesBlock,
  type TableBlock,
} from '../../../../core/documents/model';
import { fieldColumnWidths } from '../fieldWidths';
import { textWidthPt } from '../fonts';
import { wrapRuns, type Line, type StyledText } from '../textLayout';
import type { Flow } from './flow';
import { drawGrid, type GridCellSpec, type GridHeaderCell } from './grid';

/** Draws a caller's custom block in `box` (pt, top-left origin) on `pdf`. */
export type CustomHook = (id: string, data: unknown, box: { x: number; y: number; w: number; h: number }, pdf: PDFKit.PDFDocument) => void;

export const TEXT_SIZE = 10.5;
export const TABLE_SIZE = 9;
export const PARAGRAPH_LINE_FACTOR = 1.5;
const TABLE_LINE_FACTOR = 1.3;
const TITLE: Record<1 | 2 | 3, { size: number; before: number; after: number; align: Align }> = {
  1: { size: 18, before: 0, after: 10, align: 'center' },
  2: { size: 14, before: 8, after: 6, align: 'left' },
  3: { size: 12, before: 6, after: 4, align: 'left' },
};

export function drawBlock(flow: Flow, block: Block, custom?: CustomHook): void {
  switch (block.type) {
    case 'title': {
      const t = TITLE[block.level];
      const lh = t.size * 1.35;
      const lines = wrapRuns([{ text: block.text, bold: true }], flow.width, t.size);
      if (!flow.atPageStart()) flow.y += t.before;
      // keep a title with at least three lines of what follows, or a table's two header rows and
      // its first row (about 72 pt), so a section title never ends a page alone
      flow.ensure(Math.min(lines.length * lh + t.after + Math.max(3 * TEXT_SIZE * PARAGRAPH_LINE_FACTOR, 72), flow.pageCapacity));
      flowLines(flow, lines, t.size, lh, block.align ?? t.align, BLACK);
      flow.y += t.after;
      return;
    }
    case 'paragraph': {
      const size = block.sizePt ?? TEXT_SIZE;
      const lines = wrapRuns(paragraphRuns(block.runs) as StyledText[], flow.width, size);
      flowLines(flow, lines, size, size * PARAGRAPH_LINE_FACTOR, block.align ?? 'left', BLACK);
      flow.y += size * 0.4;
      return;
    }
    case 'fields':
      return drawFields(flow, block);
    case 'table':
      drawTable(flow, block);
      flow.y += 6;
      return;
    case 'signatures':
      return drawSignatures(flow, block);
    case 'levelBand':
      return drawLevelBand(flow, block);
    case 'spacer':
      flow.y += mmToPt(block.heightMm);
      if (flow.y > flow.bottom) flow.newPage();
      return;
    case 'pageBreak':
      if (!flow.atPageStart()) flow.newPage();
      return;
    case 'custom':
      return drawCustom(flow, block, custom);
  }
}

/** Draws lines one by one, breaking the page between lines. */
export function flowLines(flow: Flow, lines: Line[], size: number, lh: number, align: Align, color: string): void {
  for (const line of lines) {
    flow.ensure(lh);
    flow.painter.line(line, flow.left, flow.width, flow.y, lh, size, align, color);
    flow.y += lh;
  }
}

function drawTable(flow: Flow, block: TableBlock): void {
  const problem = groupHeaderProblem(block.groupHeader, block.columns.length);
  if (problem) throw new AppError('E_RENDER_FAILED', { format: 'pdf', block: 'table', reason: problem });
  if (block.columns.length === 0) return;
  const total = block.columns.reduce((s, c) => s + Math.max(c.width, 0.0001), 0);
  const colWidths = block.columns.map((c) => (Math.max(c.width, 0.0001) / total) * flow.width);
  const spans = rowSpanGrid(block.columns, block.rows);
  const body: (GridCellSpec | null)[][] = block.rows.map((row, r) =>
    block.columns.map((col, c) => {
      const span = spans[r]![c]!;
      if (span === 0) return null;
      const cell = cellObject(row[col.key]);
      const spec: GridCellSpec = {
        runs: [{ text: cell.text.replace(/\s+$/, ''), ...(cell.bold ? { bold: true } : {}) }],
        align: cell.align ?? col.align ?? 'left',
        rowSpan: span,
      };
      if (cell.fill) spec.fill = cell.fill;
      if (cell.color) spec.color = cell.color;
      return spec;
    }),
  );
  drawGrid(flow, {
    colWidths,
    header: { rows: block.groupHeader ? 2 : 1, cells: headerCells(block), fill: HEADER_FILL },
    body,
    sizePt: block.fontSizePt ?? TABLE_SIZE,
    lineFactor: TABLE_LINE_FACTOR,
    padX: 3,
    padY: 3,
    borders: true,
    repeatHeader: block.repeatHeader,
    ...(block.minRowHeightMm ? { minRowHeight: mmToPt(block.minRowHeightMm) } : {}),
    ...(block.keepWithNextMm ? { keepAfter: mmToPt(block.keepWithNextMm) } : {}),
  });
}

/** Header cells: one row of titles, or a group row above (an untitled group merges down). */
export function headerCells(block: Pick<TableBlock, 'columns' | 'groupHeader'>): GridHeaderCell[] {
  if (!block.groupHeader) return block.columns.map((c, i) => ({ text: c.title, row: 0, rowSpan: 1, col: i, colSpan: 1 }));
  const cells: GridHeaderCell[] = [];
  let col = 0;
  for (const g of block.groupHeader) {
    if (g.title.trim() === '') {
      for (let k = col; k < col + g.span; k++) cells.push({ text: block.columns[k]!.title, row: 0, rowSpan: 2, col: k, colSpan: 1 });
    } else {
      cells.push({ text: g.title, row: 0, rowSpan: 1, col, colSpan: g.span });
      for (let k = col; k < col + g.span; k++) cells.push({ text: block.columns[k]!.title, row: 1, rowSpan: 1, col: k, colSpan: 1 });
    }
    col += g.span;
  }
  return cells;
}

function drawFields(flow: Flow, block: FieldsBlock): void {
  const cols = Math.max(1, Math.min(4, block.columns));
  const body: (GridCellSpec | null)[][] = [];
  for (let i = 0; i < block.items.length; i += cols) {
    body.push(
      Array.from({ length: cols }, (_, k) => {
        const item = block.items[i + k];
        const runs: StyledText[] = item ? [{ text: `${item.label}：`, bold: true }, { text: item.value }] : [];
        return { runs, align: 'left' as const, rowSpan: 1 };
      }),
    );
  }
  drawGrid(flow, {
    colWidths: fieldColumnWidths(block.items, cols, flow.width, TEXT_SIZE),
    header: null,
    body,
    sizePt: TEXT_SIZE,
    lineFactor: 1.4,
    padX: 2,
    padY: 2,
    borders: false,
    repeatHeader: false,
  });
  flow.y += 4;
}

function drawSignatures(flow: Flow, block: SignaturesBlock): void {
  if (block.items.length === 0) return;
  const size = TEXT_SIZE;
  const labelW = Math.max(...block.items.map((s) => textWidthPt(`${s}：`, size, true)));
  const dateW = textWidthPt('日期：', size, true);
  // the date blanks (40 + 24 + 24 pt plus 年月日) must fit after the label inside one column
  const blanksW = 88 + 3 * (textWidthPt('年', size) + 3) + 18;
  const minCol = Math.max(labelW, dateW) + Math.max(110, blanksW);
  const perRow = Math.max(1, Math.min(block.items.length, Math.floor(flow.width / minCol)));
  const colW = flow.width / perRow;
  const lineH = 26;
  const rowH = lineH * (block.withDate ? 2 : 1) + 6;
  flow.y += 14;
  const p = flow.painter;
  // keep the signature lines together (a lone row of them on a new page reads as a stray page)
  const total = Math.ceil(block.items.length / perRow) * rowH;
  if (total <= flow.bottom - flow.top) flow.ensure(total);
  for (let i = 0; i < block.items.length; i += perRow) {
    flow.ensure(rowH);
    block.items.slice(i, i + perRow).forEach((label, k) => {
      const x = flow.left + k * colW;
      const end = x + colW - 18;
      const base = flow.y + lineH - 6;
      p.text(`${label}：`, x, base, size, true, BLACK);
      p.rule(x + labelW + 2, base + 3, end, base + 3, 0.6, BLACK);
      if (block.withDate) {
        const b2 = base + lineH;
        p.text('日期：', x, b2, size, true, BLACK);
        // "____年__月__日": blanks sized for a hand-written 4-digit year and 2-digit month/day
        const unit = textWidthPt('年', size);
        let cx = x + labelW + 2;
        for (const [suffix, blank] of [['年', 40], ['月', 24], ['日', 24]] as const) {
          p.rule(cx, b2 + 3, cx + blank, b2 + 3, 0.6, BLACK);
          p.text(suffix, cx + blank + 1, b2, size, false, BLACK);
          cx += blank + unit + 3;
        }
      }
    });
    flow.y += rowH;
  }
}

function drawLevelBand(flow: Flow, block: LevelBandBlock): void {
  const c = RISK_COLOURS[block.level];
  const size = 12;
  const lh = size * 1.4;
  const pad = 5;
  const runs: StyledText[] = [{ text: levelBandLabel(block.level), bold: true }];
  if (block.text.trim()) runs.push({ text: `\u3000${block.text}`, bold: true });
  const lines = wrapRuns(runs, flow.width - 2 * pad - 4, size);
  let i = 0;
  flow.ensure(Math.min(lines.length * lh + 2 * pad, flow.pageCapacity));
  while (i < lines.length) {
    // the band continues on the next page when it is taller than the space left
    const fit = Math.max(1, Math.floor((flow.remaining() - 2 * pad) / lh));
    const chunk = lines.slice(i, i + fit);
    const h = chunk.length * lh + 2 * pad;
    flow.painter.fillRect(flow.left, flow.y, flow.width, h, c.fill);
    flow.painter.strokeRect(flow.left, flow.y, flow.width, h, 0.5, BLACK);
    chunk.forEach((line, k) => flow.painter.line(line, flow.left + pad + 2, flow.width - 2 * pad - 4, flow.y + pad + k * lh, lh, size, 'left', c.text));
    flow.y += h;
    i += chunk.length;
    if (i < lines.length) flow.newPage();
  }
  flow.y += 6;
}

function drawCustom(flow: Flow, block: CustomBlock, custom?: CustomHook): void {
  const h = mmToPt(block.heightMm);
  if (!custom) throw new AppError('E_RENDER_FAILED', { format: 'pdf', block: 'custom', id: block.id, reason: 'no custom hook' });
  if (h > flow.pageCapacity + 0.01) {
    throw new AppError('E_RENDER_FAILED', { format: 'pdf', block: 'custom', id: block.id, reason: 'taller than a page', heightMm: block.heightMm });
  }
  flow.ensure(h);
  const doc = flow.doc;
  doc.save();
  custom(block.id, block.data, { x: flow.left, y: flow.y, w: flow.width, h }, doc);
  doc.restore();
  flow.painter.reset();
  flow.y += h;
}
