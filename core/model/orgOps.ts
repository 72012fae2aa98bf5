/**
 * Edits of the org tree as pure functions: (document, op, ids) → next document. Every op keeps
 * ids and references consistent: moving a post keeps its people linked; deleting a unit takes its
 * children with it and unlinks the people who pointed at them (the delete impact lists all of it
 * before the user confirms).
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import type { EnterpriseFile } from './enterpriseFile';
import type { IdGen } from './ids';
import { PersonRoleSchema, PostParentSchema, type Post, type PostParent } from './org';
import { dropOrphans } from './prune';

const Id = z.string().min(1).max(64);
const Name = z.string().trim().min(1).max(60);
const PostFields = z.object({
  name: Name,
  code: z.string().trim().max(16).regex(/^[A-Za-z0-9-]*$/, { message: 'code' }),
  jobContent: z.string().trim().max(500),
  location: z.string().trim().max(100),
  headcount: z.number().int().min(0).max(100_000).nullable(),
  equipment: z.array(z.string().trim().min(1).max(60)).max(100),
  tools: z.array(z.string().trim().min(1).max(60)).max(100),
});
export const PersonFieldsSchema = z.object({
  name: z.string().trim().min(1).max(40),
  role: PersonRoleSchema,
  phone: z.string().trim().max(40).regex(/^[0-9０-９+\-()（）\s/转分机extEXT.,、]*$/, { message: 'phone' }),
  workshopId: Id.nullable(),
  teamId: Id.nullable(),
  postIds: z.array(Id).max(50),
});
export type PersonFields = z.infer<typeof PersonFieldsSchema>;

export const UnitKindSchema = z.enum(['workshop', 'team', 'post']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const OrgOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addWorkshop'), name: Name }),
  z.object({ op: z.literal('addTeam'), name: Name, workshopId: Id.nullable() }),
  PostFields.partial().extend({ op: z.literal('addPost'), name: Name, parent: PostParentSchema }),
  z.object({ op: z.literal('rename'), kind: UnitKindSchema, id: Id, name: Name }),
  z.object({ op: z.literal('updatePost'), id: Id, patch: PostFields.partial() }),
  z.object({ op: z.literal('moveTeam'), id: Id, workshopId: Id.nullable() }),
  z.object({ op: z.literal('movePost'), id: Id, parent: PostParentSchema }),
  z.object({ op: z.literal('reorder'), kind: UnitKindSchema, ids: z.array(Id).min(1).max(2000) }),
  z.object({ op: z.literal('delete'), kind: UnitKindSchema, id: Id }),
  PersonFieldsSchema.partial().extend({ op: z.literal('addPerson'), name: z.string().trim().min(1).max(40), role: PersonRoleSchema }),
  z.object({ op: z.literal('updatePerson'), id: Id, patch: PersonFieldsSchema.partial() }),
  z.object({ op: z.literal('deletePerson'), id: Id }),
  z.object({
    op: z.literal('addPeople'),
    rows: z.array(PersonFieldsSchema.partial().extend({ name: z.string().trim().min(1).max(40), role: PersonRoleSchema })).min(1).max(5000),
  }),
]);
export type OrgOp = z.infer<typeof OrgOpSchema>;

/** Everything a delete takes with it or unlinks, for the confirmation dialog. */
export interface DeleteImpact {
  workshops: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  posts: { id: string; name: string }[];
  /** People who stay but lose a link (post, team or workshop). */
  peopleUnlinked: { id: string; name: string }[];
  /** Activity riskPoints left without any post: deleted with their hazards. */
  riskPointsRemoved: { id: string; name: string }[];
  hazardsRemoved: number;
  /** RiskPoints owned by a deleted workshop or team: they move up to the next existing unit. */
  riskPointsMoved: { id: string; name: string }[];
}

function notFound(kind: string, id: string): never {
  throw new AppError('E_NOT_FOUND', { kind, id });
}

function nextOrder(list: { order: number }[]): number {
  return list.reduce((m, x) => Math.max(m, x.order), -1) + 1;
}

function checkParent(doc: EnterpriseFile, parent: PostParent): void {
  if (parent.kind === 'workshop' && !doc.workshops.some((w) => w.id === parent.id)) throw new AppError('E_ORG_PARENT', { kind: 'workshop', id: parent.id });
  if (parent.kind === 'team' && !doc.teams.some((t) => t.id === parent.id)) throw new AppError('E_ORG_PARENT', { kind: 'team', id: parent.id });
}

