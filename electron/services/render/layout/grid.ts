/**
 * Ruled grids in PDF: model tables and the borderless "fields" grid.
 *
 * Paging rules (DESIGN §6: nothing is cut, nothing is replaced by "…"):
 * - the header row(s) are kept with the first body row and, with `repeatHeader`, drawn again at
 *   the top of every page the table runs onto;
 * - a group of rows tied together by row spans stays on one page when it fits on an empty one;
 *   otherwise it is split between rows, and a spanned cell is drawn again on the next page with
 *   its text followed by "（续）";
 * - a row that does not fit on an empty page is split inside: each cell prints the lines that fit
 *   and continues with the next line on the next page (a spanned cell's text flows the same way).
 *
 * Units: pt. Heights come from the wrapped line count × line pitch plus vertical padding.
 */
import type { Align } from '../../../../core/documents/model';
import { BLACK, RULE } from '../../../../core/documents/colours';
import { wrapRuns, type Line, type StyledText } from '../textLayout';
import type { Flow } from './flow';

export interface GridCellSpec {
  runs: StyledText[];
  fill?: string;
  color?: string;
  align: Align;
  /** ≥ 1; the positions it covers below hold `null`. */
  rowSpan: number;
}

export interface GridHeaderCell {
  text: string;
  row: 0 | 1;
  rowSpan: 1 | 2;
  col: number;
  colSpan: number;
}

export interface GridSpec {
  /** Absolute column widths in pt; they should add up to the flow's width. */
  colWidths: number[];
  header: { rows: 1 | 2; cells: GridHeaderCell[]; fill: string } | null;
  /** Row-major; `null` marks a position covered by a row span from above. */
  body: (GridCellSpec | null)[][];
  sizePt: number;
  /** Line pitch as a multiple of the size. */
  lineFactor: number;
  padX: number;
  padY: number;
  borders: boolean;
  repeatHeader: boolean;
  /** Minimum body row height in pt (room to write by hand). */
  minRowHeight?: number;
  /** Space in pt kept free under the last row group (it moves to the next page otherwise). */
  keepAfter?: number;
}

/** Marker appended to a spanned cell repeated on a following page. */
export const CONTINUED = '（续）';

const EPS = 0.01;
const RULE_WIDTH = 0.5;

interface PCell {
  r: number;
  span: number;
  x: number;
  w: number;
  runs: StyledText[];
  lines: Line[];
  fill?: string;
  color: string;
  align: Align;
  /** Lines already drawn (on earlier pages or pieces). */
  printed: number;
  repeat?: Line[];
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: Line[];
  fill?: string;
  color: string;
  align: Align;
  middle: boolean;
}

interface Piece {
  r: number;
  y: number;
  h: number;
  assign: Map<PCell, [number, number]>;
  whole: boolean;
}

