import { describe, expect, it } from 'vitest';
import { counterIdGen } from '../model/ids';
import { validateEnterpriseFile } from '../model/load';
import { buildSample } from '../sample/buildSample';
import { placementsOf, suggestedSigns } from './placement';
import { applySignPlacementOp, SignPlacementOpSchema, type SignPlacementOp } from './placementOps';

const sample = buildSample();
const apply = (op: SignPlacementOp, doc = sample) => applySignPlacementOp(doc, op, counterIdGen());
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('sign placement ops', () => {
  it('adopt stores the suggestions of an unplanned place once, with default distance, auto plate, quantity 1', () => {
    const doc = apply({ op: 'adopt', riskPointId: 'rp_kj' });
    const rows = placementsOf(doc, 'rp_kj');
    expect(rows.map((r) => r.signId)).toEqual(suggestedSigns(sample, 'rp_kj').map((s) => s.signId));
    expect(rows[0]).toMatchObject({ id: 'sp_1', viewingDistanceM: 8, mounting: 'area', plate: { kind: 'auto' }, quantity: 1, note: '' });
    expect(new Set(rows.map((r) => r.order)).size).toBe(rows.length);
    // again: nothing new
    expect(apply({ op: 'adopt', riskPointId: 'rp_kj' }, doc).signPlacements).toHaveLength(doc.signPlacements.length);
    // the document stays valid; the input is untouched
    expect(() => validateEnterpriseFile(doc)).not.toThrow();
    expect(placementsOf(sample, 'rp_kj')).toEqual([]);
  });

  it('adopt of a planned place adds only the missing suggestions; a subset when signIds are given', () => {
    const doc = apply({ op: 'adopt', riskPointId: 'rp_pd' });
    expect(placementsOf(doc, 'rp_pd').map((r) => r.signId)).toEqual([
      'sign.warn-electric-shock', 'sign.warn-electric-arc', 'sign.no-entering', 'sign.no-switching-on', 'sign.no-stacking',
      'sign.must-protective-gloves', 'sign.must-protective-shoes', 'sign.must-face-shield',
    ]);
    const one = apply({ op: 'adopt', riskPointId: 'rp_kj', signIds: ['sign.warn-fire'] });
    expect(placementsOf(one, 'rp_kj').map((r) => r.signId)).toEqual(['sign.warn-fire']);
    expect(codeOf(() => apply({ op: 'adopt', riskPointId: 'rp_kj', signIds: ['sign.nope'] }))).toBe('E_SIGN_UNKNOWN');
    expect(codeOf(() => apply({ op: 'adopt', riskPointId: 'rp_nope' }))).toBe('E_NOT_FOUND');
  });

  it('adoptAll fills only the places without a plan', () => {
    const doc = apply({ op: 'adoptAll' });
    const planned = new Set(sample.signPlacements.map((p) => p.riskPointId));
    for (const rp of doc.riskPoints) {
      const rows = placementsOf(doc, rp.id);
      if (planned.has(rp.id)) expect(rows).toEqual(placementsOf(sample, rp.id));
      else expect(rows.map((r) => r.signId)).toEqual(suggestedSigns(sample, rp.id).map((s) => s.signId));
    }
  });

  it('add: any registry sign with its defaults; refuses unknown signs, duplicates with the same mounting, bad distances', () => {
    const doc = apply({ op: 'add', riskPointId: 'rp_kj', signId: 'sign.info-eyewash' }); // 2025 sign, no H/J scope: area at a place
    expect(placementsOf(doc, 'rp_kj')[0]).toMatchObject({ signId: 'sign.info-eyewash', mounting: 'area', viewingDistanceM: 8 });
    const local = apply({ op: 'add', riskPointId: 'rp_pd', signId: 'sign.warn-electric-shock', mounting: 'local', quantity: 3, note: '配电柜门旁墙面' });
    expect(placementsOf(local, 'rp_pd').filter((r) => r.signId === 'sign.warn-electric-shock').map((r) => [r.mounting, r.viewingDistanceM, r.quantity])).toEqual([
      ['area', 4, 2],
      ['local', 2, 3],
    ]);
    expect(codeOf(() => apply({ op: 'add', riskPointId: 'rp_pd', signId: 'sign.warn-electric-shock', mounting: 'area' }))).toBe('E_CONFLICT');
    expect(codeOf(() => apply({ op: 'add', riskPointId: 'rp_pd', signId: 'sign.unknown' }))).toBe('E_SIGN_UNKNOWN');
    expect(codeOf(() => apply({ op: 'add', riskPointId: 'rp_pd', signId: 'sign.info-first-aid', viewingDistanceM: 41 }))).toBe('E_SIGN_DISTANCE');
    expect(codeOf(() => apply({ op: 'add', riskPointId: 'rp_pd', signId: 'sign.info-first-aid', viewingDistanceM: 0.4 }))).toBe('E_SIGN_DISTANCE');
  });

  it('update: distance, plate, quantity, mounting, note; checks the plate and the distance', () => {
    const doc = apply({
      op: 'update', placementId: 'sp_02',
      patch: { viewingDistanceM: 6, plate: { kind: 'custom', widthMm: 300, heightMm: 375, withText: true }, quantity: 5, mounting: 'local', note: '门侧' },
    });
    expect(doc.signPlacements.find((p) => p.id === 'sp_02')).toMatchObject({ viewingDistanceM: 6, plate: { kind: 'custom', widthMm: 300, heightMm: 375 }, quantity: 5, mounting: 'local', note: '门侧' });
    const bad = (plate: unknown) => codeOf(() => apply({ op: 'update', placementId: 'sp_02', patch: { plate } as never }));
    expect(bad({ kind: 'custom', widthMm: 400, heightMm: 300, withText: true })).toBe('E_INVALID_ARGUMENT');
    expect(bad({ kind: 'custom', widthMm: 400, heightMm: 900, withText: true })).toBe('E_INVALID_ARGUMENT');
    expect(bad({ kind: 'custom', widthMm: 400, withText: true })).toBe('E_INVALID_ARGUMENT');
    expect(bad({ kind: 'custom', widthMm: 400, withText: false })).toBeUndefined();
    expect(bad({ kind: 'standard', plateId: 'board-1x1' })).toBe('E_INVALID_ARGUMENT');
    expect(bad({ kind: 'standard', plateId: 'label-80x100' })).toBeUndefined();
    // the error names the field the way schema issues do (screens turn the path into a label)
    const detailsOf = (plate: unknown) => {
      try {
        apply({ op: 'update', placementId: 'sp_02', patch: { plate } as never });
      } catch (e) {
        return (e as { details?: unknown }).details;
      }
      return undefined;
    };
    expect(detailsOf({ kind: 'custom', widthMm: 400, heightMm: 300, withText: true })).toMatchObject({
      field: 'plate.heightMm', issues: [{ path: 'plate.heightMm', code: 'too_small', params: { minimum: 400, maximum: 800 } }],
    });
    expect(detailsOf({ kind: 'custom', widthMm: 400, heightMm: 900, withText: true })).toMatchObject({ issues: [{ path: 'plate.heightMm', code: 'too_big' }] });
    expect(codeOf(() => apply({ op: 'update', placementId: 'sp_02', patch: { viewingDistanceM: 50 } }))).toBe('E_SIGN_DISTANCE');
    expect(codeOf(() => apply({ op: 'update', placementId: 'sp_zz', patch: { quantity: 2 } }))).toBe('E_NOT_FOUND');
  });

  it('setPlaceDistance sets every sign of the place (or one mounting); remove and clearPlace', () => {
    const all = apply({ op: 'setPlaceDistance', riskPointId: 'rp_pd', viewingDistanceM: 3 });
    expect(placementsOf(all, 'rp_pd').map((r) => r.viewingDistanceM)).toEqual([3, 3, 3, 3, 3]);
    expect(placementsOf(all, 'rp_cy').map((r) => r.viewingDistanceM)).toEqual(placementsOf(sample, 'rp_cy').map((r) => r.viewingDistanceM));
    const local = apply({ op: 'setPlaceDistance', riskPointId: 'rp_pd', viewingDistanceM: 1, mounting: 'local' });
    expect(placementsOf(local, 'rp_pd').map((r) => r.viewingDistanceM)).toEqual([4, 4, 1, 1, 5]);
    const removed = apply({ op: 'remove', placementId: 'sp_01' });
    expect(removed.signPlacements.some((p) => p.id === 'sp_01')).toBe(false);
    expect(codeOf(() => apply({ op: 'remove', placementId: 'sp_01' }, removed))).toBe('E_NOT_FOUND');
    const cleared = apply({ op: 'clearPlace', riskPointId: 'rp_pd' });
    expect(placementsOf(cleared, 'rp_pd')).toEqual([]);
    expect(cleared.signPlacements).toHaveLength(sample.signPlacements.length - 5);
  });

  it('the op schema refuses unknown fields and ops', () => {
    expect(SignPlacementOpSchema.safeParse({ op: 'update', placementId: 'sp_01', patch: { colour: 'red' } }).success).toBe(false);
    expect(SignPlacementOpSchema.safeParse({ op: 'paint', riskPointId: 'rp_pd' }).success).toBe(false);
    expect(SignPlacementOpSchema.safeParse({ op: 'add', riskPointId: 'rp_pd', signId: 'sign.warn-fire', quantity: 0 }).success).toBe(false);
  });
});