/** Ids of the units a delete removes: the unit and, for workshops and teams, everything below. */
export function deleteImpact(doc: EnterpriseFile, kind: UnitKind, id: string): DeleteImpact {
  const ws = kind === 'workshop' ? doc.workshops.filter((w) => w.id === id) : [];
  if (kind === 'workshop' && ws.length === 0) notFound('workshop', id);
  const teams = kind === 'team' ? doc.teams.filter((t) => t.id === id) : doc.teams.filter((t) => kind === 'workshop' && t.workshopId === id);
  if (kind === 'team' && teams.length === 0) notFound('team', id);
  const teamIds = new Set(teams.map((t) => t.id));
  const posts =
    kind === 'post'
      ? doc.posts.filter((p) => p.id === id)
      : doc.posts.filter((p) => (p.parent.kind === 'team' && teamIds.has(p.parent.id)) || (kind === 'workshop' && p.parent.kind === 'workshop' && p.parent.id === id));
  if (kind === 'post' && posts.length === 0) notFound('post', id);
  const postIds = new Set(posts.map((p) => p.id));
  const wsIds = new Set(ws.map((w) => w.id));
  const peopleUnlinked = doc.people.filter(
    (p) => (p.workshopId !== null && wsIds.has(p.workshopId)) || (p.teamId !== null && teamIds.has(p.teamId)) || p.postIds.some((x) => postIds.has(x)),
  );
  const pick = (x: { id: string; name: string }) => ({ id: x.id, name: x.name });
  const removed = doc.riskPoints.filter((r) => r.kind === 'activity' && r.postIds.length > 0 && r.postIds.every((p) => postIds.has(p)));
  const removedIds = new Set(removed.map((r) => r.id));
  const moved = doc.riskPoints.filter(
    (r) => !removedIds.has(r.id) && ((r.unit.kind === 'workshop' && wsIds.has(r.unit.id)) || (r.unit.kind === 'team' && teamIds.has(r.unit.id))),
  );
  return {
    workshops: ws.map(pick),
    teams: teams.map(pick),
    posts: posts.map(pick),
    peopleUnlinked: peopleUnlinked.map(pick),
    riskPointsRemoved: removed.map(pick),
    hazardsRemoved: doc.hazards.filter((h) => removedIds.has(h.riskPointId)).length,
    riskPointsMoved: moved.map(pick),
  };
}

function postDefaults(): Omit<Post, 'id' | 'name' | 'parent' | 'order'> {
  return { code: '', jobContent: '', location: '', headcount: null, equipment: [], tools: [] };
}

/**
 * Applies one op. Returns a new document (the input is not modified).
 * @throws AppError E_NOT_FOUND (unknown id), E_ORG_PARENT (parent does not exist),
 *   E_PERSON_NOT_FOUND, E_INVALID_ARGUMENT (reorder ids that are not siblings).
 */
