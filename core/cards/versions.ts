/**
 * Card versions, the whole card set of a post, the card gaps, and the card edits.
 *
 * Versions (issue: cards): a post's cards carry `v<n>` and a date. A version records the
 * fingerprint of the content it was issued for. The version in effect is:
 * - the latest recorded one when the content still matches it ('current');
 * - the next number dated today when the content changed since ('changed') or none was ever
 *   recorded ('new') — printed like that, and recorded by the `sync` edit (the cards screen does
 *   it before printing). `bump` records a new version explicitly, changed or not.
 * The fingerprint covers the content of the 告知卡, 操作卡, 应急处置卡 and 职业病危害告知卡 without
 * their number, version and date: FNV-1a 32-bit over its JSON (a change detector, not security).
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import type { EnterpriseFile } from '../model/enterpriseFile';
import { ackSheetContent, numberOf, riskCardContent, type AckSheetContent, type CardIssue, type RiskCardContent } from './content';
import { emergencyCardContent, type EmergencyCardContent } from './emergencyCard';
import { postFacts, type PostFacts } from './facts';
import { occupationalAgentsOfPost, occupationalCardContent, type OccupationalCardContent } from './occupational';
import { operatingCardContent, type OperatingCardContent } from './operating';
import { MonitoringSchema, OperatingEditSchema, type PostCards } from './schema';
import { postsInOrgOrder, postsWithHazards, type PostInOrder } from './units';
import { batchMemo } from '../model/batchMemo';

/** FNV-1a 32-bit of a string's UTF-16 code units, 8 lowercase hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const BLANK: CardIssue = { version: 0, date: '', number: '' };

/** Fingerprint of a post's card content (without number, version, date). */
export function cardFingerprint(doc: EnterpriseFile, f: PostFacts): string {
  return batchMemo(doc, `cards.fingerprint:${f.post.id}`, () => {
    const risk = riskCardContent(f, BLANK);
    const occupational = occupationalAgentsOfPost(doc, f.post.id).length ? occupationalCardContent(doc, f, BLANK) : null;
    return fnv1a(JSON.stringify([{ ...risk, qr: '' }, operatingCardContent(f, BLANK), emergencyCardContent(f, BLANK), occupational]));
  });
}

export type CardVersionStatus = 'current' | 'changed' | 'new';

export interface CardVersionState {
  /** The version in effect (printed). */
  issue: CardIssue;
  status: CardVersionStatus;
  fingerprint: string;
  /** The latest recorded version, null when none. */
  recorded: { version: number; date: string } | null;
}

/** The version in effect for a post (see the module comment). `today` is 'YYYY-MM-DD'. */
export function cardVersionState(doc: EnterpriseFile, f: PostFacts, today: string): CardVersionState {
  const fp = cardFingerprint(doc, f);
  const last = f.record?.versions.at(-1) ?? null;
  const recorded = last ? { version: last.version, date: last.date } : null;
  if (last && last.fingerprint === fp) return { issue: { version: last.version, date: last.date, number: numberOf(f, last.version) }, status: 'current', fingerprint: fp, recorded };
  const version = (last?.version ?? 0) + 1;
  return { issue: { version, date: today, number: numberOf(f, version) }, status: last ? 'changed' : 'new', fingerprint: fp, recorded };
}

/**
 * The date a board prints (one date rule for cards and boards): the issue date of the newest card
 * version in effect among `postIds` (posts without hazards are skipped), `today` when none.
 */
export function cardsIssueDate(doc: EnterpriseFile, postIds: readonly string[], today: string, order: PostInOrder[] = postsInOrgOrder(doc)): string {
  let best = '';
  for (const id of postIds) {
    const f = postFacts(doc, id, order);
    if (!f || f.hazards.length === 0) continue;
    const d = cardVersionState(doc, f, today).issue.date;
    if (d > best) best = d;
  }
  return best || today;
}

/** Every card of a post at the version in effect. */
export interface PostCardSet {
  facts: PostFacts;
  state: CardVersionState;
  risk: RiskCardContent;
  operating: OperatingCardContent;
  emergency: EmergencyCardContent;
  ack: AckSheetContent;
  /** null when the post is not exposed to noise, dust, heat or toxic substances. */
  occupational: OccupationalCardContent | null;
}

