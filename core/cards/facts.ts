/**
 * The facts every card of a post is written from (一岗位一清单, DESIGN §4): the post's hazards
 * (those of the riskPoints linked to it, minus exclusions) with the level in use of each, sorted
 * highest level first; the accident types, PPE and signs they call for; who is responsible; the
 * phones; and the post's stored card data.
 */
import { LEVEL_RANK } from '../risk/levels';
import type { LevelMark } from '../risk/levelInUse';
import { hazardsOfPost } from '../model/hazardOps';
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { Hazard, RiskPoint } from '../model/hazards';
import type { Post } from '../model/org';
import { hazardLevel } from '../model/riskOps';
import { RISK_COLOUR_ZH, RISK_LEVEL_SHORT_ZH, RISK_LEVEL_ZH, type RiskLevel } from '../model/vocab';
import { signTitleZh } from '../signs/compose';
import { accidentTypeByCode, otherTypesLast } from '../standards/accidentTypes';
import { ppeItem } from '../standards/ppe';
import { sortSignIds } from '../standards/signOrder';
import { safetySign } from '../standards/signs';
import { emergencyTemplateForType } from '../standards/emergency';
import { GB6441_2025_CODES } from '../standards/accidentTypeCodes';
import { cardResponsible, postSupervisor, type CardResponsible } from './responsible';
import type { PostCards } from './schema';
import { postsInOrgOrder, unitPath, type PostInOrder } from './units';

export interface CardHazard {
  hazard: Hazard;
  /** The hazard's text as the post's cards print it (localizedHazardText). */
  text: string;
  riskPoint: RiskPoint;
  level: RiskLevel | null;
  mark: LevelMark | null;
  /** GB 6441-2025 names of its accident types. */
  accidentTypes: string[];
}

