/**
 * What goes on each card of a post — pure data, already in zh-CN, shared by the fixed-layout PDF
 * (electron/services/render/cards) and the editable DOCX (electron/services/render/cards/docx.ts).
 *
 * 岗位安全风险告知卡 fields (domain-facts §7.1, §4.4; issue: cards): enterprise, workshop/team/post,
 * place; the post's highest level (colour band + name in text); main hazards with their measures;
 * possible accident types; consequences; required PPE; the sign icons in GB 2894 order; emergency
 * measures; responsible person and phone; internal emergency phone; 火警 119, 医疗急救 120, the
 * 12350 安全生产举报投诉 line; card number, version, date; the QR payload.
 *
 * Which measures go where (riskCardMeasures): per hazard its engineering measures first (what the
 * equipment must have: the worker checks it is there and working), then its management measures,
 * those the enterprise or the workshop carries out marked （企业落实）/（车间落实）; PPE is listed
 * once in the PPE field (a PPE measure gives only the worker actions it also contains, e.g.
 * “启动时身体避开卡盘旋转切线方向”); emergency measures go to 应急处置措施. A hazard never prints an
 * empty measures cell: training measures stand in, as a last resort FALLBACK_MEASURE.
 * The font subset of a PDF grows with the distinct characters printed, so a card with very many
 * hazards keeps every measure of its 重大/较大 hazards and trims the 一般/低 ones first
 * (fitGlyphBudget), pointing to the board for the rest.
 */
import type { Measure } from '../model/hazards';
import type { RiskLevel } from '../model/vocab';
import { emergencyTemplateForType } from '../standards/emergency';
import { completeComparisons, measureClauses, normalizeProhibition, splitClauses } from './clauses';
import { aboutTheCard, dedupe, dedupeNear, levelShort, levelText, signTitle, type CardHazard, type PostFacts } from './facts';
import { cardNumber, cardQrPayload } from './qr';
import type { CardResponsible } from './responsible';

/** The issue of a post's cards: version number, date 'YYYY-MM-DD' and the base card number. */
export interface CardIssue {
  version: number;
  date: string;
  /** `<enterprise code>-<post code>-v<n>`; each card adds its suffix (CARD_SUFFIX). */
  number: string;
}

/** Document suffixes of the card numbers: one post's cards never share a number. */
export const CARD_SUFFIX = { risk: 'FX', operating: 'CZ', emergency: 'YJ', ack: 'QR', occupational: 'ZY' } as const;
export type CardKindKey = keyof typeof CARD_SUFFIX;

/** 'AG-CY01-v1' + 'FX' → 'AG-CY01-v1-FX'. */
export function cardDocNumber(base: string, kind: CardKindKey): string {
  return base ? `${base}-${CARD_SUFFIX[kind]}` : '';
}

export interface CardHead {
  enterprise: string;
  /** '冲压车间 / 冲压一班' or ''. */
  unitPath: string;
  post: string;
  place: string;
  /** This card's own number, with its suffix ('AG-CY01-v1-FX'). */
  number: string;
  version: string;
  date: string;
}

export interface PhoneLine {
  label: string;
  number: string;
}

/** Public numbers every post card prints (domain-facts §7.1: 火警 119, 医疗急救 120, 12350). */
export const PUBLIC_PHONES: readonly PhoneLine[] = [
  { label: '火警', number: '119' },
  { label: '医疗急救', number: '120' },
  { label: '安全生产举报投诉', number: '12350' },
];

export interface RiskCardHazard {
  text: string;
  level: RiskLevel | null;
  /** '较大' / '未评' (printed next to the hazard: colour is never alone). */
  levelShort: string;
  measures: string[];
}

export interface RiskCardContent {
  kind: 'risk';
  title: string;
  head: CardHead;
  level: RiskLevel | null;
  /** '较大风险（橙色）' / '未评价'. */
  levelText: string;
  /** A remark under the level ('' when none): unevaluated or imported levels. */
  levelNote: string;
  hazards: RiskCardHazard[];
  /** A note under the hazards ('' when none): measures left to the board by the glyph budget. */
  hazardNote: string;
  accidentTypes: string[];
  consequences: string[];
  ppe: string[];
  signs: { id: string; title: string }[];
  emergency: string[];
  responsible: CardResponsible | null;
  supervisor: CardResponsible | null;
  internalPhone: string;
  phones: PhoneLine[];
  qr: string;
}

