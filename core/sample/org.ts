/**
 * The sample enterprise's organisation (authored for SafePost; the company, people and numbers
 * are invented): a small Zhejiang metal-products maker with stamping, machining, surface
 * treatment (aluminium polishing with a dry dust collector, a solvent spray booth) and a
 * warehouse with forklifts, plus a maintenance team directly under the enterprise.
 */
import type { PersonRole } from '../model/org';

export const SAMPLE_ENTERPRISE_ID = 'ent_sample';

export const SAMPLE_PROFILE = {
  name: '浙江安岗五金制品有限公司（示例）',
  uscc: '91330681MA2JA7WQ03',
  industry: 'machinery' as const,
  subIndustry: '金属制品业（五金件冲压、机加工、表面处理）',
  scale: 'micro' as const,
  address: '浙江省绍兴市诸暨市示例工业园区安岗路 8 号',
  principal: '周建国',
  principalPhone: '13900000001',
  deputy: '吴明华',
  deputyPhone: '13900000002',
  safetyManager: '陈晓燕',
  safetyManagerPhone: '13900000003',
  emergencyPhone: '0575-80000110',
  code: 'AG',
  employeeCount: 46,
  flags: ['dustExplosion', 'confinedSpace', 'spraying', 'hazardousChemicals'] as const,
  draft: false,
};

export interface SamplePost {
  key: string;
  name: string;
  code: string;
  /** team key, workshop key, or null for the enterprise */
  team?: string;
  workshop?: string;
  jobContent: string;
  location: string;
  headcount: number;
  equipment: string[];
  tools: string[];
}

export const SAMPLE_WORKSHOPS = [
  { key: 'cy', name: '冲压车间' },
  { key: 'jj', name: '机加工车间' },
  { key: 'bm', name: '表面处理车间' },
  { key: 'cc', name: '仓储物流部' },
] as const;

export const SAMPLE_TEAMS = [
  { key: 'cy1', name: '冲压一班', workshop: 'cy' },
  { key: 'cy2', name: '冲压二班', workshop: 'cy' },
  { key: 'sk', name: '数控班', workshop: 'jj' },
  { key: 'cm', name: '车磨班', workshop: 'jj' },
  { key: 'pg', name: '抛光班', workshop: 'bm' },
  { key: 'pt', name: '喷涂班', workshop: 'bm' },
  { key: 'cc', name: '仓储班', workshop: 'cc' },
  { key: 'wx', name: '设备维修班', workshop: null },
] as const;

