import { describe, expect, it } from 'vitest';
import { signSheetsData } from '../documents/kinds/signs';
import { buildSample } from '../sample/buildSample';
import {
  contentBox, CUT_MARK_REACH_MM, cutMarkLines, labelsPerA4, layoutSignSheets, scaledFit, SCALE_BAR_MM, sheetMode, singlePage, TRUE_SIZE_NOTE,
  type Box, type SheetLine, type SheetPage, type SheetPlateSpec,
} from './sheets';

const sample = buildSample();

function spec(p: Partial<SheetPlateSpec>): SheetPlateSpec {
  return {
    signId: 'sign.no-entering', category: 'prohibition', title: '禁止入内', withText: true, plateClass: 'label', widthMm: 80, heightMm: 100, marginMm: 0,
    copies: 1, group: '配电房', captionShort: ['禁止入内 · 配电房', '标签 80×100 mm · 观察距离 1.5 m'], captionLong: ['禁止入内 · 配电房', '标签 80×100 mm'], ...p,
  };
}

describe('how a plate is printed', () => {
  it('labels go several per A4 page; A4/A3 sheets are their own page; boards fit A4, else A3, else are scaled', () => {
    expect(labelsPerA4(80, 100)).toBe(4); // portrait 2 × 2
    expect(labelsPerA4(100, 125)).toBe(2); // landscape 2 × 1
    expect(sheetMode(spec({}))).toBe('multi');
    expect(sheetMode(spec({ plateClass: 'paper', paper: 'A4', widthMm: 210, heightMm: 297 }))).toBe('paper');
    expect(sheetMode(spec({ plateClass: 'paper', widthMm: 148, heightMm: 210 }))).toBe('single'); // A5 on A4 with cut marks
    expect(singlePage(148, 210)).toEqual({ paper: 'A4', orientation: 'portrait' });
    expect(singlePage(200, 250)).toEqual({ paper: 'A3', orientation: 'portrait' });
    expect(singlePage(300, 400)).toBeNull();
    expect(sheetMode(spec({ plateClass: 'board', widthMm: 300, heightMm: 400 }))).toBe('scaled');
    // 400 × 500 on A4: 183 / 400 = 0.46 → 1:2.5 (0.4)
    expect(scaledFit(400, 500)).toEqual({ orientation: 'portrait', n: 2.5 });
    // 1200 × 800 landscape: min(276 / 1200, (177 − 10) / 800) = 0.209 → 1:5
    expect(scaledFit(1200, 800)).toEqual({ orientation: 'landscape', n: 5 });
  });

  it('the content box keeps cut marks clear of the header, the footer and the page edge', () => {
    const b = contentBox('A4', 'portrait');
    expect(b.x - CUT_MARK_REACH_MM).toBeGreaterThanOrEqual(5);
    expect(b.y - CUT_MARK_REACH_MM).toBeGreaterThanOrEqual(5 + 4);
    expect(b.y + b.height + CUT_MARK_REACH_MM).toBeLessThanOrEqual(297 - 5 - 8);
    // two 90 mm labels (a type-1 circle) side by side on portrait A4
    expect(b.width).toBeGreaterThanOrEqual(2 * 90 + 7);
    expect(labelsPerA4(90, 115)).toBe(4);
  });

  it('cut marks: two short lines outside each corner, on the edge lines', () => {
    const lines = cutMarkLines(10, 20, 80, 100);
    expect(lines).toHaveLength(8);
    expect(lines).toContainEqual([8.5, 20, 4.5, 20]);
    expect(lines).toContainEqual([10, 18.5, 10, 14.5]);
    expect(lines).toContainEqual([90, 121.5, 90, 125.5]);
  });
});

