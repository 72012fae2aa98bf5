/**
 * Hazard suggestions for a post: ranks library entries (and the workspace's own custom hazards)
 * by how well their applicability matches the enterprise and the post.
 *
 * Scoring (points; tuned against tests/fixtures/suggestion-recall.json, written independently):
 * - the entry must apply to the enterprise's industry (common sections apply to all) and, when it
 *   belongs to a special operation, the enterprise must have that flag switched on;
 * - a post keyword in the post name: 6; elsewhere in the post's text (job content, location,
 *   equipment, tools): 3;
 * - an equipment keyword in the equipment/tools list: 5; elsewhere in the text: 3;
 * - an item of the post's equipment named in the entry's place or hazard: 4;
 * - shared two-character words between the post's name/job content and the entry's place and
 *   hazard: 0.5 each, at most 3;
 * - an entry of the enterprise's own industry section: +1; severity of the suggested LEC
 *   (log10 D): up to +1.5 as a tie-breaker, so the worse hazard comes first.
 * Entries scoring below MIN_SCORE (no keyword or equipment match) are not suggested.
 */
import type { Industry, SpecialFlag } from '../model/vocab';
import type { LibraryEntry } from './schema';
import { SECTIONS } from './sections';

export interface SuggestEnterprise {
  industry: Industry | null;
  flags: readonly SpecialFlag[];
}

export interface SuggestPost {
  name: string;
  jobContent?: string;
  location?: string;
  equipment?: readonly string[];
  tools?: readonly string[];
}

export interface Suggestion {
  entry: LibraryEntry;
  score: number;
  /** Which keywords or equipment matched, for the UI's "why suggested". */
  reasons: string[];
}

export const MIN_SCORE = 3;

/**
 * Keywords that name where everyone works rather than what a post does (车间, 设备 …): a match
 * counts 1 point instead of 3–6, so it only breaks ties and never suggests an entry on its own.
 */
export const GENERIC_KEYWORDS: ReadonlySet<string> = new Set([
  '车间', '厂房', '厂区', '设备', '全员', '员工', '操作工', '作业人员', '安全管理', '车间主任', '班组长', '管理人员',
  '后勤', '行政', '通道', '地面', '工具', '工作台', '电源', '出入口', '楼梯',
]);

const sectionIndustry = new Map(SECTIONS.map((s) => [s.path, s.industry]));

