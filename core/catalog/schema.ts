/**
 * Schema of one hazard-library entry (较大危险因素), validated with zod.
 *
 * Entries are written in our own words from the facts of the 2016 《工贸行业较大危险因素辨识与防范
 * 指导手册》 and ../shared/docs/domain-facts.md. Ids are stable: once published an id never changes
 * meaning; a replaced entry gets a new id.
 */
import { z } from 'zod';
import {
  CheckMethodSchema, ConfidenceSchema, ControlLevelSchema, IndustrySchema, MeasureKindSchema, SpecialFlagSchema,
} from '../model/vocab';

/** One control measure with what an inspector verifies and how. */
export const LibraryMeasureSchema = z.object({
  kind: MeasureKindSchema,
  text: z.string().min(4),
  /** 核查内容: what an inspector verifies, phrased as a check. */
  check: z.string().min(4),
  method: CheckMethodSchema,
  /** Default control level: only sets who checks it on the checklists. */
  level: ControlLevelSchema,
});
export type LibraryMeasure = z.infer<typeof LibraryMeasureSchema>;

/** A basis: a standard or regulation, with a clause only where it was verified. */
export const BasisSchema = z.object({
  ref: z.string().min(2),
  clause: z.string().optional(),
  confidence: ConfidenceSchema,
});
export type Basis = z.infer<typeof BasisSchema>;

export const SuggestedLecSchema = z.object({ L: z.number(), E: z.number(), C: z.number() });

export const ApplicabilitySchema = z.object({
  industries: z.array(IndustrySchema).min(1),
  postKeywords: z.array(z.string().min(1)),
  equipmentKeywords: z.array(z.string().min(1)),
  flags: z.array(SpecialFlagSchema),
});

export const LibraryEntrySchema = z.object({
  id: z.string().regex(/^lib\.[a-z0-9]+(\.[a-z0-9-]+)+$/),
  /** Section path, levels joined by ' › ' (see sections.ts). */
  section: z.string().min(2),
  /** 场所/环节/部位. */
  place: z.string().min(2),
  /** 较大危险因素: the unsafe condition or behaviour. */
  hazard: z.string().min(6),
  /** GB/T 13861-2022 code (2–6 digits). */
  factorCode: z.string().regex(/^[1-4]\d{1,5}$/),
  /** GB 6441-2025 type codes (WSA10001 … WSA10099). */
  accidentTypes: z.array(z.string().regex(/^WSA1\d{4}$/)).min(1),
  consequence: z.string().min(2),
  measures: z.array(LibraryMeasureSchema).min(2),
  basis: z.array(BasisSchema).min(1),
  signIds: z.array(z.string().startsWith('sign.')),
  ppeIds: z.array(z.string().startsWith('ppe.')),
  suggestedLec: SuggestedLecSchema.optional(),
  applicability: ApplicabilitySchema,
  /** Id of the major hidden-hazard clause (应急管理部令第10号) this factor relates to. */
  majorHazardClause: z.string().optional(),
  confidence: ConfidenceSchema,
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;
