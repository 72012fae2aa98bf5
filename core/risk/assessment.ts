/**
 * 风险评价 records (DESIGN §4): one assessment = one hazard, one kind (固有 inherent / 残余
 * residual), one method (LEC / LS / direct), its inputs, score, the band table used, the level and
 * a status. Assessments are never edited into another meaning: a re-evaluation is a new record
 * and the old one stays as history (levelInUse picks the latest).
 *
 * Statuses:
 * - confirmed: checked inputs (on-scale values, a reason for direct), level from the band table
 *   and the major floor; the only status that drives colours and control levels first;
 * - draft: the same checks, but never used for any level (levelInUse ignores it);
 * - imported: taken from an old register — values, score and level kept as written, exempt from
 *   scale checks; used (marked 待复核) only while no confirmed assessment exists; confirming it
 *   requires on-scale values (confirmAssessment).
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { RiskLevelSchema, type RiskLevel } from '../model/vocab';
import { zodIssues } from '../model/zodIssues';
import {
  BandTableRefSchema, DEFAULT_BAND_TABLE_ID, bandTableRef, levelForScore, resolveBandTable, validateBandTable,
  type BandTable, type ScoredMethod,
} from './bandTable';
import {
  applyMajorFloor, assertMajorFloor, checkDirectReason, DIRECT_REASON_MIN_CHARS, evaluateLec, evaluateLs, roundScore,
  type RiskFacts,
} from './evaluate';
import { checkResidual } from './levelInUse';
import { allowedDisplay, allowedValues, isOnScale, type LecField, type LsField } from './scales';

export const ASSESSMENT_KINDS = ['inherent', 'residual'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const AssessmentKindSchema = z.enum(ASSESSMENT_KINDS);
export const ASSESSMENT_KIND_ZH: Record<AssessmentKind, string> = { inherent: '固有风险', residual: '残余风险' };

export const ASSESSMENT_STATUSES = ['confirmed', 'draft', 'imported'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export const ASSESSMENT_STATUS_ZH: Record<AssessmentStatus, string> = { confirmed: '已确认', draft: '草稿', imported: '导入' };

export const ASSESSMENT_METHODS = ['LEC', 'LS', 'direct'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];
export const AssessmentMethodSchema = z.enum(ASSESSMENT_METHODS);
export const ASSESSMENT_METHOD_ZH: Record<AssessmentMethod, string> = {
  LEC: '作业条件危险性评价法（LEC）', LS: '风险矩阵法（LS）', direct: '直接判定',
};

/** Where an imported assessment came from and what the source row said, verbatim. */
export const ImportedOriginSchema = z.object({
  source: z.object({ file: z.string(), sheet: z.string(), row: z.number().int().min(0) }),
  stored: z.object({
    L: z.number().optional(),
    E: z.number().optional(),
    C: z.number().optional(),
    S: z.number().optional(),
    score: z.number().optional(),
    levelText: z.string().optional(),
  }),
});
export type ImportedOrigin = z.infer<typeof ImportedOriginSchema>;

const commonFields = {
  id: z.string().trim().min(1),
  hazardId: z.string().trim().min(1),
  kind: AssessmentKindSchema,
  /** D (LEC) or R (LS), no unit; null for direct determination and for imports without a score. */
  score: z.number().nullable(),
  /** The band table used; null for direct determination and imports. */
  bandTable: BandTableRefSchema.nullable(),
  level: RiskLevelSchema,
  status: AssessmentStatusSchema,
  /** Who assessed (name as printed); may be ''. */
  assessor: z.string().max(100),
  /** Day of the assessment, YYYY-MM-DD. */
  date: z.iso.date(),
  /** When the record was made (ISO 8601 with offset); "latest" means latest createdAt. */
  createdAt: z.iso.datetime({ offset: true }),
  note: z.string().max(2000).optional(),
  /** The level was raised to 重大 by the major floor (applyMajorFloor); the score stays as computed. */
  raisedByMajorFloor: z.boolean().optional(),
  /** Provenance of an imported assessment (kept when it is later confirmed). */
  imported: ImportedOriginSchema.optional(),
};

export const LecAssessmentSchema = z.object({ ...commonFields, method: z.literal('LEC'), L: z.number(), E: z.number(), C: z.number() });
export const LsAssessmentSchema = z.object({ ...commonFields, method: z.literal('LS'), L: z.number(), S: z.number() });
export const DirectAssessmentSchema = z.object({ ...commonFields, method: z.literal('direct'), reason: z.string().max(1000) });

type AssessmentShape = z.infer<typeof LecAssessmentSchema> | z.infer<typeof LsAssessmentSchema> | z.infer<typeof DirectAssessmentSchema>;

