/**
 * Page layout of the printable signs (安全标志（打印）), pure: which plate goes on which page, where,
 * at what scale, with which cut marks, caption, scale bar and note. electron/services/render/signs
 * draws the pages with pdfkit exactly as laid out here.
 *
 * Rules (the issue "GB 2894 safety signs", our print design):
 * - A paper-sheet plate of A4 or A3 is its own page and the page is the sign: the plate fills the
 *   sheet inside its white 10 mm margin, framed by cut marks; everything else (the caption, the
 *   page number, the 100 mm scale bar, the 100 % note, the enterprise) is one small grey line in
 *   the top and one in the bottom margin, outside the cut marks, so that the posted sign carries
 *   none of it (trim the margin, or leave it: it is light and small).
 * - Plates of which two or more fit on an A4 page (labels, small symbol plates) are packed several
 *   per page, portrait or landscape (whichever takes more), with cut marks; one cell per copy,
 *   first fit: a later label fills the room left on a page before a new page is started.
 * - Other plates that fit A4, else A3, at 100 % get one page per copy with cut marks.
 * - Larger plates are scaled down onto A4 at a round scale 1:N, printed once, with the scale bar
 *   drawn at that scale and the real size written; the 1:1 vector file is the print-shop file.
 * - True-size pages carry a 100 mm scale bar and 按实际大小(100%)打印.
 * - Pages of one place stay together; a page comes in the order of its first plate, so plates keep
 *   warning → prohibition → mandatory → information.
 * Units: millimetres, page origin top left; type sizes in points.
 */
import type { SignCategory } from '../standards/signIds';
import type { PlateClass } from './placement';

export type SheetPaper = 'A4' | 'A3';
export const SHEET_PAPER_MM: Readonly<Record<SheetPaper, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/** Printer margin of composed pages: most office printers leave 4–5 mm unprinted. */
export const SHEET_MARGIN_MM = 5;
/** Header band (one line of small text) and footer band (the note, then the scale bar). */
export const SHEET_HEADER_MM = 4;
export const SHEET_FOOTER_MM = 8;
/** Gap between cells of a multi-plate page: room for the cut marks. */
export const SHEET_GAP_MM = 7;
/** Caption under a plate: two small lines on multi-plate pages, two larger ones on single-plate pages. */
export const CAPTION_SMALL_MM = 6.5;
export const CAPTION_LARGE_MM = 10;
/** Type sizes (pt): header and footer lines, label captions, the admin lines of paper sheets. */
export const HEADER_PT = 6.5;
export const CAPTION_SMALL_PT = 5.5;
export const PAPER_LINE_PT = 5.5;
/** Cut marks: length and distance from the plate corner. */
export const CUT_MARK_MM = 4;
export const CUT_MARK_OFFSET_MM = 1.5;
/** The scale bar of true-size pages. */
export const SCALE_BAR_MM = 100;
export const TRUE_SIZE_NOTE = '按实际大小(100%)打印';
/** Round reduction scales 1:N offered for plates larger than A3. */
export const NICE_SCALES = [1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50] as const;

/** One plate to print (as many copies as `copies`). */
export interface SheetPlateSpec {
  signId: string;
  category: SignCategory;
  /** Title printed in the panel (or in the caption of a symbol-only plate). */
  title: string;
  withText: boolean;
  plateClass: PlateClass;
  /** Physical size, mm (paper sheets: the paper). */
  widthMm: number;
  heightMm: number;
  /** White paper margin inside the physical size (paper sheets), mm. */
  marginMm: number;
  /** The paper of a paper-sheet plate, when A4 or A3. */
  paper?: SheetPaper;
  copies: number;
  /**
   * Place (page group) and the caption lines: one or two short lines under a label (title and
   * place; plate and distance), two long ones for a page of its own.
   */
  group: string;
  captionShort: string[];
  captionLong: string[];
}

export type SheetPageMode = 'paper' | 'multi' | 'single' | 'scaled';

export interface Box { x: number; y: number; width: number; height: number }

