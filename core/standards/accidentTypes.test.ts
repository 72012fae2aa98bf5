import { describe, expect, it } from 'vitest';
import { GB6441_2025_CODES } from './accidentTypeCodes';
import {
  AccidentTypeSchema, GB6441_1986_NAMES, GB6441_1986_TYPES, GB6441_2025_TYPES, accidentTypeByCode, accidentTypeByName, otherTypesLast,
} from './accidentTypes';
import {
  AccidentTypeMappingRowSchema, GB6441_1986_TO_2025, GB6441_2025_TO_1986_DISPLAY, displayName1986, mappingFor1986,
} from './accidentTypeMapping';

const name2025 = (code: string): string => GB6441_2025_TYPES.find((t) => t.code === code)!.nameZh;

describe('GB 6441 accident types', () => {
  it('every row matches the schema', () => {
    for (const t of [...GB6441_1986_TYPES, ...GB6441_2025_TYPES]) expect(AccidentTypeSchema.parse(t)).toEqual(t);
  });

  it('GB 6441-1986 has exactly these 20 types', () => {
    expect(GB6441_1986_TYPES.map((t) => [t.code, t.nameZh, t.edition])).toEqual([
      ['01', '物体打击', 'GB 6441-1986'], ['02', '车辆伤害', 'GB 6441-1986'], ['03', '机械伤害', 'GB 6441-1986'],
      ['04', '起重伤害', 'GB 6441-1986'], ['05', '触电', 'GB 6441-1986'], ['06', '淹溺', 'GB 6441-1986'],
      ['07', '灼烫', 'GB 6441-1986'], ['08', '火灾', 'GB 6441-1986'], ['09', '高处坠落', 'GB 6441-1986'],
      ['10', '坍塌', 'GB 6441-1986'], ['11', '冒顶片帮', 'GB 6441-1986'], ['12', '透水', 'GB 6441-1986'],
      ['13', '放炮', 'GB 6441-1986'], ['14', '火药爆炸', 'GB 6441-1986'], ['15', '瓦斯爆炸', 'GB 6441-1986'],
      ['16', '锅炉爆炸', 'GB 6441-1986'], ['17', '容器爆炸', 'GB 6441-1986'], ['18', '其他爆炸', 'GB 6441-1986'],
      ['19', '中毒和窒息', 'GB 6441-1986'], ['20', '其他伤害', 'GB 6441-1986'],
    ]);
  });

  it('GB 6441-2025 has exactly these 27 basic types and codes', () => {
    expect(GB6441_2025_TYPES.map((t) => [t.code, t.nameZh])).toEqual([
      ['WSA10001', '物体打击'], ['WSA10002', '厂（场）内车辆致害'], ['WSA10003', '道路（轨道）车辆致害'],
      ['WSA10004', '机械致害'], ['WSA10005', '起重致害'], ['WSA10006', '触电'], ['WSA10007', '淹溺'],
      ['WSA10008', '灼烫'], ['WSA10009', '火灾'], ['WSA10010', '高处坠落'], ['WSA10011', '跌落'],
      ['WSA10012', '坍塌'], ['WSA10013', '水害'], ['WSA10014', '容器爆炸'], ['WSA10015', '管道爆炸'],
      ['WSA10016', '可燃气体爆炸'], ['WSA10017', '可燃液体蒸气爆炸'], ['WSA10018', '粉尘爆炸'],
      ['WSA10019', '民用爆炸物品爆炸'], ['WSA10020', '烟花爆竹爆炸'], ['WSA10021', '其他可燃固体爆炸'],
      ['WSA10022', '高温熔融物爆炸'], ['WSA10023', '中毒'], ['WSA10024', '窒息'], ['WSA10025', '滑坡'],
      ['WSA10026', '泄漏'], ['WSA10099', '其他'],
    ]);
    expect(GB6441_2025_TYPES.every((t) => t.edition === 'GB 6441-2025')).toBe(true);
  });

  it('the 2025 table agrees with accidentTypeCodes.ts', () => {
    expect(Object.fromEntries(GB6441_2025_TYPES.map((t) => [t.nameZh, t.code]))).toEqual(GB6441_2025_CODES);
  });

  it('codes are unique and looked up across editions', () => {
    const codes = [...GB6441_1986_TYPES, ...GB6441_2025_TYPES].map((t) => t.code);
    expect(new Set(codes).size).toBe(47);
    expect(accidentTypeByCode('19')?.nameZh).toBe('中毒和窒息');
    expect(accidentTypeByCode('WSA10018')?.nameZh).toBe('粉尘爆炸');
    expect(accidentTypeByCode('WSA10027')).toBeUndefined();
    expect(accidentTypeByName('坍塌', 'GB 6441-1986')?.code).toBe('10');
    expect(accidentTypeByName('坍塌', 'GB 6441-2025')?.code).toBe('WSA10012');
    expect(accidentTypeByName('机械伤害', 'GB 6441-2025')).toBeUndefined();
  });
});

