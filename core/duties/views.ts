/**
 * The views of the duties screen and documents: the responsibility matrix (hazards × levels),
 * one person's duties, one post's complete list (一岗位一清单) and the completeness checks.
 * Pure functions of the enterprise file.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import { hazardsOfPost } from '../model/hazardOps';
import type { Hazard } from '../model/hazards';
import { PERSON_ROLE_ZH, type PersonRole } from '../model/org';
import type { HazardCheck } from '../model/postReview';
import { CONTROL_LEVELS, MEASURE_KINDS, type CheckMethod, type ControlLevel, type MeasureKind, type RiskLevel } from '../model/vocab';
import { accidentTypeByCode } from '../standards/accidentTypes';
import { emergencyTemplateForType } from '../standards/emergency';
import { EMERGENCY_PHONE_ZH } from '../standards/emergencySchema';
import { ppeItem } from '../standards/ppe';
import { checklistBook, printRef, type ChecklistBook, type ChecklistItem, type ChecklistSheet, type MajorMark } from './checklists';
import { postDisplayName, postPath, postsInOrgOrder } from './orgOrder';
import { dutyIndex, hazardDuties, hazardDuty, missingText, type HazardDuty, type LevelOwners, type MissingRole, type OwnerPerson } from './owners';
import type { ItemTextEdit } from './settings';

// ---- responsibility matrix ------------------------------------------------------------------

/**
 * One cell of the matrix. `state`: 'control' = the level that owns the hazard, 'below' = a lower
 * level that also controls it, 'above' = a level above the control level (not an owner),
 * 'absent' = the org has no unit of that level for this hazard, 'ungraded' = no level in use.
 */
export interface MatrixCell {
  level: ControlLevel;
  state: 'control' | 'below' | 'above' | 'absent' | 'ungraded';
  units: string[];
  persons: OwnerPerson[];
  source: LevelOwners['source'] | null;
  /** Roles missing at this level, with the unit where each is missing (missingText words them). */
  missing: MissingRole[];
}

export interface MatrixRow {
  hazardId: string;
  riskPoint: string;
  text: string;
  level: RiskLevel | null;
  levelMark: HazardDuty['levelMark'];
  controlLevel: ControlLevel | null;
  mappedLevel: ControlLevel | null;
  movedUp: boolean;
  /** Levels the hazard has (for the override editor). */
  available: ControlLevel[];
  cells: MatrixCell[];
  unowned: ControlLevel[];
}

export function matrixRow(d: HazardDuty): MatrixRow {
  const cells = CONTROL_LEVELS.map((level): MatrixCell => {
    const own = d.chain.find((c) => c.level === level);
    if (own) {
      return {
        level,
        state: level === d.controlLevel ? 'control' : 'below',
        units: own.units.map((u) => u.name),
        persons: own.persons,
        source: own.source,
        missing: own.missing,
      };
    }
    const state = !d.controlLevel ? 'ungraded' : d.available.includes(level) ? 'above' : 'absent';
    return { level, state, units: [], persons: [], source: null, missing: [] };
  });
  return {
    hazardId: d.hazardId,
    riskPoint: d.riskPoint,
    text: d.text,
    level: d.level,
    levelMark: d.levelMark,
    controlLevel: d.controlLevel,
    mappedLevel: d.mappedLevel,
    movedUp: d.movedUp,
    available: d.available,
    cells,
    unowned: d.unowned,
  };
}

/** The responsibility matrix: every hazard (register order) × 企业/车间/班组/岗位. */
export function dutyMatrix(doc: EnterpriseFile): MatrixRow[] {
  return hazardDuties(doc).map(matrixRow);
}

// ---- my duties ------------------------------------------------------------------------------

export interface PersonDuties {
  person: OwnerPerson & { posts: string[]; unit: string };
  /** Hazards this person owns, per level (highest first); `overridden` when named by an override. */
  levels: { level: ControlLevel; hazards: { hazardId: string; text: string; riskPoint: string; level: RiskLevel | null; controlLevel: ControlLevel; isControl: boolean; overridden: boolean }[] }[];
  /** Checklists this person is responsible for (as inspector). */
  sheets: { id: string; title: string; unitPath: string; frequencyText: string; rows: number }[];
}

