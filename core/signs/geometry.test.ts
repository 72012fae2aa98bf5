import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { cmykOfHex, cmykText, SAFETY_COLOURS, SAFETY_COLOURS_CMYK, SAFETY_RED_REGION, insidePolygon, srgbToCieXyY } from './colours';
import {
  PLATES, choosePlate, minimumSignMm, plateLayout, plateMaxDistanceM, plateSignSizeMm, signDimensions, signLayout, TYPE1_SIGN_MM, type Plate,
} from './geometry';
import type { SignCategory } from '../standards/signIds';

const CATEGORIES: SignCategory[] = ['prohibition', 'warning', 'mandatory', 'information'];
/** The formula's outer size in mm at L metres (domain-facts §1.2), written out independently. */
const formulaMm = (c: SignCategory, L: number) => (c === 'warning' ? 34 : 25) * L;

describe('sign dimensions (GB 2894-2008 formulas)', () => {
  it('L = 10 m: prohibition d1 250, d2 200, c 20 at 45°', () => {
    const d = signDimensions('prohibition', 10);
    expect(d.outerMm).toBeCloseTo(250, 9);
    expect(d.innerMm).toBeCloseTo(200, 9);
    expect(d.barMm).toBeCloseTo(20, 9);
    expect(d.barAngleDeg).toBe(45);
    expect(d.edgeMm).toBeCloseTo(6.25, 9);
    expect(d.overallMm).toBeCloseTo(262.5, 9);
  });

  it('L = 10 m: warning a1 340, a2 238, corner r 19.04, band 29.4', () => {
    const d = signDimensions('warning', 10);
    expect(d.outerMm).toBeCloseTo(340, 9);
    expect(d.innerMm).toBeCloseTo(238, 9);
    expect(d.cornerRadiusMm).toBeCloseTo(19.04, 9);
    // band width between the parallel sides: (340 − 238) / (2√3)
    expect(d.borderMm).toBeCloseTo(29.445, 3);
    expect(d.edgeMm).toBeCloseTo(8.5, 9);
  });

  it('L = 10 m: mandatory d 250, information a 250', () => {
    expect(signDimensions('mandatory', 10).outerMm).toBeCloseTo(250, 9);
    expect(signDimensions('information', 10).outerMm).toBeCloseTo(250, 9);
    expect(signDimensions('mandatory', 10).innerMm).toBeUndefined();
  });

  it('scales linearly with the distance', () => {
    for (const c of CATEGORIES) {
      for (const L of [0.5, 2.5, 4, 6.3, 16, 25, 40]) expect(signDimensions(c, L).outerMm).toBeCloseTo(formulaMm(c, L), 9);
    }
    expect(signDimensions('prohibition', 4).innerMm).toBeCloseTo(80, 9);
    expect(signDimensions('warning', 2.5).innerMm).toBeCloseTo(59.5, 9);
  });

  it('refuses distances outside 0.5–40 m with E_SIGN_DISTANCE', () => {
    for (const L of [0, 0.4, 40.5, Number.NaN, -3]) {
      expect(() => signDimensions('warning', L)).toThrow(AppError);
      try {
        signDimensions('warning', L);
      } catch (e) {
        expect((e as AppError).code).toBe('E_SIGN_DISTANCE');
      }
    }
  });
});

