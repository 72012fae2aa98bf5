/**
 * Line breaking for the PDF renderer: styled runs → lines that fit a width in pt.
 *
 * Rules (a practical subset of UAX #14 with Chinese 避头尾 / kinsoku):
 * - a line may break between any two CJK characters, and between CJK and Latin;
 * - Latin words and numbers do not break inside, unless one alone is wider than the line, then
 *   they break per character (nothing ever runs past the width);
 * - a break after a space; spaces at the end of a line hang (not counted);
 * - closing punctuation （，。、；：！？）》」”… ℃ %) never starts a line, opening punctuation
 *   （（《「“) never ends one: the neighbour moves with it;
 * - '\n' always ends a line ("\r\n" and "\r" count as '\n', a tab as a space);
 * - U+2060 WORD JOINER glues its neighbours (no break on either side); it has no width and is
 *   never part of a line's text (core/cards/typography.ts uses it for short groups and ranges).
 * Widths come from a per-character function (em units), so the module is pure and testable.
 */
import { charWidthEm } from './fonts';

export interface StyledText {
  text: string;
  bold?: boolean;
  color?: string;
}

/** A piece of a line with one style; `x` is its offset from the line start in pt. */
export interface LineSeg {
  text: string;
  bold: boolean;
  color?: string;
  x: number;
  width: number;
}

export interface Line {
  segs: LineSeg[];
  /** Width in pt without hanging spaces. */
  width: number;
}

export type WidthEm = (codePoint: number, bold: boolean) => number;

const NO_START = new Set([...'，。、；：？！）】》」』〕〉〗”’…—%％‰℃°·,.;:?!)]}～〜・ー々']);
const NO_END = new Set([...'（【《「『〔〈〖“‘([{']);

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x2460 && cp <= 0x24ff) || // ①②③
    cp === 0x2014 || cp === 0x2026 || // — …
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

interface Ch {
  ch: string;
  cp: number;
  w: number;
  run: number;
  space: boolean;
  /** A WORD JOINER followed this character: no break after it. */
  glue?: boolean;
}

function canBreakBefore(prev: Ch, cur: Ch): boolean {
  if (cur.space || prev.glue) return false;
  if (prev.space) return true;
  if (NO_START.has(cur.ch) || NO_END.has(prev.ch)) return false;
  return isCjk(prev.cp) || isCjk(cur.cp);
}

/**
 * Wraps `runs` into lines no wider than `maxWidthPt` at `sizePt`. Empty text gives no lines;
 * every character of the input appears in exactly one line (spaces at line ends excepted).
 * A width ≤ 0 is treated as one character per line.
 */
export function wrapRuns(runs: StyledText[], maxWidthPt: number, sizePt: number, widthEm: WidthEm = charWidthEm): Line[] {
  const lines: Line[] = [];
  let chars: Ch[] = [];
  const flush = (): void => {
    breakParagraph(chars, runs, maxWidthPt, lines);
    chars = [];
  };
  let sawAny = false;
  runs.forEach((run, ri) => {
    const text = run.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    const bold = !!run.bold;
    for (const ch of text) {
      sawAny = true;
      if (ch === '\n') {
        flush();
        continue;
      }
      if (ch === '\u2060') {
        const last = chars[chars.length - 1];
        if (last) last.glue = true;
        continue;
      }
      const cp = ch.codePointAt(0)!;
      chars.push({ ch, cp, w: widthEm(cp, bold) * sizePt, run: ri, space: ch === ' ' || ch === '\u3000' });
    }
  });
  if (chars.length > 0 || (sawAny && lines.length > 0)) flush();
  return lines;
}

function breakParagraph(chars: Ch[], runs: StyledText[], max: number, out: Line[]): void {
  if (chars.length === 0) {
    out.push({ segs: [], width: 0 });
    return;
  }
  let start = 0;
  let lastBreak = -1;
  let width = 0;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (i > start && canBreakBefore(chars[i - 1]!, c)) lastBreak = i;
    if (!c.space && width + c.w > max + 1e-6 && i > start) {
      const end = lastBreak > start ? lastBreak : i;
      out.push(makeLine(chars, start, end, runs));
      start = end;
      lastBreak = -1;
      width = 0;
      for (let k = start; k < i; k++) width += chars[k]!.w;
      continue; // re-check chars[i] against the new line (a long word may need a forced break)
    }
    width += c.w;
    i++;
  }
  out.push(makeLine(chars, start, chars.length, runs));
}

function makeLine(chars: Ch[], start: number, end: number, runs: StyledText[]): Line {
  let e = end;
  while (e > start && chars[e - 1]!.space) e--;
  const segs: LineSeg[] = [];
  let lastRun = -1;
  let x = 0;
  for (let k = start; k < e; k++) {
    const c = chars[k]!;
    const last = segs[segs.length - 1];
    if (last && c.run === lastRun) {
      last.text += c.ch;
      last.width += c.w;
    } else {
      const run = runs[c.run]!;
      const seg: LineSeg = { text: c.ch, bold: !!run.bold, x, width: c.w };
      if (run.color) seg.color = run.color;
      segs.push(seg);
      lastRun = c.run;
    }
    x += c.w;
  }
  return { segs, width: x };
}

/** Height in pt of `lineCount` lines at `sizePt` with line pitch `lineFactor × sizePt`. */
export function linesHeight(lineCount: number, sizePt: number, lineFactor: number): number {
  return lineCount * sizePt * lineFactor;
}

/** Plain text of a line. */
export function lineText(line: Line): string {
  return line.segs.map((s) => s.text).join('');
}
