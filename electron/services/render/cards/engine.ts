/**
 * A fixed-layout engine for cards and boards (岗位告知卡, 公告栏): sheets built from rows of cells
 * whose every text box is measured before anything is drawn.
 *
 * Model: a card has a first-page header and footer, a continuation header and footer, and a body
 * of rows and tables (a table repeats its header row on every page it runs onto). A cell holds
 * text paragraphs (styled runs, an optional hanging prefix such as '1.'), a grid of sign icons
 * with captions, a QR code, or nothing (room to write by hand).
 *
 * Fitting (issue: cards; DESIGN §6): the body is tried at each of the card type's `sizes` (largest
 * first, e.g. 13 → 10.5 pt) and the largest that fits one page is taken, so a short card uses its
 * free space for larger type and cards of one type share a few sizes. When none fits, the body
 * (or the card's `multiPageBody`, which puts the key information first) flows at `flowPt` onto
 * continuation pages, and then takes the largest size that needs no more pages than that, so the
 * last page is not left nearly empty. Type never goes below CARD_MIN_PT = 8 pt. A row moves to the
 * next page whole; only a row taller than a page is split (between lines or sign rows), its label
 * repeated as '…（续）' and its other cells as “（续上页）”; a row may name a heading to repeat at
 * the top of a page it continues on (“作业中（续）”). Nothing is cut or replaced by "…".
 *
 * Typography: every string goes through core/cards/typography.ts (curly quotes, glued short
 * groups, numbers kept with their units); a paragraph whose last line would hold a single
 * character is re-broken (no widows); a `keep` paragraph (headers, levels, short captions) stays
 * on one line, shrinking down to 8 pt, before it may wrap.
 *
 * Geometry is in PDF points of a design space: the paper (A4 … A1, portrait or landscape) divided
 * by a design scale. A card designed for A4 prints on A4 at scale 1 and on A3 at scale 1.2 (a
 * larger page that holds more at slightly larger type); a poster designed for A3 prints on A3 at 1
 * and on A2 / A1 scaled up (√2, 2). Every placed text box is recorded (`CardLayout.texts`) with its
 * frame, its inner box and each line's width, so tests can check that nothing overflows, overlaps
 * or is clipped.
 */
import { AppError } from '../../../../core/contract/errors';
import { typeset } from '../../../../core/cards/typography';
import { textWidthPt } from '../fonts';
import { wrapRuns, lineText, type Line, type StyledText } from '../textLayout';

/** The smallest type size on any card (issue: cards). */
export const CARD_MIN_PT = 8;
/** PDF points per millimetre. */
export const MM = 72 / 25.4;

export type CardPaper = 'A4' | 'A3' | 'A2' | 'A1';
/** ISO 216 sizes in pt, portrait. */
export const PAPER_PT: Readonly<Record<CardPaper, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
  A2: { width: 1190.55, height: 1683.78 },
  A1: { width: 1683.78, height: 2383.94 },
};
export const A4_PT = PAPER_PT.A4;
/** A card designed for A4 prints on A3 at this scale (the rest of A3's extra size holds more content). */
export const A4_ON_A3_SCALE = 1.2;

/** The design scale of a layout designed for `base` printed on `paper`. */
export function designScale(base: CardPaper, paper: CardPaper): number {
  if (base === paper) return 1;
  if (base === 'A4' && paper === 'A3') return A4_ON_A3_SCALE;
  return PAPER_PT[paper].width / PAPER_PT[base].width;
}

export type Align = 'left' | 'center' | 'right';

export interface Run {
  text: string;
  bold?: boolean;
  color?: string;
}

export interface Para {
  runs: Run[];
  /** Hanging prefix on the first line ('1.', '·'); following lines align with the text. */
  prefix?: string;
  align?: Align;
  /** Absolute size in pt; default: the cell's size. */
  size?: number;
  /** Space above the paragraph in em of its size (default 0.2; the first paragraph gets none). */
  gapBefore?: number;
  /** Keep on one line (headers, level names, short captions): shrink down to 8 pt before wrapping. */
  keep?: boolean;
}

