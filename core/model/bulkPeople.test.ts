import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/buildSample';
import { bulkRowsToPeople, parseBulkPeople, roleFromText } from './bulkPeople';

describe('bulk people paste', () => {
  const doc = buildSample();
  it('reads a tab-separated table copied from Excel, skipping the header', () => {
    const text = '姓名\t角色\t电话\t岗位\n王五\t班组长\t0575-8000 0001\t冲压工\n赵六\t员工\t\t磨工、质检员\n';
    const p = parseBulkPeople(doc, text);
    expect(p.valid).toBe(2);
    expect(p.rows[0]).toMatchObject({ line: 2, name: '王五', role: 'teamLeader', phone: '0575-8000 0001', postIds: ['post_cyg'], problems: [] });
    expect(p.rows[1]).toMatchObject({ name: '赵六', role: 'worker', postIds: ['post_mg', 'post_zjy'] });
    const people = bulkRowsToPeople(doc, p);
    expect(people[0]).toMatchObject({ teamId: 'team_cy1', workshopId: 'ws_cy' });
  });
  it('names each problem per field and keeps bad rows out', () => {
    const p = parseBulkPeople(doc, '钱七,厨师,abc,焊工\n,班长,,\n');
    expect(p.valid).toBe(0);
    expect(p.rows[0]?.problems).toEqual([
      { field: 'role', code: 'unknown_role', value: '厨师' },
      { field: 'phone', code: 'invalid_phone', value: 'abc' },
      { field: 'post', code: 'unknown_post', value: '焊工' },
    ]);
    expect(p.rows[1]?.problems).toEqual([{ field: 'name', code: 'required' }]);
    expect(bulkRowsToPeople(doc, p)).toEqual([]);
  });
  it('knows the usual role words', () => {
    expect(roleFromText('总经理')).toBe('principal');
    expect(roleFromText('安全员')).toBe('safetyManager');
    expect(roleFromText('车间主任')).toBe('workshopHead');
    expect(roleFromText('班 长')).toBe('teamLeader');
    expect(roleFromText('保洁')).toBeNull();
  });
});
