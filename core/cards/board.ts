/**
 * 安全风险公告栏 (risk notice board) per place: its location, main hazards, level (colour + name),
 * accident types, control level, responsible unit and person, control and emergency measures, the
 * report phone and the 12350 complaint line (domain-facts §4.4 [S]: at least location, main hazard
 * sources, level, risk type, control level, responsible unit & person, 12350; the real board in
 * realcases/msm_risk_notice_list.csv also lists measures, emergency measures and a report phone).
 *
 * Units: every place riskPoint (配电房, 喷漆房 …), each workshop (all riskPoints whose register row
 * falls in it — the board at the workshop entrance) and the enterprise (全厂). Unit ids: the
 * riskPoint id, 'workshop:<id>', 'enterprise'.
 *
 * A board is a poster (electron/services/render/cards: A3 or larger, landscape): the key risks
 * highest level first with their main measures (engineering first, then management — keyMeasures),
 * the count per level, the signs of the place, who answers and the phones; the full list with
 * every measure follows as an appendix. 责任单位/责任人 come from core/duties at each hazard's
 * control level (the same owners as the register and the post cards); the board's own 责任人 are
 * the owners at its highest control level. The date is the issue date of the newest card version
 * of the posts it covers (one date rule for cards and boards), today when none was issued.
 */
import { dutyIndex, hazardDuty } from '../duties/owners';
import type { EnterpriseFile } from '../model/enterpriseFile';
import { registerRows, type RegisterRow } from '../model/registerRows';
import { CONTROL_LEVEL_ZH, CONTROL_LEVELS, RISK_LEVEL_SHORT_ZH, type RiskLevel } from '../model/vocab';
import { LEVEL_RANK } from '../risk/levels';
import { otherTypesLast } from '../standards/accidentTypes';
import { sortSignIds } from '../standards/signOrder';
import { safetySign } from '../standards/signs';
import { dedupe, dedupeNear, levelText, localizedHazardText, signTitle } from './facts';
import { immediateAction, PUBLIC_PHONES, type PhoneLine } from './content';

export const BOARD_TITLE = '安全风险公告栏';

export interface BoardUnit {
  id: string;
  name: string;
}

export interface BoardRow {
  riskPoint: string;
  hazard: string;
  level: RiskLevel | null;
  /** '较大' / '未评' (the level in words next to its colour). */
  levelShort: string;
  accidentTypes: string;
  /** Every measure: engineering, management, then PPE; training ones when there is nothing else. */
  measures: string[];
  /** The poster's short list: the first engineering and management measures (at most BOARD_KEY_MEASURES), else PPE, else training. */
  keyMeasures: string[];
  emergency: string[];
  /** '车间' … */
  controlLevel: string;
  unit: string;
  /** '朱永康（13900000028）' per person. */
  persons: string[];
}

export interface BoardContent {
  kind: 'board';
  title: string;
  enterprise: string;
  /** The place's (or workshop's) name. */
  place: string;
  location: string;
  level: RiskLevel | null;
  levelText: string;
  accidentTypes: string[];
  /** The highest control level on the board, '' when nothing is graded. */
  controlLevel: string;
  /** Who answers for the board: the owners at that level (a place), the workshop and its head, the enterprise and its principal. */
  unit: string;
  persons: string;
  reportPhone: string;
  phones: PhoneLine[];
  date: string;
  /** Every row, highest level first (the appendix). */
  rows: BoardRow[];
  /** '其中 25 项等级为导入数据，待复核' where grades are imported and not yet reviewed, else ''. */
  levelNote: string;
  /** Rows per level (重大/较大/一般/低/未评). */
  counts: { level: RiskLevel | null; label: string; count: number }[];
  /** The signs of the board's hazards, most relevant first, at most BOARD_SIGN_CAP, in GB 2894 order. */
  signs: { id: string; title: string }[];
}

/** Measures per row on the poster (the appendix lists all). */
export const BOARD_KEY_MEASURES = 3;
/** Signs on a poster. */
export const BOARD_SIGN_CAP = 10;

function rowsOfUnit(doc: EnterpriseFile, rows: RegisterRow[], unitId: string): { rows: RegisterRow[]; name: string; location: string } | null {
  if (unitId === 'enterprise') return { rows, name: `${doc.profile.name}（全厂）`, location: doc.profile.address };
  if (unitId.startsWith('workshop:')) {
    const ws = doc.workshops.find((w) => `workshop:${w.id}` === unitId);
    if (!ws) return null;
    return { rows: rows.filter((r) => r.workshopId === ws.id), name: ws.name, location: ws.name };
  }
  const rp = doc.riskPoints.find((r) => r.id === unitId && r.kind === 'place');
  if (!rp) return null;
  return { rows: rows.filter((r) => r.riskPointId === rp.id), name: rp.name, location: rp.location };
}

/** Board units that have at least one hazard. */
export function boardUnits(doc: EnterpriseFile): BoardUnit[] {
  const rows = registerRows(doc);
  const out: BoardUnit[] = [];
  const has = (id: string) => (rowsOfUnit(doc, rows, id)?.rows.length ?? 0) > 0;
  for (const rp of [...doc.riskPoints].sort((a, b) => a.order - b.order)) if (rp.kind === 'place' && has(rp.id)) out.push({ id: rp.id, name: rp.name });
  for (const w of [...doc.workshops].sort((a, b) => a.order - b.order)) if (has(`workshop:${w.id}`)) out.push({ id: `workshop:${w.id}`, name: `${w.name}（车间公告栏）` });
  if (rows.length) out.push({ id: 'enterprise', name: '全厂' });
  return out;
}