export const SAMPLE_POSTS: SamplePost[] = [
  { key: 'cyg', name: '冲压工', code: 'CY01', team: 'cy1', jobContent: '操作开式冲床冲压五金件，送取料，清理废料', location: '冲压车间冲床区', headcount: 6, equipment: ['开式冲床', '闭式压力机'], tools: ['送料钳', '磁性吸盘'] },
  { key: 'jbg', name: '剪板折弯工', code: 'CY02', team: 'cy2', jobContent: '剪板机下料、数控折弯机折弯，板料搬运', location: '冲压车间下料区', headcount: 4, equipment: ['剪板机', '数控折弯机'], tools: ['吸盘吊具', '卷尺'] },
  { key: 'mjg', name: '模具维修工', code: 'CY03', workshop: 'cy', jobContent: '冲模拆装、修模、砂轮机修磨，配合行车吊装模具', location: '冲压车间模具间', headcount: 2, equipment: ['电动葫芦', '砂轮机', '台钻'], tools: ['扳手', '手持角磨机'] },
  { key: 'skc', name: '数控车床操作工', code: 'JJ01', team: 'sk', jobContent: '数控车床装夹工件、程序运行、测量', location: '机加工车间数控区', headcount: 5, equipment: ['数控车床'], tools: ['卡盘扳手', '游标卡尺'] },
  { key: 'jgzx', name: '加工中心操作工', code: 'JJ02', team: 'sk', jobContent: '立式加工中心装夹、换刀、清理切屑', location: '机加工车间数控区', headcount: 3, equipment: ['立式加工中心'], tools: ['铁屑钩', '气枪'] },
  { key: 'ptc', name: '普通车工', code: 'JJ03', team: 'cm', jobContent: '普通车床车削轴套类零件，棒料加工', location: '机加工车间普车区', headcount: 3, equipment: ['普通车床', '台式钻床'], tools: ['卡盘扳手', '铁屑钩'] },
  { key: 'mg', name: '磨工', code: 'JJ04', team: 'cm', jobContent: '外圆磨床、平面磨床磨削，砂轮修整与更换', location: '机加工车间磨床区', headcount: 2, equipment: ['外圆磨床', '平面磨床', '砂轮机'], tools: ['砂轮修整器'] },
  { key: 'zjy', name: '质检员', code: 'JJ05', workshop: 'jj', jobContent: '首检、巡检，测量工件，在车间各机台间巡回', location: '机加工车间质检室', headcount: 2, equipment: ['三坐标测量机'], tools: ['千分尺', '卡尺'] },
  { key: 'pgg', name: '抛光工', code: 'BM01', team: 'pg', jobContent: '铝合金件抛光打磨，清理抛光粉尘，干式除尘器卸灰', location: '表面处理车间抛光房', headcount: 4, equipment: ['抛光机', '干式布袋除尘器'], tools: ['抛光轮', '打磨机'] },
  { key: 'pqg', name: '喷漆工', code: 'BM02', team: 'pt', jobContent: '在溶剂型喷漆房内喷涂油漆，烘干，清洗喷枪', location: '表面处理车间喷漆房', headcount: 3, equipment: ['喷漆房', '烘干箱', '空压机'], tools: ['喷枪'] },
  { key: 'tqg', name: '调漆工', code: 'BM03', team: 'pt', jobContent: '在调漆间按配比调配油漆和稀释剂，领用危化品', location: '表面处理车间调漆间', headcount: 1, equipment: ['搅拌机'], tools: ['防爆工具'] },
  { key: 'ccsj', name: '叉车司机', code: 'CC01', team: 'cc', jobContent: '驾驶电动叉车装卸、转运原材料和成品', location: '仓库及厂区通道', headcount: 2, equipment: ['电动叉车'], tools: [] },
  { key: 'cgy', name: '仓管员', code: 'CC02', team: 'cc', jobContent: '原材料、成品和危化品仓库收发存管理，货架堆码', location: '成品仓库、危化品仓库', headcount: 2, equipment: ['货架', '手动液压搬运车'], tools: ['登高梯'] },
  { key: 'dg', name: '电工', code: 'SB01', team: 'wx', jobContent: '配电房值守巡检，设备电气维修，临时用电接线', location: '配电房及各车间', headcount: 2, equipment: ['配电柜', '变压器'], tools: ['万用表', '绝缘工具'] },
  { key: 'jxg', name: '机修工', code: 'SB02', team: 'wx', jobContent: '设备检维修，空压机房巡检，污水池清淤配合', location: '空压机房、污水站及各车间', headcount: 3, equipment: ['空压机', '储气罐', '电焊机'], tools: ['扳手', '手拉葫芦'] },
  { key: 'aqy', name: '专职安全管理员', code: 'AQ01', jobContent: '安全检查、隐患排查与整改跟踪，培训教育，作业许可审批', location: '全厂', headcount: 1, equipment: [], tools: ['气体检测仪'] },
];

export interface SamplePerson {
  name: string;
  role: PersonRole;
  phone: string;
  workshop?: string;
  team?: string;
  posts?: string[];
}

const ph = (n: number) => `139000${String(n).padStart(5, '0')}`;

