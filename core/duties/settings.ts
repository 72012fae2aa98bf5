/**
 * The duties section of the enterprise file (schema v5): per-hazard owner overrides and the
 * settings of the hidden-hazard checklists (隐患排查清单) — how often each level checks, which
 * specialist, seasonal and pre-holiday lists are printed, and the user's edits of generated
 * check texts.
 *
 * Default frequencies follow common enterprise practice (domain-facts §9.2 [S/M]; there is no
 * national table): 岗位 every shift (班前、班中、交接班), 班组 daily, 车间 weekly, 企业 monthly,
 * specialist checks (电气、特种设备、消防、粉尘防爆、涉氨制冷、有限空间) quarterly, seasonal lists at
 * the change of season (summer heat and flood, winter freeze and fire), a list before holidays.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { zodIssues } from '../model/zodIssues';
import { ControlLevelSchema, type ControlLevel } from '../model/vocab';

const Id = z.string().min(1).max(64);

/** Period units of a check frequency, shortest first. */
export const CHECK_PERIODS = ['shift', 'day', 'week', 'month', 'quarter', 'half-year', 'year'] as const;
export type CheckPeriod = (typeof CHECK_PERIODS)[number];
export const CheckPeriodSchema = z.enum(CHECK_PERIODS);
export const CHECK_PERIOD_ZH: Readonly<Record<CheckPeriod, string>> = {
  shift: '班', day: '日', week: '周', month: '月', quarter: '季度', 'half-year': '半年', year: '年',
};
/** Approximate length of a period in days (only to order frequencies; a shift counts as 1/3 day). */
export const PERIOD_DAYS: Readonly<Record<CheckPeriod, number>> = {
  shift: 1 / 3, day: 1, week: 7, month: 30, quarter: 91, 'half-year': 182, year: 365,
};

/**
 * A check frequency: once every `every` periods (`{ every: 1, period: 'week' }` = 每周).
 * `every` is an integer 1–12; 0 or less is refused with E_FREQUENCY_INVALID.
 */
export const FrequencySchema = z.object({
  every: z.number().int({ message: 'E_FREQUENCY_INVALID' }).min(1, { message: 'E_FREQUENCY_INVALID' }).max(12, { message: 'E_FREQUENCY_INVALID' }),
  period: CheckPeriodSchema,
});
export type Frequency = z.infer<typeof FrequencySchema>;

/** 每班 / 每日 / 每周 / 每月 / 每季度 / 每半年 / 每年; 每2周 when `every` > 1. */
export function frequencyZh(f: Frequency): string {
  if (f.every === 1) return `每${CHECK_PERIOD_ZH[f.period]}`;
  return `每${f.every}${f.period === 'shift' ? '个班' : f.period === 'half-year' ? '个半年' : f.period === 'month' ? '个月' : CHECK_PERIOD_ZH[f.period]}`;
}

/** Days between two checks, for ordering frequencies (every shift < daily < weekly …). */
export function frequencyDays(f: Frequency): number {
  return f.every * PERIOD_DAYS[f.period];
}

/** Specialist (专项) check topics. */
export const SPECIALIST_TOPICS = ['electrical', 'specialEquipment', 'fire', 'dust', 'ammonia', 'confined'] as const;
export type SpecialistTopic = (typeof SPECIALIST_TOPICS)[number];
export const SpecialistTopicSchema = z.enum(SPECIALIST_TOPICS);
export const SPECIALIST_TOPIC_ZH: Readonly<Record<SpecialistTopic, string>> = {
  electrical: '电气安全', specialEquipment: '特种设备', fire: '消防安全', dust: '粉尘防爆', ammonia: '涉氨制冷', confined: '有限空间',
};

export const SEASONS = ['summer', 'winter'] as const;
export type Season = (typeof SEASONS)[number];
export const SeasonSchema = z.enum(SEASONS);
export const SEASON_ZH: Readonly<Record<Season, string>> = { summer: '夏季', winter: '冬季' };
/** What each seasonal list concentrates on (printed under its title). */
export const SEASON_FOCUS_ZH: Readonly<Record<Season, string>> = {
  summer: '防暑降温、防汛防台、防雷',
  winter: '防冻防凝、防火、防滑、防中毒',
};

export const DEFAULT_ROUTINE: Readonly<Record<ControlLevel, Frequency>> = {
  enterprise: { every: 1, period: 'month' },
  workshop: { every: 1, period: 'week' },
  team: { every: 1, period: 'day' },
  post: { every: 1, period: 'shift' },
};
export const DEFAULT_SPECIALIST: Frequency = { every: 1, period: 'quarter' };