export type Content =
  | {
      kind: 'text';
      paras: Para[];
      /** Absolute size in pt (header/footer); when absent: the body size × `scale`. */
      size?: number;
      scale?: number;
      valign?: 'top' | 'middle';
      /** Line pitch in em (default 1.35). */
      lineFactor?: number;
    }
  | { kind: 'signs'; items: { id: string; caption: string }[]; iconMm: number; captionScale?: number; captionMaxPt?: number; gapMm?: number }
  | { kind: 'qr'; payload: string; sizeMm: number; caption: Para[]; captionSize: number }
  | { kind: 'empty' };

export interface Cell {
  /** Relative width within its row. */
  w: number;
  content: Content;
  fill?: string;
  /** Default text colour. */
  color?: string;
  /** Inner padding in pt (default 3.5). */
  pad?: number;
  /** Content of the continuation when the row is split (a label's '…（续）'); default empty. */
  cont?: Content;
}

export interface Row {
  cells: Cell[];
  /** Minimum height in pt (handwriting rows). */
  minH?: number;
  /** Never split this row between pages. */
  keep?: boolean;
  /** Start a new page rather than leave this row (a heading) at the foot of a page without the next row. */
  keepWithNext?: boolean;
  /** Draw cell borders (default true). */
  border?: boolean;
  /** A heading row repeated (after the table header) when this row opens a continuation page. */
  contHead?: Row;
}

export type Item = { type: 'row'; row: Row } | { type: 'table'; header: Row; rows: Row[] } | { type: 'gap'; h: number };

export interface CardSpec {
  /** PDF metadata title. */
  title: string;
  orientation: 'portrait' | 'landscape';
  /** The paper the design is made for (default A4); see designScale. */
  base?: CardPaper;
  /** Margins in mm (default 10). */
  marginMm?: number;
  firstHeader: Row[];
  contHeader: Row[];
  firstFooter: Row[];
  contFooter: Row[];
  body: Item[];
  /** The body used when the content needs more than one page (key information first); default `body`. */
  multiPageBody?: Item[];
  /** Body sizes tried for a one-page fit, largest first (pt, each ≥ flowPt). */
  sizes: readonly number[];
  /** Body size when the content flows onto more pages (pt, ≥ CARD_MIN_PT). */
  flowPt: number;
  /**
   * Smallest size allowed (pt, ≥ CARD_MIN_PT, default flowPt) to save a last page that would hold a
   * single row: the flow is tried down to it in 0.5 pt steps and taken when it needs a page less.
   */
  minFlowPt?: number;
  /** Largest size a flowing body grows to while keeping its page count (pt, default flowPt + 1.5). */
  maxFlowPt?: number;
  /** Gap between header, body and footer blocks (pt). */
  blockGap?: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One measured piece of a cell: a text line, a row of signs, or the QR block. */
type Unit =
  | { t: 'line'; line: Line; size: number; lineH: number; gap: number; prefix: string; indent: number; align: Align; color?: string; of: number; at: number }
  | { t: 'signs'; items: { id: string; caption: Line[]; size: number }[]; slotW: number; gapPt: number; iconPt: number; captionSize: number; captionLineH: number; h: number; gap: number }
  | { t: 'qr'; payload: string; sizePt: number; caption: Unit[]; h: number; gap: number };

interface CellLayout {
  units: Unit[];
  pad: number;
  valign: 'top' | 'middle';
}

interface MeasuredCell {
  cell: Cell;
  x: number;
  w: number;
  layout: CellLayout;
}

interface MeasuredRow {
  row: Row;
  cells: MeasuredCell[];
  h: number;
}

export interface PlacedLine {
  text: string;
  /** Lines of its paragraph (or caption) and this line's index among them (widow checks). */
  of: number;
  at: number;
  /** Left of the line's text (after any prefix), pt. */
  x: number;
  /** Top of the line box, pt. */
  y: number;
  width: number;
  h: number;
  size: number;
  bold: boolean;
  prefix: string;
}

/** A placed text box (for the fit checks). */
export interface PlacedText {
  page: number;
  frame: Rect;
  inner: Rect;
  /** Height of the content inside `inner`. */
  height: number;
  lines: PlacedLine[];
}

export interface PlacedCell {
  rect: Rect;
  cell: Cell;
  layout: CellLayout;
  /** Offset of the content from the inner top (vertical centring). */
  dy: number;
  border: boolean;
}

export interface CardLayout {
  spec: CardSpec;
  paper: CardPaper;
  /** Design pt → paper pt. */
  scale: number;
  /** The design page (paper / scale). */
  page: { width: number; height: number; margin: number };
  bodyPt: number;
  pages: PlacedCell[][];
  texts: PlacedText[];
  /** Every sign drawn: page and box. */
  signs: { page: number; id: string; box: Rect }[];
  qrs: { page: number; payload: string; box: Rect }[];
}

const DEFAULT_PAD = 3.5;
const DEFAULT_LINE = 1.35;

// ---------------------------------------------------------------------------------------------
// Measuring

/** Visible characters of a line (punctuation does not count). */
function visible(line: Line): number {
  return [...lineText(line)].filter((ch) => !/[\s，。、；：！？）》」』”’…—·,.;:!?)\]]/.test(ch)).length;
}

