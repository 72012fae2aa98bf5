/**
 * Removes records that point at deleted hazards (assessments), so a delete never leaves a
 * broken reference behind.
 */
import type { EnterpriseFile } from './enterpriseFile';

export function dropOrphans(doc: EnterpriseFile): EnterpriseFile {
  const hz = new Set(doc.hazards.map((h) => h.id));
  doc.assessments = doc.assessments.filter((a) => hz.has(a.hazardId));
  return doc;
}
