/**
 * Risk-evaluation edits (风险评价) as pure functions: evaluate a hazard (inherent or residual, by
 * LEC, LS or direct determination), confirm a draft or imported assessment, delete a draft, and
 * change the enterprise's risk settings (method, band tables — listing the impact first and
 * recomputing as new assessments — and the control level by grade).
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { buildAssessment, confirmAssessment, type Assessment, type AssessmentInput } from '../risk/assessment';
import { BandTableSchema, resolveBandTable, type BandTable } from '../risk/bandTable';
import { ControlLevelMapSchema, controlPresetMap } from '../risk/controlLevel';
import { latestOf, levelInUse } from '../risk/levelInUse';
import { bandTableChangeImpact, recomputeWithTable, type BandTableImpact } from '../risk/recompute';
import { addBandTableVersion, parseRiskSettings, type RiskSettings } from '../risk/settings';
import type { RiskFacts } from '../risk/evaluate';
import type { EnterpriseFile } from './enterpriseFile';
import type { Hazard } from './hazards';
import type { IdGen } from './ids';
import { RiskLevelSchema } from './vocab';

const Id = z.string().min(1).max(64);
const Date = z.iso.date();
const num = z.number().finite();

export const EvaluationInputSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('LEC'), L: num, E: num, C: num }),
  z.object({ method: z.literal('LS'), L: num, S: num }),
  z.object({ method: z.literal('direct'), level: RiskLevelSchema, reason: z.string().max(1000) }),
]);
export type EvaluationInput = z.infer<typeof EvaluationInputSchema>;

export const RiskOpSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('evaluate'),
    hazardId: Id,
    kind: z.enum(['inherent', 'residual']),
    input: EvaluationInputSchema,
    status: z.enum(['confirmed', 'draft']),
    date: Date.optional(),
    note: z.string().max(2000).optional(),
  }),
  z.object({ op: z.literal('confirm'), assessmentId: Id }),
  z.object({ op: z.literal('deleteDraft'), assessmentId: Id }),
  z.object({ op: z.literal('setMethod'), method: z.enum(['LEC', 'LS']) }),
  z.object({ op: z.literal('addBandTable'), table: BandTableSchema }),
  /** Chooses the table for its method and recomputes the latest confirmed assessments that change. */
  z.object({ op: z.literal('useBandTable'), tableId: z.string().min(1).max(64) }),
  z.object({ op: z.literal('setControlPreset'), preset: z.enum(['default', 'layered']) }),
  z.object({ op: z.literal('setControlMap'), map: ControlLevelMapSchema }),
]);
export type RiskOp = z.infer<typeof RiskOpSchema>;

export interface RiskOpContext {
  newId: IdGen;
  now: string;
  /** YYYY-MM-DD in the user's time zone (evaluation date). */
  today: string;
  assessor: string;
}

/**
 * Facts for the major floor. A hazard related to a major hidden-hazard clause describes the
 * clause's condition, so its INHERENT risk (without controls) is at least 重大; the residual risk
 * is graded on its own (the controls remove the condition). Direct determination checks the floor
 * for the inherent kind in the same way.
 */
export function factsOf(h: Hazard | undefined, kind: 'inherent' | 'residual' = 'inherent'): RiskFacts {
  return kind === 'inherent' ? { majorHazardClause: h?.majorHazardClause ?? null } : {};
}

function hazard(doc: EnterpriseFile, id: string): Hazard {
  const h = doc.hazards.find((x) => x.id === id);
  if (!h) throw new AppError('E_NOT_FOUND', { kind: 'hazard', id });
  return h;
}

/** The confirmed-or-imported assessment of the other kind in use, for the residual ≤ inherent check. */
function pair(doc: EnterpriseFile, hazardId: string, kind: 'inherent' | 'residual'): Assessment | null {
  const mine = doc.assessments.filter((a) => a.hazardId === hazardId);
  return latestOf(mine, kind, 'confirmed');
}

/** The table a scored evaluation uses: the enterprise's chosen table for the method. */
function tableId(s: RiskSettings, method: 'LEC' | 'LS'): string {
  return method === 'LEC' ? s.lecTableId : s.lsTableId;
}

/** What choosing a table would change (listed before anything is recomputed). */
export function bandTableImpact(doc: EnterpriseFile, id: string): BandTableImpact[] {
  const table = resolveBandTable(doc.riskSettings.bandTables, { id });
  const byId = new Map(doc.hazards.map((h) => [h.id, h]));
  // the floor applies to inherent records only (factsOf), so the two kinds are graded apart
  const kind = (k: 'inherent' | 'residual') =>
    bandTableChangeImpact(doc.assessments.filter((a) => a.kind === k), table, (hid) => factsOf(byId.get(hid), k));
  return [...kind('inherent'), ...kind('residual')];
}

/**
 * @throws AppError as buildAssessment / confirmAssessment (E_RISK_OFF_SCALE, E_RISK_REASON_REQUIRED,
 *   E_RISK_MAJOR_FLOOR, E_RISK_RESIDUAL_ABOVE_INHERENT …), E_NOT_FOUND, E_BAND_TABLE_INVALID,
 *   E_CONTROL_MAP_INCOMPLETE.
 */
