import { describe, expect, it } from 'vitest';
import { AppError } from '../contract/errors';
import { counterIdGen } from '../model/ids';
import { applyOrgOp } from '../model/orgOps';
import { postGaps } from '../model/postReview';
import { brokenReferences } from '../model/refs';
import { completenessWarnings } from '../model/warnings';
import { registerRows } from '../model/registerRows';
import { migrateEnterprise } from '../migrations/enterprise';
import { EnterpriseFileSchema } from '../model/enterpriseFile';
import { buildSample } from '../sample/buildSample';
import { fullTree, MANAGERS, tree } from './fixtures.test-helper';
import { applyDutyOp } from './ops';
import { hazardDuties, hazardDuty, ownersAtLevel, responsibleAtControl } from './owners';
import { dutyCompleteness, dutyMatrix, personDeleteImpact, personDuties, postList } from './views';

const ctx = { newId: counterIdGen(900), now: '2026-11-30T00:00:00.000Z', today: '2026-11-30', assessor: '测试' };
const names = (xs: { name: string }[]) => xs.map((x) => x.name);
const chainOf = (d: ReturnType<typeof hazardDuty>) => d.chain.map((c) => `${c.level}:${names(c.persons).join('、')}`);
const byId = (doc: ReturnType<typeof tree>, id: string) => hazardDuty(doc, doc.hazards.find((h) => h.id === id)!);

function codeOf(fn: () => unknown): { code: string; details?: unknown } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: e.details };
    throw e;
  }
  return { code: 'no error' };
}

describe('owner resolution on a full org tree (default preset 重大→企业 较大→车间 一般→班组 低→岗位)', () => {
  const d = fullTree();
  it('each grade is owned at its level and by every existing level below it, down to the post', () => {
    expect(chainOf(byId(d, 'H_major'))).toEqual(['enterprise:主要甲、分管乙、安全丙', 'workshop:车间丁', 'team:班长戊', 'post:班长戊、员工庚']);
    expect(chainOf(byId(d, 'H_high'))).toEqual(['workshop:车间丁', 'team:班长戊', 'post:班长戊、员工庚']);
    expect(chainOf(byId(d, 'H_medium'))).toEqual(['team:班长戊', 'post:班长戊、员工庚']);
    expect(chainOf(byId(d, 'H_low'))).toEqual(['post:班长戊、员工庚']);
    for (const x of hazardDuties(d)) {
      expect(x.movedUp).toBe(false);
      expect(x.unowned).toEqual([]);
    }
  });
  it('units are named at every level', () => {
    expect(byId(d, 'H_major').chain.map((c) => c.units.map((u) => u.name).join('、'))).toEqual(['测试企业', 'W1车间', 'T1班', 'P1岗']);
  });
  it('the layered preset puts 较大 at the enterprise, owned by the 分管负责人 with the department (workshop) head', () => {
    const l = applyDutyOp(d, { op: 'setControlPreset', preset: 'layered' }, ctx);
    expect(chainOf(byId(l, 'H_high'))).toEqual(['enterprise:分管乙、车间丁、安全丙', 'workshop:车间丁', 'team:班长戊', 'post:班长戊、员工庚']);
    expect(chainOf(byId(l, 'H_major'))[0]).toBe('enterprise:主要甲、分管乙、安全丙');
    expect(byId(l, 'H_medium').controlLevel).toBe('workshop');
    expect(byId(l, 'H_low').controlLevel).toBe('team');
  });
  it('the register prints the owners of the control level', () => {
    const row = registerRows(d).find((r) => r.hazardId === 'H_high')!;
    expect(row.controlLevel).toBe('workshop');
    expect(responsibleAtControl(byId(d, 'H_high'))).toEqual({ unit: 'W1车间', persons: '车间丁' });
    const rp = d.riskPoints[0]!;
    expect(ownersAtLevel(d, rp, 'team', ['P1'])).toEqual({ level: 'team', unit: 'T1班', persons: ['班长戊'] });
  });
});

