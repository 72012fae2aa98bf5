/**
 * Builds the sample enterprise document from the authored data in this folder, with
 * deterministic ids. `npm run sample:build` writes it to resources/sample/enterprise.json (the
 * shipped file, at the current schema version); a test checks the two never drift apart.
 */
import { ENTERPRISE_SCHEMA_VERSION, type EnterpriseFile } from '../model/enterpriseFile';
import { ProfileSchema } from '../model/enterprise';
import type { Person, Post, Team, Workshop } from '../model/org';
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
  return {
    schemaVersion: ENTERPRISE_SCHEMA_VERSION,
    id: SAMPLE_ENTERPRISE_ID,
    createdAt: SAMPLE_CREATED_AT,
    updatedAt: SAMPLE_CREATED_AT,
    profile: ProfileSchema.parse({ ...SAMPLE_PROFILE, flags: [...SAMPLE_PROFILE.flags] }),
    workshops,
    teams,
    posts,
    people,
  };
}
