/**
 * The editions of the standards SafePost carries as data, identified everywhere by their
 * designation string (DESIGN §5). Source: ../shared/docs/domain-facts.md §0 (version watch).
 *
 * Dates are ISO `YYYY-MM-DD`; `null` where the facts file gives none. `confidence` tags the
 * designation and title, `datesConfidence` the two dates (domain-facts tags V/S/M/?).
 */
import { z } from 'zod';
import { ConfidenceSchema, type Confidence } from '../model/vocab';

export const EDITION_DESIGNATIONS = [
  'GB 6441-1986',
  'GB 6441-2025',
  'GB/T 13861-2022',
  'GB 2894-2008',
  'GB 2894-2025',
  '应急管理部令第10号',
  '安监总管四〔2017〕129号',
] as const;
export type EditionDesignation = (typeof EDITION_DESIGNATIONS)[number];
export const EditionDesignationSchema = z.enum(EDITION_DESIGNATIONS);

/** The reference tables that are edition-tagged. */
export const STANDARD_TOPICS = ['accidentTypes', 'factorCodes', 'safetySigns', 'majorHazards'] as const;
export type StandardTopic = (typeof STANDARD_TOPICS)[number];
export const StandardTopicSchema = z.enum(STANDARD_TOPICS);

export const EditionSchema = z.object({
  designation: EditionDesignationSchema,
  topic: StandardTopicSchema,
  title: z.string().min(4),
  published: z.iso.date().nullable(),
  inForce: z.iso.date().nullable(),
  /** Designations this edition replaced (may name editions SafePost does not carry). */
  replaces: z.array(z.string().min(3)),
  confidence: ConfidenceSchema,
  datesConfidence: ConfidenceSchema,
  note: z.string().optional(),
});
export type Edition = z.infer<typeof EditionSchema>;

export const EDITIONS: readonly Edition[] = [
  {
    designation: 'GB 6441-1986', topic: 'accidentTypes', title: '企业职工伤亡事故分类',
    // Approval and implementation dates recalled (1986-05-31 / 1987-02-01), not in the facts file.
    published: '1986-05-31', inForce: '1987-02-01', replaces: [], confidence: 'V', datesConfidence: 'M',
    note: '20 类事故类别；现按推荐性标准对待',
  },
  {
    designation: 'GB 6441-2025', topic: 'accidentTypes', title: '生产安全事故分类与编码',
    published: '2025-12-31', inForce: '2026-07-01', replaces: ['GB 6441-1986'], confidence: 'V', datesConfidence: 'V',
    note: '27 类基本类型，8 位编码 WSA1xxxx',
  },
  {
    designation: 'GB/T 13861-2022', topic: 'factorCodes', title: '生产过程危险和有害因素分类与代码',
    published: '2022-03-09', inForce: '2022-10-01', replaces: ['GB/T 13861-2009'], confidence: 'V', datesConfidence: 'V',
  },
  {
    designation: 'GB 2894-2008', topic: 'safetySigns', title: '安全标志及其使用导则',
    // Dates and the replaced editions are recalled; the facts file gives neither.
    published: '2008-12-11', inForce: '2009-10-01', replaces: ['GB 2894-1996', 'GB 16179-1996'], confidence: 'V', datesConfidence: 'M',
    note: '禁止 40、警告 39、指令 16、提示 8',
  },
  {
    designation: 'GB 2894-2025', topic: 'safetySigns', title: '安全色和安全标志',
    published: '2025-05-30', inForce: '2026-03-01', replaces: ['GB 2893-2008', 'GB 2894-2008', 'GB 7231-2003'],
    confidence: 'V', datesConfidence: 'V',
    note: '新增标志仅知名称，编号与完整清单待核实',
  },
  {
    designation: '应急管理部令第10号', topic: 'majorHazards', title: '工贸企业重大事故隐患判定标准',
    published: '2023-04-14', inForce: '2023-05-15', replaces: ['安监总管四〔2017〕129号'], confidence: 'V', datesConfidence: 'V',
    note: '管理类 3 + 行业类 47 + 专项类 14 = 64 项',
  },
  {
    designation: '安监总管四〔2017〕129号', topic: 'majorHazards', title: '工贸行业重大生产安全事故隐患判定标准（2017版）',
    published: null, inForce: null, replaces: [], confidence: 'V', datesConfidence: '?',
    note: '已由应急管理部令第10号废止；仅用于旧台账',
  },
];

/**
 * The edition new enterprises use per topic (DESIGN §5: "new enterprises use the current
 * editions"). Each is the newest in force on 2026-07-01, when GB 6441-2025 took effect.
 */
export const CURRENT_EDITION: Readonly<Record<StandardTopic, EditionDesignation>> = {
  accidentTypes: 'GB 6441-2025',
  factorCodes: 'GB/T 13861-2022',
  safetySigns: 'GB 2894-2025',
  majorHazards: '应急管理部令第10号',
};

/** The edition row of a designation. @throws Error for a designation not in EDITIONS (a code bug). */
export function edition(designation: EditionDesignation): Edition {
  const e = EDITIONS.find((x) => x.designation === designation);
  if (!e) throw new Error(`unknown edition ${designation}`);
  return e;
}

/**
 * The edition of `topic` in force on `isoDate` (`YYYY-MM-DD`): the one with the latest
 * in-force date not after that day; an edition with an unknown in-force date counts as older
 * than any dated one. Returns null when none was in force yet.
 */
export function editionInForceOn(topic: StandardTopic, isoDate: string): EditionDesignation | null {
  const candidates = EDITIONS.filter((e) => e.topic === topic && (e.inForce === null || e.inForce <= isoDate));
  if (candidates.length === 0) return null;
  const key = (e: Edition): string => e.inForce ?? '0000-00-00';
  candidates.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  return candidates[0]!.designation;
}

/** Confidence values whose facts may be printed as references (not shown as 待核实). */
export const PRINTABLE_CONFIDENCES: readonly Confidence[] = ['V', 'S'];

/** True when a fact of this confidence may be printed; M and ? are shown as 待核实. */
export function isPrintable(confidence: Confidence): boolean {
  return PRINTABLE_CONFIDENCES.includes(confidence);
}

/** The label the app shows beside an unverified fact (DESIGN §5). */
export const UNVERIFIED_LABEL = '待核实';