export interface PlacedPlate {
  /** Index into the specs. */
  spec: number;
  /** Copy number 1…copies (scaled pages: 1, the caption names the quantity). */
  copy: number;
  /** Physical plate box on the page, mm (scaled). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** White margin inside the box (scaled), mm. */
  margin: number;
  scale: number;
  /** The box the cut marks frame (a paper sheet: its plate inside the margin), or null. */
  cut: Box | null;
  caption: { lines: string[]; x: number; y: number; width: number; sizePt: number; align: 'left' | 'center' };
}

/** One line of small text: left and right parts in a band from x to x + width. */
export interface SheetLine { left: string; right: string; x: number; y: number; width: number; sizePt: number }

export interface SheetPage {
  widthMm: number;
  heightMm: number;
  mode: SheetPageMode;
  group: string;
  plates: PlacedPlate[];
  /** 1 on true-size pages; 1/N on scaled pages. */
  scale: number;
  /** Enterprise, place and page number (paper sheets: the caption and the page number). */
  header: SheetLine;
  /** Scale bar (heightMm high) with its label right of it. */
  scaleBar: { x: number; y: number; lengthMm: number; heightMm: number; label: string };
  /** The print note; on paper sheets it shares the bottom line with the scale bar (right part). */
  footer: SheetLine;
  note: string;
}

export type Orientation = 'portrait' | 'landscape';

function pageMm(paper: SheetPaper, o: Orientation): { width: number; height: number } {
  const p = SHEET_PAPER_MM[paper];
  return o === 'portrait' ? { ...p } : { width: p.height, height: p.width };
}

/** How far cut marks reach beyond a plate's corner. */
export const CUT_MARK_REACH_MM = CUT_MARK_OFFSET_MM + CUT_MARK_MM;

/**
 * The box plates may occupy on a composed page: inside the margins, header and footer, and inset
 * by the reach of the cut marks so that no mark runs into the header, the footer or off the page.
 */
export function contentBox(paper: SheetPaper, o: Orientation): Box {
  const p = pageMm(paper, o);
  const r = CUT_MARK_REACH_MM;
  return {
    x: SHEET_MARGIN_MM + r, y: SHEET_MARGIN_MM + SHEET_HEADER_MM + r,
    width: p.width - 2 * SHEET_MARGIN_MM - 2 * r, height: p.height - 2 * SHEET_MARGIN_MM - SHEET_HEADER_MM - SHEET_FOOTER_MM - 2 * r,
  };
}

/** How many cells of w × h fit in a box, in a grid with the gap between cells. */
export function gridCount(boxW: number, boxH: number, w: number, h: number, gap = SHEET_GAP_MM): number {
  const cols = Math.floor((boxW + gap + 1e-9) / (w + gap));
  const rows = Math.floor((boxH + gap + 1e-9) / (h + gap));
  return Math.max(0, cols) * Math.max(0, rows);
}

/** Per A4 page in the better orientation: how many plates of this size fit as labels. */
export function labelsPerA4(widthMm: number, heightMm: number): number {
  const cellH = heightMm + CAPTION_SMALL_MM;
  return Math.max(...(['portrait', 'landscape'] as const).map((o) => {
    const b = contentBox('A4', o);
    return gridCount(b.width, b.height, widthMm, cellH);
  }));
}

/** The paper and orientation on which a plate fits at 100 % with its two-line caption, or null. */
export function singlePage(widthMm: number, heightMm: number): { paper: SheetPaper; orientation: Orientation } | null {
  for (const paper of ['A4', 'A3'] as const) {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const b = contentBox(paper, orientation);
      if (widthMm <= b.width + 1e-9 && heightMm + CAPTION_LARGE_MM <= b.height + 1e-9) return { paper, orientation };
    }
  }
  return null;
}

/** The round reduction 1:N (N from NICE_SCALES) that fits a plate on A4 with its caption. */
export function scaledFit(widthMm: number, heightMm: number): { orientation: Orientation; n: number } {
  let best: { orientation: Orientation; n: number } | null = null;
  for (const orientation of ['portrait', 'landscape'] as const) {
    const b = contentBox('A4', orientation);
    const k = Math.min(b.width / widthMm, (b.height - CAPTION_LARGE_MM) / heightMm);
    const n = NICE_SCALES.find((s) => 1 / s <= k + 1e-12) ?? Math.ceil(1 / k);
    if (!best || n < best.n) best = { orientation, n };
  }
  return best!;
}

