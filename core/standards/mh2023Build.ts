/**
 * Authoring helper for the clauses of 应急管理部令第10号: expands compact rows into
 * MajorHazardClause objects with ids mh2023.<article>.<item> and refs 第X条第（Y）项.
 * Used only by the mh2023*.ts data files.
 */
import type { Confidence, Industry, SpecialFlag } from '../model/vocab';
import { articleItemRef, type MajorHazardClause, type SpecialTopic } from './majorHazardSchema';

/**
 * [summary (own words), check text, confidence, extra flags]; the item number is the row's
 * position + 1. Extra flags add to the article's flags (e.g. a spray-room item in 机械).
 */
export type ClauseRow = readonly [summaryZh: string, checkZh: string, confidence: Confidence, flags?: readonly SpecialFlag[]];

export interface ArticleSpec {
  article: number;
  group: MajorHazardClause['group'];
  industry?: Industry;
  special?: SpecialTopic;
  flags?: readonly SpecialFlag[];
}

export function article2023(spec: ArticleSpec, rows: readonly ClauseRow[]): MajorHazardClause[] {
  return rows.map(([summaryZh, checkZh, confidence, extra], i) => {
    const clause: MajorHazardClause = {
      id: `mh2023.${spec.article}.${i + 1}`,
      edition: '应急管理部令第10号',
      group: spec.group,
      ref: articleItemRef(spec.article, i + 1),
      summaryZh,
      checkZh,
      flags: [...new Set([...(spec.flags ?? []), ...(extra ?? [])])],
      confidence,
    };
    if (spec.industry) clause.industry = spec.industry;
    if (spec.special) clause.special = spec.special;
    return clause;
  });
}
