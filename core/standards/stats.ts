/**
 * Counts of the standards data, as printed by `npx safepost standards --json`.
 */
import { CONFIDENCES, INDUSTRIES, type Confidence, type Industry } from '../model/vocab';
import { GB6441_1986_TO_2025 } from './accidentTypeMapping';
import { GB6441_1986_TYPES, GB6441_2025_TYPES } from './accidentTypes';
import { CURRENT_EDITION, EDITIONS, isPrintable, type EditionDesignation, type StandardTopic } from './editions';
import { EMERGENCY_TEMPLATES } from './emergency';
import { FACTOR_CODES } from './factorCodes';
import { MAJOR_HAZARD_CLAUSES } from './majorHazards';
import type { MajorHazardEdition } from './majorHazardSchema';
import { PPE } from './ppe';
import type { SignCategory } from './signIds';
import { signsOf, type SignEdition } from './signs';

export interface ClauseCounts {
  total: number;
  general: number;
  industry: number;
  /** Industry clauses per industry (industries without an article are 0). */
  byIndustry: Record<Industry, number>;
  special: number;
  bySpecial: { dust: number; ammonia: number; confined: number };
  /** Clauses whose number may be printed (confidence V/S); the rest are shown as 待核实. */
  printable: number;
}

export interface SignCounts {
  total: number;
  byCategory: Record<SignCategory, number>;
  /** Signs of the edition with a known code in that edition. */
  withCode: number;
}

/**
 * The shape printed by `safepost standards --json`. Edition keys are the designation strings.
 * ```
 * {
 *   editions: [{ designation, topic, title, inForce, replaces, confidence }],
 *   current: { accidentTypes: 'GB 6441-2025', factorCodes: 'GB/T 13861-2022', safetySigns: 'GB 2894-2025', majorHazards: '应急管理部令第10号' },
 *   accidentTypes: { 'GB 6441-1986': 20, 'GB 6441-2025': 27 },
 *   accidentTypeMapping: { rows: 20, needsChoice: number },
 *   factorCodes: { 'GB/T 13861-2022': { level1: 4, level2: number, level3: number, byConfidence: { V, S, M, '?' } } },
 *   majorHazardClauses: { '应急管理部令第10号': ClauseCounts, '安监总管四〔2017〕129号': ClauseCounts },
 *   signs: { 'GB 2894-2008': SignCounts, 'GB 2894-2025': SignCounts & { withdrawn: number; added: number } },
 *   ppe: number,
 *   emergencyTemplates: { total, accidentTypes, scenarios }
 * }
 * ```
 */
export interface StandardsStats {
  editions: { designation: EditionDesignation; topic: StandardTopic; title: string; inForce: string | null; replaces: string[]; confidence: Confidence }[];
  current: Record<StandardTopic, EditionDesignation>;
  accidentTypes: Record<'GB 6441-1986' | 'GB 6441-2025', number>;
  accidentTypeMapping: { rows: number; needsChoice: number };
  factorCodes: Record<'GB/T 13861-2022', { level1: number; level2: number; level3: number; byConfidence: Record<Confidence, number> }>;
  majorHazardClauses: Record<MajorHazardEdition, ClauseCounts>;
  signs: Record<'GB 2894-2008', SignCounts> & Record<'GB 2894-2025', SignCounts & { withdrawn: number; added: number }>;
  ppe: number;
  emergencyTemplates: { total: number; accidentTypes: number; scenarios: number };
}

function clauseCounts(edition: MajorHazardEdition): ClauseCounts {
  const cs = MAJOR_HAZARD_CLAUSES.filter((c) => c.edition === edition);
  const byIndustry = Object.fromEntries(INDUSTRIES.map((i) => [i, cs.filter((c) => c.industry === i).length])) as Record<Industry, number>;
  const special = (t: 'dust' | 'ammonia' | 'confined'): number => cs.filter((c) => c.special === t).length;
  return {
    total: cs.length,
    general: cs.filter((c) => c.group === 'general').length,
    industry: cs.filter((c) => c.group === 'industry').length,
    byIndustry,
    special: cs.filter((c) => c.group === 'special').length,
    bySpecial: { dust: special('dust'), ammonia: special('ammonia'), confined: special('confined') },
    printable: cs.filter((c) => isPrintable(c.confidence)).length,
  };
}

function signCounts(edition: SignEdition): SignCounts {
  const all = signsOf(edition);
  const byCategory = { prohibition: 0, warning: 0, mandatory: 0, information: 0 } as Record<SignCategory, number>;
  for (const s of all) byCategory[s.category] += 1;
  const withCode = all.filter((s) => s.editions.some((e) => e.edition === edition && e.code !== null)).length;
  return { total: all.length, byCategory, withCode };
}

/** Counts of every standards table (see StandardsStats for the shape). Pure; no I/O. */
export function standardsStats(): StandardsStats {
  const level = (n: 1 | 2 | 3): number => FACTOR_CODES.filter((f) => f.level === n).length;
  const byConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, FACTOR_CODES.filter((f) => f.confidence === c).length])) as Record<Confidence, number>;
  const signs2025 = signsOf('GB 2894-2025');
  return {
    editions: EDITIONS.map((e) => ({
      designation: e.designation, topic: e.topic, title: e.title, inForce: e.inForce, replaces: [...e.replaces], confidence: e.confidence,
    })),
    current: { ...CURRENT_EDITION },
    accidentTypes: { 'GB 6441-1986': GB6441_1986_TYPES.length, 'GB 6441-2025': GB6441_2025_TYPES.length },
    accidentTypeMapping: { rows: GB6441_1986_TO_2025.length, needsChoice: GB6441_1986_TO_2025.filter((r) => r.needsChoice).length },
    factorCodes: { 'GB/T 13861-2022': { level1: level(1), level2: level(2), level3: level(3), byConfidence } },
    majorHazardClauses: {
      应急管理部令第10号: clauseCounts('应急管理部令第10号'),
      '安监总管四〔2017〕129号': clauseCounts('安监总管四〔2017〕129号'),
    },
    signs: {
      'GB 2894-2008': signCounts('GB 2894-2008'),
      'GB 2894-2025': {
        ...signCounts('GB 2894-2025'),
        withdrawn: signsOf('GB 2894-2008').filter((s) => s.withdrawnIn === 'GB 2894-2025').length,
        added: signs2025.filter((s) => !s.editions.some((e) => e.edition === 'GB 2894-2008')).length,
      },
    },
    ppe: PPE.length,
    emergencyTemplates: {
      total: EMERGENCY_TEMPLATES.length,
      accidentTypes: EMERGENCY_TEMPLATES.filter((t) => t.kind === 'accident-type').length,
      scenarios: EMERGENCY_TEMPLATES.filter((t) => t.kind === 'scenario').length,
    },
  };
}
