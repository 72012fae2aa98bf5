/**
 * The sign contact sheet (安全标志图例): an A4 PDF with every sign of the registry, grouped by
 * category in the order of GB 2894 §9.5 (warning → prohibition → mandatory → information,
 * core/standards/signOrder.ts), each drawn with its text panel and captioned with its Chinese
 * title and the editions it belongs to. It is the visual check of the artwork and a page users can
 * hand to a sign maker, so it carries no internal keys: a pictogram taken from an icon set is
 * marked ★ after its title and the set is named in a footnote on that page.
 *
 * Unverified 2008 codes are not printed (DESIGN §5): the caption names editions, not codes.
 */
import { SIGN_ORDER_GB2894 } from '../../../../core/standards/signOrder';
import { SAFETY_SIGNS, SIGN_CATEGORY_ZH, type SafetySign } from '../../../../core/standards/signs';
import { signTitleZh } from '../../../../core/signs/compose';
import { newPdfDocument, pdfFontNames, PDF_BOLD } from '../fonts';
import { drawSign, PT_PER_MM } from './drawSign';
import { loadPictograms, type SignPictograms } from './pictograms';

const MM = PT_PER_MM;
const PAGE = { width: 210, height: 297, margin: 14 };
const COLUMNS = 6;
const GAP = 4;
const PLATE_W = (PAGE.width - 2 * PAGE.margin - (COLUMNS - 1) * GAP) / COLUMNS;
const PLATE_H = PLATE_W * 1.25;
const CAPTION_PT = 6.2;
const CAPTION_LINE = CAPTION_PT * 1.3;
const CELL_H = PLATE_H * MM + 2 * CAPTION_LINE + 8;
const HEADING_PT = 11;

/**
 * Writes one line centred in [x, x + width] at top y. No `width` option: pdfkit's line wrapper
 * would wrap or break pages; the caller keeps lines short (they are fitted or fixed captions).
 */
function centred(doc: PDFKit.PDFDocument, text: string, x: number, width: number, y: number): void {
  doc.text(text, x + Math.max(0, (width - doc.widthOfString(text)) / 2), y, { lineBreak: false });
}

/** Caption line about the editions a sign belongs to. */
export function editionCaption(sign: SafetySign): string {
  const eds = sign.editions.map((e) => e.edition);
  const in2008 = eds.includes('GB 2894-2008');
  const in2025 = eds.includes('GB 2894-2025');
  if (in2008 && in2025) return '2008 版 · 2025 版';
  if (in2008) return '2008 版（2025 版已删除）';
  return '2025 版新增';
}

/** Icon sets the registry's `artwork` may name, as the footnote names them (package → set and licence). */
const ICON_SETS: Readonly<Record<string, string>> = { '@mdi/svg': 'Material Design Icons（Apache-2.0）' };

/**
 * The mark after a sign's title about its pictogram: '' for our own drawing, '★' for an icon-set
 * pictogram (explained by artworkLegend), '（缺图形）' when there is none.
 */
export function artworkMark(sign: SafetySign): string {
  if (sign.artwork === 'own') return '';
  if (sign.artwork === 'missing') return '（缺图形）';
  return '★';
}

/** The footnote for the ★ of the signs given (one line per icon set), or [] when none is starred. */
export function artworkLegend(signs: readonly SafetySign[]): string[] {
  const sets = [...new Set(signs.filter((s) => s.artwork.startsWith('icon-set:')).map((s) => s.artwork.slice('icon-set:'.length)))];
  return sets.map((k) => `★ 图形取自 ${ICON_SETS[k] ?? k}`);
}

/**
 * Renders the contact sheet and returns the PDF bytes. `pictograms` defaults to the shipped
 * resources (loadPictograms()). Fonts: Noto Sans SC Regular and Bold subsets only.
 */