describe('GB 6441-1986 → 2025 mapping', () => {
  it('every row matches the schema and every target exists', () => {
    const codes2025 = new Set(GB6441_2025_TYPES.map((t) => t.code));
    for (const r of GB6441_1986_TO_2025) {
      expect(AccidentTypeMappingRowSchema.parse(r)).toEqual(r);
      for (const c of r.candidates) expect(codes2025.has(c), `${r.from1986} → ${c}`).toBe(true);
    }
  });

  it('has one row per 1986 type, in code order', () => {
    expect(GB6441_1986_TO_2025.map((r) => r.from1986)).toEqual([...GB6441_1986_NAMES]);
  });

  it('is exactly this table (default first, needs-choice rows marked)', () => {
    expect(GB6441_1986_TO_2025.map((r) => [r.from1986, r.candidates.map(name2025), name2025(r.defaultCode), r.needsChoice])).toEqual([
      ['物体打击', ['物体打击'], '物体打击', false],
      ['车辆伤害', ['厂（场）内车辆致害', '道路（轨道）车辆致害'], '厂（场）内车辆致害', true],
      ['机械伤害', ['机械致害'], '机械致害', false],
      ['起重伤害', ['起重致害'], '起重致害', false],
      ['触电', ['触电'], '触电', false],
      ['淹溺', ['淹溺'], '淹溺', false],
      ['灼烫', ['灼烫'], '灼烫', false],
      ['火灾', ['火灾'], '火灾', false],
      ['高处坠落', ['高处坠落'], '高处坠落', false],
      ['坍塌', ['坍塌', '滑坡'], '坍塌', true],
      ['冒顶片帮', ['坍塌'], '坍塌', false],
      ['透水', ['水害'], '水害', false],
      ['放炮', ['民用爆炸物品爆炸'], '民用爆炸物品爆炸', false],
      ['火药爆炸', ['民用爆炸物品爆炸', '烟花爆竹爆炸'], '民用爆炸物品爆炸', true],
      ['瓦斯爆炸', ['可燃气体爆炸'], '可燃气体爆炸', false],
      ['锅炉爆炸', ['容器爆炸'], '容器爆炸', false],
      ['容器爆炸', ['容器爆炸', '管道爆炸'], '容器爆炸', true],
      ['其他爆炸', ['其他', '可燃气体爆炸', '可燃液体蒸气爆炸', '粉尘爆炸', '高温熔融物爆炸', '其他可燃固体爆炸', '管道爆炸'], '其他', true],
      ['中毒和窒息', ['中毒', '窒息'], '中毒', true],
      ['其他伤害', ['其他', '跌落', '泄漏'], '其他', true],
    ]);
  });

  it('gives every 2025 type one 1986 display name whose row lists it as a candidate', () => {
    expect(Object.keys(GB6441_2025_TO_1986_DISPLAY).sort()).toEqual(Object.keys(GB6441_2025_CODES).sort());
    for (const [n2025, n1986] of Object.entries(GB6441_2025_TO_1986_DISPLAY)) {
      expect(GB6441_1986_NAMES).toContain(n1986);
      expect(mappingFor1986(n1986).candidates, `${n2025} under ${n1986}`).toContain(GB6441_2025_CODES[n2025 as keyof typeof GB6441_2025_CODES]);
    }
  });

  it('shows 2025 codes in 1986 terms', () => {
    expect(displayName1986('WSA10004')).toBe('机械伤害');
    expect(displayName1986('WSA10011')).toBe('其他伤害');
    expect(displayName1986('WSA10018')).toBe('其他爆炸');
    expect(displayName1986('WSA10024')).toBe('中毒和窒息');
    expect(displayName1986('WSA19999')).toBeUndefined();
  });
});

describe('otherTypesLast', () => {
  it('moves 其他 (2025) and 其他伤害 (1986) last, codes or names, the rest in order', () => {
    const other2025 = accidentTypeByName('其他', 'GB 6441-2025')!.code;
    const machine = accidentTypeByName('机械致害', 'GB 6441-2025')!.code;
    const fall = accidentTypeByName('高处坠落', 'GB 6441-2025')!.code;
    expect(otherTypesLast([other2025, machine, fall])).toEqual([machine, fall, other2025]);
    expect(otherTypesLast(['其他', '触电', '其他伤害', '淹溺'])).toEqual(['触电', '淹溺', '其他', '其他伤害']);
  });
});
