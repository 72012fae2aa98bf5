/**
 * CSV text → rows of cell text (RFC 4180: quoted fields may hold separators, doubled quotes and
 * line breaks). Chinese Excel and WPS save "CSV" with commas, some tools with tabs or semicolons;
 * the separator is detected from the first lines. Every cell stays text.
 */

export type CsvDelimiter = ',' | '\t' | ';';

/** Counts separators outside quotes on the first `lines` logical lines. */
function countOutsideQuotes(text: string, ch: string, lines: number): number[] {
  const counts: number[] = [];
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length && counts.length < lines; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ch) n += 1;
    else if (!inQuotes && c === '\n') {
      counts.push(n);
      n = 0;
    }
  }
  if (counts.length < lines && n > 0) counts.push(n);
  return counts;
}

/**
 * The separator used by most of the first 20 lines: the candidate with the highest count that is
 * the same on most lines (a comma inside Chinese text is usually full-width, so an ASCII comma is
 * a separator). Defaults to ','.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const d of [',', '\t', ';'] as const) {
    const counts = countOutsideQuotes(text, d, 20).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [mode, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = times * mode;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Parses CSV text into records (arrays of raw cell strings, not trimmed). A BOM at the start is
 * dropped. Line breaks inside quoted fields stay in the cell. Record i is spreadsheet row i + 1
 * (what Excel shows when it opens the file).
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') {
      inQuotes = true;
      i += 1;
      continue;
    }
    if (c === delimiter) {
      row.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += c;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
