import { describe, expect, it } from 'vitest';
import { ENTRIES } from './materials-metal-commerce';
import type { LibraryEntry } from '../schema';
import type { Industry } from '../../model/vocab';
import { GB6441_2025_CODES } from '../../standards/accidentTypeCodes';
import { majorHazardClause } from '../../standards/majorHazards';

/** Section path → [id prefix, industry, minimum count] as assigned for these sections. */
const SECTIONS: Record<string, readonly [prefix: string, industry: Industry, min: number]> = {
  '建材 › 水泥制品': ['lib.jc.sn.', 'building-materials', 10],
  '建材 › 玻璃': ['lib.jc.bl.', 'building-materials', 10],
  '建材 › 陶瓷': ['lib.jc.tc.', 'building-materials', 10],
  '建材 › 石材加工': ['lib.jc.sc.', 'building-materials', 10],
  '冶金 › 熔炼': ['lib.yj.rl.', 'metallurgy', 5],
  '冶金 › 浇铸': ['lib.yj.jz.', 'metallurgy', 5],
  '冶金 › 压延': ['lib.yj.yy.', 'metallurgy', 5],
  '有色 › 熔炼': ['lib.ys.rl.', 'nonferrous', 5],
  '有色 › 浇铸': ['lib.ys.jz.', 'nonferrous', 5],
  '有色 › 压延': ['lib.ys.yy.', 'nonferrous', 5],
  '有色 › 铝镁加工': ['lib.ys.lm.', 'nonferrous', 5],
  '烟草 › 烟草加工': ['lib.yc.jg.', 'tobacco', 5],
  '商贸 › 仓储': ['lib.sm.cc.', 'commerce', 10],
  '商贸 › 批发零售': ['lib.sm.ls.', 'commerce', 10],
  '商贸 › 冷库': ['lib.sm.lk.', 'commerce', 10],
};
/** GB/T 13861-2022 codes the authoring notes allow. */
const FACTOR_CODES = new Set(
  ('1101 1102 1103 1104 1105 1201 1202 1203 1299 2101 2102 2103 2104 2105 2106 2107 2108 2109 2110 2111 2112 2113 '
    + '2114 2199 22 23 3101 3102 3103 3104 3105 3106 3107 3108 3109 3110 3111 3112 3113 3114 3199 32 33 39 41 42 '
    + '4301 4302 4303 4304 4399 44 45 49').split(' '),
);
const C = GB6441_2025_CODES;
const byId = new Map(ENTRIES.map((e) => [e.id, e]));
const get = (id: string): LibraryEntry => {
  const e = byId.get(id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};
const d = (e: LibraryEntry): number => (e.suggestedLec ? e.suggestedLec.L * e.suggestedLec.E * e.suggestedLec.C : 0);

/** The simplest ranker the keywords must work for (substring match on post text and machines). */
function score(e: LibraryEntry, postText: string, equipment: readonly string[]): number {
  const p = e.applicability.postKeywords.filter((k) => postText.includes(k)).length;
  const q = e.applicability.equipmentKeywords.filter((k) => equipment.some((x) => x.includes(k))).length;
  return p + q;
}
function best(industry: Industry, postText: string, equipment: readonly string[], n = 5): string[] {
  return ENTRIES.filter((e) => e.applicability.industries.includes(industry))
    .map((e) => ({ id: e.id, s: score(e, postText, equipment) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((x) => x.id);
}

describe('建材/冶金/有色/烟草/商贸 library sections', () => {
  it('covers every assigned section with enough entries and nothing else', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(110);
    for (const [path, [, , min]] of Object.entries(SECTIONS)) {
      expect(ENTRIES.filter((e) => e.section === path).length, path).toBeGreaterThanOrEqual(min);
    }
    expect(ENTRIES.filter((e) => !(e.section in SECTIONS)).map((e) => e.id)).toEqual([]);
  });

  it('numbers ids per section with its prefix, 01 upwards without gaps', () => {
    for (const [path, [prefix]] of Object.entries(SECTIONS)) {
      const ids = ENTRIES.filter((e) => e.section === path).map((e) => e.id);
      expect(ids).toEqual(ids.map((_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`));
    }
  });

  it('keeps every entry within the authoring rules', () => {
    const bad: string[] = [];
    for (const e of ENTRIES) {
      const kinds = new Set(e.measures.map((m) => m.kind));
      if ([...e.hazard].length > 80) bad.push(`${e.id}: hazard longer than 80`);
      if (!FACTOR_CODES.has(e.factorCode)) bad.push(`${e.id}: factor code ${e.factorCode}`);
      if (e.measures.length < 4 || e.measures.length > 8) bad.push(`${e.id}: ${e.measures.length} measures`);
      if (kinds.size < 4) bad.push(`${e.id}: only ${kinds.size} measure kinds`);
      if (!e.suggestedLec) bad.push(`${e.id}: no LEC`);
      if (e.signIds.length === 0) bad.push(`${e.id}: no sign`);
      const { postKeywords: post, equipmentKeywords: equip, industries } = e.applicability;
      if (post.length < 3 || post.length > 8) bad.push(`${e.id}: ${post.length} post keywords`);
      if (equip.length < 3 || equip.length > 8) bad.push(`${e.id}: ${equip.length} equipment keywords`);
      if (new Set(post).size !== post.length || new Set(equip).size !== equip.length) bad.push(`${e.id}: repeated keyword`);
      for (const k of [...post, ...equip]) if ([...k].length < 2) bad.push(`${e.id}: keyword '${k}' too short`);
      // Words found in almost every post name would pull these entries everywhere.
      for (const k of post) if (['操作工', '员工', '工人', '检修'].includes(k)) bad.push(`${e.id}: generic keyword '${k}'`);
      const industry = SECTIONS[e.section]?.[1];
      // Producer-gas generators (jc.tc.14) also heat furnaces in metallurgy, non-ferrous, machinery
      // and light industry, so that entry names its own industry first and applies to those too.
      const widened = e.id === 'lib.jc.tc.14';
      if (!industry || industries[0] !== industry || (industries.length !== 1 && !widened)) bad.push(`${e.id}: industries ${industries.join(',')}`);
      // A clause is given only for 应急管理部令第10号 items whose text was checked.
      for (const b of e.basis) if (b.clause !== undefined && b.ref !== '应急管理部令第10号') bad.push(`${e.id}: clause on ${b.ref}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no two entries with the same hazard text or the same place and first measure', () => {
    const seen = new Set<string>();
    const dup: string[] = [];
    for (const e of ENTRIES) {
      for (const key of [e.hazard, `${e.place}|${e.measures[0]?.text}`]) {
        if (seen.has(key)) dup.push(e.id);
        seen.add(key);
      }
    }
    expect(dup).toEqual([]);
  });

  it('links the industry clauses of 应急管理部令第10号 to the right entries', () => {
    const expected: Record<string, string> = {
      'lib.jc.sn.03': 'mh2023.6.2', 'lib.jc.tc.02': 'mh2023.6.4', 'lib.jc.tc.12': 'mh2023.6.4',
      'lib.jc.tc.10': 'mh2023.6.5', 'lib.jc.bl.03': 'mh2023.6.6', 'lib.jc.bl.04': 'mh2023.6.6',
      'lib.jc.bl.01': 'mh2023.6.8',
      'lib.yj.rl.01': 'mh2023.4.1', 'lib.yj.rl.02': 'mh2023.4.2', 'lib.yj.jz.01': 'mh2023.4.3',
      'lib.yj.rl.03': 'mh2023.4.4', 'lib.yj.jz.04': 'mh2023.4.6', 'lib.yj.yy.02': 'mh2023.4.7',
      'lib.ys.rl.01': 'mh2023.5.1', 'lib.ys.rl.02': 'mh2023.5.2', 'lib.ys.jz.06': 'mh2023.5.3',
      'lib.ys.rl.04': 'mh2023.5.4', 'lib.ys.rl.03': 'mh2023.5.5', 'lib.ys.jz.01': 'mh2023.5.6',
      'lib.ys.jz.02': 'mh2023.5.7', 'lib.ys.jz.03': 'mh2023.5.8', 'lib.ys.jz.04': 'mh2023.5.9',
      'lib.ys.jz.05': 'mh2023.5.10', 'lib.ys.rl.07': 'mh2023.5.11', 'lib.ys.rl.09': 'mh2023.5.12',
      'lib.ys.lm.01': 'mh2023.11.2', 'lib.ys.lm.03': 'mh2023.11.9', 'lib.ys.lm.04': 'mh2023.11.9',
      'lib.ys.lm.07': 'mh2023.11.10',
      'lib.yc.jg.01': 'mh2023.10.1', 'lib.yc.jg.03': 'mh2023.10.2',
    };
    for (const [id, mh] of Object.entries(expected)) expect(get(id).majorHazardClause, id).toBe(mh);
    // No other entry claims a clause, and 商贸 has no industry article in the 2023 criteria.
    expect(ENTRIES.filter((e) => e.majorHazardClause && !(e.id in expected)).map((e) => e.id)).toEqual([]);
  });

  it('refers only to clauses of the 2023 register that bind the entry industry', () => {
    const bad: string[] = [];
    for (const e of ENTRIES) {
      if (!e.majorHazardClause) continue;
      const c = majorHazardClause(e.majorHazardClause);
      if (!c) bad.push(`${e.id}: ${e.majorHazardClause} unknown`);
      else if (c.edition !== '应急管理部令第10号') bad.push(`${e.id}: ${c.edition}`);
      else if (c.industry && !e.applicability.industries.includes(c.industry)) bad.push(`${e.id}: industry ${c.industry}`);
      else if (c.special === 'dust' && !e.applicability.flags.includes('dustExplosion')) bad.push(`${e.id}: dust flag missing`);
    }
    expect(bad).toEqual([]);
  });

  it('rates major hidden-hazard factors at least 显著危险 (D ≥ 70) before measures', () => {
    expect(ENTRIES.filter((e) => e.majorHazardClause && d(e) < 70).map((e) => e.id)).toEqual([]);
    // Molten metal meeting water with people around: D > 320 (重大) before measures.
    expect(d(get('lib.yj.rl.02'))).toBe(720);
    expect(d(get('lib.ys.jz.01'))).toBe(400);
  });

  it('flags smelting and casting, dust and confined-space work, but not ordinary rolling or retail', () => {
    for (const e of ENTRIES.filter((x) => /^(冶金|有色) › (熔炼|浇铸)$/.test(x.section) && x.id !== 'lib.yj.jz.06')) {
      expect(e.applicability.flags, e.id).toContain('metalSmelting');
    }
    // A billet yard holds cold steel; a rolling mill's gas furnace is not smelting.
    expect(get('lib.yj.jz.06').applicability.flags).toEqual([]);
    expect(get('lib.yj.yy.02').applicability.flags).toEqual([]);
    expect(get('lib.ys.lm.02').applicability.flags).toEqual(['dustExplosion']);
    expect(get('lib.jc.sn.03').applicability.flags).toEqual(['confinedSpace']);
    expect(get('lib.sm.lk.09').applicability.flags).toEqual(['confinedSpace']);
    expect(get('lib.yc.jg.01').applicability.flags).toEqual(['hazardousChemicals']);
    expect(ENTRIES.filter((e) => e.section === '商贸 › 批发零售' && e.applicability.flags.length > 0)).toEqual([]);
  });

  it('records accident types as GB 6441-2025 codes, with the specific explosion and gas types', () => {
    expect(get('lib.yj.rl.02').accidentTypes[0]).toBe(C.高温熔融物爆炸);
    expect(get('lib.ys.jz.01').accidentTypes).toEqual([C.高温熔融物爆炸]);
    expect(get('lib.ys.lm.01').accidentTypes[0]).toBe(C.粉尘爆炸);
    expect(get('lib.ys.lm.03').accidentTypes).toEqual([C.可燃气体爆炸]);
    expect(get('lib.ys.yy.01').accidentTypes).toEqual([C.火灾, C.可燃液体蒸气爆炸]);
    // Phosphine poisons; CO₂ and low-oxygen stores suffocate: separate types since 2025.
    expect(get('lib.yc.jg.01').accidentTypes).toEqual([C.中毒]);
    expect(get('lib.yc.jg.03').accidentTypes).toEqual([C.窒息]);
    expect(get('lib.sm.lk.09').accidentTypes).toEqual([C.窒息]);
    // Falls from the sales-floor step stool are 跌落 (< 2 m) first.
    expect(get('lib.sm.ls.02').accidentTypes[0]).toBe(C.跌落);
    expect(get('lib.jc.sn.06').accidentTypes).toEqual([C['厂（场）内车辆致害']]);
    const explosive = ENTRIES.filter((e) => /爆炸|爆燃/.test(e.consequence) && e.accidentTypes.includes(C.其他));
    expect(explosive.map((e) => e.id)).toEqual([]);
  });

  it('keeps the concrete values the checks depend on', () => {
    // Lamps in stores keep 0.5 m from goods (《仓库防火安全管理规则》).
    expect(get('lib.sm.cc.09').measures[0]?.text).toContain('0.5 m');
    // Deep-well casting: cooling-water alarm interlocked with quick shut-off and emergency drain.
    expect(get('lib.ys.jz.01').measures[0]?.text).toMatch(/快速切断阀.*紧急排放阀/);
    // Tempering furnaces and glass racks: cut-resistant gloves, not ordinary ones.
    expect(get('lib.jc.bl.08').ppeIds).toContain('ppe.gloves-cut');
    // Magnesium fires: no water.
    expect(get('lib.ys.lm.05').signIds).toContain('sign.no-water-extinguish');
    expect(get('lib.sm.ls.07').signIds).toContain('sign.no-e-bikes');
  });

  it('ranks the right entries first for real small-firm posts', () => {
    const cases: [Industry, string, string[], string][] = [
      ['building-materials', '搅拌机操作工 负责搅拌站清机', ['搅拌主机', '配料机'], 'lib.jc.sn.01'],
      ['building-materials', '上料员 粉罐车打灰', ['水泥仓'], 'lib.jc.sn.02'],
      ['building-materials', '离心工 管桩离心成型', ['离心机', '管模'], 'lib.jc.sn.10'],
      ['building-materials', '钢化工', ['钢化炉'], 'lib.jc.bl.07'],
      ['building-materials', '上片工 原片上片', ['A字架', '吸盘'], 'lib.jc.bl.08'],
      ['building-materials', '球磨工', ['球磨机'], 'lib.jc.tc.01'],
      ['building-materials', '压机工', ['液压压砖机'], 'lib.jc.tc.06'],
      ['building-materials', '切石工 桥切机切板', ['桥切机'], 'lib.jc.sc.04'],
      ['building-materials', '搬运工 大板装车', ['A字架', '大板'], 'lib.jc.sc.05'],
      ['metallurgy', '电炉工 炉前操作', ['电弧炉'], 'lib.yj.rl.03'],
      ['metallurgy', '冷轧工', ['冷轧机'], 'lib.yj.yy.06'],
      ['metallurgy', '酸洗工', ['酸洗槽'], 'lib.yj.yy.09'],
      ['nonferrous', '铸造工 深井铸造铝棒', ['深井铸造机', '结晶器'], 'lib.ys.jz.01'],
      ['nonferrous', '挤压工', ['挤压机'], 'lib.ys.yy.02'],
      ['nonferrous', '抛光工 铝件抛光', ['抛光机', '湿式除尘器'], 'lib.ys.lm.02'],
      ['tobacco', '仓管员 负责熏蒸', ['磷化铝'], 'lib.yc.jg.01'],
      ['tobacco', '切丝工', ['切丝机'], 'lib.yc.jg.05'],
      ['commerce', '理货员 补货上架', ['货架', '人字梯'], 'lib.sm.ls.02'],
      ['commerce', '仓管员', ['托盘货架', '叉车'], 'lib.sm.cc.01'],
      ['commerce', '冷库搬运工', ['冷库门'], 'lib.sm.lk.01'],
      ['commerce', '营业员 扶梯口值守', ['自动扶梯'], 'lib.sm.ls.05'],
    ];
    for (const [industry, post, equipment, expected] of cases) {
      expect(best(industry, post, equipment), post).toContain(expected);
    }
  });

  it('does not pull these entries into unrelated posts', () => {
    expect(best('commerce', '会计 财务核算', ['电脑', '打印机'])).toEqual([]);
    expect(best('building-materials', '冲床工', ['冲床'])).toEqual([]);
  });
});