/** Lower-cases Latin, turns full-width ASCII into half-width, drops model numbers' punctuation noise. */
export function normalizeText(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Chinese core of an equipment name: 'J23-40开式冲床' → '开式冲床'; '手用工具（镊子、吸盘）' → '手用工具'. */
export function equipmentCore(s: string): string {
  return normalizeText(s)
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[a-z0-9\-_./#×*]+/g, '')
    .trim();
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const t = s.replace(/[^\u4e00-\u9fff]/g, ' ');
  for (const part of t.split(' ')) for (let i = 0; i + 1 < part.length; i++) out.add(part.slice(i, i + 2));
  return out;
}

const flagSections = new Set(SECTIONS.filter((s) => s.flag).map((s) => s.path));

/**
 * Whether an entry may be suggested to this enterprise at all: its industry must match, and an
 * entry of a flag-gated common section (粉尘防爆, 涉氨制冷 …) needs the flag switched on — the
 * wizard's screening step switches those sections on. Industry entries that carry a flag are not
 * excluded by it (a tobacco warehouse fumigates whether or not it ticked 危险化学品).
 */
export function applies(entry: LibraryEntry, ent: SuggestEnterprise): boolean {
  if (ent.industry && !entry.applicability.industries.includes(ent.industry)) return false;
  const flags = entry.applicability.flags;
  if (flags.length === 0 || !flagSections.has(entry.section)) return true;
  return flags.some((f) => ent.flags.includes(f));
}

/** Flags of an entry that the enterprise has switched on. */
function flagMatch(entry: LibraryEntry, ent: SuggestEnterprise): boolean {
  return entry.applicability.flags.some((f) => ent.flags.includes(f));
}

function severity(e: LibraryEntry): number {
  const l = e.suggestedLec;
  if (!l) return 0;
  return Math.min(1.5, Math.log10(Math.max(1, l.L * l.E * l.C)) / 2);
}

export function scoreEntry(entry: LibraryEntry, ent: SuggestEnterprise, post: SuggestPost): Suggestion {
  const name = normalizeText(post.name);
  const equipList = [...(post.equipment ?? []), ...(post.tools ?? [])].map(normalizeText);
  const equipText = equipList.join('|');
  const text = [name, normalizeText(post.jobContent ?? ''), normalizeText(post.location ?? ''), equipText].join('|');
  const reasons: string[] = [];
  let score = 0;
  for (const kw of entry.applicability.postKeywords) {
    const k = normalizeText(kw);
    if (GENERIC_KEYWORDS.has(kw)) {
      if (text.includes(k)) score += 1;
    } else if (name.includes(k)) {
      score += 6;
      reasons.push(kw);
    } else if (text.includes(k)) {
      score += 3;
      reasons.push(kw);
    }
  }
  for (const kw of entry.applicability.equipmentKeywords) {
    const k = normalizeText(kw);
    if (GENERIC_KEYWORDS.has(kw)) {
      if (text.includes(k)) score += 1;
    } else if (equipText.includes(k)) {
      score += 5;
      reasons.push(kw);
    } else if (text.includes(k)) {
      score += 3;
      reasons.push(kw);
    }
  }
  const entryText = normalizeText(`${entry.place}${entry.hazard}`);
  for (const item of [...(post.equipment ?? []), ...(post.tools ?? [])]) {
    const core = equipmentCore(item);
    if (core.length >= 2 && entryText.includes(core)) {
      score += 4;
      reasons.push(item);
    }
  }
  const postGrams = bigrams(`${post.name}${post.jobContent ?? ''}${(post.equipment ?? []).join('')}`);
  let shared = 0;
  for (const g of bigrams(`${entry.place}${entry.hazard}`)) if (postGrams.has(g)) shared += 1;
  // A special operation the enterprise declared makes its entries relevant to the posts that
  // touch it even when their words differ (滤尘 vs 除尘器) — but only with some shared word, so
  // an office post is not handed the whole dust-explosion section.
  if (flagMatch(entry, ent) && (score > 0 || shared > 0)) score += 3;
  if (score === 0) return { entry, score: 0, reasons };
  score += Math.min(3, shared * 0.5);
  if (ent.industry && sectionIndustry.get(entry.section) === ent.industry) score += 1;
  score += severity(entry);
  return { entry, score, reasons: [...new Set(reasons)] };
}

/**
 * Ranked suggestions for a post, best first.
 * @param entries the library plus the workspace's custom hazards.
 * @param limit how many to return (default 30).
 */
export function suggestForPost(entries: readonly LibraryEntry[], ent: SuggestEnterprise, post: SuggestPost, limit = 30): Suggestion[] {
  const out: Suggestion[] = [];
  for (const e of entries) {
    if (!applies(e, ent)) continue;
    const s = scoreEntry(e, ent, post);
    if (s.score >= MIN_SCORE) out.push(s);
  }
  out.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
  return diversify(out, limit);
}

/**
 * Keeps the list varied: at most PER_COMMON_SECTION entries of one common section (cranes,
 * forklifts, fire …) in the first `limit` places — a post with a crane and a forklift would
 * otherwise see ten crane entries before its own machine; industry sections are not capped. The
 * rest follow in score order.
 */
export const PER_COMMON_SECTION = 4;
function diversify(sorted: Suggestion[], limit: number): Suggestion[] {
  const head: Suggestion[] = [];
  const tail: Suggestion[] = [];
  const count = new Map<string, number>();
  for (const s of sorted) {
    const n = count.get(s.entry.section) ?? 0;
    const capped = sectionIndustry.get(s.entry.section) === null && n >= PER_COMMON_SECTION;
    if (!capped && head.length < limit) {
      head.push(s);
      count.set(s.entry.section, n + 1);
    } else tail.push(s);
  }
  return [...head, ...tail].slice(0, limit);
}

/** The text a suggestion is judged by (place, hazard, consequence, measures). */
export function entryText(e: LibraryEntry): string {
  return [e.place, e.hazard, e.consequence, ...e.measures.map((m) => m.text)].join(' ');
}