export const SAMPLE_PEOPLE: SamplePerson[] = [
  { name: '周建国', role: 'principal', phone: ph(1) },
  { name: '吴明华', role: 'deputy', phone: ph(2) },
  { name: '陈晓燕', role: 'safetyManager', phone: ph(3), posts: ['aqy'] },
  { name: '王立新', role: 'workshopHead', phone: ph(11), workshop: 'cy' },
  { name: '李海军', role: 'workshopHead', phone: ph(12), workshop: 'jj' },
  { name: '赵玉兰', role: 'workshopHead', phone: ph(13), workshop: 'bm' },
  { name: '孙国平', role: 'workshopHead', phone: ph(14), workshop: 'cc' },
  { name: '钱志强', role: 'teamLeader', phone: ph(21), team: 'cy1', posts: ['cyg'] },
  { name: '郑小军', role: 'teamLeader', phone: ph(22), team: 'cy2', posts: ['jbg'] },
  { name: '冯德胜', role: 'teamLeader', phone: ph(23), team: 'sk', posts: ['skc'] },
  { name: '蒋卫东', role: 'teamLeader', phone: ph(24), team: 'cm', posts: ['ptc'] },
  { name: '沈丽萍', role: 'teamLeader', phone: ph(25), team: 'pg', posts: ['pgg'] },
  { name: '韩建军', role: 'teamLeader', phone: ph(26), team: 'pt', posts: ['pqg'] },
  { name: '杨春生', role: 'teamLeader', phone: ph(27), team: 'cc', posts: ['cgy'] },
  { name: '朱永康', role: 'teamLeader', phone: ph(28), team: 'wx', posts: ['dg'] },
  { name: '秦大勇', role: 'worker', phone: ph(31), team: 'cy1', posts: ['cyg'] },
  { name: '许红梅', role: 'worker', phone: ph(32), team: 'cy1', posts: ['cyg'] },
  { name: '何家豪', role: 'worker', phone: ph(33), team: 'cy1', posts: ['cyg'] },
  { name: '吕志远', role: 'worker', phone: ph(34), team: 'cy1', posts: ['cyg'] },
  { name: '施文斌', role: 'worker', phone: ph(35), team: 'cy2', posts: ['jbg'] },
  { name: '张秀英', role: 'worker', phone: ph(36), team: 'cy2', posts: ['jbg'] },
  { name: '孔德明', role: 'worker', phone: ph(37), workshop: 'cy', posts: ['mjg'] },
  { name: '曹立军', role: 'worker', phone: ph(38), workshop: 'cy', posts: ['mjg'] },
  { name: '严海涛', role: 'worker', phone: ph(39), team: 'sk', posts: ['skc'] },
  { name: '华晓东', role: 'worker', phone: ph(40), team: 'sk', posts: ['skc'] },
  { name: '金宝林', role: 'worker', phone: ph(41), team: 'sk', posts: ['jgzx'] },
  { name: '魏春燕', role: 'worker', phone: ph(42), team: 'sk', posts: ['jgzx'] },
  { name: '陶建平', role: 'worker', phone: ph(43), team: 'cm', posts: ['ptc'] },
  { name: '姜文华', role: 'worker', phone: ph(44), team: 'cm', posts: ['mg'] },
  { name: '戚国强', role: 'worker', phone: ph(45), team: 'cm', posts: ['mg'] },
  { name: '谢美玲', role: 'worker', phone: ph(46), workshop: 'jj', posts: ['zjy'] },
  { name: '邹晓峰', role: 'worker', phone: ph(47), team: 'pg', posts: ['pgg'] },
  { name: '喻金花', role: 'worker', phone: ph(48), team: 'pg', posts: ['pgg'] },
  { name: '柏志刚', role: 'worker', phone: ph(49), team: 'pt', posts: ['pqg'] },
  { name: '水向东', role: 'worker', phone: ph(50), team: 'pt', posts: ['tqg'] },
  { name: '窦建华', role: 'worker', phone: ph(51), team: 'cc', posts: ['ccsj'] },
  { name: '章海波', role: 'worker', phone: ph(52), team: 'cc', posts: ['ccsj'] },
  { name: '云小芳', role: 'worker', phone: ph(53), team: 'cc', posts: ['cgy'] },
  { name: '苏振华', role: 'worker', phone: ph(54), team: 'wx', posts: ['dg'] },
  { name: '潘立伟', role: 'worker', phone: ph(55), team: 'wx', posts: ['jxg'] },
  { name: '葛明亮', role: 'worker', phone: ph(56), team: 'wx', posts: ['jxg'] },
];