export function applyRiskOp(input: EnterpriseFile, op: RiskOp, ctx: RiskOpContext): EnterpriseFile {
  const doc = structuredClone(input);
  const s = doc.riskSettings;
  switch (op.op) {
    case 'evaluate': {
      const h = hazard(doc, op.hazardId);
      const common = { hazardId: h.id, kind: op.kind, status: op.status, assessor: ctx.assessor, date: op.date ?? ctx.today, ...(op.note ? { note: op.note } : {}) };
      const i = op.input;
      const built: AssessmentInput =
        i.method === 'direct'
          ? { ...common, method: 'direct', level: i.level, reason: i.reason }
          : i.method === 'LEC'
            ? { ...common, method: 'LEC', L: i.L, E: i.E, C: i.C, bandTableId: tableId(s, 'LEC') }
            : { ...common, method: 'LS', L: i.L, S: i.S, bandTableId: tableId(s, 'LS') };
      const a = buildAssessment(built, {
        id: ctx.newId('as'),
        createdAt: ctx.now,
        bandTables: s.bandTables,
        facts: factsOf(h, op.kind),
        ...(op.status === 'confirmed' ? (op.kind === 'residual' ? { inherent: pair(doc, h.id, 'inherent') } : { residual: pair(doc, h.id, 'residual') }) : {}),
      });
      // A new draft replaces an older draft of the same hazard and kind (drafts are work in progress).
      doc.assessments = doc.assessments.filter((x) => !(x.status === 'draft' && x.hazardId === h.id && x.kind === op.kind));
      doc.assessments.push(a);
      return doc;
    }
    case 'confirm': {
      const i = doc.assessments.findIndex((a) => a.id === op.assessmentId);
      if (i < 0) throw new AppError('E_NOT_FOUND', { kind: 'assessment', id: op.assessmentId });
      const a = doc.assessments[i]!;
      const h = hazard(doc, a.hazardId);
      const scored = a.method === 'direct' ? {} : { bandTableId: tableId(s, a.method) };
      const confirmed = confirmAssessment(a, {
        createdAt: ctx.now,
        bandTables: s.bandTables,
        facts: factsOf(h, a.kind),
        assessor: ctx.assessor || a.assessor,
        date: ctx.today,
        ...scored,
        // an imported record stays as history next to its confirmation
        ...(a.status === 'imported' ? { id: ctx.newId('as') } : {}),
        ...(a.kind === 'residual' ? { inherent: pair(doc, h.id, 'inherent') } : { residual: pair(doc, h.id, 'residual') }),
      });
      if (a.status === 'imported') doc.assessments.push(confirmed);
      else doc.assessments[i] = confirmed;
      return doc;
    }
    case 'deleteDraft': {
      const a = doc.assessments.find((x) => x.id === op.assessmentId);
      if (!a) throw new AppError('E_NOT_FOUND', { kind: 'assessment', id: op.assessmentId });
      if (a.status !== 'draft') throw new AppError('E_INVALID_ARGUMENT', { field: 'status', value: a.status });
      doc.assessments = doc.assessments.filter((x) => x.id !== a.id);
      return doc;
    }
    case 'setMethod':
      doc.riskSettings = parseRiskSettings({ ...s, defaultMethod: op.method });
      return doc;
    case 'addBandTable': {
      // A new version of the table in force changes levels: it is recomputed like a new choice.
      const selected = tableId(s, op.table.method);
      const added = addBandTableVersion(s, op.table);
      doc.riskSettings = parseRiskSettings({ ...added.settings, lecTableId: s.lecTableId, lsTableId: s.lsTableId });
      return added.table.id === selected ? useTable(doc, selected, ctx) : doc;
    }
    case 'useBandTable':
      return useTable(doc, op.tableId, ctx);
    case 'setControlPreset':
      doc.riskSettings = parseRiskSettings({ ...s, controlPreset: op.preset, controlLevelMap: controlPresetMap(op.preset) });
      return doc;
    case 'setControlMap':
      doc.riskSettings = parseRiskSettings({ ...s, controlPreset: 'custom', controlLevelMap: op.map });
      return doc;
  }
}

/** Chooses a table for its method and recomputes the latest confirmed assessments it changes (new records). */
function useTable(doc: EnterpriseFile, id: string, ctx: RiskOpContext): EnterpriseFile {
  const table: BandTable = resolveBandTable(doc.riskSettings.bandTables, { id });
  const impact = bandTableImpact(doc, id);
  doc.riskSettings = parseRiskSettings({ ...doc.riskSettings, [table.method === 'LEC' ? 'lecTableId' : 'lsTableId']: table.id });
  const byId = new Map(doc.assessments.map((a) => [a.id, a]));
  for (const imp of impact) {
    const old = byId.get(imp.assessmentId)!;
    doc.assessments.push(recomputeWithTable(old, table, { id: ctx.newId('as'), createdAt: ctx.now, assessor: ctx.assessor, date: ctx.today, facts: factsOf(doc.hazards.find((h) => h.id === old.hazardId), old.kind) }));
  }
  return doc;
}

/** The level in use of a hazard (DESIGN §4), from its assessments. */
export function hazardLevel(doc: EnterpriseFile, hazardId: string) {
  return levelInUse(doc.assessments.filter((a) => a.hazardId === hazardId));
}
