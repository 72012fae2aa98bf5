import { describe, expect, it } from 'vitest';
import { libraryEntry, LIBRARY_VERSION } from '../catalog/library';
import { AppError } from '../contract/errors';
import { buildSample } from '../sample/buildSample';
import { emptyEnterprise, type EnterpriseFile } from './enterpriseFile';
import { applyHazardOp, hazardsOfPost, type HazardOp, type HazardOpContext } from './hazardOps';
import { counterIdGen } from './ids';
import { applyOrgOp } from './orgOps';
import { brokenReferences } from './refs';

function ctx(): HazardOpContext {
  return { newId: counterIdGen(), now: '2026-11-29T08:00:00.000Z', entry: libraryEntry, libraryVersion: LIBRARY_VERSION };
}

/** A small firm: 机加工车间 with 车工 and 电工, both using the 配电房. */
function firm(): EnterpriseFile {
  const id = counterIdGen(100);
  let d = emptyEnterprise('ent_t', '测试机械厂', '2026-11-01T00:00:00.000Z');
  d = { ...d, profile: { ...d.profile, industry: 'machinery' } };
  d = applyOrgOp(d, { op: 'addWorkshop', name: '机加工车间' }, id);
  d = applyOrgOp(d, { op: 'addPost', name: '车工', parent: { kind: 'workshop', id: 'ws_100' } }, id);
  d = applyOrgOp(d, { op: 'addPost', name: '电工', parent: { kind: 'enterprise' } }, id);
  return d;
}

function codeOf(fn: () => unknown): { code: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: (e.details ?? {}) as Record<string, unknown> };
    throw e;
  }
  return { code: 'no error', details: {} };
}

