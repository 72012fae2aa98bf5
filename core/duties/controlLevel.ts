/**
 * The control level (管控层级) that actually owns a hazard: the level the enterprise's map gives
 * its grade (core/risk/controlLevel.ts), moved UP to the next existing level where the org tree
 * lacks it — never down (DESIGN §4; domain-facts §9.1: a small firm without workshops collapses
 * to enterprise → team/post).
 *
 * Which units a hazard has at each level (its scope): the unit that owns its riskPoint with the
 * units above it, plus the team and workshop of every post exposed to it. A place owned by a
 * workshop whose posts sit in teams therefore has a team level (the teams of those posts); a
 * place owned by the enterprise reaches the workshops and teams of the posts that work there.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard, RiskPoint } from '../model/hazards';
import { CONTROL_LEVELS, type ControlLevel, type RiskLevel } from '../model/vocab';

export interface HazardScope {
  /** Workshops at the 车间 level, in org order. */
  workshopIds: string[];
  /** Teams at the 班组 level, in org order. */
  teamIds: string[];
  /** Posts exposed (the riskPoint's posts minus the hazard's exclusions), in org order. */
  postIds: string[];
}

/**
 * Units of a riskPoint at each level, for the posts `postIds` (default: all posts of the
 * riskPoint; pass a hazard's exposed posts with `scopeOfHazard`).
 */
export function scopeOf(doc: EnterpriseFile, rp: RiskPoint, postIds: readonly string[] = rp.postIds): HazardScope {
  const ws = new Set<string>();
  const teams = new Set<string>();
  const teamWs = (id: string) => doc.teams.find((t) => t.id === id)?.workshopId ?? null;
  if (rp.unit.kind === 'workshop') ws.add(rp.unit.id);
  if (rp.unit.kind === 'team') {
    teams.add(rp.unit.id);
    const w = teamWs(rp.unit.id);
    if (w) ws.add(w);
  }
  const posts = new Set(postIds);
  for (const p of doc.posts) {
    if (!posts.has(p.id)) continue;
    if (p.parent.kind === 'workshop') ws.add(p.parent.id);
    if (p.parent.kind === 'team') {
      teams.add(p.parent.id);
      const w = teamWs(p.parent.id);
      if (w) ws.add(w);
    }
  }
  // org order, and only units that exist (a dangling id never becomes an owner)
  return {
    workshopIds: doc.workshops.filter((w) => ws.has(w.id)).sort((a, b) => a.order - b.order).map((w) => w.id),
    teamIds: orderedTeams(doc).filter((t) => teams.has(t)),
    postIds: doc.posts.filter((p) => posts.has(p.id)).sort((a, b) => a.order - b.order).map((p) => p.id),
  };
}

/** Team ids in org order: teams of each workshop (workshop order), then teams under the enterprise. */
export function orderedTeams(doc: EnterpriseFile): string[] {
  const wsOrder = new Map(doc.workshops.map((w) => [w.id, w.order]));
  return [...doc.teams]
    .sort((a, b) => {
      const wa = a.workshopId === null ? Number.MAX_SAFE_INTEGER : (wsOrder.get(a.workshopId) ?? Number.MAX_SAFE_INTEGER);
      const wb = b.workshopId === null ? Number.MAX_SAFE_INTEGER : (wsOrder.get(b.workshopId) ?? Number.MAX_SAFE_INTEGER);
      return wa - wb || a.order - b.order;
    })
    .map((t) => t.id);
}

/** The posts a hazard exposes: its riskPoint's posts minus its exclusions. */
export function exposedPosts(rp: RiskPoint, h: Pick<Hazard, 'excludedPostIds'>): string[] {
  return rp.postIds.filter((p) => !h.excludedPostIds.includes(p));
}

/** The scope of one hazard (its exposed posts only). */
export function scopeOfHazard(doc: EnterpriseFile, rp: RiskPoint, h: Pick<Hazard, 'excludedPostIds'>): HazardScope {
  return scopeOf(doc, rp, exposedPosts(rp, h));
}

/** Levels present in a scope, highest first (the enterprise is always present). */
export function levelsOfScope(s: HazardScope): ControlLevel[] {
  const out: ControlLevel[] = ['enterprise'];
  if (s.workshopIds.length > 0) out.push('workshop');
  if (s.teamIds.length > 0) out.push('team');
  if (s.postIds.length > 0) out.push('post');
  return out;
}

/** Levels present for a riskPoint (and the posts given, default all of its posts), highest first. */
export function levelsAvailable(doc: EnterpriseFile, rp: RiskPoint, postIds: readonly string[] = rp.postIds): ControlLevel[] {
  return levelsOfScope(scopeOf(doc, rp, postIds));
}

/** Moves `wanted` up until it is available; the enterprise is always available. */
export function moveUp(wanted: ControlLevel, available: readonly ControlLevel[]): ControlLevel {
  for (let i = CONTROL_LEVELS.indexOf(wanted); i >= 0; i--) if (available.includes(CONTROL_LEVELS[i]!)) return CONTROL_LEVELS[i]!;
  return 'enterprise';
}

/**
 * The effective control level of a hazard at `rp` with risk level `level` (null when not graded),
 * for the posts exposed (default: all posts of the riskPoint).
 */
export function effectiveControlLevel(doc: EnterpriseFile, rp: RiskPoint, level: RiskLevel | null, postIds: readonly string[] = rp.postIds): ControlLevel | null {
  if (!level) return null;
  return moveUp(doc.riskSettings.controlLevelMap[level], levelsAvailable(doc, rp, postIds));
}

/** The levels that control a hazard: its control level and every existing level below it (§9.1). */
export function controllingLevels(control: ControlLevel, available: readonly ControlLevel[]): ControlLevel[] {
  const from = CONTROL_LEVELS.indexOf(control);
  return CONTROL_LEVELS.filter((l, i) => i >= from && available.includes(l));
}
