/**
 * The sample enterprise's card data: where each post's emergency equipment is, the latest
 * occupational-hazard monitoring results of the exposed posts (illustrative values of a sample
 * report, not measurements), and version 1 of every post's cards, issued on SAMPLE_CARDS_DATE.
 */
import { applyCardOp } from '../cards/versions';
import type { Monitoring } from '../cards/schema';
import type { EnterpriseFile } from '../model/enterpriseFile';

export const SAMPLE_CARDS_DATE = '2026-11-02';

/** post key → 应急物资存放位置 */
export const SAMPLE_EQUIPMENT: Readonly<Record<string, string>> = {
  cyg: '冲压车间东门内侧应急柜（急救箱、止血带、担架）；冲床区 2 号立柱旁灭火器',
  jbg: '冲压车间东门内侧应急柜（急救箱、止血带）；下料区北墙灭火器',
  mjg: '模具间门口急救箱；冲压车间东门应急柜（担架、千斤顶）',
  skc: '机加工车间南门应急柜（急救箱、洗眼液）；数控区立柱旁灭火器',
  jgzx: '机加工车间南门应急柜（急救箱、洗眼液）；数控区立柱旁灭火器',
  ptc: '机加工车间南门应急柜（急救箱）；普车区西墙灭火器',
  mg: '机加工车间南门应急柜（急救箱、洗眼液）；磨床区西墙灭火器',
  zjy: '质检室门口急救箱；机加工车间南门应急柜',
  pgg: '抛光房外走廊应急柜（急救箱、烧伤敷料）；抛光房门外 D 类金属火灾灭火器和干沙箱',
  pqg: '喷漆房门外应急柜（急救箱、防毒面具、洗眼器）；喷漆房两侧灭火器',
  tqg: '调漆间门外洗眼器和应急柜（防毒面具、吸附棉）；门口灭火器',
  ccsj: '仓库值班室急救箱；叉车充电区灭火器',
  cgy: '仓库值班室急救箱；危化品仓库门外洗眼器、吸附棉和灭火器',
  dg: '配电房门内绝缘手套、绝缘靴、急救箱；配电房门外二氧化碳灭火器',
  jxg: '设备维修班工具间（急救箱、正压式空气呼吸器、三脚架和安全绳）；各车间灭火器',
  aqy: '安全管理办公室应急柜（急救箱、气体检测仪、正压式空气呼吸器）',
};

/** post key → monitoring results (one per agent the post is exposed to). */
export const SAMPLE_MONITORING: Readonly<Record<string, readonly Monitoring[]>> = {
  cyg: [{ agent: 'noise', substance: '', result: '88.6 dB(A)', limit: '85 dB(A)', date: '2026-09-15' }],
  ccsj: [{ agent: 'noise', substance: '', result: '82.4 dB(A)', limit: '85 dB(A)', date: '2026-09-15' }],
  mg: [{ agent: 'dust', substance: '砂轮磨尘', result: '1.6 mg/m³', limit: '8 mg/m³', date: '2026-09-15' }],
  pgg: [{ agent: 'dust', substance: '铝尘', result: '2.1 mg/m³', limit: '3 mg/m³', date: '2026-09-15' }],
  pqg: [{ agent: 'toxic', substance: '甲苯、二甲苯', result: '甲苯 12.5 mg/m³，二甲苯 18.0 mg/m³', limit: '均为 50 mg/m³', date: '2026-09-15' }],
  tqg: [{ agent: 'toxic', substance: '甲苯、二甲苯', result: '甲苯 8.2 mg/m³，二甲苯 10.6 mg/m³', limit: '均为 50 mg/m³', date: '2026-09-15' }],
};

/** Adds the card data to a built sample and issues version 1 of every post's cards. */
export function withSampleCards(doc: EnterpriseFile, postId: (key: string) => string): EnterpriseFile {
  let d = doc;
  for (const [key, text] of Object.entries(SAMPLE_EQUIPMENT)) d = applyCardOp(d, { op: 'setEquipmentLocation', postId: postId(key), text }, SAMPLE_CARDS_DATE);
  for (const [key, monitoring] of Object.entries(SAMPLE_MONITORING)) d = applyCardOp(d, { op: 'setMonitoring', postId: postId(key), monitoring: [...monitoring] }, SAMPLE_CARDS_DATE);
  return applyCardOp(d, { op: 'sync' }, SAMPLE_CARDS_DATE);
}