function offScaleIssue(ctx: z.RefinementCtx, method: 'LEC' | 'LS', field: LecField | LsField, value: number): void {
  ctx.addIssue({
    code: 'custom', message: 'E_RISK_OFF_SCALE', path: [field],
    params: { method, field, value, allowed: allowedDisplay(method, field), allowedValues: allowedValues(method, field) },
  });
}

/**
 * Consistency rules on top of the shapes. Issues whose message is an error code carry params
 * (zodIssues()); the others carry a rule name.
 */
function checkConsistency(a: AssessmentShape, ctx: z.RefinementCtx): void {
  if (a.status === 'imported' && !a.imported) ctx.addIssue({ code: 'custom', message: 'imported-origin-required', path: ['imported'] });
  if (a.raisedByMajorFloor && a.level !== 'major') ctx.addIssue({ code: 'custom', message: 'raised-level-must-be-major', path: ['level'] });
  if (a.method === 'direct') {
    if (a.score !== null) ctx.addIssue({ code: 'custom', message: 'direct-has-no-score', path: ['score'] });
    if (a.bandTable !== null) ctx.addIssue({ code: 'custom', message: 'direct-has-no-band-table', path: ['bandTable'] });
    if (a.raisedByMajorFloor) ctx.addIssue({ code: 'custom', message: 'direct-is-never-raised', path: ['raisedByMajorFloor'] });
    if (a.status !== 'imported' && [...a.reason.trim()].length < DIRECT_REASON_MIN_CHARS) {
      ctx.addIssue({ code: 'custom', message: 'E_RISK_REASON_REQUIRED', path: ['reason'], params: { field: 'reason', minLength: DIRECT_REASON_MIN_CHARS } });
    }
    return;
  }
  if (a.status === 'imported') return; // values, score and level as written (DESIGN §4)
  let product: number;
  if (a.method === 'LEC') {
    let ok = true;
    for (const f of ['L', 'E', 'C'] as const) if (!isOnScale('LEC', f, a[f])) { offScaleIssue(ctx, 'LEC', f, a[f]); ok = false; }
    if (!ok) return;
    product = roundScore(a.L * a.E * a.C);
  } else {
    let ok = true;
    for (const f of ['L', 'S'] as const) if (!isOnScale('LS', f, a[f])) { offScaleIssue(ctx, 'LS', f, a[f]); ok = false; }
    if (!ok) return;
    product = roundScore(a.L * a.S);
  }
  if (a.score !== product) ctx.addIssue({ code: 'custom', message: 'score-mismatch', path: ['score'], params: { expected: product } });
  if (a.bandTable === null) ctx.addIssue({ code: 'custom', message: 'band-table-required', path: ['bandTable'] });
}

/**
 * An assessment, discriminated on `method`:
 * common `{ id, hazardId, kind, score, bandTable, level, status, assessor, date, createdAt, note?,
 * raisedByMajorFloor?, imported? }` plus `{ method: 'LEC', L, E, C }` | `{ method: 'LS', L, S }` |
 * `{ method: 'direct', reason }`. Confirmed and draft records must be on-scale with
 * score = the product; imported records are exempt.
 */
export const AssessmentSchema = z.discriminatedUnion('method', [LecAssessmentSchema, LsAssessmentSchema, DirectAssessmentSchema])
  .superRefine(checkConsistency);
export type Assessment = z.infer<typeof AssessmentSchema>;
export type LecAssessment = Extract<Assessment, { method: 'LEC' }>;
export type LsAssessment = Extract<Assessment, { method: 'LS' }>;
export type DirectAssessment = Extract<Assessment, { method: 'direct' }>;

interface InputCommon {
  hazardId: string;
  kind: AssessmentKind;
  /** Default 'confirmed'. */
  status?: 'confirmed' | 'draft';
  assessor?: string;
  /** YYYY-MM-DD. */
  date: string;
  note?: string;
}
/** What a form gives to buildAssessment. `bandTableId` defaults to the preset of the method. */
export type AssessmentInput =
  | (InputCommon & { method: 'LEC'; L: number; E: number; C: number; bandTableId?: string })
  | (InputCommon & { method: 'LS'; L: number; S: number; bandTableId?: string })
  | (InputCommon & { method: 'direct'; level: RiskLevel; reason: string });

