import { describe, expect, it } from 'vitest';
import {
  MajorHazardClauseSchema, articleItemRef, chineseNumeral, clauseCitationForPrint, displayClauseRef, printableClauseRef,
} from './majorHazardSchema';
import { MAJOR_HAZARD_CLAUSES, clausesFor, clausesOf, majorHazardClause, successorOf } from './majorHazards';

const ids2023 = (article: number, n: number): string[] => Array.from({ length: n }, (_, i) => `mh2023.${article}.${i + 1}`);

describe('major hidden-hazard clauses', () => {
  it('every clause matches the schema; ids are unique', () => {
    for (const c of MAJOR_HAZARD_CLAUSES) expect(MajorHazardClauseSchema.parse(c)).toEqual(c);
    expect(new Set(MAJOR_HAZARD_CLAUSES.map((c) => c.id)).size).toBe(MAJOR_HAZARD_CLAUSES.length);
  });

  it('应急管理部令第10号 has exactly the fixed ids, 3 + 47 + 14', () => {
    const expected = [
      ...ids2023(3, 3), ...ids2023(4, 8), ...ids2023(5, 13), ...ids2023(6, 8), ...ids2023(7, 7), ...ids2023(8, 7),
      ...ids2023(9, 2), ...ids2023(10, 2), ...ids2023(11, 10), ...ids2023(12, 2), ...ids2023(13, 2),
    ];
    const cs = clausesOf('应急管理部令第10号');
    expect(cs.map((c) => c.id)).toEqual(expected);
    expect(cs.filter((c) => c.group === 'general')).toHaveLength(3);
    expect(cs.filter((c) => c.group === 'industry')).toHaveLength(47);
    expect(cs.filter((c) => c.special === 'dust')).toHaveLength(10);
    expect(cs.filter((c) => c.special === 'ammonia')).toHaveLength(2);
    expect(cs.filter((c) => c.special === 'confined')).toHaveLength(2);
    expect(cs.filter((c) => c.industry === 'commerce')).toHaveLength(0);
  });

  it('2023 clauses carry their article, industry and topic', () => {
    expect(majorHazardClause('mh2023.6.2')).toMatchObject({ ref: '第六条第（二）项', industry: 'building-materials', group: 'industry' });
    expect(majorHazardClause('mh2023.5.13')).toMatchObject({ ref: '第五条第（十三）项', industry: 'nonferrous' });
    expect(majorHazardClause('mh2023.11.10')).toMatchObject({ ref: '第十一条第（十）项', special: 'dust', flags: ['dustExplosion'] });
    expect(majorHazardClause('mh2023.12.2')!.summaryZh).toContain('9人');
    expect(majorHazardClause('mh2023.8.7')!.summaryZh).toContain('锂离子电池');
    expect(majorHazardClause('mh2023.7.7')!.flags).toContain('spraying');
  });

  it('the 2017 edition keeps its structure: 专项 14 = 10 + 2 + 2, 行业 45 by industry', () => {
    const cs = clausesOf('安监总管四〔2017〕129号');
    expect(cs).toHaveLength(59);
    const count = (pred: (c: (typeof cs)[number]) => boolean): number => cs.filter(pred).length;
    expect([count((c) => c.special === 'dust'), count((c) => c.special === 'ammonia'), count((c) => c.special === 'confined')]).toEqual([10, 2, 2]);
    expect(['metallurgy', 'nonferrous', 'building-materials', 'machinery', 'light', 'textile', 'tobacco', 'commerce']
      .map((i) => count((c) => c.industry === i))).toEqual([11, 10, 6, 7, 6, 2, 2, 1]);
    expect(cs.every((c) => /^mh2017\.[a-z-]+\.\d+$/.test(c.id))).toBe(true);
  });

  it('every 2017 successor is a 2023 clause', () => {
    for (const c of clausesOf('安监总管四〔2017〕129号')) {
      if (c.successor) expect(majorHazardClause(c.successor)?.edition, c.id).toBe('应急管理部令第10号');
    }
    expect(successorOf('mh2017.dust.9')?.id).toBe('mh2023.11.8');
    expect(successorOf('mh2017.commerce.1')).toBeUndefined();
  });

  it('no clause tagged M or ? yields a printable number', () => {
    const unverified = MAJOR_HAZARD_CLAUSES.filter((c) => c.confidence === 'M' || c.confidence === '?');
    expect(unverified.length).toBeGreaterThan(0);
    for (const c of unverified) {
      expect(printableClauseRef(c), c.id).toBeNull();
      expect(displayClauseRef(c)).toBe(`${c.edition} ${c.ref}（待核实）`);
      expect(clauseCitationForPrint(c)).toBe(c.edition);
    }
    for (const c of MAJOR_HAZARD_CLAUSES.filter((x) => x.confidence === 'V' || x.confidence === 'S')) {
      expect(printableClauseRef(c)).toBe(`${c.edition} ${c.ref}`);
    }
    expect(printableClauseRef(majorHazardClause('mh2023.3.2')!)).toBe('应急管理部令第10号 第三条第（二）项');
    expect(printableClauseRef(majorHazardClause('mh2023.4.5')!)).toBeNull();
    expect(printableClauseRef(majorHazardClause('mh2017.dust.1')!)).toBeNull();
  });

  it('tags clauses as the facts file does', () => {
    const conf = (id: string): string => majorHazardClause(id)!.confidence;
    expect(['mh2023.3.1', 'mh2023.4.4', 'mh2023.6.8', 'mh2023.7.2', 'mh2023.11.1', 'mh2023.12.1', 'mh2023.13.2'].map(conf)).toEqual(['V', 'V', 'V', 'V', 'V', 'V', 'V']);
    expect(['mh2023.4.5', 'mh2023.5.1', 'mh2023.7.3', 'mh2023.8.1', 'mh2023.9.1', 'mh2023.10.2'].map(conf)).toEqual(['M', 'M', 'M', 'M', 'M', 'M']);
  });

  it('writes Chinese article numbers', () => {
    expect([1, 3, 10, 11, 13, 20, 21].map(chineseNumeral)).toEqual(['一', '三', '十', '十一', '十三', '二十', '二十一']);
    expect(articleItemRef(13, 2)).toBe('第十三条第（二）项');
    expect(() => chineseNumeral(0)).toThrow();
  });

  it('selects the clauses that concern an enterprise', () => {
    const ids = clausesFor('应急管理部令第10号', 'light', ['ammoniaRefrigeration']).map((c) => c.id);
    expect(ids).toEqual(['mh2023.3.1', 'mh2023.3.2', ...ids2023(8, 7), 'mh2023.12.1', 'mh2023.12.2']);
    const smelting = clausesFor('应急管理部令第10号', 'metallurgy', ['metalSmelting']).map((c) => c.id);
    expect(smelting).toEqual(['mh2023.3.1', 'mh2023.3.2', 'mh2023.3.3', ...ids2023(4, 8)]);
  });
});
