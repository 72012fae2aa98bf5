/**
 * 应急管理部令第10号 《工贸企业重大事故隐患判定标准》 (adopted 2023-03-20, in force 2023-05-15):
 * all 64 clauses — 第三条 管理类 3, 第四–十条 行业类 47, 第十一–十三条 专项类 14 (10 + 2 + 2) —
 * in our own words. Counts [V] (domain-facts §6.1).
 *
 * Confidence: 第三条 [V] (P-by1723, P-anzhuopai); 第十一条 dust [V] (P-czlst, P-taowenge);
 * 第十二条 ammonia [V] (P-aqrzj-10, P-110ask); 第十三条 confined spaces [V] (P-aqrzj-10; its
 * wording M, which does not matter as we paraphrase). Industry articles: see their files.
 * §14 (failed monitoring/alarm/protection devices also count) [M] is a rule, not a clause, and
 * is kept as MH2023_ARTICLE_14_NOTE.
 */
import { article2023 } from './mh2023Build';
import { MH2023_METALLURGY, MH2023_NONFERROUS } from './mh2023Metal';
import {
  MH2023_BUILDING_MATERIALS, MH2023_LIGHT, MH2023_MACHINERY, MH2023_TEXTILE, MH2023_TOBACCO,
} from './mh2023Industry';
import type { MajorHazardClause } from './majorHazardSchema';

export const MH2023_GENERAL: readonly MajorHazardClause[] = article2023({ article: 3, group: 'general' }, [
  ['未对承包单位、承租单位的安全生产统一协调、管理，或未定期对其进行安全检查',
    '查承包、承租单位安全管理协议、统一协调记录和定期检查记录', 'V'],
  ['特种作业人员未经专门的安全作业培训、未取得相应资格即上岗作业',
    '核对电工、焊工等特种作业人员的操作证及有效期', 'V'],
  ['金属冶炼企业主要负责人、安全生产管理人员未按规定经考核合格',
    '查主要负责人和安全管理人员的考核合格证明', 'V', ['metalSmelting']],
]);

export const MH2023_DUST: readonly MajorHazardClause[] = article2023(
  { article: 11, group: 'special', special: 'dust', flags: ['dustExplosion'] },
  [
    ['粉尘爆炸危险场所设在非框架结构的多层建（构）筑物内，或在其中设有宿舍、会议室、办公室、休息室等',
      '查看涉粉厂房结构，区域内有无宿舍、办公、休息等人员聚集房间', 'V'],
    ['不同类别的可燃性粉尘或粉尘与可燃气体共用一套除尘系统，或不同建筑、防火分区的除尘系统互联互通',
      '查看除尘系统划分和风管走向', 'V'],
    ['干式除尘系统未采取泄爆、惰化、抑爆等任一控爆措施', '查看除尘器泄爆、惰化或抑爆装置', 'V'],
    ['铝镁等金属粉尘采用正压吹送收集，或其他粉尘正压吹送未设火花探测消除装置',
      '查看输送方式和火花探测消除装置', 'V'],
    ['采用粉尘沉降室除尘，或用干式巷道式构筑物作除尘风道', '查看除尘方式和风道结构', 'V'],
    ['铝镁等金属粉尘或木质粉尘的干式除尘系统未设锁气卸灰装置', '查看除尘器灰斗锁气卸灰装置', 'V'],
    ['除尘器、收尘仓等粉尘爆炸危险20区内电气设备不防爆', '查看20区内电气设备防爆标志和合格证', 'V'],
    ['粉碎、研磨、造粒等工艺前未设去除铁、石等异物的装置，或木制品砂光机风管未设火花探测消除装置',
      '查看除铁、除石装置和砂光风管火花探测消除装置', 'V'],
    ['遇湿自燃金属粉尘收集、堆放、储存场所未通风防氢气积聚，或干式收集、储存未防水防潮',
      '查看金属粉尘储存场所通风和防水防潮措施', 'V'],
    ['未落实粉尘清理制度，作业现场积尘未及时清理', '查清扫记录，查看设备、地面、梁架积尘情况', 'V'],
  ],
);

export const MH2023_AMMONIA: readonly MajorHazardClause[] = article2023(
  { article: 12, group: 'special', special: 'ammonia', flags: ['ammoniaRefrigeration'] },
  [
    ['包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷', '查看包装、分割、整理间空调制冷方式', 'V'],
    ['快速冻结装置未设在单独作业间内，或作业间内作业人员超过9人', '查看速冻间设置并清点作业人数', 'V'],
  ],
);

export const MH2023_CONFINED: readonly MajorHazardClause[] = article2023(
  { article: 13, group: 'special', special: 'confined', flags: ['confinedSpace'] },
  [
    ['未辨识有限空间、建立管理台账，并且未设置明显的安全警示标志', '查有限空间台账，查看现场警示标志', 'V'],
    ['未落实有限空间作业审批，或未执行“先通风、再检测、后作业”，或未设专人监护', '查作业审批单、气体检测记录和监护人在岗情况', 'V'],
  ],
);

/** 第十四条 [M]: a rule applying to all clauses above. */
export const MH2023_ARTICLE_14_NOTE =
  '本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置失效或无效的，同样判定为重大事故隐患（条款内容待核实）';

/** All 64 clauses in article order. */
export const MH2023_CLAUSES: readonly MajorHazardClause[] = [
  ...MH2023_GENERAL,
  ...MH2023_METALLURGY,
  ...MH2023_NONFERROUS,
  ...MH2023_BUILDING_MATERIALS,
  ...MH2023_MACHINERY,
  ...MH2023_LIGHT,
  ...MH2023_TEXTILE,
  ...MH2023_TOBACCO,
  ...MH2023_DUST,
  ...MH2023_AMMONIA,
  ...MH2023_CONFINED,
];
