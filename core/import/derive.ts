/**
 * Signs and PPE the app fills in when a register does not give them: most registers have no
 * sign column and none has a PPE column, so without this an imported enterprise would have no
 * sign suggestions, no PPE on its post cards and no sign documents in its pack.
 *
 * - Signs: the primary warning signs of the row's GB 6441-2025 accident types
 *   (core/standards/accidentSigns.ts), only when the row's sign cell is empty or there is no sign
 *   column; a sign cell that names signs is used as written.
 * - PPE: the items named in the row's measures and, when said to be missing or faulty, in its
 *   hazard text (core/standards/ppeKeywords.ts).
 * Both are engineering judgement, reported as findings (signsDerived, ppeDerived) so the user
 * sees they came from SafePost, not from the register.
 */
import type { Measure } from '../model/hazards';
import { primarySignsForAccidentCodes } from '../standards/accidentSigns';
import { ppeInText } from '../standards/ppeKeywords';

/** Most ids kept per hazard (the hazard schema allows 30 sign and 30 PPE ids). */
const MAX_IDS = 30;

export interface PpeReading {
  ppeId: string;
  /** The word that named it. */
  word: string;
  /** The measure or hazard text it was read from. */
  text: string;
  from: 'measure' | 'hazard';
}

/**
 * PPE named in a row's measures (in their order) and, after them, in its hazard text; one reading
 * per id. The row as a whole (hazard and measures) decides the specific item (防护手套 in a
 * welding row → 焊工手套).
 */
export function derivePpe(measures: readonly Measure[], hazard: string): PpeReading[] {
  const out: PpeReading[] = [];
  const context = [hazard, ...measures.map((m) => m.text)].join('\n');
  const add = (text: string, from: PpeReading['from']) => {
    for (const m of ppeInText(text, from, context)) if (out.length < MAX_IDS && !out.some((o) => o.ppeId === m.ppeId)) out.push({ ...m, text, from });
  };
  for (const m of measures) add(m.text, 'measure');
  add(hazard, 'hazard');
  return out;
}

/**
 * Sign ids of an imported hazard: the register's own (`given`, registry ids of its sign cell)
 * when its sign cell named any sign (`cellHadSigns`), else the primary signs of its 2025
 * accident codes. `derived` tells which.
 */
export function hazardSignIds(given: readonly string[], cellHadSigns: boolean, accidentCodes: readonly string[]): { ids: string[]; derived: boolean } {
  if (cellHadSigns) return { ids: [...new Set(given)].slice(0, MAX_IDS), derived: false };
  return { ids: primarySignsForAccidentCodes(accidentCodes).slice(0, MAX_IDS), derived: true };
}
