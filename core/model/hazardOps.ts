/**
 * Identification edits as pure functions (the wizard and the risk database call them through
 * the contract): accept a library suggestion for a post (filing it under the post's activity or a
 * shared place, reusing an existing place instead of copying), reject one, add a custom hazard,
 * edit, unlink or delete, link posts to places, record wizard progress and screening answers.
 */
import { z } from 'zod';
import type { LibraryEntry } from '../catalog/schema';
import { AppError } from '../contract/errors';
import type { EnterpriseFile } from './enterpriseFile';
import { HazardSchema, MeasureSchema, WizardStepSchema, type Hazard, type OrgUnitRef, type RiskPoint } from './hazards';
import type { IdGen } from './ids';
import type { Post } from './org';
import { activityName, placeNameForSection } from './riskPointPlaces';
import { SpecialFlagSchema } from './vocab';
import { zodIssues } from './zodIssues';
import { dropOrphans } from './prune';

const Id = z.string().min(1).max(64);

export const HazardTargetSchema = z.discriminatedUnion('kind', [
  /** The post's own activity riskPoint (created when missing). */
  z.object({ kind: z.literal('activity') }),
  /** The default shared place of the entry's section (reused when it exists), else activity. */
  z.object({ kind: z.literal('auto') }),
  z.object({ kind: z.literal('riskPoint'), id: Id }),
  z.object({ kind: z.literal('newPlace'), name: z.string().trim().min(1).max(100) }),
]);
export type HazardTarget = z.infer<typeof HazardTargetSchema>;

const CustomHazardSchema = z.object({
  text: z.string().trim().max(1000),
  accidentTypes: z.array(z.string()).max(10),
  place: z.string().trim().max(200).optional(),
  consequence: z.string().trim().max(500).optional(),
  factorCode: z.string().max(6).optional(),
  measures: z.array(MeasureSchema).max(60).optional(),
  signIds: z.array(z.string()).max(30).optional(),
  ppeIds: z.array(z.string()).max(30).optional(),
});

const HazardPatchSchema = CustomHazardSchema.partial().extend({ majorHazardClause: z.string().nullable().optional() });

export const HazardOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('acceptLibrary'), postId: Id, libraryId: z.string().min(1).max(80), target: HazardTargetSchema }),
  z.object({ op: z.literal('rejectLibrary'), postId: Id, libraryId: z.string().min(1).max(80) }),
  z.object({ op: z.literal('unrejectLibrary'), postId: Id, libraryId: z.string().min(1).max(80) }),
  z.object({ op: z.literal('addCustom'), postId: Id, target: HazardTargetSchema, hazard: CustomHazardSchema }),
  z.object({ op: z.literal('updateHazard'), hazardId: Id, patch: HazardPatchSchema }),
  z.object({ op: z.literal('removeFromPost'), postId: Id, hazardId: Id, mode: z.enum(['ask', 'unlink', 'delete']) }),
  z.object({ op: z.literal('deleteHazard'), hazardId: Id }),
  z.object({ op: z.literal('linkPost'), riskPointId: Id, postId: Id }),
  z.object({ op: z.literal('unlinkPost'), riskPointId: Id, postId: Id }),
  z.object({ op: z.literal('updateRiskPoint'), id: Id, name: z.string().trim().min(1).max(100).optional(), location: z.string().trim().max(100).optional(), kind: z.enum(['activity', 'place']).optional() }),
  z.object({ op: z.literal('setStep'), postId: Id, step: WizardStepSchema }),
  z.object({ op: z.literal('screening'), flags: z.array(SpecialFlagSchema).max(10) }),
]);
export type HazardOp = z.infer<typeof HazardOpSchema>;

export interface HazardOpContext {
  newId: IdGen;
  now: string;
  /** Built-in library plus the workspace's custom hazards. */
  entry: (id: string) => LibraryEntry | undefined;
  libraryVersion: string;
}