/** The board of a unit; null when the unit does not exist or has no hazards. */
export function boardContent(doc: EnterpriseFile, unitId: string, today: string, date: (postIds: readonly string[]) => string = () => today): BoardContent | null {
  const all = registerRows(doc);
  const u = rowsOfUnit(doc, all, unitId);
  if (!u || u.rows.length === 0) return null;
  const ix = dutyIndex(doc);
  const byId = new Map(doc.hazards.map((h) => [h.id, h]));
  const sorted = u.rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.level ? LEVEL_RANK[b.r.level] : 0) - (a.r.level ? LEVEL_RANK[a.r.level] : 0) || a.i - b.i)
    .map((x) => x.r);
  const equipmentOf = (postIds: readonly string[]) => doc.posts.filter((p) => postIds.includes(p.id)).flatMap((p) => p.equipment);
  const rows: BoardRow[] = sorted.map((r) => {
    const top = hazardDuty(doc, byId.get(r.hazardId)!, ix).chain[0];
    const main = dedupe([...r.measures.engineering, ...r.measures.management]);
    const ppe = dedupe(r.measures.ppe);
    // a hazard controlled only by training (common in imported registers) still shows what is done
    // (or only emergency ones: their preventive lines are shown rather than an empty cell)
    const fallback = main.length || ppe.length ? [] : r.measures.training.length ? dedupe(r.measures.training) : dedupe(r.measures.emergency);
    return {
      riskPoint: r.riskPoint,
      hazard: localizedHazardText(r.hazard, equipmentOf(r.postIds)),
      level: r.level,
      levelShort: r.level ? RISK_LEVEL_SHORT_ZH[r.level] : '未评',
      accidentTypes: r.accidentTypes.join('、'),
      measures: dedupe([...main, ...ppe, ...fallback]),
      keyMeasures: (main.length ? main : ppe.length ? ppe : fallback).slice(0, BOARD_KEY_MEASURES),
      emergency: dedupeNear(r.measures.emergency.map(immediateAction)),
      controlLevel: r.controlLevel ? CONTROL_LEVEL_ZH[r.controlLevel] : '',
      unit: top ? top.units.map((x) => x.name).join('、') : '',
      persons: top ? top.persons.map((p) => (p.phone ? `${p.name}（${p.phone}）` : p.name)) : [],
    };
  });
  const level = sorted[0]!.level;
  // the board's control level: the highest among its rows (enterprise before workshop …)
  const ranked = sorted.filter((r) => r.controlLevel).sort((a, b) => CONTROL_LEVELS.indexOf(a.controlLevel!) - CONTROL_LEVELS.indexOf(b.controlLevel!));
  const top = ranked[0] ? rows[sorted.indexOf(ranked[0])]! : null;
  // a workshop's board is the workshop's (its head answers for it), the plant's board the enterprise's
  const label = (p: { name: string; phone: string }) => (p.phone ? `${p.name}（${p.phone}）` : p.name);
  const ws = unitId.startsWith('workshop:') ? doc.workshops.find((w) => `workshop:${w.id}` === unitId) : undefined;
  // the owners at the board's highest control level, unless that level is below the board's own
  // unit (a workshop board of 一般 risks still answers to the workshop head)
  const topLevel = ranked[0]?.controlLevel ?? null;
  const unitLevel = ws ? 'workshop' : unitId === 'enterprise' ? 'enterprise' : null;
  const ownUnit = ws
    ? { unit: ws.name, persons: doc.people.filter((p) => p.role === 'workshopHead' && p.workshopId === ws.id).map(label) }
    : { unit: doc.profile.name, persons: doc.people.filter((p) => p.role === 'principal').map(label) };
  const head =
    unitLevel && (!topLevel || CONTROL_LEVELS.indexOf(topLevel) > CONTROL_LEVELS.indexOf(unitLevel)) ? ownUnit : { unit: top?.unit ?? '', persons: top?.persons ?? [] };
  const counts = (['major', 'high', 'medium', 'low', null] as const)
    .map((level) => ({ level, label: level ? RISK_LEVEL_SHORT_ZH[level] : '未评', count: sorted.filter((r) => r.level === level).length }))
    .filter((c) => c.level !== null || c.count > 0);
  const signScore = new Map<string, number>();
  for (const r of sorted) {
    const rank = r.level ? LEVEL_RANK[r.level] : 0;
    for (const id of byId.get(r.hazardId)!.signIds) if (safetySign(id)) signScore.set(id, Math.max(signScore.get(id) ?? 0, rank * 1000) + 1);
  }
  const pending = sorted.filter((r) => r.inUse.mark === '待复核').length;
  const keptSigns = new Set([...signScore.entries()].sort((a, b) => b[1] - a[1]).slice(0, BOARD_SIGN_CAP).map(([id]) => id));
  return {
    kind: 'board',
    title: BOARD_TITLE,
    enterprise: doc.profile.name,
    place: u.name,
    location: u.location,
    level,
    levelText: levelText(level),
    accidentTypes: otherTypesLast(dedupe(sorted.flatMap((r) => r.accidentTypes))),
    controlLevel: top?.controlLevel ?? '',
    unit: head.unit,
    persons: head.persons.join('、'),
    reportPhone: doc.profile.emergencyPhone,
    phones: [...PUBLIC_PHONES],
    date: date(dedupe(sorted.flatMap((r) => r.postIds))),
    rows,
    levelNote: pending > 0 ? `其中 ${pending} 项等级为导入数据，待复核` : '',
    counts,
    signs: sortSignIds(sorted.flatMap((r) => byId.get(r.hazardId)!.signIds).filter((id) => keptSigns.has(id))).map((id) => ({ id, title: signTitle(id) })),
  };
}
