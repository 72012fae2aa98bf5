/**
 * 应急处置卡 (domain-facts §7.2 [M]): the post's likely emergencies, from the accident types of its
 * hazards (highest level first; the general 其他 template only when no other applies), each with
 * the standards' template (core/standards/emergency.ts):
 * immediate actions, what not to do, whom to call and the numbers; then the post's own emergency
 * measures from its hazards, and where the emergency equipment is (a per-post field, left as a
 * line to fill in by hand when not recorded).
 *
 * Scenario templates that cut across types (ammonia leak, chemical splash, gas leak, confined-space
 * rescue, heatstroke) are added when one of the post's hazards names the situation (keywords
 * below) — a post with 中毒 from paint solvents does not get the ammonia card, and a 可燃气体报警
 * 装置 is not a gas supply (no 燃气泄漏 card for the paint room).
 * Titles name the accident type in GB 6441-2025 words (机械致害应急处置, not 机械伤害 of 1986).
 * The post's own emergency measures are printed as immediate actions only (preparation such as
 * 配备灭火器 or 编制预案 is left to the register), without near-duplicates of the template lines.
 */
import type { RiskLevel } from '../model/vocab';
import { GB6441_2025_CODES } from '../standards/accidentTypeCodes';
import { emergencyTemplate, emergencyTemplateForType } from '../standards/emergency';
import { EMERGENCY_PHONE_ZH, type EmergencyPhone, type EmergencyTemplate } from '../standards/emergencySchema';
import { accidentTypeByCode } from '../standards/accidentTypes';
import { levelText, similarity, type PostFacts } from './facts';
import { cardHead, ownEmergencyActions, PUBLIC_PHONES, type CardHead, type CardIssue, type PhoneLine } from './content';
import type { CardResponsible } from './responsible';

export const EMERGENCY_CARD_TITLE = '应急处置卡';

/** Scenario template id → words in a hazard (text, place, riskPoint name) that call for it. */
export const SCENARIO_KEYWORDS: Readonly<Record<string, RegExp>> = {
  'ammonia-leak': /液氨|氨制冷|漏氨|氨气/,
  'chemical-splash': /酸|碱|腐蚀|化学品溅|溅入眼/,
  'gas-leak': /(?<!可)燃气|煤气|天然气|液化气|液化石油气/,
  'confined-space': /有限空间|受限空间|污水池|窨井|储罐内/,
  heatstroke: /高温作业|中暑|热辐射/,
};

export interface EmergencyScenario {
  key: string;
  title: string;
  immediate: string[];
  dont: string[];
  call: string[];
  /** '企业应急电话 0575-…', '医疗急救 120' … */
  phones: string[];
}

export interface EmergencyCardContent {
  kind: 'emergency';
  title: string;
  head: CardHead;
  level: RiskLevel | null;
  levelText: string;
  scenarios: EmergencyScenario[];
  /** The hazards' own emergency measures. */
  own: string[];
  /** '' = not recorded (print a line to fill in). */
  equipmentLocation: string;
  responsible: CardResponsible | null;
  supervisor: CardResponsible | null;
  internalPhone: string;
  phones: PhoneLine[];
}

/** The printed title of a template: accident types in GB 6441-2025 words, scenarios as written. */
export function emergencyTitle(t: EmergencyTemplate): string {
  if (t.kind !== 'accident-type') return t.titleZh;
  const name = accidentTypeByCode(t.key)?.nameZh;
  return name ? `${name === '其他' ? '其他伤害' : name}应急处置` : t.titleZh;
}

/** Templates for a post: one per accident type (其他 only once), then matching scenarios. */
export function emergencyTemplatesOfPost(f: PostFacts): EmergencyTemplate[] {
  const out: EmergencyTemplate[] = [];
  const add = (t: EmergencyTemplate | undefined) => {
    if (t && !out.some((x) => x.key === t.key)) out.push(t);
  };
  for (const code of f.accidentCodes) add(emergencyTemplateForType(code));
  // the 其他 (general injury) template only when nothing more specific applies
  const other = emergencyTemplateForType(GB6441_2025_CODES.其他).key;
  if (out.length > 1) out.splice(0, out.length, ...out.filter((t) => t.key !== other));
  const words = f.hazards.map((h) => `${h.hazard.text} ${h.hazard.place} ${h.riskPoint.name}`).join('\n');
  for (const [key, re] of Object.entries(SCENARIO_KEYWORDS)) if (re.test(words)) add(emergencyTemplate(key));
  return out;
}

function phoneText(p: EmergencyPhone, internal: string): string {
  if (p === 'internal') return `${EMERGENCY_PHONE_ZH.internal} ${internal || '________'}`;
  return EMERGENCY_PHONE_ZH[p];
}

export function emergencyCardContent(f: PostFacts, issue: CardIssue): EmergencyCardContent {
  const templates = emergencyTemplatesOfPost(f);
  const templateLines = templates.flatMap((t) => [...t.immediate, ...t.dont]);
  return {
    kind: 'emergency',
    title: EMERGENCY_CARD_TITLE,
    head: cardHead(f, issue, 'emergency'),
    level: f.level,
    levelText: levelText(f.level),
    scenarios: templates.map((t) => ({
      key: t.key,
      title: emergencyTitle(t),
      immediate: [...t.immediate],
      dont: [...t.dont],
      call: [...t.call],
      phones: t.phones.map((p) => phoneText(p, f.internalPhone)),
    })),
    own: ownEmergencyActions(f).filter((a) => !templateLines.some((l) => similarity(l, a) >= 0.6)),
    equipmentLocation: f.record?.equipmentLocation ?? '',
    responsible: f.responsible,
    supervisor: f.supervisor,
    internalPhone: f.internalPhone,
    phones: PUBLIC_PHONES.slice(0, 2),
  };
}
