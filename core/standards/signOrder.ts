/**
 * The order of several safety signs shown together.
 *
 * GB 2894-2008 §9.5: warning → prohibition → mandatory → information, left to right, top to
 * bottom [V] (domain-facts §1.5, P-360-order); GB 2894-2025 keeps it [S]; enforcement follows
 * it [S]. The occupational-health notice rules 安监总厅安健〔2014〕111号 art. 30 put prohibition
 * first [V]; that order is exported for the occupational-health notice card only.
 */
import type { SignCategory } from './signIds';
import { safetySign } from './signs';

/** Default order (GB 2894-2008 §9.5 / GB 2894-2025). */
export const SIGN_ORDER_GB2894: readonly SignCategory[] = ['warning', 'prohibition', 'mandatory', 'information'];

/** Order of 安监总厅安健〔2014〕111号 art. 30, for 职业病危害告知 material only. */
export const SIGN_ORDER_OCCUPATIONAL_HEALTH: readonly SignCategory[] = ['prohibition', 'warning', 'mandatory', 'information'];

/**
 * Sorts items by sign category in the given order; stable, so items of one category keep the
 * caller's order (its priority). Does not modify the input.
 */
export function sortByCategory<T>(
  items: readonly T[],
  categoryOf: (item: T) => SignCategory,
  order: readonly SignCategory[] = SIGN_ORDER_GB2894,
): T[] {
  return items
    .map((item, i) => ({ item, i, rank: order.indexOf(categoryOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.item);
}

/**
 * Sorts sign ids (`sign.<slug>`) warning → prohibition → mandatory → information; duplicates are
 * dropped (first kept) and unknown ids go last in their input order.
 */
export function sortSignIds(ids: readonly string[], order: readonly SignCategory[] = SIGN_ORDER_GB2894): string[] {
  const unique = [...new Set(ids)];
  const known = unique.filter((id) => safetySign(id));
  const unknown = unique.filter((id) => !safetySign(id));
  return [...sortByCategory(known, (id) => safetySign(id)!.category, order), ...unknown];
}
