/**
 * Base inspection items (基础检查项): what every hidden-hazard checklist needs beyond the hazards
 * of single riskPoints — licences, organisation, rules, training, permits, risk management,
 * equipment, electricity, fire, emergency, occupational health, contractors — plus items for each
 * special-operation flag and a few per industry.
 *
 * Written in our own words from the facts of ../shared/realcases/smaq_selfcheck_items_by_industry.csv
 * (self-check items by industry) and ../shared/docs/domain-facts.md (§4 risk communication, §6
 * major hidden hazards, §9 frequencies). Figures taken from memory are tagged M in the basis.
 * Items linked to a clause of 应急管理部令第10号 carry its id (mh2023.*).
 *
 * Ids are stable: base.<group>.<nn>; a replaced item gets a new number.
 */
import { z } from 'zod';
import {
  CheckMethodSchema, ControlLevelSchema, IndustrySchema, SpecialFlagSchema,
  type CheckMethod, type Confidence, type ControlLevel, type Industry, type SpecialFlag,
} from '../model/vocab';
import { BasisSchema, type Basis } from './schema';

/** How often an item is checked by default (domain-facts §9.2 practice). */
export const CHECK_FREQUENCIES = [
  'per-shift', 'daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'seasonal', 'pre-holiday', 'per-job',
] as const;
export type CheckFrequency = (typeof CHECK_FREQUENCIES)[number];
export const CheckFrequencySchema = z.enum(CHECK_FREQUENCIES);
export const CHECK_FREQUENCY_ZH: Readonly<Record<CheckFrequency, string>> = {
  'per-shift': '每班', daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度', 'half-yearly': '每半年',
  yearly: '每年', seasonal: '季节性', 'pre-holiday': '节假日前', 'per-job': '每次作业前',
};

/** Topic groups, then one group per flag, then one per industry. */
export const BASE_CHECK_GROUPS = [
  'licence', 'organisation', 'rules', 'training', 'permit', 'risk', 'equipment', 'electrical', 'fire', 'emergency',
  'health', 'contractor',
  'dust', 'ammonia', 'confined', 'spraying', 'hazchem', 'smelting', 'shipbuilding', 'crowded',
  'metallurgy', 'nonferrous', 'building-materials', 'machinery', 'light', 'textile', 'tobacco', 'commerce',
] as const;
export type BaseCheckGroup = (typeof BASE_CHECK_GROUPS)[number];
export const BASE_CHECK_GROUP_ZH: Readonly<Record<BaseCheckGroup, string>> = {
  licence: '证照手续', organisation: '机构与责任', rules: '制度与规程', training: '教育培训', permit: '持证与作业许可',
  risk: '风险管控与隐患排查', equipment: '设备设施', electrical: '用电安全', fire: '消防安全', emergency: '应急管理',
  health: '职业健康', contractor: '相关方管理',
  dust: '粉尘防爆', ammonia: '涉氨制冷', confined: '有限空间', spraying: '喷涂作业', hazchem: '危险化学品',
  smelting: '金属冶炼', shipbuilding: '船舶修造', crowded: '人员密集',
  metallurgy: '冶金', nonferrous: '有色', 'building-materials': '建材', machinery: '机械', light: '轻工', textile: '纺织',
  tobacco: '烟草', commerce: '商贸',
};

export const BaseCheckSchema = z
  .object({
    id: z.string().regex(/^base\.[a-z-]+\.\d{2}$/),
    group: z.enum(BASE_CHECK_GROUPS),
    /** What to verify, phrased as a check (zh-CN). */
    check: z.string().min(8).max(80),
    method: CheckMethodSchema,
    /** Default control level: who checks it on the checklists. */
    level: ControlLevelSchema,
    frequency: CheckFrequencySchema,
    /** Industries it applies to ('all' or a list) and flags (empty = no flag needed; else any of them). */
    applicability: z.object({
      industries: z.union([z.literal('all'), z.array(IndustrySchema).min(1)]),
      flags: z.array(SpecialFlagSchema),
    }),
    /** Related clause of 应急管理部令第10号 (mh2023.*). */
    majorHazardClause: z.string().regex(/^mh2023\.\d{1,2}\.\d{1,2}$/).optional(),
    basis: z.array(BasisSchema).min(1),
  })
  .refine((c) => c.id.startsWith(`base.${c.group}.`), 'id must start with base.<group>.');