/** The org unit a post belongs to (team, else workshop, else the enterprise). */
export function unitOfPost(post: Post): OrgUnitRef {
  return post.parent.kind === 'enterprise' ? { kind: 'enterprise' } : { kind: post.parent.kind, id: post.parent.id };
}

/** RiskPoints a post is linked to. */
export function riskPointsOfPost(doc: EnterpriseFile, postId: string): RiskPoint[] {
  return doc.riskPoints.filter((r) => r.postIds.includes(postId));
}

/**
 * A post's list (一岗位一清单): the hazards of the riskPoints linked to it, minus those it is
 * excluded from. Order: riskPoint order, then hazard creation.
 */
export function hazardsOfPost(doc: EnterpriseFile, postId: string): Hazard[] {
  const rps = riskPointsOfPost(doc, postId).sort((a, b) => a.order - b.order);
  const order = new Map(rps.map((r, i) => [r.id, i]));
  return doc.hazards
    .filter((h) => order.has(h.riskPointId) && !h.excludedPostIds.includes(postId))
    .sort((a, b) => order.get(a.riskPointId)! - order.get(b.riskPointId)!);
}

/** Posts exposed to a hazard: the riskPoint's posts minus its exclusions. */
export function postsOfHazard(doc: EnterpriseFile, h: Hazard): string[] {
  const rp = doc.riskPoints.find((r) => r.id === h.riskPointId);
  return (rp?.postIds ?? []).filter((p) => !h.excludedPostIds.includes(p));
}

function post(doc: EnterpriseFile, id: string): Post {
  const p = doc.posts.find((x) => x.id === id);
  if (!p) throw new AppError('E_NOT_FOUND', { kind: 'post', id });
  return p;
}

function nextOrder(doc: EnterpriseFile): number {
  return doc.riskPoints.reduce((m, r) => Math.max(m, r.order), -1) + 1;
}

/** Finds or creates the riskPoint a new hazard of this post goes to. */
function resolveTarget(doc: EnterpriseFile, p: Post, target: HazardTarget, section: string | null, ctx: HazardOpContext): RiskPoint {
  const link = (r: RiskPoint) => {
    if (!r.postIds.includes(p.id)) r.postIds.push(p.id);
    return r;
  };
  const place = (name: string) => {
    const found = doc.riskPoints.find((r) => r.kind === 'place' && r.name === name);
    if (found) return link(found);
    const r: RiskPoint = { id: ctx.newId('rp'), name, kind: 'place', unit: unitOfPost(p), postIds: [p.id], location: '', order: nextOrder(doc) };
    doc.riskPoints.push(r);
    return r;
  };
  if (target.kind === 'riskPoint') {
    const r = doc.riskPoints.find((x) => x.id === target.id);
    if (!r) throw new AppError('E_NOT_FOUND', { kind: 'riskPoint', id: target.id });
    return link(r);
  }
  if (target.kind === 'newPlace') return place(target.name);
  if (target.kind === 'auto' && section) {
    const name = placeNameForSection(section);
    if (name) return place(name);
  }
  const name = activityName(p.name);
  const own = doc.riskPoints.find((r) => r.kind === 'activity' && r.postIds.includes(p.id) && r.name === name);
  if (own) return own;
  const r: RiskPoint = { id: ctx.newId('rp'), name, kind: 'activity', unit: unitOfPost(p), postIds: [p.id], location: p.location, order: nextOrder(doc) };
  doc.riskPoints.push(r);
  return r;
}

function touchPost(doc: EnterpriseFile, postId: string, now: string): void {
  const w = (doc.wizard.posts[postId] ??= { step: 'confirm', rejected: [], updatedAt: now });
  w.updatedAt = now;
  if (w.step === 'confirm') w.step = 'hazards';
}

