/**
 * Geometry of GB 2894 safety signs: the standard's size formulas, the layout of a plate (symbol,
 * contrasting edge, text panel) and the choice of a practical plate for a viewing distance.
 *
 * Sources and confidence (../shared/docs/domain-facts.md):
 * - §1.2 [V] (GB 2894-2008 formulas, L = viewing distance in metres, sizes in metres):
 *   prohibition d1 = 0.025 L, d2 = 0.800 d1, bar c = 0.080 d1 at 45°; warning a1 = 0.034 L,
 *   a2 = 0.700 a1; mandatory d = 0.025 L; information a = 0.025 L.
 * - §1.2 [M]: warning corner radius r = 0.080 a2.
 * - §1.4 [M]: contrasting edge (衬边) ≈ 0.025 × the sign's side or diameter; white around red, blue
 *   and green signs, yellow around the warning triangle.
 * - §1.3 [M] (GB 2894-2008 Annex A plate types 1–7): only the type-1 sizes are used, as a floor
 *   (TYPE1_SIGN_MM, a conservative practice); plates are otherwise checked against the formulas.
 * - Plate sizes: ISO 216 paper sizes [V]; board sizes are common commercial practice [M].
 * - Plate layout (margins, text-panel height) is our design choice, not from the standard.
 * Units: millimetres unless a name says M (metres).
 */
import { AppError } from '../contract/errors';
import type { SignCategory } from '../standards/signIds';

/** Size coefficient k in `outer size (m) = k × L` per category (domain-facts §1.2 [V]). */
export const SIGN_SIZE_COEFFICIENT: Readonly<Record<SignCategory, number>> = {
  prohibition: 0.025,
  warning: 0.034,
  mandatory: 0.025,
  information: 0.025,
};
/** d2 = 0.800 d1 (prohibition inner diameter) [V]. */
export const PROHIBITION_INNER_RATIO = 0.8;
/** c = 0.080 d1 (prohibition bar width) [V]. */
export const PROHIBITION_BAR_RATIO = 0.08;
/** The bar makes 45° with the horizontal, running from upper left to lower right [V]. */
export const PROHIBITION_BAR_ANGLE_DEG = 45;
/** a2 = 0.700 a1 (warning inner side) [V]. */
export const WARNING_INNER_RATIO = 0.7;
/**
 * r = 0.080 a2 (warning corner radius) [M]. We read r as the radius of the OUTER (black) corners —
 * GB 2894 artwork shows a black band with rounded outer corners around a sharp-cornered yellow
 * triangle; the inner triangle is drawn sharp.
 */
export const WARNING_CORNER_RATIO = 0.08;
/** Contrasting edge width ≈ 0.025 × outer side or diameter [M]. */
export const EDGE_RATIO = 0.025;

/**
 * Outer sign size of the smallest standard plate, type 1 of GB 2894-2008 Annex A (0 < L ≤ 2.5 m),
 * mm: circle Ø 70 (prohibition, mandatory), triangle side 88 (warning), square side 63
 * (information) — domain-facts §1.3 [M], not yet checked against the official text.
 *
 * Product rule (a conservative practice, not a requirement we could confirm): the app never
 * offers or chooses a plate whose sign is smaller than type 1, even where the formula asks for less
 * (at L = 2 m it asks for a 50 mm circle). The formula still applies on top of it: a plate serves a
 * distance only when its sign is at least the formula size there (plateMaxDistanceM).
 */
export const TYPE1_SIGN_MM: Readonly<Record<SignCategory, number>> = {
  prohibition: 70,
  warning: 88,
  mandatory: 70,
  information: 63,
};

/**
 * The smallest sign the app accepts at viewing distance `distanceM` (m), mm: the larger of the
 * formula size (§1.2 [V]) and the type-1 size (TYPE1_SIGN_MM, §1.3 [M]). E.g. a prohibition sign at
 * 2 m: max(50, 70) = 70; at 8 m: max(200, 70) = 200. Throws AppError E_SIGN_DISTANCE outside 0.5–40 m.
 */
export function minimumSignMm(category: SignCategory, distanceM: number): number {
  return Math.max(signDimensions(category, distanceM).outerMm, TYPE1_SIGN_MM[category]);
}

