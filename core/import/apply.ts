/**
 * Applies an analysed register to an enterprise document, after the user confirmed (nothing is
 * written before): creates the planned org units, one hazard per row with
 * `source: { kind: 'import', file, sheet, row }`, and one imported assessment per row that has a
 * level (values, score and level as written, status 'imported', shown 待复核 — DESIGN §4).
 * Signs the register does not give and PPE (no register has a PPE column) are filled in as
 * derive.ts describes; the report lists them (findings signsDerived, ppeDerived).
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard, OrgUnitRef } from '../model/hazards';
import type { IdGen } from '../model/ids';
import type { PostParent } from '../model/org';
import { buildImportedAssessment, type Assessment, type ImportedAssessmentInput } from '../risk/assessment';
import type { Analysis, AnalysedRow } from './analyse';
import { hazardSignIds } from './derive';
import type { OrgPlan, PlannedParent } from './orgPlan';
import { rowAccidentCodes, type ImportDecisions } from './report';

export interface ApplyContext {
  newId: IdGen;
  /** ISO datetime of the import (createdAt of the new records). */
  now: string;
  /** YYYY-MM-DD used when a row has no date. */
  today: string;
  /** The source file name kept on every hazard and assessment. */
  file: string;
  assessor?: string;
}

const clip = (s: string, max: number) => ([...s].length > max ? [...s].slice(0, max).join('') : s);

function nextOrder(list: { order: number }[]): number {
  return list.reduce((m, x) => Math.max(m, x.order), -1) + 1;
}

/** The note kept on the imported assessment: what the register said that has no field of its own. */
function noteOf(r: AnalysedRow, review: string[], d: ImportDecisions): string {
  const parts: string[] = [];
  if (r.chain && r.chain.text) parts.push(`责任（原表）：${r.chain.text}`);
  if (r.accident.raw) parts.push(`事故类型（原表）：${r.accident.raw}`);
  for (const x of r.accident.readings) {
    if (x.kind === 'choice' && d.accidentTypes[x.from] === undefined) parts.push(`“${x.from}”按默认对应，待复核`);
  }
  const nonTypes = review.filter((t) => t !== '');
  if (nonTypes.length > 0) parts.push(`“${nonTypes.join('、')}”不是事故类型，暂按“其他”，待复核`);
  if (review.includes('')) parts.push('原表未写事故类型，暂按“其他”，待复核');
  if (!r.storedLevel) parts.push('原表未写风险等级，按风险值定级');
  if (r.scoreCheck === 'arithmetic' || r.scoreCheck === 'rounding') parts.push(`原表风险值 ${r.storedScore} 与计算值 ${r.recomputed} 不符`);
  return clip(parts.join('；'), 2000);
}

function importedInput(r: AnalysedRow, hazardId: string, ctx: ApplyContext, note: string): ImportedAssessmentInput | null {
  const level = r.storedLevel ?? r.levelOfStored ?? r.levelOfRecomputed;
  if (!level) return null;
  const stored: ImportedAssessmentInput['stored'] = { ...r.values };
  if (r.storedScore !== null) stored.score = r.storedScore;
  const levelText = r.cells.level ?? r.cells.colour;
  if (levelText) stored.levelText = clip(levelText, 100);
  const common = {
    hazardId, kind: 'inherent' as const, level, assessor: ctx.assessor ?? '', date: r.date ?? ctx.today, note,
    source: { file: ctx.file, sheet: r.sheet, row: r.row }, stored,
  };
  const score = r.storedScore ?? r.recomputed;
  if (r.method === 'LEC') return { ...common, method: 'LEC', L: r.values.L!, E: r.values.E!, C: r.values.C!, score };
  if (r.method === 'LS') return { ...common, method: 'LS', L: r.values.L!, S: r.values.S!, score };
  return { ...common, method: 'direct', reason: '' };
}

