/**
 * The printable signs and the print-shop file as PDFs (poppler): titles present, only embedded
 * Noto Sans SC subsets (no Helvetica), page sizes, and true size measured on the raster.
 */
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSample } from '../../../../core/sample/buildSample';
import { plateLayout } from '../../../../core/signs/geometry';
import { plateById } from '../../../../core/signs/placement';
import { SAFETY_COLOURS } from '../../../../core/signs/colours';
import { pdfFonts, pdfInfo, pdfPageRaster, pdfPages, pdfText, pdfWords, squash } from '../../../../tests/helpers/pdf';
import { produce } from '../../documents/produce';

const sample = buildSample();
const ctx = { today: '2026-11-20', preparer: '' };
const MM_PER_PT = 25.4 / 72;

/** Size of every page in mm (pdfinfo -f/-l reports one line per page). */
function pageSizesMm(pdf: Buffer, pages: number): { w: number; h: number }[] {
  return Array.from({ length: pages }, (_, i) => {
    const p = pdfInfoPage(pdf, i + 1);
    return { w: p.width * MM_PER_PT, h: p.height * MM_PER_PT };
  });
}

function pdfInfoPage(pdf: Buffer, page: number): { width: number; height: number } {
  const dir = mkdtempSync(join(tmpdir(), 'safepost-info-'));
  try {
    const f = join(dir, 'd.pdf');
    writeFileSync(f, pdf);
    const out = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), f], { encoding: 'utf8' });
    const m = new RegExp(`Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(out)!;
    return { width: Number(m[1]), height: Number(m[2]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The decompressed content of every Flate stream of a PDF (pdfkit compresses page contents). */
function pdfStreams(pdf: Buffer): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const s = pdf.indexOf('stream\n', at);
    if (s < 0) break;
    const e = pdf.indexOf('\nendstream', s);
    try {
      out.push(inflateSync(pdf.subarray(s + 7, e)).toString('latin1'));
    } catch {
      /* not a Flate stream (fonts are, images would not be) */
    }
    at = e + 10;
  }
  return out.join('\n');
}

function fontsOk(pdf: Buffer): void {
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
    expect(f.emb && f.sub).toBe(true);
  }
  expect(fonts.some((f) => /Helvetica/i.test(f.name))).toBe(false);
}

describe('安全标志（打印）', () => {
  let pd: Buffer;
  beforeAll(async () => {
    pd = (await produce(sample, 'signs.sheets', 'pdf', ctx, 'rp_pd')).bytes;
  });

  it('配电房: one page per A4/A3 sheet copy, labels on one page; titles, 100% note and scale bar as text; fonts embedded subsets', () => {
    const info = pdfInfo(pd);
    expect(info.pages).toBe(6);
    expect(info.title).toBe('安全标志（打印）配电房');
    const pages = pdfPages(pd).map(squash);
    for (const t of ['当心触电', '禁止入内', '禁止合闸', '禁止堆放', '必须戴防护手套']) expect(pages.join('')).toContain(t);
    for (const p of pages) {
      expect(p).toContain('按实际大小(100%)打印');
      expect(p).toContain('100mm');
      expect(p).toContain('配电房');
    }
    // the A3 sheet is an A3 page
    expect(pdfInfoPage(pd, 6).width).toBeCloseTo(841.89, 1);
    expect(pdfInfoPage(pd, 1).width).toBeCloseTo(595.28, 1);
    fontsOk(pd);
  });

  it('prints at true size: the 禁止入内 ring on its A4 sheet and the scale bar measure what the layout says', () => {
    const dpi = 100;
    const pxPerMm = dpi / 25.4;
    const r = pdfPageRaster(pd, 3, dpi);
    const plate = plateById('sheet-a4')!;
    const l = plateLayout('prohibition', plate);
    const cy = (plate.marginMm + l.cy) * pxPerMm;
    const isRed = (x: number) => {
      const c = r.at(x, cy);
      return parseInt(c.slice(1, 3), 16) > 180 && parseInt(c.slice(3, 5), 16) < 90 && parseInt(c.slice(5, 7), 16) < 110;
    };
    let left = -1;
    let right = -1;
    for (let x = 0; x < r.width; x++) {
      if (isRed(x)) {
        if (left < 0) left = x;
        right = x;
      }
    }
    const diameterMm = (right - left + 1) / pxPerMm;
    expect(l.dims.outerMm).toBeCloseTo(152, 0);
    expect(Math.abs(diameterMm - l.dims.outerMm)).toBeLessThan(0.8);
    expect(Math.abs((left + right + 1) / 2 / pxPerMm - (plate.marginMm + l.cx))).toBeLessThan(0.8);
    // scale bar: from 14 mm, 100 mm long, in the sheet's bottom margin under the cut line (289.5 mm, 1 mm high)
    const by = (289.5 + 0.5) * pxPerMm;
    const dark = (x: number) => parseInt(r.at(x, by).slice(1, 3), 16) < 200;
    let bl = -1;
    let br = -1;
    // from 12 mm: the vertical cut mark at 10 mm reaches down past the bar's line
    for (let x = Math.round(12 * pxPerMm); x < 116 * pxPerMm; x++) {
      if (dark(x)) {
        if (bl < 0) bl = x;
        br = x;
      }
    }
    expect(Math.abs(bl / pxPerMm - 14)).toBeLessThan(0.6);
    expect(Math.abs((br - bl + 1) / pxPerMm - 100)).toBeLessThan(0.8);
    // colours come from the safety colours
    expect(SAFETY_COLOURS.red).toBe('#E60012');
  });

  it('an A4/A3 sheet is the sign: inside its cut marks only the panel title is text; the admin lines are in the margin', () => {
    const { pages, words } = pdfWords(pd);
    const K = 72 / 25.4;
    for (const page of [1, 2, 3, 6]) {
      const size = pages[page - 1]!;
      // the plate inside the 10 mm margin
      const inside = words.filter((w) => w.page === page && w.xMin > 10 * K && w.xMax < size.width - 10 * K && w.yMin > 10 * K && w.yMax < size.height - 10 * K);
      expect(inside.map((w) => w.text).join(''), `page ${page}`).toMatch(/^(当心触电|禁止入内|必须戴防护手套)$/);
      const outside = words.filter((w) => w.page === page && !inside.includes(w)).map((w) => w.text).join('');
      expect(outside).toContain('100%');
      expect(outside).toContain(`第${page}页`);
      // nothing is printed within 4.5 mm of the paper edge
      for (const w of words.filter((x) => x.page === page)) {
        expect(w.yMin).toBeGreaterThanOrEqual(4.5 * K - 0.5);
        expect(w.yMax).toBeLessThanOrEqual(size.height - 4.5 * K + 0.5);
      }
    }
    // the office-printer file is sRGB, not CMYK
    expect(pdfStreams(pd)).not.toContain('/DeviceCMYK');
  });

  it('the whole sample: warning, prohibition and mandatory titles, scaled pages with their scale', async () => {
    const all = (await produce(sample, 'signs.sheets', 'pdf', ctx)).bytes;
    const text = squash(pdfText(all));
    for (const t of ['当心爆炸', '当心叉车', '当心中毒', '禁止烟火', '禁止入内', '必须戴护耳器', '必须通风']) expect(text).toContain(t);
    expect(text).toContain('比例1:2.5，此线段代表实际100mm');
    expect(text).toContain('实际尺寸400×500mm，按1:2.5缩小');
    fontsOk(all);
  });
});

describe('安全标志制作文件', () => {
  it('an A4 list, then one page per plate at its physical size (custom 400 × 500 mm, labels, boards)', async () => {
    const pdf = (await produce(sample, 'signs.shop', 'pdf', ctx)).bytes;
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(20);
    const sizes = pageSizesMm(pdf, info.pages);
    expect(sizes[0]!.w).toBeCloseTo(210, 0);
    const text = pdfPages(pdf).map(squash);
    expect(text[0]).toContain('安全标志制作文件');
    expect(text[0]).toContain('定制400×500mm');
    // the page of the custom plate is 400 × 500 mm and carries its title
    const customPage = text.findIndex((t, i) => i > 0 && t === '当心爆炸' && Math.abs(sizes[i]!.w - 400) < 0.1);
    expect(customPage).toBeGreaterThan(0);
    expect(sizes[customPage]!.h).toBeCloseTo(500, 1);
    expect(sizes.some((s) => Math.abs(s.w - 90) < 0.1 && Math.abs(s.h - 115) < 0.1)).toBe(true);
    // the list names plates by their actual size and states the process colours
    expect(text[0]).toContain('标志牌210×297mm');
    expect(text[0]).not.toContain('纸张打印');
    expect(text[0]).toContain('红C0M100Y100K0');
    expect(text[0]).toContain('黄C0M0Y100K0');
    expect(text[0]).toContain('色卡核对');
    // plates in CMYK: pure black (K only), red C0 M100 Y100 K0, yellow C0 M0 Y100 K0
    const ops = pdfStreams(pdf);
    expect(ops).toContain('/DeviceCMYK cs');
    expect(ops).toMatch(/\n0 0 0 1 scn\n/);
    expect(ops).toMatch(/\n0 1 1 0 scn\n/);
    expect(ops).toMatch(/\n0 0 1 0 scn\n/);
    // no RGB black left (the list's grey rules and header fill are RGB greys)
    expect(ops).not.toMatch(/\n0 0 0 scn\n/);
    expect(ops).not.toMatch(/\n0 0 0 SCN\n/);
    fontsOk(pdf);
  });
});

describe('安全标志图例 (print centre and pack)', () => {
  it('is a document kind: every category of the registry with its titles', async () => {
    const p = await produce(sample, 'signs.legend', 'pdf', ctx);
    expect(p.fileName).toBe('33_安全标志图例.pdf');
    const text = squash(pdfPages(p.bytes).join(''));
    for (const w of ['禁止标志', '警告标志', '指令标志', '提示标志', '禁止吸烟', '当心触电', '必须戴防护手套', '紧急出口']) expect(text).toContain(w);
  });
});