/** Viewing distances accepted (E_SIGN_DISTANCE): 0.5–40 m, the span of the 2008 plate table. */
export const MIN_DISTANCE_M = 0.5;
export const MAX_DISTANCE_M = 40;

const SQRT3 = Math.sqrt(3);

/**
 * The dimensions of one sign of outer size `outerMm` (d1, a1, d or a), all in mm.
 * - `innerMm`: d2 (prohibition) or a2 (warning); undefined for mandatory/information.
 * - `barMm`: c (prohibition only). `cornerRadiusMm`: r of the outer warning corners (0.08 a2).
 * - `borderMm`: perpendicular width of the black warning band, (a1 − a2) / (2√3).
 * - `edgeMm`: contrasting edge width; `overallMm`: width of the sign with its edge (a triangle
 *   with edge e has side a1 + 2√3·e).
 */
export interface SignDimensions {
  category: SignCategory;
  outerMm: number;
  innerMm?: number;
  barMm?: number;
  barAngleDeg?: number;
  cornerRadiusMm?: number;
  borderMm?: number;
  edgeMm: number;
  overallMm: number;
}

/** Dimensions derived from the outer size (see SignDimensions). Pure proportions of §1.2/§1.4. */
export function dimensionsForOuter(category: SignCategory, outerMm: number): SignDimensions {
  const edgeMm = EDGE_RATIO * outerMm;
  switch (category) {
    case 'prohibition':
      return {
        category, outerMm, innerMm: PROHIBITION_INNER_RATIO * outerMm, barMm: PROHIBITION_BAR_RATIO * outerMm,
        barAngleDeg: PROHIBITION_BAR_ANGLE_DEG, edgeMm, overallMm: outerMm + 2 * edgeMm,
      };
    case 'warning': {
      const innerMm = WARNING_INNER_RATIO * outerMm;
      return {
        category, outerMm, innerMm, cornerRadiusMm: WARNING_CORNER_RATIO * innerMm,
        borderMm: (outerMm - innerMm) / (2 * SQRT3), edgeMm, overallMm: outerMm + 2 * SQRT3 * edgeMm,
      };
    }
    case 'mandatory':
    case 'information':
      return { category, outerMm, edgeMm, overallMm: outerMm + 2 * edgeMm };
  }
}

/**
 * The standard's minimum sign size for viewing distance `distanceM` (metres), in mm
 * (GB 2894-2008 formulas, domain-facts §1.2 [V]). E.g. L = 10 m: prohibition d1 250, d2 200,
 * c 20; warning a1 340, a2 238; mandatory d 250; information a 250.
 * Throws AppError E_SIGN_DISTANCE outside 0.5–40 m.
 */
export function signDimensions(category: SignCategory, distanceM: number): SignDimensions {
  assertDistance(distanceM);
  return dimensionsForOuter(category, SIGN_SIZE_COEFFICIENT[category] * distanceM * 1000);
}

function assertDistance(distanceM: number): void {
  if (!Number.isFinite(distanceM) || distanceM < MIN_DISTANCE_M || distanceM > MAX_DISTANCE_M) {
    throw new AppError('E_SIGN_DISTANCE', { distanceM, min: MIN_DISTANCE_M, max: MAX_DISTANCE_M });
  }
}

// ---------------------------------------------------------------------------------------------
// Plate layout

/**
 * Side of the pictogram's square box as a fraction of the outer size S (our design, tuned by eye
 * against GB 2894 / ISO 7010 artwork): the pictogram's 100-unit viewBox maps to this box.
 * - prohibition, mandatory: the box is the inner circle's diameter (0.8 S); pictograms keep
 *   within radius ≈ 44 of their 100 box so that they clear the ring.
 * - warning: the box is the inner side a2, aligned so that the (sharp) inner triangle has its apex at
 *   (50, 6.7) and its base from (0, 93.3) to (100, 93.3) in pictogram units.
 * - information: 0.84 S, centred in the square.
 */
export const PICTOGRAM_BOX_RATIO: Readonly<Record<SignCategory, number>> = {
  prohibition: PROHIBITION_INNER_RATIO,
  warning: WARNING_INNER_RATIO,
  mandatory: 0.8,
  information: 0.84,
};

