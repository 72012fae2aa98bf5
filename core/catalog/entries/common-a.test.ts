import { describe, expect, it } from 'vitest';
import { ENTRIES } from './common-a';
import { LibraryEntrySchema, type LibraryEntry } from '../schema';
import { SECTIONS } from '../sections';
import { INDUSTRIES } from '../../model/vocab';

/** Section → id prefix and flag of the assignment (the flag comes from sections.ts). */
const PREFIX: Record<string, string> = {
  粉尘防爆: 'lib.gg.fb.',
  涉氨制冷: 'lib.gg.an.',
  有限空间作业: 'lib.gg.yx.',
  喷涂与有机溶剂: 'lib.gg.pt.',
  '危险作业 › 动火': 'lib.gg.wx.dh.',
  '危险作业 › 高处': 'lib.gg.wx.gc.',
  '危险作业 › 吊装': 'lib.gg.wx.dz.',
  '危险作业 › 临时用电': 'lib.gg.wx.ls.',
  '危险作业 › 检维修': 'lib.gg.wx.jwx.',
  '电气 › 配电房': 'lib.gg.dq.pd.',
  '电气 › 线路': 'lib.gg.dq.xl.',
  '电气 › 防爆电气': 'lib.gg.dq.fb.',
};

const bySection = (path: string): LibraryEntry[] => ENTRIES.filter((e) => e.section === path);
const byId = (id: string): LibraryEntry => {
  const e = ENTRIES.find((x) => x.id === id);
  if (!e) throw new Error(`missing ${id}`);
  return e;
};

