import { describe, expect, it } from 'vitest';
import { ENTRIES } from './light-textile';
import { GB6441_2025_CODES } from '../../standards/accidentTypeCodes';
import { majorHazardClause } from '../../standards/majorHazards';

/** Section path → id prefix, as assigned for the 轻工 and 纺织 library sections. */
const PREFIX: Record<string, string> = {
  '轻工 › 家具/木制品': 'lib.qg.mj.',
  '轻工 › 橡胶和塑料制品': 'lib.qg.sj.',
  '轻工 › 食品': 'lib.qg.sp.',
  '轻工 › 造纸与纸制品': 'lib.qg.zz.',
  '轻工 › 印刷': 'lib.qg.ys.',
  '轻工 › 酿酒/饮料': 'lib.qg.jy.',
  '纺织 › 纺纱': 'lib.fz.fs.',
  '纺织 › 织造': 'lib.fz.zb.',
  '纺织 › 印染': 'lib.fz.yr.',
  '纺织 › 服装': 'lib.fz.fz.',
};
const byId = new Map(ENTRIES.map((e) => [e.id, e]));

describe('轻工/纺织 library sections', () => {
  it('covers every assigned section with at least 8 entries and 110 in total', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(110);
    for (const path of Object.keys(PREFIX)) {
      expect(ENTRIES.filter((e) => e.section === path).length, path).toBeGreaterThanOrEqual(8);
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
      if (e.measures.length < 4 || e.measures.length > 8) bad.push(`${e.id}: ${e.measures.length} measures`);
      if (kinds.size < 4) bad.push(`${e.id}: only ${kinds.size} measure kinds`);
      if (!e.suggestedLec) bad.push(`${e.id}: no LEC`);
      const { postKeywords: post, equipmentKeywords: equip, industries } = e.applicability;
      if (post.length < 3 || post.length > 8) bad.push(`${e.id}: ${post.length} post keywords`);
      if (equip.length < 3 || equip.length > 8) bad.push(`${e.id}: ${equip.length} equipment keywords`);
      const industry = e.section.startsWith('轻工') ? 'light' : 'textile';
      if (!industries.includes(industry)) bad.push(`${e.id}: industry ${industry} missing`);
    }
    expect(bad).toEqual([]);
  });

  it('has no two entries with the same hazard text', () => {
    const seen = new Set<string>();
    const dup = ENTRIES.filter((e) => (seen.has(e.hazard) ? true : (seen.add(e.hazard), false))).map((e) => e.id);
    expect(dup).toEqual([]);
  });

  it('links the 轻工 and 纺织 major hidden-hazard clauses of 应急管理部令第10号 to the right entries', () => {
    expect(byId.get('lib.qg.sp.01')?.majorHazardClause).toBe('mh2023.8.1');
    expect(byId.get('lib.qg.jy.01')?.majorHazardClause).toBe('mh2023.8.2');
    expect(byId.get('lib.qg.zz.05')?.majorHazardClause).toBe('mh2023.8.3');
    expect(byId.get('lib.fz.yr.01')?.majorHazardClause).toBe('mh2023.9.1');
    expect(byId.get('lib.fz.yr.06')?.majorHazardClause).toBe('mh2023.9.2');
    expect(byId.get('lib.fz.yr.07')?.majorHazardClause).toBe('mh2023.9.2');
    // Only clauses of the sections' own industries and of the special parts may appear.
    const allowed = /^mh2023\.(8\.[1-7]|9\.[12]|11\.(10|[1-9])|12\.[12]|13\.[12])$/;
    const bad = ENTRIES.filter((e) => e.majorHazardClause && !allowed.test(e.majorHazardClause)).map((e) => e.id);
    expect(bad).toEqual([]);
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

  it('flags special-operation entries so that the screening step can switch them on', () => {
    expect(byId.get('lib.qg.mj.09')?.applicability.flags).toEqual(['dustExplosion']);
    expect(byId.get('lib.qg.mj.09')?.majorHazardClause).toBe('mh2023.11.8');
    for (const e of ENTRIES.filter((x) => x.majorHazardClause?.startsWith('mh2023.12.'))) {
      expect(e.applicability.flags, e.id).toContain('ammoniaRefrigeration');
    }
    expect(byId.get('lib.qg.sp.13')?.majorHazardClause).toBe('mh2023.12.2');
    expect(byId.get('lib.qg.sp.14')?.majorHazardClause).toBe('mh2023.12.1');
  });

  it('records the accident types of key factors as GB 6441-2025 codes', () => {
    // Hydrosulfite store: fire (自燃) and SO₂ poisoning.
    expect(byId.get('lib.fz.yr.06')?.accidentTypes).toEqual([GB6441_2025_CODES.火灾, GB6441_2025_CODES.中毒]);
    // Liquor blending rooms: flammable-vapour explosion, not the retired 其他爆炸.
    expect(byId.get('lib.qg.jy.01')?.accidentTypes[0]).toBe(GB6441_2025_CODES.可燃液体蒸气爆炸);
    // Fermentation pits: asphyxia is separate from poisoning in the 2025 edition.
    expect(byId.get('lib.qg.jy.06')?.accidentTypes).toEqual([GB6441_2025_CODES.窒息]);
  });

  it('gives machine entries the words small factories use for posts and machines', () => {
    expect(byId.get('lib.qg.sj.01')?.applicability.equipmentKeywords).toContain('注塑机');
    expect(byId.get('lib.qg.mj.01')?.applicability.equipmentKeywords).toEqual(expect.arrayContaining(['推台锯', '木工圆锯']));
    expect(byId.get('lib.qg.mj.01')?.applicability.postKeywords).toContain('开料');
    expect(byId.get('lib.fz.zb.01')?.applicability.postKeywords).toContain('挡车工');
    expect(byId.get('lib.fz.yr.02')?.applicability.equipmentKeywords).toContain('定型机');
  });
});