/**
 * Wraps a paragraph: a `keep` paragraph on one line (shrunk to fit, not below 8 pt or 70 % of its
 * size), else normally, re-broken at a slightly smaller width when its last line would hold one
 * character (a widow) and the line count stays the same.
 */
function wrapPara(runs: StyledText[], width: number, size: number, keep: boolean): { lines: Line[]; size: number } {
  // the fitting loop (layoutCard) measures the same paragraph at the same width and size many
  // times (each body size tried, each split of a row); lines are never changed once made, so a
  // wrap is kept with its runs (stable per paragraph, see runsOf) and computed once
  let byFit = WRAPS.get(runs);
  if (!byFit) WRAPS.set(runs, (byFit = new Map()));
  const key = `${width}|${size}|${keep ? 1 : 0}`;
  const hit = byFit.get(key);
  if (hit) return hit;
  const made = wrapParaUncached(runs, width, size, keep);
  byFit.set(key, made);
  return made;
}

/** Wraps of a paragraph's runs by width, size and keep; dropped with the runs (WeakMap). */
const WRAPS = new WeakMap<StyledText[], Map<string, { lines: Line[]; size: number }>>();
/** The print-form runs of a paragraph (typeset), made once per paragraph object. */
const RUNS = new WeakMap<Para, StyledText[]>();

function runsOf(p: Para): StyledText[] {
  let runs = RUNS.get(p);
  if (!runs) {
    runs = p.runs.map((r) => ({ text: typeset(r.text), ...(r.bold ? { bold: true } : {}), ...(r.color ? { color: r.color } : {}) }));
    RUNS.set(p, runs);
  }
  return runs;
}

function wrapParaUncached(runs: StyledText[], width: number, size: number, keep: boolean): { lines: Line[]; size: number } {
  const lines = wrapRuns(runs, width, size);
  if (keep && lines.length > 1) {
    const natural = wrapRuns(runs, 1e6, size)[0]?.width ?? 0;
    const shrunk = Math.floor(((size * width) / Math.max(natural, 1e-6)) * 100) / 100;
    if (shrunk >= Math.max(CARD_MIN_PT, size * 0.7)) return { lines: wrapRuns(runs, width, shrunk), size: shrunk };
  }
  if (lines.length >= 2 && visible(lines[lines.length - 1]!) <= 1) {
    for (let k = 1; k <= 6; k++) {
      const w = width - k * size * 0.5;
      if (w < width * 0.6) break;
      const alt = wrapRuns(runs, w, size);
      if (alt.length === lines.length && visible(alt[alt.length - 1]!) >= 2) return { lines: alt, size };
    }
  }
  return { lines, size };
}

