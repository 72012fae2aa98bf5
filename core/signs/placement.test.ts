import { describe, expect, it } from 'vitest';
import { counterIdGen } from '../model/ids';
import { brokenReferences } from '../model/refs';
import { dropOrphans } from '../model/prune';
import type { SignPlacement } from '../model/signPlacements';
import { buildSample } from '../sample/buildSample';
import { SIGN_ORDER_GB2894 } from '../standards/signOrder';
import { safetySign, SAFETY_SIGNS } from '../standards/signs';
import { PPE } from '../standards/ppe';
import {
  customPlate, customPlateFor, DEFAULT_VIEWING_DISTANCE_M, defaultMounting, LABEL_PLATES, LEGACY_LABEL_PLATES, offeredPlates, placementPlates, placementsOf,
  placePlan, plannedPlaces, plateById, resolvePlate, signPlan, suggestedSigns, unitNameOf,
} from './placement';
import { applySignPlacementOp } from './placementOps';
import { plateMaxDistanceM, plateSignSizeMm, TYPE1_SIGN_MM } from './geometry';

const sample = buildSample();
const rank = (id: string) => SIGN_ORDER_GB2894.indexOf(safetySign(id)!.category);

describe('sign size from the viewing distance (GB 2894-2008 formulas, every category)', () => {
  // d1 = 0.025 L (prohibition), a1 = 0.034 L (warning), d = 0.025 L (mandatory), a = 0.025 L (information)
  const cases = [
    ['sign.no-entering', 0.025],
    ['sign.warn-electric-shock', 0.034],
    ['sign.must-safety-helmet', 0.025],
    ['sign.info-first-aid', 0.025],
  ] as const;
  for (const [id, k] of cases) {
    it(`${safetySign(id)!.category}: required size = ${k} × L, and the auto plate meets it`, () => {
      for (const L of [1, 2, 4, 6.3, 8, 12.5, 25]) {
        const r = resolvePlate(safetySign(id)!.category, { viewingDistanceM: L, plate: { kind: 'auto' }, mounting: 'area' });
        expect(r.requiredMm).toBeCloseTo(k * L * 1000, 9);
        expect(r.signSizeMm).toBeGreaterThanOrEqual(r.requiredMm - 1e-9);
        expect(r.tooSmall).toBe(false);
        expect(r.maxDistanceM).toBeGreaterThanOrEqual(L - 1e-9);
      }
    });
  }
});

