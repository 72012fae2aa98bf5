/**
 * Which control measures realise a major hidden-hazard clause (重大事故隐患判定情形), so that the
 * checklists mark ★ only the measures whose absence IS the situation the clause describes, not
 * every measure of a hazard that happens to be linked to a clause.
 *
 * Clause text source: 《工贸企业重大事故隐患判定标准》 (应急管理部令第10号, in force 2023-05-15), as
 * paraphrased in core/standards/mh2023.ts, mh2023Industry.ts and mh2023Metal.ts (domain-facts §6).
 * The keywords are SafePost's own reading of each clause: the facility, device, arrangement or
 * rule whose lack the clause names (e.g. 第三条第（二）项 is about special-operation workers
 * without a certificate, so 持证/操作证 measures realise it, a "check for illegal wiring" measure
 * of the same hazard does not). 第十四条 [M] (failed monitoring/alarm/protection devices also count)
 * is why the upkeep of a clause's device (标定、测试 of the alarm) matches its keywords too.
 *
 * A measure realises its hazard's clause when its kind is one of `kinds` (default: engineering
 * and management) and its text contains one of `keywords`. Clauses missing from the table mark
 * no measure: their ★ comes from the base items and clause items only.
 */
import type { MeasureKind } from '../model/vocab';
import { majorHazardClause } from '../standards/majorHazards';

export interface ClauseSubject {
  /** Words of a measure text that realise the clause (substring match). */
  keywords: readonly string[];
  /** Measure kinds that may realise it (default engineering, management). */
  kinds?: readonly MeasureKind[];
}

const DEFAULT_KINDS: readonly MeasureKind[] = ['engineering', 'management'];

const MOLTEN_ROOMS = ['人员聚集', '迁出', '休息', '更衣', '会议室', '操作室', '工位'];
const MOLTEN_WATER = ['积水', '干燥', '排水', '漏水', '防雨', '水桶', '湿物料', '潮湿'];
const GAS_BURNER = ['压力监测', '压力高低限', '压力报警', '切断', '熄火保护', '火焰监测'];
const SOLVENT_ROOM = ['可燃气体报警', '报警器', '防爆', '排风', '通风'];

