/**
 * Per-enterprise risk settings: the default method, the band table chosen per method (all versions
 * of every table are kept so old assessments print the table they used), and the control-level
 * map (a preset or custom). Defaults = the shipped presets (bandTable.ts, controlLevel.ts).
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { RISK_LEVELS } from '../model/vocab';
import { zodIssues } from '../model/zodIssues';
import {
  BAND_TABLE_PRESETS, BandTableSchema, cloneBandTable, DEFAULT_BAND_TABLE_ID, resolveBandTable, ScoredMethodSchema,
  validateBandTable, type BandTable, type ScoredMethod,
} from './bandTable';
import { CONTROL_PRESETS, ControlLevelMapSchema, controlPresetMap, type ControlPresetId } from './controlLevel';

export const CONTROL_PRESET_CHOICES = ['default', 'layered', 'custom'] as const;
export type ControlPresetChoice = (typeof CONTROL_PRESET_CHOICES)[number];

const TABLE_FIELD: Record<ScoredMethod, 'lecTableId' | 'lsTableId'> = { LEC: 'lecTableId', LS: 'lsTableId' };

/**
 * `{ defaultMethod: 'LEC'|'LS' ('LEC'), lecTableId ('bt.lec.default'), lsTableId ('bt.ls.default'),
 * bandTables: BandTable[] (the three presets), controlPreset: 'default'|'layered'|'custom'
 * ('default'), controlLevelMap (the default preset) }`.
 * Rules: (id, version) unique; all versions of an id share one method; lecTableId / lsTableId
 * name a table of that method (issue 'E_BAND_TABLE_INVALID' with `problem: 'not-found' |
 * 'method-mismatch'`); a preset choice other than 'custom' must equal its preset map.
 */
export const RiskSettingsSchema = z.object({
  defaultMethod: ScoredMethodSchema.default('LEC'),
  lecTableId: z.string().trim().min(1).default(DEFAULT_BAND_TABLE_ID.LEC),
  lsTableId: z.string().trim().min(1).default(DEFAULT_BAND_TABLE_ID.LS),
  bandTables: z.array(BandTableSchema).default(() => BAND_TABLE_PRESETS.map(cloneBandTable)),
  controlPreset: z.enum(CONTROL_PRESET_CHOICES).default('default'),
  controlLevelMap: ControlLevelMapSchema.default(() => controlPresetMap('default')),
}).superRefine((s, ctx) => {
  const seen = new Map<string, number>();
  const methodOf = new Map<string, ScoredMethod>();
  s.bandTables.forEach((t, i) => {
    const key = `${t.id}@${t.version}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'band-table-duplicate-version', path: ['bandTables', i], params: { id: t.id, version: t.version } });
    seen.set(key, i);
    const m = methodOf.get(t.id);
    if (m !== undefined && m !== t.method) ctx.addIssue({ code: 'custom', message: 'band-table-method-changed', path: ['bandTables', i], params: { id: t.id } });
    methodOf.set(t.id, t.method);
  });
  for (const method of ['LEC', 'LS'] as const) {
    const field = TABLE_FIELD[method];
    const id = s[field];
    const m = methodOf.get(id);
    if (m === undefined) ctx.addIssue({ code: 'custom', message: 'E_BAND_TABLE_INVALID', path: [field], params: { problem: 'not-found', tableId: id } });
    else if (m !== method) ctx.addIssue({ code: 'custom', message: 'E_BAND_TABLE_INVALID', path: [field], params: { problem: 'method-mismatch', tableId: id, expected: method, actual: m } });
  }
  if (s.controlPreset !== 'custom') {
    const preset = CONTROL_PRESETS[s.controlPreset];
    if (!RISK_LEVELS.every((l) => preset[l] === s.controlLevelMap[l])) {
      ctx.addIssue({ code: 'custom', message: 'control-map-differs-from-preset', path: ['controlLevelMap'], params: { preset: s.controlPreset } });
    }
  }
});
export type RiskSettings = z.infer<typeof RiskSettingsSchema>;

/** Fresh default settings (deep copies of the presets). */
export function defaultRiskSettings(): RiskSettings {
  return RiskSettingsSchema.parse({});
}

/**
 * Parses stored or submitted settings, filling defaults.
 * @throws AppError E_INVALID_ARGUMENT `{ issues }` (zodIssues).
 */
export function parseRiskSettings(x: unknown): RiskSettings {
  const r = RiskSettingsSchema.safeParse(x);
  if (!r.success) throw new AppError('E_INVALID_ARGUMENT', { issues: zodIssues(r.error) });
  return r.data;
}

/** The table in force for a method: the highest version of the chosen id. @throws AppError E_NOT_FOUND. */
export function activeBandTable(settings: RiskSettings, method: ScoredMethod = settings.defaultMethod): BandTable {
  return resolveBandTable(settings.bandTables, { id: settings[TABLE_FIELD[method]] });
}

/** Settings with a control preset chosen (the map follows the preset). */
export function withControlPreset(settings: RiskSettings, preset: ControlPresetId): RiskSettings {
  return { ...settings, controlPreset: preset, controlLevelMap: controlPresetMap(preset) };
}

/** The next version number of a table id (1 for a new id). */
export function nextBandTableVersion(tables: readonly BandTable[], id: string): number {
  return tables.reduce((v, t) => (t.id === id ? Math.max(v, t.version + 1) : v), 1);
}

/**
 * Adds a table (a new id, or a new version of an existing id: its `version` is replaced by the
 * next one) and selects it for its method. Earlier versions stay for the assessments that used
 * them. List the consequences first with bandTableChangeImpact.
 * @throws AppError E_BAND_TABLE_INVALID (invalid table, or `problem: 'method-mismatch'` when the
 *   id already exists with the other method).
 */
export function addBandTableVersion(settings: RiskSettings, table: BandTable): { settings: RiskSettings; table: BandTable } {
  const existing = settings.bandTables.find((t) => t.id === table.id);
  const v = validateBandTable({ ...table, version: nextBandTableVersion(settings.bandTables, table.id) });
  if (existing && existing.method !== v.method) {
    throw new AppError('E_BAND_TABLE_INVALID', { problem: 'method-mismatch', tableId: v.id, expected: existing.method, actual: v.method });
  }
  return {
    settings: { ...settings, bandTables: [...settings.bandTables, v], [TABLE_FIELD[v.method]]: v.id },
    table: v,
  };
}