describe('partial org trees: a level absent from the tree moves the risk up, never down', () => {
  it('no workshops (teams under the enterprise): 较大 moves up to the enterprise', () => {
    const d = tree({
      teams: { T1: null },
      posts: { P1: 'team:T1' },
      people: [...MANAGERS, { id: 'p_t', name: '班长', role: 'teamLeader', teamId: 'T1' }, { id: 'p_w', name: '员工', role: 'worker', postIds: ['P1'] }],
      riskPoints: [{ id: 'R1', unit: 'team:T1', posts: ['P1'] }],
      hazards: [{ id: 'H1', rp: 'R1', grade: 'high' }, { id: 'H2', rp: 'R1', grade: 'medium' }],
    });
    const h1 = byId(d, 'H1');
    expect(h1).toMatchObject({ mappedLevel: 'workshop', controlLevel: 'enterprise', movedUp: true, available: ['enterprise', 'team', 'post'] });
    // a non-major grade at the enterprise: 分管负责人 leads (no department head without workshops)
    expect(chainOf(h1)).toEqual(['enterprise:分管乙、安全丙', 'team:班长', 'post:员工']);
    expect(byId(d, 'H2')).toMatchObject({ controlLevel: 'team', movedUp: false });
  });
  it('no teams (posts under workshops): 一般 moves up to the workshop, the chain skips the team', () => {
    const d = tree({
      workshops: ['W1'],
      posts: { P1: 'ws:W1' },
      people: [...MANAGERS, { id: 'p_ws', name: '主任', role: 'workshopHead', workshopId: 'W1' }, { id: 'p_w', name: '员工', role: 'worker', postIds: ['P1'] }],
      riskPoints: [{ id: 'R1', unit: 'ws:W1', posts: ['P1'] }],
      hazards: [{ id: 'H1', rp: 'R1', grade: 'medium' }, { id: 'H2', rp: 'R1', grade: 'low' }],
    });
    expect(byId(d, 'H1')).toMatchObject({ mappedLevel: 'team', controlLevel: 'workshop', movedUp: true });
    expect(chainOf(byId(d, 'H1'))).toEqual(['workshop:主任', 'post:员工']);
    expect(chainOf(byId(d, 'H2'))).toEqual(['post:员工']);
  });
  it('a micro enterprise (posts under the enterprise): everything but the post level collapses to the enterprise', () => {
    const d = tree({
      posts: { P1: 'ent' },
      people: [{ id: 'p_zhu', name: '老板', role: 'principal' }, { id: 'p_w', name: '员工', role: 'worker', postIds: ['P1'] }],
      riskPoints: [{ id: 'R1', unit: 'ent', posts: ['P1'] }],
      hazards: [{ id: 'H1', rp: 'R1', grade: 'high' }, { id: 'H2', rp: 'R1', grade: 'medium' }, { id: 'H3', rp: 'R1', grade: 'low' }],
    });
    expect(chainOf(byId(d, 'H1'))).toEqual(['enterprise:老板', 'post:员工']);
    expect(byId(d, 'H2').controlLevel).toBe('enterprise');
    expect(byId(d, 'H3').controlLevel).toBe('post');
  });
  it('a riskPoint without posts moves a 低 risk up to its own unit', () => {
    const d = fullTree({ riskPoints: [{ id: 'R1', unit: 'team:T1', posts: [] }], hazards: [{ id: 'H1', rp: 'R1', grade: 'low' }] });
    expect(byId(d, 'H1')).toMatchObject({ controlLevel: 'team', movedUp: true });
  });
  it('a place owned by a workshop reaches the teams of the posts working there (shared place)', () => {
    const d = fullTree({ riskPoints: [{ id: 'R1', unit: 'ws:W1', posts: ['P1', 'P2'] }], hazards: [{ id: 'H1', rp: 'R1', grade: 'medium' }, { id: 'H2', rp: 'R1', grade: 'medium', exclude: ['P2'] }] });
    expect(chainOf(byId(d, 'H1'))).toEqual(['team:班长戊、班长己', 'post:班长戊、员工庚、员工辛']);
    // a post excluded from a hazard takes its team out of the hazard's scope
    expect(chainOf(byId(d, 'H2'))).toEqual(['team:班长戊', 'post:班长戊、员工庚']);
  });
});

