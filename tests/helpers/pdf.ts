/**
 * Poppler helpers for tests (DESIGN §7): run pdftotext / pdffonts / pdfinfo / pdftoppm on a PDF
 * given as bytes or a path. Bytes are written to a temporary file that is removed afterwards
 * (PNG output goes to a folder the caller owns). Throws when a tool is missing or fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PdfInput = Buffer | Uint8Array | string;

function withFile<T>(pdf: PdfInput, fn: (path: string) => T): T {
  if (typeof pdf === 'string') return fn(pdf);
  const dir = mkdtempSync(join(tmpdir(), 'safepost-pdf-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, pdf);
  try {
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/**
 * Text of every page (index 0 = page 1). `mode`: 'layout' keeps the physical layout
 * (`pdftotext -layout`), 'raw' keeps content-stream order (a cell's lines stay together).
 */
export function pdfPages(pdf: PdfInput, mode: 'layout' | 'raw' = 'layout'): string[] {
  const text = withFile(pdf, (p) => run('pdftotext', [mode === 'raw' ? '-raw' : '-layout', '-enc', 'UTF-8', p, '-']));
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** The whole text (`pdftotext -layout`), pages separated by form feeds. */
export function pdfText(pdf: PdfInput, mode: 'layout' | 'raw' = 'layout'): string {
  return pdfPages(pdf, mode).join('\f');
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

/** Rows of `pdffonts`. */
export function pdfFonts(pdf: PdfInput): PdfFontRow[] {
  const out = withFile(pdf, (p) => run('pdffonts', [p]));
  const lines = out.split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    // name type… encoding emb sub uni object ID: the last five columns are fixed, the type may hold spaces
    const parts = l.trim().split(/\s+/);
    const [emb, sub, uni] = parts.slice(-5, -2);
    return {
      name: parts[0]!,
      type: parts.slice(1, -6).join(' '),
      encoding: parts[parts.length - 6]!,
      emb: emb === 'yes',
      sub: sub === 'yes',
      uni: uni === 'yes',
    };
  });
}

export interface PdfInfo {
  pages: number;
  /** Page size in pt (first page), e.g. { width: 841.89, height: 595.28 } for A4 landscape. */
  width: number;
  height: number;
  title: string | null;
  raw: Record<string, string>;
}

/** `pdfinfo` fields. */
export function pdfInfo(pdf: PdfInput): PdfInfo {
  const out = withFile(pdf, (p) => run('pdfinfo', ['-enc', 'UTF-8', p]));
  const raw: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) raw[m[1]!.trim()] = m[2]!.trim();
  }
  const size = /([\d.]+) x ([\d.]+)/.exec(raw['Page size'] ?? '');
  return {
    pages: Number(raw.Pages ?? 0),
    width: size ? Number(size[1]) : 0,
    height: size ? Number(size[2]) : 0,
    title: raw.Title ?? null,
    raw,
  };
}

/** Renders pages to PNG (`pdftoppm -png -r dpi`) into `outDir`; returns the PNG paths in page order. */
export function pdfToPngs(pdf: PdfInput, outDir: string, o: { dpi?: number; first?: number; last?: number; prefix?: string } = {}): string[] {
  mkdirSync(outDir, { recursive: true });
  const prefix = o.prefix ?? 'page';
  const args = ['-png', '-r', String(o.dpi ?? 60)];
  if (o.first) args.push('-f', String(o.first));
  if (o.last) args.push('-l', String(o.last));
  withFile(pdf, (p) => run('pdftoppm', [...args, p, join(outDir, prefix)]));
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => join(outDir, f));
}

export interface PageRaster {
  width: number;
  height: number;
  /** RGB bytes, row-major. */
  data: Uint8Array;
  /** '#RRGGBB' of the pixel at (x, y) in pixels. */
  at(x: number, y: number): string;
}

/** One page rasterized at `dpi` (`pdftoppm -ppm`), for colour checks. */
export function pdfPageRaster(pdf: PdfInput, page: number, dpi = 30): PageRaster {
  const dir = mkdtempSync(join(tmpdir(), 'safepost-ppm-'));
  try {
    withFile(pdf, (p) => run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', p, join(dir, 'page')]));
    const buf = readFileSync(join(dir, 'page.ppm'));
    // P6 header: magic, width, height, maxval, each followed by white space
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('not a binary PPM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const data = new Uint8Array(buf.subarray(header[0].length));
    const hex = (v: number): string => v.toString(16).padStart(2, '0');
    return {
      width,
      height,
      data,
      at: (x, y) => {
        const i = (Math.floor(y) * width + Math.floor(x)) * 3;
        return `#${hex(data[i]!)}${hex(data[i + 1]!)}${hex(data[i + 2]!)}`.toUpperCase();
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in pt (top-left origin), from `pdftotext -bbox`. */
export function pdfWords(pdf: PdfInput): { pages: { width: number; height: number }[]; words: PdfWord[] } {
  const html = withFile(pdf, (p) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', p, '-']));
  const pages: { width: number; height: number }[] = [];
  const words: PdfWord[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else words.push({ page: pages.length, text: unescape(m[7]!), xMin: +m[3]!, yMin: +m[4]!, xMax: +m[5]!, yMax: +m[6]! });
  }
  return { pages, words };
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Removes all white space (pdftotext puts line breaks and spaces where the layout had them). */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Splits `needle` into the fewest in-order pieces that each occur in `haystack` after the
 * previous one (greedy longest prefix). Returns the pieces, or null when some part is missing.
 * A cell split across k pages comes back in about k pieces; an intact cell in one.
 */
export function findInPieces(haystack: string, needle: string): string[] | null {
  const pieces: string[] = [];
  let from = 0;
  let rest = needle;
  while (rest.length > 0) {
    let lo = 1;
    let hi = rest.length;
    let best = 0;
    let bestAt = -1;
    // the longest prefix of `rest` found at or after `from` (occurrence is monotone in length)
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = haystack.indexOf(rest.slice(0, mid), from);
      if (at >= 0) {
        best = mid;
        bestAt = at;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best === 0) return null;
    pieces.push(rest.slice(0, best));
    from = bestAt + best;
    rest = rest.slice(best);
  }
  return pieces;
}
