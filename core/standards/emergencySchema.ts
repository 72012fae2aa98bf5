/**
 * Schema of an emergency-response template (应急处置卡 content): what a worker does at once, what
 * not to do, and whom to call. Not a national standard (domain-facts §7.2 [M]): the lines are
 * our own words, written from common first-aid and on-site disposal practice.
 */
import { z } from 'zod';
import { ConfidenceSchema } from '../model/vocab';

/** Numbers a card may print: internal = the enterprise's own emergency number (configured). */
export const EMERGENCY_PHONES = ['internal', '119', '120', '110', '122'] as const;
export type EmergencyPhone = (typeof EMERGENCY_PHONES)[number];
export const EMERGENCY_PHONE_ZH: Readonly<Record<EmergencyPhone, string>> = {
  internal: '企业应急电话', 119: '火警 119', 120: '医疗急救 120', 110: '报警 110', 122: '交通事故 122',
};

/** A card line: short, imperative, one action (≤ 40 characters so it fits one printed line pair). */
const Line = z.string().min(4).max(40);

export const EmergencyTemplateSchema = z.object({
  /** GB 6441-2025 code (WSA1xxxx) or a scenario id such as 'ammonia-leak'. */
  key: z.string().regex(/^(WSA1\d{4}|[a-z][a-z0-9-]+)$/),
  kind: z.enum(['accident-type', 'scenario']),
  titleZh: z.string().min(2),
  /** The 2025 accident types the template serves. */
  accidentTypes: z.array(z.string().regex(/^WSA1\d{4}$/)).min(1),
  /** 立即处置: in the order to do them. */
  immediate: z.array(Line).min(3),
  /** 禁止事项. */
  dont: z.array(Line).min(1),
  /** 报告/求援: whom to tell, in order. */
  call: z.array(Line).min(1),
  phones: z.array(z.enum(EMERGENCY_PHONES)).min(1),
  /** Information signs worth showing beside the card (first aid, eyewash …). */
  signIds: z.array(z.string().regex(/^sign\.[a-z0-9-]+$/)),
  /** PPE a rescuer needs before acting. */
  ppeIds: z.array(z.string().regex(/^ppe\.[a-z0-9-]+$/)),
  confidence: ConfidenceSchema,
});
export type EmergencyTemplate = z.infer<typeof EmergencyTemplateSchema>;
