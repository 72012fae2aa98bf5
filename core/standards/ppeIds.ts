/**
 * Stable ids of the PPE registry (`ppe.<slug>`) with their Chinese names and the id of the
 * mandatory sign that calls for each (GB 2894 指令标志). The standards module adds the basis
 * (GB 39800.1-2020 where verified, else 待核实) and the schema.
 *
 * Shape of a row: [slug, Chinese name, English name, mandatory sign id].
 */
export type PpeRow = readonly [slug: string, nameZh: string, nameEn: string, signId: string];

export const PPE_ROWS: readonly PpeRow[] = [
  ['safety-helmet', '安全帽', 'Safety helmet', 'sign.must-safety-helmet'],
  ['protective-cap', '防护帽（工作帽）', 'Protective cap', 'sign.must-protective-cap'],
  ['safety-glasses', '防护眼镜', 'Safety glasses', 'sign.must-protective-goggles'],
  ['goggles-chemical', '防化学飞溅护目镜', 'Chemical splash goggles', 'sign.must-protective-goggles'],
  ['welding-shield', '焊接面罩', 'Welding shield', 'sign.must-opaque-eye-protection'],
  ['face-shield', '防护面罩（面屏）', 'Face shield', 'sign.must-face-shield'],
  ['dust-mask-kn95', '防颗粒物口罩（KN95）', 'Particulate respirator KN95', 'sign.must-dust-mask'],
  ['dust-mask-kn100', '防颗粒物呼吸器（KN100）', 'Particulate respirator KN100', 'sign.must-dust-mask'],
  ['gas-mask', '过滤式防毒面具', 'Filtering gas mask', 'sign.must-gas-mask'],
  ['scba', '正压式空气呼吸器', 'Self-contained breathing apparatus', 'sign.must-gas-mask'],
  ['earplugs', '耳塞', 'Earplugs', 'sign.must-ear-protection'],
  ['earmuffs', '耳罩', 'Earmuffs', 'sign.must-ear-protection'],
  ['gloves-general', '劳保手套（一般作业）', 'General work gloves', 'sign.must-protective-gloves'],
  ['gloves-cut', '防割手套', 'Cut-resistant gloves', 'sign.must-protective-gloves'],
  ['gloves-chemical', '耐酸碱/防化手套', 'Chemical-resistant gloves', 'sign.must-protective-gloves'],
  ['gloves-insulating', '绝缘手套', 'Insulating gloves', 'sign.must-protective-gloves'],
  ['gloves-heat', '隔热手套', 'Heat-resistant gloves', 'sign.must-protective-gloves'],
  ['gloves-welding', '焊工手套', 'Welding gloves', 'sign.must-protective-gloves'],
  ['gloves-cold', '防寒手套', 'Cold-protection gloves', 'sign.must-protective-gloves'],
  ['safety-shoes', '安全鞋（防砸防刺穿）', 'Safety shoes', 'sign.must-protective-shoes'],
  ['insulating-shoes', '电绝缘鞋', 'Electrically insulating shoes', 'sign.must-protective-shoes'],
  ['antistatic-shoes', '防静电鞋', 'Antistatic shoes', 'sign.must-antistatic-shoes'],
  ['chemical-boots', '耐酸碱胶靴', 'Chemical-resistant boots', 'sign.must-protective-shoes'],
  ['safety-harness', '全身式安全带', 'Full-body safety harness', 'sign.must-safety-harness'],
  ['coverall', '防护服（工作服）', 'Protective clothing', 'sign.must-protective-clothing'],
  ['chemical-suit', '防化服', 'Chemical protective suit', 'sign.must-protective-clothing'],
  ['heat-suit', '隔热服/阻燃防护服', 'Heat and flame protective clothing', 'sign.must-protective-clothing'],
  ['welding-apron', '焊工防护服/围裙', 'Welding clothing and apron', 'sign.must-protective-clothing'],
  ['antistatic-clothing', '防静电工作服', 'Antistatic clothing', 'sign.must-protective-clothing'],
  ['cold-clothing', '防寒服', 'Cold-protection clothing', 'sign.must-protective-clothing'],
  ['reflective-vest', '反光背心', 'High-visibility vest', 'sign.must-protective-clothing'],
  ['life-jacket', '救生衣', 'Life jacket', 'sign.must-life-jacket'],
];
