/**
 * Band tables (风险分级标准表): which score is which of the four levels, as data (DESIGN §5).
 *
 * There is no single national mapping of LEC D or LS R to 重大/较大/一般/低 (domain-facts §4.2,
 * §4.3): provinces, consultants and implementations differ. An enterprise chooses a table (or
 * writes its own); every assessment stores `{id, version}` of the table it used and every register
 * prints that table (`describeBands`).
 *
 * Shape: bands listed highest level first, one per level, with strictly descending lower bounds;
 * the lowest band starts at 0 inclusive. A score belongs to the FIRST band whose bound it passes
 * (`score > lowerBound`, or `>=` when `lowerInclusive`), so the bands are contiguous and
 * non-overlapping by construction.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { RISK_LEVELS, RISK_LEVEL_ZH, RiskLevelSchema, type RiskLevel } from '../model/vocab';
import { zodIssues } from '../model/zodIssues';
import { formatScaleNumber } from './scales';

export const SCORED_METHODS = ['LEC', 'LS'] as const;
export type ScoredMethod = (typeof SCORED_METHODS)[number];
export const ScoredMethodSchema = z.enum(SCORED_METHODS);

export const BandSchema = z.object({
  level: RiskLevelSchema,
  lowerBound: z.number(),
  lowerInclusive: z.boolean(),
});
export type Band = z.infer<typeof BandSchema>;

/** The table's shape without the ordering rules (used to report shape errors separately). */
export const BandTableShapeSchema = z.object({
  id: z.string().trim().min(1),
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200),
  method: ScoredMethodSchema,
  bands: z.array(BandSchema),
});

/** What is wrong with a band table: `details` of E_BAND_TABLE_INVALID (index = position in `bands`). */
export type BandTableProblem =
  | { problem: 'schema'; issues: ReturnType<typeof zodIssues> }
  | { problem: 'level-duplicate'; level: RiskLevel; indexes: number[] }
  | { problem: 'level-missing'; level: RiskLevel }
  | { problem: 'level-order'; index: number; level: RiskLevel; expected: RiskLevel }
  | { problem: 'bound-negative'; index: number; level: RiskLevel; lowerBound: number }
  /** Same bound as the band above: one of the two would be empty or a single point. */
  | { problem: 'bounds-overlap'; index: number; level: RiskLevel; lowerBound: number; previousLevel: RiskLevel }
  /** Bound above the band above: the higher band would swallow this one. */
  | { problem: 'bounds-order'; index: number; level: RiskLevel; lowerBound: number; previousLowerBound: number }
  | { problem: 'lowest-band'; index: number; lowerBound: number; lowerInclusive: boolean };

/**
 * First problem of a shape-valid table, or null. Checks in this order: duplicate level, missing
 * level, level order (major, high, medium, low), negative bound, equal bounds (overlap), ascending
 * bounds (order), lowest band = `{lowerBound: 0, lowerInclusive: true}`.
 */
export function bandTableProblem(t: z.infer<typeof BandTableShapeSchema>): BandTableProblem | null {
  const bands = t.bands;
  for (const level of RISK_LEVELS) {
    const indexes = bands.flatMap((b, i) => (b.level === level ? [i] : []));
    if (indexes.length > 1) return { problem: 'level-duplicate', level, indexes };
  }
  for (const level of RISK_LEVELS) {
    if (!bands.some((b) => b.level === level)) return { problem: 'level-missing', level };
  }
  for (let i = 0; i < bands.length; i++) {
    const expected = RISK_LEVELS[i]!;
    if (bands[i]!.level !== expected) return { problem: 'level-order', index: i, level: bands[i]!.level, expected };
  }
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (b.lowerBound < 0) return { problem: 'bound-negative', index: i, level: b.level, lowerBound: b.lowerBound };
  }
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!;
    const b = bands[i]!;
    if (b.lowerBound === prev.lowerBound) {
      return { problem: 'bounds-overlap', index: i, level: b.level, lowerBound: b.lowerBound, previousLevel: prev.level };
    }
    if (b.lowerBound > prev.lowerBound) {
      return { problem: 'bounds-order', index: i, level: b.level, lowerBound: b.lowerBound, previousLowerBound: prev.lowerBound };
    }
  }
  const last = bands.length - 1;
  const lowest = bands[last]!;
  if (lowest.lowerBound !== 0 || !lowest.lowerInclusive) {
    return { problem: 'lowest-band', index: last, lowerBound: lowest.lowerBound, lowerInclusive: lowest.lowerInclusive };
  }
  return null;
}