describe('plate selection for a placement', () => {
  const auto = { kind: 'auto' } as const;
  it('local signs at 2 m get the smallest label with a type-1 sign, not the formula size alone', () => {
    // circle: the formula asks 50 mm, type 1 is 70 → 90 × 115 (72 mm), not 80 × 100 (64 mm)
    const p = resolvePlate('prohibition', { viewingDistanceM: 2, plate: auto, mounting: 'local' });
    expect(p.plate.id).toBe('label-90x115');
    expect(p.plateClass).toBe('label');
    expect(p.requiredMm).toBe(50);
    expect(p.minimumMm).toBe(70);
    expect(p.signSizeMm).toBeCloseTo(72, 6);
    expect([p.tooSmall, p.belowType1]).toEqual([false, false]);
    // triangle: formula 68, type 1 88 → 110 × 140 (93 mm)
    const w = resolvePlate('warning', { viewingDistanceM: 2, plate: auto, mounting: 'local' });
    expect(w.plate.id).toBe('label-110x140');
    expect(w.requiredMm).toBeCloseTo(68, 9);
    expect(w.minimumMm).toBe(88);
    expect(w.signSizeMm).toBeGreaterThanOrEqual(88);
    // square: type 1 63 → 80 × 100 (64 mm)
    const i = resolvePlate('information', { viewingDistanceM: 1, plate: auto, mounting: 'local' });
    expect(i.plate.id).toBe('label-80x100');
    expect(i.signSizeMm).toBeCloseTo(64, 6);
  });
  it('the type-1 floor holds for every category and distance; the formula holds at the top of the range', () => {
    for (const c of ['prohibition', 'warning', 'mandatory', 'information'] as const) {
      for (const mounting of ['local', 'area'] as const) {
        for (const L of [0.5, 1, 1.5, 2, 2.5, 3, 4, 6.3, 10]) {
          const r = resolvePlate(c, { viewingDistanceM: L, plate: auto, mounting });
          expect(r.signSizeMm, `${c} ${mounting} ${L}`).toBeGreaterThanOrEqual(TYPE1_SIGN_MM[c] - 1e-9);
          expect(r.signSizeMm).toBeGreaterThanOrEqual(r.requiredMm - 1e-9);
          expect(plateMaxDistanceM(c, r.plate)).toBeGreaterThanOrEqual(L - 1e-9);
        }
      }
    }
  });
  it('area signs never get labels: at 8 m a 250 × 315 board (circle 200 mm) and a 400 × 500 board (triangle 272 mm)', () => {
    expect(resolvePlate('mandatory', { viewingDistanceM: 8, plate: auto, mounting: 'area' }).plate.id).toBe('board-250x315');
    expect(resolvePlate('warning', { viewingDistanceM: 8, plate: auto, mounting: 'area' }).plate.id).toBe('board-400x500');
    expect(resolvePlate('prohibition', { viewingDistanceM: 1, plate: auto, mounting: 'area' }).plate.id).toBe('sheet-a5');
  });
  it('plates offered per category stop at the type-1 size; a legacy label still resolves and is flagged', () => {
    expect(offeredPlates('information').map((p) => p.id)).toContain('label-80x100');
    expect(offeredPlates('prohibition').map((p) => p.id)).not.toContain('label-80x100');
    expect(offeredPlates('warning').filter((p) => p.id.startsWith('label-')).map((p) => p.id)).toEqual(['label-110x140', 'label-130x165', 'label-160x200']);
    for (const c of ['prohibition', 'warning', 'mandatory', 'information'] as const) {
      for (const p of offeredPlates(c)) expect(plateSignSizeMm(c, p)).toBeGreaterThanOrEqual(TYPE1_SIGN_MM[c] - 1e-9);
    }
    expect(placementPlates().some((p) => LEGACY_LABEL_PLATES.includes(p))).toBe(false);
    const legacy = resolvePlate('prohibition', { viewingDistanceM: 1.5, plate: { kind: 'standard', plateId: 'label-60x75' }, mounting: 'local' });
    expect(plateById('label-60x75')).toBeDefined();
    expect(legacy).toMatchObject({ unknownPlate: false, tooSmall: true, belowType1: true, minimumMm: 70 });
    // enough for the formula at 1.5 m (37.5 mm), below type 1
    expect(legacy.signSizeMm).toBeGreaterThan(legacy.requiredMm);
    const doc = applySignPlacementOp(sample, { op: 'add', riskPointId: 'rp_pd', signId: 'sign.no-smoking' }, counterIdGen(900));
    const added = doc.signPlacements.find((p) => p.signId === 'sign.no-smoking')!;
    const withLegacy = { ...doc, signPlacements: doc.signPlacements.map((p) => (p.id === added.id ? { ...p, viewingDistanceM: 1.5, plate: { kind: 'standard' as const, plateId: 'label-60x75' } } : p)) };
    const f = placePlan(withLegacy, 'rp_pd')!.findings.find((x) => x.placementId === added.id)!;
    expect(f.code).toBe('W_SIGN_PLATE_SMALL');
    expect(f.text).toContain('1 型');
    expect(f.text).toContain('70 mm');
  });
  it('a chosen plate that is too small for the distance is kept and flagged', () => {
    const a4 = { kind: 'standard', plateId: 'sheet-a4' } as const;
    const ok = resolvePlate('warning', { viewingDistanceM: 4, plate: a4, mounting: 'area' });
    expect(ok.tooSmall).toBe(false);
    expect(ok.maxDistanceM).toBeCloseTo(4.73, 2);
    const small = resolvePlate('warning', { viewingDistanceM: 5, plate: a4, mounting: 'area' });
    expect(small.plate.id).toBe('sheet-a4');
    expect(small.tooSmall).toBe(true);
    expect(small.widthMm).toBe(210);
    expect(small.heightMm).toBe(297);
  });
  it('a custom 400 × 500 plate for a print shop: triangle 339 mm serves 9.96 m, too small at 10 m', () => {
    const custom = { kind: 'custom', widthMm: 400, heightMm: 500, withText: true } as const;
    const at8 = resolvePlate('warning', { viewingDistanceM: 8, plate: custom, mounting: 'area' });
    expect(at8.plateClass).toBe('custom');
    expect(at8.plate.labelZh).toBe('定制 400×500 mm');
    expect(at8.signSizeMm).toBeCloseTo(plateSignSizeMm('warning', customPlate(400, 500, true)), 9);
    expect(at8.signSizeMm).toBeCloseTo(338.7, 0);
    expect([at8.widthMm, at8.heightMm]).toEqual([400, 500]);
    expect(resolvePlate('warning', { viewingDistanceM: 10, plate: custom, mounting: 'area' }).tooSmall).toBe(true);
  });
  it('symbol-only custom plates: a triangle is √3/2 as tall as wide', () => {
    const r = resolvePlate('warning', { viewingDistanceM: 2, plate: { kind: 'custom', widthMm: 120, withText: false }, mounting: 'local' });
    expect(r.widthMm).toBe(120);
    expect(r.heightMm).toBeCloseTo((120 * Math.sqrt(3)) / 2, 9);
  });
  it('beyond the largest plate, a custom size in steps of 50 mm is computed; an unknown plate id falls back to auto', () => {
    const far = resolvePlate('warning', { viewingDistanceM: 30, plate: { kind: 'auto' }, mounting: 'area' });
    expect(far.oversize).toBe(true);
    expect(far.plate.widthMm % 50).toBe(0);
    expect(far.signSizeMm).toBeGreaterThanOrEqual(1020);
    // 50 mm narrower would be too small
    expect(plateSignSizeMm('warning', customPlate(far.plate.widthMm - 50, (far.plate.widthMm - 50) * 1.25, true))).toBeLessThan(1020);
    expect(customPlateFor('prohibition', 250).widthMm).toBe(350);
    const unknown = resolvePlate('mandatory', { viewingDistanceM: 2, plate: { kind: 'standard', plateId: 'board-1x1' }, mounting: 'local' });
    expect(unknown.unknownPlate).toBe(true);
    expect(unknown.plate.id).toBe('label-90x115');
  });
  it('labels: each of the three small ones is the least that carries a type-1 sign of some category', () => {
    expect(LABEL_PLATES.map((p) => p.id)).toEqual(['label-80x100', 'label-90x115', 'label-110x140', 'label-130x165', 'label-160x200']);
    const [l80, l90, l110] = LABEL_PLATES;
    expect(plateSignSizeMm('information', l80!)).toBeGreaterThanOrEqual(63);
    expect(plateSignSizeMm('prohibition', l80!)).toBeLessThan(70);
    expect(plateSignSizeMm('prohibition', l90!)).toBeGreaterThanOrEqual(70);
    expect(plateSignSizeMm('warning', l90!)).toBeLessThan(88);
    expect(plateSignSizeMm('warning', l110!)).toBeGreaterThanOrEqual(88);
  });
  it('the owning unit: workshop and team, or 企业直属 at the enterprise level (not a bare 企业)', () => {
    const ws = sample.riskPoints.find((r) => r.id === 'rp_ws')!;
    expect(ws.unit.kind).toBe('enterprise');
    expect(unitNameOf(sample, ws)).toBe('企业直属');
    expect(placePlan(sample, 'rp_ws')!.unitParts).toEqual(['企业直属']);
    const cy = placePlan(sample, 'rp_cy')!;
    expect(cy.unitParts).toEqual(['冲压车间', '冲压一班']);
    expect(cy.unitName).toBe('冲压车间 冲压一班');
  });
});

