/**
 * The primary warning sign(s) for each GB 6441-2025 accident type: the GB 2894 警告标志 a place
 * with such a hazard shows first. Used when a register gives no sign for a hazard (core/import)
 * so the sign placement plan, the post cards and the pack still have signs to suggest.
 *
 * Engineering judgement, not from either standard: GB 6441-2025 classifies accidents and
 * GB 2894 lists signs; neither links the two. The choice follows SIGN_HINTS (signHints.ts), which
 * tags every sign with the accident types it guards against, and picks from those tags the one
 * warning sign whose title names the accident (当心触电 for 触电). Only signs of the registry that
 * GB 2894-2025 keeps are used (tested). Mandatory signs are left out on purpose: they follow from
 * the PPE a hazard needs (ppe.ts signId), not from the accident type.
 */
import type { AccidentTypeName2025 } from './accidentTypeCodes';
import { GB6441_2025_CODES } from './accidentTypeCodes';

/**
 * Accident type (2025 name) → primary warning sign ids, most important first. An empty list
 * means no GB 2894 sign fits the type as such; the reason is in the comment on the line.
 */
export const ACCIDENT_PRIMARY_SIGNS: Readonly<Record<AccidentTypeName2025, readonly string[]>> = {
  物体打击: ['sign.warn-falling-objects'],
  // 当心车辆 covers every in-plant vehicle; 当心叉车 only where forklifts run, which the type alone does not tell
  '厂（场）内车辆致害': ['sign.warn-vehicle'],
  // the enterprise signs its own roads and yards; 当心火车 only for rail sidings, not known from the type
  '道路（轨道）车辆致害': ['sign.warn-vehicle'],
  机械致害: ['sign.warn-machinery'],
  起重致害: ['sign.warn-overhead-load'],
  触电: ['sign.warn-electric-shock'],
  淹溺: ['sign.warn-falling-into-water'],
  // 当心烫伤 is the general burn sign; 当心腐蚀 (chemical burns) needs the substance, which the type does not give
  灼烫: ['sign.warn-scald'],
  火灾: ['sign.warn-fire'],
  高处坠落: ['sign.warn-fall'],
  // 当心跌落 is the sign for a drop at the same or a low level (the 2025 type: falls from under 2 m)
  跌落: ['sign.warn-tripping'],
  // GB 2894 has no 当心坍塌; 当心塌方 is the registry's sign for collapse and burial
  坍塌: ['sign.warn-cave-in'],
  // flood or inrush: GB 2894 has no sign for it (当心落水 is about a person falling into water)
  水害: [],
  容器爆炸: ['sign.warn-explosion'],
  管道爆炸: ['sign.warn-explosion'],
  可燃气体爆炸: ['sign.warn-explosion'],
  可燃液体蒸气爆炸: ['sign.warn-explosion'],
  粉尘爆炸: ['sign.warn-explosion'],
  民用爆炸物品爆炸: ['sign.warn-explosion'],
  烟花爆竹爆炸: ['sign.warn-explosion'],
  其他可燃固体爆炸: ['sign.warn-explosion'],
  // molten metal meeting water bursts and splashes: the blast and the burns
  高温熔融物爆炸: ['sign.warn-explosion', 'sign.warn-scald'],
  中毒: ['sign.warn-poisoning'],
  // 当心缺氧 is a GB 2894-2025 addition (no 2008 equivalent)
  窒息: ['sign.warn-oxygen-deficiency'],
  // a slope sliding down is the same sign as a collapse of earth
  滑坡: ['sign.warn-cave-in'],
  // a leak alone: the sign depends on what leaks (当心中毒, 当心腐蚀, 当心火灾…), unknown from the type
  泄漏: [],
  // 其他 is by definition no specific accident; 注意安全 on every such hazard would be noise
  其他: [],
};

const BY_CODE: ReadonlyMap<string, readonly string[]> = new Map(
  (Object.entries(ACCIDENT_PRIMARY_SIGNS) as [AccidentTypeName2025, readonly string[]][]).map(([name, ids]) => [GB6441_2025_CODES[name], ids]),
);

/**
 * The primary warning sign ids for GB 6441-2025 codes ('WSA10004' …), in the order of the codes,
 * without duplicates. Unknown codes and types without a sign give nothing.
 */
export function primarySignsForAccidentCodes(codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of codes) for (const id of BY_CODE.get(c) ?? []) if (!out.includes(id)) out.push(id);
  return out;
}
