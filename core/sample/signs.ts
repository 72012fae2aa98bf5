/**
 * The sample enterprise's sign placement plan (安全标志设置): authored, not the suggestion engine's
 * output, for five riskPoints; the others are left unplanned so that the screen shows suggestions.
 * It shows every way a sign is printed: A4/A3 paper sheets, small labels several per page, a
 * board that fits A3 at true size, boards scaled down, and a custom 400 × 500 mm print-shop plate.
 */
import type { SignMounting, SignPlacement, SignPlateChoice } from '../model/signPlacements';

/** [riskPoint key, sign slug, mounting, viewing distance m, plate, quantity, note] */
type Row = readonly [string, string, SignMounting, number, SignPlateChoice, number, string];

const AUTO: SignPlateChoice = { kind: 'auto' };
const A4: SignPlateChoice = { kind: 'standard', plateId: 'sheet-a4' };
const A3: SignPlateChoice = { kind: 'standard', plateId: 'sheet-a3' };

export const SAMPLE_SIGN_PLAN: readonly Row[] = [
  // 配电房: door-side wall signs on A4/A3 sheets, switch labels
  ['pd', 'warn-electric-shock', 'area', 4, A4, 2, '配电房门侧墙面及室内配电柜区各 1 块'],
  ['pd', 'no-entering', 'area', 4, A4, 1, '门侧墙面，非电工人员禁止入内'],
  ['pd', 'no-switching-on', 'local', 1.5, AUTO, 4, '检修时悬挂于已断开的开关操作处'],
  ['pd', 'no-stacking', 'local', 2, AUTO, 1, '配电柜前通道'],
  ['pd', 'must-protective-gloves', 'area', 5, A3, 1, '与“当心触电”并排设置'],
  // 抛光房干式除尘系统: a custom board for the print shop, boards scaled on paper
  ['cc', 'warn-explosion', 'area', 8, { kind: 'custom', widthMm: 400, heightMm: 500, withText: true }, 1, '除尘器外侧立杆，定制铝板'],
  ['cc', 'no-open-flame', 'area', 8, AUTO, 1, ''],
  ['cc', 'must-dust-mask', 'area', 5, AUTO, 1, '抛光房入口'],
  // 冲压作业: labels at each press
  ['cy', 'warn-hand-injury', 'local', 2, AUTO, 2, '每台冲床操作位各 1 张'],
  ['cy', 'warn-machinery', 'local', 2, AUTO, 2, ''],
  ['cy', 'no-reaching-in', 'local', 1.5, AUTO, 2, '模具区防护罩旁'],
  ['cy', 'must-protective-goggles', 'local', 2, AUTO, 2, ''],
  ['cy', 'must-ear-protection', 'area', 6, AUTO, 1, '冲压区入口'],
  // 污水池（有限空间）
  ['ws', 'warn-confined-space', 'area', 5, AUTO, 1, '污水池入口护栏旁立杆'],
  ['ws', 'warn-poisoning', 'area', 5, A3, 1, ''],
  ['ws', 'no-entering', 'area', 5, A3, 1, '未经审批禁止进入'],
  ['ws', 'must-ventilate', 'area', 5, A3, 1, ''],
  // 仓库及厂区叉车通道: a large board for the main route
  ['cc1', 'warn-forklift', 'area', 12, AUTO, 2, '主通道两端'],
  ['cc1', 'no-riding', 'local', 2, AUTO, 3, '装卸区固定立柱上'],
];

/** The plan as records with deterministic ids `sp_<n>`. */
export function samplePlacements(): SignPlacement[] {
  return SAMPLE_SIGN_PLAN.map(([rp, slug, mounting, distance, plate, quantity, note], i) => ({
    id: `sp_${String(i + 1).padStart(2, '0')}`,
    riskPointId: `rp_${rp}`,
    signId: `sign.${slug}`,
    viewingDistanceM: distance,
    plate,
    quantity,
    mounting,
    note,
    order: i,
  }));
}
