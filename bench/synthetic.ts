/**
 * A synthetic enterprise for benchmarks: W workshops × T teams, P posts, H hazards spread over
 * activity and shared-place riskPoints, each with a confirmed inherent and residual LEC assessment.
 * Built from real library entries so texts and measures have realistic lengths. Deterministic.
 */
import { libraryEntries, LIBRARY_VERSION } from '../core/catalog/library';
import { emptyEnterprise, type EnterpriseFile } from '../core/model/enterpriseFile';
import type { Hazard, RiskPoint } from '../core/model/hazards';
import type { Person, Post, Team, Workshop } from '../core/model/org';
import { buildAssessment, type Assessment } from '../core/risk/assessment';
import { BAND_TABLE_PRESETS } from '../core/risk/bandTable';
import { counterIdGen } from '../core/model/ids';
import { applySignPlacementOp } from '../core/signs/placementOps';
import { loadSample } from '../electron/services/sample';

export interface SyntheticSize {
  workshops: number;
  posts: number;
  hazards: number;
}

export function syntheticEnterprise(size: SyntheticSize): EnterpriseFile {
  const base = loadSample();
  const doc = emptyEnterprise('ent_bench', '性能测试企业（合成数据）', '2026-11-01T00:00:00.000Z');
  doc.profile = { ...base.profile, name: '性能测试企业（合成数据）' };
  const workshops: Workshop[] = Array.from({ length: size.workshops }, (_, i) => ({ id: `ws_${i}`, name: `第${i + 1}车间`, order: i }));
  const teams: Team[] = workshops.flatMap((w, i) => [0, 1].map((k) => ({ id: `team_${i}_${k}`, name: `${w.name}${k + 1}班`, workshopId: w.id, order: k })));
  const posts: Post[] = Array.from({ length: size.posts }, (_, i) => {
    const team = teams[i % teams.length]!;
    return { id: `post_${i}`, name: `岗位${i + 1}`, code: `P${i + 1}`, parent: { kind: 'team', id: team.id }, order: i, jobContent: '操作设备，送料取件，清理现场', location: '车间', headcount: 3, equipment: ['设备'], tools: [] };
  });
  const people: Person[] = [
    { id: 'person_boss', name: '负责人', role: 'principal', phone: '13900000000', workshopId: null, teamId: null, postIds: [] },
    ...workshops.map((w, i) => ({ id: `person_wh_${i}`, name: `主任${i + 1}`, role: 'workshopHead' as const, phone: '', workshopId: w.id, teamId: null, postIds: [] })),
    ...teams.map((t, i) => ({ id: `person_tl_${i}`, name: `班长${i + 1}`, role: 'teamLeader' as const, phone: '', workshopId: t.workshopId, teamId: t.id, postIds: [] })),
    ...posts.map((p, i) => ({ id: `person_w_${i}`, name: `员工${i + 1}`, role: 'worker' as const, phone: '', workshopId: null, teamId: (p.parent as { id: string }).id, postIds: [p.id] })),
  ];
  const riskPoints: RiskPoint[] = [];
  posts.forEach((p, i) => riskPoints.push({ id: `rp_a_${i}`, name: `${p.name}作业`, kind: 'activity', unit: { kind: 'team', id: (p.parent as { id: string }).id }, postIds: [p.id], location: '', order: i }));
  const places = Math.max(1, Math.floor(size.posts / 4));
  for (let i = 0; i < places; i++) {
    riskPoints.push({ id: `rp_p_${i}`, name: `共用场所${i + 1}`, kind: 'place', unit: { kind: 'workshop', id: workshops[i % workshops.length]!.id }, postIds: [0, 1, 2, 3].map((k) => posts[(i * 4 + k) % posts.length]!.id), location: '', order: size.posts + i });
  }
  const lib = libraryEntries();
  const hazards: Hazard[] = [];
  const assessments: Assessment[] = [];
  for (let i = 0; i < size.hazards; i++) {
    const e = lib[(i * 7) % lib.length]!;
    const rp = riskPoints[i % riskPoints.length]!;
    const h: Hazard = {
      id: `hz_${i}`, riskPointId: rp.id, source: { kind: 'library', libraryId: e.id, libraryVersion: LIBRARY_VERSION }, place: e.place, text: e.hazard,
      factorCode: e.factorCode, accidentTypes: [...e.accidentTypes], consequence: e.consequence, measures: e.measures.map((m) => ({ ...m })),
      signIds: [...e.signIds], ppeIds: [...e.ppeIds], majorHazardClause: e.majorHazardClause ?? null, excludedPostIds: [], createdAt: '2026-11-01T00:00:00.000Z',
    };
    hazards.push(h);
    const lec = e.suggestedLec ?? { L: 3, E: 6, C: 7 };
    const common = { hazardId: h.id, status: 'confirmed' as const, assessor: '评价人', date: '2026-11-01', method: 'LEC' as const };
    const inherent = buildAssessment({ ...common, kind: 'inherent', L: lec.L, E: lec.E, C: lec.C }, { id: `as_${i}_i`, createdAt: '2026-11-01T01:00:00.000Z', bandTables: BAND_TABLE_PRESETS, facts: { majorHazardClause: h.majorHazardClause } });
    const residual = buildAssessment({ ...common, kind: 'residual', L: lec.L >= 3 ? 1 : lec.L, E: lec.E, C: lec.C }, { id: `as_${i}_r`, createdAt: '2026-11-01T02:00:00.000Z', bandTables: BAND_TABLE_PRESETS, facts: {}, inherent });
    assessments.push(inherent, residual);
  }
  return { ...doc, workshops, teams, posts, people, riskPoints, hazards, assessments };
}

/** Sign placement records wanted in the pack benchmark. */
export const PACK_SIGN_PLATES = 200;

/**
 * The pack benchmark's enterprise (whole-job issue): 6 workshops, 60 posts, 600 hazards and a
 * sign placement plan of 200 plates (the suggestions of the riskPoints in order, cut at 200;
 * every third one at a 10 m area distance so larger plates occur too).
 * @throws Error when the suggestions give fewer than 200 plates.
 */
export function packEnterprise(): EnterpriseFile {
  const doc = syntheticEnterprise({ workshops: 6, posts: 60, hazards: 600 });
  const planned = applySignPlacementOp(doc, { op: 'adoptAll' }, counterIdGen());
  if (planned.signPlacements.length < PACK_SIGN_PLATES) throw new Error(`only ${planned.signPlacements.length} suggested plates`);
  planned.signPlacements = planned.signPlacements.slice(0, PACK_SIGN_PLATES).map((p, i) => (i % 3 === 0 ? { ...p, viewingDistanceM: 10 } : p));
  return planned;
}
