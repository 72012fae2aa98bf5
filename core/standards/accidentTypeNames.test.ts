import { describe, expect, it } from 'vitest';
import { GB6441_2025_CODES } from './accidentTypeCodes';
import {
  ACCIDENT_TYPE_ALIASES, accidentTypeCode2025, normalizeAccidentTypeText, resolveAccidentType, splitAccidentTypes,
} from './accidentTypeNames';

describe('accident-type name helpers', () => {
  it('normalises brackets, spaces and 其它', () => {
    expect(normalizeAccidentTypeText(' 厂(场)内车辆 致害 ')).toBe('厂（场）内车辆致害');
    expect(normalizeAccidentTypeText('其它伤害')).toBe('其他伤害');
  });

  it('maps register spellings to 2025 codes', () => {
    expect(accidentTypeCode2025('其它伤害')).toBe('WSA10099');
    expect(accidentTypeCode2025('高空坠落')).toBe('WSA10010');
    expect(accidentTypeCode2025('机械伤害')).toBe('WSA10004');
    expect(accidentTypeCode2025('厂(场)内车辆致害')).toBe('WSA10002');
    expect(accidentTypeCode2025('中毒和窒息')).toBe('WSA10023');
    expect(accidentTypeCode2025('综合伤害')).toBeUndefined();
  });

  it('flags 1986 names that need a choice', () => {
    const r = resolveAccidentType('车辆伤害')!;
    expect(r.edition).toBe('GB 6441-1986');
    expect(r.needsChoice).toBe(true);
    expect(r.candidates).toEqual(['WSA10002', 'WSA10003']);
    expect(resolveAccidentType('其它伤害')!.needsChoice).toBe(true);
  });

  it('reads a name present in both editions by the preferred edition', () => {
    expect(resolveAccidentType('坍塌')!).toMatchObject({ edition: 'GB 6441-2025', needsChoice: false, code: 'WSA10012' });
    expect(resolveAccidentType('坍塌', 'GB 6441-1986')!).toMatchObject({ edition: 'GB 6441-1986', needsChoice: true, code: 'WSA10012' });
  });

  it('marks aliases and resolves every alias to a known name', () => {
    expect(resolveAccidentType('高空坠落')).toMatchObject({ name: '高处坠落', viaAlias: true });
    for (const alias of Object.keys(ACCIDENT_TYPE_ALIASES)) expect(resolveAccidentType(alias), alias).toBeDefined();
  });

  it('resolves every 2025 name to its own code', () => {
    for (const [name, code] of Object.entries(GB6441_2025_CODES)) expect(accidentTypeCode2025(name)).toBe(code);
  });

  it('splits run-together and separated names and reports the rest', () => {
    const a = splitAccidentTypes('火灾其他爆炸');
    expect(a.types.map((t) => t.name)).toEqual(['火灾', '其他爆炸']);
    expect(a.unknown).toEqual([]);
    const b = splitAccidentTypes('机械伤害物体打击、其它伤害; 高空坠落 综合伤害');
    expect(b.types.map((t) => t.name)).toEqual(['机械伤害', '物体打击', '其他伤害', '高处坠落']);
    expect(b.unknown).toEqual(['综合伤害']);
    expect(splitAccidentTypes('中毒和窒息').types.map((t) => t.name)).toEqual(['中毒和窒息']);
    expect(splitAccidentTypes('触电，触电').types).toHaveLength(1);
  });
});
