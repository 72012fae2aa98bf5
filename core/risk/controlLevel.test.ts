import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import {
  CONTROL_PRESETS, controlLevelFor, controlMapInversions, controlPresetMap, describeControlMap, presetOf, validateControlLevelMap,
} from './controlLevel';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('control level map (domain-facts §9.1)', () => {
  it('ships the two presets', () => {
    expect(CONTROL_PRESETS.default).toEqual({ major: 'enterprise', high: 'workshop', medium: 'team', low: 'post' });
    expect(CONTROL_PRESETS.layered).toEqual({ major: 'enterprise', high: 'enterprise', medium: 'workshop', low: 'team' });
    expect(describeControlMap(CONTROL_PRESETS.default)).toEqual(['重大 → 企业', '较大 → 车间', '一般 → 班组', '低 → 岗位']);
    expect(controlLevelFor(CONTROL_PRESETS.layered, 'high')).toBe('enterprise');
  });
  it('recognises presets and copies them', () => {
    const m = controlPresetMap('layered');
    expect(presetOf(m)).toBe('layered');
    m.low = 'post';
    expect(presetOf(m)).toBe('custom');
    expect(CONTROL_PRESETS.layered.low).toBe('team');
  });
  it('requires all four grades', () => {
    expect(validateControlLevelMap({ major: 'enterprise', high: 'workshop', medium: 'team', low: 'post' })).toEqual(CONTROL_PRESETS.default);
    const e = appError(() => validateControlLevelMap({ major: 'enterprise', high: 'workshop' }));
    expect(e.code).toBe('E_CONTROL_MAP_INCOMPLETE');
    expect(e.details).toEqual({ missing: ['medium', 'low'], invalid: [], allowed: ['enterprise', 'workshop', 'team', 'post'] });
    expect(appError(() => validateControlLevelMap({ major: 'enterprise', high: 'dept', medium: 'team', low: 'post' })).details)
      .toMatchObject({ missing: [], invalid: ['high'] });
    expect(appError(() => validateControlLevelMap(null)).details).toMatchObject({ missing: ['major', 'high', 'medium', 'low'] });
  });
  it('warns when a higher risk is owned lower than a lesser one', () => {
    expect(controlMapInversions(CONTROL_PRESETS.default)).toEqual([]);
    expect(controlMapInversions(CONTROL_PRESETS.layered)).toEqual([]);
    expect(controlMapInversions({ major: 'team', high: 'workshop', medium: 'team', low: 'post' })).toEqual([{ higher: 'major', lower: 'high' }]);
  });
});