/** Validates a hazard built from user input with the messages of the issue (text, accident type, edition). */
function validHazard(h: unknown): Hazard {
  const r = HazardSchema.safeParse(h);
  if (r.success) return r.data;
  const issues = zodIssues(r.error);
  const first = issues.find((i) => /^E_/.test(i.code)) ?? issues[0];
  if (first && /^E_/.test(first.code)) throw new AppError(first.code as 'E_HAZARD_TEXT_REQUIRED', { path: first.path, issues });
  throw new AppError('E_INVALID_ARGUMENT', { issues });
}

function fromEntry(e: LibraryEntry, riskPointId: string, ctx: HazardOpContext, id: string): Hazard {
  const custom = e.id.startsWith('custom.');
  return validHazard({
    id,
    riskPointId,
    source: custom ? { kind: 'custom', customId: e.id } : { kind: 'library', libraryId: e.id, libraryVersion: ctx.libraryVersion },
    place: e.place,
    text: e.hazard,
    factorCode: e.factorCode,
    accidentTypes: e.accidentTypes,
    consequence: e.consequence,
    measures: e.measures.map((m) => ({ kind: m.kind, text: m.text, check: m.check, method: m.method, level: m.level })),
    signIds: e.signIds,
    ppeIds: e.ppeIds,
    majorHazardClause: e.majorHazardClause ?? null,
    excludedPostIds: [],
    createdAt: ctx.now,
  });
}

/** Library id a hazard came from (built-in or custom), if any. */
export function hazardLibraryId(h: Hazard): string | null {
  return h.source.kind === 'library' ? h.source.libraryId : h.source.kind === 'custom' ? (h.source.customId ?? null) : null;
}

/**
 * Applies one identification op; returns a new document (the input is not modified).
 * @throws AppError E_NOT_FOUND (unknown post, hazard, riskPoint or library entry),
 *   E_HAZARD_TEXT_REQUIRED / E_ACCIDENT_TYPE_REQUIRED / E_ACCIDENT_TYPE_EDITION (custom hazards),
 *   E_HAZARD_SHARED (removeFromPost with mode 'ask' on a hazard other posts share; details.posts).
 */
