/**
 * What a register column can mean (the import's fields) and the header texts that name them:
 * the usual headers of Chinese registers (安全风险辨识清单, 风险分级管控清单, 风险评价记录) and the
 * English column names of the msm exports (../shared/realcases). Headers are compared after
 * `headerText` normalisation (no spaces, full-width letters → ASCII, upper case, （）).
 */
import { z } from 'zod';
import { compactText } from './text';

export const IMPORT_FIELDS = [
  'seq', 'org', 'workshop', 'post', 'riskPoint', 'hazard', 'factorCategory', 'accidentType', 'consequence',
  'measures', 'measureEngineering', 'measureManagement', 'measureTraining', 'measurePpe', 'measureEmergency',
  'L', 'E', 'C', 'S', 'score', 'level', 'colour', 'responsibility', 'signs', 'date',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);

/** Fields several columns may feed (their texts are joined); every other field takes one column. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set([
  'measures', 'measureEngineering', 'measureManagement', 'measureTraining', 'measurePpe', 'measureEmergency', 'responsibility',
]);

/** Chinese label of each field (zh-CN; the screen uses i18n keys `importRegister.fields.<field>`). */
export const IMPORT_FIELD_ZH: Readonly<Record<ImportField, string>> = {
  seq: '序号', org: '单位/机构', workshop: '车间/部门', post: '岗位', riskPoint: '风险点/设备设施/作业活动',
  hazard: '危险因素', factorCategory: '危害因素类别', accidentType: '事故类型', consequence: '可能后果',
  measures: '管控措施', measureEngineering: '工程技术措施', measureManagement: '管理措施', measureTraining: '培训教育措施',
  measurePpe: '个体防护措施', measureEmergency: '应急处置措施', L: 'L（可能性）', E: 'E（暴露频繁程度）', C: 'C（后果）',
  S: 'S（严重性）', score: '风险值（D/R）', level: '风险等级', colour: '风险颜色', responsibility: '责任人/责任单位',
  signs: '安全标志', date: '日期',
};

/** Header text normalised for matching: no white space, ASCII letters upper case, （）. */
export function headerText(raw: string): string {
  return compactText(raw).toUpperCase();
}

/** Exact header texts (normalised) per field. */
const EXACT: Readonly<Record<ImportField, readonly string[]>> = {
  seq: ['序号', '编号', '序', 'NO', 'NO.', 'ID', '风险编号'],
  org: ['ORG_FK', 'ORG', '单位', '机构', '企业', '企业名称', '单位名称', '公司'],
  workshop: ['车间', '部门', '车间/部门', '车间（部门）', '部门/车间', '科室', '所属车间', '所属部门', '区域/车间', 'DEPARTMENT'],
  post: ['岗位', '岗位名称', '工种', '岗位/工种', '作业岗位', '所属岗位', 'POST_NAME', 'POST', 'JOB_NAME'],
  riskPoint: [
    '风险点', '风险点名称', '设备设施', '作业活动', '场所', '作业场所', '工作场所', '部位', '区域', '设备设施/作业活动',
    '作业活动/设备设施', '风险点（设备设施/作业活动）', '场所/环节/部位', '作业步骤', '作业内容', 'LOCATION_NAME', 'JOB_POSITION',
  ],
  hazard: [
    '危险因素', '危险源', '危害因素', '风险描述', '较大危险因素', '危险有害因素', '危险和有害因素', '危险源（危害因素）',
    '危险源名称', '风险因素', '主要危险因素', '危险（有害）因素', 'CAUSE', 'HAZARD', 'DANGER',
  ],
  factorCategory: ['危害因素类别', '危险因素类别', '危险有害因素类别', '因素类别', '危害类别', '类别', '分类', 'HARMFUL_FACTORS', 'FACTOR'],
  accidentType: ['事故类型', '可能导致的事故类型', '可能导致的事故', '事故类别', '可能发生的事故类型', '事故后果类型', 'TROUBLE_NAME', 'ACCIDENT_TYPE'],
  consequence: ['可能后果', '后果', '可能造成的后果', '危害后果', 'CONSEQUENCE'],
  measures: ['管控措施', '控制措施', '现有控制措施', '风险管控措施', '防范措施', '安全措施', '主要管控措施', '现有管控措施', 'MEASURE', 'CONTROL_MEASURE', 'MEASURES'],
  measureEngineering: ['工程技术措施', '工程技术', '工程控制措施'],
  measureManagement: ['管理措施', '管理控制措施'],
  measureTraining: ['培训教育措施', '培训教育'],
  measurePpe: ['个体防护措施', '个体防护', '个人防护措施', '劳动防护'],
  measureEmergency: ['应急处置措施', '应急处置', '应急措施', 'EMERGENCY_MEASURE'],
  L: ['L', 'L值', '可能性', '事故发生的可能性', '发生事故的可能性', 'NUM_L'],
  E: ['E', 'E值', '暴露频繁程度', '暴露于危险环境的频繁程度', '人员暴露于危险环境中的频繁程度', 'NUM_E'],
  C: ['C', 'C值', '后果严重程度', '发生事故可能造成的后果', 'NUM_C'],
  S: ['S', 'S值', '严重性', '严重程度', '后果严重性', 'NUM_S'],
  score: ['D', 'R', 'D值', 'R值', '风险值', '危险性分值', '风险度', '风险分值', '危险性', '评价分值', 'NUM_D', 'NUM_R', 'SCORE'],
  level: ['风险等级', '风险级别', '风险分级', '等级', '级别', '评价级别', '危险级别', '风险程度', 'LEVEL_NAME', 'LEVEL', 'RISK_LEVEL'],
  colour: ['颜色', '风险颜色', '四色', '标识颜色', '色标', 'COLOR', 'COLOUR'],
  responsibility: [
    '责任人', '责任单位', '管控责任人', '责任部门', '管控责任单位', '管控主体', '责任主体', '管控层级及责任人', '责任单位/责任人',
    'PERSON_NAME', 'DEPARTMENT_NAME', 'OWNER',
  ],
  signs: ['安全标志', '警示标志', '安全警示标志', '安全标识', '警示标识', '标志', 'SIGNS', 'SIGN'],
  date: ['日期', '评价日期', '辨识日期', '辨识时间', '评价时间', 'CREATE_TIME', 'DATE'],
};