export interface PostFacts {
  at: PostInOrder;
  post: Post;
  enterprise: string;
  enterpriseCode: string;
  /** '冲压车间 / 冲压一班' or ''. */
  unitPath: string;
  /** Where the post works (post.location, else the locations of its riskPoints). */
  place: string;
  /** Highest level first; equal levels keep the post's list order. */
  hazards: CardHazard[];
  /** The highest level in use among the hazards (null when none is evaluated). */
  level: RiskLevel | null;
  /** Hazards without a usable level. */
  unevaluated: number;
  /** Hazards whose level is imported and not yet reviewed (待复核). */
  pendingReview: number;
  /** Accident-type codes in order of first appearance (highest-level hazards first). */
  accidentCodes: string[];
  accidentTypes: string[];
  ppeIds: string[];
  /** PPE names, with the use limited where a sign forbids gloves at the post (pickSigns). */
  ppe: string[];
  /** At most CARD_SIGN_CAP sign ids in GB 2894 order (warning → prohibition → mandatory → information). */
  signIds: string[];
  /** Owner at the control level of the post's highest-level hazard (core/duties), see responsible.ts. */
  responsible: CardResponsible | null;
  /** The post's direct supervisor (班组长, else 车间主任) when another person than `responsible`. */
  supervisor: CardResponsible | null;
  /** The post runs machines (its equipment, else its hazards): picks the generic operating steps. */
  machines: boolean;
  /** The post drives a plant vehicle (叉车 …): its pre-use check. */
  vehicle: boolean;
  internalPhone: string;
  record: PostCards | undefined;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Facts of one post; null when the post does not exist. */
export function postFacts(doc: EnterpriseFile, postId: string, order: PostInOrder[] = postsInOrgOrder(doc)): PostFacts | null {
  const at = order.find((p) => p.post.id === postId);
  if (!at) return null;
  const post = at.post;
  const rpById = new Map(doc.riskPoints.map((r) => [r.id, r]));
  const list = hazardsOfPost(doc, postId).map((hazard, i) => {
    const inUse = hazardLevel(doc, hazard.id);
    return {
      i,
      h: {
        hazard,
        text: localizedHazardText(hazard.text, post.equipment),
        riskPoint: rpById.get(hazard.riskPointId)!,
        level: inUse.level,
        mark: inUse.mark,
        accidentTypes: otherTypesLast(hazard.accidentTypes).map((c) => accidentTypeByCode(c)?.nameZh ?? c),
      } satisfies CardHazard,
    };
  });
  list.sort((a, b) => (b.h.level ? LEVEL_RANK[b.h.level] : 0) - (a.h.level ? LEVEL_RANK[a.h.level] : 0) || a.i - b.i);
  const hazards = list.map((x) => x.h);
  const level = hazards.reduce<RiskLevel | null>((m, h) => (h.level && (!m || LEVEL_RANK[h.level] > LEVEL_RANK[m]) ? h.level : m), null);
  const accidentCodes = otherTypesLast(unique(hazards.flatMap((h) => h.hazard.accidentTypes)));
  const ppeIds = unique(hazards.flatMap((h) => h.hazard.ppeIds)).filter((id) => ppeItem(id));
  const places = unique(hazards.map((h) => h.riskPoint.location).filter(Boolean));
  const signIds = pickSigns(hazards, accidentCodes, post);
  const noGloves = signIds.includes('sign.no-gloves');
  const responsible = cardResponsible(doc, post, hazards[0]?.hazard ?? null);
  const supervisor = postSupervisor(doc, post);
  return {
    at,
    post,
    enterprise: doc.profile.name,
    enterpriseCode: doc.profile.code,
    unitPath: unitPath(at),
    place: post.location || places.join('、'),
    hazards,
    level,
    unevaluated: hazards.filter((h) => !h.level).length,
    pendingReview: hazards.filter((h) => h.mark === '待复核').length,
    accidentCodes,
    accidentTypes: accidentCodes.map((c) => accidentTypeByCode(c)?.nameZh ?? c),
    ppeIds,
    ppe: ppeIds.map((id) => ppeItem(id)!.nameZh + (noGloves && GLOVES.test(id) ? GLOVES_NOTE : '')),
    signIds,
    responsible,
    supervisor: supervisor && (!responsible || supervisor.name !== responsible.name) ? supervisor : null,
    machines: runsMachines(post, accidentCodes),
    vehicle: drivesVehicle(post),
    internalPhone: doc.profile.emergencyPhone,
    record: doc.postCards.find((r) => r.postId === postId),
  };
}

/** '较大风险（橙色）' / '未评价'. */
export function levelText(level: RiskLevel | null): string {
  return level ? `${RISK_LEVEL_ZH[level]}（${RISK_COLOUR_ZH[level]}色）` : '未评价';
}

/** '较大' / '未评'. */
export function levelShort(level: RiskLevel | null): string {
  return level ? RISK_LEVEL_SHORT_ZH[level] : '未评';
}

/** Title of a sign in the newest edition it belongs to. */
export function signTitle(id: string): string {
  const s = safetySign(id);
  return s ? signTitleZh(s) : id;
}

/**
 * Measures about what a notice card states ('告知卡注明急救电话', '告知卡内容含…', '告知牌写明应急
 * 电话') are fulfilled by printing the card; a card does not print them. A measure that asks for
 * the card and other things ('有毒作业岗位设警示标识、告知卡，…设黄色警示线') is a real measure.
 */
export function aboutTheCard(text: string): boolean {
  return /^(?:岗位)?(?:告知卡|告知牌|应急处置卡)|(?:告知卡|告知牌)(?:内容|标明|注明|写明|载明)/.test(text.trim());
}

/** Texts without duplicates (exact, after trimming), in first-seen order, empties dropped. */
export function dedupe(texts: readonly string[]): string[] {
  return unique(texts.map((t) => t.trim()).filter(Boolean));
}

/** Bigram counts and their total per text, kept between calls: dedupeNear compares each text with many (bounded, cleared when full). */
const GRAMS = new Map<string, { m: Map<string, number>; n: number }>();
const GRAMS_MAX = 20_000;

function grams(s: string): { m: Map<string, number>; n: number } {
  const hit = GRAMS.get(s);
  if (hit) return hit;
  const cs = [...s.replace(/[，。；、：\s]/g, '')];
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < cs.length; i++) m.set(cs[i]! + cs[i + 1]!, (m.get(cs[i]! + cs[i + 1]!) ?? 0) + 1);
  const g = { m, n: Math.max(0, cs.length - 1) };
  if (GRAMS.size >= GRAMS_MAX) GRAMS.clear();
  GRAMS.set(s, g);
  return g;
}

/** Near-duplicate test: Dice coefficient of the character bigrams (0 … 1). */
export function similarity(a: string, b: string): number {
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [k, v] of ga.m) common += Math.min(v, gb.m.get(k) ?? 0);
  return ga.n + gb.n === 0 ? (a === b ? 1 : 0) : (2 * common) / (ga.n + gb.n);
}

/** Texts without near-duplicates (similarity ≥ `threshold`, or one containing the other): the first kept. */
export function dedupeNear(texts: readonly string[], threshold = 0.6): string[] {
  const out: string[] = [];
  for (const t of dedupe(texts)) if (!out.some((o) => o.includes(t) || t.includes(o) || similarity(o, t) >= threshold)) out.push(t);
  return out;
}

/**
 * The hazard text a post's card prints. The library's noise hazard names a generic list of noise
 * sources (“空压机、风机、冲床、织机、粉碎机等噪声源…”); on a post's card the list becomes the
 * post's own equipment (“开式冲床、闭式压力机等噪声源…”) when the post lists its equipment and some
 * items of the generic list are not among it. Other texts are printed as stored.
 */
export function localizedHazardText(text: string, equipment: readonly string[]): string {
  const m = /^((?:[^，、；。]{1,8}、){2,}[^，、；。]{1,8})等(?=噪声源)/.exec(text);
  const own = equipment.map((e) => e.trim()).filter(Boolean);
  if (!m || own.length === 0) return text;
  const items = m[1]!.split('、');
  const atPost = items.filter((it) => own.some((e) => e.includes(it) || it.includes(e)));
  if (atPost.length === items.length) return text;
  return `${own.slice(0, 3).join('、')}${text.slice(m[1]!.length)}`;
}