/** Clause id (mh2023.<article>.<item>) → what realises it. */
export const CLAUSE_SUBJECTS: Readonly<Record<string, ClauseSubject>> = {
  // 第三条 管理类
  'mh2023.3.1': { keywords: ['承包', '承租', '外包', '发包', '外来', '安全管理协议', '统一协调'] },
  'mh2023.3.2': { keywords: ['持证', '操作证', '证件', '无证', '非电工', '特种作业人员'] },
  'mh2023.3.3': { keywords: ['考核合格', '考核'] },
  // 第四条 冶金
  'mh2023.4.1': { keywords: MOLTEN_ROOMS },
  'mh2023.4.2': { keywords: MOLTEN_WATER },
  'mh2023.4.3': { keywords: ['事故钢包', '事故钢水罐', '事故坑', '漏钢', '溢流'] },
  'mh2023.4.4': { keywords: ['出水温度', '流量差', '联锁', '事故水源'] },
  'mh2023.4.5': { keywords: ['炉顶压力', '放散'] },
  'mh2023.4.6': { keywords: ['一氧化碳', '值守'] },
  'mh2023.4.7': { keywords: ['隔断', '盲板', '眼镜阀', '插板阀'] },
  'mh2023.4.8': { keywords: ['水封', '排水器'] },
  // 第五条 有色
  'mh2023.5.1': { keywords: MOLTEN_ROOMS },
  'mh2023.5.2': { keywords: MOLTEN_WATER },
  'mh2023.5.3': { keywords: ['紧急排放', '应急储存', '储存坑'] },
  'mh2023.5.4': { keywords: ['应急水源', '高位水', '柴油机泵', '双电源', '切换'] },
  'mh2023.5.5': { keywords: ['出水温度', '流量差', '进水流量', '快速切断'] },
  'mh2023.5.6': { keywords: ['冷却水', '联锁', '应急水源'] },
  'mh2023.5.7': { keywords: ['液位', '机械锁紧'] },
  'mh2023.5.8': { keywords: ['紧急排放', '快速切断', '排放池', '切断阀', '排放阀'] },
  'mh2023.5.9': { keywords: ['快速切断', '联锁', '回倾'] },
  'mh2023.5.10': { keywords: ['钢丝绳'] },
  'mh2023.5.11': { keywords: ['氯气监测', '氯气报警', '有毒气体'] },
  'mh2023.5.12': { keywords: GAS_BURNER },
  'mh2023.5.13': { keywords: ['水封', '排水器'] },
  // 第六条 建材
  'mh2023.6.1': { keywords: ['温度', '一氧化碳', '气体灭火'] },
  'mh2023.6.2': { keywords: ['清库方案', '自上而下', '掏挖', '安全带', '防坠', '防坍塌'] },
  'mh2023.6.3': { keywords: ['可燃气体', '事故通风', '联锁'] },
  'mh2023.6.4': { keywords: ['隔离', '断电', '上锁', '锁定', '盲板'] },
  'mh2023.6.5': { keywords: ['压力监测', '压力报警', '切断', '联锁'] },
  'mh2023.6.6': { keywords: ['可燃气体报警', '氢气报警', '报警器'] },
  'mh2023.6.7': { keywords: ['水冷'] },
  'mh2023.6.8': { keywords: ['监测', '报警'] },
  // 第七条 机械
  'mh2023.7.1': { keywords: MOLTEN_ROOMS },
  'mh2023.7.2': { keywords: ['紧急排放', '应急储存', '应急坑', '储存坑', '备用浇包', '倾转排空'] },
  'mh2023.7.3': { keywords: MOLTEN_WATER },
  'mh2023.7.4': { keywords: ['出水温度', '流量差', '应急冷却', '报警装置'] },
  'mh2023.7.5': { keywords: GAS_BURNER },
  'mh2023.7.6': { keywords: ['排风', '通风', '可燃气体', '水基', '高闪点', '地沟', '地坑'] },
  'mh2023.7.7': { keywords: SOLVENT_ROOM },
  // 第八条 轻工
  'mh2023.8.1': { keywords: ['超温', '过热', '自动切断', '熄火保护'] },
  'mh2023.8.2': { keywords: ['乙醇', '报警器', '通风'] },
  'mh2023.8.3': { keywords: ['蒸汽', '明火', '汽化器', '间接加热'] },
  'mh2023.8.4': { keywords: ['压力监测', '压力报警', '切断', '联锁'] },
  'mh2023.8.5': { keywords: ['冷却', '监测', '报警'] },
  'mh2023.8.6': { keywords: SOLVENT_ROOM },
  'mh2023.8.7': { keywords: ['故障电池', '隔离'] },
  // 第九条 纺织
  'mh2023.9.1': { keywords: ['分隔', '防火墙', '独立设置', '单独设置', '隔开'] },
  'mh2023.9.2': { keywords: ['分开存放', '分区', '禁忌', '混放', '混存', '防水', '防潮', '防雨'] },
  // 第十条 烟草
  'mh2023.10.1': { keywords: ['磷化氢', '清点人数', '确认无人', '撤离', '防毒面具', '呼吸器'], kinds: ['engineering', 'management', 'ppe'] },
  'mh2023.10.2': { keywords: ['报警', '联锁'] },
  // 第十一条 粉尘防爆
  'mh2023.11.1': { keywords: ['框架', '单层', '宿舍', '办公室', '休息室', '会议室', '人员聚集'] },
  'mh2023.11.2': { keywords: ['独立', '单独设置', '共用', '连通', '互联', '不接入', '专用工位'] },
  'mh2023.11.3': { keywords: ['泄爆片', '泄爆装置', '泄爆导管', '泄爆口朝向', '惰化', '抑爆', '控爆'] },
  'mh2023.11.4': { keywords: ['负压', '正压', '火花探测'] },
  'mh2023.11.5': { keywords: ['沉降室', '巷道', '砖砌', '金属风管'] },
  'mh2023.11.6': { keywords: ['锁气', '卸灰阀', '卸灰装置', '翻板阀'] },
  'mh2023.11.7': { keywords: ['防爆', '20区'] },
  'mh2023.11.8': { keywords: ['除铁', '除石', '磁选', '火花探测', '金属探测', '金属异物'] },
  'mh2023.11.9': { keywords: ['通风', '排气', '氢气', '防水', '防潮', '防雨', '与水', '远离水'] },
  'mh2023.11.10': { keywords: ['清理', '清扫', '积尘', '吹扫'] },
  // 第十二条 涉氨制冷
  'mh2023.12.1': { keywords: ['载冷剂', '非氨', '直接蒸发'] },
  'mh2023.12.2': { keywords: ['单独作业间', '定员', '9人', '实体分隔'] },
  // 第十三条 有限空间
  'mh2023.13.1': { keywords: ['辨识', '台账', '警示标志', '告知牌'] },
  'mh2023.13.2': { keywords: ['审批', '通风', '检测', '监护'] },
};

/**
 * Whether a measure realises a clause (see the module comment).
 * @param clauseId e.g. 'mh2023.3.2'; a 2017 clause (安监总管四〔2017〕129号) is read through the
 *   2023 clause that took its place (its `successor`); an id with no entry never matches.
 */
export function measureRealisesClause(clauseId: string, m: { kind: MeasureKind; text: string }): boolean {
  const s = CLAUSE_SUBJECTS[clauseId] ?? CLAUSE_SUBJECTS[majorHazardClause(clauseId)?.successor ?? ''];
  if (!s || !(s.kinds ?? DEFAULT_KINDS).includes(m.kind)) return false;
  return s.keywords.some((k) => m.text.includes(k));
}
