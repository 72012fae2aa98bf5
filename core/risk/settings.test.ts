import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { zodIssues } from '../model/zodIssues';
import { BAND_TABLE_PRESETS, BT_LEC_ALT, BT_LEC_DEFAULT, cloneBandTable } from './bandTable';
import { CONTROL_PRESETS } from './controlLevel';
import {
  activeBandTable, addBandTableVersion, defaultRiskSettings, parseRiskSettings, RiskSettingsSchema, withControlPreset,
} from './settings';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('risk settings', () => {
  it('defaults to LEC, the presets and the default control map', () => {
    const s = defaultRiskSettings();
    expect(s).toEqual({
      defaultMethod: 'LEC', lecTableId: 'bt.lec.default', lsTableId: 'bt.ls.default', bandTables: [...BAND_TABLE_PRESETS],
      controlPreset: 'default', controlLevelMap: CONTROL_PRESETS.default,
    });
    expect(activeBandTable(s).id).toBe('bt.lec.default');
    expect(activeBandTable(s, 'LS').id).toBe('bt.ls.default');
  });
  it('returns fresh copies, never the shared presets', () => {
    const a = defaultRiskSettings();
    a.bandTables[0]!.bands[0]!.lowerBound = 999;
    a.controlLevelMap.major = 'post';
    expect(BT_LEC_DEFAULT.bands[0]!.lowerBound).toBe(320);
    expect(defaultRiskSettings().controlLevelMap.major).toBe('enterprise');
    expect(CONTROL_PRESETS.default.major).toBe('enterprise');
  });
  it('refuses a table id of the wrong method or unknown', () => {
    const r = RiskSettingsSchema.safeParse({ lecTableId: 'bt.ls.default', lsTableId: 'bt.x' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(zodIssues(r.error)).toEqual([
        { path: 'lecTableId', code: 'E_BAND_TABLE_INVALID', params: { problem: 'method-mismatch', tableId: 'bt.ls.default', expected: 'LEC', actual: 'LS' } },
        { path: 'lsTableId', code: 'E_BAND_TABLE_INVALID', params: { problem: 'not-found', tableId: 'bt.x' } },
      ]);
    }
  });
  it('refuses duplicate versions, invalid tables and a preset choice that does not match its map', () => {
    expect(appError(() => parseRiskSettings({ bandTables: [...BAND_TABLE_PRESETS, BT_LEC_DEFAULT] })).code).toBe('E_INVALID_ARGUMENT');
    const bad = { ...cloneBandTable(BT_LEC_ALT), bands: BT_LEC_ALT.bands.slice(0, 3) };
    const e = appError(() => parseRiskSettings({ bandTables: [BT_LEC_DEFAULT, bad, BAND_TABLE_PRESETS[2]] }));
    expect((e.details as { issues: { path: string; code: string }[] }).issues[0]).toMatchObject({ path: 'bandTables[1].bands', code: 'E_BAND_TABLE_INVALID' });
    expect(RiskSettingsSchema.safeParse({ controlPreset: 'layered' }).success).toBe(false);
    expect(RiskSettingsSchema.safeParse({ controlPreset: 'custom', controlLevelMap: { major: 'enterprise', high: 'enterprise', medium: 'team', low: 'post' } }).success).toBe(true);
    expect(RiskSettingsSchema.safeParse({ controlPreset: 'custom', controlLevelMap: { major: 'enterprise' } }).success).toBe(false);
  });
  it('switches control presets', () => {
    const s = withControlPreset(defaultRiskSettings(), 'layered');
    expect(s.controlLevelMap).toEqual(CONTROL_PRESETS.layered);
    expect(RiskSettingsSchema.parse(s)).toEqual(s);
  });
  it('adds a new version of a table and selects it, keeping the old one', () => {
    const edited = { ...cloneBandTable(BT_LEC_DEFAULT), bands: cloneBandTable(BT_LEC_ALT).bands };
    const { settings, table } = addBandTableVersion(defaultRiskSettings(), edited);
    expect(table.version).toBe(2);
    expect(settings.bandTables.filter((t) => t.id === 'bt.lec.default').map((t) => t.version)).toEqual([1, 2]);
    expect(activeBandTable(settings, 'LEC')).toEqual(table);
    expect(RiskSettingsSchema.parse(settings)).toEqual(settings);
    const custom = { ...cloneBandTable(BT_LEC_ALT), id: 'bt.mine', version: 7, name: '本企业' };
    const r2 = addBandTableVersion(settings, custom);
    expect([r2.table.version, r2.settings.lecTableId]).toEqual([1, 'bt.mine']);
    expect(appError(() => addBandTableVersion(settings, { ...cloneBandTable(BAND_TABLE_PRESETS[2]!), id: 'bt.lec.default' })).details)
      .toMatchObject({ problem: 'method-mismatch' });
  });
});
