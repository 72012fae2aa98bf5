/**
 * Safety colours and contrast colours of GB 2894 signs as sRGB hex values.
 *
 * How they were chosen: GB 2893-2008 (now inside GB 2894-2025) specifies safety colours only as
 * CIE 1931 chromaticity regions plus minimum luminance factors for ordinary, retro-reflective and
 * fluorescent materials; it gives no RGB or CMYK (domain-facts §1.6 [V]). Screen and print values
 * are therefore our implementation choice:
 * - red and yellow follow the solid process colours print shops commonly use for Chinese signs
 *   (red ≈ C0 M100 Y100 K0, yellow ≈ C0 M0 Y100 K0 moved slightly towards orange so that it stays
 *   readable on office printers) [S, domain-facts §1.6];
 * - blue ≈ C100 M60 Y0 K0 and green ≈ C100 M0 Y100 K0 are common design approximations [M];
 * - the red was checked: sRGB #E60012 (D65) has x = 0.633, y = 0.326, Y = 0.169, inside the red
 *   region of ISO 3864-4 ordinary materials as reproduced in GOST R 12.4.026 table A.1 (corners
 *   (0.735,0.265) (0.681,0.239) (0.579,0.341) (0.655,0.345), Y > 0.07) [S] — see SAFETY_RED_REGION
 *   and its test. The other colours were not checked against a published region.
 * All four are placeholders until compared with a GB/T 2893.4 colour card or a printed reference
 * [?]; change them here only (every renderer reads these constants).
 */

/** Safety colours (安全色) and contrast colours (对比色), sRGB hex. */
export const SAFETY_COLOURS = {
  /** 红色: prohibition ring, bar and text panel. */
  red: '#E60012',
  /** 黄色: warning-sign background and its contrasting edge. */
  yellow: '#FFD100',
  /** 蓝色: mandatory-sign disc and text panel. */
  blue: '#005BAC',
  /** 绿色: information-sign square and plate. */
  green: '#009944',
  /** 黑色: pictograms of prohibition/warning signs, the warning border, text on white. */
  black: '#000000',
  /** 白色: backgrounds, pictograms and text on red/blue/green, contrasting edges. */
  white: '#FFFFFF',
} as const;

export type SafetyColourName = keyof typeof SAFETY_COLOURS;

/**
 * The process colours (CMYK, 0–100 each) the print-shop file asks for, with how far each can be
 * trusted: red C0 M100 Y100 K0 and yellow C0 M0 Y100 K0 are the values print shops commonly use
 * for Chinese safety signs (domain-facts §1.6 [S]); blue C100 M60 Y0 K0 and green C100 M0 Y100 K0
 * are design approximations (same source, [?] — no trustworthy value was found): check them
 * against a GB/T 2893.4 colour card before production. Black is pure K (no rich black: thin
 * strokes and small text stay sharp when the plates misregister); white is no ink.
 */
export const SAFETY_COLOURS_CMYK: Readonly<Record<SafetyColourName, { cmyk: readonly [number, number, number, number]; confidence: 'V' | 'S' | '?' }>> = {
  red: { cmyk: [0, 100, 100, 0], confidence: 'S' },
  yellow: { cmyk: [0, 0, 100, 0], confidence: 'S' },
  blue: { cmyk: [100, 60, 0, 0], confidence: '?' },
  green: { cmyk: [100, 0, 100, 0], confidence: '?' },
  black: { cmyk: [0, 0, 0, 100], confidence: 'V' },
  white: { cmyk: [0, 0, 0, 0], confidence: 'V' },
};

/** 'C0 M100 Y100 K0' for a CMYK quadruple. */
export function cmykText(c: readonly [number, number, number, number]): string {
  return `C${c[0]} M${c[1]} Y${c[2]} K${c[3]}`;
}

/** The CMYK of a safety colour given as its sRGB hex (SAFETY_COLOURS), or undefined for any other colour. */
export function cmykOfHex(hex: string): readonly [number, number, number, number] | undefined {
  const name = (Object.keys(SAFETY_COLOURS) as SafetyColourName[]).find((k) => SAFETY_COLOURS[k].toLowerCase() === hex.toLowerCase());
  return name ? SAFETY_COLOURS_CMYK[name].cmyk : undefined;
}

/**
 * CIE 1931 (x, y) corners of the red region for ordinary (non-luminous) materials and its minimum
 * luminance factor, ISO 3864-4 as reproduced in GOST R 12.4.026 table A.1 [S]. Used only to check
 * our screen red; GB 2893-2008 table 2 was not available to compare [?].
 */
export const SAFETY_RED_REGION = {
  corners: [[0.735, 0.265], [0.681, 0.239], [0.579, 0.341], [0.655, 0.345]] as const,
  minLuminanceFactor: 0.07,
};

/**
 * CIE 1931 chromaticity (x, y) and luminance Y (0–1) of an sRGB hex colour under D65, using the
 * IEC 61966-2-1 transfer function and matrix. Throws on a malformed hex string.
 */
export function srgbToCieXyY(hex: string): { x: number; y: number; Y: number } {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const lin = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = lin;
  const X = 0.4124 * r + 0.3576 * g + 0.1805 * b;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const Z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
  const s = X + Y + Z;
  return s === 0 ? { x: 0.3127, y: 0.329, Y: 0 } : { x: X / s, y: Y / s, Y };
}

/** True when (x, y) lies inside the convex polygon given by its corners in order. */
export function insidePolygon(x: number, y: number, corners: readonly (readonly [number, number])[]): boolean {
  let sign = 0;
  for (let i = 0; i < corners.length; i++) {
    const [x1, y1] = corners[i]!;
    const [x2, y2] = corners[(i + 1) % corners.length]!;
    const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    if (cross !== 0) {
      const s = Math.sign(cross);
      if (sign !== 0 && s !== sign) return false;
      sign = s;
    }
  }
  return true;
}
