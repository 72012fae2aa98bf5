/**
 * Accident types of both editions of GB 6441, edition-tagged.
 *
 * - GB 6441-1986 《企业职工伤亡事故分类》: 20 types coded 01–20 (domain-facts §2.1 [V]).
 * - GB 6441-2025 《生产安全事故分类与编码》: 27 basic types with 8-character codes
 *   (classification-method digit 1): count [V], table [S] (domain-facts §2.2).
 * Short meanings are our own words. The 1986 → 2025 mapping is in accidentTypeMapping.ts.
 */
import { z } from 'zod';
import { ConfidenceSchema } from '../model/vocab';
import { GB6441_2025_CODES, type AccidentTypeCode2025, type AccidentTypeName2025 } from './accidentTypeCodes';

export const ACCIDENT_TYPE_EDITIONS = ['GB 6441-1986', 'GB 6441-2025'] as const;
export type AccidentTypeEdition = (typeof ACCIDENT_TYPE_EDITIONS)[number];

export const AccidentTypeSchema = z.object({
  edition: z.enum(ACCIDENT_TYPE_EDITIONS),
  /** '01'…'20' (1986) or 'WSA10001'…'WSA10099' (2025). */
  code: z.string().regex(/^(\d{2}|WSA1\d{4})$/),
  nameZh: z.string().min(2),
  nameEn: z.string().min(3),
  /** What the type covers, our own words (zh-CN). */
  meaningZh: z.string().min(4),
  confidence: ConfidenceSchema,
});
export type AccidentType = z.infer<typeof AccidentTypeSchema>;

/** The 20 names of GB 6441-1986 in code order (01…20). */
export const GB6441_1986_NAMES = [
  '物体打击', '车辆伤害', '机械伤害', '起重伤害', '触电', '淹溺', '灼烫', '火灾', '高处坠落', '坍塌',
  '冒顶片帮', '透水', '放炮', '火药爆炸', '瓦斯爆炸', '锅炉爆炸', '容器爆炸', '其他爆炸', '中毒和窒息', '其他伤害',
] as const;
export type AccidentTypeName1986 = (typeof GB6441_1986_NAMES)[number];

type Row1986 = readonly [AccidentTypeName1986, string, string];
const ROWS_1986: readonly Row1986[] = [
  ['物体打击', 'Struck by object', '落下、飞出或倒下的物体打到人'],
  ['车辆伤害', 'Vehicle injury', '企业机动车辆行驶中撞、压、挤、翻造成伤亡'],
  ['机械伤害', 'Machinery injury', '机械设备运动部件直接造成的绞、碾、碰、割、戳等伤害'],
  ['起重伤害', 'Lifting injury', '起重作业中的挤压、坠落、吊物打击、倾翻等'],
  ['触电', 'Electric shock', '电流通过人体，含雷击'],
  ['淹溺', 'Drowning', '落水或落入液体中窒息'],
  ['灼烫', 'Burns and scalds', '火焰、高温物体、化学品造成的体表烧伤烫伤'],
  ['火灾', 'Fire', '失控燃烧造成的伤亡'],
  ['高处坠落', 'Fall from height', '在高处作业中坠落'],
  ['坍塌', 'Collapse', '建（构）筑物、堆置物、土石方等倒塌'],
  ['冒顶片帮', 'Roof or side fall', '矿山井巷顶板、侧壁垮落'],
  ['透水', 'Water inrush', '矿山、地下开采中意外涌水'],
  ['放炮', 'Blasting', '爆破作业中的伤亡'],
  ['火药爆炸', 'Explosive material explosion', '火药、炸药生产运输储存中的爆炸'],
  ['瓦斯爆炸', 'Firedamp explosion', '井下瓦斯、煤尘与空气混合物爆炸'],
  ['锅炉爆炸', 'Boiler explosion', '锅炉发生的物理性爆炸'],
  ['容器爆炸', 'Pressure vessel explosion', '压力容器破裂及其引发的爆炸'],
  ['其他爆炸', 'Other explosion', '以上之外的爆炸，如可燃气体、粉尘爆炸'],
  ['中毒和窒息', 'Poisoning and asphyxia', '吸入有毒物质中毒，或缺氧窒息'],
  ['其他伤害', 'Other injury', '以上之外的伤害，如扭伤、跌伤、冻伤、扎伤'],
];

export const GB6441_1986_TYPES: readonly AccidentType[] = ROWS_1986.map(([nameZh, nameEn, meaningZh], i) => ({
  edition: 'GB 6441-1986',
  code: String(i + 1).padStart(2, '0'),
  nameZh, nameEn, meaningZh,
  confidence: 'V',
}));

