/**
 * The enterprise file (`enterprises/<id>.json`, DESIGN §3): one document per enterprise holding
 * flat collections referenced by id. Every file carries `schemaVersion`; older files are migrated
 * by core/migrations before this schema validates them.
 */
import { z } from 'zod';
import { ProfileSchema } from './enterprise';
import { HazardSchema, RiskPointSchema, WizardStateSchema } from './hazards';
import { AssessmentSchema } from '../risk/assessment';
import { RiskSettingsSchema } from '../risk/settings';
import { DutiesSchema } from '../duties/settings';
import { PersonSchema, PostSchema, TeamSchema, WorkshopSchema } from './org';
import { SignPlacementSchema } from './signPlacements';
import { PostCardsSchema } from '../cards/schema';

/** Schema version written by this build. Bump together with a migration in core/migrations. */
export const ENTERPRISE_SCHEMA_VERSION = 5;

const IsoDate = z.string().datetime({ offset: true });

export const EnterpriseFileSchema = z.object({
  schemaVersion: z.literal(ENTERPRISE_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  profile: ProfileSchema,
  workshops: z.array(WorkshopSchema).default([]),
  teams: z.array(TeamSchema).default([]),
  posts: z.array(PostSchema).default([]),
  people: z.array(PersonSchema).default([]),
  riskPoints: z.array(RiskPointSchema).default([]),
  hazards: z.array(HazardSchema).default([]),
  wizard: WizardStateSchema.default({ screeningDone: false, posts: {} }),
  /** Every assessment ever made (history kept; the level in use is derived, DESIGN §4). */
  assessments: z.array(AssessmentSchema).default([]),
  /** Method, band tables and the control level by grade chosen by this enterprise (DESIGN §5). */
  riskSettings: RiskSettingsSchema.default(() => RiskSettingsSchema.parse({})),
  /** Owner overrides per hazard and level, and the checklist settings (分级管控责任, 隐患排查清单). */
  duties: DutiesSchema.default(() => DutiesSchema.parse({})),
  /** The sign placement plan (安全标志设置): signs per riskPoint with size, plate, quantity, mounting. */
  signPlacements: z.array(SignPlacementSchema).default([]),
  /** Card data per post (岗位告知卡): versions issued, operating-card edits, equipment location, monitoring results. */
  postCards: z.array(PostCardsSchema).default([]),
});
export type EnterpriseFile = z.infer<typeof EnterpriseFileSchema>;
/** The same shape before defaults are applied (what callers may pass in). */
export type EnterpriseFileInput = z.input<typeof EnterpriseFileSchema>;

/**
 * A new, empty enterprise document at the current schema version (every collection empty,
 * every default applied). Build documents from this so a schema change does not ripple through
 * every caller.
 */
export function emptyEnterprise(id: string, name: string, createdAt: string): EnterpriseFile {
  return EnterpriseFileSchema.parse({ schemaVersion: ENTERPRISE_SCHEMA_VERSION, id, createdAt, updatedAt: createdAt, profile: { name } });
}
