import { describe, expect, it } from 'vitest';
import { standardsStats } from './stats';

describe('standardsStats', () => {
  const s = standardsStats();

  it('counts accident types and the mapping', () => {
    expect(s.accidentTypes).toEqual({ 'GB 6441-1986': 20, 'GB 6441-2025': 27 });
    expect(s.accidentTypeMapping).toEqual({ rows: 20, needsChoice: 7 });
  });

  it('counts factor codes per level', () => {
    expect(s.factorCodes['GB/T 13861-2022']).toMatchObject({ level1: 4, level2: 15, level3: 44 });
  });

  it('counts clauses per group', () => {
    expect(s.majorHazardClauses['应急管理部令第10号']).toMatchObject({
      total: 64, general: 3, industry: 47, special: 14, bySpecial: { dust: 10, ammonia: 2, confined: 2 },
    });
    expect(s.majorHazardClauses['应急管理部令第10号'].byIndustry).toMatchObject({
      metallurgy: 8, nonferrous: 13, 'building-materials': 8, machinery: 7, light: 7, textile: 2, tobacco: 2, commerce: 0,
    });
    expect(s.majorHazardClauses['安监总管四〔2017〕129号']).toMatchObject({ total: 59, general: 0, industry: 45, special: 14, printable: 0 });
  });

  it('counts signs per edition and category', () => {
    expect(s.signs['GB 2894-2008']).toEqual({ total: 103, byCategory: { prohibition: 40, warning: 39, mandatory: 16, information: 8 }, withCode: 103 });
    expect(s.signs['GB 2894-2025']).toMatchObject({ total: 121, withCode: 0, withdrawn: 1, added: 19 });
  });

  it('counts PPE and emergency templates, and is plain JSON', () => {
    expect(s.ppe).toBe(32);
    expect(s.emergencyTemplates).toEqual({ total: 28, accidentTypes: 23, scenarios: 5 });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.current.safetySigns).toBe('GB 2894-2025');
    expect(s.editions.map((e) => e.designation)).toContain('安监总管四〔2017〕129号');
  });
});
