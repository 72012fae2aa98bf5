/**
 * The three ways to reach a level (DESIGN §4 风险评价): LEC and LS scores, and direct
 * determination (直接判定) with a written reason; plus the major floor that every method obeys.
 */
import { AppError } from '../contract/errors';
import { RISK_LEVEL_ZH, type RiskLevel } from '../model/vocab';
import { allowedDisplay, allowedValues, type LecField, type LsField } from './scales';

/** LEC inputs: L, E, C, each one of the steps of LEC_SCALES. */
export interface LecInput {
  L: number;
  E: number;
  C: number;
}
/** LS inputs: L and S, integers 1–5 (LS_SCALES). */
export interface LsInput {
  L: number;
  S: number;
}

/**
 * Rounds a product of scale values to 6 decimals, removing binary float noise
 * (0.1 × 6 × 7 = 4.2000000000000002 → 4.2). Scale steps have at most one decimal, so products
 * have at most three and nothing real is lost.
 */
export function roundScore(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Throws when `value` is not a step of the method's scale.
 * @throws AppError E_RISK_OFF_SCALE `{ method, field, value, allowed: '0.1、0.2、…', allowedValues: [0.1, 0.2, …] }`.
 */
export function assertOnScale(method: 'LEC', field: LecField, value: unknown): asserts value is number;
export function assertOnScale(method: 'LS', field: LsField, value: unknown): asserts value is number;
export function assertOnScale(method: 'LEC' | 'LS', field: LecField | LsField, value: unknown): asserts value is number {
  const allowed = allowedValues(method, field);
  if (typeof value === 'number' && allowed.includes(value)) return;
  throw new AppError('E_RISK_OFF_SCALE', {
    method, field, value, allowed: allowedDisplay(method, field), allowedValues: allowed,
  });
}

/**
 * LEC score D = L × E × C (作业条件危险性评价法, domain-facts §4.2). Range 0.05–10000, no unit.
 * @throws AppError E_RISK_OFF_SCALE for the first of L, E, C that is not a step of LEC_SCALES.
 */
export function evaluateLec(input: LecInput): { score: number } {
  assertOnScale('LEC', 'L', input.L);
  assertOnScale('LEC', 'E', input.E);
  assertOnScale('LEC', 'C', input.C);
  return { score: roundScore(input.L * input.E * input.C) };
}

/**
 * LS score R = L × S (风险矩阵法, domain-facts §4.3). Range 1–25, no unit.
 * @throws AppError E_RISK_OFF_SCALE for the first of L, S that is not an integer 1–5.
 */
export function evaluateLs(input: LsInput): { score: number } {
  assertOnScale('LS', 'L', input.L);
  assertOnScale('LS', 'S', input.S);
  return { score: roundScore(input.L * input.S) };
}

/**
 * What is known about a hazard that fixes a minimum level:
 * - `majorHazardClause`: id of a 重大事故隐患判定标准 clause the hazard meets (e.g. 'mh2023.8.1',
 *   应急管理部令第10号; core/standards/majorHazards.ts);
 * - `majorHazardInstallation`: the hazard is at a 重大危险源 (major hazard installation).
 */
export interface RiskFacts {
  majorHazardClause?: string | null;
  majorHazardInstallation?: boolean | null;
}

/** Why the floor applies, or null when it does not. */
export function majorFloorBasis(facts: RiskFacts | undefined): 'majorHazardClause' | 'majorHazardInstallation' | null {
  if (!facts) return null;
  if (typeof facts.majorHazardClause === 'string' && facts.majorHazardClause.trim() !== '') return 'majorHazardClause';
  if (facts.majorHazardInstallation === true) return 'majorHazardInstallation';
  return null;
}

/**
 * The major floor (重大风险下限): a hazard that meets a major hidden-hazard clause or sits at a
 * major hazard installation is graded 重大 whatever its score. Provincial guidance commonly treats
 * such a hazard as a 重大风险 directly [M: practice, no national text found], and 安委办〔2016〕11号
 * puts the focus of control on major hazard installations and red areas (domain-facts §4.1 item 3;
 * the clauses of 应急管理部令第10号 are in §6).
 *
 * Decision for scored methods (LEC, LS): the level is RAISED, not refused. The score stays what
 * the assessor's L/E/C or L/S give, the level becomes major and `raisedByMajorFloor` is true, so
 * the register shows both the arithmetic and why the level differs from the band table. Refusing
 * would push assessors to inflate inputs until the band table yields 重大, which falsifies the
 * record. Direct determination, where the assessor states the level, is refused instead
 * (`directLevel`, E_RISK_MAJOR_FLOOR).
 */
export function applyMajorFloor(level: RiskLevel, facts: RiskFacts | undefined): { level: RiskLevel; raisedByMajorFloor: boolean } {
  if (level !== 'major' && majorFloorBasis(facts) !== null) return { level: 'major', raisedByMajorFloor: true };
  return { level, raisedByMajorFloor: false };
}

/** Minimum length of a direct-determination reason, in characters after trimming. */
export const DIRECT_REASON_MIN_CHARS = 4;

/**
 * Checks a direct-determination reason and returns it trimmed.
 * @throws AppError E_RISK_REASON_REQUIRED `{ field: 'reason', minLength: 4, length }`.
 */
export function checkDirectReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  const length = [...text].length;
  if (length < DIRECT_REASON_MIN_CHARS) {
    throw new AppError('E_RISK_REASON_REQUIRED', { field: 'reason', minLength: DIRECT_REASON_MIN_CHARS, length });
  }
  return text;
}

/**
 * Direct determination (直接判定): the assessor states the level and why (e.g. 符合重大事故隐患
 * 判定标准第…项, 发生过事故, 专家判定).
 * @returns the stated level.
 * @throws AppError E_RISK_REASON_REQUIRED when the trimmed reason has fewer than 4 characters;
 *   AppError E_RISK_MAJOR_FLOOR `{ level, required: 'major', basis, clause? }` when the hazard
 *   meets a major hidden-hazard clause or is a major hazard installation and the level is below
 *   重大 (see applyMajorFloor).
 */
export function directLevel(input: { level: RiskLevel; reason: string }, facts?: RiskFacts): RiskLevel {
  checkDirectReason(input.reason);
  assertMajorFloor(input.level, facts);
  return input.level;
}

/**
 * Refuses a stated level below the major floor.
 * @throws AppError E_RISK_MAJOR_FLOOR `{ level, levelZh, required: 'major', basis, clause? }`.
 */
export function assertMajorFloor(level: RiskLevel, facts: RiskFacts | undefined): void {
  const basis = majorFloorBasis(facts);
  if (basis === null || level === 'major') return;
  const details: Record<string, unknown> = { level, levelZh: RISK_LEVEL_ZH[level], required: 'major', basis };
  if (basis === 'majorHazardClause') details.clause = facts!.majorHazardClause!.trim();
  throw new AppError('E_RISK_MAJOR_FLOOR', details);
}