function textUnits(c: Extract<Content, { kind: 'text' }>, width: number, body: number, color: string | undefined): Unit[] {
  const base = c.size ?? body * (c.scale ?? 1);
  const lf = c.lineFactor ?? DEFAULT_LINE;
  const out: Unit[] = [];
  c.paras.forEach((p, i) => {
    const size0 = p.size ?? base;
    const prefix = p.prefix ?? '';
    const bold = !!p.runs[0]?.bold;
    const indent = prefix ? textWidthPt(prefix, size0, bold) + size0 * 0.3 : 0;
    const runs = runsOf(p);
    const { lines, size } = wrapPara(runs, width - indent, size0, !!p.keep);
    const gap = i === 0 ? 0 : (p.gapBefore ?? 0.2) * size0;
    lines.forEach((line, k) =>
      out.push({ t: 'line', line, size, lineH: size0 * lf, gap: k === 0 ? gap : 0, prefix: k === 0 ? prefix : '', indent, align: p.align ?? 'left', ...(color ? { color } : {}), of: lines.length, at: k }),
    );
  });
  return out;
}

function signUnits(c: Extract<Content, { kind: 'signs' }>, width: number, body: number): Unit[] {
  const iconPt = c.iconMm * MM;
  const gapPt = (c.gapMm ?? 2.5) * MM;
  // the slot is wider than the icon so that captions of 4–6 characters stay on one line
  const minSlot = Math.max(iconPt, iconPt * 1.25);
  const cols = Math.max(1, Math.floor((width + gapPt) / (minSlot + gapPt)));
  const slotW = (width - gapPt * (cols - 1)) / cols;
  // captions stay small beside big body text: they label an icon
  const size = Math.max(CARD_MIN_PT, Math.min(c.captionMaxPt ?? 9.5, body * (c.captionScale ?? 0.85)));
  const lh = size * 1.25;
  const out: Unit[] = [];
  for (let i = 0; i < c.items.length; i += cols) {
    const items = c.items.slice(i, i + cols).map((it) => {
      const text = typeset(it.caption);
      // short captions (≤ 6 characters) never break: they shrink a little instead
      const { lines, size: s } = wrapPara([{ text }], slotW, size, [...it.caption].length <= 6);
      return { id: it.id, caption: lines, size: s };
    });
    const capLines = Math.max(...items.map((x) => x.caption.length));
    out.push({ t: 'signs', items: items.map((x) => ({ id: x.id, caption: x.caption, size: x.size })), slotW, gapPt, iconPt, captionSize: size, captionLineH: lh, h: iconPt + 2 + capLines * lh, gap: i === 0 ? 0 : 4 });
  }
  return out;
}

function measureContent(content: Content, width: number, body: number, color: string | undefined): Unit[] {
  if (content.kind === 'text') return textUnits(content, width, body, color);
  if (content.kind === 'signs') return signUnits(content, width, body);
  if (content.kind === 'qr') {
    const sizePt = content.sizeMm * MM;
    const caption = textUnits({ kind: 'text', paras: content.caption, size: content.captionSize, lineFactor: 1.25 }, width, body, color);
    const h = sizePt + 2 + caption.reduce((s, u) => s + unitH(u), 0);
    return [{ t: 'qr', payload: content.payload, sizePt, caption, h, gap: 0 }];
  }
  return [];
}

function unitH(u: Unit): number {
  return u.t === 'line' ? u.gap + u.lineH : u.gap + u.h;
}

function unitsH(units: Unit[]): number {
  return units.reduce((s, u) => s + unitH(u), 0);
}

function measureCell(cell: Cell, width: number, body: number): CellLayout {
  const pad = cell.pad ?? DEFAULT_PAD;
  const units = measureContent(cell.content, width - 2 * pad, body, cell.color);
  const valign = cell.content.kind === 'text' ? (cell.content.valign ?? 'top') : 'top';
  return { units, pad, valign };
}

function cellH(l: CellLayout): number {
  return l.units.length ? unitsH(l.units) + 2 * l.pad : 0;
}

function measureRow(row: Row, x0: number, width: number, body: number): MeasuredRow {
  const total = row.cells.reduce((s, c) => s + c.w, 0);
  let x = x0;
  const cells = row.cells.map((cell, i) => {
    // the last cell takes the rest, so rounding never leaves a gap at the right edge
    const w = i === row.cells.length - 1 ? x0 + width - x : (width * cell.w) / total;
    const m: MeasuredCell = { cell, x, w, layout: measureCell(cell, w, body) };
    x += w;
    return m;
  });
  const h = Math.max(row.minH ?? 0, ...cells.map((c) => cellH(c.layout)));
  return { row, cells, h };
}

