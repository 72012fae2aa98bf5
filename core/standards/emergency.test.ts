import { describe, expect, it } from 'vitest';
import { GB6441_2025_CODES } from './accidentTypeCodes';
import { EMERGENCY_TEMPLATES, emergencyTemplate, emergencyTemplateForType, scenariosForType } from './emergency';
import { EmergencyTemplateSchema } from './emergencySchema';

describe('emergency-response templates', () => {
  it('every template matches the schema; keys are unique', () => {
    for (const t of EMERGENCY_TEMPLATES) expect(EmergencyTemplateSchema.parse(t)).toEqual(t);
    expect(new Set(EMERGENCY_TEMPLATES.map((t) => t.key)).size).toBe(EMERGENCY_TEMPLATES.length);
  });

  it('covers the accident types the issue lists, plus the scenarios', () => {
    const required = [
      '触电', '机械致害', '物体打击', '高处坠落', '跌落', '火灾', '灼烫', '中毒', '窒息', '粉尘爆炸', '厂（场）内车辆致害',
      '起重致害', '容器爆炸', '淹溺', '坍塌', '高温熔融物爆炸', '泄漏', '其他',
    ] as const;
    for (const n of required) expect(emergencyTemplate(GB6441_2025_CODES[n])?.kind, n).toBe('accident-type');
    for (const k of ['ammonia-leak', 'chemical-splash', 'gas-leak', 'confined-space']) expect(emergencyTemplate(k)?.kind, k).toBe('scenario');
  });

  it('keys accident-type templates by their own code', () => {
    for (const t of EMERGENCY_TEMPLATES.filter((x) => x.kind === 'accident-type')) expect(t.accidentTypes[0]).toBe(t.key);
  });

  it('falls back to the 其他 template', () => {
    expect(emergencyTemplateForType('WSA10019').key).toBe('WSA10099');
    expect(emergencyTemplateForType('ammonia-leak').key).toBe('WSA10099');
    expect(emergencyTemplateForType('WSA10006').titleZh).toBe('触电应急处置');
  });

  it('finds scenarios for a type', () => {
    expect(scenariosForType('WSA10023').map((t) => t.key)).toEqual(['ammonia-leak', 'gas-leak', 'confined-space']);
  });

  it('tells the shock rescuer to cut the power first and never to pull the victim by hand', () => {
    const t = emergencyTemplate('WSA10006')!;
    expect(t.immediate[0]).toContain('断电');
    expect(t.dont.join()).toContain('不要用手直接拉触电者');
    expect(t.phones).toContain('120');
  });
});
