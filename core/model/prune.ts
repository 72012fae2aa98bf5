/**
 * Removes records that point at deleted hazards or people (assessments, owner overrides), so a
 * delete never leaves a broken reference behind. An override that loses all its people is
 * dropped: that level falls back to the people whose roles own it.
 */
import type { EnterpriseFile } from './enterpriseFile';

export function dropOrphans(doc: EnterpriseFile): EnterpriseFile {
  const hz = new Set(doc.hazards.map((h) => h.id));
  doc.assessments = doc.assessments.filter((a) => hz.has(a.hazardId));
  // sign placements of a deleted riskPoint go with it
  const rps = new Set(doc.riskPoints.map((r) => r.id));
  doc.signPlacements = doc.signPlacements.filter((p) => rps.has(p.riskPointId));
  const posts = new Set(doc.posts.map((p) => p.id));
  doc.postCards = doc.postCards.filter((c) => posts.has(c.postId));
  const people = new Set(doc.people.map((p) => p.id));
  doc.duties.ownerOverrides = doc.duties.ownerOverrides
    .filter((o) => hz.has(o.hazardId))
    .map((o) => ({ ...o, personIds: o.personIds.filter((p) => people.has(p)) }))
    .filter((o) => o.personIds.length > 0);
  return doc;
}
