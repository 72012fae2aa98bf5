/**
 * The rows of the enterprise safety-risk database (安全风险数据库): one row per hazard with its
 * org units, riskPoint, classification, accident types, inherent and residual evaluations, the
 * level in use (DESIGN §4), measures by kind and the control level. The register screen and the
 * 安全风险分级管控清单 documents read these rows.
 */
import { effectiveControlLevel } from '../duties/controlLevel';
import type { Assessment } from '../risk/assessment';
import { latestOf, levelInUse, type LevelInUse } from '../risk/levelInUse';
import { accidentTypeByCode, otherTypesLast } from '../standards/accidentTypes';
import type { EnterpriseFile } from './enterpriseFile';
import type { Hazard, RiskPoint } from './hazards';
import { postUnits } from './orgOps';
import type { ControlLevel, MeasureKind, RiskLevel } from './vocab';
import { batchMemo } from './batchMemo';

export const FACTOR_CLASS_ZH: Record<string, string> = { '1': '人的因素', '2': '物的因素', '3': '环境因素', '4': '管理因素' };

export interface RegisterRow {
  hazardId: string;
  riskPointId: string;
  riskPoint: string;
  riskPointKind: RiskPoint['kind'];
  /** Owning unit names: workshop of the riskPoint (or of its posts), team, and the posts exposed. */
  workshopId: string | null;
  workshop: string;
  team: string;
  postIds: string[];
  posts: string[];
  place: string;
  hazard: string;
  factorCode: string;
  factorClass: string;
  accidentTypes: string[];
  consequence: string;
  inherent: Assessment | null;
  residual: Assessment | null;
  inUse: LevelInUse;
  level: RiskLevel | null;
  measures: Record<MeasureKind, string[]>;
  controlLevel: ControlLevel | null;
  majorHazardClause: string | null;
  source: Hazard['source'];
}

export function registerRows(doc: EnterpriseFile): RegisterRow[] {
  return batchMemo(doc, 'registerRows', () => {
    const rpById = new Map(doc.riskPoints.map((r) => [r.id, r]));
    const wsName = new Map(doc.workshops.map((w) => [w.id, w.name]));
    const teamById = new Map(doc.teams.map((t) => [t.id, t]));
    const postName = new Map(doc.posts.map((p) => [p.id, p.name]));
    const byHazard = new Map<string, Assessment[]>();
    for (const a of doc.assessments) {
      const list = byHazard.get(a.hazardId);
      if (list) list.push(a);
      else byHazard.set(a.hazardId, [a]);
    }
    const rpOrder = new Map(doc.riskPoints.map((r) => [r.id, r.order]));
    const hazards = [...doc.hazards].sort((a, b) => (rpOrder.get(a.riskPointId) ?? 0) - (rpOrder.get(b.riskPointId) ?? 0));
    return hazards.map((h) => {
      const rp = rpById.get(h.riskPointId)!;
      const postIds = rp.postIds.filter((p) => !h.excludedPostIds.includes(p));
      let workshopId: string | null = null;
      let teamName = '';
      if (rp.unit.kind === 'workshop') workshopId = rp.unit.id;
      else if (rp.unit.kind === 'team') {
        const t = teamById.get(rp.unit.id);
        workshopId = t?.workshopId ?? null;
        teamName = t?.name ?? '';
      }
      if (!workshopId && rp.unit.kind === 'enterprise') {
        // an enterprise-level place shows the workshop of its posts when they share one
        const ws = new Set(postIds.map((p) => postUnits(doc, doc.posts.find((x) => x.id === p)!).workshopId));
        if (ws.size === 1) workshopId = [...ws][0] ?? null;
      }
      const list = byHazard.get(h.id) ?? [];
      const inUse = levelInUse(list);
      const measures = { engineering: [], management: [], training: [], ppe: [], emergency: [] } as Record<MeasureKind, string[]>;
      for (const m of h.measures) measures[m.kind].push(m.text);
      return {
        hazardId: h.id,
        riskPointId: rp.id,
        riskPoint: rp.name,
        riskPointKind: rp.kind,
        workshopId,
        workshop: workshopId ? (wsName.get(workshopId) ?? '') : '',
        team: teamName,
        postIds,
        posts: postIds.map((p) => postName.get(p) ?? p),
        place: h.place,
        hazard: h.text,
        factorCode: h.factorCode,
        factorClass: FACTOR_CLASS_ZH[h.factorCode.charAt(0)] ?? '',
        accidentTypes: otherTypesLast(h.accidentTypes).map((c) => accidentTypeByCode(c)?.nameZh ?? c),
        consequence: h.consequence,
        inherent: latestOf(list.filter((a) => a.status !== 'draft'), 'inherent'),
        residual: latestOf(list.filter((a) => a.status !== 'draft'), 'residual'),
        inUse,
        level: inUse.level,
        measures,
        controlLevel: effectiveControlLevel(doc, rp, inUse.level, postIds),
        majorHazardClause: h.majorHazardClause,
        source: h.source,
      };
    });
  });
}

/** Counts per level (and unevaluated) of a set of rows. */
export function levelCounts(rows: readonly RegisterRow[]): Record<RiskLevel | 'none', number> {
  const c = { major: 0, high: 0, medium: 0, low: 0, none: 0 };
  for (const r of rows) c[r.level ?? 'none'] += 1;
  return c;
}
