/**
 * 职业病危害告知卡 (GBZ 158-2003 annex D; 安监总厅安健〔2014〕111号, domain-facts §7.3): for posts
 * exposed to noise, dust, heat or toxic substances, each agent with its health effects, protective
 * measures, first aid, and the latest monitoring result, limit and date — fields filled from the
 * post's stored monitoring record, else printed as lines to fill in.
 *
 * Exposure is read from the post's hazards: library hazards by their section (职业危害 › 噪声 /
 * 粉尘 / 高温 / 有毒物质, ids lib.gg.zy.zs|fc|gw|yd.*), any hazard with GB/T 13861 code 2104 (噪声),
 * and custom or imported hazards by keywords in their text. Health effects, protection and first
 * aid are general lines in our own words (confidence M); the post's own worker measures for that
 * agent (its PPE measures and the worker actions of its management measures, ./clauses.ts) are
 * added after them — engineering and enterprise-level measures of a generic library hazard
 * (“投料采用密闭或负压投料”) say nothing to this post's worker and stay in the register.
 * Exposure limits are not invented: they come from the monitoring record, and the card judges the
 * result against it (monitoringJudgement: 合格 / 超标, with what to do when over).
 * Each agent gets its warning sign and its mandatory sign; GB 2894 has no 注意防尘 / 噪声有害
 * warning (those are GBZ 158 signs), so dust and noise show the general warning 注意安全 captioned
 * with the GBZ 158 wording. Signs follow the 111号 order (prohibition → warning → mandatory →
 * information). The phones are 医疗急救 120 and 12320 (卫生健康热线, occupational-health advice).
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard } from '../model/hazards';
import { sortSignIds, SIGN_ORDER_OCCUPATIONAL_HEALTH } from '../standards/signOrder';
import { emergencyTemplate } from '../standards/emergency';
import { measureClauses } from './clauses';
import { aboutTheCard, dedupeNear, signTitle, type PostFacts } from './facts';
import { cardHead, type CardHead, type CardIssue, type PhoneLine } from './content';
import { hazardsOfPost } from '../model/hazardOps';
import { OCCUPATIONAL_AGENTS, type Monitoring, type OccupationalAgent } from './schema';
import type { CardResponsible } from './responsible';

export const OCCUPATIONAL_CARD_TITLE = '职业病危害告知卡';

interface AgentTemplate {
  name: string;
  librarySection: string;
  keywords: RegExp;
  health: string[];
  protection: string[];
  firstAid: string[];
  /** Mandatory signs of the agent (its PPE). */
  signs: string[];
  /** The warning sign and its caption (GBZ 158 wording where GB 2894 has no own sign). */
  warning: { id: string; caption: string };
  /** What to do when the monitoring result is over the limit. */
  overLimit: string;
}

export const AGENT_TEMPLATES: Readonly<Record<OccupationalAgent, AgentTemplate>> = {
  noise: {
    name: '噪声',
    librarySection: 'lib.gg.zy.zs.',
    keywords: /噪声/,
    health: ['长期接触可使听力逐渐下降，直至职业性噪声聋', '可引起头痛、耳鸣、失眠、血压升高', '掩盖警报和口令，容易引发其他事故'],
    protection: ['进入噪声区全程佩戴耳塞或耳罩，正确插入、戴紧', '尽量减少在高噪声设备旁停留的时间', '按规定参加上岗前、在岗期间和离岗时的职业健康检查（听力）'],
    firstAid: ['出现耳鸣、耳闷、听力下降时及时报告并到医院检查', '突然受强噪声冲击后离开噪声区休息，症状不消失时就医'],
    signs: ['sign.must-ear-protection'],
    warning: { id: 'sign.warn-general', caption: '噪声有害' },
    overLimit: '采取隔声、消声、减振措施降低噪声，全程佩戴护耳器，缩短接触时间，治理后重新检测',
  },
  dust: {
    name: '粉尘',
    librarySection: 'lib.gg.zy.fc.',
    keywords: /粉尘|尘肺|矽尘|扬尘/,
    health: ['长期吸入可引起尘肺病等慢性肺部疾病', '刺激眼睛、皮肤和呼吸道，引起咳嗽、胸闷'],
    protection: ['作业前确认除尘、排风设施正常运行', '佩戴防颗粒物口罩（KN95 及以上）并做密合检查，滤棉按期更换', '用湿式或负压方式清扫，不用压缩空气吹扫', '按规定参加职业健康检查（胸片）'],
    firstAid: ['眼睛进入粉尘时用清水冲洗，不要揉眼', '出现持续咳嗽、胸闷、气短时及时就医并说明接尘史'],
    signs: ['sign.must-dust-mask'],
    warning: { id: 'sign.warn-general', caption: '注意防尘' },
    overLimit: '检修和完善除尘、排风设施，佩戴防颗粒物口罩（KN95 及以上），治理后重新检测',
  },
  heat: {
    name: '高温',
    librarySection: 'lib.gg.zy.gw.',
    keywords: /高温作业|中暑|热辐射|高温环境/,
    health: ['可致中暑（热痉挛、热衰竭、热射病），重者危及生命', '大量出汗造成脱水和体内盐分丢失'],
    protection: ['合理安排作息，避开一天中最热的时段', '及时补充含盐清凉饮料，少量多次饮用', '穿戴隔热服、隔热手套等防护用品', '身体不适时立即停止作业并报告'],
    firstAid: [],
    signs: [],
    warning: { id: 'sign.warn-hot-surface', caption: '当心高温表面' },
    overLimit: '采取隔热、通风降温措施，调整作息时间，供应含盐清凉饮料，治理后重新检测',
  },
  toxic: {
    name: '有毒物质',
    librarySection: 'lib.gg.zy.yd.',
    keywords: /有毒|毒物|职业中毒|苯|甲醛|硫化氢|一氧化碳|氰化/,
    health: ['经呼吸道、皮肤或消化道进入人体，可引起急性或慢性中毒', '可损害神经、血液、呼吸系统和肝、肾等器官'],
    protection: ['作业时开启通风排毒设施，密闭容器用后及时盖严', '佩戴与毒物相符的防毒面具，滤毒罐按期更换', '戴防护手套，避免皮肤直接接触', '作业场所内不饮食、不吸烟，下班前洗手更衣', '按规定参加职业健康检查'],
    firstAid: ['立即将中毒者移到空气新鲜处，松开衣领，保持呼吸道通畅', '皮肤沾染时脱去污染衣物，用大量清水冲洗', '呼吸、心跳停止时立即做心肺复苏', '拨打120，告知接触的化学品名称'],
    signs: ['sign.must-gas-mask', 'sign.must-protective-gloves'],
    warning: { id: 'sign.warn-poisoning', caption: '当心中毒' },
    overLimit: '检修和加强通风排毒设施，密闭逸散点，佩戴防毒面具，治理后重新检测',
  },
};