/** The card set of a post; null when the post does not exist. */
export function postCardSet(doc: EnterpriseFile, postId: string, today: string, order: PostInOrder[] = postsInOrgOrder(doc)): PostCardSet | null {
  // the four card kinds of a post each ask for the same set; a sealed batch builds it once
  return batchMemo(doc, `cards.set:${postId}:${today}`, () => {
    const facts = postFacts(doc, postId, order);
    if (!facts) return null;
    const state = cardVersionState(doc, facts, today);
    const hasOh = occupationalAgentsOfPost(doc, postId).length > 0;
    const workers = doc.people.filter((p) => p.postIds.includes(postId)).map((p) => p.name);
    return {
      facts,
      state,
      risk: riskCardContent(facts, state.issue),
      operating: operatingCardContent(facts, state.issue),
      emergency: emergencyCardContent(facts, state.issue),
      ack: ackSheetContent(facts, state.issue, workers, hasOh),
      occupational: hasOh ? occupationalCardContent(doc, facts, state.issue) : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Gaps

export const CARD_GAP_CODES = [
  'W_CARD_NO_HAZARDS', 'W_CARD_NO_LEVEL', 'W_CARD_UNEVALUATED', 'W_CARD_NO_RESPONSIBLE', 'W_CARD_NO_RESPONSIBLE_PHONE',
  'W_CARD_NO_EMERGENCY_PHONE', 'W_CARD_NO_CODE', 'W_CARD_NO_EQUIPMENT_LOCATION', 'W_CARD_NO_MONITORING',
] as const;
export type CardGapCode = (typeof CARD_GAP_CODES)[number];

export const CARD_GAP_ZH: Readonly<Record<CardGapCode, string>> = {
  W_CARD_NO_HAZARDS: '尚未辨识危险因素',
  W_CARD_NO_LEVEL: '危险因素均未评价，风险等级未知',
  W_CARD_UNEVALUATED: '部分危险因素尚未评价',
  W_CARD_NO_RESPONSIBLE: '没有责任人（班组长、车间主任或安全管理人员）',
  W_CARD_NO_RESPONSIBLE_PHONE: '责任人没有电话',
  W_CARD_NO_EMERGENCY_PHONE: '企业未填写内部应急电话',
  W_CARD_NO_CODE: '企业代码或岗位代码未填写，卡片编号使用替代代码',
  W_CARD_NO_EQUIPMENT_LOCATION: '未填写应急物资存放位置',
  W_CARD_NO_MONITORING: '职业病危害因素检测结果未填写',
};

/** The gaps of one post's cards (empty when complete). */
export function cardGaps(doc: EnterpriseFile, f: PostFacts): CardGapCode[] {
  const out: CardGapCode[] = [];
  if (f.hazards.length === 0) return ['W_CARD_NO_HAZARDS'];
  if (!f.level) out.push('W_CARD_NO_LEVEL');
  else if (f.unevaluated) out.push('W_CARD_UNEVALUATED');
  if (!f.responsible) out.push('W_CARD_NO_RESPONSIBLE');
  else if (!f.responsible.phone) out.push('W_CARD_NO_RESPONSIBLE_PHONE');
  if (!f.internalPhone) out.push('W_CARD_NO_EMERGENCY_PHONE');
  if (!f.enterpriseCode || !f.post.code) out.push('W_CARD_NO_CODE');
  if (!f.record?.equipmentLocation) out.push('W_CARD_NO_EQUIPMENT_LOCATION');
  const agents = occupationalAgentsOfPost(doc, f.post.id);
  if (agents.some((a) => !f.record?.monitoring.some((m) => m.agent === a.agent && m.result && m.date))) out.push('W_CARD_NO_MONITORING');
  return out;
}

export interface PostWithoutCards {
  postId: string;
  post: string;
  /** 'noVersion': never issued; 'changed': content changed since the last version; 'gaps': issued but incomplete. */
  reason: 'noVersion' | 'changed' | 'gaps';
  version: number | null;
  gaps: CardGapCode[];
}

/**
 * Posts with hazards whose cards are missing, out of date or incomplete — for the duties
 * module's completeness checks (一岗位一清单: every post with hazards has a current, complete card).
 * Posts without hazards are not listed (they have no card to make; the identification checks
 * report them). `today` dates the versions a post would get (it does not change which posts are listed).
 */
export function postsWithoutCards(doc: EnterpriseFile, today = '1970-01-01'): PostWithoutCards[] {
  const order = postsInOrgOrder(doc);
  const out: PostWithoutCards[] = [];
  for (const at of postsWithHazards(doc)) {
    const f = postFacts(doc, at.post.id, order)!;
    const st = cardVersionState(doc, f, today);
    const gaps = cardGaps(doc, f);
    const reason = st.status === 'new' ? 'noVersion' : st.status === 'changed' ? 'changed' : gaps.length ? 'gaps' : null;
    if (reason) out.push({ postId: at.post.id, post: at.post.name, reason, version: st.recorded?.version ?? null, gaps });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edits

const Id = z.string().min(1).max(64);

export const CardOpSchema = z.discriminatedUnion('op', [
  /** Records a new version for each post (explicit bump, even when unchanged). */
  z.object({ op: z.literal('bump'), postIds: z.array(Id).min(1).max(500), note: z.string().trim().max(200).optional() }),
  /** Records a version for every post (or those listed) whose content changed or was never issued. */
  z.object({ op: z.literal('sync'), postIds: z.array(Id).max(500).optional() }),
  /** The post's own operating card; null returns to the steps derived from the measures. */
  z.object({ op: z.literal('setOperating'), postId: Id, operating: OperatingEditSchema.nullable() }),
  z.object({ op: z.literal('setEquipmentLocation'), postId: Id, text: z.string().trim().max(300) }),
  /** Replaces the post's monitoring results (one per agent). */
  z.object({ op: z.literal('setMonitoring'), postId: Id, monitoring: z.array(MonitoringSchema).max(20) }),
]);
export type CardOp = z.infer<typeof CardOpSchema>;
export type CardOpInput = z.input<typeof CardOpSchema>;

function recordOf(doc: EnterpriseFile, postId: string): PostCards {
  if (!doc.posts.some((p) => p.id === postId)) throw new AppError('E_NOT_FOUND', { kind: 'post', id: postId });
  let r = doc.postCards.find((c) => c.postId === postId);
  if (!r) {
    r = { postId, versions: [], operating: null, equipmentLocation: '', monitoring: [] };
    doc.postCards.push(r);
  }
  return r;
}

/**
 * Applies a card edit to a copy of `input`. `today` dates new versions ('YYYY-MM-DD').
 * @throws AppError E_INVALID_ARGUMENT (op fails the schema, details.issues), E_NOT_FOUND (post),
 *   E_INVALID_ARGUMENT { field: 'postIds' } when bumping a post that has no hazards.
 */
export function applyCardOp(input: EnterpriseFile, rawOp: CardOpInput, today: string): EnterpriseFile {
  const parsed = CardOpSchema.safeParse(rawOp);
  if (!parsed.success) throw new AppError('E_INVALID_ARGUMENT', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })) });
  const op = parsed.data;
  const doc = structuredClone(input);
  const order = postsInOrgOrder(doc);
  const record = (postId: string, force: boolean, note = '') => {
    const f = postFacts(doc, postId, order);
    if (!f) throw new AppError('E_NOT_FOUND', { kind: 'post', id: postId });
    if (f.hazards.length === 0) {
      if (force) throw new AppError('E_INVALID_ARGUMENT', { field: 'postIds', value: postId, reason: 'W_CARD_NO_HAZARDS' });
      return;
    }
    const st = cardVersionState(doc, f, today);
    if (!force && st.status === 'current') return;
    const r = recordOf(doc, postId);
    const version = (r.versions.at(-1)?.version ?? 0) + 1;
    r.versions.push({ version, date: today, fingerprint: st.fingerprint, note });
  };
  switch (op.op) {
    case 'bump':
      for (const id of op.postIds) record(id, true, op.note ?? '');
      return doc;
    case 'sync':
      for (const id of op.postIds ?? postsWithHazards(doc).map((p) => p.post.id)) record(id, false);
      return doc;
    case 'setOperating':
      recordOf(doc, op.postId).operating = op.operating;
      return doc;
    case 'setEquipmentLocation':
      recordOf(doc, op.postId).equipmentLocation = op.text;
      return doc;
    case 'setMonitoring': {
      const seen = new Set<string>();
      recordOf(doc, op.postId).monitoring = op.monitoring.filter((m) => (seen.has(m.agent) ? false : (seen.add(m.agent), true)));
      return doc;
    }
  }
}