describe('plate layout', () => {
  it('a symbol-only sign fills its width with the 0.025 edge', () => {
    const p = signLayout('prohibition', { withText: false, widthMm: 105 });
    expect(p.dims.outerMm).toBeCloseTo(100, 9);
    expect(p.heightMm).toBe(105);
    const w = signLayout('warning', { withText: false, widthMm: 100 });
    expect(w.dims.outerMm * (1 + 2 * Math.sqrt(3) * 0.025)).toBeCloseTo(100, 9);
    expect(w.heightMm).toBeCloseTo(50 * Math.sqrt(3), 9);
    // incentre of the triangle: two thirds down
    expect(w.cy).toBeCloseTo((2 / 3) * w.heightMm, 9);
  });

  it('a 400 × 500 plate with text: symbol above a panel of 100 mm, inside the plate', () => {
    for (const c of CATEGORIES) {
      const l = signLayout(c, { withText: true, widthMm: 400 });
      expect(l.heightMm).toBe(500);
      expect(l.panel!.height).toBeCloseTo(100, 9);
      // white edge 0.04 W = 16 mm below and beside the panel
      expect(l.plateEdgeMm).toBeCloseTo(16, 9);
      expect(l.panel!.y + l.panel!.height).toBeCloseTo(500 - 16, 9);
      expect(l.panel!.x).toBeCloseTo(16, 9);
      const half = l.dims.overallMm / 2;
      expect(l.cx - half).toBeGreaterThanOrEqual(0);
      expect(l.cx + half).toBeLessThanOrEqual(400);
      // the symbol ends above the panel
      const bottom = c === 'warning' ? l.cy + l.dims.overallMm / (2 * Math.sqrt(3)) : l.cy + l.dims.overallMm / 2;
      expect(bottom).toBeLessThanOrEqual(l.panel!.y);
    }
    // symbol box: 400 − 2·32 = 336 wide, 500 − 16 − 100 − 2·24 = 336 high; circle with edge 1.05 d1 = 336
    expect(signLayout('prohibition', { withText: true, widthMm: 400 }).dims.outerMm).toBeCloseTo(336 / 1.05, 9);
  });

  it('the white edge of a plate with text is at least 3 mm (hand-cut labels), the panel never nearer the cut', () => {
    for (const c of CATEGORIES) {
      for (const w of [60, 75, 80, 90, 110, 200]) {
        const l = signLayout(c, { withText: true, widthMm: w });
        expect(l.plateEdgeMm).toBeCloseTo(Math.max(3, 0.04 * w), 9);
        expect(l.panel!.x).toBeGreaterThanOrEqual(3 - 1e-9);
        expect(l.widthMm - l.panel!.x - l.panel!.width).toBeGreaterThanOrEqual(3 - 1e-9);
        expect(l.heightMm - l.panel!.y - l.panel!.height).toBeGreaterThanOrEqual(3 - 1e-9);
      }
    }
    expect(signLayout('mandatory', { withText: true, widthMm: 60 }).plateEdgeMm).toBe(3);
  });

  it('the symbol sits in the middle of the space above the panel, by what is seen (a triangle from its rounded apex)', () => {
    // 250 × 315 board: space above the panel 315 − 10 − 65 = 240 mm
    for (const c of CATEGORIES) {
      const l = signLayout(c, { withText: true, widthMm: 250, heightMm: 315 });
      const d = l.dims;
      let top: number;
      let bottom: number;
      if (c === 'warning') {
        const side = d.outerMm + 2 * Math.sqrt(3) * d.edgeMm;
        // the rounded apex (radius r + e in a 60° corner) starts r + e below the sharp vertex
        top = l.cy - side / Math.sqrt(3) + d.cornerRadiusMm! + d.edgeMm;
        bottom = l.cy + side / (2 * Math.sqrt(3));
      } else {
        top = l.cy - d.overallMm / 2;
        bottom = l.cy + d.overallMm / 2;
      }
      expect(top, c).toBeCloseTo(l.panel!.y - bottom, 6);
      expect(top, c).toBeGreaterThanOrEqual(0.06 * 250 - 1e-9);
    }
    // the triangle takes more of the width than a disc (side margins 0.04 W against 0.08 W)
    const w = signLayout('warning', { withText: true, widthMm: 250, heightMm: 315 });
    expect(w.dims.overallMm).toBeCloseTo(230, 6);
    expect(signLayout('prohibition', { withText: true, widthMm: 250, heightMm: 315 }).dims.overallMm).toBeCloseTo(210, 6);
  });

  it('the warning pictogram box puts the inner triangle at apex (50, 6.7) and base y 93.3', () => {
    const l = signLayout('warning', { withText: false, widthMm: 300 });
    const a2 = l.dims.innerMm!;
    const box = l.pictogram;
    expect(box.size).toBeCloseTo(a2, 9);
    const baseY = l.cy + a2 / (2 * Math.sqrt(3));
    expect((baseY - box.y) / box.size).toBeCloseTo(0.933, 3);
    const apexY = l.cy - a2 / Math.sqrt(3);
    expect((apexY - box.y) / box.size).toBeCloseTo(0.067, 3);
  });
});