/** How a spec is printed. */
export function sheetMode(s: Pick<SheetPlateSpec, 'plateClass' | 'paper' | 'widthMm' | 'heightMm'>): SheetPageMode {
  if (s.plateClass === 'paper' && s.paper) return 'paper';
  if (labelsPerA4(s.widthMm, s.heightMm) >= 2) return 'multi';
  if (singlePage(s.widthMm, s.heightMm)) return 'single';
  return 'scaled';
}

const fmt = (x: number) => String(Math.round(x * 10) / 10);

/** Composed pages (labels, single plates, scaled plates): header on top, note and scale bar below. */
function blankPage(paper: SheetPaper, o: Orientation, mode: Exclude<SheetPageMode, 'paper'>, group: string, scale: number): SheetPage {
  const p = pageMm(paper, o);
  const trueSize = scale === 1;
  const n = Math.round((1 / scale) * 100) / 100;
  const m = SHEET_MARGIN_MM;
  const barH = 1.2;
  return {
    widthMm: p.width, heightMm: p.height, mode, group, plates: [], scale,
    header: { left: '', right: '', x: m, y: m, width: p.width - 2 * m, sizePt: HEADER_PT },
    scaleBar: {
      x: m, y: p.height - m - barH - 0.4, lengthMm: SCALE_BAR_MM * scale, heightMm: barH,
      label: trueSize ? `${SCALE_BAR_MM} mm` : `比例 1:${fmt(n)}，此线段代表实际 ${SCALE_BAR_MM} mm`,
    },
    footer: { left: '', right: '', x: m, y: p.height - m - SHEET_FOOTER_MM + 0.6, width: p.width - 2 * m, sizePt: HEADER_PT },
    note: !trueSize
      ? `缩小打印（1:${fmt(n)}），仅供核对；请按“安全标志制作文件”1:1 制作。`
      : `${TRUE_SIZE_NOTE}，打印时不要选“适合页面”或缩放；沿裁切线裁下（标志四周留有白边，裁偏 1～2 mm 无妨）。`,
  };
}

/**
 * A paper sheet that is itself the sign: the plate inside its margin `marginMm`, cut marks at the
 * plate's corners, and two admin lines in the margin — the caption and the page number on top, the
 * scale bar, the 100 % note and the enterprise at the bottom — each kept ≥ 2 mm from the cut line
 * and ≥ 4.5 mm from the paper edge.
 */
function paperPage(paper: SheetPaper, group: string, marginMm: number): SheetPage {
  const p = SHEET_PAPER_MM[paper];
  const inset = marginMm + 4; // the text starts right of the vertical cut marks
  const width = p.width - 2 * inset;
  const lineH = PAPER_LINE_PT * 0.3528 * 1.2;
  const topY = Math.max(4.5, marginMm - 2 - lineH);
  const bottomY = p.height - marginMm + 2;
  const barLen = SCALE_BAR_MM;
  return {
    widthMm: p.width, heightMm: p.height, mode: 'paper', group, plates: [], scale: 1,
    header: { left: '', right: '', x: inset, y: topY, width, sizePt: PAPER_LINE_PT },
    scaleBar: { x: inset, y: bottomY + 0.5, lengthMm: barLen, heightMm: 1, label: `${SCALE_BAR_MM} mm` },
    footer: { left: '', right: '', x: inset + barLen + 14, y: bottomY, width: width - barLen - 14, sizePt: PAPER_LINE_PT },
    note: `${TRUE_SIZE_NOTE}，勿缩放；可沿四角裁切线裁去页边`,
  };
}

type Cell = { spec: number; copy: number; w: number; h: number; caption: string[] };

/**
 * First-fit shelf packing of cells (in order) onto one page of orientation `o`: each cell goes
 * into the first row with room for it (a row may grow taller while the page still holds all rows),
 * else into a new row. Returns the indices placed; commits the positions to `page` when given.
 */
