/**
 * Emergency-response templates for scenarios that cut across accident types (ammonia leak,
 * chemical splash, gas leak, confined-space rescue, heatstroke). Our own words, confidence M
 * (domain-facts §7.2).
 */
import { GB6441_2025_CODES, type AccidentTypeName2025 } from './accidentTypeCodes';
import type { EmergencyPhone, EmergencyTemplate } from './emergencySchema';

const REPORT = '立即报告班组长和企业应急值班人员';

function scenario(
  key: string, titleZh: string, types: readonly AccidentTypeName2025[],
  immediate: readonly string[], dont: readonly string[], call: readonly string[], phones: readonly EmergencyPhone[],
  signs: readonly string[], ppe: readonly string[],
): EmergencyTemplate {
  return {
    key, kind: 'scenario', titleZh,
    accidentTypes: types.map((n) => GB6441_2025_CODES[n]),
    immediate: [...immediate], dont: [...dont], call: [...call], phones: [...phones],
    signIds: signs.map((s) => `sign.${s}`), ppeIds: ppe.map((p) => `ppe.${p}`),
    confidence: 'M',
  };
}

export const SCENARIO_TEMPLATES: readonly EmergencyTemplate[] = [
  scenario('ammonia-leak', '液氨泄漏应急处置', ['中毒', '泄漏', '灼烫'],
    ['发现漏氨立即报告，启动事故排风', '用湿毛巾捂住口鼻，向上风向或侧风向撤离', '处置人员穿防化服、戴正压式空气呼吸器', '关闭泄漏点前后阀门', '用雾状水稀释吸收氨气', '皮肤眼睛沾氨用大量清水冲洗15分钟以上'],
    ['不要向液氨积液直接喷水', '不要往下风向撤离', '泄漏区内不要使用非防爆电器'],
    [REPORT, '拨打119、120'], ['internal', '119', '120'],
    ['info-eyewash', 'info-safety-shower', 'info-assembly-point'], ['scba', 'chemical-suit', 'gloves-chemical']),
  scenario('chemical-splash', '化学品溅入眼睛或皮肤应急处置', ['灼烫', '泄漏'],
    ['立即用大量流动清水冲洗15分钟以上', '眼睛溅入用洗眼器冲洗，翻开眼睑', '脱去被污染的衣物和鞋袜', '按化学品安全技术说明书的急救措施处理'],
    ['不要揉眼', '不要先用中和剂', '不要等出现症状再冲洗'],
    [REPORT, '拨打120，带上化学品标签或说明书'], ['internal', '120'],
    ['info-eyewash', 'info-safety-shower', 'info-first-aid'], ['goggles-chemical', 'gloves-chemical']),
  scenario('gas-leak', '燃气、煤气泄漏应急处置', ['中毒', '可燃气体爆炸', '泄漏'],
    ['立即关闭燃气阀门', '打开门窗自然通风', '人员撤到上风向安全处', '到泄漏区外再打电话报告', '煤气中毒者移到空气新鲜处'],
    ['不要开关电灯、电器或使用手机', '不要使用明火或敲击金属'],
    [REPORT, '拨打119，有人中毒拨打120'], ['internal', '119', '120'],
    ['info-assembly-point', 'info-first-aid'], ['scba']),
  scenario('confined-space', '有限空间作业事故救援', ['中毒', '窒息'],
    ['监护人立即呼叫求援，不得进入', '通过安全绳将作业人员拉出', '启动强制通风', '救援人员佩戴正压式空气呼吸器、系安全绳后进入', '救出后无呼吸立即做心肺复苏'],
    ['禁止无防护盲目施救', '不要用纯氧通风'],
    [REPORT, '拨打120、119'], ['internal', '120', '119'],
    ['info-first-aid', 'info-emergency-phone'], ['scba', 'safety-harness']),
  scenario('heatstroke', '中暑应急处置', ['其他'],
    ['将中暑者移到阴凉通风处', '松开衣服，用冷水擦身降温', '清醒者少量多次喝淡盐水', '昏迷者侧卧，保持呼吸道通畅'],
    ['不要给昏迷者喂水', '不要让中暑者继续作业'],
    [REPORT, '症状较重拨打120'], ['internal', '120'],
    ['info-first-aid'], []),
];