export const RISK_CARD_TITLE = '岗位安全风险告知卡';
export const ACK_SHEET_TITLE = '岗位安全风险告知确认表';

export function cardHead(f: PostFacts, issue: CardIssue, kind: CardKindKey): CardHead {
  return { enterprise: f.enterprise, unitPath: f.unitPath, post: f.post.name, place: f.place, number: cardDocNumber(issue.number, kind), version: `v${issue.version}`, date: issue.date };
}

/** The base number of a post's cards at `version`. */
export function numberOf(f: PostFacts, version: number): string {
  return cardNumber(f.enterpriseCode, f.post.code, f.at.index, version);
}

/** The level remark: '' or e.g. '另有 2 项危险因素尚未评价；1 项等级为导入数据，待复核'. */
export function levelNote(f: PostFacts): string {
  const parts: string[] = [];
  if (f.unevaluated) parts.push(`${f.level ? '另有' : '共'} ${f.unevaluated} 项危险因素尚未评价`);
  if (f.pendingReview) parts.push(`${f.pendingReview} 项等级为导入数据，待复核`);
  return parts.join('；');
}

/** At most this many emergency lines on a 告知卡; the 应急处置卡 carries all of them. */
export const RISK_CARD_EMERGENCY_LINES = 8;
export const SEE_EMERGENCY_CARD = '其他情形和详细步骤见本岗位《应急处置卡》';

/**
 * What an emergency measure says to do on the spot, or '' when it is preparation or management
 * (配备灭火器、编制预案、演练、告知牌写明…、员工掌握…): only immediate actions go on the cards
 * (issue: cards review). Management clauses inside an action (“…，按违章处理”) are dropped.
 */
export function immediateAction(text: string): string {
  if (aboutTheCard(text)) return '';
  const kept = splitClauses(completeComparisons(text))
    .flat()
    .filter((c) => !EMERGENCY_PREPARATION.test(c))
    .map((c) => normalizeProhibition(c));
  const out = kept.join('，');
  // “时” of a situation (发生…时), not of 及时 (“及时检查更换灭火器” is upkeep, not a response)
  return /立即|发现|发生|出现|(?<!及)时|后|一旦|先|拨打|撤离|停|断电|施救|冲洗|止血/.test(out) ? out : '';
}

/** Clauses of emergency measures that prepare or manage rather than act on the spot. */
const EMERGENCY_PREPARATION = /告知牌|预案|方案|演练|掌握|培训|纳入|配备|配置|配足|(?<![分支搭调])配(?:灭火器|干粉|泡沫|吸附|沙|砂|消防|应急|急救)|储存场所|安排|建立|台账|考核|违章处理|按违章|定期|审批时|调岗|检查更换|更换|过期|失效|严禁存放|保留不小于/;

/** The post's own emergency measures as immediate actions, near-duplicates removed. */
export function ownEmergencyActions(f: PostFacts): string[] {
  return dedupeNear(f.hazards.flatMap((h) => h.hazard.measures.filter((m) => m.kind === 'emergency').map((m) => immediateAction(m.text))));
}

/**
 * Emergency lines of the risk card, highest-level hazards first: each hazard's own immediate
 * actions; a hazard at the card's level without an emergency measure of its own contributes the
 * first two immediate actions of the template of its first accident type (GB 6441), so the card
 * never leads with the actions of a minor hazard. Without any, the templates of all the post's
 * accident types. A card is a summary posted at the post: beyond RISK_CARD_EMERGENCY_LINES lines it
 * points to the post's 应急处置卡, which lists every one.
 */