export type BaseCheck = z.infer<typeof BaseCheckSchema>;

// ---- compact authoring form -------------------------------------------------------------------

type MethodZh = '看' | '测' | '问' | '查';
type LevelZh = '企业' | '车间' | '班组' | '岗位';
type BasisSpec = string | readonly [ref: string, confidence: Confidence];
interface Opts { ind?: readonly Industry[]; flags?: readonly SpecialFlag[]; mh?: string }
/** [check, method, level, frequency, basis, options]; the number is the row's position + 1. */
type Row = readonly [string, MethodZh, LevelZh, CheckFrequency, readonly BasisSpec[], Opts?];

const METHOD: Record<MethodZh, CheckMethod> = { 看: 'look', 测: 'measure', 问: 'ask', 查: 'records' };
const LEVEL: Record<LevelZh, ControlLevel> = { 企业: 'enterprise', 车间: 'workshop', 班组: 'team', 岗位: 'post' };

function group(g: BaseCheckGroup, defaults: Opts, rows: readonly Row[]): BaseCheck[] {
  return rows.map(([check, method, level, frequency, basis, opts], i) => {
    const o = { ...defaults, ...opts };
    const item: BaseCheck = {
      id: `base.${g}.${String(i + 1).padStart(2, '0')}`,
      group: g,
      check,
      method: METHOD[method],
      level: LEVEL[level],
      frequency,
      applicability: { industries: o.ind ? [...o.ind] : 'all', flags: [...(o.flags ?? [])] },
      basis: basis.map((b): Basis => (typeof b === 'string' ? { ref: b, confidence: 'S' } : { ref: b[0], confidence: b[1] })),
    };
    if (o.mh) item.majorHazardClause = o.mh;
    return item;
  });
}

const LAW = '《中华人民共和国安全生产法》';
const FIRE_LAW = '《中华人民共和国消防法》';
const OH_LAW = '《中华人民共和国职业病防治法》';
const SE_LAW = '《中华人民共和国特种设备安全法》';
const MH = '应急管理部令第10号';
const TRAIN = '《生产经营单位安全培训规定》';
const PLAN = '《生产安全事故应急预案管理办法》';
const FIRE_61 = '《机关、团体、企业、事业单位消防安全管理规定》';
const DUST = '应急管理部令第6号';
const CONFINED = '应急管理部令第13号';
const DUAL = '安委办〔2016〕11号';

// ---- general items (all enterprises) -----------------------------------------------------------

