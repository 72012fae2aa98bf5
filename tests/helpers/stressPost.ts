/**
 * A stress post for the card fit checks (issue: cards): the sample enterprise plus one post with
 * a long name and place, 30 hazards with long texts, four long measures of each kind the cards
 * print, several accident types each and every level — the worst a card has to hold.
 */
import type { EnterpriseFile } from '../../core/model/enterpriseFile';
import type { Hazard } from '../../core/model/hazards';
import { buildAssessment } from '../../core/risk/assessment';
import { BAND_TABLE_PRESETS } from '../../core/risk/bandTable';
import { GB6441_2025_CODES } from '../../core/standards/accidentTypeCodes';
import type { RiskLevel } from '../../core/model/vocab';

export const STRESS_POST_ID = 'post_stress';

const LEVELS: RiskLevel[] = ['major', 'high', 'medium', 'low'];
const TYPES = Object.values(GB6441_2025_CODES);
const SIGNS = ['sign.warn-machinery', 'sign.warn-hand-injury', 'sign.warn-electric-shock', 'sign.warn-fire', 'sign.warn-poisoning', 'sign.no-reaching-in', 'sign.no-smoking', 'sign.no-starting', 'sign.must-protective-gloves', 'sign.must-safety-helmet', 'sign.must-ear-protection', 'sign.must-gas-mask', 'sign.must-protective-shoes', 'sign.info-first-aid', 'sign.info-emergency-phone'];
const PPE = ['ppe.safety-helmet', 'ppe.gloves-cut', 'ppe.safety-shoes', 'ppe.earplugs', 'ppe.gas-mask', 'ppe.goggles-chemical'];

const long = (i: number, what: string) =>
  `第${i + 1}项${what}：设备检修、清理、调整或排除故障时未按规定切断动力电源并挂牌上锁，未释放液压、气动和弹簧储存的能量，且无专人监护，现场照明和通道不符合要求`;

/** The sample with the stress post added (a copy). */
export function withStressPost(sample: EnterpriseFile): EnterpriseFile {
  const doc = structuredClone(sample);
  doc.posts.push({
    id: STRESS_POST_ID,
    name: '压铸、去毛刺、抛丸及表面清理综合作业岗位（含设备日常维护保养与物料周转）',
    code: 'ZZ99',
    parent: { kind: 'team', id: 'team_pg' },
    order: 99,
    jobContent: '',
    location: '表面处理车间东侧压铸区、抛丸房、去毛刺工位及成品周转区（含二层平台）',
    headcount: 3,
    equipment: [],
    tools: [],
  });
  doc.riskPoints.push({ id: 'rp_stress', name: '压铸与清理综合作业', kind: 'activity', unit: { kind: 'team', id: 'team_pg' }, postIds: [STRESS_POST_ID], location: '压铸区', order: 99 });
  let n = 0;
  for (let i = 0; i < 30; i++) {
    const h: Hazard = {
      id: `hz_stress_${String(i + 1).padStart(2, '0')}`,
      riskPointId: 'rp_stress',
      source: { kind: 'custom' },
      place: '压铸区',
      text: long(i, '危险因素'),
      factorCode: '',
      accidentTypes: [TYPES[i % TYPES.length]!, TYPES[(i * 7 + 3) % TYPES.length]!],
      consequence: `第${i + 1}项后果：肢体被挤压、卷入或击伤，严重时截肢或死亡，并可能引发火灾和人员中毒`,
      measures: [
        ...[0, 1].map((k) => ({ kind: 'management' as const, text: `${long(i, `管理措施${k + 1}`)}，班组长每班检查并记录，发现违章立即制止`, check: '', method: 'look' as const, level: 'team' as const })),
        { kind: 'ppe', text: `第${i + 1}项：作业时戴安全帽、防割手套和护目镜，穿防砸安全鞋，噪声区全程佩戴耳塞，有毒作业佩戴防毒面具`, check: '', method: 'look', level: 'team' },
        { kind: 'engineering', text: long(i, '工程措施'), check: '', method: 'look', level: 'workshop' },
        { kind: 'emergency', text: `第${i + 1}项应急：立即按下急停按钮切断电源，挂牌上锁，组织救出伤员并止血包扎，拨打120并报告班组长和企业应急值班人员`, check: '', method: 'look', level: 'team' },
      ],
      signIds: SIGNS.slice(i % 5, (i % 5) + 8),
      ppeIds: PPE,
      majorHazardClause: null,
      excludedPostIds: [],
      createdAt: '2026-11-01T08:00:00.000Z',
    };
    doc.hazards.push(h);
    doc.assessments.push(
      buildAssessment(
        { hazardId: h.id, kind: 'inherent', status: 'confirmed', assessor: '测试', date: '2026-11-01', method: 'direct', level: LEVELS[i % 4]!, reason: '压力测试用直接判定' },
        { id: `as_stress_${++n}`, createdAt: `2026-11-01T10:00:${String(n).padStart(2, '0')}.000Z`, bandTables: BAND_TABLE_PRESETS, facts: {} },
      ),
    );
  }
  return doc;
}
