/**
 * The vertical cursor of a PDF being laid out: the content box of the page (pt, inside the
 * margins), the current y, and page breaks. A block that is laying out a table sets `onNewPage`
 * to repeat its header on every page it runs onto.
 */
import { defaultMarginsMm, mmToPt, type PageSetup } from '../../../../core/documents/model';
import type { Painter } from './painter';

export class Flow {
  /** Cursor: top of the next thing to draw, pt from the page top. */
  y = 0;
  /** y where the current page's content started (after a repeated table header). */
  pageStartY = 0;
  /** Called right after a page break (e.g. to draw a repeated table header and move y). */
  onNewPage: (() => void) | null = null;
  readonly margins: { top: number; right: number; bottom: number; left: number };
  readonly pageWidth: number;
  readonly pageHeight: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly painter: Painter,
    private readonly setup: PageSetup,
  ) {
    const m = setup.marginsMm ?? defaultMarginsMm(setup.orientation);
    this.margins = { top: mmToPt(m.top), right: mmToPt(m.right), bottom: mmToPt(m.bottom), left: mmToPt(m.left) };
    const portrait = setup.size === 'A4' ? [595.28, 841.89] : [841.89, 1190.55];
    const [w, h] = setup.orientation === 'landscape' ? [portrait[1]!, portrait[0]!] : [portrait[0]!, portrait[1]!];
    this.pageWidth = w;
    this.pageHeight = h;
  }

  get left(): number {
    return this.margins.left;
  }
  get right(): number {
    return this.pageWidth - this.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.margins.top;
  }
  get bottom(): number {
    return this.pageHeight - this.margins.bottom;
  }
  /** Height of the content box of an empty page. */
  get pageCapacity(): number {
    return this.bottom - this.top;
  }
  remaining(): number {
    return this.bottom - this.y;
  }
  /** True when nothing has been drawn on this page since it started (or since the header). */
  atPageStart(): boolean {
    return this.y <= this.pageStartY + 0.01;
  }

  newPage(): void {
    this.doc.addPage({ size: this.setup.size, layout: this.setup.orientation, margins: this.margins });
    this.painter.reset();
    this.y = this.top;
    this.pageStartY = this.y;
    if (this.onNewPage) {
      this.onNewPage();
      this.pageStartY = this.y;
    }
  }

  /** Breaks the page when `height` does not fit in what is left and the page is not empty. */
  ensure(height: number): void {
    if (height > this.remaining() + 0.01 && !this.atPageStart()) this.newPage();
  }
}