export function riskCardEmergency(f: PostFacts): string[] {
  const byHazard = f.hazards.flatMap((h) => {
    const own = h.hazard.measures.filter((m) => m.kind === 'emergency').map((m) => immediateAction(m.text));
    if (own.length > 0) return own;
    return f.level && h.level === f.level ? h.hazard.accidentTypes.slice(0, 1).flatMap((c) => emergencyTemplateForType(c).immediate.slice(0, 2)) : [];
  });
  const lines = byHazard.length ? dedupeNear(byHazard) : dedupeNear(f.accidentCodes.flatMap((c) => emergencyTemplateForType(c).immediate.slice(0, 2)));
  return lines.length > RISK_CARD_EMERGENCY_LINES ? [...lines.slice(0, RISK_CARD_EMERGENCY_LINES - 1), SEE_EMERGENCY_CARD] : lines;
}

/** Printed for a hazard whose measures are all about the card itself or missing. */
export const FALLBACK_MEASURE = '由企业落实，见安全风险公告栏';
const OWNER_TAG: Readonly<Record<string, string>> = { enterprise: '（企业落实）', workshop: '（车间落实）' };

/** The measures a card prints for a hazard (see the module comment), in print order. */
export function riskCardMeasures(measures: readonly Measure[]): string[] {
  const of = (k: string) => measures.filter((m) => m.kind === k && !aboutTheCard(m.text));
  const tagged = (m: Measure) => `${completeComparisons(m.text)}${OWNER_TAG[m.level] ?? ''}`;
  // the gear itself is in the card's PPE field; what else a PPE measure asks stays — but a clause
  // standing before the gear (“进入采场，必须佩戴安全帽” → “进入采场”) is only its condition, so
  // such a sentence is kept whole
  const worker = of('ppe').flatMap((m) => {
    const clauses = measureClauses(m.text);
    const keeps = (c: { kind: string }) => c.kind === 'action' || c.kind === 'prohibit';
    const condition = clauses.some((c, i) => keeps(c) && clauses[i + 1] !== undefined && !keeps(clauses[i + 1]!));
    return condition ? [completeComparisons(m.text)] : clauses.filter(keeps).map((c) => c.text);
  });
  const list = dedupe([...of('engineering').map((m) => completeComparisons(m.text)), ...of('management').map(tagged), ...worker]);
  if (list.length) return list;
  const training = dedupe(of('training').map(tagged));
  if (training.length) return training;
  const any = dedupe(measures.filter((m) => m.kind === 'engineering' || m.kind === 'management').map(tagged));
  if (any.length) return any;
  // a hazard whose register lists only emergency or PPE measures (imported) still shows them
  const rest = dedupe(measures.filter((m) => (m.kind === 'emergency' || m.kind === 'ppe') && !aboutTheCard(m.text)).map((m) => completeComparisons(m.text)));
  return rest.length ? rest : [FALLBACK_MEASURE];
}

/**
 * Distinct characters a risk card may print (its font subset grows ~180 bytes per glyph; with the
 * signs, QR and page contents this keeps a one-post PDF under 150 KB — issue: cards).
 */
export const RISK_CARD_GLYPH_BUDGET = 590;
export const TRIMMED_NOTE = '标“＊”的危险因素另有管控措施，详见安全风险公告栏和安全风险分级管控清单';

function distinct(texts: readonly string[]): number {
  const set = new Set<string>();
  for (const t of texts) for (const ch of t) set.add(ch);
  return set.size;
}

/**
 * Keeps the card within RISK_CARD_GLYPH_BUDGET distinct characters: trims the measures of the
 * lowest-level hazards first (last ones first), each down to its first engineering and first
 * other measure, then to one; 重大 and 较大 hazards keep every measure. Trimmed hazards get '＊'.
 */
export function fitGlyphBudget(hazards: { h: CardHazard; measures: string[] }[], fixed: readonly string[], budget = RISK_CARD_GLYPH_BUDGET): { measures: string[][]; trimmed: boolean[] } {
  const measures = hazards.map((x) => [...x.measures]);
  const trimmed = hazards.map(() => false);
  const count = () => distinct([...fixed, ...measures.flat()]);
  if (count() <= budget) return { measures, trimmed };
  const order = hazards.map((x, i) => ({ i, rank: x.h.level === 'major' || x.h.level === 'high' ? 9 : x.h.level === 'medium' ? 2 : 1 })).filter((x) => x.rank < 9).sort((a, b) => a.rank - b.rank || b.i - a.i);
  for (const keep of [2, 1]) {
    for (const { i } of order) {
      if (measures[i]!.length > keep) {
        measures[i] = measures[i]!.slice(0, keep);
        trimmed[i] = true;
        if (count() <= budget) return { measures, trimmed };
      }
    }
  }
  return { measures, trimmed };
}

