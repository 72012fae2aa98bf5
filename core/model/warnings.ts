/**
 * Completeness findings of an enterprise that do not make the file invalid: draft fields, posts
 * without people, people without posts; later issues add unowned hazards, assessments 待复核,
 * posts without cards. Each has a stable code `W_…` and the record it concerns.
 */
import { profileGaps } from './enterprise';
import type { EnterpriseFile } from './enterpriseFile';

export interface Finding {
  code: string;
  /** Path or id of the record concerned. */
  where: string;
  details?: Record<string, unknown>;
}

export function completenessWarnings(f: EnterpriseFile): Finding[] {
  const out: Finding[] = [];
  const gaps = profileGaps(f.profile);
  if (gaps.length > 0) out.push({ code: 'W_PROFILE_GAPS', where: 'profile', details: { fields: gaps, draft: f.profile.draft } });
  if (f.posts.length === 0) out.push({ code: 'W_NO_POSTS', where: 'posts' });
  const staffed = new Set(f.people.flatMap((p) => p.postIds));
  for (const p of f.posts) if (!staffed.has(p.id)) out.push({ code: 'W_POST_NO_PEOPLE', where: `post:${p.id}`, details: { name: p.name } });
  for (const p of f.people) if (p.role === 'worker' && p.postIds.length === 0) out.push({ code: 'W_PERSON_NO_POST', where: `person:${p.id}`, details: { name: p.name } });
  return out;
}
