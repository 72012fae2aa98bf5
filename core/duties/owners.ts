/**
 * Owners of a hazard (责任单位 / 责任人) at its effective control level. This first version names
 * the unit of that level and the people whose roles own it (DESIGN issue 分级管控责任):
 * 企业 → 主要负责人 (and 分管负责人 / 安全管理人员), 车间 → 车间主任, 班组 → 班组长, 岗位 → the
 * people of the posts exposed. The duties module extends it with overrides and the full chain.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { RiskPoint } from '../model/hazards';
import type { ControlLevel } from '../model/vocab';

export interface Responsible {
  level: ControlLevel;
  /** 责任单位 */
  unit: string;
  /** 责任人 names */
  persons: string[];
}

/** The unit name and people of one control level for a riskPoint. */
export function ownersAtLevel(doc: EnterpriseFile, rp: RiskPoint, level: ControlLevel, postIds: readonly string[]): Responsible {
  if (level === 'enterprise') {
    const persons = doc.people.filter((p) => p.role === 'principal').map((p) => p.name);
    return { level, unit: doc.profile.name, persons };
  }
  if (level === 'workshop') {
    const wsId = rp.unit.kind === 'workshop' ? rp.unit.id : rp.unit.kind === 'team' ? (doc.teams.find((t) => t.id === (rp.unit as { id: string }).id)?.workshopId ?? null) : null;
    const ws = doc.workshops.find((w) => w.id === wsId);
    return { level, unit: ws?.name ?? '', persons: doc.people.filter((p) => p.role === 'workshopHead' && p.workshopId === wsId).map((p) => p.name) };
  }
  if (level === 'team') {
    const teamId = rp.unit.kind === 'team' ? rp.unit.id : null;
    const team = doc.teams.find((t) => t.id === teamId);
    return { level, unit: team?.name ?? '', persons: doc.people.filter((p) => p.role === 'teamLeader' && p.teamId === teamId).map((p) => p.name) };
  }
  const posts = doc.posts.filter((p) => postIds.includes(p.id));
  return { level, unit: posts.map((p) => p.name).join('、'), persons: doc.people.filter((p) => p.postIds.some((x) => postIds.includes(x))).map((p) => p.name) };
}