const EXACT_INDEX = new Map<string, ImportField>();
for (const f of IMPORT_FIELDS) for (const h of EXACT[f]) EXACT_INDEX.set(headerText(h), f);

/** Single-letter symbols written in brackets: 事故发生的可能性（L）, 风险值（D）. */
const SYMBOL: Readonly<Record<string, ImportField>> = { L: 'L', E: 'E', C: 'C', S: 'S', D: 'score', R: 'score' };

/** Keyword rules, first hit wins (order matters: 类别 before 危险因素, 责任 before 部门…). */
const KEYWORDS: readonly [RegExp, ImportField][] = [
  [/序号|编号/, 'seq'],
  [/事故类型|事故类别|导致的事故|可能发生的事故/, 'accidentType'],
  [/责任/, 'responsibility'],
  [/工程.*措施|措施.*工程/, 'measureEngineering'],
  [/培训|教育/, 'measureTraining'],
  [/个体防护|个人防护|劳动防护|劳保/, 'measurePpe'],
  [/应急/, 'measureEmergency'],
  [/管理措施|措施.*管理$/, 'measureManagement'],
  [/措施/, 'measures'],
  [/颜色|色标/, 'colour'],
  [/等级|级别|分级/, 'level'],
  [/标志|标识/, 'signs'],
  [/(危险|危害|有害)因素.*(类别|分类)|因素类别/, 'factorCategory'],
  [/危险因素|危险源|危害因素|风险描述|有害因素|风险因素/, 'hazard'],
  [/风险值|分值|风险度/, 'score'],
  [/可能性/, 'L'],
  [/暴露|频繁程度/, 'E'],
  [/岗位|工种/, 'post'],
  [/风险点|设备设施|作业活动|场所|部位/, 'riskPoint'],
  [/车间|部门|科室/, 'workshop'],
  [/后果/, 'consequence'],
  [/日期|时间/, 'date'],
];

export interface HeaderMatch {
  field: ImportField;
  /** exact: a known header; symbol: a bracketed L/E/C/S/D/R; keyword: a word inside the header. */
  how: 'exact' | 'symbol' | 'keyword';
}

/**
 * The field a header text names, or null. Tries, in order: the exact synonyms; the text without a
 * bracketed suffix (危险因素（原因） → 危险因素); a bracketed symbol (发生事故的可能性（L） → L,
 * 风险值（D） → score); keywords.
 */
export function matchHeader(raw: string): HeaderMatch | null {
  const h = headerText(raw);
  if (h === '') return null;
  const exact = EXACT_INDEX.get(h);
  if (exact) return { field: exact, how: 'exact' };
  const m = /^(.*?)（([^（）]*)）$/.exec(h);
  if (m) {
    const symbol = /^([LECSDR])(=.*)?$/.exec(m[2]!);
    if (symbol) return { field: SYMBOL[symbol[1]!]!, how: 'symbol' };
    const base = EXACT_INDEX.get(m[1]!);
    if (base) return { field: base, how: 'exact' };
  }
  const lead = /^([LECSDR])(值|（.*）|:.*|：.*)?$/.exec(h);
  if (lead) return { field: SYMBOL[lead[1]!]!, how: 'symbol' };
  // 管控层级 (企业/车间/班组/岗位) is where a risk is controlled, not its level: left unmapped.
  if (/层级/.test(h)) return null;
  for (const [re, field] of KEYWORDS) if (re.test(h)) return { field, how: 'keyword' };
  return null;
}