describe('identification: riskPoints and hazards', () => {
  it('files a process hazard under the post activity and a place hazard under a shared place', () => {
    const c = ctx();
    let d = firm();
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_100', libraryId: 'lib.jx.jjg.01', target: { kind: 'auto' } }, c);
    expect(d.riskPoints).toMatchObject([{ name: '车工作业', kind: 'activity', unit: { kind: 'workshop', id: 'ws_100' }, postIds: ['post_100'] }]);
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_101', libraryId: 'lib.gg.dq.pd.01', target: { kind: 'auto' } }, c);
    expect(d.riskPoints[1]).toMatchObject({ name: '配电房', kind: 'place', postIds: ['post_101'] });
    expect(d.hazards.map((h) => h.source)).toEqual([
      { kind: 'library', libraryId: 'lib.jx.jjg.01', libraryVersion: LIBRARY_VERSION },
      { kind: 'library', libraryId: 'lib.gg.dq.pd.01', libraryVersion: LIBRARY_VERSION },
    ]);
    expect(brokenReferences(d)).toEqual([]);
  });

  it('reuses an existing place and links the post instead of copying the hazard', () => {
    const c = ctx();
    let d = firm();
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_101', libraryId: 'lib.gg.dq.pd.01', target: { kind: 'auto' } }, c);
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_100', libraryId: 'lib.gg.dq.pd.01', target: { kind: 'auto' } }, c);
    expect(d.riskPoints.length).toBe(1);
    expect(d.riskPoints[0]!.postIds).toEqual(['post_101', 'post_100']);
    expect(d.hazards.length).toBe(1);
    // a second entry of the same place lands at the same riskPoint
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_100', libraryId: 'lib.gg.dq.pd.05', target: { kind: 'auto' } }, c);
    expect(d.riskPoints.length).toBe(1);
    expect(hazardsOfPost(d, 'post_100').map((h) => h.source.kind === 'library' && h.source.libraryId)).toEqual(['lib.gg.dq.pd.01', 'lib.gg.dq.pd.05']);
  });

  it("a post's list is the hazards of its linked riskPoints, minus its exclusions", () => {
    const s = buildSample();
    const fork = hazardsOfPost(s, 'post_ccsj').map((h) => h.id);
    const clerk = hazardsOfPost(s, 'post_cgy').map((h) => h.id);
    const shared = s.hazards.filter((h) => h.riskPointId === 'rp_cc1').map((h) => h.id);
    expect(shared.length).toBe(8);
    expect(shared.every((id) => fork.includes(id))).toBe(true);
    // the clerk is not exposed to the licence, truck-loading and parking hazards of the route
    expect(shared.filter((id) => clerk.includes(id)).length).toBe(5);
    expect(clerk).not.toContain('hz_cc1_01');
    for (const p of s.posts) {
      expect(hazardsOfPost(s, p.id).length).toBeGreaterThanOrEqual(3);
      expect(s.riskPoints.some((r) => r.postIds.includes(p.id))).toBe(true);
    }
  });

  it('rejecting a shared hazard asks first; unlink excludes this post only, delete removes it', () => {
    const c = ctx();
    let d = firm();
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_101', libraryId: 'lib.gg.dq.pd.01', target: { kind: 'auto' } }, c);
    d = applyHazardOp(d, { op: 'acceptLibrary', postId: 'post_100', libraryId: 'lib.gg.dq.pd.01', target: { kind: 'auto' } }, c);
    const hid = d.hazards[0]!.id;
    const ask = codeOf(() => applyHazardOp(d, { op: 'removeFromPost', postId: 'post_100', hazardId: hid, mode: 'ask' }, c));
    expect(ask).toMatchObject({ code: 'E_HAZARD_SHARED', details: { posts: [{ id: 'post_101', name: '电工' }] } });
    const unlinked = applyHazardOp(d, { op: 'removeFromPost', postId: 'post_100', hazardId: hid, mode: 'unlink' }, c);
    expect(hazardsOfPost(unlinked, 'post_100')).toEqual([]);
    expect(hazardsOfPost(unlinked, 'post_101').length).toBe(1);
    expect(unlinked.wizard.posts.post_100!.rejected).toEqual(['lib.gg.dq.pd.01']);
    const deleted = applyHazardOp(d, { op: 'removeFromPost', postId: 'post_100', hazardId: hid, mode: 'delete' }, c);
    expect(deleted.hazards).toEqual([]);
    // accepting it again lifts the exclusion instead of copying
    const again = applyHazardOp(unlinked, { op: 'acceptLibrary', postId: 'post_100', libraryId: 'lib.gg.dq.pd.01', target: { kind: 'auto' } }, c);
    expect(again.hazards.length).toBe(1);
    expect(hazardsOfPost(again, 'post_100').length).toBe(1);
  });

  it('refuses a custom hazard without text, without accident type, or with a 1986 type, changing nothing', () => {
    const c = ctx();
    const d = firm();
    const add = (hazard: Extract<HazardOp, { op: 'addCustom' }>['hazard']) => codeOf(() => applyHazardOp(d, { op: 'addCustom', postId: 'post_100', target: { kind: 'activity' }, hazard }, c)).code;
    expect(add({ text: '', accidentTypes: ['WSA10004'] })).toBe('E_HAZARD_TEXT_REQUIRED');
    expect(add({ text: '车床导轨上放置工具，开车时工具甩出', accidentTypes: [] })).toBe('E_ACCIDENT_TYPE_REQUIRED');
    expect(add({ text: '车床导轨上放置工具，开车时工具甩出', accidentTypes: ['03'] })).toBe('E_ACCIDENT_TYPE_EDITION');
    const ok = applyHazardOp(d, { op: 'addCustom', postId: 'post_100', target: { kind: 'activity' }, hazard: { text: '车床导轨上放置工具，开车时工具甩出', accidentTypes: ['WSA10001'] } }, c);
    expect(ok.hazards[0]).toMatchObject({ source: { kind: 'custom' }, accidentTypes: ['WSA10001'] });
    expect(d.hazards).toEqual([]);
    expect(d.riskPoints).toEqual([]);
  });

  it('deleting a post removes its activity riskPoint and hazards and unlinks it from places', () => {
    const s = buildSample();
    const d = applyOrgOp(s, { op: 'delete', kind: 'post', id: 'post_dg' }, counterIdGen());
    expect(d.riskPoints.some((r) => r.id === 'rp_dg')).toBe(false);
    expect(d.hazards.some((h) => h.riskPointId === 'rp_dg')).toBe(false);
    expect(d.riskPoints.find((r) => r.id === 'rp_pd')?.postIds).toEqual(['post_jxg']);
    expect(brokenReferences(d)).toEqual([]);
  });

  it('deleting a team moves its riskPoints up to the workshop, never down', () => {
    const s = buildSample();
    const d = applyOrgOp(s, { op: 'delete', kind: 'team', id: 'team_pt' }, counterIdGen());
    // the spray-room place survives, moved up to the workshop; the activities of its posts go
    expect(d.riskPoints.find((r) => r.id === 'rp_pf')).toMatchObject({ unit: { kind: 'workshop', id: 'ws_bm' }, postIds: [] });
    expect(d.riskPoints.some((r) => r.id === 'rp_pq' || r.id === 'rp_tq')).toBe(false);
    expect(brokenReferences(d)).toEqual([]);
    const s2 = applyOrgOp(s, { op: 'movePost', id: 'post_pqg', parent: { kind: 'workshop', id: 'ws_bm' } }, counterIdGen());
    const d2 = applyOrgOp(s2, { op: 'delete', kind: 'team', id: 'team_pt' }, counterIdGen());
    expect(d2.riskPoints.find((r) => r.id === 'rp_pf')?.unit).toEqual({ kind: 'workshop', id: 'ws_bm' });
    expect(brokenReferences(d2)).toEqual([]);
  });
});
