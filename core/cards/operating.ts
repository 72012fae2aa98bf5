/**
 * 岗位安全操作卡 (domain-facts §7.2 [M]: post, steps before / during / after work, key risk points
 * per step, prohibited actions, PPE). Not a national format; common local practice.
 *
 * Derived steps (when the post has no edit of its own) are what the worker does, taken clause by
 * clause (./clauses.ts) from the management and PPE measures of the post's hazards, highest level
 * first:
 * - worker actions only: records, registers, inspections by period, issuing, approving and other
 *   management clauses are left to the register and the checklists; measures of the enterprise
 *   level are management as a whole; engineering and training measures are not steps;
 * - PPE is printed once, in the PPE box, never as a step;
 * - the stage comes from the words of the step: checks before starting (作业前, 开机前, 每班,
 *   试冲, 确认…完好 …) → 作业前; closing the work (作业后, 下班, 离车, 完工, 归位 …) → 作业后;
 *   the rest → 作业中;
 * - prohibitions (禁止 / 严禁 / 不得 …) become 禁止事项, worded “…禁止…”; a clause without its
 *   object (“程序转速不得超过”) is dropped, never printed cut;
 * - near-duplicate steps are printed once.
 * The key risk point of a step is the harm its hazard leads to: '<accident type>：<consequence>'
 * with the level in words, e.g. '机械致害：手指、手掌被压伤或截断（较大）'.
 * Stages left empty get short generic steps (our own wording): 作业前 and 作业中 always, 作业后 only
 * for a post that runs machines (stopping and isolating a machine means nothing elsewhere); an
 * empty 作业后 of another post is left off the card.
 */
import type { RiskLevel } from '../model/vocab';
import { measureClauses } from './clauses';
import { aboutTheCard, dedupeNear, levelShort, levelText, similarity, type CardHazard, type PostFacts } from './facts';
import { cardHead, PUBLIC_PHONES, type CardHead, type CardIssue, type PhoneLine } from './content';
import type { CardResponsible } from './responsible';
import { OPERATING_STAGE_ZH, OPERATING_STAGES, type OperatingEdit, type OperatingStage, type OperatingStep } from './schema';

export const OPERATING_CARD_TITLE = '岗位安全操作卡';

/**
 * Generic steps for a stage that would otherwise be empty (our own wording), for posts with and
 * without machines; a vehicle's pre-use check (制动、转向、喇叭、灯光、货叉 — common practice for
 * 场（厂）内专用机动车辆) opens 作业前 of a driver's card when no derived step checks the vehicle.
 */
export const VEHICLE_CHECK = '启动前检查制动、转向、喇叭、灯光、货叉和链条完好，确认周围无人后再起步';
export const GENERIC_STEPS: Readonly<Record<'machine' | 'other', Readonly<Record<OperatingStage, readonly string[]>>>> = {
  machine: {
    before: ['检查设备、安全防护装置和急停按钮完好，确认危险区域内无人后再开机'],
    during: ['按操作规程作业，精力集中，不离岗、不串岗', '发现异常立即停机，报告班组长'],
    after: ['停机并切断电源，清理设备和作业现场，工具归位'],
  },
  other: {
    before: ['检查作业环境、工具和防护设施完好，确认作业区域安全'],
    during: ['按操作规程作业，发现异常立即停止作业，报告负责人'],
    after: [],
  },
};

/** The key risk point of a hazard: '机械致害：手指被压伤（较大）'. */
export function keyRiskPoint(h: CardHazard): string {
  const harm = h.hazard.consequence || h.text;
  const types = h.accidentTypes.join('、');
  return `${types ? `${types}：` : ''}${harm}（${levelShort(h.level)}）`;
}

/** Steps and prohibitions derived from the post's hazards (before any edit). */
export function derivedOperating(f: PostFacts): OperatingEdit {
  const out: OperatingEdit = { before: [], during: [], after: [], prohibited: [] };
  const all: string[] = [];
  const add = (stage: OperatingStage, text: string, risk: string) => {
    if (all.some((t) => t === text || similarity(t, text) >= 0.75)) return;
    all.push(text);
    out[stage].push({ text, risk });
  };
  const prohibited: string[] = [];
  for (const h of f.hazards) {
    const risk = keyRiskPoint(h);
    for (const m of h.hazard.measures) {
      if ((m.kind !== 'management' && m.kind !== 'ppe') || aboutTheCard(m.text)) continue;
      for (const c of measureClauses(m.text, { enterprise: m.level === 'enterprise' })) {
        if (c.kind === 'action') add(c.stage, c.text, risk);
        else if (c.kind === 'prohibit') prohibited.push(c.text);
      }
    }
  }
  out.prohibited = dedupeNear(prohibited, 0.75);
  if (f.vehicle && !out.before.some((st) => /检查/.test(st.text))) out.before.unshift({ text: VEHICLE_CHECK, risk: '' });
  const generic = GENERIC_STEPS[f.machines ? 'machine' : 'other'];
  for (const s of OPERATING_STAGES) if (out[s].length === 0) out[s] = generic[s].map((text) => ({ text, risk: '' }));
  return out;
}

/** The operating card's steps in use: the post's own edit, else the derived ones. */
export function operatingInUse(f: PostFacts): { steps: OperatingEdit; edited: boolean } {
  const edit = f.record?.operating;
  return edit ? { steps: edit, edited: true } : { steps: derivedOperating(f), edited: false };
}

export interface OperatingCardContent {
  kind: 'operating';
  title: string;
  head: CardHead;
  level: RiskLevel | null;
  levelText: string;
  stages: { stage: OperatingStage; title: string; steps: OperatingStep[] }[];
  prohibited: string[];
  ppe: string[];
  /** True when the steps are the post's own edit. */
  edited: boolean;
  responsible: CardResponsible | null;
  supervisor: CardResponsible | null;
  internalPhone: string;
  phones: PhoneLine[];
}

export function operatingCardContent(f: PostFacts, issue: CardIssue): OperatingCardContent {
  const { steps, edited } = operatingInUse(f);
  return {
    kind: 'operating',
    title: OPERATING_CARD_TITLE,
    head: cardHead(f, issue, 'operating'),
    level: f.level,
    levelText: levelText(f.level),
    // a stage without steps (作业后 of a post without machines) is left off the card
    stages: OPERATING_STAGES.map((stage) => ({ stage, title: OPERATING_STAGE_ZH[stage], steps: steps[stage] })).filter((st) => st.steps.length > 0),
    prohibited: steps.prohibited,
    ppe: f.ppe,
    edited,
    responsible: f.responsible,
    supervisor: f.supervisor,
    internalPhone: f.internalPhone,
    phones: PUBLIC_PHONES.slice(0, 2),
  };
}
