/**
 * Emergency-response templates keyed by GB 6441-2025 accident-type code. Our own words (zh-CN,
 * short imperative lines), confidence M (domain-facts §7.2: local practice, not a standard).
 * Types with no template of their own (民用爆炸物品、烟花爆竹、其他可燃固体爆炸、滑坡) fall
 * back to the 其他 template in emergency.ts.
 */
import { GB6441_2025_CODES, type AccidentTypeName2025 } from './accidentTypeCodes';
import type { EmergencyPhone, EmergencyTemplate } from './emergencySchema';

interface Spec {
  type: AccidentTypeName2025;
  title: string;
  also?: readonly AccidentTypeName2025[];
  immediate: readonly string[];
  dont: readonly string[];
  call: readonly string[];
  phones: readonly EmergencyPhone[];
  signs?: readonly string[];
  ppe?: readonly string[];
}

const REPORT = '立即报告班组长和企业应急值班人员';

function template(s: Spec): EmergencyTemplate {
  return {
    key: GB6441_2025_CODES[s.type],
    kind: 'accident-type',
    titleZh: s.title,
    accidentTypes: [s.type, ...(s.also ?? [])].map((n) => GB6441_2025_CODES[n]),
    immediate: [...s.immediate],
    dont: [...s.dont],
    call: [...s.call],
    phones: [...s.phones],
    signIds: (s.signs ?? ['info-first-aid', 'info-emergency-phone']).map((x) => `sign.${x}`),
    ppeIds: (s.ppe ?? []).map((x) => `ppe.${x}`),
    confidence: 'M',
  };
}