export function applyOrgOp(input: EnterpriseFile, op: OrgOp, newId: IdGen): EnterpriseFile {
  const doc = structuredClone(input);
  switch (op.op) {
    case 'addWorkshop':
      doc.workshops.push({ id: newId('ws'), name: op.name, order: nextOrder(doc.workshops) });
      return doc;
    case 'addTeam': {
      if (op.workshopId !== null && !doc.workshops.some((w) => w.id === op.workshopId)) throw new AppError('E_ORG_PARENT', { kind: 'workshop', id: op.workshopId });
      const siblings = doc.teams.filter((t) => t.workshopId === op.workshopId);
      doc.teams.push({ id: newId('team'), name: op.name, workshopId: op.workshopId, order: nextOrder(siblings) });
      return doc;
    }
    case 'addPost': {
      checkParent(doc, op.parent);
      const { op: _op, parent, name, ...fields } = op;
      doc.posts.push({ ...postDefaults(), ...fields, id: newId('post'), name, parent, order: nextOrder(doc.posts) });
      return doc;
    }
    case 'rename': {
      const list = op.kind === 'workshop' ? doc.workshops : op.kind === 'team' ? doc.teams : doc.posts;
      const unit = list.find((x) => x.id === op.id) ?? notFound(op.kind, op.id);
      unit.name = op.name;
      return doc;
    }
    case 'updatePost': {
      const post = doc.posts.find((p) => p.id === op.id) ?? notFound('post', op.id);
      Object.assign(post, op.patch);
      return doc;
    }
    case 'moveTeam': {
      const team = doc.teams.find((t) => t.id === op.id) ?? notFound('team', op.id);
      if (op.workshopId !== null && !doc.workshops.some((w) => w.id === op.workshopId)) throw new AppError('E_ORG_PARENT', { kind: 'workshop', id: op.workshopId });
      team.workshopId = op.workshopId;
      team.order = nextOrder(doc.teams.filter((t) => t.workshopId === op.workshopId && t.id !== team.id));
      // people of the team follow it: a team leader's workshop is the team's workshop
      for (const p of doc.people) if (p.teamId === team.id) p.workshopId = op.workshopId;
      return doc;
    }
    case 'movePost': {
      const post = doc.posts.find((p) => p.id === op.id) ?? notFound('post', op.id);
      checkParent(doc, op.parent);
      post.parent = op.parent;
      return doc;
    }
    case 'reorder': {
      const list: { id: string; order: number }[] = op.kind === 'workshop' ? doc.workshops : op.kind === 'team' ? doc.teams : doc.posts;
      const items = op.ids.map((id) => list.find((x) => x.id === id) ?? notFound(op.kind, id));
      if (new Set(op.ids).size !== op.ids.length) throw new AppError('E_INVALID_ARGUMENT', { path: 'ids', reason: 'duplicate' });
      const orders = items.map((x) => x.order).sort((a, b) => a - b);
      items.forEach((x, i) => {
        x.order = orders[i]!;
      });
      return doc;
    }
    case 'delete': {
      const impact = deleteImpact(doc, op.kind, op.id);
      const wsIds = new Set(impact.workshops.map((x) => x.id));
      const teamIds = new Set(impact.teams.map((x) => x.id));
      const postIds = new Set(impact.posts.map((x) => x.id));
      const rpRemoved = new Set(impact.riskPointsRemoved.map((x) => x.id));
      // Units of riskPoints move up to the next existing level, never down (DESIGN §4).
      for (const r of doc.riskPoints) {
        if (r.unit.kind === 'team' && teamIds.has(r.unit.id)) {
          const w = doc.teams.find((t) => t.id === (r.unit as { id: string }).id)?.workshopId ?? null;
          r.unit = w && !wsIds.has(w) ? { kind: 'workshop', id: w } : { kind: 'enterprise' };
        } else if (r.unit.kind === 'workshop' && wsIds.has(r.unit.id)) r.unit = { kind: 'enterprise' };
        r.postIds = r.postIds.filter((p) => !postIds.has(p));
      }
      doc.riskPoints = doc.riskPoints.filter((r) => !rpRemoved.has(r.id));
      doc.hazards = doc.hazards
        .filter((h) => !rpRemoved.has(h.riskPointId))
        .map((h) => ({ ...h, excludedPostIds: h.excludedPostIds.filter((p) => !postIds.has(p)) }));
      for (const p of postIds) delete doc.wizard.posts[p];
      doc.workshops = doc.workshops.filter((w) => !wsIds.has(w.id));
      doc.teams = doc.teams.filter((t) => !teamIds.has(t.id));
      doc.posts = doc.posts.filter((p) => !postIds.has(p.id));
      for (const p of doc.people) {
        if (p.workshopId !== null && wsIds.has(p.workshopId)) p.workshopId = null;
        if (p.teamId !== null && teamIds.has(p.teamId)) p.teamId = null;
        p.postIds = p.postIds.filter((x) => !postIds.has(x));
      }
      return dropOrphans(doc);
    }
    case 'addPerson': {
      const { op: _op, ...fields } = op;
      doc.people.push(personWith(doc, newId('person'), fields));
      return doc;
    }
    case 'updatePerson': {
      const i = doc.people.findIndex((p) => p.id === op.id);
      if (i < 0) throw new AppError('E_PERSON_NOT_FOUND', { id: op.id });
      doc.people[i] = personWith(doc, op.id, { ...doc.people[i]!, ...op.patch });
      return doc;
    }
    case 'deletePerson': {
      if (!doc.people.some((p) => p.id === op.id)) throw new AppError('E_PERSON_NOT_FOUND', { id: op.id });
      doc.people = doc.people.filter((p) => p.id !== op.id);
      // owner overrides naming the person lose them (core/duties personDeleteImpact lists them first)
      return dropOrphans(doc);
    }
    case 'addPeople':
      for (const row of op.rows) doc.people.push(personWith(doc, newId('person'), row));
      return doc;
  }
}

function personWith(doc: EnterpriseFile, id: string, f: Partial<PersonFields> & { name: string; role: PersonFields['role'] }) {
  const teamId = f.teamId ?? null;
  const team = teamId ? doc.teams.find((t) => t.id === teamId) : undefined;
  if (teamId && !team) throw new AppError('E_ORG_PARENT', { kind: 'team', id: teamId });
  const workshopId = f.workshopId ?? team?.workshopId ?? null;
  if (workshopId && !doc.workshops.some((w) => w.id === workshopId)) throw new AppError('E_ORG_PARENT', { kind: 'workshop', id: workshopId });
  for (const pid of f.postIds ?? []) if (!doc.posts.some((p) => p.id === pid)) throw new AppError('E_ORG_PARENT', { kind: 'post', id: pid });
  return { id, name: f.name, role: f.role, phone: f.phone ?? '', workshopId, teamId, postIds: [...new Set(f.postIds ?? [])] };
}

/** Workshop and team a post belongs to (resolving team → workshop). */
export function postUnits(doc: EnterpriseFile, post: Post): { workshopId: string | null; teamId: string | null } {
  if (post.parent.kind === 'team') {
    const teamId = post.parent.id;
    return { teamId, workshopId: doc.teams.find((t) => t.id === teamId)?.workshopId ?? null };
  }
  if (post.parent.kind === 'workshop') return { workshopId: post.parent.id, teamId: null };
  return { workshopId: null, teamId: null };
}