/**
 * Returns a new document with the register applied (the input is not modified) and the number of
 * rows applied. The caller validates and writes it (store.update / validateEnterpriseFile).
 * @throws AppError E_INVALID_ARGUMENT from buildImportedAssessment for a malformed value.
 */
export function applyAnalysis(input: EnterpriseFile, a: Analysis, plan: OrgPlan, decisions: ImportDecisions, ctx: ApplyContext): { doc: EnterpriseFile; applied: number } {
  const doc = structuredClone(input);
  const wsId = new Map<string, string>();
  const teamId = new Map<string, string>();
  const postId = new Map<string, string>();
  const rpId = new Map<string, string>();

  for (const w of plan.workshops) {
    if (w.existingId) wsId.set(w.key, w.existingId);
    else {
      const id = ctx.newId('ws');
      doc.workshops.push({ id, name: w.name, order: nextOrder(doc.workshops) });
      wsId.set(w.key, id);
    }
  }
  for (const t of plan.teams) {
    if (t.existingId) teamId.set(t.key, t.existingId);
    else {
      const id = ctx.newId('team');
      const workshopId = t.workshopKey ? wsId.get(t.workshopKey)! : null;
      doc.teams.push({ id, name: t.name, workshopId, order: nextOrder(doc.teams.filter((x) => x.workshopId === workshopId)) });
      teamId.set(t.key, id);
    }
  }
  const unitRef = (p: PlannedParent): OrgUnitRef & PostParent =>
    p.kind === 'workshop' ? { kind: 'workshop', id: wsId.get(p.key)! } : p.kind === 'team' ? { kind: 'team', id: teamId.get(p.key)! } : { kind: 'enterprise' };
  for (const p of plan.posts) {
    if (p.existingId) postId.set(p.key, p.existingId);
    else {
      const id = ctx.newId('post');
      doc.posts.push({
        id, name: p.name, code: '', parent: unitRef(p.parent), order: nextOrder(doc.posts), jobContent: p.jobContent, location: '',
        headcount: null, equipment: p.equipment, tools: [],
      });
      postId.set(p.key, id);
    }
  }
  for (const r of plan.riskPoints) {
    const postIds = r.postKeys.map((k) => postId.get(k)!);
    if (r.existingId) {
      const rp = doc.riskPoints.find((x) => x.id === r.existingId)!;
      rp.postIds = [...new Set([...rp.postIds, ...postIds])];
      rpId.set(r.key, r.existingId);
    } else {
      const id = ctx.newId('rp');
      doc.riskPoints.push({ id, name: r.name, kind: r.kind, unit: unitRef(r.unit), postIds: [...new Set(postIds)], location: '', order: nextOrder(doc.riskPoints) });
      rpId.set(r.key, id);
    }
  }

  const hazards: Hazard[] = [];
  const assessments: Assessment[] = [];
  for (const r of a.rows) {
    const id = ctx.newId('hz');
    const { codes, review } = rowAccidentCodes(r, decisions);
    hazards.push({
      id,
      riskPointId: rpId.get(plan.rowRiskPoint.get(r.row)!)!,
      source: { kind: 'import', file: ctx.file, sheet: r.sheet, row: r.row },
      place: '',
      text: clip(r.hazard, 1000),
      factorCode: r.factorCode,
      accidentTypes: codes,
      consequence: clip(r.cells.consequence ?? '', 500),
      measures: r.measures,
      signIds: hazardSignIds(r.signs.flatMap((s) => (s.id ? [s.id] : [])), r.signs.length > 0, codes).ids,
      ppeIds: r.ppe.map((p) => p.ppeId),
      majorHazardClause: null,
      excludedPostIds: [],
      createdAt: ctx.now,
    });
    const input = importedInput(r, id, ctx, noteOf(r, review, decisions));
    if (input) assessments.push(buildImportedAssessment(input, { id: ctx.newId('as'), createdAt: ctx.now }));
  }
  doc.hazards.push(...hazards);
  doc.assessments.push(...assessments);
  doc.updatedAt = ctx.now;
  return { doc, applied: hazards.length };
}