const GENERAL: BaseCheck[] = [
  ...group('licence', {}, [
    ['核对营业执照经营范围与实际生产内容一致，需许可的项目已取得许可', '查', '企业', 'yearly', [LAW]],
    ['核对厂房、仓库已通过消防验收或备案，实际用途与审批一致', '查', '企业', 'yearly', [FIRE_LAW]],
    ['核对新建、改建、扩建项目安全设施与主体工程同时设计、施工、投用的资料', '查', '企业', 'yearly', [LAW]],
  ]),
  ...group('organisation', {}, [
    ['核对已设安全管理机构或配备专（兼）职安全管理人员，负责人和安全管理人员经培训', '查', '企业', 'yearly', [LAW, TRAIN]],
    ['核对全员安全生产责任制覆盖主要负责人、各部门和每个岗位，并有考核记录', '查', '企业', 'yearly', [LAW]],
    ['核对安全生产费用按规定提取、专款专用，并建有使用台账', '查', '企业', 'quarterly', ['《企业安全生产费用提取和使用管理办法》']],
    ['核对已为从业人员缴纳工伤保险，按规定投保安全生产责任保险', '查', '企业', 'yearly', [LAW, '《工伤保险条例》']],
  ]),
  ...group('rules', {}, [
    ['核对安全管理制度齐全（培训、隐患排查、危险作业、设备、劳保、事故等）并定期评审修订', '查', '企业', 'yearly', [LAW, 'GB/T 33000-2016']],
    ['查看每个岗位都有安全操作规程，并在岗位上可以看到', '看', '车间', 'quarterly', [LAW]],
  ]),
  ...group('training', {}, [
    ['核对新员工经三级安全教育、考核合格后上岗，学时一般不少于24（金属冶炼等不少于72）', '查', '企业', 'monthly', [[TRAIN, 'M']]],
    ['核对从业人员每年接受再培训，并有签到和考核记录', '查', '企业', 'yearly', [TRAIN]],
    ['核对调岗、离岗一年以上返岗及使用新工艺新设备的人员已重新培训', '查', '车间', 'quarterly', [TRAIN]],
    ['核对外来人员、承包商人员入厂前已接受安全告知和培训', '查', '企业', 'per-job', [TRAIN]],
    ['抽问员工本岗位主要危险、防范措施、应急处置方法、报警电话和疏散路线', '问', '班组', 'monthly', [LAW, FIRE_LAW]],
  ]),
  ...group('permit', {}, [
    ['核对电工、焊工、登高架设等特种作业人员持有效操作证并按期复审', '查', '企业', 'monthly',
      [LAW, '《特种作业人员安全技术培训考核管理规定》', MH], { mh: 'mh2023.3.2' }],
    ['核对叉车、起重机、锅炉、压力容器等特种设备作业人员持证上岗', '查', '企业', 'monthly', [SE_LAW]],
    ['核对动火作业已审批，作业前清除可燃物、配灭火器材并有人监护', '查', '车间', 'per-job', [FIRE_LAW, 'GB 9448-1999']],
    ['核对高处、临时用电、吊装等危险作业已审批，票证与现场一致', '查', '车间', 'per-job', [LAW]],
    ['查看检维修前已停机、断电、泄压并上锁挂牌', '看', '班组', 'per-job', [LAW]],
  ]),
  ...group('risk', {}, [
    ['核对已开展风险辨识评估，形成安全风险分级管控清单并按变化更新', '查', '企业', 'yearly', [DUAL]],
    ['查看重点岗位有风险告知卡、醒目处有风险公告栏和四色分布图，内容与清单一致', '看', '车间', 'quarterly', [DUAL]],
    ['核对隐患排查清单写明内容、频次和责任人，并按清单开展排查', '查', '企业', 'monthly', [LAW, DUAL]],
    ['核对隐患台账记录发现、整改、验收全过程，重大隐患“五落实”并报告', '查', '企业', 'monthly', [LAW]],
    ['查看有较大危险因素的场所和设备设有安全警示标志，标志完好无褪色', '看', '车间', 'monthly', [LAW, 'GB 2894-2008']],
    ['核对已开展季节性检查（汛期、高温、冬季防冻防火）', '查', '企业', 'seasonal', [LAW]],
    ['节假日前检查停用设备断电断料、防火防盗措施和值班安排', '看', '企业', 'pre-holiday', [LAW]],
  ]),
  ...group('equipment', {}, [
    ['核对起重机、叉车、压力容器、锅炉、电梯已登记并在检验期内，安全阀、压力表校验有效', '查', '企业', 'monthly', [SE_LAW, 'TSG 08-2017']],
    ['查看起重机限位、制动、吊钩防脱装置完好，有日常点检记录', '看', '班组', 'daily', [SE_LAW, 'GB 6067.1-2010']],
    ['查看叉车作业前点检制动、转向、喇叭、灯光，不载人、不超速', '看', '岗位', 'per-shift', ['TSG 81-2022']],
    ['查看设备外露传动部位（皮带、齿轮、联轴器）防护罩齐全牢固', '看', '班组', 'weekly', ['GB/T 8196-2018']],
    ['试验急停按钮有效，安全联锁装置未被拆除或短接', '测', '班组', 'weekly', ['GB 5083-1999']],
  ]),
  ...group('electrical', {}, [
    ['查看配电箱柜门完好、标识清楚、箱前无堆物，线路无私拉乱接', '看', '班组', 'weekly', ['GB/T 13869-2017']],
    ['查看设备外壳接地可靠，按试验按钮确认插座回路漏电保护器动作有效', '测', '车间', 'monthly', ['GB/T 13869-2017']],
    ['核对防雷装置每年检测一次，爆炸危险场所每半年检测一次', '查', '企业', 'half-yearly', [['《防雷减灾管理办法》', 'M']]],
  ]),
  ...group('fire', {}, [
    ['查看灭火器种类、数量与火灾类别相符，压力正常、在有效期内', '看', '班组', 'monthly', ['GB 50140-2005', 'GB 50444-2008']],
    ['查看消火栓、喷淋、报警设施完好，不被遮挡或挪作他用', '看', '车间', 'monthly', [FIRE_LAW]],
    ['查看疏散通道、安全出口畅通不锁闭，疏散指示和应急照明有效', '看', '班组', 'daily', [FIRE_LAW]],
    ['查看生产、仓储场所未与员工宿舍设在同一建筑内', '看', '企业', 'quarterly', [FIRE_LAW]],
    ['查看禁火区域无吸烟和违规用火，电动自行车不在室内停放充电', '看', '班组', 'daily', [FIRE_LAW]],
  ]),
  ...group('emergency', {}, [
    ['核对已编制综合、专项预案和现场处置方案，并按规定评审、备案', '查', '企业', 'yearly', [PLAN]],
    ['查看重点岗位有现场处置方案或应急处置卡', '看', '车间', 'quarterly', [PLAN]],
    ['核对每年至少一次综合或专项预案演练、每半年至少一次现场处置方案演练，并有评估', '查', '企业', 'half-yearly', [[PLAN, 'M']]],
    ['查看急救箱、担架、呼吸器、堵漏器材等应急物资齐全并在有效期内', '看', '车间', 'monthly', [LAW]],
  ]),
  ...group('health', {}, [
    ['核对已如实申报职业病危害项目，并在劳动合同中告知职业病危害', '查', '企业', 'yearly', [OH_LAW]],
    ['核对每年委托有资质机构检测职业病危害因素，结果已公布', '查', '企业', 'yearly', [OH_LAW, '《工作场所职业卫生管理规定》']],
    ['核对接害员工做了上岗前、在岗期间、离岗时职业健康检查，无禁忌作业', '查', '企业', 'yearly', [OH_LAW, 'GBZ 188-2014']],
    ['查看接害岗位有职业病危害警示标识和告知卡，入口处设公告栏', '看', '车间', 'quarterly', [OH_LAW, 'GBZ 158-2003']],
    ['查看通风除尘等防护设施正常运行，劳保用品按标准配发并正确佩戴', '看', '车间', 'monthly', [OH_LAW, 'GB 39800.1-2020']],
  ]),
  ...group('contractor', {}, [
    ['核对承包、承租单位具备资质，并签订安全生产管理协议写明各自职责', '查', '企业', 'per-job', [LAW, MH], { mh: 'mh2023.3.1' }],
    ['核对对承包、承租单位统一协调管理，并定期开展安全检查', '查', '企业', 'monthly', [LAW, MH], { mh: 'mh2023.3.1' }],
    ['核对承包商作业前已安全交底，其危险作业纳入本单位审批', '查', '车间', 'per-job', [LAW, MH], { mh: 'mh2023.3.1' }],
  ]),
];