/** At most this many signs on a post card (the most relevant ones, issue: cards review). */
export const CARD_SIGN_CAP = 12;
/** At most this many information signs among them. */
export const CARD_INFO_SIGN_CAP = 3;

/**
 * Prohibition signs that forbid the post's own work, by words of the post (name, job, equipment):
 * they belong on the boards and at the places, not on that post's card (a forklift driver's card
 * does not show 禁止叉车和厂内机动车辆通行).
 */
export const SELF_PROHIBITING_SIGNS: Readonly<Record<string, RegExp>> = {
  'sign.no-forklift': /叉车|铲车|堆高车|机动车/,
  'sign.no-hot-work': /焊|动火|气割/,
};

const INFO_PRIORITY = ['sign.info-first-aid', 'sign.info-emergency-phone', 'sign.info-eyewash', 'sign.info-safety-shower', 'sign.info-emergency-exit', 'sign.info-assembly-point'];
const GLOVES = /^ppe\.gloves-(?!insulating|welding)/;
/** The use note of gloves where 禁止戴手套 applies (rotating machines): worn only with the machine stopped. */
export const GLOVES_NOTE = '（仅停机时使用）';

/**
 * The signs of a post card: the hazards' signs and the mandatory signs of their PPE (ppe.ts signId),
 * ranked by the highest level that calls for each, then
 * by how many hazards call for it; minus prohibitions of the post's own work, minus 必须戴防护手套
 * where 禁止戴手套 applies (the two contradict at a rotating machine; the gloves get GLOVES_NOTE);
 * plus the information signs of the post's emergency templates (急救点, 应急电话, 洗眼台 …, at most
 * CARD_INFO_SIGN_CAP). At most CARD_SIGN_CAP in all, in GB 2894 order.
 */
export function pickSigns(hazards: readonly CardHazard[], accidentCodes: readonly string[], post: Post): string[] {
  const words = [post.name, post.jobContent, ...post.equipment].join(' ');
  const score = new Map<string, number>();
  for (const h of hazards) {
    const rank = h.level ? LEVEL_RANK[h.level] : 0;
    // the hazard's signs, and the mandatory sign of each PPE it calls for (必须戴安全帽 for a helmet)
    const ppeSigns = h.hazard.ppeIds.map((id) => ppeItem(id)?.signId).filter((id): id is string => !!id);
    for (const id of unique([...h.hazard.signIds, ...ppeSigns])) {
      if (!safetySign(id) || safetySign(id)!.category === 'information') continue;
      const self = SELF_PROHIBITING_SIGNS[id];
      if (self && self.test(words)) continue;
      score.set(id, Math.max(score.get(id) ?? 0, rank * 1000) + 1);
    }
  }
  if (score.has('sign.no-gloves')) score.delete('sign.must-protective-gloves');
  const info = unique(accidentCodes.flatMap((c) => emergencyTemplateForType(c).signIds).filter((id) => safetySign(id)?.category === 'information'));
  const infoIds = INFO_PRIORITY.filter((id) => info.includes(id) || id === 'sign.info-first-aid' || id === 'sign.info-emergency-phone').slice(0, CARD_INFO_SIGN_CAP);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const firstSeen = unique(hazards.flatMap((h) => [...h.hazard.signIds, ...h.hazard.ppeIds.map((id) => ppeItem(id)?.signId ?? '')]).filter(Boolean));
  const kept = new Set(ranked.slice(0, CARD_SIGN_CAP - infoIds.length));
  // GB 2894 order; within a category, the order the post's hazards name them
  return [...sortSignIds(firstSeen.filter((id) => kept.has(id))), ...infoIds];
}

const MACHINE_WORDS = /冲床|压力机|车床|铣床|磨床|钻床|刨床|锯床|镗床|剪板机|折弯机|加工中心|砂轮机|抛光机|打磨机|搅拌机|粉碎机|混合机|空压机|电焊机|焊机|注塑机|压铸机|织机|输送机|切割机|破碎机|机床|卷板机|冲压|起重机|葫芦|叉车|喷漆房|烘干/;

/** Does the post run machines? Its equipment and tools say so; a post that lists neither, a 机械致害 hazard does. */
export function runsMachines(post: Post, accidentCodes: readonly string[]): boolean {
  const own = [...post.equipment, ...post.tools];
  if (own.length) return own.some((e) => MACHINE_WORDS.test(e));
  return accidentCodes.includes(GB6441_2025_CODES.机械致害);
}

const VEHICLE_WORDS = /叉车|堆高车|电动搬运车|牵引车|装载机|观光车/;

/** Does the post drive a plant vehicle (叉车 …)? */
export function drivesVehicle(post: Post): boolean {
  return [...post.equipment, post.name].some((e) => VEHICLE_WORDS.test(e));
}