describe('missing roles are reported where they are missing; overrides fill them', () => {
  const noLeader = fullTree({ people: [...MANAGERS, { id: 'p_ws', name: '车间丁', role: 'workshopHead', workshopId: 'W1' }, { id: 'p_w1', name: '员工庚', role: 'worker', postIds: ['P1'] }] });
  it('a team without a 班组长 leaves its hazards unowned at the team level', () => {
    const h = byId(noLeader, 'H_medium');
    expect(h.unowned).toEqual(['team']);
    expect(h.chain[0]!.missing).toEqual([{ level: 'team', role: 'teamLeader', unit: { kind: 'team', id: 'T1', name: 'T1班' } }]);
    expect(byId(noLeader, 'H_low').unowned).toEqual([]);
    const c = dutyCompleteness(noLeader);
    expect(c.unownedHazards.map((x) => x.hazardId)).toEqual(['H_major', 'H_high', 'H_medium']);
    expect(c.missingRoles).toEqual([{ missing: { level: 'team', role: 'teamLeader', unit: { kind: 'team', id: 'T1', name: 'T1班' } }, text: '班组“T1班”没有班组长', hazards: 3 }]);
    const w = completenessWarnings(noLeader);
    expect(w.filter((x) => x.code === 'W_ROLE_MISSING')).toEqual([{ code: 'W_ROLE_MISSING', where: 'team:T1', details: { role: 'teamLeader', level: 'team', unit: 'T1班', hazards: 3, text: '班组“T1班”没有班组长' } }]);
    expect(w.filter((x) => x.code === 'W_HAZARD_NO_OWNER').map((x) => x.where)).toEqual(['hazard:H_major', 'hazard:H_high', 'hazard:H_medium']);
    expect(postGaps(noLeader, 'P1').filter((g) => g.code === 'W_HAZARD_NO_OWNER').map((g) => g.hazardId)).toEqual(['H_major', 'H_high', 'H_medium']);
  });
  it('an override names the owner of one hazard at one level; the matrix shows it', () => {
    const d = applyDutyOp(noLeader, { op: 'setOwners', hazardId: 'H_medium', level: 'team', personIds: ['p_ws'] }, ctx);
    expect(byId(d, 'H_medium')).toMatchObject({ unowned: [] });
    expect(byId(d, 'H_medium').chain[0]).toMatchObject({ level: 'team', source: 'override', missing: [], persons: [{ id: 'p_ws', name: '车间丁' }] });
    const row = dutyMatrix(d).find((r) => r.hazardId === 'H_medium')!;
    expect(row.cells.map((c) => c.state)).toEqual(['above', 'above', 'control', 'below']);
    expect(row.cells[2]).toMatchObject({ source: 'override', units: ['T1班'] });
    expect(byId(d, 'H_high').unowned).toEqual(['team']);
    const cleared = applyDutyOp(d, { op: 'clearOwners', hazardId: 'H_medium', level: 'team' }, ctx);
    expect(byId(cleared, 'H_medium').unowned).toEqual(['team']);
  });
  it('a missing principal is reported at the enterprise for 重大 risks', () => {
    const d = fullTree({ people: [{ id: 'p_w1', name: '员工庚', role: 'worker', postIds: ['P1'] }] });
    expect(byId(d, 'H_major').chain[0]!.missing.map((m) => m.role)).toEqual(['principal']);
  });
});

