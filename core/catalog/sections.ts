/**
 * The section tree of the hazard library: the coverage list of the library issue, in Chinese.
 * A section path is written with ' › ' between levels, e.g. '特种设备 › 叉车/厂内车辆'.
 * Industry sections start with the industry's Chinese name; common (公共) sections apply to every
 * industry and are switched on by screening questions or special-operation flags.
 */
import type { Industry, SpecialFlag } from '../model/vocab';

export const SECTION_SEP = ' › ';

export interface SectionDef {
  path: string;
  /** Industry sections name their industry; common sections have none (they apply to all). */
  industry: Industry | null;
  /** A flag that makes a common section mandatory in the wizard's screening step. */
  flag?: SpecialFlag;
}

const ind = (industry: Industry, zh: string, subs: string[]): SectionDef[] =>
  subs.map((s) => ({ path: `${zh}${SECTION_SEP}${s}`, industry }));
const common = (path: string, flag?: SpecialFlag): SectionDef => (flag ? { path, industry: null, flag } : { path, industry: null });

export const SECTIONS: readonly SectionDef[] = [
  ...ind('machinery', '机械', ['机加工', '冲压/锻压', '铸造', '焊接切割', '涂装/喷涂', '热处理与电镀', '装配']),
  ...ind('light', '轻工', ['家具/木制品', '橡胶和塑料制品', '食品', '造纸与纸制品', '印刷', '酿酒/饮料']),
  ...ind('textile', '纺织', ['纺纱', '织造', '印染', '服装']),
  ...ind('building-materials', '建材', ['水泥制品', '玻璃', '陶瓷', '石材加工']),
  ...ind('metallurgy', '冶金', ['熔炼', '浇铸', '压延']),
  ...ind('nonferrous', '有色', ['熔炼', '浇铸', '压延', '铝镁加工']),
  ...ind('tobacco', '烟草', ['烟草加工']),
  ...ind('commerce', '商贸', ['仓储', '批发零售', '冷库']),
  common('粉尘防爆', 'dustExplosion'),
  common('涉氨制冷', 'ammoniaRefrigeration'),
  common('有限空间作业', 'confinedSpace'),
  common('喷涂与有机溶剂', 'spraying'),
  common('危险作业 › 动火'),
  common('危险作业 › 高处'),
  common('危险作业 › 吊装'),
  common('危险作业 › 临时用电'),
  common('危险作业 › 检维修'),
  common('电气 › 配电房'),
  common('电气 › 线路'),
  common('电气 › 防爆电气'),
  common('特种设备 › 起重机械'),
  common('特种设备 › 叉车/厂内车辆'),
  common('特种设备 › 压力容器与气瓶'),
  common('特种设备 › 锅炉'),
  common('特种设备 › 电梯'),
  common('消防与疏散'),
  common('危险化学品使用与储存', 'hazardousChemicals'),
  common('熔融金属', 'metalSmelting'),
  common('人员密集场所', 'laborIntensive'),
  common('职业危害 › 噪声'),
  common('职业危害 › 粉尘'),
  common('职业危害 › 高温'),
  common('职业危害 › 有毒物质'),
];

export const SECTION_PATHS: readonly string[] = SECTIONS.map((s) => s.path);
