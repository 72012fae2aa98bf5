/**
 * The QR code of a 岗位安全风险告知卡 and its card number.
 *
 * The QR code carries the card's key facts as plain text, so any phone scanner shows them with
 * no network and no app: `SP1|<postId>|<cardVersion>|<岗位>|<等级>|<hazard 1>;<hazard 2>;<hazard 3>`
 * in at most QR_MAX_BYTES bytes of UTF-8 (a QR code of version ≤ 8 at error-correction level M,
 * about 49 × 49 modules, readable at 20 mm). Fields never contain the separators: '|' and ';'
 * inside texts become '/' and '，'. When the text is too long, hazards are shortened first, then
 * dropped, then the post name is shortened — the id and version always survive.
 */

/** Upper bound of the payload in UTF-8 bytes (issue: cards, ≤ 150). */
export const QR_MAX_BYTES = 150;
export const QR_PREFIX = 'SP1';

export interface CardQrFields {
  postId: string;
  version: number;
  post: string;
  /** Short level name (重大/较大/一般/低) or '未评'. */
  level: string;
  /** Highest-level hazards first; at most 3 are encoded. */
  hazards: readonly string[];
}

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s).length;

function clean(s: string): string {
  return s.replace(/\|/g, '/').replace(/;/g, '，').replace(/[\r\n\t]+/g, ' ').trim();
}

/** The longest prefix of `s` (whole code points) with at most `max` UTF-8 bytes. */
function cutBytes(s: string, max: number): string {
  let out = '';
  let n = 0;
  for (const ch of s) {
    const b = bytes(ch);
    if (n + b > max) break;
    out += ch;
    n += b;
  }
  return out;
}

/**
 * Builds the payload. Never longer than QR_MAX_BYTES bytes; keeps the prefix, id, version and
 * level whole (an id longer than 100 bytes is cut, which the schema's 64-character ids never need).
 */
export function cardQrPayload(f: CardQrFields): string {
  const id = cutBytes(clean(f.postId), 100);
  const head = `${QR_PREFIX}|${id}|${f.version}|`;
  const level = clean(f.level);
  let post = clean(f.post);
  const fixed = bytes(head) + bytes(level) + 2; // two '|' around the level
  if (fixed + bytes(post) > QR_MAX_BYTES) post = cutBytes(post, Math.max(0, QR_MAX_BYTES - fixed));
  let room = QR_MAX_BYTES - fixed - bytes(post);
  let hazards = f.hazards.slice(0, 3).map(clean).filter(Boolean);
  // at least ~4 Chinese characters per hazard, else fewer hazards
  while (hazards.length > 0 && room - (hazards.length - 1) < hazards.length * 12) hazards = hazards.slice(0, -1);
  if (hazards.length > 0) {
    room -= hazards.length - 1; // the ';' separators
    const parts: string[] = [];
    let left = room;
    hazards.forEach((h, i) => {
      const share = Math.floor(left / (hazards.length - i));
      const cut = cutBytes(h, share);
      parts.push(cut);
      left -= bytes(cut);
    });
    return `${head}${post}|${level}|${parts.join(';')}`;
  }
  return `${head}${post}|${level}|`;
}

/** Reads a payload back; null when it is not a SafePost card code. */
export function parseCardQr(text: string): CardQrFields | null {
  const parts = text.split('|');
  if (parts.length !== 6 || parts[0] !== QR_PREFIX) return null;
  const version = Number(parts[2]);
  if (!Number.isInteger(version) || version < 1) return null;
  return { postId: parts[1]!, version, post: parts[3]!, level: parts[4]!, hazards: parts[5] ? parts[5].split(';') : [] };
}

/** UTF-8 length of a payload (for tests and the check). */
export function qrBytes(payload: string): number {
  return bytes(payload);
}

/**
 * The card number `<enterprise code>-<post code>-v<n>` (issue: cards). Missing codes get
 * stand-ins so a number is always printed — 'QY' for the enterprise, 'P<nn>' (org-order index)
 * for the post — and the card check reports the gap.
 */
export function cardNumber(enterpriseCode: string, postCode: string, postIndex: number, version: number): string {
  const e = enterpriseCode.trim() || 'QY';
  const p = postCode.trim() || `P${String(postIndex).padStart(2, '0')}`;
  return `${e}-${p}-v${version}`;
}