export async function renderContactSheet(pictograms?: SignPictograms): Promise<Buffer> {
  const pics = pictograms ?? (await loadPictograms());
  const doc = newPdfDocument({
    size: 'A4', margin: 0, bufferPages: true, autoFirstPage: false, lang: 'zh-CN', displayTitle: true,
    info: { Title: 'GB 2894 安全标志图例', Author: 'SafePost', Creator: 'SafePost', Producer: 'SafePost (pdfkit)' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const regular = pdfFontNames().regular;
  const left = PAGE.margin * MM;
  const right = (PAGE.width - PAGE.margin) * MM;
  const bottom = (PAGE.height - PAGE.margin - 6) * MM;
  let y = 0;

  // the signs drawn on each page, for the ★ footnote
  const onPage: SafetySign[][] = [];
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 0 });
    onPage.push([]);
    y = PAGE.margin * MM;
  };
  newPage();
  doc.font(PDF_BOLD).fontSize(15).fillColor('#000000').text('GB 2894 安全标志图例', left, y, { lineBreak: false });
  y += 20;
  doc.font(regular).fontSize(7.5).fillColor('#444444').text(
    '按 GB 2894 规定的顺序排列：警告 → 禁止 → 指令 → 提示。图形为 SafePost 自绘或取自开源图标库，仅供识别和核对；'
      + '颜色为屏幕/打印近似值（标准只规定色度范围）。正式制作标志前，请与 GB 2894-2025 官方图形和色卡比对。',
    left, y, { width: right - left },
  );
  y = doc.y + 10;

  for (const category of SIGN_ORDER_GB2894) {
    const signs = SAFETY_SIGNS.filter((s) => s.category === category);
    if (y + HEADING_PT * 2 + CELL_H > bottom) newPage();
    doc.font(PDF_BOLD).fontSize(HEADING_PT).fillColor('#000000').text(`${SIGN_CATEGORY_ZH[category]}（${signs.length}）`, left, y, { lineBreak: false });
    y += HEADING_PT * 1.8;
    signs.forEach((sign, i) => {
      const col = i % COLUMNS;
      if (col === 0 && i > 0) y += CELL_H;
      if (col === 0 && y + CELL_H > bottom) newPage();
      const x = left + col * (PLATE_W + GAP) * MM;
      drawSign(doc, sign.id, { x, y, widthMm: PLATE_W, withText: true, pictograms: pics });
      // Cut line: the warning plate is white on white paper.
      doc.save().lineWidth(0.3).strokeColor('#B0B0B0').rect(x, y, PLATE_W * MM, PLATE_H * MM).stroke().restore();
      let cy = y + PLATE_H * MM + 3;
      const w = PLATE_W * MM;
      onPage[onPage.length - 1]!.push(sign);
      // One line: long titles get a smaller size rather than a second line.
      const title = `${signTitleZh(sign)}${artworkMark(sign)}`;
      doc.font(PDF_BOLD).fontSize(CAPTION_PT);
      doc.fontSize(Math.min(CAPTION_PT, (CAPTION_PT * w) / doc.widthOfString(title))).fillColor('#000000');
      centred(doc, title, x, w, cy);
      cy += CAPTION_LINE;
      doc.font(regular).fontSize(CAPTION_PT).fillColor('#444444');
      centred(doc, editionCaption(sign), x, w, cy);
    });
    y += CELL_H + 6;
  }

  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    const legend = artworkLegend(onPage[p - range.start] ?? []);
    doc.font(regular).fontSize(7).fillColor('#444444');
    legend.forEach((l, i) => doc.text(l, left, (PAGE.height - PAGE.margin) * MM - 4 - (legend.length - i) * 10 - 4, { lineBreak: false }));
    doc.font(regular).fontSize(7).fillColor('#666666');
    centred(doc, `SafePost · GB 2894 安全标志图例 · 第 ${p - range.start + 1} 页 共 ${range.count} 页`, left, right - left, (PAGE.height - PAGE.margin) * MM - 4);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