/**
 * Splits a measured row so that the first part is at most `avail` tall. Returns null when no
 * cell can give up any content (the row moves to the next page whole).
 */
function splitRow(m: MeasuredRow, avail: number, body: number, strict: boolean): [MeasuredRow, MeasuredRow] | null {
  if (m.row.keep) return null;
  let any = false;
  const firsts: MeasuredCell[] = [];
  const rests: MeasuredCell[] = [];
  for (const c of m.cells) {
    const room = avail - 2 * c.layout.pad;
    let used = 0;
    let k = 0;
    while (k < c.layout.units.length && used + unitH(c.layout.units[k]!) <= room + 1e-6) used += unitH(c.layout.units[k++]!);
    const n = c.layout.units.length;
    if (strict && k < n) {
      // no single orphan line at the foot of a page, no single widow line at the top of the next
      if (k === 1 && n > 1) return null;
      if (n - k === 1 && k >= 3) k -= 1;
    }
    const head = c.layout.units.slice(0, k);
    const tail = c.layout.units.slice(k).map((u, i) => (i === 0 ? { ...u, gap: 0 } : u));
    if (tail.length > 0 && head.length > 0) any = true;
    if (tail.length > 0 && head.length === 0 && c.layout.units.length > 0) return null; // a cell would start empty: move the row
    firsts.push({ ...c, layout: { ...c.layout, units: head } });
    if (tail.length > 0) rests.push({ ...c, layout: { ...c.layout, units: tail } });
    else rests.push({ ...c, layout: c.cell.cont ? measureCell({ ...c.cell, content: c.cell.cont }, c.w, body) : { ...c.layout, units: [] } });
  }
  if (!any) return null;
  const first: MeasuredRow = { row: m.row, cells: firsts, h: Math.max(...firsts.map((c) => cellH(c.layout))) };
  const rest: MeasuredRow = { row: { ...m.row, minH: 0 }, cells: rests, h: Math.max(0, ...rests.map((c) => cellH(c.layout))) };
  // the first part fills the space it was given (its cells' borders reach the end of the body)
  first.h = avail;
  return [first, rest];
}

// ---------------------------------------------------------------------------------------------
// Layout

interface Frame {
  width: number;
  height: number;
  margin: number;
  left: number;
  right: number;
  paper: CardPaper;
  scale: number;
}

function frameOf(spec: CardSpec, paper: CardPaper): Frame {
  const base = spec.base ?? 'A4';
  const scale = designScale(base, paper);
  const landscape = spec.orientation === 'landscape';
  const p = PAPER_PT[paper];
  const width = (landscape ? p.height : p.width) / scale;
  const height = (landscape ? p.width : p.height) / scale;
  const margin = (spec.marginMm ?? 10) * MM;
  return { width, height, margin, left: margin, right: width - margin, paper, scale };
}

function blockH(rows: MeasuredRow[]): number {
  return rows.reduce((s, r) => s + r.h, 0);
}

interface PagePlan {
  header: MeasuredRow[];
  footer: MeasuredRow[];
  body: MeasuredRow[];
  /** Rows of `body` that repeat a table header or a continuation heading. */
  repeats: number;
}