describe('practical plates', () => {
  const kinds = (withText: boolean) => PLATES.filter((p) => p.withText === withText);

  it('every plate meets the formula at the top of its own distance range', () => {
    for (const c of CATEGORIES) {
      for (const plate of PLATES) {
        const top = plateMaxDistanceM(c, plate);
        expect(plateSignSizeMm(c, plate)).toBeGreaterThanOrEqual(formulaMm(c, top) - 1e-6);
      }
    }
  });

  it('choosePlate at each range top picks a plate at least the formula size; just above, a larger one', () => {
    for (const c of CATEGORIES) {
      for (const withText of [true, false]) {
        for (const plate of kinds(withText)) {
          const top = plateMaxDistanceM(c, plate);
          if (top < 0.5 || top > 40) continue;
          const hit = choosePlate(c, top, { withText })!;
          expect(hit.signSizeMm, `${c} ${plate.id}`).toBeGreaterThanOrEqual(formulaMm(c, top) - 1e-6);
          expect(hit.requiredMm).toBeCloseTo(formulaMm(c, top), 6);
          if (top + 0.01 <= 40) {
            const next = choosePlate(c, top + 0.01, { withText });
            if (next) expect(next.signSizeMm).toBeGreaterThanOrEqual(formulaMm(c, top + 0.01));
          }
        }
      }
    }
  });

  it('chooses the smallest adequate plate (concrete cases)', () => {
    // L = 10 m prohibition needs d1 ≥ 250 mm: a 300 × 400 board has 252/1.05 = 240 mm, 400 × 500 has 320 mm.
    const boards = choosePlate('prohibition', 10, { kinds: ['board'] })!;
    expect(boards.plate.id).toBe('board-400x500');
    expect(boards.signSizeMm).toBeGreaterThanOrEqual(250);
    // L = 10 m warning needs a1 ≥ 340 mm: the 400 × 500 board's triangle (≈ 338.7 mm) is just too small.
    expect(plateSignSizeMm('warning', PLATES.find((p) => p.id === 'board-400x500')!)).toBeLessThan(340);
    expect(choosePlate('warning', 10, { kinds: ['board'] })!.plate.id).toBe('board-500x600');
    // A4 sheet: a 190 mm plate inside 10 mm margins.
    const a4 = PLATES.find((p) => p.id === 'sheet-a4')!;
    expect(plateLayout('mandatory', a4).widthMm).toBe(190);
    expect(choosePlate('mandatory', 5, { kinds: ['sheet'] })!.plate.id).toBe('sheet-a4');
    // Symbol-only boards: L = 10 m information needs a ≥ 250 mm → the 300 mm board (a = 285.7).
    expect(choosePlate('information', 10, { withText: false })!.plate.id).toBe('symbol-300');
  });

  it('returns null when no plate is large enough, and validates the distance', () => {
    const small: Plate[] = PLATES.filter((p) => p.id === 'board-200x250');
    expect(choosePlate('warning', 30, { plates: small })).toBeNull();
    expect(() => choosePlate('warning', 50)).toThrow(/E_SIGN_DISTANCE/);
  });
});

