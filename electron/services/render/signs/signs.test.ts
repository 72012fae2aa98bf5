import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitPanelText } from '../../../../core/signs/panelText';
import { signLayout } from '../../../../core/signs/geometry';
import { signTitleZh } from '../../../../core/signs/compose';
import { SAFETY_SIGNS, safetySign } from '../../../../core/standards/signs';
import { SIGN_ORDER_GB2894 } from '../../../../core/standards/signOrder';
import { pdfFonts, pdfInfo, pdfPages, pdfText, squash } from '../../../../tests/helpers/pdf';
import { newPdfDocument, textWidthPt } from '../fonts';
import { cmykColour, drawSign, PT_PER_MM } from './drawSign';
import { loadPictograms, type SignPictograms } from './pictograms';
import { artworkLegend, artworkMark, editionCaption, renderContactSheet } from './contactSheet';

let pics: SignPictograms;
beforeAll(async () => {
  pics = await loadPictograms();
});

async function onePagePdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = newPdfDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('loadPictograms', () => {
  it('reads and parses one pictogram per sign with artwork', () => {
    const withArt = SAFETY_SIGNS.filter((s) => s.artwork !== 'missing').map((s) => s.id).sort();
    expect(pics.ids()).toEqual(withArt);
    expect(pics.get('sign.warn-electric-shock')!.viewBox).toEqual([0, 0, 100, 100]);
    expect(pics.get('sign.nope')).toBeUndefined();
  });

  it('names the folder when it is missing and the file when one is broken', async () => {
    await expect(loadPictograms('/nonexistent/signs')).rejects.toMatchObject({ code: 'E_FILE_NOT_FOUND' });
    const dir = mkdtempSync(join(tmpdir(), 'safepost-signs-'));
    try {
      writeFileSync(join(dir, 'warn-fire.svg'), '<svg width="10"><path d="M0 0"/></svg>');
      writeFileSync(join(dir, 'not-a-sign.svg'), 'ignored');
      await expect(loadPictograms(dir)).rejects.toMatchObject({ code: 'E_RENDER_FAILED', details: { file: join(dir, 'warn-fire.svg') } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('drawSign', () => {
  it('draws the plate at the asked size with its title as real bold text; no Helvetica', async () => {
    let drawn: ReturnType<typeof drawSign> | undefined;
    const pdf = await onePagePdf((doc) => {
      drawn = drawSign(doc, 'sign.warn-electric-shock', { x: 40, y: 40, widthMm: 100, withText: true, pictograms: pics });
      drawSign(doc, 'sign.no-smoking', { x: 40, y: 400, widthMm: 80, withText: false, pictograms: pics });
    });
    expect(drawn!.widthPt).toBeCloseTo(100 * PT_PER_MM, 6);
    expect(drawn!.heightPt).toBeCloseTo(125 * PT_PER_MM, 6);
    expect(drawn!.lines).toEqual(['当心触电']);
    expect(squash(pdfText(pdf))).toBe('当心触电');
    const fonts = pdfFonts(pdf);
    expect(fonts.some((f) => /NotoSansSC-Bold$/.test(f.name) && f.emb && f.sub)).toBe(true);
    expect(fonts.some((f) => /Helvetica/i.test(f.name))).toBe(false);
  });

  it('a sign touching the bottom of the page stays on that page (no automatic page break)', async () => {
    const pdf = await onePagePdf((doc) => {
      const h = 125 * PT_PER_MM;
      drawSign(doc, 'sign.must-safety-helmet', { x: 20, y: doc.page.height - h, widthMm: 100, withText: true, pictograms: pics });
    });
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(squash(pdfText(pdf))).toBe('必须戴安全帽');
  });

  it('cmyk: safety colours read from the SVG become process colours; named defaults stay as they are', () => {
    expect(cmykColour([[0, 0, 0], 1], '#000000')).toEqual([[0, 0, 0, 100], 1]);
    expect(cmykColour([[0xe6, 0x00, 0x12], 0.5], '#E60012')).toEqual([[0, 100, 100, 0], 0.5]);
    expect(cmykColour([[0x12, 0x34, 0x56], 1], '#123456')).toEqual([[0x12, 0x34, 0x56], 1]);
    // svg-to-pdfkit runs the hook over its shared named colours without the text: left alone
    expect(cmykColour([[0, 0, 0], 1])).toEqual([[0, 0, 0], 1]);
  });

  it('refuses an unknown sign', async () => {
    await onePagePdf((doc) => {
      expect(() => drawSign(doc, 'sign.nope', { x: 0, y: 0, widthMm: 50, withText: true, pictograms: pics })).toThrow(/E_SIGN_UNKNOWN/);
    });
  });

  it('the fitted title never overflows its panel in the real font (every sign, three plate widths)', () => {
    for (const s of SAFETY_SIGNS) {
      for (const widthMm of [27, 100, 400]) {
        const panel = signLayout(s.category, { withText: true, widthMm }).panel!;
        const t = fitPanelText(signTitleZh(s), panel.width, panel.height);
        for (const line of t.lines) {
          expect(textWidthPt(line, t.fontSize * PT_PER_MM, true), `${s.id} ${widthMm}`).toBeLessThanOrEqual(panel.width * PT_PER_MM);
        }
      }
    }
  });
});

describe('renderContactSheet', () => {
  let pdf: Buffer;
  const out = process.env.SAFEPOST_SIGN_SHEET;
  beforeAll(async () => {
    pdf = await renderContactSheet(pics);
    // Set SAFEPOST_SIGN_SHEET=/path/sheet.pdf to keep the sheet for a visual check (pdftoppm).
    if (out) writeFileSync(out, pdf);
  }, 60_000);

  it('is an A4 PDF of a few pages with only embedded Noto Sans SC subsets', () => {
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(595.28, 1);
    expect(info.height).toBeCloseTo(841.89, 1);
    expect(info.pages).toBeGreaterThanOrEqual(4);
    expect(info.pages).toBeLessThanOrEqual(7);
    expect(info.title).toBe('GB 2894 安全标志图例');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBe(2);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
      expect(f.emb && f.sub && f.uni).toBe(true);
    }
  });

  it('shows every sign with its title and edition, categories in GB 2894 order; no internal keys, icon-set artwork starred', () => {
    const raw = squash(pdfText(pdf, 'raw'));
    for (const s of SAFETY_SIGNS) {
      const caption = squash(`${signTitleZh(s)}${artworkMark(s)}${editionCaption(s)}`);
      expect(raw, s.id).toContain(caption);
    }
    // customer-facing: no registry ids, no package names; the ★ is explained on its page
    expect(raw).not.toMatch(/sign\.[a-z]/);
    expect(raw).not.toContain('@mdi');
    expect(raw).not.toContain('图形：');
    const pages = pdfPages(pdf).map(squash);
    const starred = SAFETY_SIGNS.filter((s) => artworkMark(s) === '★').map((s) => squash(`${signTitleZh(s)}★`));
    expect(starred).toHaveLength(3);
    for (const p of pages) expect(p.includes('★图形取自MaterialDesignIcons（Apache-2.0）')).toBe(starred.some((t) => p.includes(t)));
    expect(pages.some((p) => p.includes('当心中毒★'))).toBe(true);
    const headings = SIGN_ORDER_GB2894.map((c) => raw.indexOf({ warning: '警告标志（', prohibition: '禁止标志（', mandatory: '指令标志（', information: '提示标志（' }[c]));
    expect(headings.every((i) => i >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(raw).toContain('警告标志（44）');
    expect(editionCaption(safetySign('sign.warn-confined-space')!)).toBe('2025 版新增');
    expect(editionCaption(safetySign('sign.no-chemical-fibre-clothing')!)).toBe('2008 版（2025 版已删除）');
    expect(artworkMark(safetySign('sign.warn-infection')!)).toBe('★');
    expect(artworkMark(safetySign('sign.warn-electric-shock')!)).toBe('');
    expect(artworkLegend([safetySign('sign.warn-infection')!, safetySign('sign.warn-poisoning')!])).toEqual(['★ 图形取自 Material Design Icons（Apache-2.0）']);
    expect(artworkLegend([safetySign('sign.warn-electric-shock')!])).toEqual([]);
  });
});