/** The agents a hazard exposes a worker to. */
export function agentsOfHazard(h: Hazard): OccupationalAgent[] {
  return OCCUPATIONAL_AGENTS.filter((a) => {
    const t = AGENT_TEMPLATES[a];
    if (h.source.kind === 'library') return h.source.libraryId.startsWith(t.librarySection) || (a === 'noise' && h.factorCode === '2104');
    return t.keywords.test(h.text) || (a === 'noise' && h.factorCode === '2104');
  });
}

/** The agents of a post with the hazards behind each, in OCCUPATIONAL_AGENTS order. */
export function occupationalAgentsOfPost(doc: EnterpriseFile, postId: string): { agent: OccupationalAgent; hazards: Hazard[] }[] {
  const hz = hazardsOfPost(doc, postId);
  return OCCUPATIONAL_AGENTS.map((agent) => ({ agent, hazards: hz.filter((h) => agentsOfHazard(h).includes(agent)) })).filter((x) => x.hazards.length > 0);
}

/** Posts that need a 职业病危害告知卡. */
export function occupationalPosts(doc: EnterpriseFile): string[] {
  return doc.posts.filter((p) => occupationalAgentsOfPost(doc, p.id).length > 0).map((p) => p.id);
}

export interface OccupationalAgentBlock {
  agent: OccupationalAgent;
  /** '噪声' or the monitored substance, e.g. '粉尘（铝尘）'. */
  name: string;
  /** 理化特性 of the named substances ('' when none is known: the card points to the SDS or leaves it out). */
  properties: string;
  health: string[];
  protection: string[];
  firstAid: string[];
  /** `results`: the result split per substance ('甲苯 12.5 mg/m³', '二甲苯 18.0 mg/m³'). */
  monitoring: { result: string; results: string[]; limit: string; date: string; judgement: MonitoringJudgement; action: string };
}

export interface OccupationalCardContent {
  kind: 'occupational';
  title: string;
  head: CardHead;
  agents: OccupationalAgentBlock[];
  signs: { id: string; title: string }[];
  responsible: CardResponsible | null;
  supervisor: CardResponsible | null;
  internalPhone: string;
  phones: PhoneLine[];
}

/** '合格' | '超标' | '' (no result, or result and limit not comparable: the card prints a blank). */
export type MonitoringJudgement = '合格' | '超标' | '';

