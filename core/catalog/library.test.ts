import { describe, expect, it } from 'vitest';
import { libraryEntries } from './library';
import { SECTION_PATHS } from './sections';
import { PROHIBITION_2008, WARNING_2008, MANDATORY_2008, INFORMATION_2008, ADDED_2025 } from '../standards/signIds';
import { PPE_ROWS } from '../standards/ppeIds';
import { GB6441_2025_CODES } from '../standards/accidentTypeCodes';
import { majorHazardClause } from '../standards/majorHazards';
import { factorCode } from '../standards/factorCodes';
import { LIBRARY_VERSION } from './library';

const signIds = new Set([
  ...[...PROHIBITION_2008, ...WARNING_2008, ...MANDATORY_2008, ...INFORMATION_2008].map((r) => `sign.${r[0]}`),
  ...ADDED_2025.map((r) => `sign.${r[1]}`),
]);
const ppeIds = new Set(PPE_ROWS.map((r) => `ppe.${r[0]}`));
const accidentCodes = new Set<string>(Object.values(GB6441_2025_CODES));

describe('hazard library coverage', () => {
  const entries = libraryEntries();
  it('has at least 500 entries and every section of the coverage list', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
    const empty = SECTION_PATHS.filter((p) => !entries.some((e) => e.section === p));
    expect(empty).toEqual([]);
    expect(LIBRARY_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });
  it('every referenced major-hazard clause and factor code exists', () => {
    const bad: string[] = [];
    for (const e of entries) {
      if (e.majorHazardClause && !majorHazardClause(e.majorHazardClause)) bad.push(`${e.id}: ${e.majorHazardClause}`);
      if (!factorCode(e.factorCode)) bad.push(`${e.id}: factor ${e.factorCode}`);
    }
    expect(bad).toEqual([]);
  });
  it('measures cover at least four kinds with a check text each', () => {
    const thin = entries.filter((e) => new Set(e.measures.map((m) => m.kind)).size < 4).map((e) => e.id);
    expect(thin).toEqual([]);
  });
});

describe('hazard library references', () => {
  const entries = libraryEntries();
  it('every entry sits in a known section', () => {
    const bad = entries.filter((e) => !SECTION_PATHS.includes(e.section)).map((e) => `${e.id}: ${e.section}`);
    expect(bad).toEqual([]);
  });
  it('every sign, PPE and accident type id exists', () => {
    const bad: string[] = [];
    for (const e of entries) {
      for (const s of e.signIds) if (!signIds.has(s)) bad.push(`${e.id}: ${s}`);
      for (const p of e.ppeIds) if (!ppeIds.has(p)) bad.push(`${e.id}: ${p}`);
      for (const a of e.accidentTypes) if (!accidentCodes.has(a)) bad.push(`${e.id}: ${a}`);
    }
    expect(bad).toEqual([]);
  });
  it('suggested LEC values are on the standard scales', () => {
    const L = [0.1, 0.2, 0.5, 1, 3, 6, 10], E = [0.5, 1, 2, 3, 6, 10], C = [1, 3, 7, 15, 40, 100];
    const bad = entries.filter((e) => e.suggestedLec && !(L.includes(e.suggestedLec.L) && E.includes(e.suggestedLec.E) && C.includes(e.suggestedLec.C)));
    expect(bad.map((e) => e.id)).toEqual([]);
  });
});