// ---- items per special-operation flag ----------------------------------------------------------

const FLAGGED: BaseCheck[] = [
  ...group('dust', { flags: ['dustExplosion'] }, [
    ['查看涉粉场所不在非框架多层建筑内，区域内无宿舍、办公、休息室', '看', '企业', 'quarterly', [DUST, 'GB 15577-2018', MH], { mh: 'mh2023.11.1' }],
    ['查看除尘系统按粉尘种类和防火分区分开设置，不与可燃气体共用', '看', '企业', 'quarterly', [DUST, 'GB 15577-2018', MH], { mh: 'mh2023.11.2' }],
    ['查看干式除尘器设有泄爆、惰化或抑爆装置，泄爆口朝向安全区域', '看', '车间', 'monthly', ['GB 15577-2018', MH], { mh: 'mh2023.11.3' }],
    ['查看铝镁粉尘负压收集，其他粉尘正压输送设有火花探测消除装置', '看', '车间', 'monthly', ['GB 15577-2018', MH], { mh: 'mh2023.11.4' }],
    ['查看铝镁、木质粉尘干式除尘器锁气卸灰装置运行正常', '看', '班组', 'weekly', ['GB 15577-2018', MH], { mh: 'mh2023.11.6' }],
    ['查看除尘器、料仓等20区内电气设备为防爆型，标志清晰', '看', '车间', 'monthly', ['GB 15577-2018', MH], { mh: 'mh2023.11.7' }],
    ['查看研磨、粉碎前除铁除石装置和砂光机风管火花探测装置有效', '看', '班组', 'weekly', ['GB 15577-2018', MH], { mh: 'mh2023.11.8' }],
    ['查看遇湿自燃金属粉尘储存处通风良好、防水防潮', '看', '车间', 'weekly', ['GB 15577-2018', MH], { mh: 'mh2023.11.9' }],
    ['查看按清扫制度每班清理积尘，设备、地面、梁架无明显积尘', '看', '班组', 'per-shift', [DUST, MH], { mh: 'mh2023.11.10' }],
    ['测试涉粉设备和管道防静电接地、法兰跨接完好', '测', '车间', 'quarterly', ['GB 15577-2018']],
  ]),
  ...group('ammonia', { flags: ['ammoniaRefrigeration'] }, [
    ['查看包装、分割、产品整理间空调没有采用氨直接蒸发制冷', '看', '企业', 'yearly', ['GB 28009-2011', MH], { mh: 'mh2023.12.1' }],
    ['查看速冻装置在单独作业间内，清点作业间内人数不超过9人', '看', '车间', 'per-shift', [MH], { mh: 'mh2023.12.2' }],
    ['测试机房和储氨区固定式氨气报警器，确认与事故排风联锁', '测', '车间', 'monthly', ['GB 28009-2011']],
    ['查看储氨器安全阀、压力表、液位计完好，紧急切断阀有效', '看', '班组', 'daily', ['GB 28009-2011']],
    ['查看氨区配有正压式空气呼吸器、防化服、洗眼器和喷淋，厂区设风向标', '看', '车间', 'monthly', ['GB 28009-2011']],
  ]),
  ...group('confined', { flags: ['confinedSpace'] }, [
    ['核对已辨识有限空间并建立台账，现场设有明显警示标志', '查', '企业', 'quarterly', [CONFINED, MH], { mh: 'mh2023.13.1' }],
    ['核对有限空间作业已审批，未经审批无人进入', '查', '车间', 'per-job', [CONFINED, MH], { mh: 'mh2023.13.2' }],
    ['检测作业前先通风、再检测，氧气和有毒可燃气体合格并有记录', '测', '班组', 'per-job', [CONFINED, MH], { mh: 'mh2023.13.2' }],
    ['查看作业期间监护人在场，不离开、不兼做其他工作', '看', '班组', 'per-job', [CONFINED, MH], { mh: 'mh2023.13.2' }],
    ['核对作业和监护人员经专项培训、每年救援演练，检测仪和救援器材完好', '查', '企业', 'yearly', [CONFINED, PLAN]],
  ]),
  ...group('spraying', { flags: ['spraying'] }, [
    ['查看涂装调漆间、喷漆室设有固定式可燃气体报警器和机械通风', '看', '车间', 'monthly', ['GB 6514-2008', MH], { ind: ['machinery'], mh: 'mh2023.7.7' }],
    ['查看家具等产品的调漆间、喷漆室设有可燃气体报警器和通风设施', '看', '车间', 'monthly', ['GB 6514-2008', MH], { ind: ['light'], mh: 'mh2023.8.6' }],
    ['查看喷涂区电气设备防爆，设备和管道防静电接地', '看', '车间', 'monthly', ['GB 6514-2008', 'GB 12367-2006']],
    ['查看现场油漆、稀释剂不超过当班用量，废漆渣和抹布放入带盖金属桶', '看', '班组', 'per-shift', ['GB 7691-2011']],
    ['查看喷漆人员佩戴防毒面具和防护手套', '看', '岗位', 'per-shift', ['GB 39800.1-2020']],
  ]),
  ...group('hazchem', { flags: ['hazardousChemicals'] }, [
    ['核对危险化学品清单齐全，每种都有安全技术说明书和安全标签', '查', '企业', 'quarterly', ['《危险化学品安全管理条例》']],
    ['查看危险化学品专库专柜分区分类存放，禁忌物不混存，通风防晒和防爆电气完好', '看', '车间', 'weekly', ['GB 15603-2022']],
    ['核对领用退库登记，现场存量不超过当班用量', '查', '班组', 'daily', ['《危险化学品安全管理条例》']],
    ['查看使用场所的气体报警器、洗眼器和喷淋装置可用', '看', '车间', 'monthly', ['《危险化学品安全管理条例》']],
  ]),
  ...group('smelting', { flags: ['metalSmelting'] }, [
    ['核对主要负责人和安全生产管理人员已考核合格', '查', '企业', 'yearly', [LAW, MH], { mh: 'mh2023.3.3' }],
    ['核对吊运熔融金属的起重机为冶金铸造用起重机并定期检验', '查', '企业', 'monthly', ['AQ 7011-2018', SE_LAW]],
    ['核对熔融金属罐（包）耳轴定期探伤，罐体无裂纹、衬砖完好', '查', '车间', 'monthly', ['AQ 7011-2018']],
    ['查看入炉废钢、炉料干燥，无密闭容器和爆炸物', '看', '岗位', 'per-shift', ['《冶金企业和有色金属企业安全生产规定》']],
    ['查看浇注、吊运时影响范围内无人停留，作业人员穿阻燃服、戴面罩', '看', '班组', 'per-shift', ['AQ 7011-2018']],
  ]),
  ...group('shipbuilding', { flags: ['shipbuilding'] }, [
    ['检测船舱内动火前已清除可燃物、通风检测合格并办理审批', '测', '车间', 'per-job', ['GB 9448-1999', CONFINED]],
    ['查看船台、坞内脚手架经验收挂牌，高处作业人员系安全带', '看', '班组', 'per-shift', [LAW]],
    ['查看气瓶固定防倒，乙炔瓶与氧气瓶间距不小于5米、距明火不小于10米', '看', '班组', 'per-shift', ['GB 9448-1999']],
  ]),
  ...group('crowded', { flags: ['laborIntensive'] }, [
    ['核对每年至少组织一次全员疏散演练', '查', '企业', 'yearly', [[FIRE_61, 'M']]],
    ['查看车间安全出口不少于两个，通道宽度满足人员疏散', '看', '车间', 'quarterly', ['GB 50016-2014']],
    ['核对排班和加班记录，防止连续疲劳作业', '查', '企业', 'monthly', [LAW]],
  ]),
];

