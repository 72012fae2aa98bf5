import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { zodIssues } from '../model/zodIssues';
import type { RiskLevel } from '../model/vocab';
import {
  BAND_TABLE_PRESETS, bandTableCaption, BandTableSchema, BT_LEC_ALT, BT_LEC_DEFAULT, BT_LS_DEFAULT, cloneBandTable, describeBands,
  levelForScore, resolveBandTable, validateBandTable, type BandTable,
} from './bandTable';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const cases = (t: BandTable, pairs: [number, RiskLevel][]) => {
  for (const [score, level] of pairs) expect([score, levelForScore(t, score)]).toEqual([score, level]);
};

describe('band table presets', () => {
  it('are three valid tables with the expected ids', () => {
    expect(BAND_TABLE_PRESETS.map((t) => `${t.id}@${t.version}/${t.method}`)).toEqual([
      'bt.lec.default@1/LEC', 'bt.lec.alt@1/LEC', 'bt.ls.default@1/LS',
    ]);
    for (const t of BAND_TABLE_PRESETS) expect(validateBandTable(t)).toEqual(t);
    expect(BT_LEC_DEFAULT.name).toBe('LEC 默认（重大 D>320，较大 D>160，一般 D>70）');
  });
  it('bt.lec.default: major > 320, high > 160, medium > 70, else low', () => {
    cases(BT_LEC_DEFAULT, [
      [10000, 'major'], [320.0001, 'major'], [320, 'high'], [160.0001, 'high'], [160.5, 'high'], [160, 'medium'],
      [70.5, 'medium'], [70.0001, 'medium'], [70, 'low'], [20, 'low'], [0.05, 'low'], [0, 'low'],
    ]);
  });
  it('bt.lec.alt: major > 160, high > 70, medium > 20, else low', () => {
    cases(BT_LEC_ALT, [
      [320, 'major'], [160.0001, 'major'], [160, 'high'], [70.5, 'high'], [70, 'medium'], [20.0001, 'medium'],
      [20, 'low'], [0, 'low'],
    ]);
  });
  it('bt.ls.default: major ≥ 20, high ≥ 15, medium ≥ 9, else low', () => {
    cases(BT_LS_DEFAULT, [
      [25, 'major'], [20, 'major'], [19.9999, 'high'], [19, 'high'], [16, 'high'], [15, 'high'], [14.9999, 'medium'],
      [12, 'medium'], [9, 'medium'], [8.9999, 'low'], [8, 'low'], [1, 'low'], [0, 'low'],
    ]);
  });
  it('refuses a score no band holds', () => {
    expect(appError(() => levelForScore(BT_LEC_DEFAULT, -1)).code).toBe('E_INVALID_ARGUMENT');
    expect(appError(() => levelForScore(BT_LEC_DEFAULT, Number.NaN)).details).toMatchObject({ field: 'score' });
  });
});

describe('describeBands (printed with every register)', () => {
  it('prints LEC default', () => {
    expect(describeBands(BT_LEC_DEFAULT)).toEqual([
      '重大风险：D > 320', '较大风险：160 < D ≤ 320', '一般风险：70 < D ≤ 160', '低风险：D ≤ 70',
    ]);
    expect(bandTableCaption(BT_LEC_DEFAULT)).toBe('LEC 默认（重大 D>320，较大 D>160，一般 D>70）（第1版）');
  });
  it('prints LS default', () => {
    expect(describeBands(BT_LS_DEFAULT)).toEqual([
      '重大风险：R ≥ 20', '较大风险：15 ≤ R < 20', '一般风险：9 ≤ R < 15', '低风险：R < 9',
    ]);
  });
  it('prints mixed inclusivity and decimals', () => {
    const t: BandTable = {
      id: 'c', version: 2, name: '自定', method: 'LEC', bands: [
        { level: 'major', lowerBound: 400, lowerInclusive: true },
        { level: 'high', lowerBound: 100, lowerInclusive: false },
        { level: 'medium', lowerBound: 2.5, lowerInclusive: true },
        { level: 'low', lowerBound: 0, lowerInclusive: true },
      ],
    };
    expect(describeBands(t)).toEqual(['重大风险：D ≥ 400', '较大风险：100 < D < 400', '一般风险：2.5 ≤ D ≤ 100', '低风险：D < 2.5']);
    expect(levelForScore(t, 400)).toBe('major');
    expect(levelForScore(t, 100)).toBe('medium');
    expect(levelForScore(t, 2.5)).toBe('medium');
    expect(levelForScore(t, 2.4)).toBe('low');
  });
});

