/**
 * Which level a hazard has "everywhere" (colour, control level, cards, map, checklists), and the
 * rule that residual risk may not exceed inherent risk.
 *
 * DESIGN §4: the level comes from the latest confirmed assessment — its residual level, else its
 * inherent level marked 未评残余; else from the latest imported assessment, marked 待复核; drafts
 * are never used. "Latest" = greatest createdAt (compared as instants); on equal createdAt the
 * later element of the array wins.
 */
import { AppError } from '../contract/errors';
import type { RiskLevel } from '../model/vocab';
import type { Assessment, AssessmentKind, AssessmentStatus } from './assessment';
import { LEVEL_RANK } from './levels';

export const LEVEL_MARKS = ['未评残余', '待复核'] as const;
export type LevelMark = (typeof LEVEL_MARKS)[number];

/** The level in use of one hazard and where it comes from. All null when nothing usable exists. */
export interface LevelInUse {
  level: RiskLevel | null;
  basis: 'residual' | 'inherent' | 'imported' | null;
  mark: LevelMark | null;
  assessmentId: string | null;
}

function instant(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * The latest assessment of a kind (and status, when given; any status otherwise), or null.
 * Latest = greatest createdAt; ties go to the later array element.
 */
export function latestOf<A extends Assessment>(assessments: readonly A[], kind: AssessmentKind, status?: AssessmentStatus): A | null {
  let best: A | null = null;
  let bestT = -Infinity;
  for (const a of assessments) {
    if (a.kind !== kind || (status !== undefined && a.status !== status)) continue;
    const t = instant(a.createdAt);
    if (best === null || t >= bestT) {
      best = a;
      bestT = t;
    }
  }
  return best;
}

/**
 * The level in use of ONE hazard (pass only that hazard's assessments), by priority:
 * 1. latest confirmed residual → `{ basis: 'residual', mark: null }`;
 * 2. latest confirmed inherent → `{ basis: 'inherent', mark: '未评残余' }`;
 * 3. latest imported (residual preferred over inherent, as for confirmed) → `{ basis: 'imported', mark: '待复核' }`;
 * 4. nothing → all null. Drafts are ignored.
 */
export function levelInUse(assessmentsOfOneHazard: readonly Assessment[]): LevelInUse {
  const residual = latestOf(assessmentsOfOneHazard, 'residual', 'confirmed');
  if (residual) return { level: residual.level, basis: 'residual', mark: null, assessmentId: residual.id };
  const inherent = latestOf(assessmentsOfOneHazard, 'inherent', 'confirmed');
  if (inherent) return { level: inherent.level, basis: 'inherent', mark: '未评残余', assessmentId: inherent.id };
  const imported = latestOf(assessmentsOfOneHazard, 'residual', 'imported') ?? latestOf(assessmentsOfOneHazard, 'inherent', 'imported');
  if (imported) return { level: imported.level, basis: 'imported', mark: '待复核', assessmentId: imported.id };
  return { level: null, basis: null, mark: null, assessmentId: null };
}

/** levelInUse for every hazard that has assessments, keyed by hazardId. */
export function levelsInUseByHazard(assessments: readonly Assessment[]): Map<string, LevelInUse> {
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const g = groups.get(a.hazardId);
    if (g) g.push(a);
    else groups.set(a.hazardId, [a]);
  }
  const out = new Map<string, LevelInUse>();
  for (const [id, g] of groups) out.set(id, levelInUse(g));
  return out;
}

type Comparable = Pick<Assessment, 'level' | 'method' | 'score'> & { kind?: AssessmentKind; hazardId?: string };

/**
 * Residual risk may not exceed inherent risk (a common rule of implementations, domain-facts §4.3
 * [S]): the residual level's rank must not be above the inherent one's; with the same scored
 * method, the residual score must not be above the inherent score either (even when both fall
 * in one band).
 * @throws AppError E_RISK_RESIDUAL_ABOVE_INHERENT `{ basis: 'level'|'score', residualLevel,
 *   inherentLevel, residualScore, inherentScore }`; AppError E_INVALID_ARGUMENT when the kinds
 *   are swapped or the hazards differ.
 */
export function checkResidual(residual: Comparable, inherent: Comparable): void {
  if ((residual.kind !== undefined && residual.kind !== 'residual') || (inherent.kind !== undefined && inherent.kind !== 'inherent')) {
    throw new AppError('E_INVALID_ARGUMENT', { field: 'kind', residualKind: residual.kind, inherentKind: inherent.kind });
  }
  if (residual.hazardId !== undefined && inherent.hazardId !== undefined && residual.hazardId !== inherent.hazardId) {
    throw new AppError('E_INVALID_ARGUMENT', { field: 'hazardId', residualHazardId: residual.hazardId, inherentHazardId: inherent.hazardId });
  }
  const details = {
    residualLevel: residual.level, inherentLevel: inherent.level, residualScore: residual.score, inherentScore: inherent.score,
  };
  if (LEVEL_RANK[residual.level] > LEVEL_RANK[inherent.level]) {
    throw new AppError('E_RISK_RESIDUAL_ABOVE_INHERENT', { basis: 'level', ...details });
  }
  if (residual.method === inherent.method && residual.method !== 'direct'
    && typeof residual.score === 'number' && typeof inherent.score === 'number' && residual.score > inherent.score) {
    throw new AppError('E_RISK_RESIDUAL_ABOVE_INHERENT', { basis: 'score', ...details });
  }
}
