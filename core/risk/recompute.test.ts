import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { buildAssessment, buildImportedAssessment, type Assessment } from './assessment';
import { BAND_TABLE_PRESETS, BT_LEC_ALT, BT_LEC_DEFAULT, BT_LS_DEFAULT, type BandTable } from './bandTable';
import { levelInUse } from './levelInUse';
import { bandTableChangeImpact, recomputeWithTable } from './recompute';

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
const ctx = (id: string, h: number, facts?: { majorHazardClause?: string }) => ({ id, createdAt: at(h), bandTables: BAND_TABLE_PRESETS, facts });
const base = { date: '2026-03-02' };

// Under bt.lec.default → bt.lec.alt: 252 high→major, 126 medium→high, 42 low→medium, 18 low→low.
function register(): Assessment[] {
  return [
    buildAssessment({ ...base, hazardId: 'h1', kind: 'inherent', method: 'LEC', L: 6, E: 6, C: 7 }, ctx('a1', 1)), // 252 high
    buildAssessment({ ...base, hazardId: 'h1', kind: 'residual', method: 'LEC', L: 1, E: 6, C: 7 }, ctx('a2', 1)), // 42 low
    buildAssessment({ ...base, hazardId: 'h2', kind: 'inherent', method: 'LEC', L: 3, E: 6, C: 7 }, ctx('a3', 1)), // 126 medium (old)
    buildAssessment({ ...base, hazardId: 'h2', kind: 'inherent', method: 'LEC', L: 1, E: 6, C: 3 }, ctx('a4', 2)), // 18 low (latest)
    buildAssessment({ ...base, hazardId: 'h3', kind: 'inherent', method: 'LS', L: 4, S: 4 }, ctx('a5', 1)), // LS: other method
    buildAssessment({ ...base, hazardId: 'h4', kind: 'inherent', method: 'LEC', L: 3, E: 6, C: 7, status: 'draft' }, ctx('a6', 3)), // draft
    buildAssessment({ ...base, hazardId: 'h5', kind: 'inherent', method: 'LEC', L: 6, E: 6, C: 7 }, ctx('a7', 1)),
    buildAssessment({ ...base, hazardId: 'h5', kind: 'inherent', method: 'direct', level: 'low', reason: '设备已拆除停用' }, ctx('a8', 2)), // direct latest
    buildAssessment({ ...base, hazardId: 'h6', kind: 'inherent', method: 'LEC', L: 1, E: 6, C: 3 }, ctx('a9', 1, { majorHazardClause: 'mh2023.11.1' })), // 18, raised
    buildImportedAssessment({
      hazardId: 'h7', kind: 'inherent', method: 'LEC', L: 6, E: 6, C: 7, score: 252, level: 'high', date: '2024-01-01',
      source: { file: 'x.xlsx', sheet: 's', row: 3 }, stored: {},
    }, { id: 'a10', createdAt: at(1) }),
  ];
}

describe('bandTableChangeImpact', () => {
  it('lists only the latest confirmed LEC records whose level moves', () => {
    expect(bandTableChangeImpact(register(), BT_LEC_ALT)).toEqual([
      { assessmentId: 'a1', hazardId: 'h1', kind: 'inherent', from: 'high', to: 'major', score: 252 },
      { assessmentId: 'a2', hazardId: 'h1', kind: 'residual', from: 'low', to: 'medium', score: 42 },
    ]);
  });
  it('is empty for the table already in use', () => {
    expect(bandTableChangeImpact(register(), BT_LEC_DEFAULT)).toEqual([]);
  });
  it('applies the major floor from facts', () => {
    const lenient: BandTable = { ...BT_LEC_DEFAULT, id: 'bt.c', bands: [
      { level: 'major', lowerBound: 600, lowerInclusive: false },
      { level: 'high', lowerBound: 320, lowerInclusive: false },
      { level: 'medium', lowerBound: 160, lowerInclusive: false },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ] };
    // a1 252 high → medium; a9 stays major (raised before); others low stay low.
    expect(bandTableChangeImpact(register(), lenient).map((i) => [i.assessmentId, i.from, i.to])).toEqual([['a1', 'high', 'medium']]);
    // With facts given, the floor follows the facts: h1 now meets a clause, h6 no longer does.
    const facts = (h: string) => (h === 'h1' ? { majorHazardClause: 'mh2023.3.1' } : {});
    expect(bandTableChangeImpact(register(), lenient, facts).map((i) => [i.assessmentId, i.from, i.to]))
      .toEqual([['a1', 'high', 'major'], ['a2', 'low', 'major'], ['a9', 'major', 'low']]);
  });
  it('covers LS tables', () => {
    const strict: BandTable = { ...BT_LS_DEFAULT, id: 'bt.ls.strict', bands: [
      { level: 'major', lowerBound: 16, lowerInclusive: true },
      { level: 'high', lowerBound: 10, lowerInclusive: true },
      { level: 'medium', lowerBound: 5, lowerInclusive: true },
      { level: 'low', lowerBound: 0, lowerInclusive: true },
    ] };
    expect(bandTableChangeImpact(register(), strict)).toEqual([{ assessmentId: 'a5', hazardId: 'h3', kind: 'inherent', from: 'high', to: 'major', score: 16 }]);
  });
  it('refuses an invalid table', () => {
    expect(appError(() => bandTableChangeImpact(register(), { ...BT_LEC_ALT, bands: BT_LEC_ALT.bands.slice(1) })).code).toBe('E_BAND_TABLE_INVALID');
  });
});

describe('recomputeWithTable', () => {
  it('makes a new confirmed record and keeps the old one as history', () => {
    const list = register();
    const old = list[0]!;
    const snapshot = JSON.stringify(old);
    const n = recomputeWithTable(old, BT_LEC_ALT, { id: 'a11', createdAt: at(5), assessor: '王工', date: '2026-03-05' });
    expect(n).toMatchObject({
      id: 'a11', hazardId: 'h1', kind: 'inherent', method: 'LEC', L: 6, E: 6, C: 7, score: 252, level: 'major', status: 'confirmed',
      bandTable: { id: 'bt.lec.alt', version: 1 }, assessor: '王工', date: '2026-03-05', createdAt: at(5),
    });
    expect(n.note).toContain('a1');
    expect(JSON.stringify(old)).toBe(snapshot);
    const hist = [...list.filter((a) => a.hazardId === 'h1'), n];
    expect(hist.map((a) => a.id)).toEqual(['a1', 'a2', 'a11']);
    // The residual (42, low) is still the level in use; the new inherent is only history for it.
    expect(levelInUse(hist)).toMatchObject({ basis: 'residual', assessmentId: 'a2' });
  });
  it('keeps the major floor of a raised record', () => {
    const raised = register()[8]!;
    expect(raised.raisedByMajorFloor).toBe(true);
    const n = recomputeWithTable(raised, BT_LEC_ALT, { id: 'a12', createdAt: at(5), assessor: '', date: '2026-03-05' });
    expect([n.score, n.level, n.raisedByMajorFloor]).toEqual([18, 'major', true]);
  });
  it('refuses direct records and tables of the other method', () => {
    const list = register();
    expect(appError(() => recomputeWithTable(list[7]!, BT_LEC_ALT, { id: 'x', createdAt: at(5), assessor: '', date: '2026-03-05' })).details)
      .toMatchObject({ field: 'method' });
    expect(appError(() => recomputeWithTable(list[4]!, BT_LEC_ALT, { id: 'x', createdAt: at(5), assessor: '', date: '2026-03-05' })).details)
      .toMatchObject({ problem: 'method-mismatch', expected: 'LS', actual: 'LEC' });
  });
});
