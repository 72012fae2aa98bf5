/**
 * Drawing primitives over one PDFDocument: rectangles, rules and pre-wrapped lines of text.
 * Coordinates are pdfkit's: pt, origin top-left, y down. Font and fill colour are tracked so a
 * page of table text does not repeat the same state changes for every line.
 */
import { pdfFontNames } from '../fonts';
import type { Line } from '../textLayout';

/**
 * Where the baseline sits in a line box of height `lineH` for text of `sizePt`: Noto Sans SC's
 * ideographic em box spans 0.88 em above to 0.12 em below the baseline, so its centre is 0.38 em
 * above; putting that centre on the box centre centres Chinese (and Latin capitals) vertically.
 */
export function baselineIn(top: number, lineH: number, sizePt: number): number {
  return top + lineH / 2 + 0.38 * sizePt;
}

export class Painter {
  private bold: boolean | null = null;
  private size = -1;
  private fill: string | null = null;

  private readonly names = pdfFontNames();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Forget tracked state (after a new page, or after a caller's hook drew freely). */
  reset(): void {
    this.bold = null;
    this.size = -1;
    this.fill = null;
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.rect(x, y, w, h).fill(color);
    this.fill = color;
  }

  strokeRect(x: number, y: number, w: number, h: number, lineWidth: number, color: string): void {
    this.doc.lineWidth(lineWidth).rect(x, y, w, h).stroke(color);
  }

  rule(x1: number, y1: number, x2: number, y2: number, lineWidth: number, color: string, dash?: number): void {
    const d = this.doc.lineWidth(lineWidth);
    if (dash) d.dash(dash, { space: dash });
    d.moveTo(x1, y1).lineTo(x2, y2).stroke(color);
    if (dash) d.undash();
  }

  /** One string at a baseline; no wrapping (the text was laid out before). */
  text(str: string, x: number, baseline: number, sizePt: number, bold: boolean, color: string): void {
    if (str === '') return;
    const doc = this.doc;
    if (this.bold !== bold) {
      doc.font(bold ? this.names.bold : this.names.regular);
      this.bold = bold;
    }
    if (this.size !== sizePt) {
      doc.fontSize(sizePt);
      this.size = sizePt;
    }
    if (this.fill !== color) {
      doc.fillColor(color);
      this.fill = color;
    }
    doc.text(str, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }

  /**
   * A wrapped line in a box [x, x + width] × [top, top + lineH], aligned left/center/right.
   * Segments keep their own weight and colour; `color` is the default.
   */
  line(line: Line, x: number, width: number, top: number, lineH: number, sizePt: number, align: 'left' | 'center' | 'right', color: string): void {
    const base = baselineIn(top, lineH, sizePt);
    const dx = align === 'center' ? (width - line.width) / 2 : align === 'right' ? width - line.width : 0;
    for (const seg of line.segs) this.text(seg.text, x + Math.max(0, dx) + seg.x, base, sizePt, seg.bold, seg.color ?? color);
  }
}
