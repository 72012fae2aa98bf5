import { describe, expect, it } from 'vitest';
import { ENTRIES } from './machinery';
import type { LibraryEntry } from '../schema';
import { GB6441_2025_CODES } from '../../standards/accidentTypeCodes';
import { majorHazardClause } from '../../standards/majorHazards';
import { libraryEntries } from '../library';

/** Section path → id prefix, as assigned for the 机械 library sections. */
const PREFIX: Record<string, string> = {
  '机械 › 机加工': 'lib.jx.jjg.',
  '机械 › 冲压/锻压': 'lib.jx.cy.',
  '机械 › 铸造': 'lib.jx.zz.',
  '机械 › 焊接切割': 'lib.jx.hj.',
  '机械 › 涂装/喷涂': 'lib.jx.tz.',
  '机械 › 热处理与电镀': 'lib.jx.rcl.',
  '机械 › 装配': 'lib.jx.zp.',
};
/** Machining, stamping and welding are the bulk of small metal-products firms: 18–25 each. */
const MAIN = ['机械 › 机加工', '机械 › 冲压/锻压', '机械 › 焊接切割'];
/** GB/T 13861-2022 codes the authoring notes allow. */
const FACTOR_CODES = new Set(
  ('1101 1102 1103 1104 1105 1201 1202 1203 1299 2101 2102 2103 2104 2105 2106 2107 2108 2109 2110 2111 2112 2113 '
    + '2114 2199 22 23 3101 3102 3103 3104 3105 3106 3107 3108 3109 3110 3111 3112 3113 3114 3199 32 33 39 41 42 '
    + '4301 4302 4303 4304 4399 44 45 49').split(' '),
);
const byId = new Map(ENTRIES.map((e) => [e.id, e]));
const get = (id: string): LibraryEntry => {
  const e = byId.get(id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};

/**
 * The simplest ranker the keywords must work for: a keyword counts when it occurs in the post's
 * name/job text (post keywords) or in one of its machines (equipment keywords).
 */
function matches(e: LibraryEntry, postText: string, equipment: string[]): number {
  const p = e.applicability.postKeywords.filter((k) => postText.includes(k)).length;
  const q = e.applicability.equipmentKeywords.filter((k) => equipment.some((x) => x.includes(k))).length;
  return p + q;
}
function best(postText: string, equipment: string[], n = 5): string[] {
  return ENTRIES.map((e) => ({ id: e.id, s: matches(e, postText, equipment) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((x) => x.id);
}

describe('机械 library sections', () => {
  it('covers every assigned section, at least 110 entries, 18–25 in machining, stamping and welding', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(110);
    for (const path of Object.keys(PREFIX)) {
      const n = ENTRIES.filter((e) => e.section === path).length;
      if (MAIN.includes(path)) {
        expect(n, path).toBeGreaterThanOrEqual(18);
        expect(n, path).toBeLessThanOrEqual(25);
      } else expect(n, path).toBeGreaterThanOrEqual(10);
    }
    expect(ENTRIES.filter((e) => !(e.section in PREFIX)).map((e) => e.id)).toEqual([]);
  });

  it('numbers ids per section with its prefix, 01 upwards without gaps', () => {
    for (const [path, prefix] of Object.entries(PREFIX)) {
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
      // One-character keywords (车, 炉, 焊) would match almost every post.
      for (const k of [...post, ...equip]) if ([...k].length < 2) bad.push(`${e.id}: keyword '${k}' too short`);
      if (!industries.includes('machinery')) bad.push(`${e.id}: industry machinery missing`);
      if (e.basis.some((b) => b.clause !== undefined)) bad.push(`${e.id}: unverified clause given`);
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

  it('tags the 机械 gas-burner, solvent-cleaning and dust clauses on the right entries', () => {
    expect(get('lib.jx.cy.21').majorHazardClause).toBe('mh2023.7.5');
    expect(get('lib.jx.zz.18').majorHazardClause).toBe('mh2023.7.5');
    expect(get('lib.jx.tz.05').majorHazardClause).toBe('mh2023.7.5');
    expect(get('lib.jx.zp.12').majorHazardClause).toBe('mh2023.7.6');
    expect(get('lib.jx.jjg.20').majorHazardClause).toBe('mh2023.11.10');
    // 7.1–7.4 (molten metal), 7.7 (paint rooms) and 3.2 (certificates) belong to the common sections
    // 熔融金属, 喷涂与有机溶剂 and 危险作业 › 动火; repeating them here would print them twice.
    const allowed = /^mh2023\.(7\.[56]|11\.(10|[1-9]))$/;
    expect(ENTRIES.filter((e) => e.majorHazardClause && !allowed.test(e.majorHazardClause)).map((e) => e.id)).toEqual([]);
  });

  it('refers only to clauses of the 2023 register, matching the entry industry and flags', () => {
    const bad: string[] = [];
    for (const e of ENTRIES) {
      if (!e.majorHazardClause) continue;
      const c = majorHazardClause(e.majorHazardClause);
      if (!c) bad.push(`${e.id}: ${e.majorHazardClause} unknown`);
      else if (c.industry && !e.applicability.industries.includes(c.industry)) bad.push(`${e.id}: industry ${c.industry}`);
      else for (const f of c.flags) if (!e.applicability.flags.includes(f)) bad.push(`${e.id}: flag ${f} missing`);
    }
    expect(bad).toEqual([]);
  });

  it('leaves no 机械 clause of 应急管理部令第10号 without a library entry a machinery firm can see', () => {
    const forMachinery = libraryEntries().filter((e) => e.applicability.industries.includes('machinery'));
    for (let i = 1; i <= 7; i++) {
      expect(forMachinery.some((e) => e.majorHazardClause === `mh2023.7.${i}`), `mh2023.7.${i}`).toBe(true);
    }
  });

  it('does not repeat hazards of the common sections a machinery firm also sees', () => {
    const others = libraryEntries().filter((e) => !e.id.startsWith('lib.jx.') && e.applicability.industries.includes('machinery'));
    const grams = (s: string): Set<string> => {
      const t = [...s.replace(/[，、。；：（）\s]/g, '')];
      return new Set(t.slice(1).map((c, i) => t[i] + c));
    };
    const jaccard = (a: Set<string>, b: Set<string>): number => {
      let n = 0;
      for (const x of a) if (b.has(x)) n++;
      return n / (a.size + b.size - n);
    };
    const close: string[] = [];
    for (const e of ENTRIES) {
      const g = grams(e.hazard);
      for (const o of others) if (jaccard(g, grams(o.hazard)) >= 0.25) close.push(`${e.id} ~ ${o.id}`);
    }
    expect(close).toEqual([]);
  });

  it('rates major hidden-hazard factors at least 显著危险 (D ≥ 70) before measures', () => {
    const low = ENTRIES.filter((e) => e.majorHazardClause && e.suggestedLec)
      .filter((e) => e.suggestedLec!.L * e.suggestedLec!.E * e.suggestedLec!.C < 70)
      .map((e) => e.id);
    expect(low).toEqual([]);
  });

  it('flags special-operation entries so that the screening step can switch them on', () => {
    expect(get('lib.jx.jjg.20').applicability.flags).toEqual(['dustExplosion']);
    expect(get('lib.jx.tz.02').applicability.flags).toEqual(['spraying']);
    expect(get('lib.jx.zz.15').applicability.flags).toEqual(['metalSmelting']);
    expect(get('lib.jx.zp.12').applicability.flags).toEqual(['hazardousChemicals']);
    // Pretreatment and electrocoating are not spraying; ordinary machining is not special at all.
    expect(get('lib.jx.tz.07').applicability.flags).toEqual([]);
    expect(get('lib.jx.tz.09').applicability.flags).toEqual([]);
    expect(get('lib.jx.jjg.01').applicability.flags).toEqual([]);
    expect(ENTRIES.filter((e) => e.section === '机械 › 冲压/锻压' && e.applicability.flags.length > 0)).toEqual([]);
  });

  it('records accident types as GB 6441-2025 codes, with the specific explosion types', () => {
    const C = GB6441_2025_CODES;
    // Molten metal meeting water is its own 2025 type, not the retired 其他爆炸.
    expect(get('lib.jx.zz.15').accidentTypes[0]).toBe(C.高温熔融物爆炸);
    expect(get('lib.jx.tz.06').accidentTypes[0]).toBe(C.可燃液体蒸气爆炸);
    expect(get('lib.jx.hj.12').accidentTypes).toEqual([C.可燃气体爆炸]);
    expect(get('lib.jx.jjg.20').accidentTypes[0]).toBe(C.粉尘爆炸);
    // Cyanide bath with acid: poisoning, separate from asphyxia in the 2025 edition.
    expect(get('lib.jx.rcl.06').accidentTypes).toEqual([C.中毒]);
    expect(get('lib.jx.hj.19').accidentTypes).toContain(C.窒息);
    expect(get('lib.jx.cy.01').accidentTypes).toEqual([C.机械致害]);
    expect(get('lib.jx.zp.18').accidentTypes).toEqual([C['厂（场）内车辆致害']]);
    // No 1986 catch-all explosion survives: '其他' is never paired with an explosion factor.
    const explosive = ENTRIES.filter((e) => /爆炸|爆燃|燃爆|闪爆/.test(e.consequence) && e.accidentTypes.includes(C.其他));
    expect(explosive.map((e) => e.id)).toEqual([]);
  });

  it('gives machine entries the words small factories use for posts and machines', () => {
    expect(get('lib.jx.cy.01').applicability.equipmentKeywords).toEqual(expect.arrayContaining(['冲床', '压力机']));
    expect(get('lib.jx.cy.14').applicability.equipmentKeywords).toContain('折弯机');
    expect(get('lib.jx.cy.12').applicability.equipmentKeywords).toContain('剪板机');
    expect(get('lib.jx.jjg.08').applicability.equipmentKeywords).toEqual(expect.arrayContaining(['加工中心', 'CNC']));
    expect(get('lib.jx.jjg.03').applicability.equipmentKeywords).toContain('走心机');
    expect(get('lib.jx.jjg.10').applicability.postKeywords).toContain('砂轮机');
    expect(get('lib.jx.hj.01').applicability.postKeywords).toEqual(expect.arrayContaining(['电焊', '二保焊']));
    expect(get('lib.jx.zz.01').applicability.equipmentKeywords).toContain('中频炉');
    expect(get('lib.jx.zz.14').applicability.equipmentKeywords).toContain('压铸机');
    expect(get('lib.jx.tz.05').applicability.equipmentKeywords).toContain('固化炉');
    expect(get('lib.jx.hj.08').applicability.equipmentKeywords).toEqual(expect.arrayContaining(['点焊机', '碰焊机']));
  });

  it('ranks the right entries first for real small-factory posts', () => {
    const cases: [post: string, equipment: string[], expected: string][] = [
      ['冲床工 负责冲床送料取件', ['125吨冲床', '开式压力机'], 'lib.jx.cy.01'],
      ['数控车工', ['数控车床'], 'lib.jx.jjg.04'],
      ['CNC操作工 加工中心上下料', ['立式加工中心'], 'lib.jx.jjg.08'],
      ['折弯工', ['数控折弯机'], 'lib.jx.cy.14'],
      ['剪板工 下料', ['液压剪板机'], 'lib.jx.cy.12'],
      ['锻工', ['空气锤', '加热炉'], 'lib.jx.cy.18'],
      ['电焊工 二保焊焊接支架', ['二保焊机'], 'lib.jx.hj.01'],
      ['激光切割操作工', ['光纤激光切割机'], 'lib.jx.hj.16'],
      ['炉前工 熔炼浇注', ['1吨中频炉', '浇包'], 'lib.jx.zz.01'],
      ['造型工', ['射压造型线'], 'lib.jx.zz.06'],
      ['压铸工', ['280T压铸机'], 'lib.jx.zz.14'],
      ['抛光工 铝件抛光', ['抛光机', '布轮'], 'lib.jx.jjg.20'],
      ['喷塑工', ['喷塑线', '固化炉'], 'lib.jx.tz.05'],
      ['热处理工 淬火回火', ['网带炉', '淬火油槽'], 'lib.jx.rcl.01'],
      ['电镀工 挂镀镀锌', ['镀锌线', '镀槽'], 'lib.jx.rcl.13'],
      ['装配工 流水线装配', ['装配线', '风批'], 'lib.jx.zp.04'],
    ];
    for (const [post, equipment, expected] of cases) expect(best(post, equipment), post).toContain(expected);
  });

  it('does not pull machinery entries into unrelated posts', () => {
    // 车工 is deliberately not a keyword: it is also the tail of 叉车工.
    for (const [post, equipment] of [
      ['叉车工 叉车司机 装卸货', ['叉车']],
      ['行政文员', ['电脑']],
      ['食堂厨师', ['燃气灶']],
      ['保安 门卫', ['监控']],
    ] as [string, string[]][]) {
      expect(best(post, equipment), post).toEqual([]);
    }
  });
});
