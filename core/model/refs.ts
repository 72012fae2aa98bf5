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
  const collections = { workshops: f.workshops, teams: f.teams, posts: f.posts, people: f.people, riskPoints: f.riskPoints, hazards: f.hazards, assessments: f.assessments, signPlacements: f.signPlacements } as const;
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
  const rps = new Set(f.riskPoints.map((r) => r.id));
  f.riskPoints.forEach((r, i) => {
    if (r.unit.kind === 'workshop' && !ws.has(r.unit.id)) out.push({ path: `riskPoints[${i}].unit.id`, id: r.unit.id, problem: 'missing' });
    if (r.unit.kind === 'team' && !ts.has(r.unit.id)) out.push({ path: `riskPoints[${i}].unit.id`, id: r.unit.id, problem: 'missing' });
    r.postIds.forEach((pid, j) => {
      if (!ps.has(pid)) out.push({ path: `riskPoints[${i}].postIds[${j}]`, id: pid, problem: 'missing' });
    });
  });
  f.hazards.forEach((h, i) => {
    if (!rps.has(h.riskPointId)) out.push({ path: `hazards[${i}].riskPointId`, id: h.riskPointId, problem: 'missing' });
    h.excludedPostIds.forEach((pid, j) => {
      if (!ps.has(pid)) out.push({ path: `hazards[${i}].excludedPostIds[${j}]`, id: pid, problem: 'missing' });
    });
  });
  const hz = new Set(f.hazards.map((h) => h.id));
  f.assessments.forEach((a, i) => {
    if (!hz.has(a.hazardId)) out.push({ path: `assessments[${i}].hazardId`, id: a.hazardId, problem: 'missing' });
  });
  f.signPlacements.forEach((p, i) => {
    if (!rps.has(p.riskPointId)) out.push({ path: `signPlacements[${i}].riskPointId`, id: p.riskPointId, problem: 'missing' });
  });
  // card data per post (岗位告知卡): one record per existing post
  const cardPosts = new Set<string>();
  f.postCards.forEach((c, i) => {
    if (!ps.has(c.postId)) out.push({ path: `postCards[${i}].postId`, id: c.postId, problem: 'missing' });
    else if (cardPosts.has(c.postId)) out.push({ path: `postCards[${i}].postId`, id: c.postId, problem: 'duplicate' });
    cardPosts.add(c.postId);
  });
  for (const pid of Object.keys(f.wizard.posts)) if (!ps.has(pid)) out.push({ path: `wizard.posts.${pid}`, id: pid, problem: 'missing' });
  // owner overrides (schema v5): the hazard and every person named must exist
  const people = new Set(f.people.map((p) => p.id));
  f.duties.ownerOverrides.forEach((o, i) => {
    if (!hz.has(o.hazardId)) out.push({ path: `duties.ownerOverrides[${i}].hazardId`, id: o.hazardId, problem: 'missing' });
    o.personIds.forEach((pid, j) => {
      if (!people.has(pid)) out.push({ path: `duties.ownerOverrides[${i}].personIds[${j}]`, id: pid, problem: 'missing' });
    });
  });
  return out;
}
