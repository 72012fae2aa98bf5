/**
 * Cell text as registers made by others write it: full-width digits and letters (３．５, Ｌ),
 * half-width brackets next to full-width ones, ideographic spaces, non-breaking and zero-width
 * characters. Everything the import reads goes through `cleanText` first; numbers through
 * `parseNumber`. Text is never turned into a number on its own: an ID or phone number stays text.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Full-width ASCII variants (U+FF01–U+FF5E) of digits, Latin letters and the few marks that
 * appear inside numbers and codes (．＋－％／) → their ASCII forms. Chinese punctuation
 * (，、；：) is left alone: it is the text's own punctuation.
 */
export function halfWidthAlnum(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E\uFF0B\uFF0D\uFF05\uFF0F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Normalises one cell's text: zero-width characters removed; ideographic and non-breaking spaces
 * become plain spaces; full-width digits and letters become ASCII; brackets become the full-width
 * （） Chinese documents use (GB 6441-2025 names and post names are written with them); runs of
 * spaces and tabs collapse to one; line breaks are kept (a measure cell may list several lines);
 * the result is trimmed.
 */
export function cleanText(raw: string): string {
  return halfWidthAlnum(raw.replace(ZERO_WIDTH, ''))
    .replace(/[\u3000\u00A0]/g, ' ')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** `cleanText` without any white space at all (names, headers, accident types). */
export function compactText(raw: string): string {
  return cleanText(raw).replace(/\s+/g, '');
}

/**
 * Reads a number written in a register cell: '3', '0.5', '５．９５', ' 1,200 ', '+6'. Returns
 * undefined for an empty cell and null for text that is not a number ('约3', '3-6', '高').
 * Thousands separators are accepted only in their proper places (1,200 but not 1,2).
 */
export function parseNumber(raw: string): number | null | undefined {
  const s = halfWidthAlnum(raw.replace(ZERO_WIDTH, '')).replace(/[\s\u3000\u00A0]/g, '');
  if (s === '') return undefined;
  const plain = /^\+?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

/** Keeps a number as short text for messages: 44.625 → '44.625', 720 → '720'. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * Character-bigram similarity (Dice coefficient, 0–1) of two Chinese phrases; used to offer the
 * nearest registry names for a name that is not in the registry. Single characters count as
 * their own "bigram" so two-character titles still compare.
 */
export function similarity(a: string, b: string): number {
  const grams = (s: string): string[] => {
    const c = [...compactText(s)];
    if (c.length < 2) return c;
    const out: string[] = [];
    for (let i = 0; i < c.length - 1; i++) out.push(c[i]! + c[i + 1]!);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (ga.length === 0 || gb.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let hits = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      hits += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * hits) / (ga.length + gb.length);
}
