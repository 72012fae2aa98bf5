/**
 * Mapping between the accident types of GB 6441-1986 and GB 6441-2025 (DESIGN §5: old registers
 * import through an explicit mapping; one 1986 type may have several 2025 candidates).
 *
 * Basis: domain-facts §2.2 "old→new mapping used by one implementation" [S] (R-migrate), extended
 * by us where the 2025 edition split an old type along a line the old definition did not draw
 * (车辆 in-plant vs road, 中毒 vs 窒息, 坍塌 vs 滑坡, 其他伤害 → 跌落/泄漏, 容器 vs 管道). Those
 * extensions are our reading of the two definitions and are tagged M.
 */
import { z } from 'zod';
import { ConfidenceSchema } from '../model/vocab';
import { GB6441_2025_CODES, type AccidentTypeCode2025, type AccidentTypeName2025 } from './accidentTypeCodes';
import { GB6441_1986_NAMES, type AccidentTypeName1986 } from './accidentTypes';

const WSA_CODE = z.string().regex(/^WSA1\d{4}$/);

export const AccidentTypeMappingRowSchema = z
  .object({
    from1986: z.enum(GB6441_1986_NAMES),
    /** 2025 candidates, most likely first. */
    candidates: z.array(WSA_CODE).min(1),
    /** The candidate used when nobody chooses. */
    defaultCode: WSA_CODE,
    /** True when there is more than one candidate: the import asks the user ("needs choice"). */
    needsChoice: z.boolean(),
    confidence: ConfidenceSchema,
  })
  .refine((r) => r.candidates.includes(r.defaultCode), 'default must be a candidate')
  .refine((r) => r.needsChoice === r.candidates.length > 1, 'needsChoice iff several candidates');
export type AccidentTypeMappingRow = z.infer<typeof AccidentTypeMappingRowSchema>;

type Spec = readonly [AccidentTypeName1986, readonly AccidentTypeName2025[], 'S' | 'M'];
/** [1986 name, 2025 candidate names (first = default), confidence]. */
const SPECS: readonly Spec[] = [
  ['物体打击', ['物体打击'], 'S'],
  ['车辆伤害', ['厂（场）内车辆致害', '道路（轨道）车辆致害'], 'S'],
  ['机械伤害', ['机械致害'], 'S'],
  ['起重伤害', ['起重致害'], 'S'],
  ['触电', ['触电'], 'S'],
  ['淹溺', ['淹溺'], 'S'],
  ['灼烫', ['灼烫'], 'S'],
  ['火灾', ['火灾'], 'S'],
  ['高处坠落', ['高处坠落'], 'S'],
  ['坍塌', ['坍塌', '滑坡'], 'M'],
  ['冒顶片帮', ['坍塌'], 'S'],
  ['透水', ['水害'], 'S'],
  ['放炮', ['民用爆炸物品爆炸'], 'S'],
  ['火药爆炸', ['民用爆炸物品爆炸', '烟花爆竹爆炸'], 'M'],
  ['瓦斯爆炸', ['可燃气体爆炸'], 'S'],
  ['锅炉爆炸', ['容器爆炸'], 'S'],
  ['容器爆炸', ['容器爆炸', '管道爆炸'], 'M'],
  // The old catch-all explosion type: the specific type must be chosen; 其他 is the fallback (R-migrate).
  ['其他爆炸', ['其他', '可燃气体爆炸', '可燃液体蒸气爆炸', '粉尘爆炸', '高温熔融物爆炸', '其他可燃固体爆炸', '管道爆炸'], 'S'],
  ['中毒和窒息', ['中毒', '窒息'], 'S'],
  ['其他伤害', ['其他', '跌落', '泄漏'], 'M'],
];

export const GB6441_1986_TO_2025: readonly AccidentTypeMappingRow[] = SPECS.map(([from1986, names, confidence]) => {
  const candidates = names.map((n) => GB6441_2025_CODES[n]);
  return { from1986, candidates, defaultCode: candidates[0]!, needsChoice: candidates.length > 1, confidence };
});

/**
 * The reviewed GB 6441-1986 display name of every 2025 type, for documents that must be written
 * in the old style (e.g. a register an inspector still expects in 1986 terms). Each 2025 type is
 * a candidate of its display name's mapping row (tested).
 */
export const GB6441_2025_TO_1986_DISPLAY: Readonly<Record<AccidentTypeName2025, AccidentTypeName1986>> = {
  物体打击: '物体打击',
  '厂（场）内车辆致害': '车辆伤害',
  '道路（轨道）车辆致害': '车辆伤害',
  机械致害: '机械伤害',
  起重致害: '起重伤害',
  触电: '触电',
  淹溺: '淹溺',
  灼烫: '灼烫',
  火灾: '火灾',
  高处坠落: '高处坠落',
  // Falls below 2 m were 其他伤害 (跌伤) in 1986, not 高处坠落 (which meant work at height).
  跌落: '其他伤害',
  坍塌: '坍塌',
  水害: '透水',
  容器爆炸: '容器爆炸',
  管道爆炸: '其他爆炸',
  // 瓦斯爆炸 was the mine-gas type; gas explosions in 工贸 plants were 其他爆炸.
  可燃气体爆炸: '其他爆炸',
  可燃液体蒸气爆炸: '其他爆炸',
  粉尘爆炸: '其他爆炸',
  民用爆炸物品爆炸: '火药爆炸',
  烟花爆竹爆炸: '火药爆炸',
  其他可燃固体爆炸: '其他爆炸',
  高温熔融物爆炸: '其他爆炸',
  中毒: '中毒和窒息',
  窒息: '中毒和窒息',
  滑坡: '坍塌',
  泄漏: '其他伤害',
  其他: '其他伤害',
};

/** The mapping row of a 1986 type. */
export function mappingFor1986(name: AccidentTypeName1986): AccidentTypeMappingRow {
  return GB6441_1986_TO_2025.find((r) => r.from1986 === name)!;
}

/** The 1986 display name of a 2025 code; undefined for an unknown code. */
export function displayName1986(code: AccidentTypeCode2025 | string): AccidentTypeName1986 | undefined {
  const entry = (Object.entries(GB6441_2025_CODES) as [AccidentTypeName2025, string][]).find(([, c]) => c === code);
  return entry ? GB6441_2025_TO_1986_DISPLAY[entry[0]] : undefined;
}
