import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { buildAssessment, buildImportedAssessment, type Assessment } from './assessment';
import { BAND_TABLE_PRESETS } from './bandTable';
import { checkResidual, latestOf, levelInUse, levelsInUseByHazard } from './levelInUse';
import { compareLevels, LEVEL_RANK, maxLevel } from './levels';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const at = (h: number) => `2026-03-02T${String(h).padStart(2, '0')}:00:00.000Z`;
const lec = (id: string, kind: 'inherent' | 'residual', L: number, hour: number, status: 'confirmed' | 'draft' = 'confirmed', hazardId = 'hz_1'): Assessment =>
  buildAssessment({ hazardId, kind, status, date: '2026-03-02', method: 'LEC', L, E: 6, C: 7 }, { id, createdAt: at(hour), bandTables: BAND_TABLE_PRESETS });
const imp = (id: string, kind: 'inherent' | 'residual', level: 'major' | 'high' | 'medium' | 'low', hour: number): Assessment =>
  buildImportedAssessment({
    hazardId: 'hz_1', kind, method: 'direct', level, date: '2024-01-01', source: { file: 'old.xlsx', sheet: 'S', row: 2 }, stored: {},
  }, { id, createdAt: at(hour) });

describe('level helpers', () => {
  it('ranks and compares levels', () => {
    expect(LEVEL_RANK).toEqual({ major: 4, high: 3, medium: 2, low: 1 });
    expect(compareLevels('major', 'low')).toBeGreaterThan(0);
    expect(compareLevels('medium', 'high')).toBeLessThan(0);
    expect(compareLevels('high', 'high')).toBe(0);
    expect((['low', 'major', 'medium', 'high'] as const).slice().sort((a, b) => compareLevels(b, a))).toEqual(['major', 'high', 'medium', 'low']);
    expect(maxLevel('low', null, 'high', undefined, 'medium')).toBe('high');
    expect(maxLevel()).toBeNull();
  });
});

describe('levelInUse (DESIGN §4)', () => {
  // lec L=6 → D 252 high; L=3 → 126 medium; L=1 → 42 low; L=10 → 420 major.
  it('uses the latest confirmed residual first', () => {
    const list = [lec('i1', 'inherent', 6, 1), lec('r1', 'residual', 3, 2), lec('r2', 'residual', 1, 3), imp('m1', 'residual', 'major', 9)];
    expect(levelInUse(list)).toEqual({ level: 'low', basis: 'residual', mark: null, assessmentId: 'r2' });
  });
  it('falls back to the latest confirmed inherent, marked 未评残余', () => {
    const list = [lec('i1', 'inherent', 3, 1), lec('i2', 'inherent', 10, 4), imp('m1', 'residual', 'low', 9), lec('d1', 'residual', 1, 10, 'draft')];
    expect(levelInUse(list)).toEqual({ level: 'major', basis: 'inherent', mark: '未评残余', assessmentId: 'i2' });
  });
  it('falls back to the latest imported, marked 待复核 (residual before inherent)', () => {
    expect(levelInUse([imp('m1', 'inherent', 'high', 1), imp('m2', 'inherent', 'medium', 2)]))
      .toEqual({ level: 'medium', basis: 'imported', mark: '待复核', assessmentId: 'm2' });
    expect(levelInUse([imp('m1', 'residual', 'low', 1), imp('m2', 'inherent', 'high', 2)]))
      .toEqual({ level: 'low', basis: 'imported', mark: '待复核', assessmentId: 'm1' });
  });
  it('never uses drafts', () => {
    expect(levelInUse([lec('d1', 'inherent', 10, 5, 'draft'), lec('d2', 'residual', 1, 6, 'draft')]))
      .toEqual({ level: null, basis: null, mark: null, assessmentId: null });
    expect(levelInUse([lec('i1', 'inherent', 3, 1), lec('d1', 'inherent', 10, 5, 'draft')]).assessmentId).toBe('i1');
  });
  it('orders by createdAt as instants, not by array order or string order', () => {
    const early = { ...lec('a', 'inherent', 10, 0), createdAt: '2026-03-02T09:00:00+08:00' }; // 01:00Z
    const late = { ...lec('b', 'inherent', 1, 0), createdAt: '2026-03-02T02:00:00Z' };
    expect(levelInUse([late, early]).assessmentId).toBe('b');
    expect(latestOf([late, early], 'inherent')?.id).toBe('b');
    expect(latestOf([late, early], 'residual')).toBeNull();
    expect(latestOf([lec('x', 'inherent', 1, 3), lec('y', 'inherent', 1, 3)], 'inherent')?.id).toBe('y');
    expect(latestOf([lec('x', 'inherent', 1, 3), lec('d', 'inherent', 1, 4, 'draft')], 'inherent', 'confirmed')?.id).toBe('x');
  });
  it('groups by hazard', () => {
    const m = levelsInUseByHazard([lec('a', 'inherent', 10, 1, 'confirmed', 'hz_a'), lec('b', 'inherent', 1, 1, 'confirmed', 'hz_b')]);
    expect([...m.entries()].map(([k, v]) => [k, v.level])).toEqual([['hz_a', 'major'], ['hz_b', 'low']]);
  });
});

describe('checkResidual: residual ≤ inherent', () => {
  it('accepts equal or lower', () => {
    expect(() => checkResidual(lec('r', 'residual', 3, 2), lec('i', 'inherent', 6, 1))).not.toThrow();
    expect(() => checkResidual(lec('r', 'residual', 6, 2), lec('i', 'inherent', 6, 1))).not.toThrow();
  });
  it('refuses a higher level', () => {
    const e = appError(() => checkResidual({ level: 'high', method: 'direct', score: null }, { level: 'medium', method: 'direct', score: null }));
    expect(e.code).toBe('E_RISK_RESIDUAL_ABOVE_INHERENT');
    expect(e.details).toEqual({ basis: 'level', residualLevel: 'high', inherentLevel: 'medium', residualScore: null, inherentScore: null });
  });
  it('refuses a higher score within one band for the same method', () => {
    // LS 3×4 = 12 and 3×3 = 9 are both 一般 under bt.ls.default.
    expect(appError(() => checkResidual({ level: 'medium', method: 'LS', score: 12 }, { level: 'medium', method: 'LS', score: 9 })).details)
      .toMatchObject({ basis: 'score', residualScore: 12, inherentScore: 9 });
    // Different methods: scores are not comparable, only levels.
    expect(() => checkResidual({ level: 'medium', method: 'LEC', score: 126 }, { level: 'medium', method: 'LS', score: 9 })).not.toThrow();
  });
  it('refuses swapped kinds or different hazards', () => {
    expect(appError(() => checkResidual(lec('i', 'inherent', 1, 1), lec('i2', 'inherent', 6, 1))).code).toBe('E_INVALID_ARGUMENT');
    expect(appError(() => checkResidual(lec('r', 'residual', 1, 1, 'confirmed', 'hz_x'), lec('i', 'inherent', 6, 1))).details).toMatchObject({ field: 'hazardId' });
  });
});