function fillPage(cells: readonly Cell[], remaining: readonly number[], o: Orientation, page: SheetPage | null): number[] {
  const b = contentBox('A4', o);
  const rows: { h: number; w: number; items: number[] }[] = [];
  const total = () => rows.reduce((s, r) => s + r.h, 0) + SHEET_GAP_MM * Math.max(0, rows.length - 1);
  const placed: number[] = [];
  for (const idx of remaining) {
    const c = cells[idx]!;
    const ch = c.h + CAPTION_SMALL_MM;
    if (c.w > b.width + 1e-9) continue;
    let ok = false;
    for (const r of rows) {
      if (r.w + SHEET_GAP_MM + c.w <= b.width + 1e-9 && total() - r.h + Math.max(r.h, ch) <= b.height + 1e-9) {
        r.w += SHEET_GAP_MM + c.w;
        r.h = Math.max(r.h, ch);
        r.items.push(idx);
        ok = true;
        break;
      }
    }
    if (!ok && total() + (rows.length ? SHEET_GAP_MM : 0) + ch <= b.height + 1e-9) {
      rows.push({ h: ch, w: c.w, items: [idx] });
      ok = true;
    }
    if (ok) placed.push(idx);
  }
  if (page) {
    let y = b.y;
    for (const r of rows) {
      let x = b.x + (b.width - r.w) / 2;
      for (const idx of r.items) {
        const c = cells[idx]!;
        page.plates.push({
          spec: c.spec, copy: c.copy, x, y, width: c.w, height: c.h, margin: 0, scale: 1, cut: { x, y, width: c.w, height: c.h },
          caption: { lines: c.caption, x: x - 2, y: y + c.h + 1.2, width: c.w + 4, sizePt: CAPTION_SMALL_PT, align: 'center' },
        });
        x += c.w + SHEET_GAP_MM;
      }
      y += r.h + SHEET_GAP_MM;
    }
  }
  return placed;
}

/** Packs the cells of one place onto A4 pages, each page in the orientation that takes more. */
function packMulti(cells: Cell[], group: string): SheetPage[] {
  const pages: SheetPage[] = [];
  let remaining = cells.map((_, i) => i);
  while (remaining.length) {
    const area = (ids: number[]) => ids.reduce((s, i) => s + cells[i]!.w * cells[i]!.h, 0);
    const portrait = fillPage(cells, remaining, 'portrait', null);
    const landscape = fillPage(cells, remaining, 'landscape', null);
    const o: Orientation = area(landscape) > area(portrait) ? 'landscape' : 'portrait';
    const page = blankPage('A4', o, 'multi', group, 1);
    const placed = fillPage(cells, remaining, o, page);
    // A cell wider than the page cannot happen (multi needs two per page); guard anyway.
    const done = new Set(placed.length ? placed : [remaining[0]!]);
    remaining = remaining.filter((i) => !done.has(i));
    pages.push(page);
  }
  return pages;
}

/**
 * Lays out the pages for the specs (in print order: by place, then warning → prohibition →
 * mandatory → information). `enterpriseName` goes into every header (paper sheets: the bottom
 * line); page numbers are counted per document.
 */
