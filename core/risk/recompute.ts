/**
 * Changing an enterprise's band table (DESIGN §5: band tables are data, stored with each
 * assessment). The change is shown first — which levels would move — and each recomputation is a
 * NEW confirmed assessment: the old one stays as history and keeps printing the table it used.
 */
import { AppError } from '../contract/errors';
import type { RiskLevel } from '../model/vocab';
import { buildAssessment, type Assessment, type AssessmentKind } from './assessment';
import { levelForScore, validateBandTable, type BandTable } from './bandTable';
import { applyMajorFloor, type RiskFacts } from './evaluate';
import { latestOf } from './levelInUse';

/** One level that a band-table change would move. */
export interface BandTableImpact {
  assessmentId: string;
  hazardId: string;
  kind: AssessmentKind;
  from: RiskLevel;
  to: RiskLevel;
  /** The unchanged score (D or R). */
  score: number;
}

/**
 * Facts of the hazard for the floor: from `factsOf` when given; otherwise a record that was
 * raised by the floor stays floored (its facts are not at hand, and they raised it before).
 */
function floorFacts(a: Assessment, factsOf?: (hazardId: string) => RiskFacts | undefined): RiskFacts | undefined {
  if (factsOf) return factsOf(a.hazardId);
  return a.raisedByMajorFloor ? { majorHazardInstallation: true } : undefined;
}

/**
 * Lists the levels a new band table would change, before anything is recomputed: for each hazard
 * and kind, the latest CONFIRMED assessment (drafts and imports are not graded by a table); it is
 * listed when it uses the table's method (LEC or LS) and its level under `newTable` (after the
 * major floor) differs. A hazard whose latest confirmed assessment is direct is not affected.
 * Order: as the assessments appear.
 * @param factsOf optional facts per hazard for the major floor (see floorFacts).
 * @throws AppError E_BAND_TABLE_INVALID when `newTable` is invalid.
 */
export function bandTableChangeImpact(
  assessments: readonly Assessment[], newTable: BandTable, factsOf?: (hazardId: string) => RiskFacts | undefined,
): BandTableImpact[] {
  const table = validateBandTable(newTable);
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) {
    if (a.status !== 'confirmed') continue;
    const key = `${a.hazardId}\u0000${a.kind}`;
    const g = groups.get(key);
    if (g) g.push(a);
    else groups.set(key, [a]);
  }
  const latestIds = new Set<string>();
  for (const g of groups.values()) {
    const latest = latestOf(g, g[0]!.kind, 'confirmed');
    if (latest) latestIds.add(latest.id);
  }
  const out: BandTableImpact[] = [];
  const seen = new Set<string>();
  for (const a of assessments) {
    if (!latestIds.has(a.id) || seen.has(a.id) || a.status !== 'confirmed') continue;
    seen.add(a.id);
    if (a.method !== table.method || a.score === null) continue;
    const to = applyMajorFloor(levelForScore(table, a.score), floorFacts(a, factsOf)).level;
    if (to !== a.level) out.push({ assessmentId: a.id, hazardId: a.hazardId, kind: a.kind, from: a.level, to, score: a.score });
  }
  return out;
}

/**
 * Re-grades a scored assessment with a new band table: a NEW confirmed assessment with the same
 * hazard, kind, method and inputs, the recomputed score and level (major floor applied), and
 * `bandTable` = the new table. The old record is not touched. The note names the record it
 * replaces.
 * @param ctx `{ id, createdAt, assessor, date }` of the new record; `facts` for the floor (default:
 *   keep the floor when the old record was raised by it). `newTable` is used exactly as given
 *   (its version is the one stored).
 * @throws AppError E_INVALID_ARGUMENT `{ field: 'method' }` for a direct assessment;
 *   E_BAND_TABLE_INVALID (invalid table, or `problem: 'method-mismatch'`); E_RISK_OFF_SCALE when
 *   the old values are off the scale (an unconfirmed import).
 */
export function recomputeWithTable(
  assessment: Assessment, newTable: BandTable,
  ctx: { id: string; createdAt: string; assessor: string; date: string; facts?: RiskFacts },
): Assessment {
  if (assessment.method === 'direct') throw new AppError('E_INVALID_ARGUMENT', { field: 'method', value: 'direct', assessmentId: assessment.id });
  const table = validateBandTable(newTable);
  if (table.method !== assessment.method) {
    throw new AppError('E_BAND_TABLE_INVALID', { problem: 'method-mismatch', tableId: table.id, expected: assessment.method, actual: table.method });
  }
  const common = {
    hazardId: assessment.hazardId, kind: assessment.kind, status: 'confirmed' as const, assessor: ctx.assessor, date: ctx.date,
    note: `按分级标准“${table.name}”（第${table.version}版）重新定级，替代评价 ${assessment.id}`,
    bandTableId: table.id,
  };
  const input = assessment.method === 'LEC'
    ? { ...common, method: 'LEC' as const, L: assessment.L, E: assessment.E, C: assessment.C }
    : { ...common, method: 'LS' as const, L: assessment.L, S: assessment.S };
  // Only the new table is offered, so buildAssessment grades with exactly this version.
  return buildAssessment(input, {
    id: ctx.id, createdAt: ctx.createdAt, bandTables: [table], facts: ctx.facts ?? floorFacts(assessment),
  });
}