/**
 * The 可能导致的后果 of a post: each consequence once (near-duplicates merged), highest-level hazards
 * first. Where no hazard records one (a register imported without that column), the accident types
 * (GB 6441-2025, 其他 left out) say what may happen.
 */
export function consequencesOf(f: PostFacts): string[] {
  const own = dedupeNear(f.hazards.map((h) => h.hazard.consequence).filter((c) => c.trim() !== ''));
  if (own.length > 0) return own;
  const named = f.accidentTypes.filter((t) => t !== '其他');
  return named.length > 0 ? [`可能发生${named.slice(0, 4).join('、')}${named.length > 4 ? '等' : ''}事故，造成人员伤亡`] : [];
}

export function riskCardContent(f: PostFacts, issue: CardIssue): RiskCardContent {
  const head = cardHead(f, issue, 'risk');
  const consequences = consequencesOf(f);
  const emergency = riskCardEmergency(f);
  const signs = f.signIds.map((id) => ({ id, title: signTitle(id) }));
  const fixed = [head.enterprise, head.unitPath, head.post, head.place, ...f.hazards.map((h) => h.text), ...consequences, ...emergency, ...f.ppe, ...f.accidentTypes, ...signs.map((s) => s.title)];
  const { measures, trimmed } = fitGlyphBudget(f.hazards.map((h) => ({ h, measures: riskCardMeasures(h.hazard.measures) })), fixed);
  return {
    kind: 'risk',
    title: RISK_CARD_TITLE,
    head,
    level: f.level,
    levelText: levelText(f.level),
    levelNote: levelNote(f),
    hazards: f.hazards.map((h, i) => ({
      text: trimmed[i] ? `${h.text}＊` : h.text,
      level: h.level,
      levelShort: levelShort(h.level),
      measures: measures[i]!,
    })),
    hazardNote: trimmed.some(Boolean) ? TRIMMED_NOTE : '',
    accidentTypes: f.accidentTypes,
    consequences,
    ppe: f.ppe,
    signs,
    emergency,
    responsible: f.responsible,
    supervisor: f.supervisor,
    internalPhone: f.internalPhone,
    phones: [...PUBLIC_PHONES],
    qr: cardQrPayload({ postId: f.post.id, version: issue.version, post: f.post.name, level: levelShort(f.level), hazards: f.hazards.map((h) => h.text) }),
  };
}

export interface AckSheetContent {
  kind: 'ack';
  title: string;
  head: CardHead;
  /** The cards the worker was told about, with their numbers. */
  cards: string[];
  statement: string;
  /** Names of the post's workers (pre-printed rows). */
  workers: string[];
  /** Rows in total (workers plus empty rows to fill by hand). */
  rows: number;
}

/** Rows of an acknowledgement sheet: the workers plus room for new ones, at least 16 (one page). */
export function ackRows(workers: number): number {
  return Math.max(16, workers + 4);
}

export function ackSheetContent(f: PostFacts, issue: CardIssue, workers: string[], hasOccupational: boolean): AckSheetContent {
  const n = (k: CardKindKey) => cardDocNumber(issue.number, k);
  const cards = [`${RISK_CARD_TITLE}（${n('risk')}）`, `岗位安全操作卡（${n('operating')}）`, `应急处置卡（${n('emergency')}）`];
  if (hasOccupational) cards.push(`职业病危害告知卡（${n('occupational')}）`);
  return {
    kind: 'ack',
    title: ACK_SHEET_TITLE,
    head: cardHead(f, issue, 'ack'),
    cards,
    statement:
      '本人已接受本岗位安全风险告知和培训，知道本岗位的主要危险因素、可能发生的事故类型和后果、管控措施、劳动防护用品的使用以及应急处置方法，将按告知卡和操作卡要求作业。',
    workers,
    rows: ackRows(workers.length),
  };
}
