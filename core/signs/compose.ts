/**
 * Composes a complete GB 2894 sign plate as one SVG string (viewBox in millimetres, no
 * width/height attributes): the geometric frame of the category with the standard's proportions
 * (geometry.ts), the contrasting edge, the pictogram passed in by the caller (core reads no
 * files), and optionally the text panel with the sign's Chinese title.
 *
 * Frames (domain-facts §1.1 [V], §1.4 [S/M]):
 * - prohibition: white ground, red ring (d2 = 0.8 d1) and a red bar (c = 0.08 d1) at 45° from upper
 *   left to lower right drawn OVER the black pictogram (ISO 3864-1 / GB 2894 artwork); white edge.
 * - warning: yellow equilateral triangle in a black band (a2 = 0.7 a1) with rounded outer corners
 *   (r = 0.08 a2 [M]); black pictogram; yellow edge.
 * - mandatory: blue disc, white pictogram; white edge.
 * - information: green square, white pictogram; white edge.
 * Text panels: prohibition red/white, warning white with black border and black text, mandatory
 * blue/white, information green/white (the whole information plate is green).
 * The same string renders inline in the browser and in pdfkit via svg-to-pdfkit.
 */
import { AppError } from '../contract/errors';
import type { SignCategory } from '../standards/signIds';
import { safetySign, type SafetySign, type SignEdition } from '../standards/signs';
import { SAFETY_COLOURS as C } from './colours';
import { signLayout, type SignLayout } from './geometry';
import { fitPanelText } from './panelText';
import { parsePictogram, type Pictogram } from './pictogram';

/** Font stack of the panel text: the bundled Noto Sans SC first (PDF), then common CJK sans. */
export const SIGN_FONT_FAMILY = "'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', SimHei, sans-serif";

export interface ComposeOptions {
  /** Add the text panel with the title under the symbol. */
  withText: boolean;
  /** Plate width (with text) or overall sign width with its edge (without), mm. Default 100. */
  widthMm?: number;
  /** Plate height with text, mm; default 1.25 × width. */
  heightMm?: number;
  /** Title to print; default the sign's title in `edition`. */
  textZh?: string;
  /** Edition whose title is printed by default: GB 2894-2025 when the sign is in it, else 2008. */
  edition?: SignEdition;
  /** Leave the title out of the SVG (the PDF renderer draws it natively); the panel stays. */
  omitText?: boolean;
}

/** Pictogram ink per category: black on prohibition/warning, white on mandatory/information. */
export const PICTOGRAM_INK: Readonly<Record<SignCategory, string>> = {
  prohibition: C.black, warning: C.black, mandatory: C.white, information: C.white,
};

/** Text panel colours per category (domain-facts §1.4). */
export const PANEL_COLOURS: Readonly<Record<SignCategory, { fill: string; text: string; border?: string }>> = {
  prohibition: { fill: C.red, text: C.white },
  warning: { fill: C.white, text: C.black, border: C.black },
  mandatory: { fill: C.blue, text: C.white },
  information: { fill: C.green, text: C.white },
};

/** The title printed for a sign: its title in `edition`, else in its newest edition. */
export function signTitleZh(sign: SafetySign, edition?: SignEdition): string {
  const e = (edition && sign.editions.find((x) => x.edition === edition)) ?? sign.editions[sign.editions.length - 1]!;
  return e.titleZh;
}

