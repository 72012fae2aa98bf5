/**
 * The sample enterprise's identified hazards: a fixed, authored list of library ids per riskPoint
 * (not the ranker's output). Activities belong to one post; shared places (配电房, 空压机房, the
 * sewage pit, the chemicals store, the dust collector, the spray rooms, the forklift routes) are
 * one riskPoint linked to every post exposed.
 */
export interface SampleRiskPoint {
  key: string;
  name: string;
  kind: 'activity' | 'place';
  /** 'team:<key>', 'ws:<key>' or 'ent' */
  unit: string;
  posts: string[];
  location: string;
  hazards: string[];
  /** library id → post keys not exposed to that hazard of a shared place */
  exclude?: Record<string, string[]>;
}

export const SAMPLE_RISK_POINTS: SampleRiskPoint[] = [
  // 冲压车间
  { key: 'cy', name: '冲压作业', kind: 'activity', unit: 'team:cy1', posts: ['cyg'], location: '冲压车间冲床区', hazards: ['lib.jx.cy.01', 'lib.jx.cy.02', 'lib.jx.cy.03', 'lib.jx.cy.04', 'lib.jx.cy.05', 'lib.jx.cy.08', 'lib.gg.zy.zs.01'] },
  { key: 'jb', name: '剪板折弯作业', kind: 'activity', unit: 'team:cy2', posts: ['jbg'], location: '冲压车间下料区', hazards: ['lib.jx.cy.12', 'lib.jx.cy.13', 'lib.jx.cy.14', 'lib.jx.cy.15', 'lib.jx.cy.17'] },
  { key: 'mj', name: '模具维修作业', kind: 'activity', unit: 'ws:cy', posts: ['mjg'], location: '冲压车间模具间', hazards: ['lib.jx.cy.05', 'lib.jx.jjg.10', 'lib.jx.jjg.11', 'lib.jx.jjg.12', 'lib.jx.zp.02'] },
  { key: 'hl', name: '冲压车间电动葫芦', kind: 'place', unit: 'ws:cy', posts: ['mjg', 'jbg'], location: '冲压车间模具间上方', hazards: ['lib.gg.tzsb.qz.02', 'lib.gg.tzsb.qz.11', 'lib.gg.wx.dz.08'], exclude: { 'lib.gg.wx.dz.08': ['jbg'] } },
  // 机加工车间
  { key: 'sk', name: '数控车床作业', kind: 'activity', unit: 'team:sk', posts: ['skc'], location: '机加工车间数控区', hazards: ['lib.jx.jjg.01', 'lib.jx.jjg.04', 'lib.jx.jjg.05', 'lib.jx.jjg.08', 'lib.jx.jjg.18', 'lib.jx.jjg.16'] },
  { key: 'jg', name: '加工中心作业', kind: 'activity', unit: 'team:sk', posts: ['jgzx'], location: '机加工车间数控区', hazards: ['lib.jx.jjg.05', 'lib.jx.jjg.08', 'lib.jx.jjg.09', 'lib.jx.jjg.18', 'lib.jx.jjg.17'] },
  { key: 'pc', name: '普通车床与钻床作业', kind: 'activity', unit: 'team:cm', posts: ['ptc'], location: '机加工车间普车区', hazards: ['lib.jx.jjg.01', 'lib.jx.jjg.02', 'lib.jx.jjg.03', 'lib.jx.jjg.04', 'lib.jx.jjg.06', 'lib.jx.jjg.07'] },
  { key: 'mx', name: '磨削作业', kind: 'activity', unit: 'team:cm', posts: ['mg'], location: '机加工车间磨床区', hazards: ['lib.jx.jjg.10', 'lib.jx.jjg.11', 'lib.jx.jjg.12', 'lib.jx.jjg.13', 'lib.gg.zy.fc.01'] },
  { key: 'zj', name: '质检巡检作业', kind: 'activity', unit: 'ws:jj', posts: ['zjy'], location: '机加工车间各机台', hazards: ['lib.jx.jjg.05', 'lib.jx.jjg.02', 'lib.jx.jjg.18'] },
  // 表面处理车间
  { key: 'pg', name: '铝件抛光作业', kind: 'activity', unit: 'team:pg', posts: ['pgg'], location: '表面处理车间抛光房', hazards: ['lib.jx.jjg.20', 'lib.jx.jjg.22', 'lib.gg.zy.fc.04', 'lib.gg.zy.fc.05'] },
  { key: 'cc', name: '抛光房干式除尘系统', kind: 'place', unit: 'team:pg', posts: ['pgg', 'jxg'], location: '表面处理车间抛光房外侧', hazards: ['lib.gg.fb.03', 'lib.gg.fb.06', 'lib.gg.fb.14', 'lib.gg.fb.12', 'lib.gg.fb.19'], exclude: { 'lib.gg.fb.14': ['jxg'] } },
  { key: 'pq', name: '喷漆作业', kind: 'activity', unit: 'team:pt', posts: ['pqg'], location: '表面处理车间喷漆房', hazards: ['lib.jx.tz.01', 'lib.jx.tz.06', 'lib.gg.zy.yd.03', 'lib.gg.zy.yd.02'] },
  { key: 'tq', name: '调漆作业', kind: 'activity', unit: 'team:pt', posts: ['tqg'], location: '表面处理车间调漆间', hazards: ['lib.jx.tz.04', 'lib.gg.wh.08', 'lib.gg.zy.yd.03'] },
  { key: 'pf', name: '喷漆房和调漆间', kind: 'place', unit: 'team:pt', posts: ['pqg', 'tqg'], location: '表面处理车间', hazards: ['lib.gg.pt.01', 'lib.gg.pt.03', 'lib.gg.pt.04', 'lib.gg.pt.05'], exclude: { 'lib.gg.pt.03': ['tqg'] } },
  // 仓储物流
  { key: 'cc1', name: '仓库及厂区叉车通道', kind: 'place', unit: 'ws:cc', posts: ['ccsj', 'cgy'], location: '仓库及厂区主通道', hazards: ['lib.gg.tzsb.cc.01', 'lib.gg.tzsb.cc.02', 'lib.gg.tzsb.cc.03', 'lib.gg.tzsb.cc.04', 'lib.gg.tzsb.cc.08', 'lib.gg.tzsb.cc.12', 'lib.gg.tzsb.cc.14', 'lib.gg.tzsb.cc.15'], exclude: { 'lib.gg.tzsb.cc.01': ['cgy'], 'lib.gg.tzsb.cc.08': ['cgy'], 'lib.gg.tzsb.cc.14': ['cgy'] } },
  { key: 'cg', name: '仓储收发作业', kind: 'activity', unit: 'team:cc', posts: ['cgy'], location: '成品仓库', hazards: ['lib.gg.xf.13', 'lib.gg.xf.11', 'lib.gg.dq.xl.10'] },
  { key: 'wh', name: '危化品仓库', kind: 'place', unit: 'ws:cc', posts: ['cgy', 'tqg'], location: '厂区东北角独立仓库', hazards: ['lib.gg.wh.01', 'lib.gg.wh.02', 'lib.gg.wh.09', 'lib.gg.wh.10'], exclude: { 'lib.gg.wh.10': ['tqg'] } },
  { key: 'cd', name: '叉车驾驶作业', kind: 'activity', unit: 'team:cc', posts: ['ccsj'], location: '仓库及厂区', hazards: ['lib.gg.wx.gc.07', 'lib.gg.tzsb.cc.09', 'lib.gg.zy.zs.05'] },
  // 设备维修班（企业直属）
  { key: 'pd', name: '配电房', kind: 'place', unit: 'team:wx', posts: ['dg', 'jxg'], location: '厂区配电房', hazards: ['lib.gg.dq.pd.01', 'lib.gg.dq.pd.03', 'lib.gg.dq.pd.05'], exclude: { 'lib.gg.dq.pd.03': ['jxg'] } },
  { key: 'dg', name: '电工作业', kind: 'activity', unit: 'team:wx', posts: ['dg'], location: '配电房及各车间', hazards: ['lib.gg.dq.pd.04', 'lib.gg.wx.jwx.08', 'lib.gg.wx.ls.01', 'lib.gg.wx.ls.02', 'lib.gg.wx.ls.07'] },
  { key: 'kj', name: '空压机房', kind: 'place', unit: 'team:wx', posts: ['jxg'], location: '厂区空压机房', hazards: ['lib.gg.tzsb.rq.01', 'lib.gg.tzsb.rq.03', 'lib.gg.tzsb.rq.04', 'lib.gg.tzsb.rq.05'] },
  { key: 'jx', name: '设备检维修作业', kind: 'activity', unit: 'team:wx', posts: ['jxg'], location: '各车间', hazards: ['lib.gg.wx.dh.07', 'lib.jx.hj.01', 'lib.gg.wx.jwx.09', 'lib.gg.wx.dz.08'] },
  { key: 'ws', name: '污水池（有限空间）', kind: 'place', unit: 'ent', posts: ['jxg', 'aqy'], location: '厂区污水站', hazards: ['lib.gg.yx.01', 'lib.gg.yx.02', 'lib.gg.yx.03', 'lib.gg.yx.15'], exclude: { 'lib.gg.yx.15': ['aqy'] } },
  { key: 'aq', name: '安全管理与作业许可', kind: 'activity', unit: 'ent', posts: ['aqy'], location: '全厂', hazards: ['lib.gg.wx.jwx.05', 'lib.gg.yx.12', 'lib.gg.fb.21'] },
];