describe('bad input is refused and nothing changes', () => {
  const d = fullTree();
  it('an override to a person who does not exist', () => {
    const before = structuredClone(d);
    expect(codeOf(() => applyDutyOp(d, { op: 'setOwners', hazardId: 'H_low', level: 'post', personIds: ['p_gone'] }, ctx))).toEqual({ code: 'E_OWNER_NOT_FOUND', details: { personId: 'p_gone', hazardId: 'H_low' } });
    expect(codeOf(() => applyDutyOp(d, { op: 'setOwners', hazardId: 'H_none', level: 'post', personIds: ['p_w1'] }, ctx)).code).toBe('E_NOT_FOUND');
    // the hazard has no workshop-less level 'workshop'? It has W1; a micro tree has none:
    const micro = tree({ posts: { P1: 'ent' }, people: [{ id: 'p', name: '甲', role: 'principal' }], riskPoints: [{ id: 'R1', unit: 'ent', posts: ['P1'] }], hazards: [{ id: 'H1', rp: 'R1', grade: 'low' }] });
    expect(codeOf(() => applyDutyOp(micro, { op: 'setOwners', hazardId: 'H1', level: 'team', personIds: ['p'] }, ctx))).toEqual({ code: 'E_INVALID_ARGUMENT', details: { field: 'level', value: 'team', allowed: ['enterprise', 'post'] } });
    expect(d).toEqual(before);
  });
  it('a frequency of zero, a fraction or an unknown period', () => {
    for (const frequency of [{ every: 0, period: 'day' }, { every: 1.5, period: 'day' }, { every: 1, period: 'fortnight' }, { every: -1, period: 'week' }]) {
      expect(codeOf(() => applyDutyOp(d, { op: 'setRoutineFrequency', level: 'team', frequency }, ctx)).code).toBe('E_FREQUENCY_INVALID');
      expect(codeOf(() => applyDutyOp(d, { op: 'setSpecialist', topic: 'fire', frequency }, ctx)).code).toBe('E_FREQUENCY_INVALID');
    }
    expect(d.duties.checklists.routine.team).toEqual({ every: 1, period: 'day' });
  });
  it('a level mapping that leaves a grade without a level', () => {
    expect(codeOf(() => applyDutyOp(d, { op: 'setControlMap', map: { major: 'enterprise', high: 'workshop', medium: 'team' } }, ctx))).toEqual({
      code: 'E_CONTROL_MAP_INCOMPLETE', details: { missing: ['low'], invalid: [], allowed: ['enterprise', 'workshop', 'team', 'post'] },
    });
    expect(codeOf(() => applyDutyOp(d, { op: 'setControlMap', map: { major: 'enterprise', high: 'workshop', medium: 'team', low: 'desk' } }, ctx)).code).toBe('E_CONTROL_MAP_INCOMPLETE');
    expect(d.riskSettings.controlLevelMap).toEqual({ major: 'enterprise', high: 'workshop', medium: 'team', low: 'post' });
    const ok = applyDutyOp(d, { op: 'setControlMap', map: { major: 'enterprise', high: 'enterprise', medium: 'team', low: 'team' } }, ctx);
    expect(ok.riskSettings).toMatchObject({ controlPreset: 'custom' });
    expect(byId(ok, 'H_low').controlLevel).toBe('team');
  });
});

