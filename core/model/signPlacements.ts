/**
 * 安全标志设置 (the sign placement plan): which GB 2894 signs go where. One record per sign at a
 * riskPoint (a place/equipment or an activity — the place where the hazard is), with the viewing
 * distance that sizes it, the plate it is made on, how many, how it is mounted and a note.
 *
 * The plan is explicit: suggestions (core/signs/placement.ts) are shown but only stored records
 * are printed. Sizes follow GB 2894-2008 formulas from the viewing distance (core/signs/geometry.ts).
 */
import { z } from 'zod';

const Id = z.string().min(1).max(64);

/**
 * How a sign is mounted (domain-facts §1.5 [V]):
 * - area (环境/区域标志): on a wall or post before the area, lower edge ≥ 2 m above the ground;
 * - local (局部标志): at the equipment or work spot, about eye height.
 * Neither goes on doors, windows, racks or other movable objects.
 */
export const SIGN_MOUNTINGS = ['area', 'local'] as const;
export const SignMountingSchema = z.enum(SIGN_MOUNTINGS);
export type SignMounting = z.infer<typeof SignMountingSchema>;
export const SIGN_MOUNTING_ZH: Readonly<Record<SignMounting, string>> = { area: '区域标志', local: '局部标志' };

/** Bounds of a custom plate, mm (a sticker of 30 mm up to a 3 m × 4 m board). */
export const CUSTOM_PLATE_MIN_MM = 30;
export const CUSTOM_PLATE_MAX_MM = 4000;

/**
 * The plate a sign is made on:
 * - auto: the smallest practical plate meeting the formula at the viewing distance;
 * - standard: one of the app's plates by id (core/signs/placement.ts `placementPlates`);
 * - custom: width × height in mm for a print shop (with text panel: height ≥ width; symbol-only:
 *   the sign's overall width, heightMm ignored).
 */
export const SignPlateChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('auto') }),
  z.object({ kind: z.literal('standard'), plateId: z.string().min(1).max(40) }),
  z.object({
    kind: z.literal('custom'),
    widthMm: z.number().min(CUSTOM_PLATE_MIN_MM).max(CUSTOM_PLATE_MAX_MM),
    heightMm: z.number().min(CUSTOM_PLATE_MIN_MM).max(CUSTOM_PLATE_MAX_MM).optional(),
    withText: z.boolean(),
  }),
]);
export type SignPlateChoice = z.infer<typeof SignPlateChoiceSchema>;

export const SignPlacementSchema = z.object({
  id: Id,
  riskPointId: Id,
  /** Registry id `sign.<slug>` (core/standards/signs.ts). */
  signId: z.string().regex(/^sign\.[a-z0-9-]+$/),
  /** Observation distance L in metres, 0.5–40 (the span of the 2008 plate table). */
  viewingDistanceM: z.number().min(0.5).max(40),
  plate: SignPlateChoiceSchema.default({ kind: 'auto' }),
  quantity: z.number().int().min(1).max(999).default(1),
  mounting: SignMountingSchema,
  note: z.string().trim().max(200).default(''),
  /** Creation order; signs are shown warning → prohibition → mandatory → information, then by this. */
  order: z.number().int(),
});
export type SignPlacement = z.infer<typeof SignPlacementSchema>;
export type SignPlacementInput = z.input<typeof SignPlacementSchema>;