/** Height of one line of text of `sizePt`, mm (1.2 × the size). */
const lineMm = (sizePt: number) => sizePt * 0.3528 * 1.2;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const lineBox = (l: SheetLine): Box => ({ x: l.x, y: l.y, width: l.width, height: lineMm(l.sizePt) });
/** The distance between two boxes, mm (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

describe('layout of the printable signs', () => {
  it('every copy is placed once inside its page, without overlaps; scaled plates once', () => {
    const specs = [
      spec({ copies: 5 }),
      spec({ signId: 'sign.warn-fire', category: 'warning', title: '当心火灾', plateClass: 'board', widthMm: 400, heightMm: 500, copies: 2 }),
      spec({ signId: 'sign.must-safety-helmet', category: 'mandatory', plateClass: 'paper', paper: 'A4', widthMm: 210, heightMm: 297, marginMm: 10, copies: 2 }),
      spec({ plateClass: 'board', widthMm: 200, heightMm: 250, copies: 1, group: '仓库' }),
    ];
    const pages = layoutSignSheets(specs, '示例企业');
    const count = (i: number) => pages.flatMap((p) => p.plates).filter((pl) => pl.spec === i).length;
    expect([count(0), count(1), count(2), count(3)]).toEqual([5, 1, 2, 1]);
    expect(pages.map((p) => p.mode)).toEqual(['multi', 'multi', 'scaled', 'paper', 'paper', 'single']);
    for (const p of pages) {
      for (const a of p.plates) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(p.widthMm + 1e-9);
        expect(a.y + a.height).toBeLessThanOrEqual(p.heightMm + 1e-9);
        for (const b of p.plates) {
          if (a === b) continue;
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart).toBe(true);
        }
      }
    }
    // the page for 仓库 starts a new group; headers carry the group and page numbers
    expect(pages[5]!.header).toMatchObject({ left: '示例企业 · 安全标志 · 仓库', right: '第 6 页 共 6 页' });
  });

  it('true-size pages: 100 mm scale bar and 按实际大小(100%)打印; scaled pages: 1:N bar and the real size', () => {
    const pages = layoutSignSheets([spec({ copies: 1 }), spec({ plateClass: 'board', widthMm: 400, heightMm: 500 })], '示例企业');
    const [multi, scaled] = pages;
    expect(multi!.scale).toBe(1);
    expect(multi!.scaleBar.lengthMm).toBe(SCALE_BAR_MM);
    expect(multi!.note).toContain(TRUE_SIZE_NOTE);
    expect(TRUE_SIZE_NOTE).toBe('按实际大小(100%)打印');
    expect(scaled!.scale).toBe(0.4);
    expect(scaled!.scaleBar.lengthMm).toBe(40);
    expect(scaled!.scaleBar.label).toBe('比例 1:2.5，此线段代表实际 100 mm');
    expect(scaled!.note).not.toContain(TRUE_SIZE_NOTE);
    expect(scaled!.plates[0]!.caption.lines.at(-1)).toBe('实际尺寸 400×500 mm，按 1:2.5 缩小');
    expect(scaled!.plates[0]!.width).toBeCloseTo(160, 9);
  });

  it('A4/A3 sheets are the sign: cut marks frame the plate inside the margin; caption, page number, scale bar and note stay outside it', () => {
    for (const paper of ['A4', 'A3'] as const) {
      const size = paper === 'A4' ? { w: 210, h: 297 } : { w: 297, h: 420 };
      const [page] = layoutSignSheets([spec({ plateClass: 'paper', paper, widthMm: size.w, heightMm: size.h, marginMm: 10, copies: 1 })], '示例企业') as [SheetPage];
      expect(page.mode).toBe('paper');
      const pl = page.plates[0]!;
      expect(pl.cut).toEqual({ x: 10, y: 10, width: size.w - 20, height: size.h - 20 });
      const posted = pl.cut!;
      const bar: Box = { x: page.scaleBar.x, y: page.scaleBar.y, width: page.scaleBar.lengthMm + 14, height: page.scaleBar.heightMm };
      const caption: Box = { x: pl.caption.x, y: pl.caption.y, width: pl.caption.width, height: lineMm(pl.caption.sizePt) };
      for (const [name, b] of [['header', lineBox(page.header)], ['footer', lineBox(page.footer)], ['bar', bar], ['caption', caption]] as const) {
        expect(overlaps(b, posted), `${paper} ${name}`).toBe(false);
        expect(gap(b, posted), `${paper} ${name}`).toBeGreaterThanOrEqual(2 - 1e-9);
        // printable: ≥ 4.5 mm from the paper edge
        expect(b.y, name).toBeGreaterThanOrEqual(4.5 - 1e-9);
        expect(b.y + b.height, name).toBeLessThanOrEqual(size.h - 4.5 + 1e-9);
        expect(b.x, name).toBeGreaterThanOrEqual(4.5);
      }
      // the marks themselves lie in the margin, between the plate and the printable limit
      for (const [x1, y1, x2, y2] of cutMarkLines(posted.x, posted.y, posted.width, posted.height)) {
        for (const [x, y] of [[x1, y1], [x2, y2]] as const) expect(x >= 4.5 && y >= 4.5 && x <= size.w - 4.5 && y <= size.h - 4.5).toBe(true);
      }
      expect(page.header.right).toBe('第 1 页 共 1 页');
      expect(page.footer.left).toContain(TRUE_SIZE_NOTE);
      expect(page.footer.right).toBe('示例企业');
      expect(page.scaleBar.lengthMm).toBe(100);
      // the sheet-info line names the plate after a '·'
      expect(pl.caption.lines).toEqual(['禁止入内 · 配电房 · 标签 80×100 mm']);
    }
  });

  it('labels: caption with plate and distance; a later label fills the room left on an earlier page (first fit)', () => {
    const l90 = { widthMm: 90, heightMm: 115 };
    const specs = [
      spec({ ...l90, copies: 3 }),
      spec({ signId: 'sign.warn-fire', category: 'warning', title: '当心火灾', widthMm: 110, heightMm: 140, copies: 1 }),
      spec({ signId: 'sign.info-first-aid', category: 'information', title: '急救点', widthMm: 80, heightMm: 100, copies: 1 }),
    ];
    const pages = layoutSignSheets(specs, '示例企业');
    expect(pages.map((p) => p.mode)).toEqual(['multi', 'multi']);
    // page 1: the three 90 × 115 labels and the 80 × 100 one in the room beside the third
    expect(pages[0]!.plates.map((p) => p.spec)).toEqual([0, 0, 0, 2]);
    expect(pages[1]!.plates.map((p) => p.spec)).toEqual([1]);
    const first = pages[0]!.plates[0]!;
    expect(first.caption.lines).toEqual(['禁止入内 · 配电房 · 1/3', '标签 80×100 mm · 观察距离 1.5 m']);
    // cut marks frame the label itself, and the caption sits under it
    expect(first.cut).toEqual({ x: first.x, y: first.y, width: 90, height: 115 });
    expect(first.caption.y).toBeGreaterThan(first.y + first.height);
  });

  it('the sample sheets: prohibition, warning and mandatory signs, true-size pages of each kind, one page per place group', () => {
    const data = signSheetsData(sample);
    expect(new Set(data.specs.map((s) => s.category))).toEqual(new Set(['warning', 'prohibition', 'mandatory']));
    const modes = new Set(data.pages.map((p) => p.mode));
    expect(modes).toEqual(new Set(['multi', 'single', 'paper', 'scaled']));
    expect(data.pages.filter((p) => p.scale === 1).length).toBeGreaterThanOrEqual(10);
    for (const p of data.pages) expect(new Set(p.plates.map((pl) => data.specs[pl.spec]!.group))).toEqual(new Set([p.group]));
    // within a place, specs come warning → prohibition → mandatory
    const order = ['warning', 'prohibition', 'mandatory', 'information'];
    for (const g of new Set(data.specs.map((s) => s.group))) {
      const ranks = data.specs.filter((s) => s.group === g).map((s) => order.indexOf(s.category));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // the 配电房 unit only
    const pd = signSheetsData(sample, 'rp_pd');
    expect(pd.title).toBe('安全标志（打印）配电房');
    expect(pd.specs.map((s) => s.title)).toEqual(['当心触电', '禁止入内', '禁止合闸', '禁止堆放', '必须戴防护手套']);
    expect(pd.pages.map((p) => p.mode)).toEqual(['paper', 'paper', 'paper', 'multi', 'multi', 'paper']);
  });
});
