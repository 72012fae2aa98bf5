/**
 * Draws one GB 2894 sign into a pdfkit document: the plate composed by core/signs/compose.ts
 * (frame, edge, pictogram, panel) rendered with svg-to-pdfkit, and the panel title drawn as real
 * text in Noto Sans SC Bold (embedded subset, extractable by pdftotext) at the fitted size.
 *
 * Units: x, y in PDF points (top-left of the plate); sizes in millimetres as in the standard.
 * The composed SVG has a viewBox only, so svg-to-pdfkit scales it to the given width/height
 * (tech-notes §7). The document should come from `newPdfDocument` (../fonts.ts) so that Helvetica
 * is never loaded; the bold face is registered here when it is missing.
 *
 * Colour: sRGB from core/signs/colours.ts (screens, office printers), or with `cmyk` the process
 * colours of SAFETY_COLOURS_CMYK (the print-shop file): black becomes pure K [0,0,0,100].
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { AppError } from '../../../../core/contract/errors';
import { cmykOfHex } from '../../../../core/signs/colours';
import { composeSign } from '../../../../core/signs/compose';
import { safetySign, type SignEdition } from '../../../../core/standards/signs';
import { PDF_BOLD, pdfFontSources } from '../fonts';
import type { SignPictograms } from './pictograms';

/** PDF points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

export interface DrawSignOptions {
  /** Top-left corner of the plate, pt. */
  x: number;
  y: number;
  /** Plate width (with text) or the sign's overall width with its edge (without), mm. */
  widthMm: number;
  /** Plate height with text, mm (default 1.25 × width). */
  heightMm?: number;
  /** Add the text panel with the title. */
  withText: boolean;
  /** Title to print instead of the registry title. */
  textZh?: string;
  /** Edition whose title is printed (default: the newest the sign belongs to). */
  edition?: SignEdition;
  /** Pictograms of the job (loadPictograms); a sign without one gets its frame only. */
  pictograms: SignPictograms;
  /** Paint the safety colours as DeviceCMYK process colours (SAFETY_COLOURS_CMYK) instead of sRGB. */
  cmyk?: boolean;
}

type SvgColour = [number[], number];

/**
 * svg-to-pdfkit colour hook of `cmyk`: a safety colour parsed from the SVG becomes its CMYK
 * quadruple (pdfkit paints a 4-array as DeviceCMYK, 0–100). Only colours read from the SVG
 * (`raw` given) are touched: svg-to-pdfkit also runs the hook over its shared table of named
 * colours, which must stay as they are for other documents.
 */
export function cmykColour(result: SvgColour, raw?: string): SvgColour {
  if (!raw || !Array.isArray(result?.[0]) || result[0].length !== 3) return result;
  const hex = `#${result[0].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const c = cmykOfHex(hex);
  return c ? [[...c], result[1]] : result;
}

/** A colour for pdfkit: the hex itself, or its CMYK quadruple with `cmyk` when it is a safety colour. */
export function pdfColour(hex: string, cmyk?: boolean): string | number[] {
  const c = cmyk ? cmykOfHex(hex) : undefined;
  return c ? [...c] : hex;
}

export interface DrawnSign {
  /** Size of the drawn plate, pt. */
  widthPt: number;
  heightPt: number;
  /** Title lines and their font size in pt (empty without text). */
  lines: string[];
  fontSizePt: number;
  /** Width of the text panel, pt (0 without text). */
  panelWidthPt: number;
}

type Internals = { _registeredFonts?: Record<string, unknown>; _font?: { name?: string }; _fontSize?: number };

function ensureBold(pdf: PDFKit.PDFDocument): void {
  const reg = (pdf as unknown as Internals)._registeredFonts;
  if (!reg || !reg[PDF_BOLD]) pdf.registerFont(PDF_BOLD, pdfFontSources().bold as unknown as string);
}

/**
 * Draws the sign `signId` at (x, y). Returns the drawn size and the title layout. The document's
 * position (x, y), font and font size are left as they were.
 * Throws AppError E_SIGN_UNKNOWN for an id not in the registry, E_RENDER_FAILED when
 * svg-to-pdfkit reports a problem with the composed SVG.
 */
export function drawSign(pdf: PDFKit.PDFDocument, signId: string, opts: DrawSignOptions): DrawnSign {
  const sign = safetySign(signId);
  if (!sign) throw new AppError('E_SIGN_UNKNOWN', { signId });
  const composed = composeSign(sign, opts.pictograms.get(signId) ?? null, {
    withText: opts.withText, widthMm: opts.widthMm, heightMm: opts.heightMm, textZh: opts.textZh, edition: opts.edition, omitText: true,
  });
  const k = PT_PER_MM;
  const { layout, text } = composed;
  const widthPt = layout.widthMm * k;
  const heightPt = layout.heightMm * k;
  ensureBold(pdf);
  const warnings: string[] = [];
  const keep = { x: pdf.x, y: pdf.y };
  pdf.save();
  SVGtoPDF(pdf as never, composed.svg, opts.x, opts.y, {
    width: widthPt,
    height: heightPt,
    preserveAspectRatio: 'xMinYMin meet',
    // The SVG carries no text (omitText), so no font is ever opened through this callback.
    fontCallback: () => PDF_BOLD,
    warningCallback: (w: string) => warnings.push(w),
    // The typings omit the second argument (the colour's text) that svg-to-pdfkit passes.
    ...(opts.cmyk ? { colorCallback: cmykColour as never } : {}),
  });
  pdf.restore();
  if (warnings.length) throw new AppError('E_RENDER_FAILED', { format: 'pdf', signId, reason: warnings.join('; ') });
  const fontSizePt = text.fontSize * k;
  if (text.lines.length && layout.panel) {
    const panel = layout.panel;
    const before = pdf as unknown as Internals;
    const prevFont = before._font?.name;
    const prevSize = before._fontSize;
    pdf.save();
    pdf.font(PDF_BOLD).fontSize(fontSizePt).fillColor(pdfColour(text.colour, opts.cmyk) as string);
    text.lines.forEach((line, i) => {
      // Centred by hand and without a width: a width would route the text through pdfkit's line
      // wrapper, which starts a new page when the line box reaches the page margin.
      const left = opts.x + panel.x * k + (panel.width * k - pdf.widthOfString(line)) / 2;
      pdf.text(line, left, opts.y + (panel.y + text.baselines[i]!) * k, { lineBreak: false, baseline: 'alphabetic' });
    });
    pdf.restore();
    // Give the caller its font back (pdfkit caches faces under their PostScript names).
    if (prevFont && prevFont !== PDF_BOLD) {
      try {
        pdf.font(prevFont);
      } catch {
        /* a face opened from bytes under another key: the caller sets its font anyway */
      }
    }
    if (prevSize) pdf.fontSize(prevSize);
  }
  pdf.x = keep.x;
  pdf.y = keep.y;
  return { widthPt, heightPt, lines: text.lines, fontSizePt, panelWidthPt: layout.panel ? layout.panel.width * k : 0 };
}
