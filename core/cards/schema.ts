/**
 * What the enterprise file stores about a post's cards (岗位安全风险告知卡, 岗位安全操作卡,
 * 应急处置卡, 职业病危害告知卡): the card versions issued (v1, v2 … with their dates and the
 * fingerprint of the content they were issued for), the per-post edit of the operating card, where
 * the emergency equipment is, and the latest occupational-hazard monitoring results.
 *
 * Everything else on a card is derived from the post's hazards, levels, people and the profile
 * (core/cards/content.ts), so a card never goes stale silently: when the derived content no
 * longer matches the fingerprint of the latest version, the card is due for a new version.
 */
import { z } from 'zod';

const Id = z.string().min(1).max(64);

/** The three stages of an operating card (岗位安全操作卡, domain-facts §7.2). */
export const OPERATING_STAGES = ['before', 'during', 'after'] as const;
export type OperatingStage = (typeof OPERATING_STAGES)[number];
export const OPERATING_STAGE_ZH: Readonly<Record<OperatingStage, string>> = { before: '作业前', during: '作业中', after: '作业后' };

/** One step: what to do, and the key risk point it guards against ('' when none). */
export const OperatingStepSchema = z.object({
  text: z.string().trim().min(1).max(300),
  risk: z.string().trim().max(200).default(''),
});
export type OperatingStep = z.infer<typeof OperatingStepSchema>;

/** A post's own operating card: replaces the steps derived from the library's measures. */
export const OperatingEditSchema = z.object({
  before: z.array(OperatingStepSchema).max(40).default([]),
  during: z.array(OperatingStepSchema).max(40).default([]),
  after: z.array(OperatingStepSchema).max(40).default([]),
  prohibited: z.array(z.string().trim().min(1).max(200)).max(40).default([]),
});
export type OperatingEdit = z.infer<typeof OperatingEditSchema>;

/** One issued version of a post's card set. */
export const CardVersionSchema = z.object({
  /** 1, 2, 3 … printed as `v<n>` in the card number. */
  version: z.number().int().min(1).max(9999),
  /** Issue date 'YYYY-MM-DD' (local). */
  date: z.iso.date(),
  /** FNV-1a 32-bit hex of the content the version was issued for (core/cards/versions.ts). */
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
  note: z.string().trim().max(200).default(''),
});
export type CardVersion = z.infer<typeof CardVersionSchema>;

/** Occupational-hazard agents that get a 职业病危害告知卡 (安监总厅安健〔2014〕111号, domain-facts §7.3). */
export const OCCUPATIONAL_AGENTS = ['noise', 'dust', 'heat', 'toxic'] as const;
export type OccupationalAgent = (typeof OCCUPATIONAL_AGENTS)[number];
export const OccupationalAgentSchema = z.enum(OCCUPATIONAL_AGENTS);

/** The latest monitoring result of one agent at the post (filled in from the检测报告). */
export const MonitoringSchema = z.object({
  agent: OccupationalAgentSchema,
  /** Named substance or dust, e.g. '苯、甲苯' or '其他粉尘（铝尘）'; '' = the agent's generic name. */
  substance: z.string().trim().max(100).default(''),
  /** Result as printed in the report, e.g. '86.2 dB(A)' or '1.2 mg/m³'. */
  result: z.string().trim().max(100).default(''),
  /** The exposure limit the report compared against, e.g. '85 dB(A)'. */
  limit: z.string().trim().max(100).default(''),
  /** Monitoring date 'YYYY-MM-DD', '' when not yet monitored. */
  date: z.union([z.iso.date(), z.literal('')]).default(''),
});
export type Monitoring = z.infer<typeof MonitoringSchema>;

/** Card data of one post. */
export const PostCardsSchema = z.object({
  postId: Id,
  versions: z.array(CardVersionSchema).max(500).default([]),
  /** null: the operating card is derived from the hazards' measures. */
  operating: OperatingEditSchema.nullable().default(null),
  /** Where the emergency equipment is (应急物资/器材存放位置), printed on the 应急处置卡. */
  equipmentLocation: z.string().trim().max(300).default(''),
  monitoring: z.array(MonitoringSchema).max(20).default([]),
});
export type PostCards = z.infer<typeof PostCardsSchema>;
export type PostCardsInput = z.input<typeof PostCardsSchema>;
