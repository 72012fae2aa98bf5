import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { buildSample } from '../sample/buildSample';
import { levelsInUseByHazard } from '../risk/levelInUse';
import { counterIdGen } from './ids';
import { applyHazardOp } from './hazardOps';
import { applyRiskOp, bandTableImpact, hazardLevel, type RiskOpContext } from './riskOps';
import { brokenReferences } from './refs';
import { libraryEntry, LIBRARY_VERSION } from '../catalog/library';

// ids start at 1000 so they never meet the sample's own as_001…as_212
const ctx = (): RiskOpContext => ({ newId: counterIdGen(1000), now: '2026-11-29T08:00:00.000Z', today: '2026-11-29', assessor: '陈晓燕' });

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('the sample enterprise is evaluated', () => {
  const s = buildSample();
  it('every hazard has a confirmed inherent and residual assessment, residual ≤ inherent', () => {
    const rank = { major: 4, high: 3, medium: 2, low: 1 } as const;
    for (const h of s.hazards) {
      const mine = s.assessments.filter((a) => a.hazardId === h.id);
      const inh = mine.find((a) => a.kind === 'inherent');
      const res = mine.find((a) => a.kind === 'residual');
      expect(inh?.status).toBe('confirmed');
      expect(res?.status).toBe('confirmed');
      expect(rank[res!.level]).toBeLessThanOrEqual(rank[inh!.level]);
      expect(hazardLevel(s, h.id)).toMatchObject({ basis: 'residual', mark: null, level: res!.level });
    }
  });
  it('a hazard related to a major hidden-hazard clause is inherently 重大', () => {
    const h = s.hazards.find((x) => x.majorHazardClause)!;
    expect(s.assessments.find((a) => a.hazardId === h.id && a.kind === 'inherent')?.level).toBe('major');
  });
  it('shows all four levels in use', () => {
    const levels = new Set([...levelsInUseByHazard(s.assessments).values()].map((l) => l.level));
    expect([...levels].sort()).toEqual(['high', 'low', 'major', 'medium']);
  });
});

describe('evaluating', () => {
  it('confirms an LEC evaluation with the table in force and keeps history', () => {
    const s = buildSample();
    const h = s.hazards[0]!;
    const d = applyRiskOp(s, { op: 'evaluate', hazardId: h.id, kind: 'residual', input: { method: 'LEC', L: 0.5, E: 6, C: 15 }, status: 'confirmed' }, ctx());
    const mine = d.assessments.filter((a) => a.hazardId === h.id);
    expect(mine.length).toBe(3);
    expect(mine[2]).toMatchObject({ method: 'LEC', score: 45, level: 'low', status: 'confirmed', assessor: '陈晓燕', date: '2026-11-29', bandTable: { id: 'bt.lec.default', version: 1 } });
    expect(hazardLevel(d, h.id).level).toBe('low');
  });
  it('refuses off-scale values, a residual above the inherent, and direct without reason; nothing changes', () => {
    const s = buildSample();
    const h = s.hazards.find((x) => s.assessments.some((a) => a.hazardId === x.id && a.kind === 'inherent' && a.level === 'medium'))!;
    expect(codeOf(() => applyRiskOp(s, { op: 'evaluate', hazardId: h.id, kind: 'inherent', input: { method: 'LEC', L: 5, E: 6, C: 15 }, status: 'confirmed' }, ctx()))).toBe('E_RISK_OFF_SCALE');
    expect(codeOf(() => applyRiskOp(s, { op: 'evaluate', hazardId: h.id, kind: 'residual', input: { method: 'LEC', L: 10, E: 10, C: 40 }, status: 'confirmed' }, ctx()))).toBe('E_RISK_RESIDUAL_ABOVE_INHERENT');
    expect(codeOf(() => applyRiskOp(s, { op: 'evaluate', hazardId: h.id, kind: 'inherent', input: { method: 'direct', level: 'high', reason: '' }, status: 'confirmed' }, ctx()))).toBe('E_RISK_REASON_REQUIRED');
  });
  it('drafts are never used; confirming a draft makes it count', () => {
    const s = buildSample();
    const h = s.hazards[0]!;
    const before = hazardLevel(s, h.id);
    const d = applyRiskOp(s, { op: 'evaluate', hazardId: h.id, kind: 'residual', input: { method: 'LEC', L: 0.1, E: 1, C: 1 }, status: 'draft' }, ctx());
    expect(hazardLevel(d, h.id)).toEqual(before);
    const draft = d.assessments.find((a) => a.status === 'draft')!;
    const c = applyRiskOp(d, { op: 'confirm', assessmentId: draft.id }, ctx());
    expect(hazardLevel(c, h.id)).toMatchObject({ level: 'low', basis: 'residual', assessmentId: draft.id });
  });
  it('an inherent-only hazard is marked 未评残余; deleting the hazard drops its assessments', () => {
    const s = buildSample();
    const c = ctx();
    const d0 = applyHazardOp(s, { op: 'acceptLibrary', postId: 'post_mg', libraryId: 'lib.jx.jjg.14', target: { kind: 'activity' } }, { newId: counterIdGen(), now: c.now, entry: libraryEntry, libraryVersion: LIBRARY_VERSION });
    const h = d0.hazards[d0.hazards.length - 1]!;
    const d = applyRiskOp(d0, { op: 'evaluate', hazardId: h.id, kind: 'inherent', input: { method: 'LS', L: 3, S: 4 }, status: 'confirmed' }, c);
    expect(hazardLevel(d, h.id)).toMatchObject({ level: 'medium', mark: '未评残余' });
    const gone = applyHazardOp(d, { op: 'deleteHazard', hazardId: h.id }, { newId: counterIdGen(), now: c.now, entry: libraryEntry, libraryVersion: LIBRARY_VERSION });
    expect(gone.assessments.some((a) => a.hazardId === h.id)).toBe(false);
    expect(brokenReferences(gone)).toEqual([]);
  });
});

describe('changing the band table', () => {
  it('lists the levels that move before recomputing them as new assessments', () => {
    const s = buildSample();
    const impact = bandTableImpact(s, 'bt.lec.alt');
    expect(impact.length).toBeGreaterThan(10);
    for (const i of impact) expect(['major', 'high', 'medium', 'low']).toContain(i.to);
    // e.g. D = 126 is 一般 by default (>70) and 较大 in the stricter table (>70 → 较大)
    expect(impact.some((i) => i.score === 126 && i.from === 'medium' && i.to === 'high')).toBe(true);
    const d = applyRiskOp(s, { op: 'useBandTable', tableId: 'bt.lec.alt' }, ctx());
    expect(d.riskSettings.lecTableId).toBe('bt.lec.alt');
    expect(d.assessments.length).toBe(s.assessments.length + impact.length);
    for (const i of impact) {
      // the old record is kept, the new one is in use
      expect(d.assessments.some((a) => a.id === i.assessmentId)).toBe(true);
    }
    expect(bandTableImpact(d, 'bt.lec.alt')).toEqual([]);
  });
  it('switches the control level preset', () => {
    const d = applyRiskOp(buildSample(), { op: 'setControlPreset', preset: 'layered' }, ctx());
    expect(d.riskSettings.controlLevelMap).toEqual({ major: 'enterprise', high: 'enterprise', medium: 'workshop', low: 'team' });
    expect(codeOf(() => applyRiskOp(d, { op: 'setControlMap', map: { major: 'enterprise' } as never }, ctx()))).not.toBe('no error');
  });
});