/**
 * A valid band table. Refinement failures carry the message 'E_BAND_TABLE_INVALID' and the
 * `BandTableProblem` as params (zodIssues() turns them into `{path, code, params}`).
 */
export const BandTableSchema = BandTableShapeSchema.superRefine((t, ctx) => {
  const p = bandTableProblem(t);
  if (!p) return;
  const path = 'index' in p ? ['bands', p.index] : ['bands'];
  ctx.addIssue({ code: 'custom', message: 'E_BAND_TABLE_INVALID', path, params: { ...p } });
});
export type BandTable = z.infer<typeof BandTableSchema>;

/** The reference an assessment stores: which table, which version. */
export const BandTableRefSchema = z.object({ id: z.string().trim().min(1), version: z.number().int().min(1) });
export type BandTableRef = z.infer<typeof BandTableRefSchema>;

/**
 * Validates any value as a band table and returns it (parsed copy).
 * @throws AppError E_BAND_TABLE_INVALID with details `{ tableId?, ...BandTableProblem }` —
 *   `problem: 'schema'` carries the zod issues, the others name the band (index, level, bound).
 */
export function validateBandTable(t: unknown): BandTable {
  const shape = BandTableShapeSchema.safeParse(t);
  if (!shape.success) throw new AppError('E_BAND_TABLE_INVALID', { problem: 'schema', issues: zodIssues(shape.error) });
  const p = bandTableProblem(shape.data);
  if (p) throw new AppError('E_BAND_TABLE_INVALID', { tableId: shape.data.id, ...p });
  return shape.data;
}

/** True when `score` passes the band's lower bound. */
function passes(b: Band, score: number): boolean {
  return b.lowerInclusive ? score >= b.lowerBound : score > b.lowerBound;
}

/**
 * The level of a score under a (valid) table: the first band, from the highest, whose bound the
 * score passes. E.g. bt.lec.default: 320 → high, 320.0001 → major.
 * @throws AppError E_INVALID_ARGUMENT `{ field: 'score', value }` for a negative or non-finite
 *   score (no band holds it).
 */
export function levelForScore(table: BandTable, score: number): RiskLevel {
  if (Number.isFinite(score)) {
    for (const b of table.bands) if (passes(b, score)) return b.level;
  }
  throw new AppError('E_INVALID_ARGUMENT', { field: 'score', value: score, tableId: table.id });
}

/** The score's symbol in printed text: D for LEC, R for LS. */
export const SCORE_SYMBOL: Readonly<Record<ScoredMethod, string>> = { LEC: 'D', LS: 'R' };

/**
 * The table as printed lines, highest level first, e.g. for bt.lec.default:
 * '重大风险：D > 320', '较大风险：160 < D ≤ 320', '一般风险：70 < D ≤ 160', '低风险：D ≤ 70';
 * for bt.ls.default: '重大风险：R ≥ 20', '较大风险：15 ≤ R < 20', '一般风险：9 ≤ R < 15', '低风险：R < 9'.
 * The lowest band's "0 ≤" is left out (scores are never negative).
 */
export function describeBands(table: BandTable): string[] {
  const v = SCORE_SYMBOL[table.method];
  const n = formatScaleNumber;
  return table.bands.map((b, i) => {
    const above = i > 0 ? table.bands[i - 1]! : undefined;
    const lower = i === table.bands.length - 1 && b.lowerBound === 0 && b.lowerInclusive
      ? ''
      : `${n(b.lowerBound)} ${b.lowerInclusive ? '≤' : '<'} `;
    // The band above takes its bound when it is inclusive there, so this band stops short of it.
    const upper = above ? ` ${above.lowerInclusive ? '<' : '≤'} ${n(above.lowerBound)}` : '';
    let text: string;
    if (!above) text = `${v} ${b.lowerInclusive ? '≥' : '>'} ${n(b.lowerBound)}`;
    else text = `${lower}${v}${upper}`;
    return `${RISK_LEVEL_ZH[b.level]}：${text}`;
  });
}

