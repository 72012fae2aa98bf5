/**
 * Org units in the order the org tree shows them, with display names that stay unique (used for
 * sheet headers and file names: two posts named 操作工 in different teams become
 * 操作工（冲压一班） and 操作工（数控班）).
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Post } from '../model/org';
import { orderedTeams } from './controlLevel';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Posts in org order: per workshop its teams' posts then its own, then enterprise teams, then enterprise posts. */
export function postsInOrgOrder(doc: EnterpriseFile): Post[] {
  const out: Post[] = [];
  const under = (kind: Post['parent']['kind'], id?: string) =>
    doc.posts.filter((p) => p.parent.kind === kind && (kind === 'enterprise' || (p.parent as { id: string }).id === id)).sort(byOrder);
  for (const w of [...doc.workshops].sort(byOrder)) {
    for (const t of doc.teams.filter((x) => x.workshopId === w.id).sort(byOrder)) out.push(...under('team', t.id));
    out.push(...under('workshop', w.id));
  }
  for (const t of doc.teams.filter((x) => x.workshopId === null).sort(byOrder)) out.push(...under('team', t.id));
  out.push(...under('enterprise'));
  return out;
}

export function workshopsInOrder(doc: EnterpriseFile) {
  return [...doc.workshops].sort(byOrder);
}

export function teamsInOrder(doc: EnterpriseFile) {
  const byId = new Map(doc.teams.map((t) => [t.id, t]));
  return orderedTeams(doc).map((id) => byId.get(id)!);
}

/** Names of the units a post sits in: '冲压车间 / 冲压一班', '冲压车间', '' (enterprise). */
export function postPath(doc: EnterpriseFile, post: Post): { workshop: string; team: string } {
  if (post.parent.kind === 'team') {
    const id = post.parent.id;
    const t = doc.teams.find((x) => x.id === id);
    return { team: t?.name ?? '', workshop: t?.workshopId ? (doc.workshops.find((w) => w.id === t.workshopId)?.name ?? '') : '' };
  }
  if (post.parent.kind === 'workshop') {
    const id = post.parent.id;
    return { workshop: doc.workshops.find((w) => w.id === id)?.name ?? '', team: '' };
  }
  return { workshop: '', team: '' };
}

/** A post's display name, made unique with its team or workshop when another post has the same name. */
export function postDisplayName(doc: EnterpriseFile, post: Post): string {
  const dup = doc.posts.some((p) => p.id !== post.id && p.name === post.name);
  if (!dup) return post.name;
  const { workshop, team } = postPath(doc, post);
  return `${post.name}（${team || workshop || '企业直属'}）`;
}

/** A team's display name, made unique with its workshop when needed. */
export function teamDisplayName(doc: EnterpriseFile, teamId: string): string {
  const t = doc.teams.find((x) => x.id === teamId);
  if (!t) return teamId;
  const dup = doc.teams.some((x) => x.id !== t.id && x.name === t.name);
  if (!dup) return t.name;
  const ws = t.workshopId ? doc.workshops.find((w) => w.id === t.workshopId)?.name : '';
  return `${t.name}（${ws || '企业直属'}）`;
}
