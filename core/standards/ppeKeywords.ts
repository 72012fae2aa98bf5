/**
 * PPE named in free text: the words registers use for 个体防护装备 in measures (必须佩戴安全帽) and
 * hazards (未系安全带), mapped to PPE registry ids (ppeIds.ts). Used when a register has no PPE
 * column (core/import) so the post cards and the sign plan (PPE → mandatory sign) get their PPE.
 *
 * Engineering judgement, not from a standard: the words are the usual names in Chinese registers
 * and catalogues; GB 39800.1-2020 says which PPE to select, not how registers spell it.
 *
 * Reading rules (reasons in the code):
 * - longer words win over the words inside them (绝缘手套 is not also 手套);
 * - a measure that forbids the item (禁止戴手套, 操作钻床时摘下手套) gives nothing;
 * - a hazard text names PPE only when it says the item is missing or faulty (未系安全带,
 *   安全帽质量不合格); a hazard that is the wearing itself (切肉机戴手套) gives nothing;
 * - words that also name things that are not PPE (安全带 for a safe strip along a bench edge,
 *   防护帽 for a gas cylinder's cap) count only next to a wearing verb (系, 戴, 穿…);
 * - a generic word becomes the specific item the text's work calls for (防护手套 in a welding
 *   measure → 焊工手套).
 */
import { PPE_ROWS } from './ppeIds';

export interface PpeKeyword {
  /** Words (zh-CN) that name the item; matched as written (after the caller's text cleaning). */
  words: readonly string[];
  /** PPE registry id. */
  ppeId: string;
  /** The words also name something that is not PPE: count them only after a wearing verb. */
  needsWearVerb?: boolean;
  /** A more specific item when the text (or its context) mentions the work: [pattern, ppe id]; first match wins. */
  refine?: readonly (readonly [RegExp, string])[];
}

const WELDING = /焊|割枪|气割/;
const HEAT = /隔热|高温|烫|热料|熔融/;

export const PPE_KEYWORDS: readonly PpeKeyword[] = [
  { words: ['安全帽', '安全头盔'], ppeId: 'ppe.safety-helmet' },
  { words: ['工作帽', '防护帽'], ppeId: 'ppe.protective-cap', needsWearVerb: true },
  { words: ['防化学飞溅护目镜', '防化护目镜', '防化学护目镜', '防溅护目镜'], ppeId: 'ppe.goggles-chemical' },
  { words: ['遮光护目镜', '焊接护目镜', '电焊护目镜', '焊接面罩', '电焊面罩', '焊工面罩', '电焊帽', '焊帽'], ppeId: 'ppe.welding-shield' },
  { words: ['护目镜', '防护眼镜', '安全眼镜', '防冲击眼镜', '防尘眼镜'], ppeId: 'ppe.safety-glasses', refine: [[WELDING, 'ppe.welding-shield']] },
  { words: ['防护面罩', '防冲击面罩', '防护面屏', '面屏'], ppeId: 'ppe.face-shield', refine: [[WELDING, 'ppe.welding-shield']] },
  { words: ['防颗粒物呼吸器', 'KN100'], ppeId: 'ppe.dust-mask-kn100' },
  { words: ['防尘口罩', '防尘面具', '防尘面罩', '防尘呼吸器', '防颗粒物口罩', '防护口罩', 'KN95', 'N95', '口罩'], ppeId: 'ppe.dust-mask-kn95' },
  { words: ['过滤式防毒面具', '防毒面具', '防毒面罩', '防毒口罩'], ppeId: 'ppe.gas-mask' },
  { words: ['正压式空气呼吸器', '空气呼吸器', '氧气呼吸器'], ppeId: 'ppe.scba' },
  { words: ['耳塞', '防噪声耳塞', '防噪耳塞'], ppeId: 'ppe.earplugs' },
  { words: ['耳罩', '护耳器'], ppeId: 'ppe.earmuffs' },
  { words: ['绝缘手套'], ppeId: 'ppe.gloves-insulating' },
  { words: ['防割手套', '防切割手套'], ppeId: 'ppe.gloves-cut' },
  { words: ['耐酸碱手套', '防化手套', '耐酸手套', '耐碱手套'], ppeId: 'ppe.gloves-chemical' },
  { words: ['隔热手套', '耐高温手套', '防烫手套'], ppeId: 'ppe.gloves-heat' },
  { words: ['焊工手套', '电焊手套', '焊接手套'], ppeId: 'ppe.gloves-welding' },
  { words: ['防寒手套'], ppeId: 'ppe.gloves-cold' },
  { words: ['防护手套', '劳保手套', '手套'], ppeId: 'ppe.gloves-general', refine: [[WELDING, 'ppe.gloves-welding'], [HEAT, 'ppe.gloves-heat']] },
  { words: ['电绝缘鞋', '绝缘鞋', '绝缘靴'], ppeId: 'ppe.insulating-shoes' },
  { words: ['防静电鞋'], ppeId: 'ppe.antistatic-shoes' },
  { words: ['耐酸碱胶靴', '耐酸碱靴', '防化靴'], ppeId: 'ppe.chemical-boots' },
  { words: ['安全鞋', '劳保鞋', '防砸鞋', '防护鞋', '防刺穿鞋', '安全靴'], ppeId: 'ppe.safety-shoes' },
  { words: ['安全带', '全身式安全带'], ppeId: 'ppe.safety-harness', needsWearVerb: true },
  { words: ['防静电服', '防静电工作服'], ppeId: 'ppe.antistatic-clothing' },
  { words: ['防化服', '耐酸碱服'], ppeId: 'ppe.chemical-suit' },
  { words: ['阻燃服', '隔热服', '阻燃防护服', '防火服'], ppeId: 'ppe.heat-suit' },
  { words: ['焊工服', '电焊服', '焊接防护服', '焊工防护服', '电焊围裙', '焊工围裙'], ppeId: 'ppe.welding-apron' },
  { words: ['防寒服'], ppeId: 'ppe.cold-clothing' },
  { words: ['防护服', '工作服'], ppeId: 'ppe.coverall', refine: [[WELDING, 'ppe.welding-apron']] },
  { words: ['反光背心', '反光衣', '反光马甲', '反光服'], ppeId: 'ppe.reflective-vest' },
  { words: ['救生衣', '救生背心'], ppeId: 'ppe.life-jacket' },
];

