/**
 * Edits of the duties section as pure functions: (document, op) → next document. Bad input is
 * refused with a clear code and nothing changes:
 * - an override naming a person who does not exist → E_OWNER_NOT_FOUND `{ personId }`;
 * - an override at a level the hazard does not have → E_INVALID_ARGUMENT `{ field: 'level' }`;
 * - a frequency of zero (or not an integer 1–12, or an unknown period) → E_FREQUENCY_INVALID;
 * - a control-level map that leaves a grade without a level → E_CONTROL_MAP_INCOMPLETE.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import type { EnterpriseFile } from '../model/enterpriseFile';
import { applyRiskOp, type RiskOpContext } from '../model/riskOps';
import { ControlLevelSchema, type ControlLevel } from '../model/vocab';
import { validateControlLevelMap } from '../risk/controlLevel';
import { buildChecklists } from './checklists';
import { levelsOfScope, scopeOfHazard } from './controlLevel';
import { SeasonSchema, SpecialistTopicSchema, validateFrequency } from './settings';

const Id = z.string().min(1).max(64);
/** Loosely typed on purpose: the values are checked by validateFrequency (E_FREQUENCY_INVALID). */
const FrequencyInput = z.object({ every: z.number(), period: z.string().max(20) });
const ItemKey = z.string().min(3).max(200);

export const DutyOpSchema = z.discriminatedUnion('op', [
  /** Names the owners of one hazard at one level (replaces the role holders of that level). */
  z.object({ op: z.literal('setOwners'), hazardId: Id, level: ControlLevelSchema, personIds: z.array(Id).min(1).max(20) }),
  /** Back to the role holders. */
  z.object({ op: z.literal('clearOwners'), hazardId: Id, level: ControlLevelSchema }),
  z.object({ op: z.literal('setRoutineFrequency'), level: ControlLevelSchema, frequency: FrequencyInput }),
  z.object({ op: z.literal('setSpecialist'), topic: SpecialistTopicSchema, enabled: z.boolean().optional(), frequency: FrequencyInput.optional() }),
  z.object({ op: z.literal('setSeasonal'), season: SeasonSchema, enabled: z.boolean() }),
  z.object({ op: z.literal('setPreHoliday'), enabled: z.boolean() }),
  z.object({ op: z.literal('setBlankRows'), count: z.number().int().min(0).max(20) }),
  /** Replaces the generated text of one checklist item. */
  z.object({ op: z.literal('setItemText'), key: ItemKey, text: z.string().trim().min(2).max(300) }),
  z.object({ op: z.literal('resetItemText'), key: ItemKey }),
  /** Removes text edits that no longer match their item (listed as stale). */
  z.object({ op: z.literal('dropStaleTexts') }),
  /** The control level by grade (stored in riskSettings; here so the duties screen can change it). */
  z.object({ op: z.literal('setControlPreset'), preset: z.enum(['default', 'layered']) }),
  z.object({ op: z.literal('setControlMap'), map: z.record(z.string(), z.unknown()) }),
]);
export type DutyOp = z.infer<typeof DutyOpSchema>;
export type DutyOpInput = z.input<typeof DutyOpSchema>;

/** Levels one hazard has (for the override editor). @throws AppError E_NOT_FOUND. */
export function hazardLevels(doc: EnterpriseFile, hazardId: string): ControlLevel[] {
  const h = doc.hazards.find((x) => x.id === hazardId);
  if (!h) throw new AppError('E_NOT_FOUND', { kind: 'hazard', id: hazardId });
  const rp = doc.riskPoints.find((r) => r.id === h.riskPointId);
  return rp ? levelsOfScope(scopeOfHazard(doc, rp, h)) : ['enterprise'];
}

/**
 * Applies one op; returns a new document (the input is not modified).
 * @throws AppError E_NOT_FOUND (hazard or checklist item), E_OWNER_NOT_FOUND, E_INVALID_ARGUMENT,
 *   E_FREQUENCY_INVALID, E_CONTROL_MAP_INCOMPLETE.
 */
export function applyDutyOp(input: EnterpriseFile, op: DutyOp, ctx: Pick<RiskOpContext, 'newId' | 'now' | 'today' | 'assessor'>): EnterpriseFile {
  const doc = structuredClone(input);
  const d = doc.duties;
  const c = d.checklists;
  switch (op.op) {
    case 'setOwners': {
      const levels = hazardLevels(doc, op.hazardId);
      if (!levels.includes(op.level)) throw new AppError('E_INVALID_ARGUMENT', { field: 'level', value: op.level, allowed: levels });
      for (const pid of op.personIds) if (!doc.people.some((p) => p.id === pid)) throw new AppError('E_OWNER_NOT_FOUND', { personId: pid, hazardId: op.hazardId });
      const personIds = [...new Set(op.personIds)];
      const i = d.ownerOverrides.findIndex((o) => o.hazardId === op.hazardId && o.level === op.level);
      if (i >= 0) d.ownerOverrides[i] = { hazardId: op.hazardId, level: op.level, personIds };
      else d.ownerOverrides.push({ hazardId: op.hazardId, level: op.level, personIds });
      return doc;
    }
    case 'clearOwners':
      hazardLevels(doc, op.hazardId);
      d.ownerOverrides = d.ownerOverrides.filter((o) => !(o.hazardId === op.hazardId && o.level === op.level));
      return doc;
    case 'setRoutineFrequency':
      c.routine[op.level] = validateFrequency(op.frequency);
      return doc;
    case 'setSpecialist': {
      const cur = c.specialist[op.topic];
      c.specialist[op.topic] = { enabled: op.enabled ?? cur.enabled, frequency: op.frequency ? validateFrequency(op.frequency) : cur.frequency };
      return doc;
    }
    case 'setSeasonal':
      c.seasonal[op.season] = op.enabled;
      return doc;
    case 'setPreHoliday':
      c.preHoliday = op.enabled;
      return doc;
    case 'setBlankRows':
      c.blankRows = op.count;
      return doc;
    case 'setItemText': {
      const item = buildChecklists(doc).items.find((x) => x.key === op.key);
      if (!item) throw new AppError('E_NOT_FOUND', { kind: 'checklistItem', id: op.key });
      c.itemTexts = c.itemTexts.filter((e) => e.key !== op.key);
      if (op.text !== item.generated) c.itemTexts.push({ key: op.key, text: op.text, original: item.generated });
      return doc;
    }
    case 'resetItemText':
      c.itemTexts = c.itemTexts.filter((e) => e.key !== op.key);
      return doc;
    case 'dropStaleTexts': {
      const stale = new Set(buildChecklists(doc).staleEdits.map((e) => e.key));
      c.itemTexts = c.itemTexts.filter((e) => !stale.has(e.key));
      return doc;
    }
    case 'setControlPreset':
      return applyRiskOp(doc, { op: 'setControlPreset', preset: op.preset }, ctx);
    case 'setControlMap':
      return applyRiskOp(doc, { op: 'setControlMap', map: validateControlLevelMap(op.map) }, ctx);
  }
}
