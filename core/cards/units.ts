/**
 * Which posts a card document covers: one post, or every post of a team, a workshop or the
 * enterprise (batch printing), in the order of the org tree. Unit ids: a post id, or
 * 'team:<id>', 'workshop:<id>', 'enterprise'.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import { hazardsOfPost } from '../model/hazardOps';
import type { Post } from '../model/org';
import { postUnits } from '../model/orgOps';

export interface PostInOrder {
  post: Post;
  /** 1-based position in the org order (used for card numbers when a post has no code). */
  index: number;
  workshop: string;
  team: string;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Every post in org order: workshops (their teams, then their own posts), enterprise teams, enterprise posts. */
export function postsInOrgOrder(doc: EnterpriseFile): PostInOrder[] {
  const out: Post[] = [];
  const under = (kind: Post['parent']['kind'], id?: string) =>
    doc.posts.filter((p) => p.parent.kind === kind && (kind === 'enterprise' || (p.parent as { id: string }).id === id)).sort(byOrder);
  for (const w of [...doc.workshops].sort(byOrder)) {
    for (const tm of doc.teams.filter((x) => x.workshopId === w.id).sort(byOrder)) out.push(...under('team', tm.id));
    out.push(...under('workshop', w.id));
  }
  for (const tm of doc.teams.filter((x) => x.workshopId === null).sort(byOrder)) out.push(...under('team', tm.id));
  out.push(...under('enterprise'));
  // posts whose parent is missing (a broken file) still get a place at the end
  for (const p of doc.posts) if (!out.includes(p)) out.push(p);
  const wsName = new Map(doc.workshops.map((w) => [w.id, w.name]));
  const teamName = new Map(doc.teams.map((t) => [t.id, t.name]));
  return out.map((post, i) => {
    const u = postUnits(doc, post);
    return { post, index: i + 1, workshop: u.workshopId ? (wsName.get(u.workshopId) ?? '') : '', team: u.teamId ? (teamName.get(u.teamId) ?? '') : '' };
  });
}

/** Posts that have hazards (only those get cards). */
export function postsWithHazards(doc: EnterpriseFile): PostInOrder[] {
  return postsInOrgOrder(doc).filter((p) => hazardsOfPost(doc, p.post.id).length > 0);
}

export interface BatchUnit {
  id: string;
  name: string;
  postIds: string[];
}

/**
 * Batch units with at least one post that has hazards: the enterprise, each workshop, each team.
 * Names: '全企业', '<车间>（全部岗位）', '<班组>（全部岗位）'.
 */
export function batchUnits(doc: EnterpriseFile): BatchUnit[] {
  const posts = postsWithHazards(doc);
  const out: BatchUnit[] = [];
  if (posts.length) out.push({ id: 'enterprise', name: '全企业', postIds: posts.map((p) => p.post.id) });
  for (const w of [...doc.workshops].sort(byOrder)) {
    const ids = posts.filter((p) => postUnits(doc, p.post).workshopId === w.id).map((p) => p.post.id);
    if (ids.length) out.push({ id: `workshop:${w.id}`, name: `${w.name}（全部岗位）`, postIds: ids });
  }
  for (const t of [...doc.teams].sort(byOrder)) {
    const ids = posts.filter((p) => postUnits(doc, p.post).teamId === t.id).map((p) => p.post.id);
    if (ids.length) out.push({ id: `team:${t.id}`, name: `${t.name}（全部岗位）`, postIds: ids });
  }
  return out;
}

/** The posts (with hazards) of a unit id: a post id, a batch unit id, or undefined for all. */
export function postIdsOfUnit(doc: EnterpriseFile, unitId: string | undefined): string[] {
  if (!unitId || unitId === 'enterprise') return postsWithHazards(doc).map((p) => p.post.id);
  const batch = batchUnits(doc).find((u) => u.id === unitId);
  if (batch) return batch.postIds;
  return doc.posts.some((p) => p.id === unitId) ? [unitId] : [];
}

/** '冲压车间 / 冲压一班' (the units above a post), '' for an enterprise-level post. */
export function unitPath(p: PostInOrder): string {
  return [p.workshop, p.team].filter(Boolean).join(' / ');
}
