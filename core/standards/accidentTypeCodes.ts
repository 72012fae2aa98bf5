/**
 * GB 6441-2025 《生产安全事故分类与编码》 basic types (classification method digit 1): Chinese name
 * → 8-character code. Source: domain-facts §2.2 (27 types [V count]; table [S] R-gb6441).
 * The full edition-tagged tables (with meanings and the 1986 mapping) are in accidentTypes.ts.
 */
export const GB6441_2025_CODES = {
  物体打击: 'WSA10001',
  '厂（场）内车辆致害': 'WSA10002',
  '道路（轨道）车辆致害': 'WSA10003',
  机械致害: 'WSA10004',
  起重致害: 'WSA10005',
  触电: 'WSA10006',
  淹溺: 'WSA10007',
  灼烫: 'WSA10008',
  火灾: 'WSA10009',
  高处坠落: 'WSA10010',
  跌落: 'WSA10011',
  坍塌: 'WSA10012',
  水害: 'WSA10013',
  容器爆炸: 'WSA10014',
  管道爆炸: 'WSA10015',
  可燃气体爆炸: 'WSA10016',
  可燃液体蒸气爆炸: 'WSA10017',
  粉尘爆炸: 'WSA10018',
  民用爆炸物品爆炸: 'WSA10019',
  烟花爆竹爆炸: 'WSA10020',
  其他可燃固体爆炸: 'WSA10021',
  高温熔融物爆炸: 'WSA10022',
  中毒: 'WSA10023',
  窒息: 'WSA10024',
  滑坡: 'WSA10025',
  泄漏: 'WSA10026',
  其他: 'WSA10099',
} as const;
export type AccidentTypeName2025 = keyof typeof GB6441_2025_CODES;
export type AccidentTypeCode2025 = (typeof GB6441_2025_CODES)[AccidentTypeName2025];
