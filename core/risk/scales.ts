/**
 * The scales of the two scoring methods, with the meaning of every step as display text.
 *
 * - LEC (作业条件危险性评价法): D = L × E × C, domain-facts §4.2 [V]. L = likelihood of an
 *   accident, E = how often people are exposed, C = consequence. The step values and their short
 *   Chinese meanings are the method's classic labels (facts, identical across sources). C has a
 *   second variant tied to the accident grades of 国务院令第493号 whose lower rows were not
 *   retrieved [?]; SafePost uses the classic C column.
 * - LS (风险矩阵法): R = L × S, both 1–5, domain-facts §4.3 [V criteria]. The criteria text below
 *   paraphrases the common table in our own words.
 *
 * Scales are arrays listed highest value first, as registers print them. Band tables (which score
 * is which colour) are separate data: see bandTable.ts — there is no single national mapping.
 */

/** One step of a scale: its value and what it means (zh-CN). */
export interface ScaleStep {
  value: number;
  meaningZh: string;
}

/** An LS step also carries the criteria an assessor checks to pick it. */
export interface LsScaleStep extends ScaleStep {
  criteriaZh: string;
}

/** An LS severity step, with its criteria split by aspect (any one aspect is enough). */
export interface LsSeverityStep extends LsScaleStep {
  aspectsZh: { law: string; people: string; loss: string; downtime: string; reputation: string };
}

export type LecField = 'L' | 'E' | 'C';
export type LsField = 'L' | 'S';

/** LEC steps (domain-facts §4.2): L 事故发生的可能性, E 暴露频繁程度, C 事故后果. */
export const LEC_SCALES: { readonly L: readonly ScaleStep[]; readonly E: readonly ScaleStep[]; readonly C: readonly ScaleStep[] } = {
  L: [
    { value: 10, meaningZh: '完全可以预料' },
    { value: 6, meaningZh: '相当可能' },
    { value: 3, meaningZh: '可能，但不经常' },
    { value: 1, meaningZh: '可能性小，完全意外' },
    { value: 0.5, meaningZh: '很不可能，可以设想' },
    { value: 0.2, meaningZh: '极不可能' },
    { value: 0.1, meaningZh: '实际不可能' },
  ],
  E: [
    { value: 10, meaningZh: '连续暴露' },
    { value: 6, meaningZh: '每天工作时间内暴露' },
    { value: 3, meaningZh: '每周一次或偶然暴露' },
    { value: 2, meaningZh: '每月一次暴露' },
    { value: 1, meaningZh: '每年几次暴露' },
    { value: 0.5, meaningZh: '非常罕见地暴露' },
  ],
  C: [
    { value: 100, meaningZh: '大灾难，许多人死亡' },
    { value: 40, meaningZh: '灾难，数人死亡' },
    { value: 15, meaningZh: '非常严重，一人死亡' },
    { value: 7, meaningZh: '严重，重伤' },
    { value: 3, meaningZh: '重大，致残' },
    { value: 1, meaningZh: '引人注目，需要救护' },
  ],
};

/** Names of the LEC factors as column headers. */
export const LEC_FACTOR_ZH: Readonly<Record<LecField | 'D', string>> = {
  L: '事故发生的可能性（L）',
  E: '暴露于危险环境的频繁程度（E）',
  C: '发生事故可能造成的后果（C）',
  D: '危险性分值（D = L × E × C）',
};

/**
 * The five classic LEC danger classes of D (domain-facts §4.2 [V]) — display text only. They are
 * NOT the four risk levels: which D is which colour is the band table's job (bandTable.ts).
 * A score belongs to the first class whose bound it exceeds (D > 320, then D > 160, …).
 */
export const LEC_DANGER_CLASSES: readonly { lowerBound: number; lowerInclusive: boolean; labelZh: string }[] = [
  { lowerBound: 320, lowerInclusive: false, labelZh: '极其危险，不能继续作业' },
  { lowerBound: 160, lowerInclusive: false, labelZh: '高度危险，要立即整改' },
  { lowerBound: 70, lowerInclusive: false, labelZh: '显著危险，需要整改' },
  { lowerBound: 20, lowerInclusive: false, labelZh: '一般危险，需要注意' },
  { lowerBound: 0, lowerInclusive: true, labelZh: '稍有危险，可以接受' },
];

/** The classic danger-class label of an LEC score D, e.g. 252 → '高度危险，要立即整改'. */
export function lecDangerClassZh(score: number): string {
  for (const c of LEC_DANGER_CLASSES) {
    if (score > c.lowerBound || (c.lowerInclusive && score >= c.lowerBound)) return c.labelZh;
  }
  // Negative scores cannot come out of evaluateLec; print them as the lowest class.
  return LEC_DANGER_CLASSES[LEC_DANGER_CLASSES.length - 1]!.labelZh;
}