export interface AssessmentContext {
  /** Id of the new record (from the injected generator). */
  id: string;
  /** ISO datetime of the record. */
  createdAt: string;
  /** The enterprise's band tables (all versions); the highest version of the chosen id is used. */
  bandTables: readonly BandTable[];
  /** Facts of the hazard that fix the major floor. */
  facts?: RiskFacts;
  /** When building a residual: the inherent assessment in use, checked with checkResidual. */
  inherent?: Assessment | null;
  /** When building an inherent: the residual assessment in use, checked with checkResidual. */
  residual?: Assessment | null;
}

/**
 * The table a scored assessment uses: highest version of `tableId` (default: the method's preset).
 * @throws AppError E_NOT_FOUND (no such table), E_BAND_TABLE_INVALID (invalid table, or
 *   `{ problem: 'method-mismatch', tableId, expected, actual }`).
 */
export function tableForMethod(tables: readonly BandTable[], method: ScoredMethod, tableId?: string): BandTable {
  const t = validateBandTable(resolveBandTable(tables, { id: tableId ?? DEFAULT_BAND_TABLE_ID[method] }));
  if (t.method !== method) throw new AppError('E_BAND_TABLE_INVALID', { problem: 'method-mismatch', tableId: t.id, expected: method, actual: t.method });
  return t;
}

/** Validates a finished record. @throws AppError E_INVALID_ARGUMENT `{ issues }`. */
function finish(candidate: unknown): Assessment {
  const parsed = AssessmentSchema.safeParse(candidate);
  if (!parsed.success) throw new AppError('E_INVALID_ARGUMENT', { issues: zodIssues(parsed.error) });
  return parsed.data;
}

function pairCheck(a: Assessment, ctx: { inherent?: Assessment | null; residual?: Assessment | null }): void {
  if (a.kind === 'residual' && ctx.inherent) checkResidual(a, ctx.inherent);
  if (a.kind === 'inherent' && ctx.residual) checkResidual(ctx.residual, a);
}

/**
 * Builds a confirmed (or draft) assessment from a form: computes the score (LEC D = L·E·C, LS
 * R = L·S), the level from the band table, then the major floor (raised, `raisedByMajorFloor`);
 * direct determination checks the reason and refuses a level below the floor.
 * @returns a validated Assessment (`bandTable` = `{id, version}` of the table used).
 * @throws AppError E_RISK_OFF_SCALE, E_RISK_REASON_REQUIRED, E_RISK_MAJOR_FLOOR,
 *   E_RISK_RESIDUAL_ABOVE_INHERENT (with ctx.inherent / ctx.residual), E_NOT_FOUND /
 *   E_BAND_TABLE_INVALID (table), E_INVALID_ARGUMENT `{ issues }` (ids, date, createdAt…).
 */
export function buildAssessment(input: AssessmentInput, ctx: AssessmentContext): Assessment {
  const common = {
    id: ctx.id,
    hazardId: input.hazardId,
    kind: input.kind,
    status: input.status ?? 'confirmed',
    assessor: (input.assessor ?? '').trim(),
    date: input.date,
    createdAt: ctx.createdAt,
    ...(input.note !== undefined && input.note.trim() !== '' ? { note: input.note.trim() } : {}),
  };
  let candidate: Record<string, unknown>;
  if (input.method === 'direct') {
    const reason = checkDirectReason(input.reason);
    assertMajorFloor(input.level, ctx.facts);
    candidate = { ...common, method: 'direct', reason, score: null, bandTable: null, level: input.level };
  } else {
    const table = tableForMethod(ctx.bandTables, input.method, input.bandTableId);
    const { score } = input.method === 'LEC' ? evaluateLec(input) : evaluateLs(input);
    const floored = applyMajorFloor(levelForScore(table, score), ctx.facts);
    const values = input.method === 'LEC' ? { L: input.L, E: input.E, C: input.C } : { L: input.L, S: input.S };
    candidate = {
      ...common, method: input.method, ...values, score, bandTable: bandTableRef(table), level: floored.level,
      ...(floored.raisedByMajorFloor ? { raisedByMajorFloor: true } : {}),
    };
  }
  const a = finish(candidate);
  pairCheck(a, ctx);
  return a;
}

/** Values an assessor may correct while confirming (e.g. an imported L of 0.8 → 1). */
export interface ConfirmChanges {
  L?: number;
  E?: number;
  C?: number;
  S?: number;
  level?: RiskLevel;
  reason?: string;
  note?: string;
}

export interface ConfirmContext {
  /** ISO datetime of the confirmation: the confirmed record's createdAt (so it counts as latest). */
  createdAt: string;
  bandTables: readonly BandTable[];
  facts?: RiskFacts;
  /** Id of the confirmed record; default: the same id (a draft replaced in place). Pass a new id
   *  to keep an imported record as history next to its confirmation. */
  id?: string;
  assessor?: string;
  date?: string;
  /** Table to grade with; default: the record's table id, else the method's preset (highest version). */
  bandTableId?: string;
  changes?: ConfirmChanges;
  inherent?: Assessment | null;
  residual?: Assessment | null;
}

