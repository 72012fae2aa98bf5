import { describe, expect, it } from 'vitest';
import { FACTOR_CODES, FactorCodeSchema, LIBRARY_FACTOR_CODES, factorCode, factorCodePath, factorCodesAtLevel } from './factorCodes';

/** The codes the library authors were told they may use (core/catalog instructions). */
const LIBRARY_CODES = (
  '1101 1102 1103 1104 1105 1201 1202 1203 1299 2101 2102 2103 2104 2105 2106 2107 2108 2109 2110 2111 2112 2113 '
  + '2114 2199 22 23 3101 3102 3103 3104 3105 3106 3107 3108 3109 3110 3111 3112 3113 3114 3199 32 33 39 41 42 4301 '
  + '4302 4303 4304 4399 44 45 49'
).split(' ');

describe('GB/T 13861-2022 factor codes', () => {
  it('every row matches the schema, codes are unique', () => {
    for (const f of FACTOR_CODES) expect(FactorCodeSchema.parse(f)).toEqual(f);
    expect(new Set(FACTOR_CODES.map((f) => f.code)).size).toBe(FACTOR_CODES.length);
  });

  it('has the four classes and every second level', () => {
    expect(factorCodesAtLevel(1).map((f) => `${f.code} ${f.nameZh}`)).toEqual(['1 人的因素', '2 物的因素', '3 环境因素', '4 管理因素']);
    expect(factorCodesAtLevel(2).map((f) => f.code)).toEqual(['11', '12', '21', '22', '23', '31', '32', '33', '39', '41', '42', '43', '44', '45', '49']);
  });

  it('contains every code the library may use, and exactly those as leaves', () => {
    for (const c of LIBRARY_CODES) expect(factorCode(c), c).toBeDefined();
    expect([...LIBRARY_FACTOR_CODES]).toEqual(LIBRARY_CODES);
  });

  it('every parent exists', () => {
    for (const f of FACTOR_CODES) if (f.parent !== null) expect(factorCode(f.parent), f.code).toBeDefined();
    expect(factorCodePath('2102').map((f) => f.code)).toEqual(['2', '21', '2102']);
    expect(factorCodePath('9')).toEqual([]);
  });

  it('tags recalled names M as the facts file does', () => {
    const m = ['2108', '2109', '2110', '2111', '2112', '2113', '2114', '3101', '3110', '3114', '4301', '4302', '4303', '4304'];
    for (const c of m) expect(factorCode(c)!.confidence, c).toBe('M');
    for (const c of ['1', '11', '1101', '1202', '2101', '2107', '22', '41', '49']) expect(factorCode(c)!.confidence, c).toBe('V');
    expect(factorCode('2102')!.nameZh).toBe('防护缺陷');
    expect(factorCode('4303')!.nameZh).toBe('事故应急预案及响应缺陷');
  });
});