type Row2025 = readonly [AccidentTypeName2025, string, string];
const ROWS_2025: readonly Row2025[] = [
  ['物体打击', 'Struck by object', '坠落、飞出、倒下或移动的物体打到人'],
  ['厂（场）内车辆致害', 'In-plant vehicle injury', '叉车等厂（场）内车辆碰撞、碾压、倾翻'],
  ['道路（轨道）车辆致害', 'Road or rail vehicle injury', '公共道路或轨道上的车辆造成伤害'],
  ['机械致害', 'Machinery injury', '运动部件夹挤、卷入、碾压、切割、甩出'],
  ['起重致害', 'Lifting injury', '起重机械挤压、倾翻、折断、吊物坠落'],
  ['触电', 'Electric shock', '电流通过人体，含雷击'],
  ['淹溺', 'Drowning', '落入水或其他液体中'],
  ['灼烫', 'Burns and scalds', '火焰、高温固液气体、化学品灼伤'],
  ['火灾', 'Fire', '燃烧失控造成伤亡或损失'],
  ['高处坠落', 'Fall from height', '从 2 m 及以上高处坠落'],
  ['跌落', 'Fall on level or from low height', '2 m 以下跌落、绊倒、滑倒'],
  ['坍塌', 'Collapse', '建（构）筑物、堆垛、土方倒塌掩埋或挤压'],
  ['水害', 'Flooding', '洪水、积水、涌水失控'],
  ['容器爆炸', 'Vessel explosion', '压力容器破裂爆炸'],
  ['管道爆炸', 'Pipeline explosion', '压力管道破裂爆炸'],
  ['可燃气体爆炸', 'Flammable gas explosion', '可燃气体与空气混合物遇火源爆炸'],
  ['可燃液体蒸气爆炸', 'Flammable vapour explosion', '可燃液体蒸气与空气混合物遇火源爆炸'],
  ['粉尘爆炸', 'Dust explosion', '可燃性粉尘云遇火源爆炸'],
  ['民用爆炸物品爆炸', 'Civil explosives explosion', '炸药、雷管等民用爆炸物品爆炸'],
  ['烟花爆竹爆炸', 'Fireworks explosion', '烟花爆竹及其药剂爆炸'],
  ['其他可燃固体爆炸', 'Other combustible solid explosion', '其他可燃固体爆炸'],
  ['高温熔融物爆炸', 'Molten material explosion', '高温熔融物遇水等发生爆炸'],
  ['中毒', 'Poisoning', '急性或亚急性中毒'],
  ['窒息', 'Asphyxia', '缺氧或机械性窒息（非中毒）'],
  ['滑坡', 'Landslide', '作业引起的边坡滑动'],
  ['泄漏', 'Leak', '气体、液体或颗粒物泄漏，未造成上述后果'],
  ['其他', 'Other', '以上之外的事故'],
];

export const GB6441_2025_TYPES: readonly AccidentType[] = ROWS_2025.map(([nameZh, nameEn, meaningZh]) => ({
  edition: 'GB 6441-2025',
  code: GB6441_2025_CODES[nameZh],
  nameZh, nameEn, meaningZh,
  confidence: 'S',
}));

/** All types of the edition, in code order. */
export function accidentTypes(edition: AccidentTypeEdition): readonly AccidentType[] {
  return edition === 'GB 6441-1986' ? GB6441_1986_TYPES : GB6441_2025_TYPES;
}

/** A type by its code ('01'…'20' or 'WSA1xxxx'); undefined when unknown. */
export function accidentTypeByCode(code: string): AccidentType | undefined {
  return [...GB6441_1986_TYPES, ...GB6441_2025_TYPES].find((t) => t.code === code);
}

/**
 * Accident-type codes or names with the catch-all 其他 (GB 6441-2025 其他 / GB 6441-1986 其他伤害)
 * moved last, the rest in their order: a list of a hazard's types leads with the named ones.
 */
export function otherTypesLast<T extends string>(list: readonly T[]): T[] {
  const isOther = (x: string) => {
    const t = accidentTypeByCode(x);
    const name = t ? t.nameZh : x;
    return name === '其他' || name === '其他伤害';
  };
  return [...list.filter((x) => !isOther(x)), ...list.filter((x) => isOther(x))];
}

/** A type by its exact official name in an edition (no aliases: see accidentTypeNames.ts). */
export function accidentTypeByName(nameZh: string, edition: AccidentTypeEdition): AccidentType | undefined {
  return accidentTypes(edition).find((t) => t.nameZh === nameZh.trim());
}

/** The 2025 type of a 2025 code. */
export function accidentType2025(code: AccidentTypeCode2025): AccidentType {
  return GB6441_2025_TYPES.find((t) => t.code === code)!;
}
