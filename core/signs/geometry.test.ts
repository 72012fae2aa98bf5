import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { SAFETY_COLOURS, SAFETY_RED_REGION, insidePolygon, srgbToCieXyY } from './colours';
import {
  PLATES, choosePlate, plateLayout, plateMaxDistanceM, plateSignSizeMm, signDimensions, signLayout, type Plate,
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
      expect(l.panel!.y + l.panel!.height).toBeCloseTo(500 - 8, 9);
      const half = l.dims.overallMm / 2;
      expect(l.cx - half).toBeGreaterThanOrEqual(0);
      expect(l.cx + half).toBeLessThanOrEqual(400);
      // the symbol ends above the panel
      const bottom = c === 'warning' ? l.cy + l.dims.overallMm / (2 * Math.sqrt(3)) : l.cy + l.dims.overallMm / 2;
      expect(bottom).toBeLessThanOrEqual(l.panel!.y);
    }
    // symbol box: 400 − 2·32 wide, 500 − 8 − 100 − 2·32 = 328 high; circle with edge 1.05 d1 = 328
    expect(signLayout('prohibition', { withText: true, widthMm: 400 }).dims.outerMm).toBeCloseTo(328 / 1.05, 9);
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
    // L = 10 m prohibition needs d1 ≥ 250 mm: a 300 × 400 board has 246/1.05 = 234 mm, 400 × 500 has 312 mm.
    const boards = choosePlate('prohibition', 10, { kinds: ['board'] })!;
    expect(boards.plate.id).toBe('board-400x500');
    expect(boards.signSizeMm).toBeGreaterThanOrEqual(250);
    // L = 10 m warning needs a1 ≥ 340 mm: the 400 × 500 board's triangle (≈ 309 mm) is too small.
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

describe('safety colours', () => {
  it('are six distinct #rrggbb values', () => {
    const values = Object.values(SAFETY_COLOURS);
    expect(new Set(values).size).toBe(6);
    for (const v of values) expect(v).toMatch(/^#[0-9A-F]{6}$/);
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