/** Lays out `items` at `body` pt. Returns the pages (each with its header, body rows, footer). */
function paginate(spec: CardSpec, items: Item[], f: Frame, body: number): PagePlan[] {
  const W = f.right - f.left;
  const gap = spec.blockGap ?? 4;
  const m = (rows: Row[]) => rows.map((r) => measureRow(r, f.left, W, body));
  const head1 = m(spec.firstHeader);
  const headN = m(spec.contHeader);
  const foot1 = m(spec.firstFooter);
  const footN = m(spec.contFooter);
  // body height of a continuation page: a row taller than that is split, anything shorter moves whole
  const contRoom = f.height - 2 * f.margin - blockH(headN) - blockH(footN) - (headN.length ? gap : 0) - (footN.length ? gap : 0);
  const pages: PagePlan[] = [];
  let page: PagePlan;
  let y = 0;
  let limit = 0;
  const open = () => {
    const first = pages.length === 0;
    page = { header: first ? head1 : headN, footer: first ? foot1 : footN, body: [], repeats: 0 };
    pages.push(page);
    y = f.margin + blockH(page.header) + (page.header.length ? gap : 0);
    limit = f.height - f.margin - blockH(page.footer) - (page.footer.length ? gap : 0);
    if (limit - y < 60) throw new AppError('E_RENDER_FAILED', { format: 'pdf', reason: 'card header and footer leave no room for the body' });
  };
  open();
  const fresh = () => page.body.length === 0;
  const push = (row: MeasuredRow) => {
    page.body.push(row);
    y += row.h;
  };
  /** Opens a page inside a table: its header, then the row's continuation heading. */
  const openIn = (tableHeader: MeasuredRow | null, contHead: Row | undefined) => {
    open();
    if (tableHeader) push(tableHeader);
    if (contHead) push(measureRow(contHead, f.left, W, body));
    page.repeats = page.body.length;
  };
  const place = (row: MeasuredRow, tableHeader: MeasuredRow | null): void => {
    let cur = row;
    const onlyHeader = () => fresh() || (!!tableHeader && page.body.length <= 2 && page.body[0] === tableHeader && (page.body.length === 1 || page.body[1]!.row === cur.row.contHead));
    const room = () => contRoom - (tableHeader ? tableHeader.h : 0) - (cur.row.contHead ? measureRow(cur.row.contHead, f.left, W, body).h : 0);
    for (let guard = 0; guard < 1000; guard++) {
      if (cur.h <= limit - y + 1e-6) {
        push(cur);
        return;
      }
      // a row that fits a page moves there whole; only a taller one is split
      const tall = cur.h > room() + 1e-6;
      const split = tall || onlyHeader() ? (limit - y > 24 ? splitRow(cur, limit - y, body, !onlyHeader()) : null) : null;
      if (split) {
        push(split[0]);
        cur = split[1];
      } else if (onlyHeader()) {
        throw new AppError('E_RENDER_FAILED', { format: 'pdf', reason: 'a card row is taller than a page and cannot be split' });
      }
      openIn(tableHeader, cur.row.contHead);
    }
  };
  const keepNextNeed = (mh: number, next: Row) => {
    const n = measureRow(next, f.left, W, body);
    return mh + (next.keep ? n.h : Math.min(n.h, 3 * body * DEFAULT_LINE + 2 * DEFAULT_PAD));
  };
  items.forEach((item, index) => {
    if (item.type === 'gap') {
      if (!fresh()) y = Math.min(limit, y + item.h);
      return;
    }
    if (item.type === 'row') {
      const mr = measureRow(item.row, f.left, W, body);
      const next = items[index + 1];
      if (item.row.keepWithNext && next?.type === 'row' && !fresh() && keepNextNeed(mr.h, next.row) > limit - y) open();
      else if (item.row.keepWithNext && next?.type === 'table' && !fresh()) {
        const first = next.rows[0];
        const need = mr.h + measureRow(next.header, f.left, W, body).h + (first ? Math.min(measureRow(first, f.left, W, body).h, 3 * body * DEFAULT_LINE + 2 * DEFAULT_PAD) : 0);
        if (need > limit - y) open();
      }
      place(mr, null);
      return;
    }
    const header = measureRow(item.header, f.left, W, body);
    const first = item.rows[0] ? measureRow(item.rows[0], f.left, W, body) : null;
    // keep the header with the first row (whole when it fits a page)
    const need = header.h + (first ? (first.h <= contRoom - header.h ? first.h : Math.min(first.h, 3 * body * DEFAULT_LINE + 2 * DEFAULT_PAD)) : 0);
    if (need > limit - y && !fresh()) open();
    push(header);
    item.rows.forEach((r, i) => {
      const mr = i === 0 && first ? first : measureRow(r, f.left, W, body);
      const next = item.rows[i + 1];
      if (r.keepWithNext && next && !(page.body.length === 1 && page.body[0] === header) && keepNextNeed(mr.h, next) > limit - y) {
        open();
        push(header);
        page.repeats = 1;
      }
      place(mr, header);
    });
  });
  return pages;
}