export function layoutSignSheets(specs: readonly SheetPlateSpec[], enterpriseName: string): SheetPage[] {
  type Slot = { page: SheetPage } | { multi: string };
  const slots: Slot[] = [];
  const multiCells = new Map<string, Cell[]>();
  specs.forEach((s, index) => {
    const mode = sheetMode(s);
    if (mode === 'multi') {
      let list = multiCells.get(s.group);
      if (!list) {
        list = [];
        multiCells.set(s.group, list);
        slots.push({ multi: s.group });
      }
      for (let c = 1; c <= s.copies; c++) {
        const caption = [...s.captionShort];
        if (s.copies > 1) caption[0] = `${caption[0]} · ${c}/${s.copies}`;
        list.push({ spec: index, copy: c, w: s.widthMm, h: s.heightMm, caption });
      }
      return;
    }
    if (mode === 'scaled') {
      const fit = scaledFit(s.widthMm, s.heightMm);
      const k = 1 / fit.n;
      const page = blankPage('A4', fit.orientation, 'scaled', s.group, k);
      const b = contentBox('A4', fit.orientation);
      const w = s.widthMm * k;
      const h = s.heightMm * k;
      const x = b.x + (b.width - w) / 2;
      const y = b.y + (b.height - CAPTION_LARGE_MM - h) / 2;
      page.plates.push({
        spec: index, copy: 1, x, y, width: w, height: h, margin: s.marginMm * k, scale: k, cut: null,
        caption: { lines: [...s.captionLong, `实际尺寸 ${fmt(s.widthMm)}×${fmt(s.heightMm)} mm，按 1:${fmt(fit.n)} 缩小`], x: b.x, y: y + h + 2, width: b.width, sizePt: 8, align: 'center' },
      });
      slots.push({ page });
      return;
    }
    for (let c = 1; c <= s.copies; c++) {
      const copyNote = s.copies > 1 ? `（第 ${c}/${s.copies} 张）` : '';
      if (mode === 'paper') {
        const paper = SHEET_PAPER_MM[s.paper!];
        const page = paperPage(s.paper!, s.group, s.marginMm);
        const m = s.marginMm;
        page.plates.push({
          spec: index, copy: c, x: 0, y: 0, width: paper.width, height: paper.height, margin: m, scale: 1,
          cut: { x: m, y: m, width: paper.width - 2 * m, height: paper.height - 2 * m },
          // one line in the top margin, left of the page number
          caption: { lines: [`${s.captionLong.join(' · ')}${copyNote}`], x: page.header.x, y: page.header.y, width: page.header.width - 24, sizePt: PAPER_LINE_PT, align: 'left' },
        });
        slots.push({ page });
      } else {
        const fit = singlePage(s.widthMm, s.heightMm)!;
        const page = blankPage(fit.paper, fit.orientation, 'single', s.group, 1);
        const b = contentBox(fit.paper, fit.orientation);
        const x = b.x + (b.width - s.widthMm) / 2;
        const y = b.y + Math.max(0, (b.height - CAPTION_LARGE_MM - s.heightMm) / 2);
        const lines = [...s.captionLong];
        lines[lines.length - 1] += copyNote;
        page.plates.push({
          spec: index, copy: c, x, y, width: s.widthMm, height: s.heightMm, margin: s.marginMm, scale: 1, cut: { x, y, width: s.widthMm, height: s.heightMm },
          caption: { lines, x: b.x, y: y + s.heightMm + 2.5, width: b.width, sizePt: 8, align: 'center' },
        });
        slots.push({ page });
      }
    }
  });
  const pages: SheetPage[] = [];
  for (const slot of slots) {
    if ('page' in slot) pages.push(slot.page);
    else pages.push(...packMulti(multiCells.get(slot.multi)!, slot.multi));
  }
  pages.forEach((p, i) => {
    const pageNo = `第 ${i + 1} 页 共 ${pages.length} 页`;
    if (p.mode === 'paper') {
      // The caption takes the left of the top line; the enterprise closes the bottom line.
      p.header.right = pageNo;
      p.footer.left = p.note;
      p.footer.right = enterpriseName;
    } else {
      p.header.left = `${enterpriseName} · 安全标志 · ${p.group}`;
      p.header.right = pageNo;
      p.footer.left = p.note;
    }
  });
  return pages;
}

/** Corner cut marks of a plate box: short lines outside each corner, as [x1, y1, x2, y2] in mm. */
export function cutMarkLines(x: number, y: number, w: number, h: number): [number, number, number, number][] {
  const o = CUT_MARK_OFFSET_MM;
  const l = CUT_MARK_MM;
  const out: [number, number, number, number][] = [];
  for (const [cx, sx] of [[x, -1], [x + w, 1]] as const) {
    for (const [cy, sy] of [[y, -1], [y + h, 1]] as const) {
      out.push([cx + sx * o, cy, cx + sx * (o + l), cy]); // horizontal, on the edge's line
      out.push([cx, cy + sy * o, cx, cy + sy * (o + l)]); // vertical
    }
  }
  return out;
}