/**
 * Confirms a draft or imported assessment: re-runs every check of buildAssessment on its inputs
 * (with `changes` applied), grading scored methods with the table in force. An imported record's
 * provenance (`imported`) is kept on the confirmed one.
 * @throws AppError E_INVALID_ARGUMENT `{ field: 'status', value: 'confirmed' }` when already
 *   confirmed; otherwise as buildAssessment (E_RISK_OFF_SCALE for imported values off the scale…).
 */
export function confirmAssessment(a: Assessment, ctx: ConfirmContext): Assessment {
  if (a.status === 'confirmed') throw new AppError('E_INVALID_ARGUMENT', { field: 'status', value: 'confirmed' });
  const ch = ctx.changes ?? {};
  const common = {
    hazardId: a.hazardId,
    kind: a.kind,
    status: 'confirmed' as const,
    assessor: ctx.assessor ?? a.assessor,
    date: ctx.date ?? a.date,
    ...((ch.note ?? a.note) ? { note: ch.note ?? a.note } : {}),
  };
  let input: AssessmentInput;
  if (a.method === 'direct') {
    input = { ...common, method: 'direct', level: ch.level ?? a.level, reason: ch.reason ?? a.reason };
  } else {
    const bandTableId = ctx.bandTableId ?? a.bandTable?.id;
    const tableOpt = bandTableId !== undefined ? { bandTableId } : {};
    input = a.method === 'LEC'
      ? { ...common, method: 'LEC', L: ch.L ?? a.L, E: ch.E ?? a.E, C: ch.C ?? a.C, ...tableOpt }
      : { ...common, method: 'LS', L: ch.L ?? a.L, S: ch.S ?? a.S, ...tableOpt };
  }
  const built = buildAssessment(input, {
    id: ctx.id ?? a.id, createdAt: ctx.createdAt, bandTables: ctx.bandTables, facts: ctx.facts,
    inherent: ctx.inherent, residual: ctx.residual,
  });
  return a.imported ? finish({ ...built, imported: a.imported }) : built;
}

interface ImportedCommon {
  hazardId: string;
  kind: AssessmentKind;
  /** The level as the source register wrote it (mapped from `stored.levelText` by the importer). */
  level: RiskLevel;
  /** The score as written, if any. */
  score?: number | null;
  assessor?: string;
  date: string;
  note?: string;
  source: ImportedOrigin['source'];
  stored: ImportedOrigin['stored'];
}
/** What the register import gives: values as written, not checked against the scales. */
export type ImportedAssessmentInput =
  | (ImportedCommon & { method: 'LEC'; L: number; E: number; C: number })
  | (ImportedCommon & { method: 'LS'; L: number; S: number })
  | (ImportedCommon & { method: 'direct'; reason?: string });

/**
 * Builds an imported assessment: status 'imported', values, score and level kept as written,
 * no band table, no scale check, no major floor (it shows as 待复核 until confirmed).
 * @throws AppError E_INVALID_ARGUMENT `{ issues }` for a malformed record (non-finite numbers,
 *   bad date…).
 */
export function buildImportedAssessment(input: ImportedAssessmentInput, ctx: { id: string; createdAt: string }): Assessment {
  const base = {
    id: ctx.id,
    hazardId: input.hazardId,
    kind: input.kind,
    status: 'imported',
    assessor: (input.assessor ?? '').trim(),
    date: input.date,
    createdAt: ctx.createdAt,
    level: input.level,
    bandTable: null,
    imported: { source: input.source, stored: input.stored },
    ...(input.note !== undefined && input.note.trim() !== '' ? { note: input.note.trim() } : {}),
  };
  if (input.method === 'direct') return finish({ ...base, method: 'direct', reason: (input.reason ?? '').trim(), score: null });
  const values = input.method === 'LEC' ? { L: input.L, E: input.E, C: input.C } : { L: input.L, S: input.S };
  return finish({ ...base, method: input.method, ...values, score: input.score ?? null });
}

/** The `{method, ...values}` of a scored assessment as an evaluator input, or null for direct. */
export function scoredInputs(a: Assessment): { method: 'LEC'; L: number; E: number; C: number } | { method: 'LS'; L: number; S: number } | null {
  if (a.method === 'LEC') return { method: 'LEC', L: a.L, E: a.E, C: a.C };
  if (a.method === 'LS') return { method: 'LS', L: a.L, S: a.S };
  return null;
}
