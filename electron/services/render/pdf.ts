/**
 * PDF renderer of the document model (DESIGN §6) with pdfkit 0.20.
 *
 * - Fonts: Noto Sans SC Regular + Bold, embedded as subsets; the regular face is given to the
 *   PDFDocument constructor, so Helvetica is never loaded (./fonts.ts).
 * - Pages: A4/A3, portrait/landscape, margins from the model (mm). Running header (left/right text
 *   and a hairline) and footer ("第 N 页 共 M 页" centred, optional left text) are drawn after the
 *   body, when the page count is known (bufferPages).
 * - Nothing is cut and nothing becomes "…": text blocks and table cells taller than the space left
 *   continue on the next page, even a single row taller than a page (./pdf/grid.ts).
 *
 * Errors: an invalid model (group spans not matching the columns, a custom block without a hook or
 * taller than a page) throws AppError('E_RENDER_FAILED', { format: 'pdf', reason, … }); any other
 * failure is wrapped the same way with `reason: error.message`.
 */
import { AppError } from '../../../core/contract/errors';
import { MUTED_TEXT } from '../../../core/documents/colours';
import type { DocModel } from '../../../core/documents/model';
import { newPdfDocument, textWidthPt } from './fonts';
import { drawBlock, PARAGRAPH_LINE_FACTOR, type CustomHook } from './layout/blocks';
import { Flow } from './layout/flow';
import { Painter } from './layout/painter';
import { wrapRuns, lineText } from './textLayout';

export type { CustomHook } from './layout/blocks';

export interface RenderPdfOptions {
  /** Draws `custom` blocks (signs, QR codes). Required when the model has any. */
  custom?: CustomHook;
  /** PDF metadata; Title defaults to the model's title, Author to 'SafePost'. */
  info?: { Title?: string; Author?: string };
}

const HEADER_SIZE = 8;
const FOOTER_SIZE = 9;

/** Renders `model` to the bytes of a PDF file. */
export async function renderPdf(model: DocModel, opts: RenderPdfOptions = {}): Promise<Buffer> {
  try {
    const doc = newPdfDocument({
      size: model.page.size,
      layout: model.page.orientation,
      bufferPages: true,
      autoFirstPage: false,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: opts.info?.Title ?? model.title, Author: opts.info?.Author ?? 'SafePost', Creator: 'SafePost', Producer: 'SafePost (pdfkit)' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    const painter = new Painter(doc);
    const flow = new Flow(doc, painter, model.page);
    flow.newPage();
    for (const block of model.blocks) drawBlock(flow, block, opts.custom);
    drawRunningParts(flow, model);
    doc.end();
    await done;
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_RENDER_FAILED', { format: 'pdf', reason: e instanceof Error ? e.message : String(e) });
  }
}

/** Header and footer on every buffered page. */
function drawRunningParts(flow: Flow, model: DocModel): void {
  const { doc, painter } = flow;
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = 0; i < total; i++) {
    doc.switchToPage(range.start + i);
    painter.reset();
    const h = model.header;
    if (h && (h.left || h.right)) {
      const base = flow.top - 9;
      const rightW = h.right ? textWidthPt(h.right, HEADER_SIZE) : 0;
      if (h.right) painter.text(h.right, flow.right - rightW, base, HEADER_SIZE, false, MUTED_TEXT);
      if (h.left) {
        // a long left text wraps upwards into the margin instead of running under the right text
        const lines = wrapRuns([{ text: h.left }], flow.width - rightW - 12, HEADER_SIZE);
        lines.forEach((line, k) => painter.text(lineText(line), flow.left, base - (lines.length - 1 - k) * HEADER_SIZE * 1.3, HEADER_SIZE, false, MUTED_TEXT));
      }
      painter.rule(flow.left, flow.top - 5, flow.right, flow.top - 5, 0.5, MUTED_TEXT);
    }
    const f = model.footer;
    if (f) {
      const base = flow.bottom + 20;
      if (f.pageNumbers) {
        const label = `第 ${i + 1} 页 共 ${total} 页`;
        painter.text(label, flow.left + (flow.width - textWidthPt(label, FOOTER_SIZE)) / 2, base, FOOTER_SIZE, false, MUTED_TEXT);
      }
      if (f.left) painter.text(f.left, flow.left, base, FOOTER_SIZE, false, MUTED_TEXT);
    }
  }
}

/**
 * Height in pt of `text` wrapped to `widthPt` at `sizePt` with the renderer's fonts and line
 * rules (CJK per character, kinsoku, '\n' breaks), line pitch `lineFactor × sizePt` (default 1.5,
 * the paragraph pitch). Empty text is 0. Use it to fit text into frames (cards, boards).
 */
export function textHeight(text: string, widthPt: number, sizePt: number, bold = false, lineFactor = PARAGRAPH_LINE_FACTOR): number {
  return wrapRuns([{ text, bold }], widthPt, sizePt).length * sizePt * lineFactor;
}

/** The lines `text` wraps into at `widthPt` and `sizePt` (same rules as `textHeight`). */
export function textLines(text: string, widthPt: number, sizePt: number, bold = false): string[] {
  return wrapRuns([{ text, bold }], widthPt, sizePt).map(lineText);
}

/**
 * Draws `text` wrapped into [x, x + widthPt] from `y` (top, pt) on a document made by this
 * module (for custom hooks: card frames, boards). Returns the height used. Does not break pages.
 */
export function drawTextBox(
  pdf: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  widthPt: number,
  o: { sizePt: number; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right'; lineFactor?: number },
): number {
  const painter = new Painter(pdf);
  const lh = o.sizePt * (o.lineFactor ?? PARAGRAPH_LINE_FACTOR);
  const lines = wrapRuns([{ text, bold: !!o.bold }], widthPt, o.sizePt);
  lines.forEach((line, k) => painter.line(line, x, widthPt, y + k * lh, lh, o.sizePt, o.align ?? 'left', o.color ?? '#000000'));
  return lines.length * lh;
}
