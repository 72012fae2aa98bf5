/**
 * How far an enterprise's safety-risk work has come, for the consultant's list and the
 * enterprise home screen. Grows with the issues (hazards, assessments, duties, cards).
 */
import type { Completeness } from '../contract/types';
import { profileGaps, PROFILE_REQUIRED } from './enterprise';
import type { EnterpriseFile } from './enterpriseFile';

export function completeness(f: EnterpriseFile): Completeness {
  const gaps = profileGaps(f.profile);
  const profileShare = 1 - gaps.length / PROFILE_REQUIRED.length;
  const orgShare = f.posts.length > 0 ? (f.people.length > 0 ? 1 : 0.5) : 0;
  // Weights: profile 30 %, org tree 70 % until the hazard issues add their parts.
  const percent = Math.round(100 * (0.3 * profileShare + 0.7 * orgShare));
  return {
    profileGaps: [...gaps],
    workshops: f.workshops.length,
    teams: f.teams.length,
    posts: f.posts.length,
    people: f.people.length,
    percent,
  };
}