/** What one person answers for. @returns null when the person does not exist. */
export function personDuties(doc: EnterpriseFile, personId: string, book: ChecklistBook = checklistBook(doc)): PersonDuties | null {
  const p = doc.people.find((x) => x.id === personId);
  if (!p) return null;
  const byLevel = new Map<ControlLevel, PersonDuties['levels'][number]['hazards']>();
  for (const d of hazardDuties(doc)) {
    for (const c of d.chain) {
      if (!c.persons.some((x) => x.id === p.id)) continue;
      const list = byLevel.get(c.level) ?? [];
      list.push({ hazardId: d.hazardId, text: d.text, riskPoint: d.riskPoint, level: d.level, controlLevel: d.controlLevel!, isControl: c.level === d.controlLevel, overridden: c.source === 'override' });
      byLevel.set(c.level, list);
    }
  }
  const unit = p.teamId ? (doc.teams.find((t) => t.id === p.teamId)?.name ?? '') : p.workshopId ? (doc.workshops.find((w) => w.id === p.workshopId)?.name ?? '') : doc.profile.name;
  return {
    person: { id: p.id, name: p.name, role: p.role, phone: p.phone, posts: p.postIds.map((id) => doc.posts.find((x) => x.id === id)?.name ?? id), unit },
    levels: CONTROL_LEVELS.filter((l) => byLevel.has(l)).map((level) => ({ level, hazards: byLevel.get(level)! })),
    sheets: book.sheets
      .filter((s) => s.inspectors.some((x) => x.id === p.id))
      .map((s) => ({ id: s.id, title: s.title, unitPath: s.unitPath, frequencyText: s.frequencyText, rows: s.sections.reduce((n, x) => n + x.rows.length, 0) })),
  };
}

// ---- one post, one list (一岗位一清单) --------------------------------------------------------

export interface PostListHazard {
  hazardId: string;
  riskPoint: string;
  place: string;
  text: string;
  accidentTypes: string[];
  level: RiskLevel | null;
  levelMark: HazardDuty['levelMark'];
  controlLevel: ControlLevel | null;
  measures: { kind: MeasureKind; text: string }[];
  /** Owners from the control level down (unit names and people). */
  chain: { level: ControlLevel; units: string[]; persons: string[] }[];
  major: boolean;
}

export interface PostList {
  post: { id: string; name: string; code: string; workshop: string; team: string; location: string; jobContent: string; equipment: string[]; tools: string[]; people: string[] };
  hazards: PostListHazard[];
  /** The highest level in use among the post's hazards. */
  topLevel: RiskLevel | null;
  /** 岗位安全职责, one duty per line. */
  duties: string[];
  /** 个体防护用品 required by the post's hazards. */
  ppe: string[];
  /** The post's own checks (its routine sheet) and how often. */
  checks: { check: string; content: string; standard: string; place: string; method: CheckMethod; major: MajorMark | null }[];
  checkFrequency: string;
  /** The people the post reports to, nearest first. */
  supervisors: { level: ControlLevel; unit: string; persons: { name: string; role: string; phone: string }[] }[];
  /** 应急处置: per accident type, the steps (template + the hazards' emergency measures). */
  emergency: { accidentType: string; steps: string[]; dont: string[] }[];
  phones: { label: string; number: string }[];
}

const RANK: Record<RiskLevel, number> = { major: 4, high: 3, medium: 2, low: 1 };

