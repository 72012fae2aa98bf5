/**
 * Display names of standard codes for the screens (the standards live in core as data).
 */
import { accidentTypeByCode, GB6441_2025_TYPES } from '../../../core/standards/accidentTypes';
import { ppeItem } from '../../../core/standards/ppe';
import { safetySign } from '../../../core/standards/signs';
import { majorHazardClause } from '../../../core/standards/majorHazards';
import { displayClauseRef } from '../../../core/standards/majorHazardSchema';

export function accidentTypeName(code: string): string {
  return accidentTypeByCode(code)?.nameZh ?? code;
}

export const ACCIDENT_TYPE_OPTIONS = GB6441_2025_TYPES.map((t) => ({ value: t.code, label: t.nameZh }));

export function signTitle(id: string): string {
  const s = safetySign(id);
  return s ? s.editions[s.editions.length - 1]!.titleZh : id;
}

export function ppeName(id: string): string {
  return ppeItem(id)?.nameZh ?? id;
}

export function clauseText(id: string | null): string | null {
  if (!id) return null;
  const c = majorHazardClause(id);
  return c ? `${displayClauseRef(c)} ${c.summaryZh}` : id;
}
