/**
 * The sample enterprise's confirmed risk evaluations (LEC, default band table), authored for every
 * hazard: the inherent values are the library's suggested L·E·C (the hazard without controls); the
 * residual values keep E and C and lower L to what the measures in place achieve (RESIDUAL_L), with
 * the exceptions written out in RESIDUAL_OVERRIDES where a small firm typically still falls short.
 */
import { libraryEntry } from '../catalog/library';
import type { Hazard } from '../model/hazards';
import { buildAssessment, type Assessment } from '../risk/assessment';
import { BAND_TABLE_PRESETS } from '../risk/bandTable';

const ASSESSOR = '陈晓燕';
const DATE = '2026-11-01';

/** Likelihood once the library's measures are in place, one or two steps down the L scale. */
const RESIDUAL_L: Record<number, number> = { 10: 3, 6: 1, 3: 1, 1: 0.5, 0.5: 0.2, 0.2: 0.1, 0.1: 0.1 };

/** Hazards whose controls are still incomplete in the sample firm: residual L, E, C written out. */
const RESIDUAL_OVERRIDES: Record<string, [number, number, number]> = {
  // the aluminium dust collector has venting but dust cleaning is irregular
  'hz_cc_04': [3, 6, 15],
  // the spray room's gas detector is not yet interlocked with the ventilation and solvent paint is
  // mixed inside: still a 重大 risk in use, on the enterprise's list to fix
  'hz_pf_01': [3, 6, 40],
  // forklift routes are marked but pedestrians still cross at the warehouse door
  'hz_cc1_04': [3, 6, 7],
  // the sewage pit permit system exists; the gas detector is shared with the spray room
  'hz_ws_03': [1, 3, 40],
};

export function sampleAssessments(hazards: readonly Hazard[]): Assessment[] {
  const out: Assessment[] = [];
  let n = 0;
  for (const h of hazards) {
    const lib = h.source.kind === 'library' ? libraryEntry(h.source.libraryId) : undefined;
    const lec = lib?.suggestedLec ?? { L: 3, E: 6, C: 7 };
    const at = (s: number) => `2026-11-01T09:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000Z`;
    const inherent = buildAssessment(
      { hazardId: h.id, kind: 'inherent', status: 'confirmed', assessor: ASSESSOR, date: DATE, method: 'LEC', L: lec.L, E: lec.E, C: lec.C },
      { id: `as_${String(++n).padStart(3, '0')}`, createdAt: at(n), bandTables: BAND_TABLE_PRESETS, facts: { majorHazardClause: h.majorHazardClause } },
    );
    out.push(inherent);
    const [L, E, C] = RESIDUAL_OVERRIDES[h.id] ?? [RESIDUAL_L[lec.L] ?? lec.L, lec.E, lec.C];
    out.push(
      buildAssessment(
        { hazardId: h.id, kind: 'residual', status: 'confirmed', assessor: ASSESSOR, date: DATE, method: 'LEC', L, E, C },
        { id: `as_${String(++n).padStart(3, '0')}`, createdAt: at(n), bandTables: BAND_TABLE_PRESETS, facts: {}, inherent },
      ),
    );
  }
  return out;
}
