/**
 * Edits of the sign placement plan as pure ops (contract command `signs.apply`): adopt the
 * suggestions of a place (or of every place without a plan), add or remove a sign, change its
 * viewing distance, plate, quantity, mounting or note, set one distance for a whole place, clear
 * a place. Each op returns a new document; the input is not modified.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { IdGen } from '../model/ids';
import { SignMountingSchema, SignPlateChoiceSchema, type SignPlacement, type SignPlateChoice } from '../model/signPlacements';
import { safetySign } from '../standards/signs';
import { MAX_DISTANCE_M, MIN_DISTANCE_M } from './geometry';
import { DEFAULT_VIEWING_DISTANCE_M, defaultMounting, isViewingDistance, plateById, suggestedSigns } from './placement';

const Id = z.string().min(1).max(64);
const SignIdSchema = z.string().min(1).max(80);
const Quantity = z.number().int().min(1).max(999);
const Note = z.string().trim().max(200);

export const SignPlacementPatchSchema = z
  .object({
    viewingDistanceM: z.number().optional(),
    plate: SignPlateChoiceSchema.optional(),
    quantity: Quantity.optional(),
    mounting: SignMountingSchema.optional(),
    note: Note.optional(),
  })
  .strict();
export type SignPlacementPatch = z.infer<typeof SignPlacementPatchSchema>;

export const SignPlacementOpSchema = z.discriminatedUnion('op', [
  /** Store the suggestions of a place (all not yet planned, or only `signIds`). */
  z.object({ op: z.literal('adopt'), riskPointId: Id, signIds: z.array(SignIdSchema).max(100).optional() }),
  /** Store the suggestions of every riskPoint that has no placement yet. */
  z.object({ op: z.literal('adoptAll') }),
  z.object({
    op: z.literal('add'), riskPointId: Id, signId: SignIdSchema, viewingDistanceM: z.number().optional(), mounting: SignMountingSchema.optional(),
    quantity: Quantity.optional(), note: Note.optional(), plate: SignPlateChoiceSchema.optional(),
  }),
  z.object({ op: z.literal('update'), placementId: Id, patch: SignPlacementPatchSchema }),
  z.object({ op: z.literal('remove'), placementId: Id }),
  /** One viewing distance for every sign of a place (or only those with `mounting`). */
  z.object({ op: z.literal('setPlaceDistance'), riskPointId: Id, viewingDistanceM: z.number(), mounting: SignMountingSchema.optional() }),
  z.object({ op: z.literal('clearPlace'), riskPointId: Id }),
]);
export type SignPlacementOp = z.infer<typeof SignPlacementOpSchema>;

function assertDistance(x: number): void {
  if (!isViewingDistance(x)) throw new AppError('E_SIGN_DISTANCE', { distanceM: x, min: MIN_DISTANCE_M, max: MAX_DISTANCE_M });
}

/**
 * A plate choice the app can make: a known standard plate id; a custom plate with text at least as
 * tall as wide and at most twice (the layout needs the text panel under a full symbol).
 * @throws AppError E_INVALID_ARGUMENT with details.field and details.issues
 *   `[{ path, code, params }]` (the shape of schema issues, so that screens name the field).
 */
function assertPlate(p: SignPlateChoice): void {
  if (p.kind === 'standard' && !plateById(p.plateId)) {
    throw new AppError('E_INVALID_ARGUMENT', { field: 'plate.plateId', value: p.plateId, issues: [{ path: 'plate.plateId', code: 'invalid_value' }] });
  }
  if (p.kind === 'custom' && p.withText) {
    if (p.heightMm === undefined) throw new AppError('E_INVALID_ARGUMENT', { field: 'plate.heightMm', reason: 'required', issues: [{ path: 'plate.heightMm', code: 'required' }] });
    if (p.heightMm < p.widthMm || p.heightMm > 2 * p.widthMm) {
      const code = p.heightMm < p.widthMm ? 'too_small' : 'too_big';
      throw new AppError('E_INVALID_ARGUMENT', {
        field: 'plate.heightMm', value: p.heightMm, min: p.widthMm, max: 2 * p.widthMm,
        issues: [{ path: 'plate.heightMm', code, params: { minimum: p.widthMm, maximum: 2 * p.widthMm } }],
      });
    }
  }
}

function riskPoint(doc: EnterpriseFile, id: string) {
  const r = doc.riskPoints.find((x) => x.id === id);
  if (!r) throw new AppError('E_NOT_FOUND', { kind: 'riskPoint', id });
  return r;
}

function placement(doc: EnterpriseFile, id: string): SignPlacement {
  const p = doc.signPlacements.find((x) => x.id === id);
  if (!p) throw new AppError('E_NOT_FOUND', { kind: 'signPlacement', id });
  return p;
}

