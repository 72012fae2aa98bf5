import { describe, expect, it } from 'vitest';
import { ENTRIES } from './common-b';
import { ALL_INDUSTRIES } from '../dsl';
import { LibraryEntrySchema } from '../schema';

/** Section path → id prefix and the flag that gates it (library-author notes). */
const SECTIONS: Record<string, { prefix: string; flag?: string; min: number }> = {
  '特种设备 › 起重机械': { prefix: 'lib.gg.tzsb.qz.', min: 12 },
  '特种设备 › 叉车/厂内车辆': { prefix: 'lib.gg.tzsb.cc.', min: 12 },
  '特种设备 › 压力容器与气瓶': { prefix: 'lib.gg.tzsb.rq.', min: 12 },
  '特种设备 › 锅炉': { prefix: 'lib.gg.tzsb.gl.', min: 5 },
  '特种设备 › 电梯': { prefix: 'lib.gg.tzsb.dt.', min: 5 },
  消防与疏散: { prefix: 'lib.gg.xf.', min: 12 },
  危险化学品使用与储存: { prefix: 'lib.gg.wh.', flag: 'hazardousChemicals', min: 5 },
  熔融金属: { prefix: 'lib.gg.rr.', flag: 'metalSmelting', min: 5 },
  人员密集场所: { prefix: 'lib.gg.rm.', flag: 'laborIntensive', min: 5 },
  '职业危害 › 噪声': { prefix: 'lib.gg.zy.zs.', min: 5 },
  '职业危害 › 粉尘': { prefix: 'lib.gg.zy.fc.', min: 5 },
  '职业危害 › 高温': { prefix: 'lib.gg.zy.gw.', min: 5 },
  '职业危害 › 有毒物质': { prefix: 'lib.gg.zy.yd.', min: 5 },
};

const FACTOR_CODES = new Set(
  ('1101 1102 1103 1104 1105 1201 1202 1203 1299 2101 2102 2103 2104 2105 2106 2107 2108 2109 2110 2111 2112 ' +
    '2113 2114 2199 22 23 3101 3102 3103 3104 3105 3106 3107 3108 3109 3110 3111 3112 3113 3114 3199 32 33 39 ' +
    '41 42 4301 4302 4303 4304 4399 44 45 49').split(' '),
);
const LEC = { L: [0.1, 0.2, 0.5, 1, 3, 6, 10], E: [0.5, 1, 2, 3, 6, 10], C: [1, 3, 7, 15, 40, 100] };

describe('common library part B', () => {
  it('has at least 110 schema-valid entries with unique ids', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(110);
    for (const e of ENTRIES) expect(LibraryEntrySchema.safeParse(e).success, e.id).toBe(true);
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
  });

  it('fills every assigned section and only those, with the section id prefix and flag', () => {
    for (const [path, { prefix, flag, min }] of Object.entries(SECTIONS)) {
      const inSection = ENTRIES.filter((e) => e.section === path);
      expect(inSection.length, path).toBeGreaterThanOrEqual(min);
      for (const e of inSection) {
        expect(e.id.startsWith(prefix), e.id).toBe(true);
        expect(/\.\d{2}$/.test(e.id), e.id).toBe(true);
        expect(e.applicability.flags, e.id).toEqual(flag ? [flag] : []);
        expect(e.applicability.industries, e.id).toEqual([...ALL_INDUSTRIES]);
      }
    }
    expect(ENTRIES.filter((e) => !(e.section in SECTIONS)).map((e) => e.id)).toEqual([]);
  });

  it('keeps every entry within the authoring rules', () => {
    const bad: string[] = [];
    for (const e of ENTRIES) {
      if ([...e.hazard].length > 80) bad.push(`${e.id}: hazard longer than 80`);
      if (!FACTOR_CODES.has(e.factorCode)) bad.push(`${e.id}: factor code ${e.factorCode}`);
      if (e.measures.length < 4 || e.measures.length > 8) bad.push(`${e.id}: ${e.measures.length} measures`);
      if (new Set(e.measures.map((m) => m.kind)).size < 4) bad.push(`${e.id}: fewer than 4 measure kinds`);
      const k = e.applicability;
      if (k.postKeywords.length < 3 || k.postKeywords.length > 8) bad.push(`${e.id}: ${k.postKeywords.length} post keywords`);
      if (k.equipmentKeywords.length < 3 || k.equipmentKeywords.length > 8) bad.push(`${e.id}: ${k.equipmentKeywords.length} equipment keywords`);
      if (new Set(k.postKeywords).size !== k.postKeywords.length) bad.push(`${e.id}: duplicate post keyword`);
      if (new Set(k.equipmentKeywords).size !== k.equipmentKeywords.length) bad.push(`${e.id}: duplicate equipment keyword`);
      const l = e.suggestedLec;
      if (!l) bad.push(`${e.id}: no LEC`);
      else if (!(LEC.L.includes(l.L) && LEC.E.includes(l.E) && LEC.C.includes(l.C))) bad.push(`${e.id}: LEC off scale`);
      if (e.basis.length === 0) bad.push(`${e.id}: no basis`);
    }
    expect(bad).toEqual([]);
  });

  it('has no two entries with the same hazard text', () => {
    const hazards = ENTRIES.map((e) => e.hazard);
    expect(new Set(hazards).size).toBe(hazards.length);
  });

  it('gives crane and forklift entries the keywords the suggestion ranker needs', () => {
    const cranes = ENTRIES.filter((e) => e.section === '特种设备 › 起重机械');
    const forklifts = ENTRIES.filter((e) => e.section === '特种设备 › 叉车/厂内车辆');
    for (const e of cranes) {
      expect(e.applicability.equipmentKeywords.some((k) => ['行车', '电动葫芦', '桥式起重机'].includes(k)), e.id).toBe(true);
      expect(e.applicability.postKeywords, e.id).toContain('行车');
    }
    for (const e of forklifts) {
      expect(e.applicability.equipmentKeywords, e.id).toContain('叉车');
      expect(e.applicability.postKeywords, e.id).toContain('叉车');
    }
  });

  it('links the molten-metal entries to the 2023 machinery major-hazard clauses 7.1–7.4', () => {
    const clauses = ENTRIES.filter((e) => e.section === '熔融金属').map((e) => e.majorHazardClause).filter(Boolean);
    expect(new Set(clauses)).toEqual(new Set(['mh2023.7.1', 'mh2023.7.2', 'mh2023.7.3', 'mh2023.7.4']));
    const peopleRooms = ENTRIES.find((e) => e.majorHazardClause === 'mh2023.7.1');
    expect(peopleRooms?.accidentTypes).toEqual(['WSA10008', 'WSA10022']); // 灼烫, 高温熔融物爆炸
  });

  it('records chronic occupational harm as 其他 and acute poisoning / oxygen deficiency separately', () => {
    const noise = ENTRIES.find((e) => e.id === 'lib.gg.zy.zs.01');
    expect(noise?.accidentTypes).toEqual(['WSA10099']);
    const inert = ENTRIES.find((e) => e.id === 'lib.gg.zy.yd.06');
    expect(inert?.accidentTypes).toEqual(['WSA10024']);
    const toxicGas = ENTRIES.find((e) => e.id === 'lib.gg.zy.yd.04');
    expect(toxicGas?.accidentTypes).toEqual(['WSA10023']);
  });
});
