/**
 * Reading the library's measure texts clause by clause, for what a card prints.
 *
 * A measure of the hazard library is one or more sentences ('；') of clauses ('，'), written for
 * the register: it mixes what the enterprise arranges (建立台账, 定期校验, 配备…), what the
 * equipment must have, what the worker wears and what the worker does. A post card needs only the
 * last kind, a 禁止事项 list needs the prohibitions, and the PPE box needs the PPE. So a measure is
 * split into clauses (never inside brackets or quotes), short dependent clauses (“拔钥匙”,
 * “确认未卡死”, “防止油水喷溅”) are glued to the clause before them, and each piece is classified:
 *
 * - 'prohibit': a prohibition (严禁 / 禁止 / 不得 / 不准 / 切勿 / 不许 / 不要, or a clause opening
 *   with 不在 / 不戴 …), unless a management cue comes first (“砂轮机安装位置不得…” is an
 *   installation rule). Printed as “…禁止…” (normalizeProhibition).
 * - 'mgmt': what the enterprise, the workshop or a manager arranges (records, registers,
 *   inspections by period, issuing, approving, installing, assigning). Not a worker step.
 * - 'ppe': wearing or using protective equipment (“…时戴防护眼镜”). Goes to the PPE box, once.
 * - 'action': what the worker does, with the stage of work it belongs to ('before' when it is a
 *   check before starting, 'after' when it closes the work, else 'during').
 * Measures of the enterprise level are management as a whole. A clause that ends in a comparison
 * without its object (“程序转速不得超过”) is completed from the clause that names the value
 * (completeComparisons), so no clause is ever printed cut. Our own heuristic rules, tuned on the
 * whole library (core/catalog) and kept in tests (core/cards/cards.test.ts).
 */
import type { OperatingStage } from './schema';

export type ClauseKind = 'prohibit' | 'mgmt' | 'ppe' | 'action';

export interface Clause {
  kind: ClauseKind;
  /** The piece as printed: prohibitions normalized to 禁止, leading worker subjects removed. */
  text: string;
  /** The stage of an action ('during' for the other kinds). */
  stage: OperatingStage;
}

const OPEN = '（(“‘【《「';
const CLOSE = '）)”’】》」';

/**
 * Splits a text into sentences (；;。) of clauses (，,), never inside brackets or quotes (an ASCII
 * '"' toggles). Empty pieces are dropped.
 */
