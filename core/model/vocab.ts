/**
 * Domain vocabulary shared by every module: industries, special-operation flags, control levels,
 * measure kinds, check methods, risk levels. Identifiers are English; each has its official
 * Chinese label (DESIGN §4 glossary). Nothing regulatory lives here, only names.
 */
import { z } from 'zod';

/** The eight 工贸 industries (应急厅〔2019〕17号 scope) plus 其他（非工贸）. */
export const INDUSTRIES = [
  'metallurgy', 'nonferrous', 'building-materials', 'machinery', 'light', 'textile', 'tobacco', 'commerce', 'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const IndustrySchema = z.enum(INDUSTRIES);
export const INDUSTRY_ZH: Record<Industry, string> = {
  metallurgy: '冶金', nonferrous: '有色', 'building-materials': '建材', machinery: '机械', light: '轻工',
  textile: '纺织', tobacco: '烟草', commerce: '商贸', other: '其他',
};
/** Label of `other` in forms and documents: it means "not a 工贸 enterprise". */
export const INDUSTRY_OTHER_LONG_ZH = '其他（非工贸）';

/** Special-operation flags of the enterprise profile (涉及的特殊作业/场所). */
export const SPECIAL_FLAGS = [
  'dustExplosion', 'ammoniaRefrigeration', 'confinedSpace', 'spraying', 'metalSmelting', 'hazardousChemicals',
  'shipbuilding', 'laborIntensive',
] as const;
export type SpecialFlag = (typeof SPECIAL_FLAGS)[number];
export const SpecialFlagSchema = z.enum(SPECIAL_FLAGS);
export const SPECIAL_FLAG_ZH: Record<SpecialFlag, string> = {
  dustExplosion: '涉粉尘涉爆', ammoniaRefrigeration: '涉氨制冷', confinedSpace: '有限空间作业', spraying: '喷涂作业',
  metalSmelting: '金属冶炼', hazardousChemicals: '危险化学品使用/储存', shipbuilding: '船舶修造', laborIntensive: '人员密集型劳动',
};

/** 管控层级, highest first. */
export const CONTROL_LEVELS = ['enterprise', 'workshop', 'team', 'post'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];
export const ControlLevelSchema = z.enum(CONTROL_LEVELS);
export const CONTROL_LEVEL_ZH: Record<ControlLevel, string> = { enterprise: '企业', workshop: '车间', team: '班组', post: '岗位' };

/** 管控措施 kinds, in the order registers print them. */
export const MEASURE_KINDS = ['engineering', 'management', 'training', 'ppe', 'emergency'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MeasureKindSchema = z.enum(MEASURE_KINDS);
export const MEASURE_KIND_ZH: Record<MeasureKind, string> = {
  engineering: '工程技术', management: '管理', training: '培训教育', ppe: '个体防护', emergency: '应急处置',
};

/** How an inspector verifies a measure: 看/测/问/查记录. */
export const CHECK_METHODS = ['look', 'measure', 'ask', 'records'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];
export const CheckMethodSchema = z.enum(CHECK_METHODS);
export const CHECK_METHOD_ZH: Record<CheckMethod, string> = { look: '看', measure: '测', ask: '问', records: '查记录' };

/** 风险等级, highest first: 重大/较大/一般/低 = red/orange/yellow/blue (安委办〔2016〕11号). */
export const RISK_LEVELS = ['major', 'high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RiskLevelSchema = z.enum(RISK_LEVELS);
export const RISK_LEVEL_ZH: Record<RiskLevel, string> = { major: '重大风险', high: '较大风险', medium: '一般风险', low: '低风险' };
export const RISK_LEVEL_SHORT_ZH: Record<RiskLevel, string> = { major: '重大', high: '较大', medium: '一般', low: '低' };
export const RISK_COLOUR_ZH: Record<RiskLevel, string> = { major: '红', high: '橙', medium: '黄', low: '蓝' };

/** Confidence of a fact (../shared/docs/domain-facts.md tags): V verified, S secondary, M recalled, ? unknown. */
export const CONFIDENCES = ['V', 'S', 'M', '?'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const ConfidenceSchema = z.enum(CONFIDENCES);
