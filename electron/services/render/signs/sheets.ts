/**
 * Draws the printable signs (安全标志（打印）) and the print-shop file (安全标志制作文件) with pdfkit,
 * from the pure layouts of core (core/signs/sheets.ts, core/documents/kinds/signs.ts). Every
 * plate is vector (drawSign: svg-to-pdfkit) with its title as real Noto Sans SC text; only the
 * embedded Noto Sans SC subsets are used (no Helvetica).
 *
 * Units: the layouts are in millimetres; pdfkit works in points (PT_PER_MM).
 */
import { joinNames } from '../../../../core/documents/joinNames';
import type { SignSheetsData, SignShopData } from '../../../../core/documents/kinds/signs';
import { cutMarkLines, type SheetLine, type SheetPage } from '../../../../core/signs/sheets';
import { newPdfDocument, pdfFontNames, PDF_BOLD, textWidthPt } from '../fonts';
import { lineText, wrapRuns } from '../textLayout';
import { drawSign, PT_PER_MM } from './drawSign';
import { loadPictograms, type SignPictograms } from './pictograms';

const K = PT_PER_MM;

interface PdfSink {
  doc: PDFKit.PDFDocument;
  done: Promise<Buffer>;
}

function sink(title: string, firstSize: [number, number]): PdfSink {
  const doc = newPdfDocument({
    size: firstSize, margin: 0, autoFirstPage: false, lang: 'zh-CN', displayTitle: true,
    info: { Title: title, Author: 'SafePost', Creator: 'SafePost', Producer: 'SafePost (pdfkit)' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/**
 * One line of text at (x, y) (top, mm) within `widthMm`, shrunk to fit (never wrapped: pdfkit's
 * wrapper could start a page). `align`: left or centre.
 */
function line(doc: PDFKit.PDFDocument, text: string, xMm: number, yMm: number, widthMm: number, sizePt: number, o: { bold?: boolean; color?: string | number[]; align?: 'left' | 'center' | 'right' } = {}): void {
  const bold = !!o.bold;
  const w = textWidthPt(text, sizePt, bold);
  const size = w > widthMm * K ? (sizePt * widthMm * K) / w : sizePt;
  const tw = textWidthPt(text, size, bold);
  const x = o.align === 'center' ? xMm * K + (widthMm * K - tw) / 2 : o.align === 'right' ? xMm * K + widthMm * K - tw : xMm * K;
  doc.font(bold ? PDF_BOLD : pdfFontNames().regular).fontSize(size).fillColor((o.color ?? '#000000') as string);
  doc.text(text, x, yMm * K, { lineBreak: false });
}

/** The 100 mm scale bar (true size) or its reduced image with the scale written (scaled pages). */
function scaleBar(doc: PDFKit.PDFDocument, p: SheetPage, color: string): void {
  const { x, y, lengthMm, heightMm, label } = p.scaleBar;
  // ten segments of 10 (real) mm, alternately filled, in a thin frame: checkable with a ruler
  const step = lengthMm / 10;
  doc.save();
  for (let i = 0; i < 10; i += 2) doc.rect((x + i * step) * K, y * K, step * K, heightMm * K).fill(color);
  doc.lineWidth(0.3).strokeColor(color).rect(x * K, y * K, lengthMm * K, heightMm * K).stroke();
  doc.restore();
  const size = p.footer.sizePt;
  line(doc, label, x + lengthMm + 2, y + heightMm / 2 - size * 0.19, 60, size, { color });
}

/** A left and a right part on one line, shrunk together when both do not fit the band. */
function pair(doc: PDFKit.PDFDocument, l: SheetLine, color: string, o: { reserveLeftMm?: number } = {}): void {
  const gapPt = 4 * K;
  const avail = l.width * K - (o.reserveLeftMm ?? 0) * K;
  const wl = l.left ? textWidthPt(l.left, l.sizePt, false) : 0;
  const wr = l.right ? textWidthPt(l.right, l.sizePt, false) : 0;
  const need = wl + wr + (wl && wr ? gapPt : 0);
  const size = need > avail ? (l.sizePt * avail) / need : l.sizePt;
  if (l.left) line(doc, l.left, l.x + (o.reserveLeftMm ?? 0), l.y, l.width - (o.reserveLeftMm ?? 0), size, { color });
  if (l.right) line(doc, l.right, l.x, l.y, l.width, size, { color, align: 'right' });
}

function cutMarks(doc: PDFKit.PDFDocument, b: { x: number; y: number; width: number; height: number }): void {
  doc.save().lineWidth(0.25).strokeColor('#000000');
  for (const [x1, y1, x2, y2] of cutMarkLines(b.x, b.y, b.width, b.height)) doc.moveTo(x1 * K, y1 * K).lineTo(x2 * K, y2 * K);
  doc.stroke().restore();
}

/**
 * Renders the printable sign pages. `pictograms` defaults to the shipped ones. Returns the PDF.
 * Throws AppError E_SIGN_UNKNOWN / E_RENDER_FAILED from drawSign.
 */
export async function renderSignSheets(data: SignSheetsData, pictograms?: SignPictograms): Promise<Buffer> {
  const pics = pictograms ?? (await loadPictograms());
  const first = data.pages[0];
  const { doc, done } = sink(data.title, first ? [first.widthMm * K, first.heightMm * K] : [595.28, 841.89]);
  if (data.pages.length === 0) {
    doc.addPage({ size: 'A4', margin: 0 });
    line(doc, `${data.title}：没有要打印的标志`, 20, 20, 170, 12, { bold: true });
  }
  for (const p of data.pages) {
    doc.addPage({ size: [p.widthMm * K, p.heightMm * K], margin: 0 });
    // A paper sheet is the sign itself: its admin lines are light grey, in the trimmable margin.
    const paper = p.mode === 'paper';
    const admin = paper ? '#808080' : '#444444';
    for (const pl of p.plates) {
      const s = data.specs[pl.spec]!;
      const inner = { x: pl.x + pl.margin, y: pl.y + pl.margin, w: pl.width - 2 * pl.margin, h: pl.height - 2 * pl.margin };
      drawSign(doc, s.signId, {
        x: inner.x * K, y: inner.y * K, widthMm: inner.w, heightMm: inner.h, withText: s.withText, textZh: s.title, pictograms: pics,
      });
      if (pl.cut) cutMarks(doc, pl.cut);
      else if (p.mode === 'scaled') doc.save().lineWidth(0.3).strokeColor('#999999').rect(pl.x * K, pl.y * K, pl.width * K, pl.height * K).stroke().restore();
      const c = pl.caption;
      c.lines.forEach((l, i) => {
        line(doc, l, c.x, c.y + i * c.sizePt * 0.42, c.width, c.sizePt, {
          align: c.align, bold: i === 0 && !paper, color: paper ? admin : i === 0 ? '#000000' : '#333333',
        });
      });
    }
    pair(doc, p.header, admin);
    scaleBar(doc, p, paper ? admin : '#000000');
    pair(doc, p.footer, paper ? admin : '#000000');
  }
  doc.end();
  return done;
}

/** Pure black for the print-shop file: K only (no four-colour black on thin strokes and small text). */
const K_BLACK = [0, 0, 0, 100];

/**
 * Renders the print-shop file: an A4 cover (enterprise, date, one row per plate with size, quantity
 * and places, the intended process colours, notes), then one page per plate whose size is the
 * plate's physical size, the plate drawn 1:1 from the page's corner in CMYK (safety colours as
 * SAFETY_COLOURS_CMYK, black as pure K). Returns the PDF.
 */
export async function renderSignShop(data: SignShopData, pictograms?: SignPictograms): Promise<Buffer> {
  const pics = pictograms ?? (await loadPictograms());
  const { doc, done } = sink(data.title, [595.28, 841.89]);
  const A4 = { w: 210, h: 297 };
  let y = 0;
  const cover = () => {
    doc.addPage({ size: 'A4', margin: 0 });
    y = 16;
  };
  cover();
  line(doc, data.title, 16, y, A4.w - 32, 16, { bold: true, align: 'center', color: K_BLACK });
  y += 10;
  line(doc, `${data.enterpriseName}\u3000\u3000编制日期：${data.date}\u3000\u3000共 ${data.plates.length} 种、${data.plates.reduce((s, p) => s + p.quantity, 0)} 块`, 16, y, A4.w - 32, 9, { align: 'center', color: K_BLACK });
  y += 9;
  if (data.banner) {
    line(doc, data.banner, 16, y - 2, A4.w - 32, 9, { bold: true, align: 'center', color: K_BLACK });
    y += 6;
  }
  const cols = [
    { t: '页码', w: 11 }, { t: '标志名称', w: 32 }, { t: '类别', w: 17 }, { t: '标志牌', w: 30 }, { t: '尺寸（宽×高，mm）', w: 28 }, { t: '数量', w: 10 }, { t: '设置地点', w: 50 },
  ];
  const rowH = 6.4;
  const header = () => {
    let x = 16;
    doc.save().rect(16 * K, y * K, 178 * K, rowH * K).fill('#EEEEEE').restore();
    for (const c of cols) {
      line(doc, c.t, x + 1, y + 1.6, c.w - 2, 8, { bold: true, color: K_BLACK });
      x += c.w;
    }
    y += rowH;
  };
  header();
  // a plate used at many places lists them on as many lines as they need (never shrunk to fit)
  const placeCol = cols[cols.length - 1]!;
  const PLACE_LINE_MM = 3.6;
  data.plates.forEach((p, i) => {
    const places = wrapRuns([{ text: joinNames(p.places) }], (placeCol.w - 2) * K, 8).map(lineText);
    const h = Math.max(rowH, 1.7 + places.length * PLACE_LINE_MM + 1.1);
    if (y + h > A4.h - 30) {
      cover();
      header();
    }
    const cells = [String(i + 2), p.title, p.category, p.plateLabel, `${Math.round(p.widthMm)}×${Math.round(p.heightMm)}`, String(p.quantity)];
    let x = 16;
    cells.forEach((c, j) => {
      line(doc, c, x + 1, y + 1.7, cols[j]!.w - 2, 8, { color: K_BLACK });
      x += cols[j]!.w;
    });
    places.forEach((l, k) => line(doc, l, x + 1, y + 1.7 + k * PLACE_LINE_MM, placeCol.w - 2, 8, { color: K_BLACK }));
    doc.save().lineWidth(0.3).strokeColor('#BBBBBB').moveTo(16 * K, (y + h) * K).lineTo(194 * K, (y + h) * K).stroke().restore();
    y += h;
  });
  // The intended process colours, each with a swatch painted in that CMYK.
  y += 6;
  if (y + 8 + data.colours.length * 5.6 > A4.h - 16) cover();
  line(doc, '印刷颜色（CMYK，本文件即按此输出）', 16, y, A4.w - 32, 9, { bold: true, color: K_BLACK });
  y += 6;
  for (const c of data.colours) {
    doc.save().rect(16 * K, y * K, 8 * K, 4 * K).fillAndStroke(c.cmyk.slice() as unknown as string, '#999999').restore();
    line(doc, `${c.name}\u3000${c.cmykText}\u3000${c.note}`, 27, y + 0.5, A4.w - 43, 8, { color: K_BLACK });
    y += 5.6;
  }
  y += 4;
  for (const n of data.notes) {
    if (y > A4.h - 16) cover();
    line(doc, n, 16, y, A4.w - 32, 8, { color: K_BLACK });
    y += 5;
  }
  for (const p of data.plates) {
    doc.addPage({ size: [p.widthMm * K, p.heightMm * K], margin: 0 });
    drawSign(doc, p.signId, {
      x: p.marginMm * K, y: p.marginMm * K, widthMm: p.widthMm - 2 * p.marginMm, heightMm: p.heightMm - 2 * p.marginMm, withText: p.withText, textZh: p.title, pictograms: pics,
      cmyk: true,
    });
  }
  doc.end();
  return done;
}