function nextOrder(doc: EnterpriseFile): number {
  return doc.signPlacements.reduce((m, p) => Math.max(m, p.order), -1) + 1;
}

/** Adds the suggestions of a riskPoint that are not planned yet (optionally only `only`). */
function adopt(doc: EnterpriseFile, riskPointId: string, newId: IdGen, only?: readonly string[]): void {
  const have = new Set(doc.signPlacements.filter((p) => p.riskPointId === riskPointId).map((p) => p.signId));
  for (const s of suggestedSigns(doc, riskPointId)) {
    if (have.has(s.signId) || (only && !only.includes(s.signId))) continue;
    doc.signPlacements.push({
      id: newId('sp'), riskPointId, signId: s.signId, viewingDistanceM: s.viewingDistanceM, plate: { kind: 'auto' }, quantity: 1,
      mounting: s.mounting, note: '', order: nextOrder(doc),
    });
  }
}

/**
 * Applies one op.
 * @throws AppError E_NOT_FOUND (riskPoint or placement), E_SIGN_UNKNOWN (a sign id not in the
 *   registry), E_SIGN_DISTANCE (outside 0.5–40 m), E_CONFLICT (the same sign with the same mounting
 *   is already at the place), E_INVALID_ARGUMENT (plate: unknown id, custom proportions).
 */
export function applySignPlacementOp(input: EnterpriseFile, op: SignPlacementOp, newId: IdGen): EnterpriseFile {
  const doc = structuredClone(input);
  switch (op.op) {
    case 'adopt': {
      riskPoint(doc, op.riskPointId);
      for (const id of op.signIds ?? []) if (!safetySign(id)) throw new AppError('E_SIGN_UNKNOWN', { signId: id });
      adopt(doc, op.riskPointId, newId, op.signIds);
      return doc;
    }
    case 'adoptAll': {
      const planned = new Set(doc.signPlacements.map((p) => p.riskPointId));
      for (const r of [...doc.riskPoints].sort((a, b) => a.order - b.order)) if (!planned.has(r.id)) adopt(doc, r.id, newId);
      return doc;
    }
    case 'add': {
      const rp = riskPoint(doc, op.riskPointId);
      const sign = safetySign(op.signId);
      if (!sign) throw new AppError('E_SIGN_UNKNOWN', { signId: op.signId });
      const mounting = op.mounting ?? defaultMounting(sign, rp.kind);
      if (doc.signPlacements.some((p) => p.riskPointId === rp.id && p.signId === sign.id && p.mounting === mounting)) {
        throw new AppError('E_CONFLICT', { riskPointId: rp.id, signId: sign.id, mounting });
      }
      const distance = op.viewingDistanceM ?? DEFAULT_VIEWING_DISTANCE_M[mounting];
      assertDistance(distance);
      const plate = op.plate ?? { kind: 'auto' as const };
      assertPlate(plate);
      doc.signPlacements.push({
        id: newId('sp'), riskPointId: rp.id, signId: sign.id, viewingDistanceM: distance, plate, quantity: op.quantity ?? 1,
        mounting, note: op.note ?? '', order: nextOrder(doc),
      });
      return doc;
    }
    case 'update': {
      const p = placement(doc, op.placementId);
      const patch = op.patch;
      if (patch.viewingDistanceM !== undefined) {
        assertDistance(patch.viewingDistanceM);
        p.viewingDistanceM = patch.viewingDistanceM;
      }
      if (patch.plate !== undefined) {
        assertPlate(patch.plate);
        p.plate = patch.plate;
      }
      if (patch.quantity !== undefined) p.quantity = patch.quantity;
      if (patch.note !== undefined) p.note = patch.note;
      if (patch.mounting !== undefined && patch.mounting !== p.mounting) {
        if (doc.signPlacements.some((x) => x.id !== p.id && x.riskPointId === p.riskPointId && x.signId === p.signId && x.mounting === patch.mounting)) {
          throw new AppError('E_CONFLICT', { riskPointId: p.riskPointId, signId: p.signId, mounting: patch.mounting });
        }
        p.mounting = patch.mounting;
      }
      return doc;
    }
    case 'remove':
      placement(doc, op.placementId);
      doc.signPlacements = doc.signPlacements.filter((p) => p.id !== op.placementId);
      return doc;
    case 'setPlaceDistance': {
      riskPoint(doc, op.riskPointId);
      assertDistance(op.viewingDistanceM);
      for (const p of doc.signPlacements) {
        if (p.riskPointId === op.riskPointId && (!op.mounting || p.mounting === op.mounting)) p.viewingDistanceM = op.viewingDistanceM;
      }
      return doc;
    }
    case 'clearPlace':
      riskPoint(doc, op.riskPointId);
      doc.signPlacements = doc.signPlacements.filter((p) => p.riskPointId !== op.riskPointId);
      return doc;
  }
}
