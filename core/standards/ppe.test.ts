import { describe, expect, it } from 'vitest';
import { PPE, PPE_DETAILS, PpeSchema, displayPpeBasis, ppeForSign, ppeItem, printablePpeBasis } from './ppe';
import { PPE_ROWS } from './ppeIds';
import { safetySign } from './signs';

describe('PPE registry', () => {
  it('every item matches the schema; one per row of ppeIds.ts', () => {
    for (const p of PPE) expect(PpeSchema.parse(p)).toEqual(p);
    expect(PPE.map((p) => p.id)).toEqual(PPE_ROWS.map((r) => `ppe.${r[0]}`));
    expect(Object.keys(PPE_DETAILS).sort()).toEqual(PPE_ROWS.map((r) => r[0]).sort());
  });

  it('links every item to an existing mandatory sign', () => {
    for (const p of PPE) expect(safetySign(p.signId)?.category, p.id).toBe('mandatory');
    expect(ppeForSign('sign.must-gas-mask').map((p) => p.id)).toEqual(['ppe.gas-mask', 'ppe.scba']);
  });

  it('bases everything on GB 39800.1-2020 and marks recalled product standards 待核实', () => {
    for (const p of PPE) expect(p.basis[0]).toEqual({ ref: 'GB 39800.1-2020', confidence: 'S' });
    const helmet = ppeItem('ppe.safety-helmet')!;
    expect(helmet.basis.map(displayPpeBasis)).toEqual(['GB 39800.1-2020', 'GB 2811-2019（待核实）']);
    expect(printablePpeBasis(helmet)).toEqual(['GB 39800.1-2020']);
    expect(ppeItem('ppe.coverall')!.basis).toHaveLength(1);
  });
});