/** The caption printed above the lines: '<name>（第<version>版）'. */
export function bandTableCaption(table: BandTable): string {
  return `${table.name}（第${table.version}版）`;
}

/**
 * LEC default (domain-facts §4.2, mapping A [M]: recalled provincial practice, not re-verified):
 * 重大 D > 320, 较大 D > 160, 一般 D > 70, 低 otherwise — the classic danger classes with
 * "一般危险" and "稍有危险" both counted as 低.
 */
export const BT_LEC_DEFAULT: BandTable = {
  id: 'bt.lec.default',
  version: 1,
  name: 'LEC 默认（重大 D>320，较大 D>160，一般 D>70）',
  method: 'LEC',
  bands: [
    { level: 'major', lowerBound: 320, lowerInclusive: false },
    { level: 'high', lowerBound: 160, lowerInclusive: false },
    { level: 'medium', lowerBound: 70, lowerInclusive: false },
    { level: 'low', lowerBound: 0, lowerInclusive: true },
  ],
};

/**
 * LEC alternative (domain-facts §4.2, mapping B [S]: seen in an implementation): 重大 D > 160,
 * 较大 D > 70, 一般 D > 20, 低 otherwise — one class stricter than the default.
 */
export const BT_LEC_ALT: BandTable = {
  id: 'bt.lec.alt',
  version: 1,
  name: 'LEC 从严（重大 D>160，较大 D>70，一般 D>20）',
  method: 'LEC',
  bands: [
    { level: 'major', lowerBound: 160, lowerInclusive: false },
    { level: 'high', lowerBound: 70, lowerInclusive: false },
    { level: 'medium', lowerBound: 20, lowerInclusive: false },
    { level: 'low', lowerBound: 0, lowerInclusive: true },
  ],
};

/**
 * LS default (domain-facts §4.3, variant 1 [M/S], the widely used four-level split):
 * 重大 R ≥ 20 (20–25), 较大 R ≥ 15 (15–16), 一般 R ≥ 9 (9–12), 低 R < 9 (1–8).
 */
export const BT_LS_DEFAULT: BandTable = {
  id: 'bt.ls.default',
  version: 1,
  name: 'LS 默认（重大 R≥20，较大 R≥15，一般 R≥9）',
  method: 'LS',
  bands: [
    { level: 'major', lowerBound: 20, lowerInclusive: true },
    { level: 'high', lowerBound: 15, lowerInclusive: true },
    { level: 'medium', lowerBound: 9, lowerInclusive: true },
    { level: 'low', lowerBound: 0, lowerInclusive: true },
  ],
};

/** The shipped presets, in menu order. Treat as read-only: copy before editing (`cloneBandTable`). */
export const BAND_TABLE_PRESETS: readonly BandTable[] = [BT_LEC_DEFAULT, BT_LEC_ALT, BT_LS_DEFAULT];

/** The preset id used when nothing else is chosen, per method. */
export const DEFAULT_BAND_TABLE_ID: Readonly<Record<ScoredMethod, string>> = { LEC: 'bt.lec.default', LS: 'bt.ls.default' };

/** A deep copy of a table (presets are shared constants). */
export function cloneBandTable(t: BandTable): BandTable {
  return { ...t, bands: t.bands.map((b) => ({ ...b })) };
}

/**
 * Finds a table among an enterprise's tables: the exact version when `ref.version` is given,
 * else the highest version of that id (the one in force).
 * @throws AppError E_NOT_FOUND `{ kind: 'bandTable', id, version? }`.
 */
export function resolveBandTable(tables: readonly BandTable[], ref: { id: string; version?: number }): BandTable {
  let best: BandTable | undefined;
  for (const t of tables) {
    if (t.id !== ref.id) continue;
    if (ref.version !== undefined) {
      if (t.version === ref.version) return t;
    } else if (!best || t.version > best.version) best = t;
  }
  if (best) return best;
  throw new AppError('E_NOT_FOUND', ref.version !== undefined
    ? { kind: 'bandTable', id: ref.id, version: ref.version }
    : { kind: 'bandTable', id: ref.id });
}

/** The `{id, version}` an assessment stores. */
export function bandTableRef(t: BandTable): BandTableRef {
  return { id: t.id, version: t.version };
}