describe('suggestions per place', () => {
  it('配电房: the signs of its hazards, then the mandatory signs of their PPE, warning → prohibition → mandatory', () => {
    const s = suggestedSigns(sample, 'rp_pd');
    expect(s.map((x) => x.title)).toEqual(['当心触电', '当心电弧', '禁止入内', '禁止合闸', '禁止堆放', '必须戴防护手套', '必须穿防护鞋', '必须戴防护面罩']);
    const gloves = s.find((x) => x.signId === 'sign.must-protective-gloves')!;
    expect(gloves.hazardIds).toEqual([]);
    expect(gloves.ppeIds).toEqual(['ppe.gloves-insulating']);
    expect(s.find((x) => x.signId === 'sign.warn-electric-shock')!.hazardIds.length).toBeGreaterThan(0);
  });
  it('every suggestion of every sample riskPoint is in category order, has artwork and a default size', () => {
    for (const rp of sample.riskPoints) {
      const s = suggestedSigns(sample, rp.id);
      const ranks = s.map((x) => rank(x.signId));
      expect(ranks, rp.name).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(s.map((x) => x.signId)).size).toBe(s.length);
      for (const x of s) {
        expect(safetySign(x.signId)!.artwork, x.signId).not.toBe('missing');
        expect(x.viewingDistanceM).toBe(DEFAULT_VIEWING_DISTANCE_M[x.mounting]);
      }
    }
  });
  it('every sign a PPE item can suggest has artwork', () => {
    for (const p of PPE) expect(safetySign(p.signId)?.artwork, p.id).not.toBe('missing');
  });
  it('skips withdrawn and unknown sign ids', () => {
    const doc = structuredClone(sample);
    doc.hazards.find((h) => h.riskPointId === 'rp_kj')!.signIds.push('sign.no-chemical-fibre-clothing', 'sign.nope');
    const ids = suggestedSigns(doc, 'rp_kj').map((x) => x.signId);
    expect(ids).not.toContain('sign.no-chemical-fibre-clothing');
    expect(ids).not.toContain('sign.nope');
    expect(suggestedSigns(doc, 'rp_gone')).toEqual([]);
  });
  it('mounting by the H/J scope, else by the kind of riskPoint', () => {
    const h = SAFETY_SIGNS.find((s) => s.scope.join('') === 'H')!;
    const j = SAFETY_SIGNS.find((s) => s.scope.join('') === 'J')!;
    const hj = SAFETY_SIGNS.find((s) => s.scope.join('') === 'HJ')!;
    expect(defaultMounting(h, 'activity')).toBe('area');
    expect(defaultMounting(j, 'place')).toBe('local');
    expect(defaultMounting(hj, 'place')).toBe('area');
    expect(defaultMounting(hj, 'activity')).toBe('local');
  });
});

