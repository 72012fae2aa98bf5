import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { zodIssues } from '../model/zodIssues';
import {
  AssessmentSchema, buildAssessment, buildImportedAssessment, confirmAssessment, type Assessment, type AssessmentContext,
} from './assessment';
import { BAND_TABLE_PRESETS, BT_LEC_DEFAULT, cloneBandTable, type BandTable } from './bandTable';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const T0 = '2026-03-02T08:00:00.000Z';
const ctx = (id: string, extra: Partial<AssessmentContext> = {}): AssessmentContext => ({
  id, createdAt: T0, bandTables: BAND_TABLE_PRESETS, ...extra,
});
const common = { hazardId: 'hz_1', kind: 'inherent' as const, assessor: ' 李工 ', date: '2026-03-02' };

describe('buildAssessment', () => {
  it('LEC: score, level from the default table, table reference', () => {
    const a = buildAssessment({ ...common, method: 'LEC', L: 6, E: 6, C: 7 }, ctx('as_1'));
    expect(a).toEqual({
      id: 'as_1', hazardId: 'hz_1', kind: 'inherent', status: 'confirmed', assessor: '李工', date: '2026-03-02', createdAt: T0,
      method: 'LEC', L: 6, E: 6, C: 7, score: 252, bandTable: { id: 'bt.lec.default', version: 1 }, level: 'high',
    });
  });
  it('LEC with the alternative table grades the same score higher', () => {
    const a = buildAssessment({ ...common, method: 'LEC', L: 6, E: 6, C: 7, bandTableId: 'bt.lec.alt' }, ctx('as_2'));
    expect([a.score, a.level, a.bandTable]).toEqual([252, 'major', { id: 'bt.lec.alt', version: 1 }]);
  });
  it('LEC float case is stored exactly', () => {
    const a = buildAssessment({ ...common, method: 'LEC', L: 0.1, E: 6, C: 7 }, ctx('as_3'));
    expect([a.score, a.level]).toEqual([4.2, 'low']);
  });
  it('LS: score and level', () => {
    const a = buildAssessment({ ...common, method: 'LS', L: 4, S: 4 }, ctx('as_4'));
    expect(a).toMatchObject({ method: 'LS', L: 4, S: 4, score: 16, level: 'high', bandTable: { id: 'bt.ls.default', version: 1 } });
  });
  it('uses the highest version of the chosen table', () => {
    const v2: BandTable = { ...cloneBandTable(BT_LEC_DEFAULT), version: 2, bands: [
      { level: 'major', lowerBound: 240, lowerInclusive: true },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ] };
    const a = buildAssessment({ ...common, method: 'LEC', L: 6, E: 6, C: 7 }, ctx('as_5', { bandTables: [...BAND_TABLE_PRESETS, v2] }));
    expect([a.level, a.bandTable]).toEqual(['major', { id: 'bt.lec.default', version: 2 }]);
  });
  it('raises scored levels to major under the floor, keeping the score', () => {
    const a = buildAssessment({ ...common, method: 'LEC', L: 3, E: 6, C: 3 }, ctx('as_6', { facts: { majorHazardClause: 'mh2023.11.2' } }));
    expect([a.score, a.level, a.raisedByMajorFloor]).toEqual([54, 'major', true]);
    const b = buildAssessment({ ...common, method: 'LEC', L: 10, E: 6, C: 15 }, ctx('as_7', { facts: { majorHazardClause: 'mh2023.11.2' } }));
    expect([b.level, b.raisedByMajorFloor]).toEqual(['major', undefined]);
  });
  it('direct: trimmed reason, no score, no table; refuses below the floor', () => {
    const a = buildAssessment({ ...common, method: 'direct', level: 'high', reason: ' 发生过同类事故 ', note: '  ' }, ctx('as_8'));
    expect(a).toMatchObject({ method: 'direct', reason: '发生过同类事故', score: null, bandTable: null, level: 'high' });
    expect('note' in a).toBe(false);
    expect(appError(() => buildAssessment({ ...common, method: 'direct', level: 'high', reason: '短' }, ctx('x'))).code).toBe('E_RISK_REASON_REQUIRED');
    expect(appError(() => buildAssessment({ ...common, method: 'direct', level: 'high', reason: '现场判定较大' }, ctx('x', { facts: { majorHazardInstallation: true } }))).code)
      .toBe('E_RISK_MAJOR_FLOOR');
  });
  it('refuses off-scale values, unknown tables and tables of the other method', () => {
    expect(appError(() => buildAssessment({ ...common, method: 'LEC', L: 4, E: 6, C: 7 }, ctx('x'))).details).toMatchObject({ field: 'L', allowed: '0.1、0.2、0.5、1、3、6、10' });
    expect(appError(() => buildAssessment({ ...common, method: 'LS', L: 3, S: 3, bandTableId: 'bt.nope' }, ctx('x'))).code).toBe('E_NOT_FOUND');
    expect(appError(() => buildAssessment({ ...common, method: 'LS', L: 3, S: 3, bandTableId: 'bt.lec.default' }, ctx('x'))).details)
      .toEqual({ problem: 'method-mismatch', tableId: 'bt.lec.default', expected: 'LS', actual: 'LEC' });
  });
  it('refuses malformed dates and ids', () => {
    const e = appError(() => buildAssessment({ ...common, date: '2026/3/2', method: 'LS', L: 3, S: 3 }, ctx('')));
    expect(e.code).toBe('E_INVALID_ARGUMENT');
    expect((e.details as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(['date', 'id']);
  });
  it('checks residual against the inherent in use', () => {
    const inh = buildAssessment({ ...common, method: 'LEC', L: 6, E: 6, C: 7 }, ctx('as_i'));
    const ok = buildAssessment({ ...common, kind: 'residual', method: 'LEC', L: 1, E: 6, C: 7 }, ctx('as_r', { inherent: inh }));
    expect([ok.score, ok.level]).toEqual([42, 'low']);
    expect(appError(() => buildAssessment({ ...common, kind: 'residual', method: 'LEC', L: 10, E: 6, C: 7 }, ctx('x', { inherent: inh }))).code)
      .toBe('E_RISK_RESIDUAL_ABOVE_INHERENT');
    // A new inherent may not fall below the residual in use either.
    expect(appError(() => buildAssessment({ ...common, method: 'LEC', L: 0.5, E: 6, C: 7 }, ctx('x', { residual: ok }))).details)
      .toMatchObject({ basis: 'score', residualScore: 42, inherentScore: 21 });
  });
});

describe('AssessmentSchema', () => {
  const good = (): Assessment => buildAssessment({ ...common, method: 'LEC', L: 3, E: 6, C: 7 }, ctx('as_s'));
  it('accepts a built record and round-trips through JSON', () => {
    expect(AssessmentSchema.parse(JSON.parse(JSON.stringify(good())))).toEqual(good());
  });
  it('rejects off-scale values on confirmed and draft records with the domain code', () => {
    for (const status of ['confirmed', 'draft'] as const) {
      const r = AssessmentSchema.safeParse({ ...good(), status, L: 4, score: 168 });
      expect(r.success).toBe(false);
      if (!r.success) expect(zodIssues(r.error)[0]).toMatchObject({ path: 'L', code: 'E_RISK_OFF_SCALE', params: { allowed: '0.1、0.2、0.5、1、3、6、10' } });
    }
  });
  it('rejects a score that is not the product, and a missing table', () => {
    const r = AssessmentSchema.safeParse({ ...good(), score: 127, bandTable: null });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodIssues(r.error).map((i) => i.path)).toEqual(['score', 'bandTable']);
  });
  it('rejects a raised level that is not major and a direct record with a score', () => {
    expect(AssessmentSchema.safeParse({ ...good(), raisedByMajorFloor: true }).success).toBe(false);
    const d = buildAssessment({ ...common, method: 'direct', level: 'low', reason: '长期无人作业' }, ctx('as_d'));
    expect(AssessmentSchema.safeParse(d).success).toBe(true);
    expect(AssessmentSchema.safeParse({ ...d, score: 3 }).success).toBe(false);
    expect(AssessmentSchema.safeParse({ ...d, reason: 'ab' }).success).toBe(false);
  });
  it('requires provenance on imported records but no scale', () => {
    const imp = { ...good(), status: 'imported', L: 4, score: 999, bandTable: null };
    expect(AssessmentSchema.safeParse(imp).success).toBe(false);
    expect(AssessmentSchema.safeParse({ ...imp, imported: { source: { file: 'a.xlsx', sheet: 'Sheet1', row: 5 }, stored: { L: 4 } } }).success).toBe(true);
  });
});

describe('imported assessments and confirmation', () => {
  const source = { file: '2024风险清单.xlsx', sheet: '冲压车间', row: 12 };
  const imported = () => buildImportedAssessment({
    hazardId: 'hz_1', kind: 'inherent', method: 'LEC', L: 4, E: 6, C: 7, score: 168, level: 'high', date: '2024-05-10',
    source, stored: { L: 4, E: 6, C: 7, score: 168, levelText: '较大风险' },
  }, { id: 'as_imp', createdAt: '2026-01-05T09:00:00+08:00' });

  it('keeps values, score and level as written', () => {
    const a = imported();
    expect(a).toMatchObject({ status: 'imported', L: 4, score: 168, level: 'high', bandTable: null, assessor: '' });
    expect(a.imported).toEqual({ source, stored: { L: 4, E: 6, C: 7, score: 168, levelText: '较大风险' } });
  });
  it('imports a level-only row as direct with an empty reason', () => {
    const a = buildImportedAssessment({
      hazardId: 'hz_2', kind: 'residual', method: 'direct', level: 'medium', date: '2024-05-10', source, stored: { levelText: '一般' },
    }, { id: 'as_imp2', createdAt: T0 });
    expect(a).toMatchObject({ method: 'direct', reason: '', score: null, level: 'medium', status: 'imported' });
  });
  it('refuses to confirm off-scale imported values', () => {
    const e = appError(() => confirmAssessment(imported(), { createdAt: T0, bandTables: BAND_TABLE_PRESETS, id: 'as_c' }));
    expect(e.code).toBe('E_RISK_OFF_SCALE');
    expect(e.details).toMatchObject({ field: 'L', value: 4 });
  });
  it('confirms with corrected values as a new record, keeping provenance', () => {
    const imp = imported();
    const c = confirmAssessment(imp, { createdAt: T0, bandTables: BAND_TABLE_PRESETS, id: 'as_c', assessor: '王工', date: '2026-03-02', changes: { L: 3 } });
    expect(c).toMatchObject({
      id: 'as_c', status: 'confirmed', L: 3, E: 6, C: 7, score: 126, level: 'medium', bandTable: { id: 'bt.lec.default', version: 1 },
      assessor: '王工', date: '2026-03-02', createdAt: T0,
    });
    expect(c.imported).toEqual(imp.imported);
    expect(imp.status).toBe('imported');
  });
  it('confirms a draft in place and refuses to confirm twice', () => {
    const d = buildAssessment({ ...common, status: 'draft', method: 'LS', L: 5, S: 4 }, ctx('as_dr'));
    expect(d.status).toBe('draft');
    const c = confirmAssessment(d, { createdAt: '2026-03-03T08:00:00.000Z', bandTables: BAND_TABLE_PRESETS });
    expect(c).toMatchObject({ id: 'as_dr', status: 'confirmed', score: 20, level: 'major', createdAt: '2026-03-03T08:00:00.000Z' });
    expect(appError(() => confirmAssessment(c, { createdAt: T0, bandTables: BAND_TABLE_PRESETS })).details).toEqual({ field: 'status', value: 'confirmed' });
  });
  it('applies the floor and the reason rule when confirming', () => {
    const d = buildAssessment({ ...common, status: 'draft', method: 'LS', L: 2, S: 3 }, ctx('as_f'));
    const c = confirmAssessment(d, { createdAt: T0, bandTables: BAND_TABLE_PRESETS, facts: { majorHazardClause: 'mh2023.13.1' } });
    expect([c.score, c.level, c.raisedByMajorFloor]).toEqual([6, 'major', true]);
    const imp = buildImportedAssessment({ ...common, method: 'direct', level: 'low', source, stored: {} }, { id: 'as_id', createdAt: T0 });
    expect(appError(() => confirmAssessment(imp, { createdAt: T0, bandTables: BAND_TABLE_PRESETS })).code).toBe('E_RISK_REASON_REQUIRED');
    expect(confirmAssessment(imp, { createdAt: T0, bandTables: BAND_TABLE_PRESETS, changes: { reason: '作业频次很低' } }))
      .toMatchObject({ status: 'confirmed', level: 'low', reason: '作业频次很低' });
  });
});
