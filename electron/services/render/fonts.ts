/**
 * Fonts of the renderers (DESIGN §6, tech-notes §4, §5, §8).
 *
 * PDF: the static Noto Sans SC Regular/Bold TTFs from `fontPaths()`, read once per process. Every
 * PDFDocument gets the regular face in its constructor, so pdfkit never loads Helvetica, and
 * embeds subsets of both faces. Parsing the 10 MB TTFs costs ~20 ms per document, so the parsed
 * fontkit faces are shared between documents (pdfkit accepts a fontkit font wherever it takes a
 * path; subsets stay per document). Should a future pdfkit hide the parsed face, the Buffers are
 * used instead — slower, same output.
 *
 * Measuring: advance widths per character (em units, i.e. width at 1 pt), cached per process.
 * Kerning is ignored: Noto Sans SC has none between CJK characters, and Latin pairs differ by
 * < 0.1 pt at table sizes, which the cell padding absorbs.
 *
 * DOCX/XLSX do not embed fonts: they name Microsoft YaHei (every Chinese Windows since Vista; WPS
 * maps it too; LibreOffice substitutes a CJK sans via fontconfig) and Arial for Latin.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { fontPaths } from '../resources';

/**
 * Name the bold face is registered under in every PDFDocument. The regular face is the one given
 * to the constructor and is selected by its PostScript name (`pdfFontNames().regular`): pdfkit
 * 0.20 caches a face under that name, whereas registering the same face again under a second name
 * would make every `doc.font(name)` re-open it (a measured 4–5 ms per switch).
 */
export const PDF_BOLD = 'SP-Bold';

/** Fonts named in DOCX runs (w:rFonts) and XLSX cells. */
export const OFFICE_FONTS = {
  latin: 'Arial',
  eastAsia: 'Microsoft YaHei',
  /** XLSX cell font (one name per cell in SpreadsheetML). */
  sheet: 'Microsoft YaHei',
} as const;

/** A font source pdfkit accepts: a parsed fontkit face (shared) or the TTF bytes. */
export type PdfFontSource = Buffer | object;

interface FontState {
  regular: PdfFontSource;
  bold: PdfFontSource;
  regularName: string;
  /** Parsed faces (when pdfkit exposes them) for direct glyph metrics. */
  faces: [Face, Face] | null;
  /** A document never written out; measures when the parsed faces are not reachable. */
  probe: PDFKit.PDFDocument;
  width: [Map<number, number>, Map<number, number>];
}

interface Face {
  layout: unknown;
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

let state: FontState | null = null;

type Internal = { _font?: { name?: string; font?: Partial<Face> } };

function parsedFace(doc: PDFKit.PDFDocument): Face | null {
  const f = (doc as unknown as Internal)._font?.font;
  return f && typeof f.layout === 'function' && typeof f.glyphForCodePoint === 'function' && typeof f.unitsPerEm === 'number' ? (f as Face) : null;
}

function load(): FontState {
  if (state) return state;
  const paths = fontPaths();
  const regularBytes = readFileSync(paths.regular);
  const boldBytes = readFileSync(paths.bold);
  // pdfkit's typings say string; its code also takes bytes and fontkit faces (PDFFontFactory.open)
  const probe = new PDFDocument({ font: regularBytes as unknown as string, autoFirstPage: false });
  const regularName = (probe as unknown as Internal)._font?.name ?? 'NotoSansSC-Regular';
  const parsedRegular = parsedFace(probe);
  probe.registerFont(PDF_BOLD, boldBytes);
  probe.font(PDF_BOLD);
  const parsedBold = parsedFace(probe);
  const faces: [Face, Face] | null = parsedRegular && parsedBold && parsedRegular !== parsedBold ? [parsedRegular, parsedBold] : null;
  state = {
    regular: faces ? faces[0] : regularBytes,
    bold: faces ? faces[1] : boldBytes,
    regularName,
    faces,
    probe,
    width: [new Map(), new Map()],
  };
  return state;
}

/** Sources for `new PDFDocument({ font })` and `registerFont` (read on first call). */
export function pdfFontSources(): { regular: PdfFontSource; bold: PdfFontSource } {
  const s = load();
  return { regular: s.regular, bold: s.bold };
}

/** Font names to pass to `doc.font()` on documents made by `newPdfDocument`. */
export function pdfFontNames(): { regular: string; bold: string } {
  return { regular: load().regularName, bold: PDF_BOLD };
}

/**
 * Creates a PDFDocument with the regular face current (given to the constructor, so Helvetica is
 * never loaded) and the bold face registered as `PDF_BOLD`. `options.font` is overridden.
 */
export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  const { regular, bold } = pdfFontSources();
  const doc = new PDFDocument({ ...options, font: regular as unknown as string });
  doc.registerFont(PDF_BOLD, bold as unknown as string);
  return doc;
}

/** Advance width of one code point in em (width in pt at 1 pt size). Cached per process. */
export function charWidthEm(codePoint: number, bold: boolean): number {
  const s = load();
  const cache = s.width[bold ? 1 : 0];
  let w = cache.get(codePoint);
  if (w === undefined) {
    if (s.faces) {
      const face = s.faces[bold ? 1 : 0];
      w = face.glyphForCodePoint(codePoint).advanceWidth / face.unitsPerEm;
    } else {
      w = s.probe.font(bold ? PDF_BOLD : s.regularName).fontSize(1000).widthOfString(String.fromCodePoint(codePoint)) / 1000;
    }
    cache.set(codePoint, w);
  }
  return w;
}

/** Width in pt of `text` at `sizePt` (sum of per-character advances). */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidthEm(ch.codePointAt(0)!, bold);
  return w * sizePt;
}
