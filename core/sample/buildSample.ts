/**
 * Builds the sample enterprise document from the authored data in this folder, with
 * deterministic ids. `npm run sample:build` writes it to resources/sample/enterprise.json (the
 * shipped file, at the current schema version); a test checks the two never drift apart.
 */
import { emptyEnterprise, type EnterpriseFile } from '../model/enterpriseFile';
import { ProfileSchema } from '../model/enterprise';
import type { Person, Post, Team, Workshop } from '../model/org';
import { libraryEntry, LIBRARY_VERSION } from '../catalog/library';
import type { Hazard, OrgUnitRef, RiskPoint } from '../model/hazards';
import { SAMPLE_RISK_POINTS } from './hazards';
import { withSampleCards } from './cards';
import { sampleAssessments } from './assessments';
import { samplePlacements } from './signs';
import { SAMPLE_ENTERPRISE_ID, SAMPLE_PEOPLE, SAMPLE_POSTS, SAMPLE_PROFILE, SAMPLE_TEAMS, SAMPLE_WORKSHOPS } from './org';

/** Fixed creation time of the shipped sample (ids and times must not change between builds). */
export const SAMPLE_CREATED_AT = '2026-11-01T08:00:00.000Z';

export function buildSample(): EnterpriseFile {
  const wsId = (k: string) => `ws_${k}`;
  const teamId = (k: string) => `team_${k}`;
  const postId = (k: string) => `post_${k}`;
  const workshops: Workshop[] = SAMPLE_WORKSHOPS.map((w, i) => ({ id: wsId(w.key), name: w.name, order: i }));
  const teams: Team[] = SAMPLE_TEAMS.map((t, i) => ({ id: teamId(t.key), name: t.name, workshopId: t.workshop ? wsId(t.workshop) : null, order: i }));
  const posts: Post[] = SAMPLE_POSTS.map((p, i) => ({
    id: postId(p.key),
    name: p.name,
    code: p.code,
    parent: p.team ? { kind: 'team', id: teamId(p.team) } : p.workshop ? { kind: 'workshop', id: wsId(p.workshop) } : { kind: 'enterprise' },
    order: i,
    jobContent: p.jobContent,
    location: p.location,
    headcount: p.headcount,
    equipment: [...p.equipment],
    tools: [...p.tools],
  }));
  const teamWorkshop = new Map<string, string | null>(SAMPLE_TEAMS.map((t) => [t.key, t.workshop]));
  const people: Person[] = SAMPLE_PEOPLE.map((p, i) => ({
    id: `person_${String(i + 1).padStart(2, '0')}`,
    name: p.name,
    role: p.role,
    phone: p.phone,
    workshopId: p.workshop ? wsId(p.workshop) : p.team && teamWorkshop.get(p.team) ? wsId(teamWorkshop.get(p.team)!) : null,
    teamId: p.team ? teamId(p.team) : null,
    postIds: (p.posts ?? []).map(postId),
  }));
  const unit = (u: string): OrgUnitRef => (u === 'ent' ? { kind: 'enterprise' } : u.startsWith('team:') ? { kind: 'team', id: teamId(u.slice(5)) } : { kind: 'workshop', id: wsId(u.slice(3)) });
  const riskPoints: RiskPoint[] = SAMPLE_RISK_POINTS.map((r, i) => ({ id: `rp_${r.key}`, name: r.name, kind: r.kind, unit: unit(r.unit), postIds: r.posts.map(postId), location: r.location, order: i }));
  const hazards: Hazard[] = SAMPLE_RISK_POINTS.flatMap((r) =>
    r.hazards.map((libId, j) => {
      const e = libraryEntry(libId);
      if (!e) throw new Error(`sample: unknown library id ${libId}`);
      return {
        id: `hz_${r.key}_${String(j + 1).padStart(2, '0')}`,
        riskPointId: `rp_${r.key}`,
        source: { kind: 'library', libraryId: e.id, libraryVersion: LIBRARY_VERSION },
        place: e.place,
        text: e.hazard,
        factorCode: e.factorCode,
        accidentTypes: [...e.accidentTypes],
        consequence: e.consequence,
        measures: e.measures.map((m) => ({ ...m })),
        signIds: [...e.signIds],
        ppeIds: [...e.ppeIds],
        majorHazardClause: e.majorHazardClause ?? null,
        excludedPostIds: (r.exclude?.[libId] ?? []).map(postId),
        createdAt: SAMPLE_CREATED_AT,
      } satisfies Hazard;
    }),
  );
  const wizard = {
    screeningDone: true,
    posts: Object.fromEntries(posts.map((p) => [p.id, { step: 'done' as const, rejected: [], updatedAt: SAMPLE_CREATED_AT }])),
  };
  // card data and version 1 of the cards come last: they are derived from everything above
  return withSampleCards({
    ...emptyEnterprise(SAMPLE_ENTERPRISE_ID, SAMPLE_PROFILE.name, SAMPLE_CREATED_AT),
    riskPoints,
    hazards,
    wizard,
    assessments: sampleAssessments(hazards),
    signPlacements: samplePlacements(),
    profile: ProfileSchema.parse({ ...SAMPLE_PROFILE, flags: [...SAMPLE_PROFILE.flags] }),
    workshops,
    teams,
    posts,
    people,
  }, postId);
}
