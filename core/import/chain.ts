/**
 * Responsibility chains written as free text in a register's 责任人/责任单位 column, e.g.
 * 生产科长、破碎班组长、破碎工 — the owners from the top level down. Each item is read as a
 * control level (企业 / 车间(科室) / 班组 / 岗位, DESIGN §4 管控层级), a person role where the
 * item names one, and the unit it names (生产科, 破碎班组, the post 破碎工).
 *
 * Real chains (../shared/realcases README) drop separators (生产科长破碎班组长、操作人员) and carry
 * stray spaces (钻孔 班长): spaces are removed and a role word followed by more text starts a new
 * item. Only roles are read; a person is recorded only when a name is written next to a role
 * (张三（班组长）), never invented.
 */
import type { PersonRole } from '../model/org';
import type { ControlLevel } from '../model/vocab';
import { cleanText } from './text';

export interface ChainItem {
  /** The item as written (spaces removed). */
  text: string;
  level: ControlLevel;
  /** The role it names; null when it names a unit only (装载班组) or a technical post (工程师). */
  role: PersonRole | null;
  /** The unit named: workshop/department (生产科), team (破碎班组), post (破碎工); null at enterprise level. */
  unit: string | null;
  /** A person's name written with the role, else null. */
  person: string | null;
}

export interface ParsedChain {
  text: string;
  items: ChainItem[];
  /** True when separators were missing or spaces had to be removed. */
  repaired: boolean;
}

const ROLE_WORD = /主要负责人|负责人|科长|主任|部长|经理|厂长|矿长|班组长|班长|组长|队长|工程师|总监/g;
const NAME = /^([\u4e00-\u9fa5·]{2,4}|人员[A-Z])$/;
const POSTISH = /(工|员|司机|人员|作业|长|师)$/;

/** Team display name: 钻孔班 → 钻孔班组, 装载班组 stays, 挖掘机班 → 挖掘机班组. */
export function teamName(unit: string): string {
  return /班$/.test(unit) ? `${unit}组` : unit;
}

/** Level words that name no particular unit (车间主任 = the head of the row's workshop). */
const GENERIC_UNIT = /^各?(车间|部门|科室|工段|科|部|处|室|班组|班|组|队)$/;

function classify(text: string): Omit<ChainItem, 'text' | 'person'> {
  if (/主要负责人|^(矿长|厂长|总经理|董事长|法定代表人|经理)$/.test(text)) return { level: 'enterprise', role: 'principal', unit: null };
  if (/分管.*(负责人|领导)|^副(总经理|矿长|厂长|总)|安全总监|总工程师|技术负责人/.test(text)) return { level: 'enterprise', role: 'deputy', unit: null };
  if (/^安全(管理)?(人员|员)$/.test(text)) return { level: 'enterprise', role: 'safetyManager', unit: null };
  if (/工程师$/.test(text)) return { level: 'enterprise', role: null, unit: null };
  const dept = /^(.*?)(科长|主任|部长|处长|经理|(?:项目)?负责人)$/.exec(text);
  if (dept && !/(班组|班|组)$/.test(dept[1]!)) {
    let unit = dept[1]!;
    // 生产科长 = the head of 生产科: the 科 is shared by the unit and the title.
    const own: Record<string, string> = { 科长: '科', 部长: '部', 处长: '处' };
    const suffix = own[dept[2]!];
    if (suffix && unit !== '' && !unit.endsWith(suffix)) unit += suffix;
    // 车间主任 / 部门经理 name the role of whichever workshop the row belongs to, not a unit called 车间
    return { level: 'workshop', role: /^安全/.test(unit) ? 'safetyManager' : 'workshopHead', unit: unit && !GENERIC_UNIT.test(unit) ? unit : null };
  }
  const team = /^(.+?)(班组班长|班组长|班长|组长|队长)$/.exec(text);
  if (team) {
    const unitSuffix: Record<string, string> = { 班组班长: '班组', 班组长: '班组', 班长: '班', 组长: '组', 队长: '队' };
    const unit = teamName(`${team[1]}${unitSuffix[team[2]!]}`);
    return { level: 'team', role: 'teamLeader', unit: GENERIC_UNIT.test(unit) ? null : unit };
  }
  if (/(班组|班)$/.test(text)) return { level: 'team', role: null, unit: teamName(text) };
  if (/(车间|科|部|室|处)$/.test(text) && text.length > 1) return { level: 'workshop', role: null, unit: text };
  return { level: 'post', role: 'worker', unit: text.replace(/^各/, '') };
}

function splitMissingSeparators(piece: string): string[] {
  const out: string[] = [];
  let rest = piece;
  for (;;) {
    ROLE_WORD.lastIndex = 0;
    let cut = -1;
    for (let m = ROLE_WORD.exec(rest); m; m = ROLE_WORD.exec(rest)) {
      const end = m.index + m[0].length;
      // a role word followed by more text that does not continue the title (班组长 vs 班组班长)
      if (end < rest.length && !/^(长|班长|组长|负责人)/.test(rest.slice(end)) && !/^[（(]/.test(rest.slice(end))) {
        cut = end;
        break;
      }
    }
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

function withPerson(piece: string): ChainItem {
  const m = /^(.+?)[（：:](.+?)）?$/.exec(piece);
  if (m) {
    const [a, b] = [m[1]!, m[2]!];
    const ca = classify(a);
    const cb = classify(b);
    if (ca.level !== 'post' && NAME.test(b) && !POSTISH.test(b)) return { text: piece, ...ca, person: b };
    if (cb.level !== 'post' && NAME.test(a) && !POSTISH.test(a)) return { text: piece, ...cb, person: a };
  }
  return { text: piece, ...classify(piece), person: null };
}

/**
 * Parses a chain cell. Separators: 、，,；;/| line breaks and 及. Empty text → no items.
 * Examples: '生产科长、破碎班组长、破碎工' → workshop 生产科 (workshopHead), team 破碎班组
 * (teamLeader), post 破碎工 (worker); '生产科长破碎班组长、操作人员' → the same split, repaired.
 */
export function parseChain(raw: string): ParsedChain {
  const text = cleanText(raw);
  // any white space in the cell (inside a name, next to a separator, trailing) is stray
  let repaired = /\s/.test(raw.replace(/\r?\n/g, ''));
  const pieces = text.replace(/\s+/g, '').split(/[、，,；;/|\n]+|及/).filter((p) => p !== '');
  const items: ChainItem[] = [];
  for (const p of pieces) {
    const parts = splitMissingSeparators(p);
    if (parts.length > 1) repaired = true;
    for (const part of parts) items.push(withPerson(part));
  }
  return { text, items, repaired };
}

/** The chain's items at one level (first match), or undefined. */
export function chainAt(chain: ParsedChain, level: ControlLevel): ChainItem | undefined {
  return chain.items.find((i) => i.level === level && i.unit !== null);
}
