/**
 * Schema of a major hidden-hazard clause (重大事故隐患判定情形) and the rule for citing it.
 *
 * DESIGN §5: "an unverified clause number is shown in the app as 待核实 and not printed". A
 * clause's `confidence` covers both its content and its article/item number, so a clause tagged
 * M or ? never yields a printable number.
 */
import { z } from 'zod';
import { ConfidenceSchema, IndustrySchema, SpecialFlagSchema } from '../model/vocab';
import { isPrintable, UNVERIFIED_LABEL } from './editions';

export const MAJOR_HAZARD_EDITIONS = ['应急管理部令第10号', '安监总管四〔2017〕129号'] as const;
export type MajorHazardEdition = (typeof MAJOR_HAZARD_EDITIONS)[number];

/** 管理类 (all enterprises), 行业类 (one industry), 专项类 (dust / ammonia / confined space). */
export const CLAUSE_GROUPS = ['general', 'industry', 'special'] as const;
export type ClauseGroup = (typeof CLAUSE_GROUPS)[number];
export const SPECIAL_TOPICS = ['dust', 'ammonia', 'confined'] as const;
export type SpecialTopic = (typeof SPECIAL_TOPICS)[number];

export const MajorHazardClauseSchema = z
  .object({
    /** Stable id: mh2023.<article>.<item> or mh2017.<group>.<item>. */
    id: z.string().regex(/^mh(2023\.\d{1,2}|2017\.[a-z-]+)\.\d{1,2}$/),
    edition: z.enum(MAJOR_HAZARD_EDITIONS),
    group: z.enum(CLAUSE_GROUPS),
    industry: IndustrySchema.optional(),
    special: z.enum(SPECIAL_TOPICS).optional(),
    /** Article/item as the text numbers it, e.g. 第六条第（二）项 or 专项类（一）第1项. */
    ref: z.string().min(4),
    /** What the clause says, in our own words (zh-CN). */
    summaryZh: z.string().min(8),
    /** Short check an inspector performs (zh-CN). */
    checkZh: z.string().min(6),
    /** Enterprise flags that make the clause relevant regardless of industry. */
    flags: z.array(SpecialFlagSchema),
    confidence: ConfidenceSchema,
    /** For 2017 clauses: the 2023 clause that took its place, when one clearly did. */
    successor: z.string().optional(),
  })
  .refine((c) => (c.group === 'industry') === (c.industry !== undefined), 'industry clauses name their industry')
  .refine((c) => (c.group === 'special') === (c.special !== undefined), 'special clauses name their topic');
export type MajorHazardClause = z.infer<typeof MajorHazardClauseSchema>;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as Chinese numerals (3 → 三, 10 → 十, 13 → 十三, 21 → 二十一), as article numbers are written. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseNumeral: ${n} out of 1–99`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** 第六条第（二）项 for article 6 item 2 (the numbering of 应急管理部令第10号). */
export function articleItemRef(article: number, item: number): string {
  return `第${chineseNumeral(article)}条第（${chineseNumeral(item)}）项`;
}

/**
 * The reference that may be printed, e.g. `应急管理部令第10号 第六条第（二）项`; null when the
 * clause is tagged M or ? (DESIGN §5: an unverified clause number is not printed).
 */
export function printableClauseRef(clause: MajorHazardClause): string | null {
  return isPrintable(clause.confidence) ? `${clause.edition} ${clause.ref}` : null;
}

/** The reference shown in the app: the printable one, else the number marked （待核实）. */
export function displayClauseRef(clause: MajorHazardClause): string {
  return printableClauseRef(clause) ?? `${clause.edition} ${clause.ref}（${UNVERIFIED_LABEL}）`;
}

/** The citation for a printed document: the full reference, or only the edition when unverified. */
export function clauseCitationForPrint(clause: MajorHazardClause): string {
  return printableClauseRef(clause) ?? clause.edition;
}