/** The complete list of one post. @returns null when the post does not exist. */
export function postList(doc: EnterpriseFile, postId: string, book: ChecklistBook = checklistBook(doc)): PostList | null {
  const post = doc.posts.find((p) => p.id === postId);
  if (!post) return null;
  const ix = dutyIndex(doc);
  const path = postPath(doc, post);
  const hs = hazardsOfPost(doc, postId);
  const duties = hs.map((h) => ({ h, d: hazardDuty(doc, h, ix) }));
  const hazards: PostListHazard[] = duties.map(({ h, d }) => ({
    hazardId: h.id,
    riskPoint: d.riskPoint,
    place: h.place,
    text: h.text,
    accidentTypes: h.accidentTypes.map((c) => accidentTypeByCode(c)?.nameZh ?? c),
    level: d.level,
    levelMark: d.levelMark,
    controlLevel: d.controlLevel,
    measures: [...h.measures].sort((a, b) => MEASURE_KINDS.indexOf(a.kind) - MEASURE_KINDS.indexOf(b.kind)).map((m) => ({ kind: m.kind, text: m.text })),
    chain: d.chain.map((c) => ({ level: c.level, units: c.units.map((u) => u.name), persons: c.persons.map((p) => p.name) })),
    major: !!h.majorHazardClause,
  }));
  const topLevel = hazards.reduce<RiskLevel | null>((top, x) => (x.level && (!top || RANK[x.level] > RANK[top]) ? x.level : top), null);
  const ppe = [...new Set(hs.flatMap((h) => h.ppeIds))].map((id) => ppeItem(id)?.nameZh ?? id);
  const sheet = book.sheets.find((s) => s.id === `routine:post:${postId}`);
  const checks = (sheet?.sections ?? []).flatMap((s) => s.rows).map((r) => ({ check: r.check, content: r.content, standard: r.standard, place: r.place, method: r.method, major: r.major }));
  const checkFrequency = sheet?.frequencyText ?? '';
  const supervisors = supervisorsOf(doc, post.id);
  const leader = supervisors[0];
  const people = doc.people.filter((p) => p.postIds.includes(post.id)).map((p) => p.name);
  const dutyLines = [
    '遵守本岗位安全操作规程和劳动纪律，服从管理，不违章作业；有权拒绝违章指挥和强令冒险作业。',
    `掌握本清单所列 ${hazards.length} 项岗位风险及其管控措施和应急处置方法，落实由本岗位执行的管控措施。`,
    ppe.length > 0 ? `作业时按规定佩戴、使用个体防护用品：${ppe.join('、')}。` : '作业时按规定佩戴、使用劳动防护用品。',
    `按“岗位${checkFrequency || '每班'}隐患排查表”做好班前、班中和交接班检查并如实记录。`,
    `发现事故隐患或不安全因素立即报告${leader ? `${leader.unit}${leader.persons.map((p) => `${p.role}${p.name}`).join('、')}` : '现场负责人'}，能当场处理的立即处理；危及人身安全时停止作业、撤离。`,
    '参加安全教育培训和应急演练；发生事故或险情时按本清单的应急处置要求处置并报告。',
  ];
  const emergency = emergencyOf(hs);
  const phones = [
    ...(doc.profile.emergencyPhone ? [{ label: EMERGENCY_PHONE_ZH.internal, number: doc.profile.emergencyPhone }] : []),
    { label: '火警', number: '119' },
    { label: '医疗急救', number: '120' },
  ];
  return {
    post: { id: post.id, name: postDisplayName(doc, post), code: post.code, workshop: path.workshop, team: path.team, location: post.location, jobContent: post.jobContent, equipment: post.equipment, tools: post.tools, people },
    hazards,
    topLevel,
    duties: dutyLines,
    ppe,
    checks,
    checkFrequency,
    supervisors,
    emergency,
    phones,
  };
}

/** Team leader, workshop head, then the enterprise's people, for the post's own units. */
function supervisorsOf(doc: EnterpriseFile, postId: string): PostList['supervisors'] {
  const post = doc.posts.find((p) => p.id === postId)!;
  const out: PostList['supervisors'] = [];
  const pick = (role: PersonRole, pred: (p: EnterpriseFile['people'][number]) => boolean) =>
    doc.people.filter((p) => p.role === role && pred(p)).map((p) => ({ name: p.name, role: PERSON_ROLE_ZH[p.role], phone: p.phone }));
  let teamId: string | null = null;
  let wsId: string | null = null;
  if (post.parent.kind === 'team') {
    teamId = post.parent.id;
    wsId = doc.teams.find((t) => t.id === teamId)?.workshopId ?? null;
  } else if (post.parent.kind === 'workshop') wsId = post.parent.id;
  if (teamId) out.push({ level: 'team', unit: doc.teams.find((t) => t.id === teamId)?.name ?? '', persons: pick('teamLeader', (p) => p.teamId === teamId) });
  if (wsId) out.push({ level: 'workshop', unit: doc.workshops.find((w) => w.id === wsId)?.name ?? '', persons: pick('workshopHead', (p) => p.workshopId === wsId) });
  out.push({ level: 'enterprise', unit: doc.profile.name, persons: [...pick('principal', () => true), ...pick('deputy', () => true), ...pick('safetyManager', () => true)] });
  return out.filter((s) => s.persons.length > 0);
}

