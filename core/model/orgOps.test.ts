import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/buildSample';
import { AppError } from '../contract/errors';
import { counterIdGen } from './ids';
import { applyOrgOp, deleteImpact } from './orgOps';
import { brokenReferences } from './refs';
import { validateEnterpriseFile } from './load';
import { emptyEnterprise, type EnterpriseFile } from './enterpriseFile';

const blank = (): EnterpriseFile => emptyEnterprise('ent_t', '测试', '2026-11-01T00:00:00.000Z');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('org tree operations', () => {
  it('builds workshop → team → post → person with consistent references', () => {
    const id = counterIdGen();
    let d = applyOrgOp(blank(), { op: 'addWorkshop', name: '冲压车间' }, id);
    d = applyOrgOp(d, { op: 'addTeam', name: '冲压一班', workshopId: 'ws_1' }, id);
    d = applyOrgOp(d, { op: 'addPost', name: '冲压工', parent: { kind: 'team', id: 'team_1' }, code: 'CY01' }, id);
    d = applyOrgOp(d, { op: 'addPerson', name: '张三', role: 'worker', postIds: ['post_1'], teamId: 'team_1' }, id);
    expect(d.people[0]).toEqual({ id: 'person_1', name: '张三', role: 'worker', phone: '', workshopId: 'ws_1', teamId: 'team_1', postIds: ['post_1'] });
    expect(brokenReferences(d)).toEqual([]);
    expect(validateEnterpriseFile(d).posts[0]?.code).toBe('CY01');
  });
  it('moving a post keeps its people linked', () => {
    const s = buildSample();
    const post = s.posts.find((p) => p.name === '冲压工')!;
    const staff = s.people.filter((p) => p.postIds.includes(post.id)).map((p) => p.id);
    const d = applyOrgOp(s, { op: 'movePost', id: post.id, parent: { kind: 'workshop', id: 'ws_jj' } }, counterIdGen());
    expect(d.posts.find((p) => p.id === post.id)?.parent).toEqual({ kind: 'workshop', id: 'ws_jj' });
    expect(d.people.filter((p) => p.postIds.includes(post.id)).map((p) => p.id)).toEqual(staff);
    expect(staff.length).toBe(5);
    expect(brokenReferences(d)).toEqual([]);
  });
  it('moving a team to the enterprise takes its leader along', () => {
    const s = buildSample();
    const d = applyOrgOp(s, { op: 'moveTeam', id: 'team_cy2', workshopId: null }, counterIdGen());
    expect(d.teams.find((t) => t.id === 'team_cy2')?.workshopId).toBeNull();
    expect(d.people.find((p) => p.name === '郑小军')?.workshopId).toBeNull();
    expect(brokenReferences(d)).toEqual([]);
  });
  it('deleting a workshop lists and removes its teams and posts, unlinking people', () => {
    const s = buildSample();
    const impact = deleteImpact(s, 'workshop', 'ws_bm');
    expect(impact.teams.map((t) => t.name)).toEqual(['抛光班', '喷涂班']);
    expect(impact.posts.map((p) => p.name)).toEqual(['抛光工', '喷漆工', '调漆工']);
    expect(impact.peopleUnlinked.map((p) => p.name)).toEqual(['赵玉兰', '沈丽萍', '韩建军', '邹晓峰', '喻金花', '柏志刚', '水向东']);
    const d = applyOrgOp(s, { op: 'delete', kind: 'workshop', id: 'ws_bm' }, counterIdGen());
    expect(d.workshops.map((w) => w.name)).toEqual(['冲压车间', '机加工车间', '仓储物流部']);
    expect(d.posts.length).toBe(s.posts.length - 3);
    expect(d.people.length).toBe(s.people.length);
    expect(d.people.find((p) => p.name === '沈丽萍')).toMatchObject({ workshopId: null, teamId: null, postIds: [] });
    expect(brokenReferences(d)).toEqual([]);
  });
  it('reorder swaps order values among siblings only', () => {
    const s = buildSample();
    const d = applyOrgOp(s, { op: 'reorder', kind: 'workshop', ids: ['ws_jj', 'ws_cy'] }, counterIdGen());
    const names = [...d.workshops].sort((a, b) => a.order - b.order).map((w) => w.name);
    expect(names).toEqual(['机加工车间', '冲压车间', '表面处理车间', '仓储物流部']);
  });
  it('refuses unknown ids and parents with clear codes; the input is not modified', () => {
    const s = buildSample();
    const snapshot = JSON.stringify(s);
    expect(codeOf(() => applyOrgOp(s, { op: 'addTeam', name: 'x', workshopId: 'ws_none' }, counterIdGen()))).toBe('E_ORG_PARENT');
    expect(codeOf(() => applyOrgOp(s, { op: 'movePost', id: 'post_cyg', parent: { kind: 'team', id: 'team_none' } }, counterIdGen()))).toBe('E_ORG_PARENT');
    expect(codeOf(() => applyOrgOp(s, { op: 'rename', kind: 'post', id: 'post_none', name: 'x' }, counterIdGen()))).toBe('E_NOT_FOUND');
    expect(codeOf(() => applyOrgOp(s, { op: 'updatePerson', id: 'person_none', patch: {} }, counterIdGen()))).toBe('E_PERSON_NOT_FOUND');
    expect(JSON.stringify(s)).toBe(snapshot);
  });
});
