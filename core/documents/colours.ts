/**
 * The four risk colours (红橙黄蓝, 安委办〔2016〕11号) and the neutral colours of printed documents.
 *
 * How the values were chosen: GB 2893-2008 (now inside GB 2894-2025) defines safety colours only
 * as CIE chromaticity regions and luminance factors, no RGB or CMYK (docs/domain-facts.md §1.6,
 * [V]); orange is not one of its safety colours at all. So these are implementation choices: each
 * is the sRGB rendering (Japan Color 2001 Coated) of a solid process-ink combination an office
 * colour printer or print shop reproduces without gamut clipping:
 *   red    M100 Y100  → #E60012        orange M50 Y100 → #F39800 (between red and yellow in hue,
 *   yellow Y100       → #FFE100                                   clearly apart from both)
 *   blue   C100 M50   → #0068B7
 * Red, yellow and blue lie inside the GB 2893 ordinary-material regions as far as can be judged
 * without a colour card [?]: check against GB/T 2893.4 or a physical card before calling them
 * standard colours.
 *
 * Text on a full-colour fill: white on red (contrast 4.8:1) and blue (5.7:1), black on orange
 * (9.3:1) and yellow (16:1) — each ≥ 4.5:1 (WCAG AA), and legible when a black-and-white printer
 * turns the fill into grey. Tints (35 % of the colour on white) are for table cells with black text
 * (contrast ≥ 10:1). A colour never carries meaning alone: the level name is always printed.
 */
import { RISK_COLOUR_ZH, RISK_LEVEL_SHORT_ZH, RISK_LEVEL_ZH, type RiskLevel } from '../model/vocab';
import type { CellObject } from './model';

export const RISK_RED = '#E60012';
export const RISK_ORANGE = '#F39800';
export const RISK_YELLOW = '#FFE100';
export const RISK_BLUE = '#0068B7';

export const BLACK = '#000000';
export const WHITE = '#FFFFFF';
/** Table header fill: light grey that prints as a faint tone on any printer. */
export const HEADER_FILL = '#EDEDED';
/** Running header/footer text. */
export const MUTED_TEXT = '#555555';
/** Table rules. */
export const RULE = '#000000';

export interface RiskColour {
  /** Full colour for bands and level cells. */
  fill: string;
  /** Text colour on `fill`. */
  text: string;
  /** Light tint for table cells; text on it is black. */
  tint: string;
}

export const RISK_COLOURS: Record<RiskLevel, RiskColour> = {
  major: { fill: RISK_RED, text: WHITE, tint: '#F6A6AC' },
  high: { fill: RISK_ORANGE, text: BLACK, tint: '#FBDBA6' },
  medium: { fill: RISK_YELLOW, text: BLACK, tint: '#FFF5A6' },
  low: { fill: RISK_BLUE, text: WHITE, tint: '#A6CAE6' },
};

/**
 * A table cell that shows a risk level: the level name as text (重大风险 / 较大风险 / …, or the
 * short form 重大 / 较大 / 一般 / 低), centred and bold, on the full colour or its tint.
 */
export function riskLevelCell(level: RiskLevel, opts: { short?: boolean; tint?: boolean; rowSpan?: number } = {}): CellObject {
  const c = RISK_COLOURS[level];
  const cell: CellObject = {
    text: opts.short ? RISK_LEVEL_SHORT_ZH[level] : RISK_LEVEL_ZH[level],
    fill: opts.tint ? c.tint : c.fill,
    color: opts.tint ? BLACK : c.text,
    bold: true,
    align: 'center',
  };
  if (opts.rowSpan && opts.rowSpan > 1) cell.rowSpan = opts.rowSpan;
  return cell;
}

/** Text of a level band: "重大风险（红色）". */
export function levelBandLabel(level: RiskLevel): string {
  return `${RISK_LEVEL_ZH[level]}（${RISK_COLOUR_ZH[level]}色）`;
}

/** WCAG relative luminance of '#RRGGBB' (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const lin = (v: number): number => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** WCAG contrast ratio of two '#RRGGBB' colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const x = relativeLuminance(a);
  const y = relativeLuminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** True for '#RRGGBB'. */
export function isHexColour(s: string): boolean {
  return /^#[0-9A-Fa-f]{6}$/.test(s);
}