/** Number formatting for SVG: at most 3 decimals, no trailing zeros. */
function n(x: number): string {
  const r = Math.round(x * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Path of an equilateral triangle (apex up) with incentre (cx, cy), sharp side `side` and corners
 * rounded with radius r (tangent points r·√3 from each sharp vertex).
 */
export function roundedTrianglePath(cx: number, cy: number, side: number, r: number): string {
  const rho = side / (2 * Math.sqrt(3));
  const v: [number, number][] = [[cx, cy - 2 * rho], [cx + side / 2, cy + rho], [cx - side / 2, cy + rho]];
  const t = r * Math.sqrt(3);
  const along = (a: [number, number], b: [number, number], d: number): [number, number] => {
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return [a[0] + ((b[0] - a[0]) * d) / len, a[1] + ((b[1] - a[1]) * d) / len];
  };
  let d = '';
  for (let i = 0; i < 3; i++) {
    const a = v[i]!;
    const b = v[(i + 1) % 3]!;
    const c = v[(i + 2) % 3]!;
    const start = along(a, b, t);
    const end = along(b, a, t);
    const next = along(b, c, t);
    d += `${i === 0 ? 'M' : 'L'}${n(start[0])} ${n(start[1])}L${n(end[0])} ${n(end[1])}`;
    d += r > 0 ? `A${n(r)} ${n(r)} 0 0 1 ${n(next[0])} ${n(next[1])}` : '';
  }
  return `${d}Z`;
}

/** The pictogram placed into the layout's pictogram box, recoloured with the ink. */
function pictogramMarkup(p: Pictogram, layout: SignLayout, ink: string): string {
  const [vx, vy, vw, vh] = p.viewBox;
  const box = layout.pictogram;
  const k = box.size / Math.max(vw, vh);
  const tx = box.x + (box.size - vw * k) / 2 - vx * k;
  const ty = box.y + (box.size - vh * k) / 2 - vy * k;
  const root = p.rootAttrs.replace(/currentColor/g, ink);
  const fill = /\bfill=/.test(root) ? '' : ` fill="${ink}"`;
  return `<g transform="translate(${n(tx)} ${n(ty)}) scale(${n(k)})"${fill}${root}>${p.body.replace(/currentColor/g, ink)}</g>`;
}

function frameMarkup(layout: SignLayout): { under: string; over: string } {
  const { cx, cy, dims } = layout;
  const S = dims.outerMm;
  const e = dims.edgeMm;
  switch (layout.category) {
    case 'prohibition': {
      const L = (dims.outerMm + dims.innerMm!) / 2;
      const c = dims.barMm!;
      return {
        under: `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(S / 2 + e)}" fill="${C.white}"/>`
          + `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(S / 2)}" fill="${C.red}"/>`
          + `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(dims.innerMm! / 2)}" fill="${C.white}"/>`,
        // The bar lies over the pictogram; rotate(+45) turns it clockwise on screen, so it runs
        // from upper left to lower right; its ends stop in the middle of the ring.
        over: `<rect x="${n(cx - L / 2)}" y="${n(cy - c / 2)}" width="${n(L)}" height="${n(c)}" fill="${C.red}" transform="rotate(${dims.barAngleDeg} ${n(cx)} ${n(cy)})"/>`,
      };
    }
    case 'warning': {
      const r = dims.cornerRadiusMm!;
      const a1 = dims.outerMm;
      const a2 = dims.innerMm!;
      return {
        // r rounds the outer black corners; the edge is their offset (radius r + e); the inner
        // yellow triangle is sharp (geometry.ts WARNING_CORNER_RATIO).
        under: `<path d="${roundedTrianglePath(cx, cy, a1 + 2 * Math.sqrt(3) * e, r + e)}" fill="${C.yellow}"/>`
          + `<path d="${roundedTrianglePath(cx, cy, a1, r)}" fill="${C.black}"/>`
          + `<path d="${roundedTrianglePath(cx, cy, a2, 0)}" fill="${C.yellow}"/>`,
        over: '',
      };
    }
    case 'mandatory':
      return {
        under: `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(S / 2 + e)}" fill="${C.white}"/>`
          + `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(S / 2)}" fill="${C.blue}"/>`,
        over: '',
      };
    case 'information':
      if (layout.withText) return { under: '', over: '' }; // the whole plate is green
      return {
        under: `<rect x="${n(cx - S / 2 - e)}" y="${n(cy - S / 2 - e)}" width="${n(S + 2 * e)}" height="${n(S + 2 * e)}" fill="${C.white}"/>`
          + `<rect x="${n(cx - S / 2)}" y="${n(cy - S / 2)}" width="${n(S)}" height="${n(S)}" fill="${C.green}"/>`,
        over: '',
      };
  }
}

export interface ComposedSign {
  svg: string;
  layout: SignLayout;
  /** The title as laid out in the panel (empty without text). */
  text: ReturnType<typeof fitPanelText> & { colour: string; x: number; y: number };
}

/**
 * Composes the sign `sign` (a registry record or its id) with the pictogram — its SVG text or an
 * already parsed Pictogram (null or undefined draws the frame only). Returns the SVG string plus the layout and the fitted title so
 * that a renderer can draw the title natively (`omitText`).
 * Throws AppError E_SIGN_UNKNOWN for an unknown id; throws Error for a pictogram without viewBox.
 */
export function composeSign(sign: SafetySign | string, pictogramSvg: string | Pictogram | null | undefined, opts: ComposeOptions): ComposedSign {
  const s = typeof sign === 'string' ? safetySign(sign) : sign;
  if (!s) throw new AppError('E_SIGN_UNKNOWN', { signId: sign });
  const layout = signLayout(s.category, { withText: opts.withText, widthMm: opts.widthMm ?? 100, heightMm: opts.heightMm });
  const W = layout.widthMm;
  const H = layout.heightMm;
  const parts: string[] = [];
  if (opts.withText) {
    const e = layout.plateEdgeMm;
    parts.push(`<rect x="0" y="0" width="${n(W)}" height="${n(H)}" fill="${C.white}"/>`);
    if (s.category === 'information') {
      parts.push(`<rect x="${n(e)}" y="${n(e)}" width="${n(W - 2 * e)}" height="${n(H - 2 * e)}" fill="${C.green}"/>`);
    }
  }
  const frame = frameMarkup(layout);
  parts.push(frame.under);
  if (pictogramSvg) {
    const pic = typeof pictogramSvg === 'string' ? parsePictogram(pictogramSvg) : pictogramSvg;
    parts.push(pictogramMarkup(pic, layout, PICTOGRAM_INK[s.category]));
  }
  parts.push(frame.over);

  let text: ComposedSign['text'] = { lines: [], fontSize: 0, baselines: [], widthUsed: 0, colour: '', x: 0, y: 0 };
  if (opts.withText && layout.panel) {
    const p = layout.panel;
    const colours = PANEL_COLOURS[s.category];
    if (s.category !== 'information') {
      if (colours.border) {
        const sw = 0.012 * W;
        parts.push(`<rect x="${n(p.x + sw / 2)}" y="${n(p.y + sw / 2)}" width="${n(p.width - sw)}" height="${n(p.height - sw)}" fill="${colours.fill}" stroke="${colours.border}" stroke-width="${n(sw)}"/>`);
      } else {
        parts.push(`<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}" fill="${colours.fill}"/>`);
      }
    }
    const fitted = fitPanelText(opts.textZh ?? signTitleZh(s, opts.edition), p.width, p.height);
    text = { ...fitted, colour: colours.text, x: p.x + p.width / 2, y: p.y };
    if (!opts.omitText) {
      fitted.lines.forEach((line, i) => {
        parts.push(
          `<text x="${n(text.x)}" y="${n(p.y + fitted.baselines[i]!)}" font-family="${SIGN_FONT_FAMILY}" font-weight="700" font-size="${n(fitted.fontSize)}" text-anchor="middle" fill="${colours.text}">${escapeXml(line)}</text>`,
        );
      });
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(W)} ${n(H)}">${parts.join('')}</svg>`;
  return { svg, layout, text };
}

/**
 * The composed sign as an SVG string (see composeSign): viewBox `0 0 W H` in mm, no width/height.
 * Example: composeSignSvg('sign.no-smoking', pictogramText, { withText: true, widthMm: 400 }).
 */
export function composeSignSvg(sign: SafetySign | string, pictogramSvg: string | Pictogram | null | undefined, opts: ComposeOptions): string {
  return composeSign(sign, pictogramSvg, opts).svg;
}
