/**
 * Completeness findings of an enterprise that do not make the file invalid: draft fields, posts
 * without people, people without posts, graded hazards without an owner at a level of their
 * control chain and the roles missing where they are needed (core/duties); later issues add
 * assessments 待复核, posts without cards. Each has a stable code `W_…` and the record it concerns.
 */
import { missingText } from '../duties/owners';
import { dutyCompleteness } from '../duties/views';
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
  const duties = dutyCompleteness(f);
  for (const r of duties.missingRoles) {
    // a post without people is already W_POST_NO_PEOPLE
    if (r.missing.role === 'postPeople') continue;
    const u = r.missing.unit;
    out.push({ code: 'W_ROLE_MISSING', where: u.id ? `${u.kind}:${u.id}` : 'enterprise', details: { role: r.missing.role, level: r.missing.level, unit: u.name, hazards: r.hazards, text: r.text } });
  }
  for (const h of duties.unownedHazards) out.push({ code: 'W_HAZARD_NO_OWNER', where: `hazard:${h.hazardId}`, details: { text: h.text, levels: h.levels, missing: h.missing.map(missingText) } });
  for (const e of duties.staleTexts) out.push({ code: 'W_CHECK_TEXT_STALE', where: `checklist:${e.key}`, details: { text: e.text } });
  return out;
}