export function splitClauses(text: string): string[][] {
  const sentences: string[][] = [];
  let clause = '';
  let sentence: string[] = [];
  let depth = 0;
  let ascii = false;
  const endClause = () => {
    if (clause.trim()) sentence.push(clause.trim());
    clause = '';
  };
  const endSentence = () => {
    endClause();
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  for (const ch of text) {
    if (ch === '"') ascii = !ascii;
    else if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    const inside = depth > 0 || ascii;
    if (!inside && (ch === '；' || ch === ';' || ch === '。')) {
      endSentence();
      continue;
    }
    if (!inside && (ch === '，' || ch === ',')) {
      endClause();
      continue;
    }
    clause += ch;
  }
  endSentence();
  return sentences;
}

/** The text without quoted parts (a sign's wording “禁止合闸” is not a prohibition of the clause). */
function unquoted(s: string): string {
  return s.replace(/"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」/g, '');
}

const PROHIBIT = /严禁|禁止|不得|不准|切勿|不许|不要|禁戴|禁用|^不(?:在|戴|站|用|进行|存放|堆放|靠近|使用|穿|拖|把|将)|[^不]不(?:存放|堆放|进行)|时不(?!得|准|许|要|同|能|会)/;

const MGMT = new RegExp(
  [
    '台账', '档案', '存档', '备案', '建立', '委托', '组织', '考核', '违章', '违者', '通报', '督促', '抽查', '巡查', '公布', '制定', '编制', '预案',
    '演练', '审查', '审批', '签订', '协议', '纳入', '列入', '指派', '明确', '发放', '配发', '配备', '配置', '选配', '配足', '标定', '校验', '送检',
    '检验', '年度', '每年', '每月', '每季', '定期', '按周期', '维保', '设备维护', '专人', '由持证', '管理人员', '班组长', '负责人', '张贴', '公告',
    '标明', '标出', '划定', '划为', '划出', '核定', '登记', '资质', '持证上岗', '设置', '安装(?!前|后|时)', '加装', '配齐', '设立', '选用', '采用', '告知', '(?<!经)培训', '安排', '调岗', '(?<![分支搭调])配(?:灭火器|干粉|泡沫|吸附|沙|砂|消防|应急|急救)',
    '教育', '整改', '复审', '规定(?!.*(?:方可|必须|后再))', '(?<!装)设(?!备|计|定|施)', '指定(?!.{0,4}(?:地点|位置|区域|场所))', '由[^，]{1,10}(?:保管|管理|负责|执行|驾驶|安装|审批|陪同)',
  ].join('|'),
);

const PPE_NOUN_SRC = '手套|眼镜|护目镜|面罩|面屏|口罩|呼吸器|防毒面具|滤毒|耳塞|耳罩|护耳器|安全帽|工作帽|防护帽|安全鞋|防砸鞋|防护鞋|绝缘鞋|绝缘靴|防静电鞋|防滑鞋|工作服|防护服|隔热服|阻燃服|反光背心|安全带|救生衣|围裙|袖套|护腿|防化服|劳保鞋|劳保服|工作鞋|防护靴|胶靴|雨靴|劳动防护用品|防护用品';
/** A wear verb and, within a few characters, a PPE noun: “戴贴合的防割手套”, “系安全带”. */
const WEAR_PPE = new RegExp(`(?:佩戴|穿戴|配戴|戴|穿|系|使用|换用|改用)[^，。；]{0,14}?(?:${PPE_NOUN_SRC})`);
const WEAR_START = /^(?:佩戴|穿戴|配戴|戴|穿|系)/;

/** Subjects that name the worker at the post (removed from the front of a step). */
const WORKER_SUBJECT = /^(?:规定|由经培训的人员|作业人员|操作人员|操作者|作业者|电工|焊工|清扫人员|装卸人员|地面操作人员|机房操作人员|托料人员|登高作业人员|员工|本岗位人员)/;

const BEFORE = new RegExp(
  [
    '作业前', '开机前', '开工前', '开车前', '班前', '上岗前', '使用前', '启动前', '进入前', '上机前', '装夹前', '送电前', '工作前', '操作前',
    '安装前', '^每班', '空车', '空转', '试冲', '试车', '试机', '试切', '点检', '先通风', '方可进入', '后方可开车', '方可开机', '方可启动', '后方可作业',
    '盘入', '扣紧', '三紧', '着装', '气密性检查', '检查[^，]{0,12}(?:完好|正常|有效|齐全|可靠)', '确认[^，]{0,12}(?:完好|正常|有效|齐全|可靠|合格)',
  ].join('|'),
);
const AFTER = /作业后|作业结束|工作结束|作业完毕|完工|下班|收工|交班|离车|离岗|离开前|用毕|用完|清理现场|现场清理|归位|交回|工作终结/;

/** A comparison without its object at the end (“程序转速不得超过”): not a whole clause. */
const INCOMPLETE = /(?:超过|低于|高于|小于|大于|少于|多于|达到|等于|不超过)$/;

/**
 * Completes a comparison left without its object by the clause before it that names the value
 * (“在机床上标明卡盘允许最高转速，程序转速不得超过” → “…，程序转速不得超过卡盘允许最高转速”);
 * without such a clause the object is “规定值”. Texts without such a clause are returned as is.
 */
export function completeComparisons(text: string): string {
  return splitClauses(text)
    .map((sentence) =>
      sentence
        .map((c, i) => {
          if (!INCOMPLETE.test(unquoted(c).trim())) return c;
          const named = i > 0 ? /(?:标明|规定|设定|核定|限定)(?:的)?([^，、]{2,14})$/.exec(sentence[i - 1]!) : null;
          return `${c}${named ? named[1] : '规定值'}`;
        })
        .join('，'),
    )
    .join('；');
}

/** A clause that only continues the one before it. */
function dependent(c: string): boolean {
  if (WEAR_START.test(c) || /^[不禁严]/.test(c) || classifyPiece(c) === 'mgmt') return false;
  return [...c].length <= 5 || /^(?:并|且|再|然后|用后|以免|以防|防止|避免|确保|保证|直至|直到|做好记录|减少|降低|便于|发现)/.test(c);
}

/** Turns a prohibition into the card's wording: 严禁 / 不得 … → 禁止 (in place), 不在 … → 禁止在 …. */
export function normalizeProhibition(c: string): string {
  let s = c.replace(/严禁|不得|不准|切勿|不许|不要/g, '禁止').replace(/禁戴/g, '禁止戴').replace(/禁用/g, '禁止使用');
  s = s.replace(/^不(在|戴|站|用|进行|存放|堆放|靠近|使用|穿|拖|把|将)/, '禁止$1').replace(/([^不禁])不(存放|堆放|进行)/g, '$1禁止$2');
  s = s.replace(/时不(?!得|准|许|要|同|能|会)/g, '时禁止');
  return s;
}

/** Removes a leading subject naming the worker (“作业人员穿…” → “穿…”). */
export function withoutWorkerSubject(c: string): string {
  const s = c.replace(WORKER_SUBJECT, '');
  return s.length >= 2 ? s : c;
}

/**
 * Is the piece a wear/use of PPE (“清理切屑时戴防割手套”, “穿防砸安全鞋”, “司机系安全带”)? Every
 * clause of it is a wear phrase after at most a short condition or subject (≤ 14 characters).
 */
export function isPpeClause(c: string): boolean {
  return unquoted(c)
    .split('，')
    .filter((part) => !/^(?:防止|避免|以免|以防|确保)/.test(part))
    .every((part) => {
      const m = WEAR_PPE.exec(part);
      return !!m && m.index <= 14 && !/关闭|停机|断电|检查|确认/.test(part.slice(0, m.index));
    });
}

/** Classifies one piece (clause with its dependants). `enterprise`: the measure is of the enterprise level. */
export function classifyPiece(piece: string, enterprise = false): ClauseKind {
  const plain = unquoted(piece);
  const p = PROHIBIT.exec(plain);
  const m = MGMT.exec(plain);
  if (enterprise) return 'mgmt';
  if (p && !(m && m.index < p.index)) return 'prohibit';
  if (m) return 'mgmt';
  if (isPpeClause(piece)) return 'ppe';
  return 'action';
}

/**
 * The pieces of a measure text, classified (see the module comment). Consecutive actions of one
 * sentence are joined again with '，' so a step reads as written; they share one stage: the first
 * explicit cue among them, 'during' when none, and a piece with an after-work cue starts a new
 * step. A dropped management clause may name what the next piece is about: its object (“冲床安全
 * 装置纳入设备台账，每班开机前检查并记录” → “冲床安全装置每班开机前检查并记录”) or its place
 * (“泄爆口外划定危险区，禁止人员停留” → “泄爆口外禁止人员停留”). A management clause that posts
 * rules (“张贴操作规程：侧身站立、不用侧面磨削”) gives the rules after its colon as a step.
 */
export function measureClauses(text: string, o: { enterprise?: boolean } = {}): Clause[] {
  const out: Clause[] = [];
  for (const sentence of splitClauses(completeComparisons(text))) {
    const pieces: string[] = [];
    for (const c of sentence) {
      if (pieces.length && dependent(c)) pieces[pieces.length - 1] += `，${c}`;
      else pieces.push(c);
    }
    let group: { clause: Clause; cue: OperatingStage | null } | null = null;
    let dropped = '';
    // the condition of a dropped (management or PPE) piece that a prohibition after it depends on
    let condition = '';
    for (const raw of pieces) {
      let piece = raw;
      let kind = classifyPiece(piece, o.enterprise);
      if (kind === 'mgmt' && !o.enterprise) {
        const colon = /^[^：]*(?:张贴|公示|规程|要求)[^：]*：(.+)$/.exec(piece);
        if (colon && classifyPiece(colon[1]!) !== 'mgmt') {
          piece = colon[1]!;
          kind = classifyPiece(piece);
        }
      }
      const cond = /^([^，]{2,14}?(?:时|的场所|场所内|情况下))(?!禁止|不得|严禁)/.exec(withoutWorkerSubject(piece));
      if (kind === 'mgmt') {
        dropped = piece;
        condition = cond ? cond[1]! : '';
        group = null;
        continue;
      }
      let textOut = withoutWorkerSubject(piece);
      if (kind === 'prohibit' && condition && /^(?:禁止|严禁|不得)/.test(textOut)) textOut = `${condition}${textOut}`;
      condition = kind === 'ppe' && cond ? cond[1]! : '';
      if (dropped) {
        const object = /^([^，、]{2,12}?)(?:纳入|列入|建立|由|定期|实行|经|按期)/.exec(dropped);
        const place = /^([^，、]{2,10}?(?:外|内|旁|处|周边|周围|下方|上方|附近|两侧|区域))(?=[^，]*(?:划|设))/.exec(dropped);
        if (kind === 'action' && object && /^(?:每班|每次|每天|作业前|开机前|使用前|上机前)/.test(textOut) && /(?:检查|确认|试验)(?:并记录)?$/.test(textOut)) textOut = `${object[1]}${textOut}`;
        else if (kind === 'prohibit' && place && /^(?:禁止|严禁|不得)/.test(textOut)) textOut = `${place[1]}${textOut}`;
      }
      dropped = '';
      if (kind === 'prohibit') textOut = normalizeProhibition(textOut);
      if (kind !== 'action') {
        out.push({ kind, text: textOut, stage: 'during' });
        group = null;
        continue;
      }
      // after-work words inside quotes (“离手必归位”) do not make a step an after-work one
      const cue: OperatingStage | null = AFTER.test(unquoted(textOut)) ? 'after' : BEFORE.test(textOut) ? 'before' : null;
      // a precondition (“…合格后方可进入”) gives its stage to the steps before it
      if (group && (cue === null || cue === group.cue || (!group.cue && cue === 'before' && /方可/.test(textOut)))) {
        group.clause.text += `，${textOut}`;
        if (!group.cue && cue) {
          group.cue = cue;
          group.clause.stage = cue;
        }
        continue;
      }
      const clause: Clause = { kind, text: textOut, stage: cue ?? 'during' };
      out.push(clause);
      group = { clause, cue };
    }
  }
  return out;
}