/**
 * Side margin of a circle or square symbol on a plate with text, as a fraction of the plate width
 * (design). A triangle takes less (WARNING_SIDE_MARGIN_RATIO): its lower corners are rounded points,
 * so at the same margin it looks smaller than a disc and leaves a tall empty band above it.
 */
export const PLATE_MARGIN_RATIO = 0.08;
export const WARNING_SIDE_MARGIN_RATIO = 0.04;
/** Least gap above and below the symbol (to the plate top and to the panel), fraction of the width. */
export const PLATE_GAP_RATIO = 0.06;
/**
 * White edge of a plate with text around its panel (and around the green of an information plate),
 * as a fraction of the plate width, and at least PLATE_EDGE_MIN_MM: labels are cut by hand along
 * cut marks, and a cut that misses by 1–2 mm must neither bite into the coloured panel nor leave it
 * touching the edge (no bleed is printed). Design, in the spirit of the contrasting edge of §1.4.
 */
export const PLATE_EDGE_RATIO = 0.04;
export const PLATE_EDGE_MIN_MM = 3;
/** Text panel height bounds as fractions of the plate width (design). */
export const PANEL_MIN_RATIO = 0.22;
export const PANEL_MAX_RATIO = 0.35;
/** Default plate height with text: 4:5, the proportion of common boards (400×500, 200×250). */
export const DEFAULT_TEXT_PLATE_ASPECT = 1.25;

export interface Rect { x: number; y: number; width: number; height: number }

/** Where everything sits on one plate; a viewBox of `0 0 widthMm heightMm`. */
export interface SignLayout {
  category: SignCategory;
  withText: boolean;
  widthMm: number;
  heightMm: number;
  /** Centre of the symbol: the circle/square centre, or the triangle's incentre. */
  cx: number;
  cy: number;
  dims: SignDimensions;
  /** The pictogram's square box (its viewBox maps onto it). */
  pictogram: { x: number; y: number; size: number };
  /** Text panel (withText only). */
  panel?: Rect;
  /** Edge around the plate with text (inset of the coloured panel/plate). */
  plateEdgeMm: number;
}

export interface LayoutOptions {
  withText: boolean;
  /** Plate width (withText) or the sign's overall width including its edge (symbol only). */
  widthMm: number;
  /** Plate height with text; default 1.25 × width. Ignored without text. */
  heightMm?: number;
}

/**
 * Lays out a plate. Without text the plate is the sign itself: width = overall width with the
 * contrasting edge (a triangle's viewBox is its bounding box, height = width·√3/2). With text the
 * plate is a rectangle: a text panel of height clamp(H − W, 0.22 W, 0.35 W) at the bottom, inset
 * by the plate edge e = max(0.04 W, 3 mm) on three sides; above it the symbol, as large as the side
 * margins (0.08 W, triangles 0.04 W) and a gap of at least 0.06 W above and below allow, and
 * centred by what is seen: the rounded apex of a triangle counts from where the ink starts, so the
 * space above the symbol equals the space between the symbol and the panel.
 * Throws on a non-positive width/height.
 */