/** LS steps (domain-facts §4.3): L 可能性 1–5, S 严重性 1–5; criteria in our own words. */
export const LS_SCALES: { readonly L: readonly LsScaleStep[]; readonly S: readonly LsSeverityStep[] } = {
  L: [
    { value: 5, meaningZh: '很可能', criteriaZh: '没有任何预防、监测或防护措施，危害无法及时察觉；或此类事件经常发生' },
    { value: 4, meaningZh: '较可能', criteriaZh: '危害不易察觉，缺少监测；或虽有控制措施但未有效执行；事件时有发生或在预料之中' },
    { value: 3, meaningZh: '可能', criteriaZh: '缺少防护装置或个体防护，或未严格按操作规程作业；危害容易发现；以往发生过' },
    { value: 2, meaningZh: '不太可能', criteriaZh: '危害能及时发现并定期监测，或控制措施有效；以往偶尔发生' },
    { value: 1, meaningZh: '极不可能', criteriaZh: '控制措施充分有效，人员安全意识强；实际上不会发生' },
  ],
  S: [
    {
      value: 5, meaningZh: '特别严重', criteriaZh: '违反法律法规或标准；造成死亡；直接损失100万元及以上；多套装置停工；产生重大社会影响',
      aspectsZh: { law: '违反法律法规或标准', people: '死亡', loss: '100万元及以上', downtime: '多套装置停工', reputation: '重大国内外影响' },
    },
    {
      value: 4, meaningZh: '严重', criteriaZh: '可能违反法律法规；造成永久性伤残；直接损失50万元及以上；两套装置停工；产生行业或省级影响',
      aspectsZh: { law: '潜在违反法律法规', people: '永久性伤残', loss: '50万元及以上', downtime: '两套装置停工', reputation: '行业或省级影响' },
    },
    {
      value: 3, meaningZh: '较严重', criteriaZh: '不符合上级或行业规定；造成截肢、骨折、听力丧失或慢性病；直接损失1万元及以上；一套装置停工；产生地区影响',
      aspectsZh: { law: '不符合上级或行业规定', people: '截肢、骨折、听力丧失、慢性病', loss: '1万元及以上', downtime: '一套装置停工', reputation: '地区影响' },
    },
    {
      value: 2, meaningZh: '一般', criteriaZh: '不符合企业操作规程；造成轻微受伤或间歇不适；直接损失不足1万元；基本不影响生产；影响限于企业及周边',
      aspectsZh: { law: '不符合企业规章或操作规程', people: '轻微受伤、间歇不适', loss: '不足1万元', downtime: '基本不停工', reputation: '企业内部及周边' },
    },
    {
      value: 1, meaningZh: '轻微', criteriaZh: '符合法规和制度；无人员伤害；无经济损失；不停工；无影响',
      aspectsZh: { law: '完全符合', people: '无伤害', loss: '无损失', downtime: '不停工', reputation: '无影响' },
    },
  ],
};

/** Names of the LS factors as column headers. */
export const LS_FACTOR_ZH: Readonly<Record<LsField | 'R', string>> = {
  L: '可能性（L）',
  S: '严重性（S）',
  R: '风险值（R = L × S）',
};

/** Allowed values of a field, ascending (e.g. LEC L → [0.1, 0.2, 0.5, 1, 3, 6, 10]). */
export function allowedValues(method: 'LEC', field: LecField): number[];
export function allowedValues(method: 'LS', field: LsField): number[];
export function allowedValues(method: 'LEC' | 'LS', field: LecField | LsField): number[];
export function allowedValues(method: 'LEC' | 'LS', field: LecField | LsField): number[] {
  const steps: readonly ScaleStep[] | undefined =
    method === 'LEC' ? LEC_SCALES[field as LecField] : LS_SCALES[field as LsField];
  if (!steps) throw new Error(`allowedValues: ${method} has no field ${field}`);
  return steps.map((s) => s.value).sort((a, b) => a - b);
}

/** A number as registers print it: 0.1 → '0.1', 320 → '320'. */
export function formatScaleNumber(n: number): string {
  return String(n);
}

/** Allowed values as one display string, ascending, joined with '、' (e.g. '0.1、0.2、0.5、1、3、6、10'). */
export function allowedDisplay(method: 'LEC' | 'LS', field: LecField | LsField): string {
  return allowedValues(method, field).map(formatScaleNumber).join('、');
}

/** True when `value` is exactly one of the field's steps. */
export function isOnScale(method: 'LEC' | 'LS', field: LecField | LsField, value: number): boolean {
  return typeof value === 'number' && allowedValues(method, field).includes(value);
}

/** The meaning of a step, or undefined when the value is off the scale. */
export function stepMeaningZh(method: 'LEC' | 'LS', field: LecField | LsField, value: number): string | undefined {
  const steps: readonly ScaleStep[] | undefined =
    method === 'LEC' ? LEC_SCALES[field as LecField] : LS_SCALES[field as LsField];
  return steps?.find((s) => s.value === value)?.meaningZh;
}
