/**
 * Which library sections describe a place or piece of equipment that several posts share (one
 * riskPoint linked to many posts), and the default riskPoint name for each. Everything else is an
 * activity of the post (its own 作业活动 riskPoint).
 */
export const PLACE_SECTIONS: Readonly<Record<string, string>> = {
  粉尘防爆: '粉尘涉爆区域（除尘系统）',
  涉氨制冷: '液氨制冷系统',
  有限空间作业: '有限空间',
  喷涂与有机溶剂: '喷涂作业区（调漆间、喷漆房）',
  '电气 › 配电房': '配电房',
  '电气 › 防爆电气': '防爆区域电气设施',
  '特种设备 › 起重机械': '起重机械',
  '特种设备 › 叉车/厂内车辆': '叉车及厂内机动车辆作业区',
  '特种设备 › 压力容器与气瓶': '压力容器与气瓶',
  '特种设备 › 锅炉': '锅炉房',
  '特种设备 › 电梯': '电梯',
  消防与疏散: '厂房消防与疏散设施',
  危险化学品使用与储存: '危险化学品仓库及使用点',
  熔融金属: '熔融金属作业区',
  人员密集场所: '人员密集场所',
};

/** Default riskPoint name of a place section, or null when the section is a post activity. */
export function placeNameForSection(section: string): string | null {
  return PLACE_SECTIONS[section] ?? null;
}

/** The name of a post's own activity riskPoint. */
export function activityName(postName: string): string {
  return /作业$/.test(postName) ? postName : `${postName}作业`;
}
