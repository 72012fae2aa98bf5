/**
 * The workspace's own library: custom hazards users wrote, kept in workspace.json and suggested
 * for later enterprises like library entries (ids `custom.<n>`, section 自定义).
 */
import { z } from 'zod';
import type { Hazard } from '../model/hazards';
import type { Post } from '../model/org';
import type { Industry } from '../model/vocab';
import { ApplicabilitySchema, BasisSchema, LibraryMeasureSchema, SuggestedLecSchema, type LibraryEntry } from './schema';
import { ConfidenceSchema } from '../model/vocab';
import { ALL_INDUSTRIES } from './dsl';

export const CUSTOM_SECTION = '自定义';

export const CustomEntrySchema = z.object({
  id: z.string().regex(/^custom\.[a-z0-9_]+$/),
  section: z.literal(CUSTOM_SECTION),
  place: z.string(),
  hazard: z.string().min(1),
  factorCode: z.string(),
  accidentTypes: z.array(z.string().regex(/^WSA1\d{4}$/)).min(1),
  consequence: z.string(),
  measures: z.array(LibraryMeasureSchema.extend({ text: z.string().min(1), check: z.string() })),
  basis: z.array(BasisSchema),
  signIds: z.array(z.string()),
  ppeIds: z.array(z.string()),
  suggestedLec: SuggestedLecSchema.optional(),
  applicability: ApplicabilitySchema,
  majorHazardClause: z.string().optional(),
  confidence: ConfidenceSchema,
  /** Where it was written first (enterprise name, post name), for the user's reference. */
  origin: z.object({ enterprise: z.string(), post: z.string(), createdAt: z.string() }),
});
export type CustomEntry = z.infer<typeof CustomEntrySchema>;

/** Post-name words worth matching (the post name itself and its equipment). */
function keywordsOf(post: Post): { post: string[]; equip: string[] } {
  const equip = [...post.equipment, ...post.tools].map((e) => e.replace(/[（(][^)）]*[)）]/g, '').replace(/[A-Za-z0-9\-_/.#]+/g, '').trim()).filter((e) => e.length >= 2);
  return { post: [post.name], equip: [...new Set(equip)].slice(0, 8) };
}

/** A custom library entry from a hazard the user wrote for a post. */
export function customEntryFrom(h: Hazard, post: Post, industry: Industry | null, enterpriseName: string, id: string): CustomEntry {
  const kw = keywordsOf(post);
  return CustomEntrySchema.parse({
    id,
    section: CUSTOM_SECTION,
    place: h.place,
    hazard: h.text,
    factorCode: h.factorCode,
    accidentTypes: h.accidentTypes,
    consequence: h.consequence,
    measures: h.measures.map((m) => ({ kind: m.kind, text: m.text, check: m.check || `核查：${m.text}是否落实`, method: m.method, level: m.level })),
    basis: [],
    signIds: h.signIds,
    ppeIds: h.ppeIds,
    applicability: { industries: industry ? [industry] : [...ALL_INDUSTRIES], postKeywords: kw.post, equipmentKeywords: kw.equip, flags: [] },
    confidence: '?',
    origin: { enterprise: enterpriseName, post: post.name, createdAt: h.createdAt },
  });
}

/** Custom entries as library entries for the ranker and for accepting. */
export function asLibraryEntries(custom: readonly CustomEntry[]): LibraryEntry[] {
  return custom.map(({ origin: _o, ...e }) => e as unknown as LibraryEntry);
}
