/**
 * Every sign, PPE, accident-type and clause id referenced anywhere in core/standards exists.
 */
import { describe, expect, it } from 'vitest';
import { GB6441_2025_CODES } from './accidentTypeCodes';
import { EMERGENCY_TEMPLATES } from './emergency';
import { MAJOR_HAZARD_CLAUSES, majorHazardClause } from './majorHazards';
import { PPE, ppeItem } from './ppe';
import { PPE_ROWS } from './ppeIds';
import { SAFETY_SIGNS, safetySign } from './signs';
import { ADDED_2025, INFORMATION_2008, MANDATORY_2008, PROHIBITION_2008, WARNING_2008 } from './signIds';

describe('references inside core/standards', () => {
  const signRefs: [string, string][] = [
    ...PPE_ROWS.map((r) => [`ppe row ${r[0]}`, r[3]] as [string, string]),
    ...PPE.map((p) => [p.id, p.signId] as [string, string]),
    ...EMERGENCY_TEMPLATES.flatMap((t) => t.signIds.map((s) => [t.key, s] as [string, string])),
  ];
  const ppeRefs: [string, string][] = [
    ...SAFETY_SIGNS.flatMap((s) => s.ppeIds.map((p) => [s.id, p] as [string, string])),
    ...EMERGENCY_TEMPLATES.flatMap((t) => t.ppeIds.map((p) => [t.key, p] as [string, string])),
  ];

  it('sign ids exist', () => {
    expect(signRefs.filter(([, s]) => !safetySign(s))).toEqual([]);
    expect(signRefs.length).toBeGreaterThan(50);
  });

  it('PPE ids exist', () => {
    expect(ppeRefs.filter(([, p]) => !ppeItem(p))).toEqual([]);
    expect(ppeRefs.length).toBeGreaterThan(30);
  });

  it('accident-type codes exist', () => {
    const codes = new Set<string>(Object.values(GB6441_2025_CODES));
    const used = [...SAFETY_SIGNS.flatMap((s) => s.accidentTypes), ...EMERGENCY_TEMPLATES.flatMap((t) => t.accidentTypes)];
    expect(used.filter((c) => !codes.has(c))).toEqual([]);
  });

  it('clause successors exist', () => {
    expect(MAJOR_HAZARD_CLAUSES.filter((c) => c.successor && !majorHazardClause(c.successor)).map((c) => c.id)).toEqual([]);
  });

  it('sign slugs are unique across the 2008 tables and the 2025 additions', () => {
    const slugs = [...PROHIBITION_2008, ...WARNING_2008, ...MANDATORY_2008, ...INFORMATION_2008].map((r) => r[0]).concat(ADDED_2025.map((r) => r[1]));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(SAFETY_SIGNS.length);
  });
});