describe('the plan view', () => {
  it('shows stored rows in category order whatever the stored order', () => {
    const doc = structuredClone(sample);
    doc.signPlacements.reverse();
    const rows = placementsOf(doc, 'rp_pd');
    expect(rows.map((r) => safetySign(r.signId)!.category)).toEqual(['warning', 'prohibition', 'prohibition', 'prohibition', 'mandatory']);
    // within a category: creation order
    expect(rows.filter((r) => safetySign(r.signId)!.category === 'prohibition').map((r) => r.signId)).toEqual(['sign.no-entering', 'sign.no-switching-on', 'sign.no-stacking']);
  });
  it('the sample plan covers five places with prohibition, warning and mandatory signs; suggestions are flagged when planned', () => {
    expect(plannedPlaces(sample).map((r) => r.id)).toEqual(['rp_cy', 'rp_cc', 'rp_cc1', 'rp_pd', 'rp_ws']);
    const cats = new Set(sample.signPlacements.map((p) => safetySign(p.signId)!.category));
    expect([...cats].sort()).toEqual(['mandatory', 'prohibition', 'warning']);
    const pd = placePlan(sample, 'rp_pd')!;
    expect(pd.unitName).toBe('设备维修班');
    expect(pd.posts.map((p) => p.name)).toEqual(['电工', '机修工']);
    expect(pd.suggestions.filter((s) => s.planned).map((s) => s.title)).toEqual(['当心触电', '禁止入内', '禁止合闸', '禁止堆放', '必须戴防护手套']);
    expect(pd.rows[0]!.plate.plate.id).toBe('sheet-a4');
    expect(pd.findings).toEqual([]);
    expect(placePlan(sample, 'rp_kj')!.rows).toEqual([]);
    expect(signPlan(sample)).toHaveLength(sample.riskPoints.length);
  });
  it('reports a plate too small for its distance', () => {
    const doc = applySignPlacementOp(sample, { op: 'update', placementId: 'sp_01', patch: { viewingDistanceM: 6 } }, counterIdGen());
    const f = placePlan(doc, 'rp_pd')!.findings;
    expect(f.map((x) => x.code)).toEqual(['W_SIGN_PLATE_SMALL']);
    expect(f[0]!.text).toContain('204 mm');
  });
});

describe('references', () => {
  it('a placement at a missing riskPoint is a broken reference, and dropOrphans removes it', () => {
    const doc = structuredClone(sample);
    doc.riskPoints = doc.riskPoints.filter((r) => r.id !== 'rp_pd');
    doc.hazards = doc.hazards.filter((h) => h.riskPointId !== 'rp_pd');
    const refs = brokenReferences(doc).filter((r) => r.path.startsWith('signPlacements'));
    expect(refs.length).toBe(5);
    expect(refs[0]).toMatchObject({ id: 'rp_pd', problem: 'missing' });
    const pruned = dropOrphans(doc);
    expect(pruned.signPlacements.some((p: SignPlacement) => p.riskPointId === 'rp_pd')).toBe(false);
    expect(pruned.signPlacements.length).toBe(sample.signPlacements.length - 5);
  });
});
