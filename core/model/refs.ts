/**
 * Referential integrity of an enterprise file: every id a record points to exists, and no id is
 * used twice. Returns the broken references (empty when the file is consistent).
 */
import type { EnterpriseFile } from './enterpriseFile';

export interface BrokenRef {
  /** Where the reference sits, e.g. 'posts[3].parent.id'. */
  path: string;
  /** The id that does not exist (or is duplicated). */
  id: string;
  problem: 'missing' | 'duplicate';
}

export function brokenReferences(f: EnterpriseFile): BrokenRef[] {
  const out: BrokenRef[] = [];
  const seen = new Set<string>();
  const collections = { workshops: f.workshops, teams: f.teams, posts: f.posts, people: f.people } as const;
  for (const [key, list] of Object.entries(collections)) {
    list.forEach((r, i) => {
      if (seen.has(r.id)) out.push({ path: `${key}[${i}].id`, id: r.id, problem: 'duplicate' });
      seen.add(r.id);
    });
  }
  const ws = new Set(f.workshops.map((w) => w.id));
  const ts = new Set(f.teams.map((t) => t.id));
  const ps = new Set(f.posts.map((p) => p.id));
  f.teams.forEach((t, i) => {
    if (t.workshopId !== null && !ws.has(t.workshopId)) out.push({ path: `teams[${i}].workshopId`, id: t.workshopId, problem: 'missing' });
  });
  f.posts.forEach((p, i) => {
    if (p.parent.kind === 'workshop' && !ws.has(p.parent.id)) out.push({ path: `posts[${i}].parent.id`, id: p.parent.id, problem: 'missing' });
    if (p.parent.kind === 'team' && !ts.has(p.parent.id)) out.push({ path: `posts[${i}].parent.id`, id: p.parent.id, problem: 'missing' });
  });
  f.people.forEach((p, i) => {
    if (p.workshopId !== null && !ws.has(p.workshopId)) out.push({ path: `people[${i}].workshopId`, id: p.workshopId, problem: 'missing' });
    if (p.teamId !== null && !ts.has(p.teamId)) out.push({ path: `people[${i}].teamId`, id: p.teamId, problem: 'missing' });
    p.postIds.forEach((pid, j) => {
      if (!ps.has(pid)) out.push({ path: `people[${i}].postIds[${j}]`, id: pid, problem: 'missing' });
    });
  });
  return out;
}
