/**
 * Output file names from user text (DESIGN §8: `<序号>_<official title>[_<unit>].<ext>`), safe on
 * Windows, macOS and Linux: no / \ : * ? " < > | or control characters, no trailing dot or
 * space, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9), at most 80 characters
 * before the extension (Windows MAX_PATH leaves room for the folder).
 */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export function safeFileName(text: string, maxLength = 80): string {
  let s = text
    .normalize('NFC')
    // control characters are invalid in Windows file names and invisible everywhere
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  s = [...s].slice(0, maxLength).join('');
  s = s.replace(/[. ]+$/g, '');
  if (s === '' || /^_+$/.test(s)) s = '未命名';
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/** `<序号>_<title>[_<unit>].<ext>` with a two-digit sequence number. */
export function documentFileName(seq: number, title: string, ext: string, unit?: string): string {
  const base = unit ? `${safeFileName(title, 40)}_${safeFileName(unit, 40)}` : safeFileName(title);
  return `${String(seq).padStart(2, '0')}_${base}.${ext}`;
}