describe('people and references', () => {
  it('deleting a person removes them from overrides; an override left empty falls back to the roles', () => {
    let d = fullTree();
    d = applyDutyOp(d, { op: 'setOwners', hazardId: 'H_medium', level: 'team', personIds: ['p_ws'] }, ctx);
    d = applyDutyOp(d, { op: 'setOwners', hazardId: 'H_high', level: 'team', personIds: ['p_ws', 'p_t2'] }, ctx);
    expect(personDeleteImpact(d, 'p_ws')).toEqual([
      { hazardId: 'H_medium', text: 'H_medium危险因素', level: 'team', fallsBack: true },
      { hazardId: 'H_high', text: 'H_high危险因素', level: 'team', fallsBack: false },
    ]);
    const after = applyOrgOp(d, { op: 'deletePerson', id: 'p_ws' }, counterIdGen());
    expect(after.duties.ownerOverrides).toEqual([{ hazardId: 'H_high', level: 'team', personIds: ['p_t2'] }]);
    expect(brokenReferences(after)).toEqual([]);
    expect(names(byId(after, 'H_medium').chain[0]!.persons)).toEqual(['班长戊']);
  });
  it('an override naming a missing person or hazard is a broken reference', () => {
    const d = fullTree();
    d.duties.ownerOverrides.push({ hazardId: 'H_low', level: 'post', personIds: ['p_x'] }, { hazardId: 'H_x', level: 'post', personIds: ['p_w1'] });
    expect(brokenReferences(d)).toEqual([
      { path: 'duties.ownerOverrides[0].personIds[0]', id: 'p_x', problem: 'missing' },
      { path: 'duties.ownerOverrides[1].hazardId', id: 'H_x', problem: 'missing' },
    ]);
  });
  it('migrates a version-4 file to version 5 with no overrides, default checklist settings, no sign placements and no card records', () => {
    const v4 = { ...structuredClone(buildSample()), schemaVersion: 4 } as Record<string, unknown>;
    delete v4.duties;
    delete v4.signPlacements;
    delete v4.postCards;
    const { doc, steps } = migrateEnterprise(v4);
    // the migrated document itself carries the new sections (not only after schema defaults)
    expect((doc as Record<string, unknown>).signPlacements).toEqual([]);
    expect((doc as Record<string, unknown>).postCards).toEqual([]);
    expect(steps).toEqual([4, 5]);
    const parsed = EnterpriseFileSchema.parse(doc);
    expect(parsed.duties.ownerOverrides).toEqual([]);
    expect(parsed.duties.checklists.routine).toEqual({ enterprise: { every: 1, period: 'month' }, workshop: { every: 1, period: 'week' }, team: { every: 1, period: 'day' }, post: { every: 1, period: 'shift' } });
  });
});

describe('views on the sample enterprise', () => {
  const s = buildSample();
  it('every graded hazard is owned at every level of its chain; nothing is missing', () => {
    const all = hazardDuties(s);
    expect(all.length).toBe(106);
    expect(all.filter((d) => d.unowned.length > 0)).toEqual([]);
    const c = dutyCompleteness(s);
    expect(c).toMatchObject({ unownedHazards: [], missingRoles: [], ungradedHazards: [], postsWithoutHazards: [], peopleWithoutPosts: [], staleTexts: [] });
    // the 安全管理与作业许可 activity sits at the enterprise and its post has no team: a 一般 risk moves up
    expect(all.find((d) => d.hazardId === 'hz_aq_01')).toMatchObject({ mappedLevel: 'team', controlLevel: 'enterprise', movedUp: true });
  });
  it("a team leader's duties: the team level of their team's hazards and the post they hold", () => {
    const p = personDuties(s, 'person_08')!;
    expect(p.person).toMatchObject({ name: '钱志强', role: 'teamLeader', posts: ['冲压工'] });
    expect(p.levels.map((l) => l.level)).toEqual(['team', 'post']);
    expect(p.levels[0]!.hazards.every((h) => h.riskPoint === '冲压作业')).toBe(true);
    expect(p.sheets.map((x) => x.title)).toEqual(['班组每日隐患排查表', '岗位每班隐患排查表']);
    expect(personDuties(s, 'nobody')).toBeNull();
  });
  it('one post, one list: hazards, duties, checks, emergency steps and supervisors', () => {
    const l = postList(s, 'post_cyg')!;
    expect(l.post).toMatchObject({ name: '冲压工', workshop: '冲压车间', team: '冲压一班', people: ['钱志强', '秦大勇', '许红梅', '何家豪', '吕志远'] });
    expect(l.hazards.length).toBe(7);
    expect(l.duties.length).toBe(6);
    expect(l.duties[4]).toContain('冲压一班班组长钱志强');
    expect(l.checkFrequency).toBe('每班');
    expect(l.checks.length).toBeGreaterThan(3);
    expect(l.emergency.map((e) => e.accidentType)).toContain('机械致害');
    expect(l.supervisors.map((x) => x.level)).toEqual(['team', 'workshop', 'enterprise']);
    expect(l.phones[0]).toEqual({ label: '企业应急电话', number: '0575-80000110' });
    expect(postList(s, 'post_gone')).toBeNull();
  });
});
