/**
 * Post and place names as registers write them: 振筛工（振筛作业）, 焊工（电焊作业、电焊机、切割机）,
 * 汽车司机、洒水车司机（运输、洒水作业；自卸汽车、洒水车）, and equipment or places in the same
 * column (破碎机, 变压器、配电柜, 应急救援器材库). A post cell becomes a post name with its job
 * content and equipment; a place cell becomes a 场所/设备设施 riskPoint (DESIGN §4).
 */
import { cleanText, compactText } from './text';

export interface PostCell {
  /** The name without the bracketed part (at most 60 characters). */
  name: string;
  /** 作业内容 from the bracket (segments that end in 作业). */
  jobContent: string;
  /** Equipment named in the bracket. */
  equipment: string[];
  /** True when the cell names equipment or a place rather than a post. */
  isPlace: boolean;
}

const PERSON_END = /(工|员|司机|长|人员|师|手|负责人|主任|保安|安保|厨|领导|班组|班)$/;
const PLACE_END = /(机|机械|设备|设施|车|车辆|库|仓库|室|房|间|柜|器|皮带|带|磅|站|场|线|线路|管道|罐|池|炉|筛|台|桥|梯|道|路|区|口|坑|仓|塔|棚|系统|装置)$/;

/** True when a name (without brackets) names equipment or a place, not a post. */
export function isPlaceName(name: string): boolean {
  const n = compactText(name);
  if (PERSON_END.test(n)) return false;
  return PLACE_END.test(n);
}

const clip = (s: string, max: number) => ([...s].length > max ? [...s].slice(0, max).join('') : s);

/** Splits a post cell; see the module comment. '' → name ''. */
export function parsePostCell(raw: string): PostCell {
  const text = cleanText(raw).replace(/\n/g, '');
  const m = /^(.*?)\s*（(.*)）$/.exec(text);
  const name = clip((m ? m[1]! : text).trim(), 60);
  const job: string[] = [];
  const equipment: string[] = [];
  if (m) {
    for (const seg of m[2]!.split(/[；;]/).map((x) => x.trim()).filter(Boolean)) {
      const items = seg.split(/[、，,]/).map((x) => x.trim()).filter(Boolean);
      if (items.length === 0) continue;
      if (/作业$/.test(items[items.length - 1]!) && items.every((i) => !isPlaceName(i))) job.push(seg);
      else {
        for (const i of items) (/作业$/.test(i) ? job : equipment).push(clip(i, 60));
      }
    }
  }
  return { name, jobContent: clip(job.join('；'), 500), equipment: [...new Set(equipment)], isPlace: name !== '' && isPlaceName(name) };
}

/**
 * The distinctive core of a post or role name, for matching a chain's 挖掘机操作人员 to the post
 * 挖掘机司机: 特种/各 and the generic endings (操作人员, 人员, 司机, 工, 员 …) are removed, twice.
 */
export function postCore(name: string): string {
  let s = compactText(name).replace(/^(特种|各)/, '');
  for (let i = 0; i < 2; i++) s = s.replace(/(操作人员|管理人员|操作工|作业人员|人员|司机|操作|工|员)$/, '').replace(/^(特种|各)/, '');
  return s;
}

/** True when every character of `short` appears in `long` in order (振筛 ⊑ 振动筛). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length;
}

/**
 * How well a role item names a post: 3 same name, 2 same core, 1 one core within the other
 * (at least two characters), 0 no match. A post named 汽车司机、洒水车司机 is compared by each part.
 */
export function postMatchScore(item: string, postName: string): number {
  const a = compactText(item);
  const b = compactText(postName);
  if (a === b) return 3;
  const ca = postCore(a);
  let best = 0;
  for (const part of b.split(/[、，,和]/)) {
    const cb = postCore(part);
    if (ca === '' || cb === '') continue;
    if (ca === cb) best = Math.max(best, 2);
    else if (Math.min(ca.length, cb.length) >= 2 && (isSubsequence(ca, cb) || isSubsequence(cb, ca))) best = Math.max(best, 1);
  }
  return best;
}