/** The body sizes tried on `paper`: the spec's sizes, and on a larger paper than designed for, larger ones too. */
function sizesOn(spec: CardSpec, f: Frame): number[] {
  const base = spec.base ?? 'A4';
  const factor = PAPER_PT[f.paper].width / PAPER_PT[base].width / f.scale;
  const list = [...spec.sizes.map((x) => Math.round(x * factor * 4) / 4), ...spec.sizes].filter((x) => x >= spec.flowPt - 1e-6);
  return [...new Set(list)].sort((a, b) => b - a);
}

/**
 * The largest of `sizes` (descending) at which the body fits on one page, or null. Text at a
 * smaller size never needs more room, so a binary search finds what a scan from the largest size
 * would, with a handful of trial layouts instead of one per size (the fitting is most of a
 * card's rendering time).
 */
function largestOnOnePage(spec: CardSpec, f: Frame, sizes: readonly number[]): { pages: PagePlan[]; pt: number } | null {
  const tryAt = (i: number) => {
    const pages = paginate(spec, spec.body, f, sizes[i]!);
    return pages.length === 1 ? { pages, pt: sizes[i]! } : null;
  };
  if (sizes.length === 0) return null;
  let best = tryAt(sizes.length - 1);
  if (!best) return null;
  let lo = 0;
  let hi = sizes.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const fit = tryAt(mid);
    if (fit) {
      best = fit;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

/**
 * Lays out a card on `paper` (see the module comment for the size choice).
 * @throws AppError E_RENDER_FAILED when the header and footer leave no room, a row cannot be split,
 *   or a size is below CARD_MIN_PT.
 */
export function layoutCard(spec: CardSpec, paper: CardPaper = spec.base ?? 'A4'): CardLayout {
  if (spec.flowPt < CARD_MIN_PT || spec.sizes.some((x) => x < CARD_MIN_PT)) throw new AppError('E_RENDER_FAILED', { format: 'pdf', reason: 'card type below 8 pt' });
  const f = frameOf(spec, paper);
  const sizes = sizesOn(spec, f);
  const one = largestOnOnePage(spec, f, sizes);
  if (one) return place(spec, f, one.pages, one.pt);
  const items = spec.multiPageBody ?? spec.body;
  let chosen = { pages: paginate(spec, items, f, spec.flowPt), pt: spec.flowPt };
  // a last page with a single row (besides a repeated header) is saved by a slightly smaller size
  const lone = (pages: PagePlan[]) => pages.length > 1 && pages[pages.length - 1]!.body.length - pages[pages.length - 1]!.repeats <= 1;
  if (lone(chosen.pages)) {
    for (let pt = spec.flowPt - 0.5; pt >= Math.max(CARD_MIN_PT, spec.minFlowPt ?? spec.flowPt) - 1e-6; pt -= 0.5) {
      const pages = paginate(spec, items, f, pt);
      if (pages.length < chosen.pages.length) {
        chosen = { pages, pt };
        break;
      }
    }
  }
  const n = chosen.pages.length;
  const maxFlow = (spec.maxFlowPt ?? spec.flowPt + 1.5) * (PAPER_PT[f.paper].width / PAPER_PT[spec.base ?? 'A4'].width / f.scale);
  for (const pt of sizes) {
    if (pt <= chosen.pt) break;
    if (pt > maxFlow + 1e-6) continue;
    const pages = paginate(spec, items, f, pt);
    if (pages.length <= n) {
      chosen = { pages, pt };
      break;
    }
  }
  return place(spec, f, chosen.pages, chosen.pt);
}

/** Fixes the positions of every row and records the text boxes. */
function place(spec: CardSpec, f: Frame, plans: PagePlan[], bodyPt: number): CardLayout {
  const gap = spec.blockGap ?? 4;
  const layout: CardLayout = { spec, paper: f.paper, scale: f.scale, page: { width: f.width, height: f.height, margin: f.margin }, bodyPt, pages: [], texts: [], signs: [], qrs: [] };
  plans.forEach((plan, pageIndex) => {
    const cells: PlacedCell[] = [];
    const put = (rows: MeasuredRow[], top: number): number => {
      let y = top;
      for (const r of rows) {
        for (const c of r.cells) {
          const rect = { x: c.x, y, w: c.w, h: r.h };
          const contentH = unitsH(c.layout.units);
          const innerH = r.h - 2 * c.layout.pad;
          const dy = c.layout.valign === 'middle' ? Math.max(0, (innerH - contentH) / 2) : 0;
          cells.push({ rect, cell: c.cell, layout: c.layout, dy, border: r.row.border !== false });
          record(layout, pageIndex, rect, c.layout, dy);
        }
        y += r.h;
      }
      return y;
    };
    const yHead = put(plan.header, f.margin);
    put(plan.body, yHead + (plan.header.length ? gap : 0));
    put(plan.footer, f.height - f.margin - blockH(plan.footer));
    layout.pages.push(cells);
  });
  return layout;
}

function record(layout: CardLayout, page: number, rect: Rect, l: CellLayout, dy: number): void {
  const inner = { x: rect.x + l.pad, y: rect.y + l.pad, w: rect.w - 2 * l.pad, h: rect.h - 2 * l.pad };
  const lines: PlacedLine[] = [];
  let y = inner.y + dy;
  const pushLine = (u: Extract<Unit, { t: 'line' }>, x0: number, w: number) => {
    y += u.gap;
    const avail = w - u.indent;
    const dx = u.align === 'center' ? (avail - u.line.width) / 2 : u.align === 'right' ? avail - u.line.width : 0;
    lines.push({ text: lineText(u.line), of: u.of, at: u.at, x: x0 + u.indent + Math.max(0, dx), y, width: u.line.width, h: u.lineH, size: u.size, bold: u.line.segs.some((s) => s.bold), prefix: u.prefix });
    y += u.lineH;
  };
  for (const u of l.units) {
    if (u.t === 'line') pushLine(u, inner.x, inner.w);
    else if (u.t === 'signs') {
      y += u.gap;
      u.items.forEach((it, i) => {
        const sx = inner.x + i * (u.slotW + u.gapPt);
        layout.signs.push({ page, id: it.id, box: { x: sx + (u.slotW - u.iconPt) / 2, y, w: u.iconPt, h: u.iconPt } });
        let cy = y + u.iconPt + 2;
        for (const [k, line] of it.caption.entries()) {
          lines.push({ text: lineText(line), of: it.caption.length, at: k, x: sx + (u.slotW - line.width) / 2, y: cy, width: line.width, h: u.captionLineH, size: it.size, bold: false, prefix: '' });
          cy += u.captionLineH;
        }
      });
      y += u.h;
    } else {
      y += u.gap;
      layout.qrs.push({ page, payload: u.payload, box: { x: inner.x + (inner.w - u.sizePt) / 2, y, w: u.sizePt, h: u.sizePt } });
      y += u.sizePt + 2;
      for (const c of u.caption) if (c.t === 'line') pushLine(c, inner.x, inner.w);
    }
  }
  if (lines.length || l.units.length) layout.texts.push({ page, frame: rect, inner, height: unitsH(l.units), lines });
}

// ---------------------------------------------------------------------------------------------
// Helpers for card builders

/** A paragraph of one run. */
export function para(text: string, o: Omit<Para, 'runs'> & { bold?: boolean; color?: string } = {}): Para {
  const { bold, color, ...rest } = o;
  return { ...rest, runs: [{ text, ...(bold ? { bold } : {}), ...(color ? { color } : {}) }] };
}

/** Text content from paragraphs. */
export function text(paras: Para[] | string, o: Omit<Extract<Content, { kind: 'text' }>, 'kind' | 'paras'> = {}): Content {
  return { kind: 'text', paras: typeof paras === 'string' ? [para(paras)] : paras, ...o };
}

/** Numbered paragraphs '1.', '2.' … */
export function numbered(items: readonly string[]): Para[] {
  return items.map((t, i) => para(t, { prefix: `${i + 1}.` }));
}

/** Content height check used by tests: the tallest line width in a placed text. */
export function widestLine(t: PlacedText): number {
  return Math.max(0, ...t.lines.map((l) => l.x - t.inner.x + l.width));
}