/** A step compared by its words only: punctuation and whitespace removed. */
export function stepKey(step: string): string {
  return step.replace(/[\s，,。.；;：:、！!（）()“”"'‘’—-]/gu, '');
}

/**
 * Distinctive first-aid actions. A generic (template) step whose actions all appear in one
 * hazard-specific step says the same thing less precisely and is dropped ("断指用干净布包好…"
 * beside "发生压手…断指用干净纱布包好随伤者送医"). Stopping the machine, calling 120 or leaving
 * the area are not distinctive: every specific step says them, and the generic step that leads
 * with them must stay first.
 */
const STEP_ACTIONS: readonly [string, RegExp][] = [
  ['finger', /断指|断肢/u],
  ['bleed', /止血/u],
  ['entangle', /卷入|绞入/u],
  ['cpr', /心肺复苏/u],
  ['insulate', /绝缘物|挑开/u],
  ['eye', /入眼|溅入眼|冲洗眼/u],
  ['extinguish', /灭火器|消火栓/u],
];
const IMMEDIATE = /立即|急停|停机|断电|拉闸|切断/u;

function actionsOf(step: string): Set<string> {
  return new Set(STEP_ACTIONS.filter(([, re]) => re.test(step)).map(([k]) => k));
}

/**
 * The steps of one accident type: the template's generic steps (immediate actions first, as the
 * template orders them) without those a specific step subsumes, then the hazards' own steps,
 * those starting with an immediate action (立即、急停、停机、断电 …) first; a step repeated with
 * other punctuation or spacing is printed once.
 */
export function mergeEmergencySteps(generic: readonly string[], specific: readonly string[]): string[] {
  const seen = new Set<string>();
  const once = (xs: readonly string[]) => xs.filter((x) => {
    const k = stepKey(x);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const own = once(specific);
  const ownActions = own.map(actionsOf);
  const kept = generic.filter((g) => {
    const a = actionsOf(g);
    return a.size === 0 || !ownActions.some((o) => [...a].every((x) => o.has(x)));
  });
  const first = once(kept);
  const urgent = own.filter((x) => IMMEDIATE.test(x));
  return [...first, ...urgent, ...own.filter((x) => !IMMEDIATE.test(x))];
}

/** Emergency steps per accident type of the hazards: the template's steps and the hazards' own emergency measures, merged (mergeEmergencySteps). */
function emergencyOf(hs: Hazard[]): PostList['emergency'] {
  const codes = [...new Set(hs.flatMap((h) => h.accidentTypes))];
  return codes.map((code) => {
    const t = emergencyTemplateForType(code);
    const own = hs.filter((h) => h.accidentTypes.includes(code)).flatMap((h) => h.measures.filter((m) => m.kind === 'emergency').map((m) => m.text.trim()));
    return { accidentType: accidentTypeByCode(code)?.nameZh ?? code, steps: mergeEmergencySteps(t.immediate, own), dont: [...t.dont] };
  });
}

// ---- completeness ---------------------------------------------------------------------------

export interface DutyCompleteness {
  unownedHazards: { hazardId: string; text: string; riskPoint: string; levels: ControlLevel[]; missing: MissingRole[] }[];
  /** Each missing role once, with the number of hazards it leaves without an owner. */
  missingRoles: { missing: MissingRole; text: string; hazards: number }[];
  ungradedHazards: { hazardId: string; text: string }[];
  postsWithoutHazards: { postId: string; name: string }[];
  /** 岗位员工 without any post (managers own by their role). */
  peopleWithoutPosts: { personId: string; name: string }[];
  /** Posts with hazards and no issued card; null while the file has no card data. */
  postsWithoutCards: { postId: string; name: string }[] | null;
  staleTexts: ItemTextEdit[];
}

export function dutyCompleteness(doc: EnterpriseFile, book: ChecklistBook = checklistBook(doc)): DutyCompleteness {
  const all = hazardDuties(doc);
  const roles = new Map<string, { missing: MissingRole; text: string; hazards: number }>();
  const unownedHazards: DutyCompleteness['unownedHazards'] = [];
  for (const d of all) {
    if (d.unowned.length === 0) continue;
    const miss = d.chain.flatMap((c) => c.missing);
    unownedHazards.push({ hazardId: d.hazardId, text: d.text, riskPoint: d.riskPoint, levels: d.unowned, missing: miss });
    for (const m of miss) {
      const k = `${m.level}:${m.role}:${m.unit.id}`;
      const r = roles.get(k) ?? { missing: m, text: missingText(m), hazards: 0 };
      r.hazards += 1;
      roles.set(k, r);
    }
  }
  const withHazards = new Set(doc.riskPoints.flatMap((r) => r.postIds));
  const postsWithoutHazards = postsInOrgOrder(doc)
    .filter((p) => !withHazards.has(p.id) || hazardsOfPost(doc, p.id).length === 0)
    .map((p) => ({ postId: p.id, name: postDisplayName(doc, p) }));
  const cards = (doc as { postCards?: { postId: string; versions: unknown[] }[] }).postCards;
  const issued = new Set((cards ?? []).filter((c) => c.versions.length > 0).map((c) => c.postId));
  const noHazards = new Set(postsWithoutHazards.map((p) => p.postId));
  return {
    unownedHazards,
    missingRoles: [...roles.values()],
    ungradedHazards: all.filter((d) => !d.level).map((d) => ({ hazardId: d.hazardId, text: d.text })),
    postsWithoutHazards,
    peopleWithoutPosts: doc.people.filter((p) => p.role === 'worker' && p.postIds.length === 0).map((p) => ({ personId: p.id, name: p.name })),
    postsWithoutCards: cards === undefined ? null : postsInOrgOrder(doc).filter((p) => !noHazards.has(p.id) && !issued.has(p.id)).map((p) => ({ postId: p.id, name: postDisplayName(doc, p) })),
    staleTexts: book.staleEdits,
  };
}

/** Review check for the wizard (postGaps): a graded hazard with a level of its chain unowned. */
export const ownerCheck: HazardCheck = (doc, h) => (hazardDuty(doc, h).unowned.length > 0 ? 'W_HAZARD_NO_OWNER' : null);

/** What deleting a person changes: the overrides naming them (they are removed with the person). */
export function personDeleteImpact(doc: EnterpriseFile, personId: string): { hazardId: string; text: string; level: ControlLevel; fallsBack: boolean }[] {
  return doc.duties.ownerOverrides
    .filter((o) => o.personIds.includes(personId))
    .map((o) => ({ hazardId: o.hazardId, text: doc.hazards.find((h) => h.id === o.hazardId)?.text ?? '', level: o.level, fallsBack: o.personIds.length === 1 }));
}


// ---- checklist overview (the settings screen) -------------------------------------------------

export interface ChecklistOverview {
  sheets: {
    id: string;
    kind: ChecklistSheet['kind'];
    level: ControlLevel;
    title: string;
    unitPath: string;
    frequencyText: string;
    rows: number;
    majorRows: number;
    inspectors: string[];
    /** Print-centre kind and unit of the sheet. */
    print: { kind: string; unitId: string | null };
  }[];
  items: Pick<ChecklistItem, 'key' | 'source' | 'check' | 'generated' | 'edited' | 'place' | 'method' | 'level' | 'topic' | 'major' | 'sheetIds' | 'frequency'>[];
  staleEdits: ItemTextEdit[];
}

export function checklistOverview(doc: EnterpriseFile, book: ChecklistBook = checklistBook(doc)): ChecklistOverview {
  return {
    sheets: book.sheets.map((s) => {
      const rows = s.sections.flatMap((x) => x.rows);
      const r = printRef(s);
      return {
        id: s.id, kind: s.kind, level: s.level, title: s.title, unitPath: s.unitPath, frequencyText: s.frequencyText,
        rows: rows.length, majorRows: rows.filter((x) => x.major).length, inspectors: s.inspectors.map((p) => p.name),
        print: { kind: r.kind, unitId: r.unitId },
      };
    }),
    items: book.items.map(({ key, source, check, generated, edited, place, method, level, topic, major, sheetIds, frequency }) => ({ key, source, check, generated, edited, place, method, level, topic, major, sheetIds, frequency })),
    staleEdits: book.staleEdits,
  };
}
