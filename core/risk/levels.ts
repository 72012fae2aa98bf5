/**
 * Ranking of the four risk levels (重大 > 较大 > 一般 > 低, 安委办〔2016〕11号; domain-facts §4.1).
 * Every comparison of levels in core/risk goes through LEVEL_RANK, never through string order.
 */
import { RISK_LEVELS, type RiskLevel } from '../model/vocab';

/** Rank of a level: major 4 (red), high 3 (orange), medium 2 (yellow), low 1 (blue). */
export const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { major: 4, high: 3, medium: 2, low: 1 };

/**
 * Compares two levels by rank: negative when `a` is lower than `b`, 0 when equal, positive when
 * higher. As a sort comparator it orders lowest first; use `(a, b) => compareLevels(b, a)` for
 * highest first.
 */
export function compareLevels(a: RiskLevel, b: RiskLevel): number {
  return LEVEL_RANK[a] - LEVEL_RANK[b];
}

/**
 * The highest of the given levels; null and undefined are skipped (a hazard with no usable
 * assessment), so `maxLevel(...hazards.map(h => levelInUse(h).level))` gives a post's colour.
 * Returns null when no level is given.
 */
export function maxLevel(...levels: (RiskLevel | null | undefined)[]): RiskLevel | null {
  let best: RiskLevel | null = null;
  for (const l of levels) {
    if (l == null) continue;
    if (best === null || LEVEL_RANK[l] > LEVEL_RANK[best]) best = l;
  }
  return best;
}

/** True when `level` is at least `floor` (same level counts). */
export function isAtLeast(level: RiskLevel, floor: RiskLevel): boolean {
  return LEVEL_RANK[level] >= LEVEL_RANK[floor];
}

/** The levels, highest first (re-exported order of vocab.ts RISK_LEVELS). */
export const LEVELS_HIGH_FIRST: readonly RiskLevel[] = RISK_LEVELS;