describe('custom table validation', () => {
  const base = (): BandTable => cloneBandTable(BT_LEC_DEFAULT);
  const withBands = (bands: BandTable['bands']): BandTable => ({ ...base(), id: 'bt.custom', bands });

  it('accepts a well-formed custom table', () => {
    const t = withBands([
      { level: 'major', lowerBound: 240, lowerInclusive: true },
      { level: 'high', lowerBound: 120, lowerInclusive: true },
      { level: 'medium', lowerBound: 45, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ]);
    expect(validateBandTable(t)).toEqual(t);
    expect(BandTableSchema.safeParse(t).success).toBe(true);
  });
  it('refuses overlapping bands (equal bounds)', () => {
    const t = withBands([
      { level: 'major', lowerBound: 160, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: true },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ]);
    const e = appError(() => validateBandTable(t));
    expect(e.code).toBe('E_BAND_TABLE_INVALID');
    expect(e.details).toEqual({ tableId: 'bt.custom', problem: 'bounds-overlap', index: 1, level: 'high', lowerBound: 160, previousLevel: 'major' });
  });
  it('refuses ascending bounds', () => {
    const t = withBands([
      { level: 'major', lowerBound: 70, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'medium', lowerBound: 20, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ]);
    expect(appError(() => validateBandTable(t)).details).toMatchObject({ problem: 'bounds-order', index: 1, previousLowerBound: 70 });
  });
  it('refuses levels out of order', () => {
    const t = withBands([
      { level: 'high', lowerBound: 320, lowerInclusive: false },
      { level: 'major', lowerBound: 160, lowerInclusive: false },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ]);
    expect(appError(() => validateBandTable(t)).details).toMatchObject({ problem: 'level-order', index: 0, level: 'high', expected: 'major' });
  });
  it('refuses a missing level', () => {
    const t = withBands([
      { level: 'major', lowerBound: 320, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ]);
    expect(appError(() => validateBandTable(t)).details).toMatchObject({ problem: 'level-missing', level: 'medium' });
  });
  it('refuses a duplicate level', () => {
    const t = withBands([
      { level: 'major', lowerBound: 320, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'high', lowerBound: 100, lowerInclusive: false },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ]);
    expect(appError(() => validateBandTable(t)).details).toMatchObject({ problem: 'level-duplicate', level: 'high', indexes: [1, 2] });
  });
  it('refuses a negative bound', () => {
    const t = withBands([
      { level: 'major', lowerBound: 320, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound: -5, lowerInclusive: true },
    ]);
    expect(appError(() => validateBandTable(t)).details).toMatchObject({ problem: 'bound-negative', index: 3, lowerBound: -5 });
  });
  it('refuses a lowest band that does not start at 0 inclusive', () => {
    const mk = (lowerBound: number, lowerInclusive: boolean) => withBands([
      { level: 'major', lowerBound: 320, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound, lowerInclusive },
    ]);
    expect(appError(() => validateBandTable(mk(0, false))).details).toEqual({ tableId: 'bt.custom', problem: 'lowest-band', index: 3, lowerBound: 0, lowerInclusive: false });
    expect(appError(() => validateBandTable(mk(10, true))).details).toMatchObject({ problem: 'lowest-band', lowerBound: 10 });
  });
  it('refuses a malformed table with schema issues', () => {
    const e = appError(() => validateBandTable({ ...base(), version: 0, method: 'XYZ' }));
    expect(e.code).toBe('E_BAND_TABLE_INVALID');
    const d = e.details as { problem: string; issues: { path: string }[] };
    expect(d.problem).toBe('schema');
    expect(d.issues.map((i) => i.path).sort()).toEqual(['method', 'version']);
  });
  it('reports the problem through the zod schema with the domain code', () => {
    const t = withBands([
      { level: 'major', lowerBound: 320, lowerInclusive: false },
      { level: 'high', lowerBound: 160, lowerInclusive: false },
      { level: 'medium', lowerBound: 70, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: false },
    ]);
    const r = BandTableSchema.safeParse(t);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(zodIssues(r.error)).toEqual([{ path: 'bands[3]', code: 'E_BAND_TABLE_INVALID', params: { problem: 'lowest-band', index: 3, lowerBound: 0, lowerInclusive: false } }]);
    }
  });
});

describe('resolveBandTable', () => {
  const v2: BandTable = { ...cloneBandTable(BT_LEC_DEFAULT), version: 2 };
  const tables = [BT_LEC_DEFAULT, v2, BT_LS_DEFAULT];
  it('finds the highest version, or the exact one', () => {
    expect(resolveBandTable(tables, { id: 'bt.lec.default' })).toBe(v2);
    expect(resolveBandTable(tables, { id: 'bt.lec.default', version: 1 })).toBe(BT_LEC_DEFAULT);
  });
  it('refuses an unknown table or version', () => {
    expect(appError(() => resolveBandTable(tables, { id: 'bt.none' })).code).toBe('E_NOT_FOUND');
    expect(appError(() => resolveBandTable(tables, { id: 'bt.ls.default', version: 3 })).details).toEqual({ kind: 'bandTable', id: 'bt.ls.default', version: 3 });
  });
});