export function signLayout(category: SignCategory, opts: LayoutOptions): SignLayout {
  const W = opts.widthMm;
  if (!(W > 0)) throw new Error(`widthMm must be positive: ${W}`);
  if (!opts.withText) {
    const outer = category === 'warning' ? W / (1 + 2 * SQRT3 * EDGE_RATIO) : W / (1 + 2 * EDGE_RATIO);
    const dims = dimensionsForOuter(category, outer);
    const H = category === 'warning' ? (W * SQRT3) / 2 : W;
    const cx = W / 2;
    // A triangle's incentre sits at 2/3 of its height from the apex.
    const cy = category === 'warning' ? (2 / 3) * H : W / 2;
    return { category, withText: false, widthMm: W, heightMm: H, cx, cy, dims, pictogram: pictogramBox(dims, cx, cy), plateEdgeMm: 0 };
  }
  const H = opts.heightMm ?? W * DEFAULT_TEXT_PLATE_ASPECT;
  if (!(H > 0)) throw new Error(`heightMm must be positive: ${H}`);
  const e = plateEdgeMm(W);
  const P = Math.min(Math.max(H - W, PANEL_MIN_RATIO * W), PANEL_MAX_RATIO * W);
  const areaH = H - e - P; // from the plate top to the panel
  const gap = PLATE_GAP_RATIO * W;
  const boxH = Math.max(areaH - 2 * gap, 1);
  let outer: number;
  let cy: number;
  if (category === 'warning') {
    // Seen height of the triangle with its edge: the sharp height minus the drop of the rounded
    // apex (an arc of radius ρ in a 60° corner starts ρ below the sharp vertex), ρ = r + e.
    const k = 1 + 2 * SQRT3 * EDGE_RATIO;
    const seenPerOuter = (k * SQRT3) / 2 - (WARNING_CORNER_RATIO * WARNING_INNER_RATIO + EDGE_RATIO);
    outer = Math.min((W - 2 * WARNING_SIDE_MARGIN_RATIO * W) / k, boxH / seenPerOuter);
    const apexDrop = (WARNING_CORNER_RATIO * WARNING_INNER_RATIO + EDGE_RATIO) * outer;
    const seen = seenPerOuter * outer;
    const top = (areaH - seen) / 2 - apexDrop; // where the sharp apex would be
    cy = top + (k * outer) / SQRT3;
  } else {
    outer = Math.min(W - 2 * PLATE_MARGIN_RATIO * W, boxH) / (1 + 2 * EDGE_RATIO);
    cy = areaH / 2;
  }
  const dims = dimensionsForOuter(category, outer);
  const cx = W / 2;
  return {
    category, withText: true, widthMm: W, heightMm: H, cx, cy, dims,
    pictogram: pictogramBox(dims, cx, cy),
    panel: { x: e, y: H - e - P, width: W - 2 * e, height: P },
    plateEdgeMm: e,
  };
}

/** The white edge of a plate with text `widthMm` wide, mm: max(0.04 W, 3 mm) (PLATE_EDGE_RATIO). */
export function plateEdgeMm(widthMm: number): number {
  return Math.max(PLATE_EDGE_RATIO * widthMm, PLATE_EDGE_MIN_MM);
}

function pictogramBox(d: SignDimensions, cx: number, cy: number): { x: number; y: number; size: number } {
  const size = PICTOGRAM_BOX_RATIO[d.category] * d.outerMm;
  if (d.category === 'warning') {
    // Inner triangle (side a2 = size) centred in the box: base at y = 0.5 + √3/4 (93.3 %), its
    // incentre one inradius (1/(2√3) = 28.9 %) above, at 64.43 % of the box.
    return { x: cx - size / 2, y: cy - (0.5 + SQRT3 / 4 - 1 / (2 * SQRT3)) * size, size };
  }
  return { x: cx - size / 2, y: cy - size / 2, size };
}

// ---------------------------------------------------------------------------------------------
// Practical plates

export type PlateKind = 'board' | 'sheet';

/**
 * A practical plate: a commercial sign board or a printed paper sheet (portrait).
 * - `widthMm`/`heightMm`: the physical size; for a sheet, the plate drawn on it is smaller by
 *   `marginMm` on every side (printer margin).
 * - `withText`: a rectangular board/sheet with a text panel; false for symbol-only boards, whose
 *   width is the sign's overall width (circle/square diameter or triangle side with edge).
 */
export interface Plate {
  id: string;
  kind: PlateKind;
  labelZh: string;
  widthMm: number;
  heightMm: number;
  marginMm: number;
  withText: boolean;
  /** Confidence of the size as a practice/standard value: ISO 216 sheets V, boards M. */
  confidence: 'V' | 'M';
}

const board = (w: number, h: number): Plate => ({
  id: `board-${w}x${h}`, kind: 'board', labelZh: `标志牌 ${w}×${h} mm`, widthMm: w, heightMm: h, marginMm: 0, withText: true, confidence: 'M',
});
const symbolBoard = (w: number): Plate => ({
  id: `symbol-${w}`, kind: 'board', labelZh: `单图形标志牌 ${w} mm`, widthMm: w, heightMm: w, marginMm: 0, withText: false, confidence: 'M',
});
const sheet = (name: string, w: number, h: number): Plate => ({
  id: `sheet-${name.toLowerCase()}`, kind: 'sheet', labelZh: `${name} 纸张打印`, widthMm: w, heightMm: h, marginMm: 10, withText: true, confidence: 'V',
});

