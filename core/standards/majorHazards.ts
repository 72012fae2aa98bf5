/**
 * Lookups over the major hidden-hazard clauses of both editions (应急管理部令第10号 and the
 * repealed 安监总管四〔2017〕129号). Data: mh2023*.ts, mh2017.ts; schema and citation rules:
 * majorHazardSchema.ts.
 */
import type { Industry, SpecialFlag } from '../model/vocab';
import { MH2017_CLAUSES } from './mh2017';
import { MH2023_CLAUSES } from './mh2023';
import type { MajorHazardClause, MajorHazardEdition } from './majorHazardSchema';

export const MAJOR_HAZARD_CLAUSES: readonly MajorHazardClause[] = [...MH2023_CLAUSES, ...MH2017_CLAUSES];

const BY_ID = new Map(MAJOR_HAZARD_CLAUSES.map((c) => [c.id, c]));

/** A clause by id (mh2023.6.2, mh2017.dust.3), or undefined. */
export function majorHazardClause(id: string): MajorHazardClause | undefined {
  return BY_ID.get(id);
}

/** All clauses of one edition, in the order of the text. */
export function clausesOf(edition: MajorHazardEdition): readonly MajorHazardClause[] {
  return edition === '应急管理部令第10号' ? MH2023_CLAUSES : MH2017_CLAUSES;
}

/**
 * The clauses of an edition that concern an enterprise: general clauses (those with flags, such as
 * the metal-smelting one, only when a flag matches), the industry clauses of its own industry (an
 * industry article binds only that industry), and the special clauses of its flags.
 */
export function clausesFor(
  edition: MajorHazardEdition,
  industry: Industry,
  flags: readonly SpecialFlag[],
): readonly MajorHazardClause[] {
  const flagged = (c: MajorHazardClause): boolean => c.flags.some((f) => flags.includes(f));
  return clausesOf(edition).filter((c) => {
    if (c.group === 'general') return c.flags.length === 0 || flagged(c);
    if (c.group === 'industry') return c.industry === industry;
    return flagged(c);
  });
}

/** The 2023 clause that replaced a 2017 clause (via `successor`), or undefined. */
export function successorOf(id2017: string): MajorHazardClause | undefined {
  const c = majorHazardClause(id2017);
  return c?.successor ? majorHazardClause(c.successor) : undefined;
}
