/**
 * What a post's list (一岗位一清单) still lacks: no hazards, hazards without measures or accident
 * types, graded hazards with a level of their control chain unowned (core/duties ownerCheck,
 * always run); the risk module adds "no assessment" and "pending review" as extra checks.
 */
import { ownerCheck } from '../duties/views';
import type { EnterpriseFile } from './enterpriseFile';
import { hazardsOfPost } from './hazardOps';
import type { Hazard } from './hazards';

export interface PostGap {
  code: 'W_POST_NO_HAZARDS' | 'W_HAZARD_NO_MEASURE' | 'W_HAZARD_NO_ACCIDENT_TYPE' | 'W_HAZARD_NO_ASSESSMENT' | 'W_HAZARD_PENDING_REVIEW' | 'W_HAZARD_NO_OWNER';
  postId: string;
  hazardId?: string;
  text?: string;
}

/** Extra per-hazard checks contributed by later modules (assessment, owners). */
export type HazardCheck = (doc: EnterpriseFile, h: Hazard, postId: string) => PostGap['code'] | null;

export function postGaps(doc: EnterpriseFile, postId: string, extra: readonly HazardCheck[] = []): PostGap[] {
  const hs = hazardsOfPost(doc, postId);
  if (hs.length === 0) return [{ code: 'W_POST_NO_HAZARDS', postId }];
  const out: PostGap[] = [];
  for (const h of hs) {
    const base = { postId, hazardId: h.id, text: h.text };
    if (h.measures.length === 0) out.push({ code: 'W_HAZARD_NO_MEASURE', ...base });
    if (h.accidentTypes.length === 0) out.push({ code: 'W_HAZARD_NO_ACCIDENT_TYPE', ...base });
    for (const check of [...extra, ownerCheck]) {
      const code = check(doc, h, postId);
      if (code) out.push({ code, ...base });
    }
  }
  return out;
}