export const ACCIDENT_TYPE_TEMPLATES: readonly EmergencyTemplate[] = [
  template({
    type: '物体打击', title: '物体打击应急处置',
    immediate: ['停止作业，确认不会再有物体坠落或倒下', '将伤者移到安全处，头颈受伤者不要随意搬动', '头部出血用干净敷料压迫止血', '观察意识和呼吸，昏迷者侧卧保持气道通畅'],
    dont: ['危险未排除前不要冒险进入施救', '不要给昏迷者喂水、喂药'],
    call: [REPORT, '伤情较重拨打120'], phones: ['internal', '120'], ppe: ['safety-helmet'],
  }),
  template({
    type: '厂（场）内车辆致害', title: '厂内车辆伤害应急处置',
    immediate: ['立即停车、熄火、拉紧手刹', '设置警示，疏导其他车辆和行人', '伤者被压时用千斤顶顶起车辆后救出', '止血、固定骨折，保持呼吸道通畅', '保护现场，等待调查'],
    dont: ['不要强行拖拽被压的伤者', '救人之外不要移动车辆和现场物件'],
    call: [REPORT, '拨打120'], phones: ['internal', '120'], ppe: ['reflective-vest'],
  }),
  template({
    type: '道路（轨道）车辆致害', title: '道路交通事故应急处置',
    immediate: ['开启危险报警闪光灯', '在车后方放置三角警告牌', '人员撤到护栏外安全处', '止血、包扎，不要随意搬动伤者'],
    dont: ['不要在行车道上停留或走动', '不要擅自移动事故车辆'],
    call: ['拨打122报警，伤者拨打120', REPORT], phones: ['122', '120', 'internal'], ppe: ['reflective-vest'],
  }),
  template({
    type: '机械致害', title: '机械伤害应急处置',
    immediate: ['立即按下急停按钮，切断设备电源', '挂牌上锁，防止他人误启动', '肢体被卷入时反转或拆开设备救出', '大出血用干净布加压包扎止血', '断指用干净布包好装袋，外置冰水随伤者送医'],
    dont: ['设备未停稳断电前不要伸手施救', '不要强行拉出被卷入的肢体', '断指不要直接泡水或接触冰块'],
    call: [REPORT, '拨打120'], phones: ['internal', '120'],
  }),
  template({
    type: '起重致害', title: '起重伤害应急处置',
    immediate: ['立即停止吊运，切断起重机电源', '吊物悬空时设警戒，禁止人员进入下方', '用千斤顶、撬杠移开重物救出伤者', '止血、固定骨折，保持呼吸道通畅'],
    dont: ['不要站在悬空吊物下方施救', '吊物未稳定前不要强行起吊'],
    call: [REPORT, '拨打120'], phones: ['internal', '120'], ppe: ['safety-helmet'],
  }),
  template({
    type: '触电', title: '触电应急处置',
    immediate: ['立即拉闸断电', '无法断电时用干燥木棒等绝缘物挑开电线', '断电后检查意识和呼吸', '无呼吸、无脉搏立即做心肺复苏', '烧伤处用干净布覆盖'],
    dont: ['未断电前不要用手直接拉触电者', '不要用金属或潮湿物品挑电线', '高压电线落地时不要靠近，先通知断电'],
    call: [REPORT, '拨打120'], phones: ['internal', '120'], ppe: ['gloves-insulating', 'insulating-shoes'],
  }),
  template({
    type: '淹溺', title: '淹溺应急处置',
    immediate: ['大声呼救，向落水者抛救生圈、绳索或长杆', '穿好救生衣的人员方可下水施救', '救上岸后清除口鼻异物', '无呼吸立即做心肺复苏', '脱去湿衣保暖'],
    dont: ['不要徒手跳入深水或不明液体中施救', '不要倒提控水耽误心肺复苏'],
    call: [REPORT, '拨打120'], phones: ['internal', '120'], ppe: ['life-jacket'],
  }),
  template({
    type: '灼烫', title: '灼烫应急处置',
    immediate: ['迅速脱离热源或化学品', '烫伤处用流动冷水冲洗15分钟以上', '化学灼伤用大量流动清水冲洗15分钟以上', '眼睛溅入用洗眼器冲洗，翻开眼睑', '剪开粘连的衣物，用干净布覆盖创面'],
    dont: ['不要涂牙膏、酱油、油膏', '不要挑破水疱', '化学灼伤不要先用中和剂'],
    call: [REPORT, '拨打120，告知烫伤原因或化学品名称'], phones: ['internal', '120'],
    signs: ['info-eyewash', 'info-safety-shower', 'info-first-aid'], ppe: ['goggles-chemical', 'gloves-chemical'],
  }),
  template({
    type: '火灾', title: '火灾应急处置',
    immediate: ['大声呼喊报警，按下火灾报警按钮', '初起火用就近灭火器或消火栓扑救', '切断着火区域电源、气源', '火势失控立即沿疏散通道撤离', '用湿毛巾捂住口鼻，低姿前进', '到集合点清点人数'],
    dont: ['不要乘坐电梯', '不要返回取物', '电器着火未断电不要用水扑救'],
    call: ['拨打119，说清地址、着火物和有无被困人员', REPORT], phones: ['119', 'internal', '120'],
    signs: ['info-emergency-exit', 'info-assembly-point', 'info-emergency-phone'],
  }),
  template({
    type: '高处坠落', title: '高处坠落应急处置',
    immediate: ['停止作业，确认周围没有坠物危险', '疑有脊柱骨折时保持伤者平卧不动', '止血、包扎，骨折肢体用夹板固定', '昏迷者侧卧，防止呕吐物堵塞气道', '多人平托搬运，用硬板担架'],
    dont: ['不要扶伤者坐起或走动', '不要一人抱头一人抬脚搬运'],
    call: [REPORT, '拨打120'], phones: ['internal', '120'], ppe: ['safety-harness', 'safety-helmet'],
  }),
  template({
    type: '跌落', title: '跌倒摔伤应急处置',
    immediate: ['停止作业，检查头部、手腕、踝部伤情', '怀疑骨折时不要移动，用夹板固定', '扭伤处冷敷，抬高患肢', '清理滑倒、绊倒的隐患'],
    dont: ['不要揉搓扭伤部位', '头部撞击后不要让伤者独自离开'],
    call: [REPORT, '伤情较重拨打120'], phones: ['internal', '120'],
  }),
  template({
    type: '坍塌', title: '坍塌应急处置',
    immediate: ['立即停止作业，撤出危险区域人员', '设置警戒，防止二次坍塌', '判明被埋人员位置，先挖出头部清理口鼻', '用手和小型工具小心挖掘', '长时间被压者保持不动，等待医务人员'],
    dont: ['支护不稳时不要进入坍塌区', '不要用机械盲目挖掘'],
    call: [REPORT, '拨打119、120'], phones: ['internal', '119', '120'], ppe: ['safety-helmet'],
  }),
  template({
    type: '水害', title: '水淹应急处置',
    immediate: ['发现涌水、积水上涨立即报告', '切断进水区域电源', '撤离低洼处人员到高处', '封堵进水口，转移重要物资'],
    dont: ['不要涉水通过可能带电的区域', '不要进入被淹的地下室、地坑'],
    call: [REPORT, '有人被困拨打119'], phones: ['internal', '119'],
  }),
  template({
    type: '容器爆炸', title: '压力容器爆炸应急处置',
    immediate: ['立即撤离现场人员到安全地带', '在安全处切断进料、热源和电源', '设置警戒，禁止无关人员进入', '救出伤者，止血并处理烧烫伤'],
    dont: ['不要靠近仍带压的容器', '未经确认不要重新启动设备'],
    call: [REPORT, '拨打119、120'], phones: ['internal', '119', '120'],
  }),
  template({
    type: '管道爆炸', title: '压力管道爆裂应急处置',
    immediate: ['立即撤离爆裂点附近人员', '在安全处关闭上游阀门，切断介质', '有毒介质泄漏时佩戴呼吸器，从上风向处置', '设置警戒，救出伤者'],
    dont: ['介质未切断前不要靠近爆裂点', '不要在泄漏区使用明火或非防爆电器'],
    call: [REPORT, '拨打119、120'], phones: ['internal', '119', '120'], ppe: ['scba'],
  }),
  template({
    type: '可燃气体爆炸', title: '可燃气体爆炸应急处置',
    immediate: ['立即撤离爆炸区域人员', '在安全处关闭燃气总阀，切断电源', '严禁一切火源', '扑救次生火灾，冷却周围设备', '救出伤者，处理烧伤'],
    dont: ['气源未切断前不要扑灭泄漏燃气的火焰', '泄漏区内不要开关电器、使用手机'],
    call: ['拨打119、120', REPORT], phones: ['119', '120', 'internal'],
    signs: ['info-emergency-exit', 'info-assembly-point', 'info-first-aid'],
  }),
  template({
    type: '可燃液体蒸气爆炸', title: '可燃液体蒸气爆炸应急处置',
    immediate: ['立即撤离人员，切断电源和物料', '严禁一切火源', '用泡沫或干粉灭火器扑救油类火', '用沙土围堵流淌的液体', '救出伤者，处理烧伤'],
    dont: ['不要用水直接扑救油类火灾', '不要在蒸气未散尽时进入'],
    call: ['拨打119、120', REPORT], phones: ['119', '120', 'internal'],
    signs: ['info-emergency-exit', 'info-assembly-point', 'info-first-aid'],
  }),
  template({
    type: '粉尘爆炸', title: '粉尘爆炸应急处置',
    immediate: ['立即停止所有设备，切断电源', '撤离人员，防止二次爆炸', '用喷雾水或灭火器轻柔扑救，避免扬尘', '金属粉尘着火用D类灭火器或干沙覆盖', '救出伤者，处理烧伤'],
    dont: ['不要用水柱或压缩空气冲击积尘', '金属粉尘着火不要用水', '爆炸后不要立即进入除尘器等设备内部'],
    call: ['拨打119、120', REPORT], phones: ['119', '120', 'internal'],
    signs: ['info-emergency-exit', 'info-assembly-point', 'info-first-aid'],
  }),
  template({
    type: '高温熔融物爆炸', title: '高温熔融金属喷溅爆炸应急处置',
    also: ['灼烫'],
    immediate: ['立即停止浇注、吊运，撤离喷溅区人员', '切断冷却水等进水源，防止水进入熔体', '熔体外泄时引入事故坑或用干沙围堵', '扑救被引燃的可燃物', '救出伤者，处理烧烫伤'],
    dont: ['不要用水扑救熔融金属', '不要靠近未凝固的熔融物', '不要用潮湿工具接触熔融物'],
    call: ['拨打119、120', REPORT], phones: ['119', '120', 'internal'], ppe: ['heat-suit', 'gloves-heat', 'face-shield'],
  }),
  template({
    type: '中毒', title: '急性中毒应急处置',
    immediate: ['施救者先佩戴正压式空气呼吸器', '将中毒者移到上风向空气新鲜处', '解开衣领，保持呼吸道通畅', '呼吸心跳停止立即做心肺复苏', '皮肤沾染时脱去污染衣物，用清水冲洗'],
    dont: ['无防护不要进入毒物区域施救', '不要用普通口罩代替呼吸器'],
    call: [REPORT, '拨打120，告知毒物名称'], phones: ['internal', '120', '119'], ppe: ['scba'],
  }),
  template({
    type: '窒息', title: '缺氧窒息应急处置',
    immediate: ['立即停止作业，呼叫监护人', '向空间内强制通风送风', '施救者佩戴正压式空气呼吸器、系安全绳后进入', '将伤者救到空气新鲜处', '无呼吸立即做心肺复苏'],
    dont: ['不要盲目进入有限空间施救', '不要用纯氧通风'],
    call: [REPORT, '拨打120、119'], phones: ['internal', '120', '119'], ppe: ['scba', 'safety-harness'],
  }),
  template({
    type: '泄漏', title: '泄漏应急处置',
    immediate: ['发现泄漏立即报告，撤离无关人员', '穿戴防护用品，从上风向接近', '关闭阀门，切断泄漏源', '用沙土、吸附棉围堵泄漏物', '泄漏区内禁止一切火源'],
    dont: ['无防护不要处置有毒或腐蚀性介质', '不要把泄漏物冲入下水道'],
    call: [REPORT, '无法控制时拨打119'], phones: ['internal', '119'], ppe: ['gloves-chemical', 'goggles-chemical', 'scba'],
  }),
  template({
    type: '其他', title: '一般伤害应急处置',
    immediate: ['停止作业，消除危险源', '将伤者转移到安全处', '止血、包扎、固定', '观察伤者意识和呼吸'],
    dont: ['不要冒险施救扩大伤亡'],
    call: [REPORT, '伤情较重拨打120'], phones: ['internal', '120'],
  }),
];