describe('the type-1 floor (GB 2894-2008 Annex A type 1, domain-facts §1.3 [M]; a conservative product rule)', () => {
  it('type 1: circle 70, triangle 88, square 63 mm', () => {
    expect(TYPE1_SIGN_MM).toEqual({ prohibition: 70, warning: 88, mandatory: 70, information: 63 });
  });

  it('the minimum is the larger of the formula and type 1: a circle at 2 m needs 70 (formula 50), at 8 m 200', () => {
    expect(minimumSignMm('prohibition', 2)).toBe(70);
    expect(minimumSignMm('mandatory', 2.8)).toBe(70); // formula exactly 70
    expect(minimumSignMm('prohibition', 8)).toBeCloseTo(200, 9);
    expect(minimumSignMm('warning', 2)).toBe(88); // formula 68
    expect(minimumSignMm('warning', 3)).toBeCloseTo(102, 9);
    expect(minimumSignMm('information', 0.5)).toBe(63);
    expect(() => minimumSignMm('warning', 41)).toThrow(/E_SIGN_DISTANCE/);
  });

  it('choosePlate never returns a plate whose sign is below type 1, and still meets the formula at L', () => {
    const tiny: Plate = { id: 'tiny', kind: 'sheet', labelZh: 't', widthMm: 60, heightMm: 75, marginMm: 0, withText: true, confidence: 'M' };
    for (const c of CATEGORIES) {
      // the 60 × 75 plate carries a 47–51 mm sign: enough for the formula at 0.5–1.5 m, below type 1
      expect(plateSignSizeMm(c, tiny)).toBeLessThan(TYPE1_SIGN_MM[c]);
      for (const L of [0.5, 1, 1.5, 2, 2.5, 3, 5, 8, 12]) {
        const hit = choosePlate(c, L, { plates: [tiny, ...PLATES] })!;
        expect(hit.plate.id, `${c} ${L}`).not.toBe('tiny');
        expect(hit.signSizeMm).toBeGreaterThanOrEqual(TYPE1_SIGN_MM[c]);
        expect(hit.signSizeMm).toBeGreaterThanOrEqual(signDimensions(c, L).outerMm - 1e-9);
        expect(hit.minimumMm).toBeCloseTo(Math.max(TYPE1_SIGN_MM[c], signDimensions(c, L).outerMm), 9);
        expect(hit.requiredMm).toBeCloseTo(signDimensions(c, L).outerMm, 9);
      }
      // only the tiny plate: nothing is offered
      expect(choosePlate(c, 0.5, { plates: [tiny] })).toBeNull();
    }
  });
});

describe('safety colours', () => {
  it('are six distinct #rrggbb values', () => {
    const values = Object.values(SAFETY_COLOURS);
    expect(new Set(values).size).toBe(6);
    for (const v of values) expect(v).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('print-shop CMYK: red C0 M100 Y100 K0, yellow C0 M0 Y100 K0 (§1.6 [S]), pure K black; blue and green unconfirmed', () => {
    expect(cmykOfHex(SAFETY_COLOURS.red)).toEqual([0, 100, 100, 0]);
    expect(cmykOfHex(SAFETY_COLOURS.yellow.toLowerCase())).toEqual([0, 0, 100, 0]);
    expect(cmykOfHex('#000000')).toEqual([0, 0, 0, 100]);
    expect(cmykOfHex('#FFFFFF')).toEqual([0, 0, 0, 0]);
    expect(cmykOfHex('#123456')).toBeUndefined();
    expect(SAFETY_COLOURS_CMYK.blue.confidence).toBe('?');
    expect(SAFETY_COLOURS_CMYK.green.confidence).toBe('?');
    expect(cmykText(SAFETY_COLOURS_CMYK.red.cmyk)).toBe('C0 M100 Y100 K0');
  });

  it('the red lies in the ISO 3864-4 red region (as reproduced in GOST R 12.4.026)', () => {
    const { x, y, Y } = srgbToCieXyY(SAFETY_COLOURS.red);
    expect(x).toBeCloseTo(0.633, 2);
    expect(y).toBeCloseTo(0.326, 2);
    expect(insidePolygon(x, y, SAFETY_RED_REGION.corners)).toBe(true);
    expect(Y).toBeGreaterThan(SAFETY_RED_REGION.minLuminanceFactor);
    // a pure orange would not pass
    const o = srgbToCieXyY('#FF8000');
    expect(insidePolygon(o.x, o.y, SAFETY_RED_REGION.corners)).toBe(false);
  });
});
