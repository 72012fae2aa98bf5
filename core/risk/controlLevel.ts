/**
 * 管控层级 by risk level: which org level owns the control of each grade. Data per enterprise.
 *
 * Sources (domain-facts §9.1 [S/M]): 安委办〔2016〕11号 asks that control duties be assigned down to
 * enterprise, workshop, team and post; there is NO single national table mapping grades to levels.
 * SafePost's default maps one grade to one level (重大→企业, 较大→车间, 一般→班组, 低→岗位); the
 * "layered" preset follows the common practice table of §9.1 (重大 and 较大 at company level, 一般
 * at workshop, 低 at team/post). Lower levels also control every risk owned by a higher level
 * (§9.1, §4.4) — that is the duties module's job, not this map's.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { CONTROL_LEVELS, CONTROL_LEVEL_ZH, ControlLevelSchema, RISK_LEVELS, RISK_LEVEL_SHORT_ZH, type ControlLevel, type RiskLevel } from '../model/vocab';
import { LEVEL_RANK } from './levels';

/** Record<RiskLevel, ControlLevel>: all four grades required. */
export const ControlLevelMapSchema = z.object({
  major: ControlLevelSchema,
  high: ControlLevelSchema,
  medium: ControlLevelSchema,
  low: ControlLevelSchema,
});
export type ControlLevelMap = Record<RiskLevel, ControlLevel>;

export const CONTROL_PRESET_IDS = ['default', 'layered'] as const;
export type ControlPresetId = (typeof CONTROL_PRESET_IDS)[number];

/** The two shipped maps (domain-facts §9.1). Read-only: copy before editing. */
export const CONTROL_PRESETS: Readonly<Record<ControlPresetId, Readonly<ControlLevelMap>>> = {
  default: { major: 'enterprise', high: 'workshop', medium: 'team', low: 'post' },
  layered: { major: 'enterprise', high: 'enterprise', medium: 'workshop', low: 'team' },
};

export const CONTROL_PRESET_NAMES_ZH: Readonly<Record<ControlPresetId | 'custom', string>> = {
  default: '逐级对应（重大→企业，较大→车间，一般→班组，低→岗位）',
  layered: '企业为主（重大、较大→企业，一般→车间，低→班组）',
  custom: '自定义',
};

/** Printed under the choice: where the presets come from. */
export const CONTROL_PRESET_NOTE_ZH =
  '国家未规定统一的风险等级与管控层级对应表。默认方案按企业、车间、班组、岗位逐级对应；'
  + '“企业为主”方案参照常见做法，较大风险由企业（部门）管控。上级管控的风险，下级同样须管控。';

/**
 * Validates a control-level map.
 * @returns the parsed map.
 * @throws AppError E_CONTROL_MAP_INCOMPLETE `{ missing: RiskLevel[], invalid: RiskLevel[],
 *   allowed: ControlLevel[] }` when a grade is absent or mapped to an unknown level.
 */
export function validateControlLevelMap(m: unknown): ControlLevelMap {
  const parsed = ControlLevelMapSchema.safeParse(m);
  if (parsed.success) return parsed.data;
  const obj = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>;
  const missing = RISK_LEVELS.filter((l) => obj[l] === undefined || obj[l] === null);
  const invalid = RISK_LEVELS.filter((l) => !missing.includes(l) && !ControlLevelSchema.safeParse(obj[l]).success);
  throw new AppError('E_CONTROL_MAP_INCOMPLETE', { missing, invalid, allowed: [...CONTROL_LEVELS] });
}

/** The control level of a grade under a map. */
export function controlLevelFor(map: ControlLevelMap, level: RiskLevel): ControlLevel {
  return map[level];
}

/** The preset a map equals, or 'custom'. */
export function presetOf(map: ControlLevelMap): ControlPresetId | 'custom' {
  for (const id of CONTROL_PRESET_IDS) if (RISK_LEVELS.every((l) => CONTROL_PRESETS[id][l] === map[l])) return id;
  return 'custom';
}

/** A fresh copy of a preset map. */
export function controlPresetMap(id: ControlPresetId): ControlLevelMap {
  return { ...CONTROL_PRESETS[id] };
}

/** Rank of a control level: enterprise 4 … post 1 (CONTROL_LEVELS is highest first). */
const CONTROL_RANK = Object.fromEntries(CONTROL_LEVELS.map((c, i) => [c, CONTROL_LEVELS.length - i])) as Record<ControlLevel, number>;

/**
 * Pairs of grades where the higher risk is owned by a LOWER control level than a lesser risk
 * (e.g. 一般→企业 but 重大→班组). Not an error — a warning the settings screen shows.
 */
export function controlMapInversions(map: ControlLevelMap): { higher: RiskLevel; lower: RiskLevel }[] {
  const out: { higher: RiskLevel; lower: RiskLevel }[] = [];
  for (const h of RISK_LEVELS) {
    for (const l of RISK_LEVELS) {
      if (LEVEL_RANK[h] > LEVEL_RANK[l] && CONTROL_RANK[map[h]] < CONTROL_RANK[map[l]]) out.push({ higher: h, lower: l });
    }
  }
  return out;
}

/** Lines as printed: '重大 → 企业', … highest grade first. */
export function describeControlMap(map: ControlLevelMap): string[] {
  return RISK_LEVELS.map((l) => `${RISK_LEVEL_SHORT_ZH[l]} → ${CONTROL_LEVEL_ZH[map[l]]}`);
}