function values(s: string): number[] {
  const plain = s.replace(/mg\/m[3³]|m[3³]|dB\(A\)|PC-TWA|PC-STEL|MAC|GBZ\s*[\d.]+(?:-\d+)?/gi, ' ');
  return [...plain.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/**
 * Judges a monitoring result against the limit the report gave: every value of the result (one per
 * substance) against the single limit, or value by value when the limit lists as many values.
 * Over the limit = 超标 (GBZ 2.1-2019 / GBZ 2.2-2007 exposure limits are upper bounds; a result
 * equal to the limit is within it). '' when either side has no number or the counts do not match.
 */
export function monitoringJudgement(result: string, limit: string): MonitoringJudgement {
  const r = values(result);
  const l = values(limit);
  if (r.length === 0 || l.length === 0) return '';
  if (l.length === 1) return r.every((v) => v <= l[0]!) ? '合格' : '超标';
  if (l.length === r.length) return r.every((v, i) => v <= l[i]!) ? '合格' : '超标';
  return '';
}

/**
 * 理化特性 of common substances of the sample industries (general knowledge, confidence M; the
 * enterprise's SDS is the reference). Unknown substances print “见化学品安全技术说明书（SDS）”.
 */
export const SUBSTANCE_PROPERTIES: Readonly<Record<string, string>> = {
  苯: '无色透明液体，有芳香气味，易挥发、易燃，蒸气与空气可形成爆炸性混合物',
  甲苯: '无色透明液体，有芳香气味，易挥发、易燃，蒸气与空气可形成爆炸性混合物',
  二甲苯: '无色透明液体，有芳香气味，易挥发、易燃，蒸气与空气可形成爆炸性混合物',
  甲醛: '无色气体，有强烈刺激性气味，易溶于水，其水溶液为福尔马林',
  铝尘: '银白色轻金属粉尘，遇明火、高温可燃烧，悬浮粉尘可发生爆炸，着火时禁止用水扑救',
};

/** 理化特性 of a substance list ('甲苯、二甲苯'): the known lines, merged when equal. */
export function substanceProperties(substance: string): string {
  const names = substance.split(/[、，,；;\s]+/).map((x) => x.replace(/^其他粉尘（|）$/g, '').trim()).filter(Boolean);
  const known = names.filter((n) => SUBSTANCE_PROPERTIES[n]);
  if (!known.length) return '';
  const groups = new Map<string, string[]>();
  for (const n of known) groups.set(SUBSTANCE_PROPERTIES[n]!, [...(groups.get(SUBSTANCE_PROPERTIES[n]!) ?? []), n]);
  return [...groups].map(([text, ns]) => (known.length > 1 ? `${ns.join('、')}：${text}` : text)).join('；');
}

/** The post's own worker measures of an agent's hazards: the PPE, action and prohibition clauses of its PPE and management measures. */
function workerMeasures(hazards: readonly Hazard[]): string[] {
  return hazards.flatMap((h) =>
    h.measures
      .filter((x) => !aboutTheCard(x.text) && x.level !== 'enterprise' && (x.kind === 'ppe' || x.kind === 'management'))
      .flatMap((x) => measureClauses(x.text).filter((c) => c.kind !== 'mgmt').map((c) => c.text)),
  );
}

export function occupationalCardContent(doc: EnterpriseFile, f: PostFacts, issue: CardIssue): OccupationalCardContent {
  const agents = occupationalAgentsOfPost(doc, f.post.id);
  const monitoring = (a: OccupationalAgent): Monitoring | undefined => f.record?.monitoring.find((m) => m.agent === a);
  const heatAid = emergencyTemplate('heatstroke')?.immediate ?? [];
  const warnings = agents.map((a) => AGENT_TEMPLATES[a.agent].warning);
  const mandatory = sortSignIds(agents.flatMap((a) => AGENT_TEMPLATES[a.agent].signs), SIGN_ORDER_OCCUPATIONAL_HEALTH);
  const seenCaption = new Set<string>();
  return {
    kind: 'occupational',
    title: OCCUPATIONAL_CARD_TITLE,
    head: cardHead(f, issue, 'occupational'),
    agents: agents.map(({ agent, hazards }) => {
      const t = AGENT_TEMPLATES[agent];
      const m = monitoring(agent);
      const result = m?.result ?? '';
      const limit = m?.limit ?? '';
      const judgement = monitoringJudgement(result, limit);
      const props = m?.substance ? substanceProperties(m.substance) : '';
      return {
        agent,
        name: m?.substance ? `${t.name}（${m.substance}）` : t.name,
        properties: props || (agent === 'toxic' ? '见化学品安全技术说明书（SDS）' : ''),
        health: [...t.health],
        protection: dedupeNear([...t.protection, ...workerMeasures(hazards)], 0.6),
        firstAid: agent === 'heat' ? [...heatAid] : [...t.firstAid],
        monitoring: {
          result,
          results: result.split(/[，,；;]\s*/).map((x) => x.trim()).filter(Boolean),
          limit,
          date: m?.date ?? '',
          judgement,
          action: judgement === '超标' ? t.overLimit : '',
        },
      };
    }),
    // warnings first in 111号 order after the prohibitions (there are none here), then the mandatory signs
    signs: [
      ...warnings.filter((w) => (seenCaption.has(w.caption) ? false : (seenCaption.add(w.caption), true))).map((w) => ({ id: w.id, title: w.caption })),
      ...mandatory.map((id) => ({ id, title: signTitle(id) })),
    ],
    responsible: f.responsible,
    supervisor: f.supervisor,
    internalPhone: f.internalPhone,
    phones: [
      { label: '医疗急救', number: '120' },
      { label: '卫生健康热线（职业卫生咨询）', number: '12320' },
    ],
  };
}
