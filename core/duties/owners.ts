/**
 * Owners of a hazard at each control level (分级管控责任): who answers for it at the enterprise,
 * the workshop, the team and the post.
 *
 * Rules (issue 分级管控责任; domain-facts §9.1 [S/M]; 安委办〔2016〕11号 asks that duties reach
 * enterprise, workshop, team and post):
 * - The control level comes from the grade (the enterprise's map), moved up where the org tree
 *   lacks that level for the hazard (controlLevel.ts). A risk controlled at a higher level is
 *   also controlled by every existing level below it, so the chain runs from the control level
 *   down to the post.
 * - Owners come from roles: 企业 → 主要负责人 (with 分管负责人 and 安全管理人员 where set); a grade
 *   other than 重大 controlled at the enterprise (the "layered" preset puts 较大 there) is owned by
 *   the 分管负责人 (the 主要负责人 where there is none) together with the department head, i.e. the
 *   车间主任 of its workshop; 车间 → 车间主任 of each workshop in scope; 班组 → 班组长 of each team
 *   in scope; 岗位 → the people of the posts exposed.
 * - An override names the owners of one hazard at one level instead; it replaces the role-based
 *   people of that level only.
 * - A role the org lacks is reported at the unit where it is missing; the hazard is unowned at
 *   that level until the role is filled or an override names someone.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard, RiskPoint } from '../model/hazards';
import type { Person, PersonRole } from '../model/org';
import { PERSON_ROLE_ZH } from '../model/org';
import { levelInUse, type LevelInUse } from '../risk/levelInUse';
import type { Assessment } from '../risk/assessment';
import type { ControlLevel, RiskLevel } from '../model/vocab';
import { controllingLevels, levelsOfScope, moveUp, scopeOf, scopeOfHazard, type HazardScope } from './controlLevel';
import { batchMemo } from '../model/batchMemo';

export interface OwnerPerson {
  id: string;
  name: string;
  role: PersonRole;
  phone: string;
}

export interface OwnerUnit {
  kind: ControlLevel;
  /** null for the enterprise. */
  id: string | null;
  name: string;
}

/** A role the org tree lacks where a hazard needs it. `role: 'postPeople'` = a post nobody holds. */
export interface MissingRole {
  level: ControlLevel;
  role: PersonRole | 'postPeople';
  unit: OwnerUnit;
}

export interface LevelOwners {
  level: ControlLevel;
  /** 责任单位 at this level (the enterprise, the workshops, teams or posts in scope). */
  units: OwnerUnit[];
  /** 责任人, in role order (主要负责人 before 分管负责人 …). */
  persons: OwnerPerson[];
  source: 'roles' | 'override';
  /** Roles missing at this level (empty when overridden). */
  missing: MissingRole[];
}

export interface HazardDuty {
  hazardId: string;
  riskPointId: string;
  riskPoint: string;
  text: string;
  place: string;
  /** Level in use (DESIGN §4), null when not graded. */
  level: RiskLevel | null;
  /** '未评残余' | '待复核' | null (levelInUse marks). */
  levelMark: LevelInUse['mark'];
  /** The level the enterprise's map gives the grade, before moving up. */
  mappedLevel: ControlLevel | null;
  /** The level that owns it (moved up where absent), null when not graded. */
  controlLevel: ControlLevel | null;
  movedUp: boolean;
  /** Levels that exist for this hazard, highest first. */
  available: ControlLevel[];
  scope: HazardScope;
  /** From the control level down to the post (existing levels only); empty when not graded. */
  chain: LevelOwners[];
  /** Levels of the chain where an owner is missing. */
  unowned: ControlLevel[];
}

const ROLE_ORDER: Record<PersonRole, number> = { principal: 0, deputy: 1, safetyManager: 2, workshopHead: 3, teamLeader: 4, worker: 5 };

function ownerPerson(p: Person): OwnerPerson {
  return { id: p.id, name: p.name, role: p.role, phone: p.phone };
}

function byRole(list: Person[]): OwnerPerson[] {
  return [...list].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]).map(ownerPerson);
}

