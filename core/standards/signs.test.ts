import { describe, expect, it } from 'vitest';
import { GB6441_2025_CODES } from './accidentTypeCodes';
import { PPE_ROWS } from './ppeIds';
import { SIGN_HINTS } from './signHints';
import { ADDED_2025 } from './signIds';
import {
  SAFETY_SIGNS, SafetySignSchema, displaySignCode, printableSignCode, safetySign, signByTitle, signInEdition, signsOf,
} from './signs';
import { SIGN_ORDER_GB2894, SIGN_ORDER_OCCUPATIONAL_HEALTH, sortByCategory, sortSignIds } from './signOrder';

describe('safety-sign registry', () => {
  it('every sign matches the schema; ids are unique', () => {
    for (const s of SAFETY_SIGNS) expect(SafetySignSchema.parse(s)).toEqual(s);
    expect(new Set(SAFETY_SIGNS.map((s) => s.id)).size).toBe(SAFETY_SIGNS.length);
  });

  it('GB 2894-2008 has 40 prohibition, 39 warning, 16 mandatory and 8 information signs coded 1-1 … 4-8', () => {
    const counts = { prohibition: 40, warning: 39, mandatory: 16, information: 8 } as const;
    for (const [category, n] of Object.entries(counts)) {
      const signs = signsOf('GB 2894-2008', category as keyof typeof counts);
      expect(signs).toHaveLength(n);
      const prefix = { prohibition: 1, warning: 2, mandatory: 3, information: 4 }[category as keyof typeof counts];
      expect(signs.map((s) => signInEdition(s.id, 'GB 2894-2008')!.code)).toEqual(Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`));
    }
    expect(signsOf('GB 2894-2008')).toHaveLength(103);
    expect(signInEdition('sign.warn-electric-shock', 'GB 2894-2008')).toMatchObject({ code: '2-7', titleZh: '当心触电' });
    expect(signInEdition('sign.info-emergency-exit', 'GB 2894-2008')).toMatchObject({ code: '4-1', titleZh: '紧急出口', titleConfidence: 'V' });
  });

  it('GB 2894-2025 drops 禁止穿化纤服装, adds the signs known by name, and invents no code', () => {
    const fibre = safetySign('sign.no-chemical-fibre-clothing')!;
    expect(fibre.withdrawnIn).toBe('GB 2894-2025');
    expect(signInEdition(fibre.id, 'GB 2894-2025')).toBeUndefined();
    expect(signsOf('GB 2894-2025')).toHaveLength(103 - 1 + ADDED_2025.length);
    for (const s of signsOf('GB 2894-2025')) expect(signInEdition(s.id, 'GB 2894-2025')!.code, s.id).toBeNull();
    const added = safetySign('sign.warn-confined-space')!;
    expect(added.editions.map((e) => e.edition)).toEqual(['GB 2894-2025']);
    expect(added.category).toBe('warning');
    expect(signInEdition(added.id, 'GB 2894-2008')).toBeUndefined();
    expect(signInEdition('sign.warn-infection', 'GB 2894-2025')).toMatchObject({ titleZh: '当心感染', titleConfidence: '?' });
    expect(signInEdition('sign.warn-infection', 'GB 2894-2025')!.noteZh).toContain('当心生物危害');
  });

  it('prints no unverified code and shows 待核实 instead', () => {
    for (const s of SAFETY_SIGNS) {
      for (const e of s.editions) expect(printableSignCode(s.id, e.edition), s.id).toBeNull();
    }
    expect(displaySignCode('sign.no-smoking', 'GB 2894-2008')).toBe('1-1（待核实）');
    expect(displaySignCode('sign.no-smoking', 'GB 2894-2025')).toBe('待核实');
    expect(displaySignCode('sign.no-chemical-fibre-clothing', 'GB 2894-2025')).toBe('');
  });

  it('every accident type and PPE id a sign names exists; mandatory signs list their PPE', () => {
    const codes = new Set<string>(Object.values(GB6441_2025_CODES));
    const ppe = new Set(PPE_ROWS.map((r) => `ppe.${r[0]}`));
    for (const s of SAFETY_SIGNS) {
      for (const a of s.accidentTypes) expect(codes.has(a), `${s.id} ${a}`).toBe(true);
      for (const p of s.ppeIds) expect(ppe.has(p), `${s.id} ${p}`).toBe(true);
    }
    expect(safetySign('sign.must-safety-helmet')!.ppeIds).toEqual(['ppe.safety-helmet']);
    expect(safetySign('sign.must-ear-protection')!.ppeIds).toEqual(['ppe.earplugs', 'ppe.earmuffs']);
    expect(safetySign('sign.warn-electric-shock')!.accidentTypes).toEqual(['WSA10006']);
  });

  it('has hints for exactly the registry signs; scope known only for 2008 signs', () => {
    expect(Object.keys(SIGN_HINTS).map((s) => `sign.${s}`).sort()).toEqual(SAFETY_SIGNS.map((s) => s.id).sort());
    expect(safetySign('sign.no-smoking')).toMatchObject({ scope: ['H'], scopeConfidence: 'M' });
    expect(safetySign('sign.warn-general')!.scope).toEqual(['H', 'J']);
    expect(safetySign('sign.must-ventilate')).toMatchObject({ scope: [], scopeConfidence: '?' });
  });

  it('records where each artwork comes from (core/signs/artwork.test.ts checks the files)', () => {
    expect(SAFETY_SIGNS.every((s) => s.artwork === 'own' || s.artwork.startsWith('icon-set:') || s.artwork === 'missing')).toBe(true);
  });

  it('finds a sign by its title', () => {
    expect(signByTitle('当心中毒')?.id).toBe('sign.warn-poisoning');
    expect(signByTitle('当心缺氧', 'GB 2894-2025')?.id).toBe('sign.warn-oxygen-deficiency');
    expect(signByTitle('必须穿戴劳保用品')).toBeUndefined();
  });
});

describe('sign order', () => {
  it('exports GB 2894 §9.5 order and the 111号 order as data', () => {
    expect(SIGN_ORDER_GB2894).toEqual(['warning', 'prohibition', 'mandatory', 'information']);
    expect(SIGN_ORDER_OCCUPATIONAL_HEALTH).toEqual(['prohibition', 'warning', 'mandatory', 'information']);
  });

  it('sorts warning → prohibition → mandatory → information, stable within a category', () => {
    expect(sortSignIds([
      'sign.info-first-aid', 'sign.must-safety-helmet', 'sign.no-smoking', 'sign.warn-fire', 'sign.no-open-flame',
      'sign.warn-explosion', 'sign.unknown', 'sign.no-smoking',
    ])).toEqual([
      'sign.warn-fire', 'sign.warn-explosion', 'sign.no-smoking', 'sign.no-open-flame', 'sign.must-safety-helmet',
      'sign.info-first-aid', 'sign.unknown',
    ]);
    const items = [{ c: 'mandatory' as const }, { c: 'warning' as const }, { c: 'prohibition' as const }];
    expect(sortByCategory(items, (x) => x.c, SIGN_ORDER_OCCUPATIONAL_HEALTH).map((x) => x.c)).toEqual(['prohibition', 'warning', 'mandatory']);
  });
});
