import { describe, expect, it } from 'vitest';
import { ACCIDENT_PRIMARY_SIGNS, primarySignsForAccidentCodes } from './accidentSigns';
import { GB6441_2025_CODES, type AccidentTypeName2025 } from './accidentTypeCodes';
import { SIGN_HINTS } from './signHints';
import { safetySign, signInEdition } from './signs';

const entries = Object.entries(ACCIDENT_PRIMARY_SIGNS) as [AccidentTypeName2025, readonly string[]][];

describe('primary warning signs per GB 6441-2025 accident type', () => {
  it('covers exactly the 27 types of GB 6441-2025', () => {
    expect(Object.keys(ACCIDENT_PRIMARY_SIGNS).sort()).toEqual(Object.keys(GB6441_2025_CODES).sort());
    expect(entries).toHaveLength(27);
  });

  it('uses only warning signs of the registry that GB 2894-2025 keeps', () => {
    for (const [, ids] of entries) {
      for (const id of ids) {
        const s = safetySign(id);
        expect(s, id).toBeDefined();
        expect(s!.category, id).toBe('warning');
        expect(s!.withdrawnIn, id).toBeUndefined();
        expect(signInEdition(id, 'GB 2894-2025'), id).toBeDefined();
      }
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('picks, for each type, signs that SIGN_HINTS tags with that type', () => {
    for (const [name, ids] of entries) for (const id of ids) expect(SIGN_HINTS[id.slice('sign.'.length)]![1], `${name} ${id}`).toContain(name);
  });

  it('has no sign only for 水害, 泄漏 and 其他 (reasons in the table)', () => {
    expect(entries.filter(([, ids]) => ids.length === 0).map(([n]) => n).sort()).toEqual(['其他', '水害', '泄漏'].sort());
  });

  it('gives the expected titles for the common types', () => {
    const title = (name: AccidentTypeName2025) => ACCIDENT_PRIMARY_SIGNS[name].map((id) => signInEdition(id, 'GB 2894-2025')!.titleZh);
    expect(title('机械致害')).toEqual(['当心机械伤人']);
    expect(title('触电')).toEqual(['当心触电']);
    expect(title('高处坠落')).toEqual(['当心坠落']);
    expect(title('物体打击')).toEqual(['当心落物']);
    expect(title('厂（场）内车辆致害')).toEqual(['当心车辆']);
    expect(title('起重致害')).toEqual(['当心吊物']);
    expect(title('火灾')).toEqual(['当心火灾']);
    expect(title('灼烫')).toEqual(['当心烫伤']);
    expect(title('中毒')).toEqual(['当心中毒']);
    expect(title('窒息')).toEqual(['当心缺氧']);
    expect(title('淹溺')).toEqual(['当心落水']);
    expect(title('坍塌')).toEqual(['当心塌方']);
    expect(title('粉尘爆炸')).toEqual(['当心爆炸']);
    expect(title('高温熔融物爆炸')).toEqual(['当心爆炸', '当心烫伤']);
  });

  it('primarySignsForAccidentCodes keeps code order, drops duplicates and unknown codes', () => {
    expect(primarySignsForAccidentCodes(['WSA10006', 'WSA10004'])).toEqual(['sign.warn-electric-shock', 'sign.warn-machinery']);
    // 容器爆炸 and 粉尘爆炸 share 当心爆炸
    expect(primarySignsForAccidentCodes(['WSA10014', 'WSA10018', 'WSA10022'])).toEqual(['sign.warn-explosion', 'sign.warn-scald']);
    expect(primarySignsForAccidentCodes(['WSA10099', 'WSA19999'])).toEqual([]);
    expect(primarySignsForAccidentCodes([])).toEqual([]);
  });
});
