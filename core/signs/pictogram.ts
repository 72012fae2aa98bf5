/**
 * Reads a pictogram SVG (resources/signs/<slug>.svg) into a sanitized, single-colour fragment.
 *
 * Pictograms are our own files, but the same text ends up inline in the UI and in PDFs, so only
 * plain shapes pass: svg, g, path, circle, ellipse, rect, line, polyline, polygon with their
 * geometry, transform and paint attributes. Everything else (script, style, text, images, links,
 * event handlers, defs, comments) is dropped with its content. Every paint other than `none`
 * becomes `currentColor`; the composer replaces it with the sign's ink colour (black on
 * prohibition/warning signs, white on mandatory/information signs).
 */

export interface Pictogram {
  /** The root viewBox [minX, minY, width, height]. */
  viewBox: [number, number, number, number];
  /** Sanitized markup of the root's children; paint is `currentColor`. */
  body: string;
  /** Presentation attributes of the root (e.g. stroke-width for stroke-drawn icons), sanitized. */
  rootAttrs: string;
}

const NUM = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const NUM_LIST = /^[-+\d.eE,\s]*$/;
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz\d.eE,+\-\s]*$/;
const TRANSFORM = /^(?:\s*(?:matrix|translate|scale|rotate|skewX|skewY)\s*\([-+\d.eE,\s]*\)\s*,?)*\s*$/;

const GEOMETRY: Readonly<Record<string, readonly string[]>> = {
  g: [],
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
};
const PAINT = new Set(['fill', 'stroke']);
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'fill-rule': ['nonzero', 'evenodd'],
  'clip-rule': ['nonzero', 'evenodd'],
  'stroke-linecap': ['butt', 'round', 'square'],
  'stroke-linejoin': ['miter', 'round', 'bevel'],
};
const NUMERIC_STYLE = new Set(['stroke-width', 'stroke-miterlimit', 'opacity', 'fill-opacity', 'stroke-opacity']);

interface Tag { name: string; attrs: Map<string, string>; selfClosing: boolean; closing: boolean }

function parseAttrs(src: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([A-Za-z_:][-\w:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (const m of src.matchAll(re)) attrs.set(m[1]!, (m[3] ?? m[4] ?? '').trim());
  return attrs;
}

function* tokens(svg: string): Generator<Tag> {
  const text = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<![^>]*>/g, '');
  const re = /<\s*(\/)?\s*([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/)?\s*>/g;
  for (const m of text.matchAll(re)) {
    yield { name: m[2]!, attrs: parseAttrs(m[3] ?? ''), selfClosing: m[4] === '/', closing: m[1] === '/' };
  }
}

/** Keeps an attribute when its value is safe for its kind; returns the value to write, or null. */
function cleanAttr(el: string, name: string, value: string): string | null {
  if (PAINT.has(name)) return value === 'none' ? 'none' : 'currentColor';
  if (name === 'transform') return TRANSFORM.test(value) ? value : null;
  if (ENUMS[name]) return ENUMS[name]!.includes(value) ? value : null;
  if (NUMERIC_STYLE.has(name)) return NUM.test(value) ? value : null;
  if (!GEOMETRY[el]?.includes(name)) return null;
  if (name === 'd') return PATH_DATA.test(value) ? value.replace(/\s+/g, ' ') : null;
  if (name === 'points') return NUM_LIST.test(value) ? value.replace(/\s+/g, ' ') : null;
  return NUM.test(value) ? value : null;
}

function styleToAttrs(style: string | undefined, attrs: Map<string, string>): void {
  if (!style) return;
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const k = decl.slice(0, i).trim();
    const v = decl.slice(i + 1).trim();
    if (k && !attrs.has(k)) attrs.set(k, v);
  }
}

function writeAttrs(el: string, attrs: Map<string, string>): string {
  styleToAttrs(attrs.get('style'), attrs);
  let out = '';
  for (const [k, v] of attrs) {
    const clean = cleanAttr(el, k, v);
    if (clean !== null) out += ` ${k}="${clean}"`;
  }
  return out;
}

/**
 * Parses and sanitizes a pictogram SVG. Throws when the text has no `<svg>` root with a valid
 * four-number viewBox (pictograms are viewBox-only, tech-notes §7).
 */
export function parsePictogram(svg: string): Pictogram {
  let viewBox: Pictogram['viewBox'] | null = null;
  let rootAttrs = '';
  let body = '';
  /** Depth inside an element that is being dropped with its content (0 = not dropping). */
  let dropDepth = 0;
  const open: string[] = [];
  for (const t of tokens(svg)) {
    const name = t.name.replace(/^svg:/, '');
    if (t.closing) {
      if (dropDepth > 0) {
        dropDepth--;
        continue;
      }
      // A close that does not match the open element (malformed input) is ignored.
      if (open.at(-1) === name) {
        open.pop();
        if (name !== 'svg') body += `</${name}>`;
      }
      continue;
    }
    if (dropDepth > 0) {
      if (!t.selfClosing) dropDepth++;
      continue;
    }
    if (name === 'svg' && viewBox === null) {
      const vb = (t.attrs.get('viewBox') ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
      if (vb.length !== 4 || vb.some((n) => !Number.isFinite(n)) || vb[2]! <= 0 || vb[3]! <= 0) {
        throw new Error('pictogram SVG needs a viewBox of four numbers');
      }
      viewBox = vb as Pictogram['viewBox'];
      t.attrs.delete('width');
      t.attrs.delete('height');
      rootAttrs = writeAttrs('g', t.attrs);
      if (!t.selfClosing) open.push('svg');
      continue;
    }
    if (viewBox === null) continue;
    if (!(name in GEOMETRY)) {
      if (!t.selfClosing) dropDepth = 1;
      continue;
    }
    const attrs = writeAttrs(name, t.attrs);
    if (t.selfClosing) body += `<${name}${attrs}/>`;
    else {
      body += `<${name}${attrs}>`;
      open.push(name);
    }
  }
  if (viewBox === null) throw new Error('not an SVG: no <svg viewBox> root');
  // Close anything left open by malformed input.
  while (open.length) {
    const top = open.pop()!;
    if (top !== 'svg') body += `</${top}>`;
  }
  return { viewBox, body, rootAttrs };
}
