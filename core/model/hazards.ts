/**
 * 风险点 and 危险因素 (DESIGN §4). A riskPoint is an activity (作业活动) or a place/equipment
 * (场所/设备设施); it belongs to one org unit and lists the posts exposed. A shared place (配电房, a
 * forklift route) is ONE riskPoint linked to many posts, never copied per post. A hazard sits at one
 * riskPoint; a post may exclude a hazard of a shared place it is not exposed to.
 */
import { z } from 'zod';
import { CheckMethodSchema, ControlLevelSchema, MeasureKindSchema } from './vocab';

const Id = z.string().min(1).max(64);

export const RISK_POINT_KINDS = ['activity', 'place'] as const;
export const RiskPointKindSchema = z.enum(RISK_POINT_KINDS);
export type RiskPointKind = z.infer<typeof RiskPointKindSchema>;
export const RISK_POINT_KIND_ZH: Record<RiskPointKind, string> = { activity: '作业活动', place: '场所/设备设施' };

export const OrgUnitRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enterprise') }),
  z.object({ kind: z.literal('workshop'), id: Id }),
  z.object({ kind: z.literal('team'), id: Id }),
]);
export type OrgUnitRef = z.infer<typeof OrgUnitRefSchema>;

export const RiskPointSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(100),
  kind: RiskPointKindSchema,
  /** The org unit that owns it (control responsibility starts here). */
  unit: OrgUnitRefSchema,
  /** Posts exposed to it. */
  postIds: z.array(Id).max(500),
  location: z.string().trim().max(100).default(''),
  order: z.number().int(),
});
export type RiskPoint = z.infer<typeof RiskPointSchema>;

export const MeasureSchema = z.object({
  kind: MeasureKindSchema,
  text: z.string().trim().min(1).max(1000),
  /** What an inspector verifies (from the library, or written for custom measures). */
  check: z.string().trim().max(1000).default(''),
  method: CheckMethodSchema.default('look'),
  /** Default control level: who checks it on the checklists. */
  level: ControlLevelSchema.default('team'),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const HazardSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library'), libraryId: z.string(), libraryVersion: z.string() }),
  z.object({ kind: z.literal('custom'), customId: z.string().optional() }),
  z.object({ kind: z.literal('import'), file: z.string(), sheet: z.string(), row: z.number().int() }),
]);
export type HazardSource = z.infer<typeof HazardSourceSchema>;

/** GB 6441-2025 basic-type codes only (other editions are mapped on import). */
export const AccidentTypeCodeSchema = z.string().regex(/^WSA1\d{4}$/, { message: 'E_ACCIDENT_TYPE_EDITION' });

export const HazardSchema = z.object({
  id: Id,
  riskPointId: Id,
  source: HazardSourceSchema,
  /** 场所/环节/部位 */
  place: z.string().trim().max(200).default(''),
  /** 危险因素 (较大危险因素) */
  text: z.string().trim().min(1, { message: 'E_HAZARD_TEXT_REQUIRED' }).max(1000),
  /** GB/T 13861-2022 code, '' when not classified. */
  factorCode: z.string().regex(/^([1-4]\d{0,5})?$/).default(''),
  accidentTypes: z.array(AccidentTypeCodeSchema).min(1, { message: 'E_ACCIDENT_TYPE_REQUIRED' }).max(10),
  consequence: z.string().trim().max(500).default(''),
  measures: z.array(MeasureSchema).max(60).default([]),
  signIds: z.array(z.string().startsWith('sign.')).max(30).default([]),
  ppeIds: z.array(z.string().startsWith('ppe.')).max(30).default([]),
  majorHazardClause: z.string().nullable().default(null),
  /** Posts of the riskPoint that are not exposed to this hazard. */
  excludedPostIds: z.array(Id).default([]),
  createdAt: z.string(),
});
export type Hazard = z.infer<typeof HazardSchema>;
export type HazardInput = z.input<typeof HazardSchema>;

/** Progress of the identification wizard, resumable at any point (issue: 危险因素辨识). */
export const WIZARD_STEPS = ['confirm', 'hazards', 'evaluate', 'review', 'done'] as const;
export const WizardStepSchema = z.enum(WIZARD_STEPS);
export type WizardStep = z.infer<typeof WizardStepSchema>;

export const WizardStateSchema = z.object({
  /** The screening questions (special operations) were answered. */
  screeningDone: z.boolean().default(false),
  posts: z
    .record(
      z.string(),
      z.object({
        step: WizardStepSchema.default('confirm'),
        /** Library ids the user rejected for this post (not suggested again). */
        rejected: z.array(z.string()).default([]),
        updatedAt: z.string().default(''),
      }),
    )
    .default({}),
});
export type WizardState = z.infer<typeof WizardStateSchema>;