/** Every PPE id the keywords can give (the entries' ids and their refinements). */
export const PPE_KEYWORD_IDS: readonly string[] = [
  ...new Set(PPE_KEYWORDS.flatMap((k) => [k.ppeId, ...(k.refine ?? []).map((r) => r[1])])),
];

/** Registry ids with no keyword: none at the moment (tested against PPE_ROWS). */
export const PPE_WITHOUT_KEYWORD: readonly string[] = PPE_ROWS.map((r) => `ppe.${r[0]}`).filter((id) => !PPE_KEYWORD_IDS.includes(id));

/** Clause boundaries: a prohibition or an absence reaches to the end of its clause, not further. 、 is not one (禁止穿拖鞋、戴手套). */
const CLAUSE_END = /[，。；;,!！?？\n]/;
/** Words that forbid what follows (禁止戴手套) or take it off (摘下手套). */
const PROHIBIT = /禁止|严禁|不得|不准|不许|不能|不要|不可|切勿|勿|摘下|摘掉|脱下|脱掉|取下/g;
/** After a prohibition, these turn it back into a duty (严禁不戴安全帽, 禁止吸烟、必须戴安全帽). */
const REAFFIRM = /不|未|没|必须|须|应|要求/;
/** A hazard says the item is missing … */
const ABSENT = /未|不|没|无|缺/;
/** … or faulty (the words right after the item). */
const FAULTY = /^.{0,3}(质量|不合格|损坏|破损|老化|失效|露光|过期|缺失|不全|不齐|不符|不合|不规范)/;
/** Wearing verbs, looked for in the few characters before a word that needs one. */
const WEAR = /[戴系穿挂佩带]|配备|配发|发放|使用/;

export type PpeTextKind = 'measure' | 'hazard';

export interface PpeMention {
  ppeId: string;
  /** The word as it stands in the text. */
  word: string;
}

const ENTRIES: readonly { word: string; k: PpeKeyword }[] = PPE_KEYWORDS.flatMap((k) => k.words.map((word) => ({ word, k })))
  .sort((a, b) => [...b.word].length - [...a.word].length);

function clauseBounds(t: string, at: number, len: number): [number, number] {
  let s = at;
  while (s > 0 && !CLAUSE_END.test(t[s - 1]!)) s -= 1;
  let e = at + len;
  while (e < t.length && !CLAUSE_END.test(t[e]!)) e += 1;
  return [s, e];
}

function forbidden(prefix: string): boolean {
  let last = -1;
  let lastLen = 0;
  for (const m of prefix.matchAll(PROHIBIT)) [last, lastLen] = [m.index, m[0].length];
  return last >= 0 && !REAFFIRM.test(prefix.slice(last + lastLen));
}

/**
 * The PPE items a measure or a hazard text names, in the order of the text, one per id.
 * `kind` 'measure': every item named, except the forbidden ones; 'hazard': only items said to be
 * missing or faulty. Text is read as given (pass it through the import's cleanText first).
 * `context` (default: the text) is what the refinements look at: the whole hazard with its
 * measures, so 更换防护面罩 under 电焊面罩露光 is a welding shield.
 */
export function ppeInText(text: string, kind: PpeTextKind, context: string = text): PpeMention[] {
  const taken: [number, number][] = [];
  const found: { at: number; m: PpeMention }[] = [];
  for (const { word, k } of ENTRIES) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      // the span is used up even when rejected: 禁止戴绝缘手套 must not then give 手套
      taken.push([at, end]);
      const [cs, ce] = clauseBounds(text, at, word.length);
      const prefix = text.slice(cs, at);
      const suffix = text.slice(end, ce);
      if (k.needsWearVerb && !WEAR.test(prefix.slice(-4))) continue;
      if (forbidden(prefix)) continue;
      if (kind === 'hazard' && !ABSENT.test(prefix) && !FAULTY.test(suffix)) continue;
      const ppeId = k.refine?.find(([re]) => re.test(context))?.[1] ?? k.ppeId;
      found.push({ at, m: { ppeId, word } });
    }
  }
  const out: PpeMention[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!out.some((o) => o.ppeId === f.m.ppeId)) out.push(f.m);
  return out;
}
