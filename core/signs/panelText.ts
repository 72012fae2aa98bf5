/**
 * Fits a sign's Chinese title into its text panel (文字辅助标志, domain-facts §1.4: bold sans,
 * horizontal, under the symbol). SVG text does not shrink by itself (tech-notes §7), so the font
 * size is computed from the title's width in em: it never exceeds the panel's usable width.
 */

/** Usable share of the panel width and height (design: keeps air at the panel's edges). */
export const PANEL_TEXT_WIDTH_RATIO = 0.88;
export const PANEL_TEXT_HEIGHT_RATIO = 0.86;
/** Single-line text is capped at this share of the panel height (design). */
export const PANEL_SINGLE_LINE_MAX = 0.62;
/** Line height in em for two-line titles. */
export const PANEL_LINE_HEIGHT = 1.2;
/**
 * Ascent of Noto Sans SC / Source Han Sans in em (hhea ascender 1.16 includes line gap; the
 * ideographic face box runs from −0.12 to 0.88 em): the baseline sits 0.88 em below the top of a
 * CJK glyph box, so the box is centred on the line.
 */
export const CJK_ASCENT_EM = 0.88;

/**
 * Width of one character in em, an upper bound for Noto Sans SC Bold: ideographs, kana, hangul
 * and full-width forms are 1 em; Latin capitals ≤ 0.75 (M, W ≤ 0.95), other ASCII ≤ 0.62,
 * space 0.25.
 */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80 || (c >= 0x2000 && c <= 0x206f)) return 1;
  if (ch === ' ') return 0.25;
  if (ch === 'M' || ch === 'W' || ch === 'm' || ch === 'w') return 0.95;
  if (ch >= 'A' && ch <= 'Z') return 0.75;
  return 0.62;
}

/** Width of a string in em (see charEm). */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

/** Conjunctions a Chinese title breaks well before (及, 或, 和, 与). */
const BREAK_BEFORE = new Set(['及', '或', '和', '与']);

/**
 * Splits a title into two lines: before a conjunction when that keeps both lines within 70 % of
 * the title, else after the middle character. Returns the title unchanged (one line) when it has
 * fewer than 4 characters.
 */
export function splitTitle(text: string): string[] {
  const chars = [...text];
  const n = chars.length;
  if (n < 4) return [text];
  let best = -1;
  let bestMax = Infinity;
  chars.forEach((ch, i) => {
    if (i > 0 && BREAK_BEFORE.has(ch)) {
      const max = Math.max(i, n - i);
      if (max <= 0.7 * n && max < bestMax) {
        best = i;
        bestMax = max;
      }
    }
  });
  const at = best > 0 ? best : Math.ceil(n / 2);
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

export interface PanelText {
  lines: string[];
  /** Font size in the panel's units (mm in composed signs). */
  fontSize: number;
  /** Baselines relative to the panel's top edge, one per line. */
  baselines: number[];
  /** Estimated width of the widest line (≤ the usable width). */
  widthUsed: number;
}

/**
 * Lays out `text` in a panel of `width` × `height`: one line, or two when two lines allow a
 * clearly larger font (more than 10 % larger). The font size satisfies
 * fontSize × textEm(line) ≤ 0.88 × width for every line and the block fits 0.86 × height.
 * Empty text gives no lines.
 */
export function fitPanelText(text: string, width: number, height: number): PanelText {
  const t = text.trim();
  if (!t) return { lines: [], fontSize: 0, baselines: [], widthUsed: 0 };
  const usableW = PANEL_TEXT_WIDTH_RATIO * width;
  const usableH = PANEL_TEXT_HEIGHT_RATIO * height;
  const one = Math.min(usableW / textEm(t), PANEL_SINGLE_LINE_MAX * height);
  const two = splitTitle(t);
  const twoSize = two.length === 2
    ? Math.min(usableW / Math.max(textEm(two[0]!), textEm(two[1]!)), usableH / (2 * PANEL_LINE_HEIGHT))
    : 0;
  const lines = twoSize > one * 1.1 ? two : [t];
  const fontSize = lines.length === 2 ? twoSize : one;
  const lineH = lines.length === 2 ? PANEL_LINE_HEIGHT * fontSize : fontSize;
  const blockH = lines.length * lineH;
  const top = (height - blockH) / 2;
  const baselines = lines.map((_, i) => top + i * lineH + (lineH - fontSize) / 2 + CJK_ASCENT_EM * fontSize);
  const widthUsed = Math.max(...lines.map((l) => textEm(l) * fontSize));
  return { lines, fontSize, baselines, widthUsed };
}
