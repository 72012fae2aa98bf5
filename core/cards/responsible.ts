/**
 * Who a post's cards name (责任人 + phone, domain-facts §7.1) — the same owner the 安全风险公告栏
 * and the register name for the hazard (core/duties, 分级管控责任):
 *
 * - 责任人 = the first owner (in role order: 主要负责人 before 分管负责人 …) at the effective
 *   control level of the post's highest-level hazard (hazardDuty(...).chain[0]); a 重大 risk
 *   controlled at the enterprise names the 主要负责人, a 较大 one the 车间主任 …
 * - When that level is the post itself (低 risks) or nothing is graded, the card names the
 *   post's direct supervisor instead: the readers of the card are the post's own people.
 * - The direct supervisor (postSupervisor: the 班组长 of its team, else the 车间主任 of its
 *   workshop, else the 安全管理人员, else the 主要负责人) is printed as a second contact when he or
 *   she is another person.
 *
 * This is the ONE place the cards ask core/duties who owns a post.
 */
import { scopeOf } from '../duties/controlLevel';
import { hazardDuty, roleOwnersAt } from '../duties/owners';
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard, RiskPoint } from '../model/hazards';
import { unitOfPost } from '../model/hazardOps';
import { PERSON_ROLE_ZH, type Post } from '../model/org';
import { CONTROL_LEVEL_ZH, type ControlLevel } from '../model/vocab';

export interface CardResponsible {
  name: string;
  /** 主要负责人 / 车间主任 / 班组长 / 安全管理人员 … */
  role: string;
  phone: string;
  /** The control level the person answers at ('企业' …), '' for a supervisor named as a contact. */
  level: string;
}

/** The post's direct supervisor, or null when no owner is recorded anywhere above it. */
export function postSupervisor(doc: EnterpriseFile, post: Post): CardResponsible | null {
  // the scope of a stand-in riskPoint owned by the post's unit and worked only by the post
  const rp: RiskPoint = { id: `post:${post.id}`, name: post.name, kind: 'activity', unit: unitOfPost(post), postIds: [post.id], location: post.location, order: 0 };
  const scope = scopeOf(doc, rp, [post.id]);
  const levels: ControlLevel[] = ['team', 'workshop'];
  for (const level of levels) {
    const person = roleOwnersAt(doc, scope, level).persons[0];
    if (person) return { name: person.name, role: PERSON_ROLE_ZH[person.role], phone: person.phone, level: '' };
  }
  const pr = doc.profile;
  const manager = doc.people.find((p) => p.role === 'safetyManager');
  if (manager) return { name: manager.name, role: PERSON_ROLE_ZH.safetyManager, phone: manager.phone || pr.safetyManagerPhone, level: '' };
  if (pr.safetyManager) return { name: pr.safetyManager, role: PERSON_ROLE_ZH.safetyManager, phone: pr.safetyManagerPhone, level: '' };
  const principal = doc.people.find((p) => p.role === 'principal');
  if (principal) return { name: principal.name, role: PERSON_ROLE_ZH.principal, phone: principal.phone || pr.principalPhone, level: '' };
  if (pr.principal) return { name: pr.principal, role: PERSON_ROLE_ZH.principal, phone: pr.principalPhone, level: '' };
  return null;
}

/**
 * The 责任人 of a post's cards: the owner at the control level of `top` (the post's highest-level
 * hazard), else the direct supervisor (see the module comment).
 */
export function cardResponsible(doc: EnterpriseFile, post: Post, top: Hazard | null): CardResponsible | null {
  if (top) {
    const lead = hazardDuty(doc, top).chain[0];
    const person = lead && lead.level !== 'post' ? lead.persons[0] : undefined;
    if (lead && person) return { name: person.name, role: PERSON_ROLE_ZH[person.role], phone: person.phone, level: CONTROL_LEVEL_ZH[lead.level] };
  }
  return postSupervisor(doc, post);
}