describe('common-a library entries', () => {
  it('has at least 110 schema-valid entries with unique ids', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(110);
    for (const e of ENTRIES) expect(LibraryEntrySchema.safeParse(e).success, e.id).toBe(true);
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
  });

  it('fills every assigned section (dust and hazardous work more deeply) and nothing else', () => {
    expect(new Set(ENTRIES.map((e) => e.section))).toEqual(new Set(Object.keys(PREFIX)));
    for (const path of Object.keys(PREFIX)) expect(bySection(path).length, path).toBeGreaterThanOrEqual(6);
    expect(bySection('粉尘防爆').length).toBeGreaterThanOrEqual(20);
    expect(ENTRIES.filter((e) => e.section.startsWith('危险作业')).length).toBeGreaterThanOrEqual(35);
  });

  it('uses the section id prefix and the section flag', () => {
    for (const e of ENTRIES) {
      expect(e.id.startsWith(PREFIX[e.section] ?? '?'), e.id).toBe(true);
      const flag = SECTIONS.find((s) => s.path === e.section)?.flag;
      expect(e.applicability.flags, e.id).toEqual(flag ? [flag] : []);
    }
    expect(byId('lib.gg.fb.01').applicability.flags).toEqual(['dustExplosion']);
    expect(byId('lib.gg.an.02').applicability.flags).toEqual(['ammoniaRefrigeration']);
    expect(byId('lib.gg.yx.03').applicability.flags).toEqual(['confinedSpace']);
    expect(byId('lib.gg.pt.04').applicability.flags).toEqual(['spraying']);
  });

  it('applies to every industry, except the paint-room pair that splits 机械 §7 and 轻工 §8', () => {
    const split = new Set(['lib.gg.pt.01', 'lib.gg.pt.02']);
    for (const e of ENTRIES.filter((x) => !split.has(x.id))) expect(e.applicability.industries, e.id).toEqual([...INDUSTRIES]);
    const a = byId('lib.gg.pt.01');
    const b = byId('lib.gg.pt.02');
    expect(b.applicability.industries).toEqual(['light']);
    expect(b.majorHazardClause).toBe('mh2023.8.6');
    expect(a.majorHazardClause).toBe('mh2023.7.7');
    expect(a.applicability.industries).not.toContain('light');
    expect([...a.applicability.industries, ...b.applicability.industries].sort()).toEqual([...INDUSTRIES].sort());
    expect(a.hazard).toBe(b.hazard);
  });

  it('covers every dust, ammonia and confined-space major hidden hazard of 应急管理部令第10号', () => {
    const mh = new Set(ENTRIES.map((e) => e.majorHazardClause).filter(Boolean));
    const wanted = [
      ...Array.from({ length: 10 }, (_, i) => `mh2023.11.${i + 1}`),
      'mh2023.12.1', 'mh2023.12.2', 'mh2023.13.1', 'mh2023.13.2',
      'mh2023.3.1', 'mh2023.3.2', 'mh2023.7.6', 'mh2023.7.7', 'mh2023.8.6',
    ];
    for (const id of wanted) expect(mh.has(id), id).toBe(true);
    expect(byId('lib.gg.an.02').hazard).toContain('9人');
    // Each section-11/12/13 entry cites the order it comes from.
    for (const e of ENTRIES.filter((x) => /^mh2023\.1[123]\./.test(x.majorHazardClause ?? ''))) {
      expect(e.basis.some((b) => b.ref === '应急管理部令第10号'), e.id).toBe(true);
    }
  });

  it('follows the authoring rules: 4–8 measures of ≥ 4 kinds, short hazards, LEC, 3–8 keywords', () => {
    const L = [0.1, 0.2, 0.5, 1, 3, 6, 10], E = [0.5, 1, 2, 3, 6, 10], C = [1, 3, 7, 15, 40, 100];
    for (const e of ENTRIES) {
      expect(e.measures.length, e.id).toBeGreaterThanOrEqual(4);
      expect(e.measures.length, e.id).toBeLessThanOrEqual(8);
      expect(new Set(e.measures.map((m) => m.kind)).size, e.id).toBeGreaterThanOrEqual(4);
      expect(e.hazard.length, e.id).toBeLessThanOrEqual(80);
      for (const m of e.measures) expect(m.check.length, `${e.id}: ${m.check}`).toBeGreaterThanOrEqual(6);
      expect(e.suggestedLec, e.id).toBeDefined();
      const lec = e.suggestedLec!;
      expect(L.includes(lec.L) && E.includes(lec.E) && C.includes(lec.C), e.id).toBe(true);
      for (const k of [e.applicability.postKeywords, e.applicability.equipmentKeywords]) {
        expect(k.length, e.id).toBeGreaterThanOrEqual(3);
        expect(k.length, e.id).toBeLessThanOrEqual(8);
      }
      expect(e.signIds.length, e.id).toBeGreaterThan(0);
    }
  });

  it('has no repeated hazard text apart from the paint-room pair', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of ENTRIES) {
      const other = seen.get(e.hazard);
      if (other) dups.push(`${other} = ${e.id}`);
      seen.set(e.hazard, e.id);
    }
    expect(dups).toEqual(['lib.gg.pt.01 = lib.gg.pt.02']);
  });

  it('carries the keywords that make entries suggested for the right posts', () => {
    for (const e of bySection('电气 › 配电房')) {
      expect(e.applicability.postKeywords, e.id).toContain('电工');
      expect(e.applicability.equipmentKeywords.some((k) => ['配电柜', '配电房', '配电箱', '变压器', '开关柜'].includes(k)), e.id).toBe(true);
    }
    const room = byId('lib.gg.dq.pd.04');
    expect(room.applicability.postKeywords).toEqual(expect.arrayContaining(['电工', '配电', '维修电工']));
    expect(room.applicability.equipmentKeywords).toEqual(expect.arrayContaining(['配电柜', '配电箱', '变压器', '配电房']));
    const hot = bySection('危险作业 › 动火');
    expect(hot.filter((e) => e.applicability.postKeywords.includes('焊工')).length).toBeGreaterThanOrEqual(hot.length - 1);
    expect(byId('lib.gg.wx.dh.01').applicability.postKeywords).toEqual(expect.arrayContaining(['焊工', '维修', '动火']));
    expect(byId('lib.gg.wx.dh.01').applicability.equipmentKeywords).toEqual(expect.arrayContaining(['电焊机', '割枪', '气割']));
    expect(byId('lib.gg.fb.09').applicability.equipmentKeywords).toContain('砂光机');
    expect(byId('lib.gg.an.03').applicability.postKeywords).toContain('制冷工');
  });

  it('keeps concrete values the checks depend on', () => {
    expect(byId('lib.gg.wx.dh.03').measures[0]?.text).toContain('30 min');
    const line = byId('lib.gg.wx.ls.04').measures[0];
    expect(line?.text).toContain('2.5 m');
    expect(line?.method).toBe('measure');
    expect(byId('lib.gg.yx.10').measures[0]?.text).toContain('12 V');
    expect(byId('lib.gg.yx.03').measures.some((m) => m.text.includes('19.5%～21%'))).toBe(true);
    expect(byId('lib.gg.dq.pd.08').hazard).toContain('7 m');
    expect(byId('lib.gg.an.06').measures.some((m) => m.text.includes('0.8 MPa'))).toBe(true);
    // 粉尘爆炸 (WSA10018) is among the GB 6441-2025 types of every dust-section entry.
    expect(bySection('粉尘防爆').every((e) => e.accidentTypes.includes('WSA10018'))).toBe(true);
  });
});
