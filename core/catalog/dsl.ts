/**
 * A compact way of writing library entries (authoring only): short keys and tuples that
 * `section()` expands into full, schema-checked LibraryEntry objects. Keeps the data files
 * readable and small; nothing outside core/catalog/entries uses it.
 */
import { GB6441_2025_CODES, type AccidentTypeName2025 } from '../standards/accidentTypeCodes';
import type { CheckMethod, Confidence, ControlLevel, Industry, MeasureKind, SpecialFlag } from '../model/vocab';
import type { Basis, LibraryEntry, LibraryMeasure } from './schema';

type KindZh = '工程' | '管理' | '培训' | '防护' | '应急';
type MethodZh = '看' | '测' | '问' | '查';
type LevelZh = '企业' | '车间' | '班组' | '岗位';

/** [kind, measure text, check text (what an inspector verifies), method, default control level]. */
export type MeasureSpec = readonly [KindZh, string, string, MethodZh, LevelZh];

export interface EntrySpec {
  /** Id without the 'lib.' prefix, e.g. 'jx.cy.01'. Stable once published. */
  id: string;
  /** 场所/环节/部位. */
  place: string;
  /** 较大危险因素. */
  hazard: string;
  /** GB/T 13861-2022 code. */
  fc: string;
  /** GB 6441-2025 type names. */
  at: readonly AccidentTypeName2025[];
  /** Typical consequence. */
  cq: string;
  m: readonly MeasureSpec[];
  /** Standard or regulation names; a tuple adds a verified clause and its confidence. */
  basis: readonly (string | readonly [ref: string, clause: string | undefined, conf: Confidence])[];
  /** Sign slugs (without 'sign.'), see core/standards/signIds.ts. */
  signs?: readonly string[];
  /** PPE slugs (without 'ppe.'), see core/standards/ppeIds.ts. */
  ppe?: readonly string[];
  /** Suggested LEC [L, E, C] on the standard scales; the enterprise must confirm it. */
  lec?: readonly [number, number, number];
  /** Post-name / job-content keywords that make the entry relevant. */
  post?: readonly string[];
  /** Equipment keywords. */
  equip?: readonly string[];
  flags?: readonly SpecialFlag[];
  /** Overrides the section's industries. */
  industries?: readonly Industry[];
  /** Major hidden-hazard clause id, e.g. 'mh2023.11.3'. */
  mh?: string;
  conf?: Confidence;
}

export interface SectionDefaults {
  industries: readonly Industry[];
  flags?: readonly SpecialFlag[];
  conf?: Confidence;
}

const KIND: Record<KindZh, MeasureKind> = { 工程: 'engineering', 管理: 'management', 培训: 'training', 防护: 'ppe', 应急: 'emergency' };
const METHOD: Record<MethodZh, CheckMethod> = { 看: 'look', 测: 'measure', 问: 'ask', 查: 'records' };
const LEVEL: Record<LevelZh, ControlLevel> = { 企业: 'enterprise', 车间: 'workshop', 班组: 'team', 岗位: 'post' };

function measure([k, text, check, method, level]: MeasureSpec): LibraryMeasure {
  return { kind: KIND[k], text, check, method: METHOD[method], level: LEVEL[level] };
}

function basis(b: EntrySpec['basis'][number]): Basis {
  if (typeof b === 'string') return { ref: b, confidence: 'S' };
  const [ref, clause, confidence] = b;
  return clause ? { ref, clause, confidence } : { ref, confidence };
}

/**
 * Expands the entries of one section. Throws on an unknown accident-type name (a typo must
 * fail at load, not print). Schema validation of the result is done by the library loader.
 */
export function section(path: string, defaults: SectionDefaults, specs: readonly EntrySpec[]): LibraryEntry[] {
  return specs.map((s) => {
    const accidentTypes = s.at.map((name) => {
      const code = GB6441_2025_CODES[name];
      if (!code) throw new Error(`library ${s.id}: unknown GB 6441-2025 type '${name}'`);
      return code;
    });
    const entry: LibraryEntry = {
      id: `lib.${s.id}`,
      section: path,
      place: s.place,
      hazard: s.hazard,
      factorCode: s.fc,
      accidentTypes,
      consequence: s.cq,
      measures: s.m.map(measure),
      basis: s.basis.map(basis),
      signIds: (s.signs ?? []).map((x) => `sign.${x}`),
      ppeIds: (s.ppe ?? []).map((x) => `ppe.${x}`),
      applicability: {
        industries: [...(s.industries ?? defaults.industries)],
        postKeywords: [...(s.post ?? [])],
        equipmentKeywords: [...(s.equip ?? [])],
        flags: [...(s.flags ?? defaults.flags ?? [])],
      },
      confidence: s.conf ?? defaults.conf ?? 'M',
    };
    if (s.lec) entry.suggestedLec = { L: s.lec[0], E: s.lec[1], C: s.lec[2] };
    if (s.mh) entry.majorHazardClause = s.mh;
    return entry;
  });
}

/** Every industry: for common sections. */
export const ALL_INDUSTRIES: readonly Industry[] = [
  'metallurgy', 'nonferrous', 'building-materials', 'machinery', 'light', 'textile', 'tobacco', 'commerce', 'other',
];
