import { describe, expect, it } from 'vitest';
import {
  CURRENT_EDITION, EDITIONS, EDITION_DESIGNATIONS, EditionSchema, edition, editionInForceOn, isPrintable,
} from './editions';

describe('editions', () => {
  it('every edition matches the schema, one row per designation', () => {
    for (const e of EDITIONS) expect(EditionSchema.parse(e)).toEqual(e);
    expect(EDITIONS.map((e) => e.designation)).toEqual([...EDITION_DESIGNATIONS]);
  });

  it('names the current edition of each topic', () => {
    expect(CURRENT_EDITION).toEqual({
      accidentTypes: 'GB 6441-2025', factorCodes: 'GB/T 13861-2022', safetySigns: 'GB 2894-2025', majorHazards: '应急管理部令第10号',
    });
    for (const [topic, d] of Object.entries(CURRENT_EDITION)) expect(edition(d).topic).toBe(topic);
  });

  it('knows the in-force dates of the new editions', () => {
    expect(edition('GB 2894-2025').inForce).toBe('2026-03-01');
    expect(edition('GB 6441-2025').inForce).toBe('2026-07-01');
    expect(edition('应急管理部令第10号')).toMatchObject({ inForce: '2023-05-15', replaces: ['安监总管四〔2017〕129号'] });
  });

  it('picks the edition in force on a day', () => {
    expect(editionInForceOn('safetySigns', '2026-02-28')).toBe('GB 2894-2008');
    expect(editionInForceOn('safetySigns', '2026-03-01')).toBe('GB 2894-2025');
    expect(editionInForceOn('accidentTypes', '2026-06-30')).toBe('GB 6441-1986');
    expect(editionInForceOn('majorHazards', '2023-05-15')).toBe('应急管理部令第10号');
    expect(editionInForceOn('majorHazards', '2020-01-01')).toBe('安监总管四〔2017〕129号');
    expect(editionInForceOn('factorCodes', '2020-01-01')).toBeNull();
  });

  it('prints only V and S facts', () => {
    expect(['V', 'S', 'M', '?'].map((c) => isPrintable(c as 'V'))).toEqual([true, true, false, false]);
  });
});
