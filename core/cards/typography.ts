/**
 * Print-time typography of the cards and boards (the ONE place it happens: the PDF engine and the
 * DOCX writer both call `typeset` on every string they print; the stored texts stay as written).
 *
 * - ASCII straight double quotes in Chinese text become “ ” (opened and closed in turn); single
 *   straight quotes between CJK characters become ‘ ’ (GB/T 15834-2011 §4.1: 引号 “ ” and ‘ ’).
 * - Glue (U+2060 WORD JOINER, honoured by the line breaker electron/services/render/textLayout.ts
 *   and never drawn): short bracketed groups such as “（一般）”, “（续）”, “（停机后）” are never
 *   broken; a numeric range such as “19.5%～21%” or “100～300 mm” stays on one line; “拨打120”
 *   stays whole.
 * - The space between a number and its unit (“10.6 mg/m³”, “85 dB(A)”, “300 mm”) becomes a
 *   no-break space (U+00A0), so a value never wraps away from its unit.
 * Line-start / line-end punctuation (避头尾: no closing mark at a line start, no opening mark at
 * a line end) is the line breaker's rule (textLayout.ts), which sees the curly quotes produced here.
 */

/** U+2060 WORD JOINER: no line break on either side; zero width, stripped before drawing. */
export const GLUE = '\u2060';
/** U+00A0 NO-BREAK SPACE. */
export const NBSP = '\u00A0';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Straight double quotes → “ ” in turn (a text with an odd count closes nothing it did not open). */
function curlyQuotes(s: string): string {
  if (!s.includes('"') && !s.includes("'")) return s;
  let open = true;
  let out = s.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
  // single quotes only when they sit next to CJK text (never touch Latin apostrophes: it's)
  let single = true;
  out = out.replace(/'/g, (m, i: number) => {
    const prev = out[i - 1] ?? '';
    const next = out[i + 1] ?? '';
    if (!CJK.test(prev) && !CJK.test(next)) return m;
    const q = single ? '‘' : '’';
    single = !single;
    return q;
  });
  return out;
}

/** Joins every character of `s` with GLUE. */
export function glued(s: string): string {
  return [...s].join(GLUE);
}

/** Short full-width bracketed groups (≤ 6 characters inside) are glued whole, brackets included. */
function glueShortBrackets(s: string): string {
  return s.replace(/（[^（）\n]{1,6}）/g, (m) => glued(m));
}

/** “19.5%～21%”, “100～300”, “3-5” (digits on both sides): glued across the range mark. */
function glueRanges(s: string): string {
  return s.replace(/(\d[\d.]*\s?[%％]?)\s?([～~〜—–-])\s?(\d)/g, (_m, a: string, dash: string, b: string) => `${a.trimEnd()}${GLUE}${dash}${GLUE}${b}`);
}

const UNIT = '(?:mg\\/m³|mg\\/m3|dB\\(A\\)|dB|mm|cm|km|kg|kV|kW|kPa|MPa|m³|m²|m\\/s|℃|°C|ppm|%|min|h|m|t|V|A|W|L)';
const NUMBER_UNIT = new RegExp(`(\\d)[ \\u00A0](?=${UNIT}(?![A-Za-z]))`, 'g');

/** “拨打120”, “报119”, “呼叫120”: the verb stays with the number it dials. */
function gluePhoneCalls(s: string): string {
  return s.replace(/(拨打|呼叫|报警|报)(\d{3,5})/g, (_m, verb: string, num: string) => `${glued(verb)}${GLUE}${num}`);
}

/** The print form of a card or board text (see the module comment). */
export function typeset(s: string): string {
  if (!s) return s;
  return gluePhoneCalls(glueRanges(glueShortBrackets(curlyQuotes(s).replace(NUMBER_UNIT, `$1${NBSP}`))));
}

/** A text with the glue removed (for searches in tests and for plain-text outputs). */
export function unglued(s: string): string {
  return s.replace(/\u2060/g, '').replace(/\u00A0/g, ' ');
}
