/**
 * The org tree as display nodes: enterprise → workshops → teams → posts, with teams and posts
 * that sit directly under the enterprise or a workshop. Keys: 'ent', 'workshop:<id>',
 * 'team:<id>', 'post:<id>'.
 */
import type { EnterpriseFile } from '../../../../core/model/enterpriseFile';
import type { Post } from '../../../../core/model/org';

export interface OrgNode {
  key: string;
  kind: 'enterprise' | 'workshop' | 'team' | 'post';
  id: string;
  title: string;
  children: OrgNode[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

export function buildOrgTree(doc: EnterpriseFile, rootTitle: string): OrgNode {
  const postNode = (p: Post): OrgNode => ({ key: `post:${p.id}`, kind: 'post', id: p.id, title: p.code ? `${p.name}（${p.code}）` : p.name, children: [] });
  const postsOf = (kind: Post['parent']['kind'], id?: string) =>
    doc.posts.filter((p) => p.parent.kind === kind && (kind === 'enterprise' || (p.parent as { id: string }).id === id)).sort(byOrder).map(postNode);
  const teamNode = (t: EnterpriseFile['teams'][number]): OrgNode => ({ key: `team:${t.id}`, kind: 'team', id: t.id, title: t.name, children: postsOf('team', t.id) });
  const teamsOf = (workshopId: string | null) => doc.teams.filter((t) => t.workshopId === workshopId).sort(byOrder).map(teamNode);
  return {
    key: 'ent',
    kind: 'enterprise',
    id: doc.id,
    title: rootTitle,
    children: [
      ...[...doc.workshops].sort(byOrder).map((w) => ({ key: `workshop:${w.id}`, kind: 'workshop' as const, id: w.id, title: w.name, children: [...teamsOf(w.id), ...postsOf('workshop', w.id)] })),
      ...teamsOf(null),
      ...postsOf('enterprise'),
    ],
  };
}

/** Siblings of a node of the same kind, in display order (for move up/down). */
export function siblingIds(doc: EnterpriseFile, kind: 'workshop' | 'team' | 'post', id: string): string[] {
  if (kind === 'workshop') return [...doc.workshops].sort(byOrder).map((w) => w.id);
  if (kind === 'team') {
    const ws = doc.teams.find((t) => t.id === id)?.workshopId ?? null;
    return doc.teams.filter((t) => t.workshopId === ws).sort(byOrder).map((t) => t.id);
  }
  const p = doc.posts.find((x) => x.id === id);
  if (!p) return [];
  const same = (q: Post) => q.parent.kind === p.parent.kind && (p.parent.kind === 'enterprise' || (q.parent as { id: string }).id === (p.parent as { id: string }).id);
  return doc.posts.filter(same).sort(byOrder).map((q) => q.id);
}

/** Order after moving `id` one step up (-1) or down (+1) among `ids`; null at an end. */
export function moved(ids: string[], id: string, step: -1 | 1): string[] | null {
  const i = ids.indexOf(id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= ids.length) return null;
  const next = [...ids];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** Splits a typed list "冲床，剪板机、折弯机" into items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
