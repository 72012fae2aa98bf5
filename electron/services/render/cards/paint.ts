/**
 * Paints card layouts (./engine.ts) into one PDF with pdfkit: cell fills, text lines at their
 * measured positions, sign icons (../signs/drawSign.ts, symbol only; the caption is measured text),
 * QR codes (the `qrcode` package's matrix at error-correction level M, drawn as merged rectangles
 * with a 4-module quiet zone), and the cell rules. Each layout is drawn on its paper at its design
 * scale (engine.ts: an A4 card on A3 at 1.2, a poster on A2 / A1 at √2 / 2).
 *
 * Fonts: documents come from `newPdfDocument` (Noto Sans SC subsets, never Helvetica), so the text
 * is extractable. Errors: AppError('E_RENDER_FAILED', { format: 'pdf', reason }).
 */
import QRCode from 'qrcode';
import { AppError } from '../../../../core/contract/errors';
import { composeSign } from '../../../../core/signs/compose';
import { safetySign } from '../../../../core/standards/signs';
import { newPdfDocument } from '../fonts';
import { Painter } from '../layout/painter';
import { drawSign, type SignPictograms } from '../signs';
import { MM, PAPER_PT, type CardLayout, type CardPaper } from './engine';

export type { CardPaper } from './engine';

const RULE_W = 0.6;
const RULE = '#000000';

/** The QR matrix of a payload at level M: size and a dark-module test. */
export function qrMatrix(payload: string): { size: number; dark: (row: number, col: number) => boolean } {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, dark: (r, c) => !!qr.modules.get(r, c) };
}

function drawQr(pdf: PDFKit.PDFDocument, payload: string, x: number, y: number, size: number): void {
  const m = qrMatrix(payload);
  const mod = size / (m.size + 8);
  const x0 = x + 4 * mod;
  const y0 = y + 4 * mod;
  pdf.save();
  for (let r = 0; r < m.size; r++) {
    let c = 0;
    while (c < m.size) {
      if (!m.dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < m.size && m.dark(r, c)) c++;
      // a hair of overlap closes the seams some viewers show between touching rectangles
      pdf.rect(r2(x0 + start * mod), r2(y0 + r * mod), r2((c - start) * mod + 0.05), r2(mod + 0.05));
    }
  }
  pdf.fill('#000000');
  pdf.restore();
}

/** Coordinates to 0.01 pt: plenty for print, and the content streams compress better. */
const r2 = (v: number) => Math.round(v * 100) / 100;

function paintPage(pdf: PDFKit.PDFDocument, layout: CardLayout, pageIndex: number, pictograms: SignPictograms, pageCount: number): void {
  const painter = new Painter(pdf);
  const cells = layout.pages[pageIndex]!;
  for (const c of cells) if (c.cell.fill) painter.fillRect(r2(c.rect.x), r2(c.rect.y), r2(c.rect.w), r2(c.rect.h), c.cell.fill);
  painter.reset();
  const subst = (s: string) => s.replace('{page}', String(pageIndex + 1)).replace('{pages}', String(pageCount));
  for (const c of cells) {
    const pad = c.layout.pad;
    const ix = c.rect.x + pad;
    const iw = c.rect.w - 2 * pad;
    let y = c.rect.y + pad + c.dy;
    const color = c.cell.color ?? '#000000';
    for (const u of c.layout.units) {
      y += u.gap;
      if (u.t === 'line') {
        if (u.prefix) painter.text(u.prefix, r2(ix), r2(y + u.lineH / 2 + 0.38 * u.size), u.size, !!u.line.segs[0]?.bold, u.color ?? color);
        const line = { ...u.line, segs: u.line.segs.map((s) => ({ ...s, text: subst(s.text), x: r2(s.x) })) };
        painter.line(line, r2(ix + u.indent), iw - u.indent, r2(y), u.lineH, u.size, u.align, u.color ?? color);
        y += u.lineH;
      } else if (u.t === 'signs') {
        u.items.forEach((it, i) => {
          const sx = ix + i * (u.slotW + u.gapPt);
          const sign = safetySign(it.id);
          if (sign) {
            const wMm = u.iconPt / MM;
            const hPt = composeSign(sign, null, { withText: false, widthMm: wMm }).layout.heightMm * MM;
            drawSign(pdf, it.id, { x: sx + (u.slotW - u.iconPt) / 2, y: y + Math.max(0, (u.iconPt - hPt) / 2), widthMm: wMm, withText: false, pictograms });
            painter.reset();
          }
          let cy = y + u.iconPt + 2;
          for (const line of it.caption) {
            painter.line(line, sx, u.slotW, cy, u.captionLineH, it.size, 'center', color);
            cy += u.captionLineH;
          }
        });
        y += u.h;
      } else {
        drawQr(pdf, u.payload, ix + (iw - u.sizePt) / 2, y, u.sizePt);
        painter.reset();
        y += u.sizePt + 2;
        for (const cu of u.caption) {
          if (cu.t !== 'line') continue;
          y += cu.gap;
          painter.line(cu.line, ix, iw, y, cu.lineH, cu.size, cu.align, color);
          y += cu.lineH;
        }
      }
    }
  }
  for (const c of cells) if (c.border) painter.strokeRect(r2(c.rect.x), r2(c.rect.y), r2(c.rect.w), r2(c.rect.h), RULE_W, RULE);
}

export interface RenderCardsOptions {
  title: string;
  pictograms: SignPictograms;
}

/**
 * Renders card layouts, one after the other, into a PDF (a batch is many layouts). Each layout's
 * pages keep their paper and orientation and are drawn at the layout's design scale.
 */
export async function renderCardLayouts(layouts: readonly CardLayout[], o: RenderCardsOptions): Promise<Buffer> {
  try {
    const pdf = newPdfDocument({
      autoFirstPage: false,
      bufferPages: false,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: o.title, Author: 'SafePost', Creator: 'SafePost', Producer: 'SafePost (pdfkit)' },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      pdf.on('end', () => resolve());
      pdf.on('error', reject);
    });
    for (const layout of layouts) {
      const landscape = layout.spec.orientation === 'landscape';
      const k = layout.scale;
      for (let i = 0; i < layout.pages.length; i++) {
        pdf.addPage({ size: layout.paper, layout: landscape ? 'landscape' : 'portrait', margin: 0 });
        pdf.save();
        if (k !== 1) pdf.scale(k);
        paintPage(pdf, layout, i, o.pictograms, layout.pages.length);
        pdf.restore();
      }
    }
    if (layouts.length === 0) pdf.addPage({ size: 'A4', margin: 0 });
    pdf.end();
    await done;
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_RENDER_FAILED', { format: 'pdf', reason: e instanceof Error ? e.message : String(e) });
  }
}

/** Page size in pt for a paper and orientation. */
export function paperPt(paper: CardPaper, orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const p = PAPER_PT[paper];
  return orientation === 'landscape' ? { width: p.height, height: p.width } : { ...p };
}
