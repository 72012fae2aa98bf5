/**
 * The control level (管控层级) that actually owns a hazard: the level the enterprise's map gives
 * its grade (core/risk/controlLevel.ts), moved UP to the next existing level where the org tree
 * lacks it — never down (DESIGN §4). A riskPoint under a team has team, workshop (when the team
 * has one) and enterprise above it; the post level exists when posts are linked.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { RiskPoint } from '../model/hazards';
import { CONTROL_LEVELS, type ControlLevel, type RiskLevel } from '../model/vocab';

/** Levels present for a riskPoint, highest first. */
export function levelsAvailable(doc: EnterpriseFile, rp: RiskPoint): ControlLevel[] {
  const out: ControlLevel[] = ['enterprise'];
  if (rp.unit.kind === 'workshop') out.push('workshop');
  if (rp.unit.kind === 'team') {
    const teamId = rp.unit.id;
    if (doc.teams.find((t) => t.id === teamId)?.workshopId) out.push('workshop');
    out.push('team');
  }
  if (rp.postIds.length > 0) out.push('post');
  return out;
}

/** Moves `wanted` up until it is available. */
export function moveUp(wanted: ControlLevel, available: readonly ControlLevel[]): ControlLevel {
  for (let i = CONTROL_LEVELS.indexOf(wanted); i >= 0; i--) if (available.includes(CONTROL_LEVELS[i]!)) return CONTROL_LEVELS[i]!;
  return 'enterprise';
}

/** The effective control level of a hazard at `rp` with risk level `level`, or null when not graded. */
export function effectiveControlLevel(doc: EnterpriseFile, rp: RiskPoint, level: RiskLevel | null): ControlLevel | null {
  if (!level) return null;
  return moveUp(doc.riskSettings.controlLevelMap[level], levelsAvailable(doc, rp));
}