// ---- a few items per industry -------------------------------------------------------------------

const BY_INDUSTRY: BaseCheck[] = [
  ...group('metallurgy', { ind: ['metallurgy'] }, [
    ['查看铁水、钢水、液渣吊运跨地坪内无人员聚集房间和罐修工位', '看', '企业', 'quarterly', [MH], { mh: 'mh2023.4.1' }],
    ['生产期间查看事故坑、渣坑、炉前平台和运输通道干燥无积水', '看', '班组', 'per-shift', [MH], { mh: 'mh2023.4.2' }],
    ['测试煤气区域固定式一氧化碳报警器，核对数据传至24小时值守室', '测', '车间', 'monthly', ['GB 6222-2005', MH], { mh: 'mh2023.4.6' }],
    ['查看进入煤气区域作业携带一氧化碳报警仪并两人以上同行', '看', '岗位', 'per-job', ['GB 6222-2005']],
  ]),
  ...group('nonferrous', { ind: ['nonferrous'] }, [
    ['查看熔融金属吊运跨地坪内无人员聚集房间和罐修工位', '看', '企业', 'quarterly', [MH], { mh: 'mh2023.5.1' }],
    ['生产期间查看事故坑、渣坑和熔体喷溅范围内干燥无积水', '看', '班组', 'per-shift', [MH], { mh: 'mh2023.5.2' }],
    ['测试深井铸造冷却水压力流量报警及与切断阀的联锁', '测', '车间', 'monthly', [MH], { mh: 'mh2023.5.6' }],
    ['测试一氧化碳、硫化氢、氯气等有毒气体报警器并核对数据传输', '测', '车间', 'monthly', [MH], { mh: 'mh2023.5.11' }],
  ]),
  ...group('building-materials', { ind: ['building-materials'] }, [
    ['查看煤磨袋收尘器、煤粉仓温度和一氧化碳报警及气体灭火装置有效', '看', '车间', 'weekly', [MH], { mh: 'mh2023.6.1' }],
    ['核对筒型储库清库方案落实防坠落、防坍塌措施', '查', '企业', 'per-job', [MH], { mh: 'mh2023.6.2' }],
    ['查看进入储库、窑、磨机前已切断动力、物料并隔离高温有毒气体', '看', '车间', 'per-job', [MH, CONFINED], { mh: 'mh2023.6.4' }],
  ]),
  ...group('machinery', { ind: ['machinery'] }, [
    ['查看熔炼、浇注跨地坪内无休息室、更衣室等人员聚集场所', '看', '企业', 'quarterly', [MH], { flags: ['metalSmelting'], mh: 'mh2023.7.1' }],
    ['查看铸造熔炼炉紧急排放和应急储存设施完好可用', '看', '车间', 'weekly', [MH], { flags: ['metalSmelting'], mh: 'mh2023.7.2' }],
    ['测试燃气加热炉压力报警、紧急切断和熄火保护装置', '测', '车间', 'monthly', [MH], { mh: 'mh2023.7.5' }],
    ['查看用有机溶剂清洗时通风良好，地沟地坑可燃气体已检测', '看', '班组', 'per-job', [MH], { mh: 'mh2023.7.6' }],
  ]),
  ...group('light', { ind: ['light'] }, [
    ['测试烘烤、油炸设备防过热自动切断装置', '测', '班组', 'weekly', [MH], { mh: 'mh2023.8.1' }],
    ['测试白酒勾兑、灌装场所和酒库乙醇蒸气报警与排风联锁', '测', '车间', 'monthly', [MH], { mh: 'mh2023.8.2' }],
    ['查看锂离子电池仓库故障电池单独隔离存放', '看', '班组', 'daily', [MH], { mh: 'mh2023.8.7' }],
  ]),
  ...group('textile', { ind: ['textile'] }, [
    ['查看定型机汽化室、燃气储罐、储油罐、热媒炉与车间防火分隔', '看', '企业', 'quarterly', [MH], { mh: 'mh2023.9.1' }],
    ['查看保险粉、双氧水等分区存放，保险粉防水防潮', '看', '车间', 'weekly', [MH], { mh: 'mh2023.9.2' }],
    ['查看开清棉、梳棉等设备防护罩和联锁有效，清理缠绕物先停机', '看', '班组', 'per-shift', ['GB 5083-1999']],
    ['查看车间飞花、棉絮每班清扫，电气设备无积花', '看', '班组', 'per-shift', [FIRE_LAW]],
  ]),
  ...group('tobacco', { ind: ['tobacco'] }, [
    ['核对熏蒸前确认人员已撤离，配有磷化氢检测仪和防毒面具', '查', '车间', 'per-job', [MH], { mh: 'mh2023.10.1' }],
    ['测试膨胀烟丝线二氧化碳报警与事故通风联锁', '测', '车间', 'monthly', [MH], { mh: 'mh2023.10.2' }],
    ['查看烟叶、烟丝仓库电气线路穿管保护，灯具有防护罩', '看', '车间', 'monthly', [FIRE_LAW]],
  ]),
  ...group('commerce', { ind: ['commerce'] }, [
    ['查看营业场所和仓库安全出口、疏散通道不被货物占用', '看', '班组', 'daily', [FIRE_LAW, 'GB 50016-2014']],
    ['查看货架稳固、堆垛不超高，货物与灯具保持安全距离', '看', '班组', 'weekly', [FIRE_LAW]],
    ['查看冷库门内侧能从里面打开，库内设有呼救装置', '看', '车间', 'monthly', ['GB 28009-2011']],
    ['核对粮仓进出仓作业按规程进行，防埋压、防窒息措施落实', '查', '车间', 'per-job', [CONFINED]],
  ]),
];

export const BASE_CHECKS: readonly BaseCheck[] = [...GENERAL, ...FLAGGED, ...BY_INDUSTRY];

const BY_ID = new Map(BASE_CHECKS.map((c) => [c.id, c]));

/** An item by id, or undefined. */
export function baseCheck(id: string): BaseCheck | undefined {
  return BY_ID.get(id);
}

/**
 * The items that apply to an enterprise: industry matches ('all' or listed) and either the item
 * needs no flag or the enterprise has one of its flags.
 */
export function baseChecksFor(industry: Industry, flags: readonly SpecialFlag[]): readonly BaseCheck[] {
  return BASE_CHECKS.filter((c) => {
    const ind = c.applicability.industries;
    const industryOk = ind === 'all' || ind.includes(industry);
    const flagOk = c.applicability.flags.length === 0 || c.applicability.flags.some((f) => flags.includes(f));
    return industryOk && flagOk;
  });
}
