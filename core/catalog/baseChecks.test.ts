import { describe, expect, it } from 'vitest';
import { INDUSTRIES, SPECIAL_FLAGS } from '../model/vocab';
import { majorHazardClause } from '../standards/majorHazards';
import { BASE_CHECKS, BASE_CHECK_GROUPS, BaseCheckSchema, baseCheck, baseChecksFor } from './baseChecks';

describe('base inspection items', () => {
  it('every item matches the schema', () => {
    for (const c of BASE_CHECKS) expect(BaseCheckSchema.parse(c)).toEqual(c);
  });

  it('has about 60–120 items with unique ids and unique check texts per applicability', () => {
    expect(BASE_CHECKS.length).toBeGreaterThanOrEqual(60);
    expect(BASE_CHECKS.length).toBeLessThanOrEqual(120);
    expect(new Set(BASE_CHECKS.map((c) => c.id)).size).toBe(BASE_CHECKS.length);
    expect(new Set(BASE_CHECKS.map((c) => c.check)).size).toBe(BASE_CHECKS.length);
  });

  it('every clause id exists in 应急管理部令第10号', () => {
    const bad = BASE_CHECKS.filter((c) => c.majorHazardClause && majorHazardClause(c.majorHazardClause)?.edition !== '应急管理部令第10号');
    expect(bad.map((c) => c.id)).toEqual([]);
  });

  it('an industry clause is only linked from items of that industry', () => {
    for (const c of BASE_CHECKS.filter((x) => x.majorHazardClause)) {
      const clause = majorHazardClause(c.majorHazardClause!)!;
      if (clause.industry) expect(c.applicability.industries, c.id).toEqual([clause.industry]);
    }
  });

  it('every group has items', () => {
    for (const g of BASE_CHECK_GROUPS) expect(BASE_CHECKS.filter((c) => c.group === g).length, g).toBeGreaterThanOrEqual(2);
  });

  it('every flag has at least three items of its own', () => {
    for (const f of SPECIAL_FLAGS) expect(BASE_CHECKS.filter((c) => c.applicability.flags.includes(f)).length, f).toBeGreaterThanOrEqual(3);
  });

  it('every 工贸 industry has items of its own, and every industry gets the general items', () => {
    for (const i of INDUSTRIES.filter((x) => x !== 'other')) {
      const own = BASE_CHECKS.filter((c) => c.applicability.industries !== 'all' && c.applicability.industries.includes(i));
      expect(own.length, i).toBeGreaterThanOrEqual(3);
    }
    const general = BASE_CHECKS.filter((c) => c.applicability.industries === 'all' && c.applicability.flags.length === 0);
    expect(general.length).toBeGreaterThanOrEqual(40);
    for (const i of INDUSTRIES) expect(baseChecksFor(i, []).length, i).toBeGreaterThanOrEqual(general.length);
  });

  it('selects items by industry and flags', () => {
    const plain = baseChecksFor('textile', []).map((c) => c.id);
    expect(plain).toContain('base.textile.01');
    expect(plain).toContain('base.contractor.03');
    expect(plain).not.toContain('base.dust.01');
    expect(plain).not.toContain('base.machinery.01');
    const dusty = baseChecksFor('machinery', ['dustExplosion', 'spraying']).map((c) => c.id);
    expect(dusty).toContain('base.dust.09');
    expect(dusty).toContain('base.spraying.01');
    expect(dusty).not.toContain('base.spraying.02');
    expect(dusty).not.toContain('base.machinery.01');
    expect(baseChecksFor('machinery', ['metalSmelting']).map((c) => c.id)).toContain('base.machinery.01');
  });

  it('links the general major-hazard clauses', () => {
    expect(baseCheck('base.permit.01')).toMatchObject({ majorHazardClause: 'mh2023.3.2', method: 'records', level: 'enterprise' });
    expect(BASE_CHECKS.filter((c) => c.majorHazardClause === 'mh2023.3.1').map((c) => c.group)).toEqual(['contractor', 'contractor', 'contractor']);
    expect(baseCheck('base.smelting.01')!.majorHazardClause).toBe('mh2023.3.3');
  });
});