/**
 * Plates the app offers, smallest first within each kind. Boards with text are common Chinese
 * commercial sizes [M]; symbol-only boards are nominal overall widths [M]; sheets are ISO 216
 * A5–A1 portrait [V] printed with a 10 mm margin.
 */
export const PLATES: readonly Plate[] = [
  sheet('A5', 148, 210), sheet('A4', 210, 297), sheet('A3', 297, 420), sheet('A2', 420, 594), sheet('A1', 594, 841),
  board(200, 250), board(250, 315), board(300, 400), board(400, 500), board(500, 600), board(600, 800), board(800, 1000),
  ...[100, 150, 200, 250, 300, 400, 500, 600, 800, 1000, 1200].map(symbolBoard),
];

/** The layout of a plate (a sheet's plate lies inside its printer margin). */
export function plateLayout(category: SignCategory, plate: Plate): SignLayout {
  return signLayout(category, {
    withText: plate.withText,
    widthMm: plate.widthMm - 2 * plate.marginMm,
    heightMm: plate.heightMm - 2 * plate.marginMm,
  });
}

/** The outer sign size (d1, a1, d or a, mm) drawn on a plate. */
export function plateSignSizeMm(category: SignCategory, plate: Plate): number {
  return plateLayout(category, plate).dims.outerMm;
}

/**
 * The top of a plate's distance range: the largest L (m) for which its sign is at least the
 * formula size, i.e. outer size / (k × 1000).
 */
export function plateMaxDistanceM(category: SignCategory, plate: Plate): number {
  return plateSignSizeMm(category, plate) / (SIGN_SIZE_COEFFICIENT[category] * 1000);
}

export interface PlateChoice {
  plate: Plate;
  /** Sign size on the plate and the formula's requirement at L, mm. */
  signSizeMm: number;
  requiredMm: number;
  /** What the choice had to meet: max(formula, type-1 size) (minimumSignMm), mm. */
  minimumMm: number;
  /** Top of the plate's distance range, m. */
  maxDistanceM: number;
}

export interface ChoosePlateOptions {
  /** Plates with a text panel (default) or symbol-only boards. */
  withText?: boolean;
  /** Restrict to boards or sheets; both by default. */
  kinds?: readonly PlateKind[];
  /** Candidate list; PLATES by default. */
  plates?: readonly Plate[];
}

/**
 * The smallest plate (by area) whose sign is at least the formula size for viewing distance
 * `distanceM` — i.e. the first plate whose distance range reaches L — and never smaller than the
 * type-1 size (TYPE1_SIGN_MM, product rule). Returns null when even the largest candidate is too
 * small (use several plates or a custom size: domain-facts §1.3).
 * Throws AppError E_SIGN_DISTANCE outside 0.5–40 m.
 */
export function choosePlate(category: SignCategory, distanceM: number, opts: ChoosePlateOptions = {}): PlateChoice | null {
  const formula = signDimensions(category, distanceM).outerMm;
  const required = Math.max(formula, TYPE1_SIGN_MM[category]);
  const withText = opts.withText ?? true;
  const kinds = opts.kinds ?? ['board', 'sheet'];
  const candidates = (opts.plates ?? PLATES)
    .filter((p) => p.withText === withText && kinds.includes(p.kind))
    .map((plate) => ({ plate, signSizeMm: plateSignSizeMm(category, plate) }))
    .sort((a, b) => a.plate.widthMm * a.plate.heightMm - b.plate.widthMm * b.plate.heightMm || a.signSizeMm - b.signSizeMm);
  // A tiny tolerance so that a plate sized exactly for L is not rejected by rounding.
  const hit = candidates.find((c) => c.signSizeMm >= required - 1e-9);
  if (!hit) return null;
  return {
    plate: hit.plate, signSizeMm: hit.signSizeMm, requiredMm: formula, minimumMm: required,
    maxDistanceM: hit.signSizeMm / (SIGN_SIZE_COEFFICIENT[category] * 1000),
  };
}
