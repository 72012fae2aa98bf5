/**
 * Small hand-built enterprises for the duties tests: an org tree described compactly, hazards
 * at riskPoints, and levels set by direct determination (confirmed), so each test states the
 * tree it needs (full, no workshops, no teams, micro) in a few lines.
 */
import { emptyEnterprise, type EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard, RiskPoint } from '../model/hazards';
import { counterIdGen } from '../model/ids';
import type { Person, PersonRole } from '../model/org';
import { applyRiskOp } from '../model/riskOps';
import { validateEnterpriseFile } from '../model/load';
import type { ControlLevel, RiskLevel } from '../model/vocab';

export interface TreeSpec {
  workshops?: string[];
  /** team id → workshop id or null */
  teams?: Record<string, string | null>;
  /** post id → parent ('ws:<id>', 'team:<id>' or 'ent') */
  posts?: Record<string, string>;
  people?: { id: string; name: string; role: PersonRole; workshopId?: string; teamId?: string; postIds?: string[] }[];
  riskPoints?: { id: string; unit: string; posts: string[]; kind?: 'activity' | 'place' }[];
  /** hazard id → riskPoint id, grade, optional library id, exclusions, measures */
  hazards?: { id: string; rp: string; grade?: RiskLevel; measures?: { text: string; check?: string; level: ControlLevel; kind?: Hazard['measures'][number]['kind'] }[]; exclude?: string[] }[];
}

const parent = (s: string) => (s === 'ent' ? { kind: 'enterprise' as const } : s.startsWith('ws:') ? { kind: 'workshop' as const, id: s.slice(3) } : { kind: 'team' as const, id: s.slice(5) });

export function tree(spec: TreeSpec, industry: EnterpriseFile['profile']['industry'] = 'machinery'): EnterpriseFile {
  const d = emptyEnterprise('ent_t', '测试企业', '2026-11-01T00:00:00.000Z');
  d.profile.industry = industry;
  d.workshops = (spec.workshops ?? []).map((id, i) => ({ id, name: `${id}车间`, order: i }));
  d.teams = Object.entries(spec.teams ?? {}).map(([id, ws], i) => ({ id, name: `${id}班`, workshopId: ws, order: i }));
  d.posts = Object.entries(spec.posts ?? {}).map(([id, p], i) => ({ id, name: `${id}岗`, code: '', parent: parent(p), order: i, jobContent: '', location: '', headcount: null, equipment: [], tools: [] }));
  d.people = (spec.people ?? []).map((p): Person => ({ id: p.id, name: p.name, role: p.role, phone: '', workshopId: p.workshopId ?? null, teamId: p.teamId ?? null, postIds: p.postIds ?? [] }));
  d.riskPoints = (spec.riskPoints ?? []).map((r, i): RiskPoint => ({ id: r.id, name: `${r.id}点`, kind: r.kind ?? 'place', unit: parent(r.unit), postIds: r.posts, location: '', order: i }));
  d.hazards = (spec.hazards ?? []).map((h): Hazard => ({
    id: h.id,
    riskPointId: h.rp,
    source: { kind: 'custom' },
    place: '',
    text: `${h.id}危险因素`,
    factorCode: '',
    accidentTypes: ['WSA10004'],
    consequence: '',
    measures: (h.measures ?? [{ text: `${h.id}措施`, check: `核查${h.id}`, level: 'team' }]).map((m) => ({ kind: m.kind ?? 'management', text: m.text, check: m.check ?? '', method: 'look', level: m.level })),
    signIds: [],
    ppeIds: [],
    majorHazardClause: null,
    excludedPostIds: h.exclude ?? [],
    createdAt: '2026-11-01T00:00:00.000Z',
  }));
  let out = validateEnterpriseFile(d);
  const id = counterIdGen(500);
  for (const h of spec.hazards ?? []) {
    if (!h.grade) continue;
    out = applyRiskOp(out, { op: 'evaluate', hazardId: h.id, kind: 'inherent', input: { method: 'direct', level: h.grade, reason: '测试用直接判定等级' }, status: 'confirmed' }, { newId: id, now: '2026-11-02T00:00:00.000Z', today: '2026-11-02', assessor: '测试' });
  }
  return validateEnterpriseFile(out);
}

/** The people of a standard tree: principal, deputy, safety manager, and role holders. */
export const MANAGERS = [
  { id: 'p_zhu', name: '主要甲', role: 'principal' as const },
  { id: 'p_fen', name: '分管乙', role: 'deputy' as const },
  { id: 'p_an', name: '安全丙', role: 'safetyManager' as const },
];

/** A full tree: workshop W1 → team T1 → post P1 (+ post P2 in team T2 of W1), people for every role. */
export function fullTree(extra: Partial<TreeSpec> = {}): EnterpriseFile {
  return tree({
    workshops: ['W1'],
    teams: { T1: 'W1', T2: 'W1' },
    posts: { P1: 'team:T1', P2: 'team:T2' },
    people: [
      ...MANAGERS,
      { id: 'p_ws', name: '车间丁', role: 'workshopHead', workshopId: 'W1' },
      { id: 'p_t1', name: '班长戊', role: 'teamLeader', teamId: 'T1', workshopId: 'W1', postIds: ['P1'] },
      { id: 'p_t2', name: '班长己', role: 'teamLeader', teamId: 'T2', workshopId: 'W1' },
      { id: 'p_w1', name: '员工庚', role: 'worker', teamId: 'T1', postIds: ['P1'] },
      { id: 'p_w2', name: '员工辛', role: 'worker', teamId: 'T2', postIds: ['P2'] },
    ],
    riskPoints: [{ id: 'R1', unit: 'team:T1', posts: ['P1'] }],
    hazards: [
      { id: 'H_major', rp: 'R1', grade: 'major' },
      { id: 'H_high', rp: 'R1', grade: 'high' },
      { id: 'H_medium', rp: 'R1', grade: 'medium' },
      { id: 'H_low', rp: 'R1', grade: 'low' },
    ],
    ...extra,
  });
}