function uniq(list: Person[]): Person[] {
  const seen = new Set<string>();
  return list.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/** The units at one level of a scope. */
export function unitsAt(doc: EnterpriseFile, scope: HazardScope, level: ControlLevel): OwnerUnit[] {
  if (level === 'enterprise') return [{ kind: 'enterprise', id: null, name: doc.profile.name }];
  const names = level === 'workshop' ? doc.workshops : level === 'team' ? doc.teams : doc.posts;
  const ids = level === 'workshop' ? scope.workshopIds : level === 'team' ? scope.teamIds : scope.postIds;
  return ids.map((id) => ({ kind: level, id, name: names.find((x) => x.id === id)?.name ?? id }));
}

/**
 * The role-based owners of one level of a scope. `grade` matters only at the enterprise: 重大 (or
 * null, used by checklists) → 主要负责人 first; any other grade → 分管负责人 (else 主要负责人) and
 * the 车间主任 of the scope's workshops (the department heads).
 */
export function roleOwnersAt(doc: EnterpriseFile, scope: HazardScope, level: ControlLevel, grade: RiskLevel | null = null): Omit<LevelOwners, 'source'> {
  const units = unitsAt(doc, scope, level);
  const missing: MissingRole[] = [];
  let persons: Person[] = [];
  if (level === 'enterprise') {
    const principals = doc.people.filter((p) => p.role === 'principal');
    const deputies = doc.people.filter((p) => p.role === 'deputy');
    const safety = doc.people.filter((p) => p.role === 'safetyManager');
    if (grade === null || grade === 'major') {
      if (principals.length === 0) missing.push({ level, role: 'principal', unit: units[0]! });
      persons = [...principals, ...deputies, ...safety];
    } else {
      const lead = deputies.length > 0 ? deputies : principals;
      if (lead.length === 0) missing.push({ level, role: 'deputy', unit: units[0]! });
      const heads = doc.people.filter((p) => p.role === 'workshopHead' && p.workshopId !== null && scope.workshopIds.includes(p.workshopId));
      persons = [...lead, ...heads, ...safety];
    }
  } else if (level === 'workshop') {
    for (const u of units) {
      const heads = doc.people.filter((p) => p.role === 'workshopHead' && p.workshopId === u.id);
      if (heads.length === 0) missing.push({ level, role: 'workshopHead', unit: u });
      persons.push(...heads);
    }
  } else if (level === 'team') {
    for (const u of units) {
      const leaders = doc.people.filter((p) => p.role === 'teamLeader' && p.teamId === u.id);
      if (leaders.length === 0) missing.push({ level, role: 'teamLeader', unit: u });
      persons.push(...leaders);
    }
  } else {
    for (const u of units) {
      const holders = doc.people.filter((p) => p.postIds.includes(u.id!));
      if (holders.length === 0) missing.push({ level, role: 'postPeople', unit: u });
      persons.push(...holders);
    }
  }
  // the enterprise lists are already in duty order (leader, department heads, safety staff)
  return { level, units, persons: level === 'post' || level === 'enterprise' ? uniq(persons).map(ownerPerson) : byRole(uniq(persons)), missing };
}

/** Pre-computed lookups for many hazards at once. */
export interface DutyIndex {
  rp: Map<string, RiskPoint>;
  assessments: Map<string, Assessment[]>;
  overrides: Map<string, Map<ControlLevel, string[]>>;
  people: Map<string, Person>;
}

export function dutyIndex(doc: EnterpriseFile): DutyIndex {
  return batchMemo(doc, 'duties.index', () => {
    const assessments = new Map<string, Assessment[]>();
    for (const a of doc.assessments) {
      const l = assessments.get(a.hazardId);
      if (l) l.push(a);
      else assessments.set(a.hazardId, [a]);
    }
    const overrides = new Map<string, Map<ControlLevel, string[]>>();
    for (const o of doc.duties.ownerOverrides) {
      const m = overrides.get(o.hazardId) ?? new Map<ControlLevel, string[]>();
      m.set(o.level, o.personIds);
      overrides.set(o.hazardId, m);
    }
    return { rp: new Map(doc.riskPoints.map((r) => [r.id, r])), assessments, overrides, people: new Map(doc.people.map((p) => [p.id, p])) };
  });
}

/**
 * Owners of hazard `h` at `level`: the override when one exists, else the role holders.
 * Works for any level of the hazard's scope, including levels below or above its control level
 * (checklists use it for the level that checks a measure).
 */
export function ownersAt(doc: EnterpriseFile, h: Hazard, level: ControlLevel, ix: DutyIndex = dutyIndex(doc), grade?: RiskLevel | null): LevelOwners {
  const rp = ix.rp.get(h.riskPointId);
  const scope = rp ? scopeOfHazard(doc, rp, h) : { workshopIds: [], teamIds: [], postIds: [] };
  const g = grade === undefined ? levelInUse(ix.assessments.get(h.id) ?? []).level : grade;
  const base = roleOwnersAt(doc, scope, level, g);
  const ids = ix.overrides.get(h.id)?.get(level);
  if (ids) {
    const persons = ids.map((id) => ix.people.get(id)).filter((p): p is Person => !!p).map(ownerPerson);
    if (persons.length > 0) return { ...base, persons, source: 'override', missing: [] };
  }
  return { ...base, source: 'roles' };
}

/** The full duty record of one hazard (see HazardDuty). */
export function hazardDuty(doc: EnterpriseFile, h: Hazard, ix: DutyIndex = dutyIndex(doc)): HazardDuty {
  const rp = ix.rp.get(h.riskPointId);
  const scope = rp ? scopeOfHazard(doc, rp, h) : { workshopIds: [], teamIds: [], postIds: [] };
  const available = levelsOfScope(scope);
  const inUse = levelInUse(ix.assessments.get(h.id) ?? []);
  const mapped = inUse.level ? doc.riskSettings.controlLevelMap[inUse.level] : null;
  const control = mapped ? moveUp(mapped, available) : null;
  const chain = control ? controllingLevels(control, available).map((l) => ownersAt(doc, h, l, ix, inUse.level)) : [];
  return {
    hazardId: h.id,
    riskPointId: h.riskPointId,
    riskPoint: rp?.name ?? '',
    text: h.text,
    place: h.place,
    level: inUse.level,
    levelMark: inUse.mark,
    mappedLevel: mapped,
    controlLevel: control,
    movedUp: !!mapped && control !== mapped,
    available,
    scope,
    chain,
    unowned: chain.filter((c) => c.persons.length === 0 || c.missing.length > 0).map((c) => c.level),
  };
}

/** Duty records of every hazard, in register order (riskPoint order, then hazard order). */
export function hazardDuties(doc: EnterpriseFile): HazardDuty[] {
  return batchMemo(doc, 'duties.hazardDuties', () => {
    const ix = dutyIndex(doc);
    const rpOrder = new Map(doc.riskPoints.map((r) => [r.id, r.order]));
    return [...doc.hazards]
      .sort((a, b) => (rpOrder.get(a.riskPointId) ?? 0) - (rpOrder.get(b.riskPointId) ?? 0))
      .map((h) => hazardDuty(doc, h, ix));
  });
}

/**
 * 责任单位 / 责任人 of a hazard at its control level, as the register prints them
 * (core/documents/kinds/register.ts): person names, else “待指定<role>” for the roles missing at that
 * level. Empty strings when not graded.
 */
export function responsibleAtControl(d: HazardDuty): { unit: string; persons: string } {
  const top = d.chain[0];
  if (!top) return { unit: '', persons: '' };
  // a level without its role holder says who is to be named (an imported register has no people yet)
  const wanted = [...new Set(top.missing.map((m) => (m.role === 'postPeople' ? '岗位人员' : m.role === 'deputy' ? '分管负责人' : PERSON_ROLE_ZH[m.role])))];
  const persons = top.persons.length > 0 ? top.persons.map((p) => p.name).join('、') : wanted.length > 0 ? `待指定${wanted.join('、')}` : '';
  return { unit: top.units.map((u) => u.name).join('、'), persons };
}

/** '周建国（主要负责人）' */
export function personLabel(p: OwnerPerson): string {
  return `${p.name}（${PERSON_ROLE_ZH[p.role]}）`;
}

/** Where a role is missing, in words: '班组“冲压一班”没有班组长'. */
export function missingText(m: MissingRole): string {
  if (m.role === 'postPeople') return `岗位“${m.unit.name}”没有人员`;
  const where = m.level === 'enterprise' ? '企业' : m.level === 'workshop' ? `车间“${m.unit.name}”` : `班组“${m.unit.name}”`;
  const role = m.role === 'deputy' ? '分管负责人或主要负责人' : PERSON_ROLE_ZH[m.role];
  return `${where}没有${role}`;
}


/** The first version's shape: unit names and person names of one level (kept for callers). */
export interface Responsible {
  level: ControlLevel;
  /** 责任单位 */
  unit: string;
  /** 责任人 names */
  persons: string[];
}

/**
 * Role-based owners of one level for a riskPoint and the posts exposed (no hazard, so no owner
 * overrides; the enterprise level uses the 重大 rule). Prefer `hazardDuty(doc, h).chain`, which
 * applies overrides and the grade; this stays for callers that only have a register row.
 */
export function ownersAtLevel(doc: EnterpriseFile, rp: RiskPoint, level: ControlLevel, postIds: readonly string[]): Responsible {
  const o = roleOwnersAt(doc, scopeOf(doc, rp, postIds), level);
  return { level, unit: o.units.map((u) => u.name).join('、'), persons: o.persons.map((p) => p.name) };
}

/**
 * The people of one level per unit (for printing '冲压一班：钱志强'): role holders unit by unit, or
 * the override's people against all units together. `missing` names the role a unit lacks.
 */
export function ownersByUnit(doc: EnterpriseFile, lo: LevelOwners, grade: RiskLevel | null = null): { units: OwnerUnit[]; persons: OwnerPerson[]; missing: MissingRole | null }[] {
  if (lo.source === 'override' || lo.level === 'enterprise') return [{ units: lo.units, persons: lo.persons, missing: lo.missing[0] ?? null }];
  return lo.units.map((u) => {
    const scope: HazardScope = { workshopIds: lo.level === 'workshop' ? [u.id!] : [], teamIds: lo.level === 'team' ? [u.id!] : [], postIds: lo.level === 'post' ? [u.id!] : [] };
    const r = roleOwnersAt(doc, scope, lo.level, grade);
    return { units: [u], persons: r.persons, missing: r.missing[0] ?? null };
  });
}