/** Lays out and draws a grid at the flow's cursor; leaves the cursor under the grid. */
export function drawGrid(flow: Flow, spec: GridSpec): void {
  const lh = spec.sizePt * spec.lineFactor;
  const { padX, padY } = spec;
  const xs: number[] = [];
  spec.colWidths.reduce((x, w) => (xs.push(x), x + w), flow.left);
  const wrap = (runs: StyledText[], w: number): Line[] => wrapRuns(runs, w - 2 * padX, spec.sizePt);

  // ---- body cells, natural row heights, span deficits, groups
  const n = spec.body.length;
  const singles: PCell[][] = Array.from({ length: n }, () => []);
  const coverBy: PCell[][] = Array.from({ length: n }, () => []);
  const endingAt: PCell[][] = Array.from({ length: n }, () => []);
  const spans: PCell[] = [];
  spec.body.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const w = spec.colWidths[c]!;
      const span = Math.max(1, Math.min(cell.rowSpan, n - r));
      const p: PCell = { r, span, x: xs[c]!, w, runs: cell.runs, lines: wrap(cell.runs, w), color: cell.color ?? BLACK, align: cell.align, printed: 0 };
      if (cell.fill) p.fill = cell.fill;
      if (span === 1) singles[r]!.push(p);
      else {
        spans.push(p);
        for (let k = r; k < r + span; k++) coverBy[k]!.push(p);
        endingAt[r + span - 1]!.push(p);
      }
    }),
  );
  const textH = (lines: number): number => 2 * padY + Math.max(1, lines) * lh;
  const minRow = spec.minRowHeight ?? 0;
  const heights = singles.map((cells) => Math.max(minRow, textH(Math.max(0, ...cells.map((c) => c.lines.length)))));
  for (const s of spans) {
    let sum = 0;
    for (let k = s.r; k < s.r + s.span; k++) sum += heights[k]!;
    const need = textH(s.lines.length);
    if (need > sum) heights[s.r + s.span - 1]! += need - sum;
  }
  const groups: [number, number][] = [];
  for (let g0 = 0; g0 < n; ) {
    let end = g0;
    for (let r = g0; r <= end; r++) for (const s of coverBy[r]!) end = Math.max(end, s.r + s.span - 1);
    groups.push([g0, end]);
    g0 = end + 1;
  }

  // ---- header
  const header = spec.header ? layoutHeader(spec, xs, lh) : null;
  const headerH = header?.height ?? 0;
  const drawHeader = (): void => {
    if (!header) return;
    drawBoxes(flow, spec, lh, header.boxes(flow.y));
    flow.y += headerH;
  };
  const capacity = flow.pageCapacity - (spec.repeatHeader ? headerH : 0);
  // the header stays with the first group of rows (or, when that group is taller than a page,
  // with its first two lines)
  const firstGroupH = groups.length ? sumRange(heights, groups[0]![0], groups[0]![1]) : 0;
  flow.ensure(headerH + (firstGroupH <= capacity + EPS ? firstGroupH : textH(2)));
  drawHeader();
  const previousHook = flow.onNewPage;
  if (spec.repeatHeader && header) flow.onNewPage = drawHeader;

  // ---- body
  let pieces: Piece[] = [];
  const repeatLines = (s: PCell): Line[] => {
    if (!s.repeat) {
      const last = s.runs[s.runs.length - 1];
      const runs = [...s.runs, { text: CONTINUED, ...(last?.bold ? { bold: true } : {}), ...(last?.color ? { color: last.color } : {}) }];
      s.repeat = wrap(runs, s.w);
    }
    return s.repeat;
  };
  const flush = (): void => {
    const boxes: Box[] = [];
    const inSlice = new Set<PCell>();
    for (const p of pieces) {
      for (const c of singles[p.r]!) {
        const [from, to] = p.assign.get(c) ?? [0, 0];
        // a coloured cell (a level) shows its text again on the pages its row continues onto
        const again = from === to && c.fill !== undefined && c.lines.length > 0 && textH(c.lines.length) <= p.h + EPS;
        boxes.push(again ? box(c, p.y, p.h, c.lines, true) : box(c, p.y, p.h, c.lines.slice(from, to), p.whole));
      }
      for (const s of coverBy[p.r]!) inSlice.add(s);
    }
    for (const s of inSlice) {
      let top = Infinity;
      let bottom = -Infinity;
      for (const p of pieces) {
        if (p.r < s.r || p.r >= s.r + s.span) continue;
        top = Math.min(top, p.y);
        bottom = Math.max(bottom, p.y + p.h);
      }
      const h = bottom - top;
      const fit = Math.max(0, Math.floor((h - 2 * padY + EPS) / lh));
      const left = s.lines.length - s.printed;
      if (left > 0) {
        const take = Math.min(fit, left);
        boxes.push(box(s, top, h, s.lines.slice(s.printed, s.printed + take), take === left && s.printed === 0));
        s.printed += take;
      } else {
        const rep = repeatLines(s);
        boxes.push(box(s, top, h, rep.length <= fit ? rep : [], true));
      }
    }
    drawBoxes(flow, spec, lh, boxes);
    pieces = [];
  };
  const breakPage = (segStart: Map<PCell, number>): void => {
    flush();
    flow.newPage();
    segStart.clear();
  };

  for (const [g0, g1] of groups) {
    // the last group keeps `keepAfter` with it (the signature lines under a checklist)
    const groupH = sumRange(heights, g0, g1) + (g1 === n - 1 ? (spec.keepAfter ?? 0) : 0);
    if (groupH > flow.remaining() + EPS && groupH <= capacity + EPS && !flow.atPageStart()) flow.newPage();
    const segStart = new Map<PCell, number>();
    let r = g0;
    while (r <= g1) {
      const rowCells = singles[r]!;
      const continuing = rowCells.some((c) => c.printed > 0);
      const rem = Math.max(0, ...rowCells.map((c) => c.lines.length - c.printed));
      const spanNeed = (s: PCell, fresh: boolean): number => {
        const lines = s.printed < s.lines.length ? s.lines.length - s.printed : repeatLines(s).length;
        const used = fresh ? 0 : flow.y - (segStart.get(s) ?? flow.y);
        return textH(lines) - used;
      };
      let need = continuing ? textH(rem) : Math.max(minRow, textH(rem));
      let freshNeed = need;
      for (const s of endingAt[r]!) {
        need = Math.max(need, spanNeed(s, false));
        freshNeed = Math.max(freshNeed, spanNeed(s, true));
      }
      const startSegments = (): void => {
        for (const s of coverBy[r]!) if (!segStart.has(s)) segStart.set(s, flow.y);
      };
      if (need <= flow.remaining() + EPS) {
        startSegments();
        const assign = new Map<PCell, [number, number]>();
        for (const c of rowCells) {
          assign.set(c, [c.printed, c.lines.length]);
          c.printed = c.lines.length;
        }
        pieces.push({ r, y: flow.y, h: need, assign, whole: !continuing });
        flow.y += need;
        r++;
        continue;
      }
      if (!flow.atPageStart() && (freshNeed <= capacity + EPS || flow.remaining() < textH(2))) {
        breakPage(segStart);
        continue;
      }
      // split row r: every cell prints the lines that fit here and continues on the next page
      const space = flow.remaining();
      const fit = Math.max(1, Math.floor((space - 2 * padY + EPS) / lh));
      startSegments();
      const assign = new Map<PCell, [number, number]>();
      for (const c of rowCells) {
        const to = Math.min(c.lines.length, c.printed + fit);
        assign.set(c, [c.printed, to]);
        c.printed = to;
      }
      pieces.push({ r, y: flow.y, h: Math.max(space, textH(1)), assign, whole: false });
      flow.y += space;
      breakPage(segStart);
      const done = rowCells.every((c) => c.printed >= c.lines.length) && endingAt[r]!.every((s) => s.printed >= s.lines.length);
      if (done) r++;
    }
    flush();
  }
  flow.onNewPage = previousHook;

  function box(c: PCell, y: number, h: number, lines: Line[], middle: boolean): Box {
    const b: Box = { x: c.x, y, w: c.w, h, lines, color: c.color, align: c.align, middle };
    if (c.fill) b.fill = c.fill;
    return b;
  }
}