export function applyHazardOp(input: EnterpriseFile, op: HazardOp, ctx: HazardOpContext): EnterpriseFile {
  const doc = structuredClone(input);
  switch (op.op) {
    case 'acceptLibrary': {
      const p = post(doc, op.postId);
      const e = ctx.entry(op.libraryId);
      if (!e) throw new AppError('E_NOT_FOUND', { kind: 'library', id: op.libraryId });
      const rp = resolveTarget(doc, p, op.target, e.section, ctx);
      // The same entry at the same riskPoint is never copied: the post is linked instead.
      const existing = doc.hazards.find((h) => h.riskPointId === rp.id && hazardLibraryId(h) === e.id);
      if (existing) existing.excludedPostIds = existing.excludedPostIds.filter((x) => x !== p.id);
      else doc.hazards.push(fromEntry(e, rp.id, ctx, ctx.newId('hz')));
      touchPost(doc, p.id, ctx.now);
      const w = doc.wizard.posts[p.id]!;
      w.rejected = w.rejected.filter((x) => x !== e.id);
      return doc;
    }
    case 'rejectLibrary':
    case 'unrejectLibrary': {
      const p = post(doc, op.postId);
      touchPost(doc, p.id, ctx.now);
      const w = doc.wizard.posts[p.id]!;
      w.rejected = op.op === 'rejectLibrary' ? [...new Set([...w.rejected, op.libraryId])] : w.rejected.filter((x) => x !== op.libraryId);
      return doc;
    }
    case 'addCustom': {
      const p = post(doc, op.postId);
      const h = op.hazard;
      // validate before creating any riskPoint, so a refused hazard changes nothing
      validHazard({ ...customFields(h), id: 'x', riskPointId: 'x', source: { kind: 'custom' }, createdAt: ctx.now });
      const rp = resolveTarget(doc, p, op.target, null, ctx);
      doc.hazards.push(validHazard({ ...customFields(h), id: ctx.newId('hz'), riskPointId: rp.id, source: { kind: 'custom' }, createdAt: ctx.now }));
      touchPost(doc, p.id, ctx.now);
      return doc;
    }
    case 'updateHazard': {
      const i = doc.hazards.findIndex((h) => h.id === op.hazardId);
      if (i < 0) throw new AppError('E_NOT_FOUND', { kind: 'hazard', id: op.hazardId });
      const patch = Object.fromEntries(Object.entries(op.patch).filter(([, v]) => v !== undefined));
      doc.hazards[i] = validHazard({ ...doc.hazards[i], ...patch });
      return doc;
    }
    case 'removeFromPost': {
      const h = doc.hazards.find((x) => x.id === op.hazardId);
      if (!h) throw new AppError('E_NOT_FOUND', { kind: 'hazard', id: op.hazardId });
      const others = postsOfHazard(doc, h).filter((x) => x !== op.postId);
      if (others.length > 0 && op.mode === 'ask') {
        throw new AppError('E_HAZARD_SHARED', { hazardId: h.id, posts: others.map((id) => ({ id, name: doc.posts.find((x) => x.id === id)?.name ?? id })) });
      }
      if (others.length > 0 && op.mode === 'unlink') h.excludedPostIds = [...new Set([...h.excludedPostIds, op.postId])];
      else doc.hazards = doc.hazards.filter((x) => x.id !== h.id);
      const lib = hazardLibraryId(h);
      if (lib) {
        touchPost(doc, op.postId, ctx.now);
        const w = doc.wizard.posts[op.postId]!;
        w.rejected = [...new Set([...w.rejected, lib])];
      }
      return dropOrphans(doc);
    }
    case 'deleteHazard':
      if (!doc.hazards.some((h) => h.id === op.hazardId)) throw new AppError('E_NOT_FOUND', { kind: 'hazard', id: op.hazardId });
      doc.hazards = doc.hazards.filter((h) => h.id !== op.hazardId);
      return dropOrphans(doc);
    case 'linkPost':
    case 'unlinkPost': {
      const r = doc.riskPoints.find((x) => x.id === op.riskPointId);
      if (!r) throw new AppError('E_NOT_FOUND', { kind: 'riskPoint', id: op.riskPointId });
      post(doc, op.postId);
      r.postIds = op.op === 'linkPost' ? [...new Set([...r.postIds, op.postId])] : r.postIds.filter((x) => x !== op.postId);
      if (op.op === 'linkPost') for (const h of doc.hazards) if (h.riskPointId === r.id) h.excludedPostIds = h.excludedPostIds.filter((x) => x !== op.postId);
      return doc;
    }
    case 'updateRiskPoint': {
      const r = doc.riskPoints.find((x) => x.id === op.id);
      if (!r) throw new AppError('E_NOT_FOUND', { kind: 'riskPoint', id: op.id });
      if (op.name !== undefined) r.name = op.name;
      if (op.location !== undefined) r.location = op.location;
      if (op.kind !== undefined) r.kind = op.kind;
      return doc;
    }
    case 'setStep': {
      post(doc, op.postId);
      const w = (doc.wizard.posts[op.postId] ??= { step: 'confirm', rejected: [], updatedAt: ctx.now });
      w.step = op.step;
      w.updatedAt = ctx.now;
      return doc;
    }
    case 'screening':
      doc.profile = { ...doc.profile, flags: [...new Set(op.flags)] };
      doc.wizard.screeningDone = true;
      return doc;
  }
}

function customFields(h: z.infer<typeof CustomHazardSchema>) {
  return {
    text: h.text,
    accidentTypes: h.accidentTypes,
    place: h.place ?? '',
    consequence: h.consequence ?? '',
    factorCode: h.factorCode ?? '',
    measures: h.measures ?? [],
    signIds: h.signIds ?? [],
    ppeIds: h.ppeIds ?? [],
    majorHazardClause: null,
    excludedPostIds: [],
  };
}