const TopicSettingSchema = z.object({ enabled: z.boolean().default(true), frequency: FrequencySchema.default(() => ({ ...DEFAULT_SPECIALIST })) });
export type TopicSetting = z.infer<typeof TopicSettingSchema>;

/**
 * An owner override: at `level`, hazard `hazardId` is owned by `personIds` instead of the people
 * whose roles own that level (主要负责人, 车间主任, 班组长, the post's people).
 */
export const OwnerOverrideSchema = z.object({
  hazardId: Id,
  level: ControlLevelSchema,
  personIds: z.array(Id).min(1).max(20),
});
export type OwnerOverride = z.infer<typeof OwnerOverrideSchema>;

/**
 * A user's edit of a generated check text. `original` is the generated text the edit replaced:
 * when the source changes (a measure edited in the risk database), the edit no longer matches and
 * is reported as stale instead of silently applied to a different check.
 */
export const ItemTextEditSchema = z.object({
  key: z.string().min(3).max(200),
  text: z.string().trim().min(2).max(300),
  original: z.string().max(1000),
});
export type ItemTextEdit = z.infer<typeof ItemTextEditSchema>;

export const ChecklistSettingsSchema = z.object({
  /** Routine (日常) checks: how often each level checks its own list. */
  routine: z
    .object({
      enterprise: FrequencySchema.default(() => ({ ...DEFAULT_ROUTINE.enterprise })),
      workshop: FrequencySchema.default(() => ({ ...DEFAULT_ROUTINE.workshop })),
      team: FrequencySchema.default(() => ({ ...DEFAULT_ROUTINE.team })),
      post: FrequencySchema.default(() => ({ ...DEFAULT_ROUTINE.post })),
    })
    .default(() => ({ ...structuredClone(DEFAULT_ROUTINE) })),
  /** Specialist (专项) lists per topic: printed when enabled and the enterprise has items of it. */
  specialist: z
    .object(Object.fromEntries(SPECIALIST_TOPICS.map((t) => [t, TopicSettingSchema.default(() => ({ enabled: true, frequency: { ...DEFAULT_SPECIALIST } }))])) as Record<SpecialistTopic, z.ZodDefault<typeof TopicSettingSchema>>)
    .default(() => Object.fromEntries(SPECIALIST_TOPICS.map((t) => [t, { enabled: true, frequency: { ...DEFAULT_SPECIALIST } }])) as Record<SpecialistTopic, TopicSetting>),
  seasonal: z.object({ summer: z.boolean().default(true), winter: z.boolean().default(true) }).default(() => ({ summer: true, winter: true })),
  preHoliday: z.boolean().default(true),
  /** Blank rows at the end of every printed sheet, for items written by hand. */
  blankRows: z.number().int().min(0).max(20).default(3),
  itemTexts: z.array(ItemTextEditSchema).max(5000).default([]),
});
export type ChecklistSettings = z.infer<typeof ChecklistSettingsSchema>;

export const DutiesSchema = z
  .object({
    ownerOverrides: z.array(OwnerOverrideSchema).max(20_000).default([]),
    checklists: ChecklistSettingsSchema.default(() => ChecklistSettingsSchema.parse({})),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.ownerOverrides.forEach((o, i) => {
      const k = `${o.hazardId}@${o.level}`;
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: 'owner-override-duplicate', path: ['ownerOverrides', i] });
      seen.add(k);
    });
    const keys = new Set<string>();
    d.checklists.itemTexts.forEach((e, i) => {
      if (keys.has(e.key)) ctx.addIssue({ code: 'custom', message: 'item-text-duplicate', path: ['checklists', 'itemTexts', i] });
      keys.add(e.key);
    });
  });
export type Duties = z.infer<typeof DutiesSchema>;

/** Fresh defaults (no overrides, default frequencies, every list on). */
export function defaultDuties(): Duties {
  return DutiesSchema.parse({});
}

/**
 * Validates a frequency from user input.
 * @throws AppError E_FREQUENCY_INVALID `{ value }` when `every` is not an integer 1–12 or the
 *   period is unknown.
 */
export function validateFrequency(x: unknown): Frequency {
  const r = FrequencySchema.safeParse(x);
  if (r.success) return r.data;
  throw new AppError('E_FREQUENCY_INVALID', { value: x, issues: zodIssues(r.error), allowedPeriods: [...CHECK_PERIODS] });
}
