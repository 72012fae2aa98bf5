/**
 * Hazard and harmful factor codes of GB/T 13861-2022 《生产过程危险和有害因素分类与代码》:
 * the four classes (人/物/环境/管理), every second-level class, and the third-level items the
 * hazard library uses (library authors may use exactly these codes).
 *
 * Code structure (domain-facts §3 [V]): class 1 digit → second level 1 digit → third level 2
 * digits (→ fourth level 2 digits, not carried here); "99" = other. Names are those of the 2009
 * edition, which 2022 kept in structure; where 2022 renamed an item is not known [?].
 * Confidence per domain-facts §3: classes, second levels, 11xx/12xx and the codes 2101–2107 [V];
 * names of 2108–2114, 31xx and 43xx, and the 99 items [M].
 */
import { z } from 'zod';
import { ConfidenceSchema } from '../model/vocab';

export const FACTOR_CODE_EDITION = 'GB/T 13861-2022' as const;

export const FactorCodeSchema = z
  .object({
    code: z.string().regex(/^[1-4](\d|\d{3})?$/),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Code of the level above; null for the four classes. */
    parent: z.string().nullable(),
    nameZh: z.string().min(2),
    confidence: ConfidenceSchema,
  })
  .refine((f) => f.code.length === [0, 1, 2, 4][f.level], 'code length must match the level')
  .refine((f) => (f.level === 1 ? f.parent === null : f.parent !== null && f.code.startsWith(f.parent)), 'parent must prefix the code');
export type FactorCode = z.infer<typeof FactorCodeSchema>;

type Row = readonly [code: string, nameZh: string, confidence: 'V' | 'S' | 'M' | '?'];
const ROWS: readonly Row[] = [
  ['1', '人的因素', 'V'],
  ['11', '心理、生理性危险和有害因素', 'V'],
  ['1101', '负荷超限', 'V'],
  ['1102', '健康状况异常', 'V'],
  ['1103', '从事禁忌作业', 'V'],
  ['1104', '心理异常', 'V'],
  ['1105', '辨识功能缺陷', 'V'],
  ['12', '行为性危险和有害因素', 'V'],
  ['1201', '指挥错误', 'V'],
  ['1202', '操作错误', 'V'],
  ['1203', '监护失误', 'V'],
  ['1299', '其他行为性危险和有害因素', 'V'],
  ['2', '物的因素', 'V'],
  ['21', '物理性危险和有害因素', 'V'],
  ['2101', '设备、设施、工具、附件缺陷', 'V'],
  ['2102', '防护缺陷', 'V'],
  ['2103', '电伤害', 'V'],
  ['2104', '噪声', 'V'],
  ['2105', '振动危害', 'V'],
  ['2106', '电离辐射', 'V'],
  ['2107', '非电离辐射', 'V'],
  ['2108', '运动物伤害', 'M'],
  ['2109', '明火', 'M'],
  ['2110', '高温物质', 'M'],
  ['2111', '低温物质', 'M'],
  ['2112', '信号缺陷', 'M'],
  ['2113', '标志标识缺陷', 'M'],
  ['2114', '有害光照', 'M'],
  ['2199', '其他物理性危险和有害因素', 'M'],
  ['22', '化学性危险和有害因素', 'V'],
  ['23', '生物性危险和有害因素', 'V'],
  ['3', '环境因素', 'V'],
  ['31', '室内作业场所环境不良', 'V'],
  ['3101', '室内地面滑', 'M'],
  ['3102', '室内作业场所狭窄', 'M'],
  ['3103', '室内作业场所杂乱', 'M'],
  ['3104', '室内地面不平', 'M'],
  ['3105', '室内梯架缺陷', 'M'],
  ['3106', '地面、墙和天花板上的开口缺陷', 'M'],
  ['3107', '房屋基础下沉', 'M'],
  ['3108', '室内安全通道缺陷', 'M'],
  ['3109', '房屋安全出口缺陷', 'M'],
  ['3110', '采光照明不良', 'M'],
  ['3111', '作业场所空气不良', 'M'],
  ['3112', '室内温度、湿度、气压不适', 'M'],
  ['3113', '室内给、排水不良', 'M'],
  ['3114', '室内涌水', 'M'],
  ['3199', '其他室内作业场所环境不良', 'M'],
  ['32', '室外作业场地环境不良', 'V'],
  ['33', '地下（含水下）作业环境不良', 'V'],
  ['39', '其他作业环境不良', 'V'],
  ['4', '管理因素', 'V'],
  ['41', '职业安全卫生组织机构不健全', 'V'],
  ['42', '职业安全卫生责任制未落实', 'V'],
  ['43', '职业安全卫生管理规章制度不完善', 'V'],
  ['4301', '建设项目“三同时”制度未落实', 'M'],
  ['4302', '操作规程不规范', 'M'],
  ['4303', '事故应急预案及响应缺陷', 'M'],
  ['4304', '培训制度不完善', 'M'],
  ['4399', '其他职业安全卫生管理规章制度不健全', 'M'],
  ['44', '职业安全卫生投入不足', 'V'],
  ['45', '职业健康管理不完善', 'V'],
  ['49', '其他管理因素缺陷', 'V'],
];

const LEVEL_BY_LENGTH: Record<number, 1 | 2 | 3> = { 1: 1, 2: 2, 4: 3 };

export const FACTOR_CODES: readonly FactorCode[] = ROWS.map(([code, nameZh, confidence]) => {
  const level = LEVEL_BY_LENGTH[code.length]!;
  const parent = level === 1 ? null : code.slice(0, level === 2 ? 1 : 2);
  return { code, level, parent, nameZh, confidence };
});

/**
 * The codes library authors may write in `fc`: every leaf of this table (a third-level item, or a
 * second level carried without third-level items, e.g. 22 化学性).
 */
export const LIBRARY_FACTOR_CODES: readonly string[] = FACTOR_CODES
  .filter((f) => f.level > 1 && !FACTOR_CODES.some((c) => c.parent === f.code))
  .map((f) => f.code);

/** A factor code row, or undefined. */
export function factorCode(code: string): FactorCode | undefined {
  return FACTOR_CODES.find((f) => f.code === code);
}

/** Codes of one level (1 class, 2 second level, 3 third level). */
export function factorCodesAtLevel(level: 1 | 2 | 3): readonly FactorCode[] {
  return FACTOR_CODES.filter((f) => f.level === level);
}

/** The chain from the class down to `code` (e.g. 2102 → [2, 21, 2102]); empty for an unknown code. */
export function factorCodePath(code: string): readonly FactorCode[] {
  const f = factorCode(code);
  if (!f) return [];
  return f.parent === null ? [f] : [...factorCodePath(f.parent), f];
}