function sumRange(a: number[], from: number, to: number): number {
  let s = 0;
  for (let k = from; k <= to; k++) s += a[k]!;
  return s;
}

/** Fills first, then text, then rules (a neighbour's fill must not paint over a shared rule). */
function drawBoxes(flow: Flow, spec: GridSpec, lh: number, boxes: Box[]): void {
  const p = flow.painter;
  for (const b of boxes) if (b.fill) p.fillRect(b.x, b.y, b.w, b.h, b.fill);
  for (const b of boxes) {
    const contentH = b.lines.length * lh;
    let y = b.middle ? b.y + (b.h - contentH) / 2 : b.y + spec.padY;
    for (const line of b.lines) {
      p.line(line, b.x + spec.padX, b.w - 2 * spec.padX, y, lh, spec.sizePt, b.align, b.color);
      y += lh;
    }
  }
  if (spec.borders) for (const b of boxes) p.strokeRect(b.x, b.y, b.w, b.h, RULE_WIDTH, RULE);
}

function layoutHeader(spec: GridSpec, xs: number[], lh: number): { height: number; boxes: (y: number) => Box[] } {
  const h = spec.header!;
  const cells = h.cells.map((cell) => {
    let w = 0;
    for (let k = cell.col; k < cell.col + cell.colSpan; k++) w += spec.colWidths[k]!;
    const lines = wrapRuns([{ text: cell.text, bold: true }], w - 2 * spec.padX, spec.sizePt);
    return { cell, x: xs[cell.col]!, w, lines };
  });
  const textH = (lines: number): number => 2 * spec.padY + Math.max(1, lines) * lh;
  const rowH = [0, 0];
  for (const c of cells) if (c.cell.rowSpan === 1) rowH[c.cell.row] = Math.max(rowH[c.cell.row]!, textH(c.lines.length));
  if (h.rows === 1) rowH[1] = 0;
  else {
    rowH[0] = Math.max(rowH[0]!, textH(1));
    rowH[1] = Math.max(rowH[1]!, textH(1));
    for (const c of cells) {
      const need = textH(c.lines.length);
      if (c.cell.rowSpan === 2 && need > rowH[0]! + rowH[1]!) rowH[1] = need - rowH[0]!;
    }
  }
  const height = rowH[0]! + rowH[1]!;
  return {
    height,
    boxes: (y) =>
      cells.map((c) => ({
        x: c.x,
        y: y + (c.cell.row === 1 ? rowH[0]! : 0),
        w: c.w,
        h: c.cell.rowSpan === 2 ? height : rowH[c.cell.row]!,
        lines: c.lines,
        fill: h.fill,
        color: BLACK,
        align: 'center' as const,
        middle: true,
      })),
  };
}
