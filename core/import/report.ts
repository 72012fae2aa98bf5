/**
 * The findings report of a register import: what is wrong or was read differently, per row, and
 * the decisions the import takes unless the user chooses otherwise. Shape (the CLI writes it as
 * REPORT.json): `{ source: {file, sheet, headerRow, encoding}, rowsRead, rowsApplied, bandTable,
 * findings: {<key>: {count, rows: [{sheet, row}], items}}, decisions, … }`.
 */
import { z } from 'zod';
import type { ControlLevel, RiskLevel } from '../model/vocab';
import type { PersonRole } from '../model/org';
import type { BandTable, ScoredMethod } from '../risk/bandTable';
import type { AccidentTypeEdition } from '../standards/accidentTypes';
import { primarySignsForAccidentCodes } from '../standards/accidentSigns';
import { ppeItem } from '../standards/ppe';
import { safetySign } from '../standards/signs';
import { accidentName2025 } from './accident';
import type { Analysis, AnalysedRow } from './analyse';
import { hazardSignIds } from './derive';
import type { CsvEncoding } from './grid';
import type { OrgPlan } from './orgPlan';
import { formatNumber } from './text';

export const FINDING_KEYS = [
  'scoreRounding', 'scoreArithmetic', 'levelVsStoredScore', 'levelVsRecomputedScore', 'offScale', 'accidentTypeMapped',
  'accidentTypeNeedsChoice', 'notAnAccidentType', 'responsibilityChain', 'orgCreated', 'signNotInRegistry',
  'signsDerived', 'ppeDerived',
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/**
 * Findings that record what SafePost filled in rather than a problem of the register (signs from
 * the accident types, PPE from the measure texts): shown in the report, not flagged on preview rows.
 */
export const INFO_FINDING_KEYS: ReadonlySet<FindingKey> = new Set<FindingKey>(['signsDerived', 'ppeDerived']);

export interface RowRef {
  sheet: string;
  row: number;
}

export interface ScoreItem { row: number; values: Partial<Record<'L' | 'E' | 'C' | 'S', number>>; stored: number; recomputed: number }
export interface LevelItem { row: number; score: number; storedLevel: RiskLevel; level: RiskLevel }
export interface OffScaleItem { field: 'L' | 'E' | 'C' | 'S' | 'score'; value: string; count: number; rows: number[] }
export interface MappedItem { text: string; to: string; code: string; why: 'edition' | 'alias' | 'spelling' | 'joined'; count: number; rows: number[] }
export interface ChoiceItem { text: string; candidates: { code: string; name: string }[]; defaultCode: string; count: number; rows: number[] }
export interface TextItem { text: string; count: number; rows: number[] }
export interface ChainReportItem {
  text: string;
  items: { text: string; level: ControlLevel; role: PersonRole | null; unit: string | null; person: string | null }[];
  repaired: boolean;
  count: number;
  rows: number[];
}
export interface OrgItem { kind: 'workshop' | 'team' | 'post' | 'riskPoint'; name: string; count: number; rows: number[] }
export interface SignItem { text: string; nearest: { id: string; title: string }[]; count: number; rows: number[] }
/** Rows whose signs were derived from one accident type (a row with two types is in two items). */
export interface SignDerivedItem { code: string; name: string; signs: { id: string; title: string }[]; count: number; rows: number[] }
/** Rows that got one PPE item from their texts: the words that named it and the first text read. */
export interface PpeDerivedItem { id: string; name: string; words: string[]; example: string; count: number; rows: number[] }

export interface FindingItems {
  scoreRounding: ScoreItem;
  scoreArithmetic: ScoreItem;
  levelVsStoredScore: LevelItem;
  levelVsRecomputedScore: LevelItem;
  offScale: OffScaleItem;
  accidentTypeMapped: MappedItem;
  accidentTypeNeedsChoice: ChoiceItem;
  notAnAccidentType: TextItem;
  responsibilityChain: ChainReportItem;
  orgCreated: OrgItem;
  signNotInRegistry: SignItem;
  signsDerived: SignDerivedItem;
  ppeDerived: PpeDerivedItem;
}

export interface Finding<I> {
  count: number;
  rows: RowRef[];
  items: I[];
}
export type Findings = { [K in FindingKey]: Finding<FindingItems[K]> };

const WSA = z.string().regex(/^WSA1\d{4}$/, { message: 'E_ACCIDENT_TYPE_EDITION' });

/**
 * The user's decisions (all optional; absent = the default the report lists):
 * `accidentTypes`: 1986 name that needs a choice → chosen 2025 code (default: the mapping default);
 * `nonTypes`: text that is not an accident type → 2025 code (default 其他 WSA10099);
 * `emptyType`: code for rows without any accident type (default WSA10099).
 */
export const ImportDecisionsSchema = z.object({
  accidentTypes: z.record(z.string().max(50), WSA).default({}),
  nonTypes: z.record(z.string().max(200), WSA).default({}),
  emptyType: WSA.default('WSA10099'),
});
export type ImportDecisions = z.infer<typeof ImportDecisionsSchema>;
export type ImportDecisionsInput = z.input<typeof ImportDecisionsSchema>;

/** 其他 (GB 6441-2025): what non-types and empty cells become unless the user chooses. */
export const FALLBACK_ACCIDENT_CODE = 'WSA10099';

export type ReportDecision =
  | { kind: 'accidentTypeChoice'; text: string; code: string; name: string; candidates: { code: string; name: string }[]; defaulted: boolean; rows: number }
  | { kind: 'notAnAccidentType'; text: string; code: string; name: string; review: true; defaulted: boolean; rows: number }
  | { kind: 'emptyAccidentType'; code: string; name: string; review: true; rows: number }
  | { kind: 'levelFromScore'; rows: number }
  | { kind: 'noLevel'; rows: number }
  | { kind: 'offScaleKept'; rows: number }
  | { kind: 'filledDown'; rows: number }
  | { kind: 'createUnits'; workshops: number; teams: number; posts: number; riskPoints: number };

export interface ImportReport {
  source: { file: string; sheet: string; headerRow: number; encoding: CsvEncoding | null };
  rowsRead: number;
  rowsApplied: number;
  bandTable: { id: string; version: number; name: string; method: ScoredMethod };
  findings: Findings;
  decisions: ReportDecision[];
  /** Spreadsheet rows of the header (two for a two-row header). */
  headerRows: number[];
  method: ScoredMethod;
  accidentTypeEdition: AccidentTypeEdition;
  /** Rows with a formula in a mapped cell (read as their cached values). */
  formulas: Finding<never>;
  /** Rows without hazard text (not imported). */
  skipped: Finding<never>;
  /** Rows whose post/riskPoint/workshop was taken from the row above (empty cell). */
  filledDown: Finding<never>;
  /** Rows of this file (same name, sheet and row) already imported into the target: applying adds them again. */
  alreadyImported: Finding<never>;
}

/** A sign's title in its latest edition (GB 2894-2025 unless withdrawn there). */
function signTitle(id: string): string {
  return safetySign(id)?.editions.at(-1)?.titleZh ?? id;
}

const clipText = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

function finding<I>(rows: RowRef[], items: I[] = []): Finding<I> {
  return { count: rows.length, rows, items };
}

/** Groups rows by a text key, in order of first appearance. */
class Groups<T extends { count: number; rows: number[] }> {
  private readonly map = new Map<string, T>();
  add(key: string, row: number, make: () => Omit<T, 'count' | 'rows'>): T {
    const g = this.map.get(key);
    if (g) {
      if (!g.rows.includes(row)) {
        g.rows.push(row);
        g.count += 1;
      }
      return g;
    }
    const n = { ...make(), count: 1, rows: [row] } as T;
    this.map.set(key, n);
    return n;
  }
  list(): T[] {
    return [...this.map.values()];
  }
}

/** The chosen (or default) code of each accident-type reading of a row. */
export function rowAccidentCodes(r: AnalysedRow, d: ImportDecisions): { codes: string[]; review: string[] } {
  const codes: string[] = [];
  const review: string[] = [];
  for (const x of r.accident.readings) codes.push(x.kind === 'choice' ? (d.accidentTypes[x.from] ?? x.code) : x.code);
  for (const u of r.accident.unknown) {
    codes.push(d.nonTypes[u] ?? FALLBACK_ACCIDENT_CODE);
    if (!d.nonTypes[u]) review.push(u);
  }
  if (codes.length === 0) {
    codes.push(d.emptyType);
    review.push('');
  }
  return { codes: [...new Set(codes)].slice(0, 10), review };
}

export interface ReportSource {
  file: string;
  encoding: CsvEncoding | null;
  headerRows: number[];
  /** `sheet\u0000row` of the hazards the target already holds from a file of this name. */
  imported?: ReadonlySet<string>;
}

/**
 * Builds the report of an analysis and its org plan under the decisions (defaults where absent).
 * `rowsApplied` is 0: the apply step sets it.
 */
export function buildReport(a: Analysis, plan: OrgPlan, source: ReportSource, decisions: ImportDecisions, table: BandTable): ImportReport {
  const ref = (row: number): RowRef => ({ sheet: a.sheet, row });
  const refs = (pred: (r: AnalysedRow) => boolean) => a.rows.filter(pred).map((r) => ref(r.row));

  const scoreItem = (r: AnalysedRow): ScoreItem => ({ row: r.row, values: r.values, stored: r.storedScore!, recomputed: r.recomputed! });
  const rounding = a.rows.filter((r) => r.scoreCheck === 'rounding');
  const arithmetic = a.rows.filter((r) => r.scoreCheck === 'arithmetic');
  const vsStored = a.rows.filter((r) => r.storedLevel && r.levelOfStored && r.storedLevel !== r.levelOfStored);
  const vsRecomputed = a.rows.filter((r) => r.storedLevel && r.levelOfRecomputed && r.storedLevel !== r.levelOfRecomputed);

  const off = new Groups<OffScaleItem>();
  const mapped = new Groups<MappedItem>();
  const choice = new Groups<ChoiceItem>();
  const nonTypes = new Groups<TextItem>();
  const chains = new Groups<ChainReportItem>();
  const signs = new Groups<SignItem>();
  const signsDerived = new Groups<SignDerivedItem>();
  const ppeDerived = new Groups<PpeDerivedItem>();
  for (const r of a.rows) {
    for (const o of r.offScale) off.add(`${o.field}=${o.value}`, r.row, () => ({ field: o.field, value: formatNumber(o.value) }));
    for (const u of r.unreadable) if (u.field !== 'score') off.add(`${u.field}=${u.text}`, r.row, () => ({ field: u.field, value: u.text }));
    for (const x of r.accident.readings) {
      if (x.kind === 'mapped') mapped.add(`${x.text}→${x.code}`, r.row, () => ({ text: x.text, to: x.name, code: x.code, why: x.why }));
      if (x.kind === 'choice') {
        choice.add(x.from, r.row, () => ({ text: x.from, candidates: x.candidates.map((code) => ({ code, name: accidentName2025(code) })), defaultCode: x.code }));
      }
    }
    for (const u of r.accident.unknown) nonTypes.add(u, r.row, () => ({ text: u }));
    if (r.chain && r.chain.items.length > 0) {
      const c = r.chain;
      chains.add(c.text, r.row, () => ({ text: c.text, items: c.items.map((i) => ({ text: i.text, level: i.level, role: i.role, unit: i.unit, person: i.person })), repaired: c.repaired }));
    }
    for (const s of r.signs) if (!s.id) signs.add(s.text, r.row, () => ({ text: s.text, nearest: s.nearest }));
    if (r.signs.length === 0) {
      for (const code of rowAccidentCodes(r, decisions).codes) {
        const ids = primarySignsForAccidentCodes([code]);
        if (ids.length > 0) signsDerived.add(code, r.row, () => ({ code, name: accidentName2025(code), signs: ids.map((id) => ({ id, title: signTitle(id) })) }));
      }
    }
    for (const p of r.ppe) {
      const g = ppeDerived.add(p.ppeId, r.row, () => ({ id: p.ppeId, name: ppeItem(p.ppeId)?.nameZh ?? p.ppeId, words: [], example: clipText(p.text, 80) }));
      if (!g.words.includes(p.word)) g.words.push(p.word);
    }
  }

  // org units to create, with the rows that use them
  const org = new Groups<OrgItem>();
  const created = new Set(plan.createdRows);
  const rpByKey = new Map(plan.riskPoints.map((r) => [r.key, r]));
  const postByKey = new Map(plan.posts.map((p) => [p.key, p]));
  const wsByKey = new Map(plan.workshops.map((w) => [w.key, w]));
  const teamByKey = new Map(plan.teams.map((t) => [t.key, t]));
  for (const r of a.rows) {
    if (!created.has(r.row)) continue;
    const rp = rpByKey.get(plan.rowRiskPoint.get(r.row)!)!;
    const parents = [rp.unit, ...rp.postKeys.map((k) => postByKey.get(k)!.parent)];
    for (const p of parents) {
      if (p.kind === 'team') {
        const t = teamByKey.get(p.key)!;
        if (t.workshopKey) {
          const w = wsByKey.get(t.workshopKey)!;
          if (w.existingId === null) org.add(`workshop:${w.key}`, r.row, () => ({ kind: 'workshop', name: w.name }));
        }
        if (t.existingId === null) org.add(`team:${t.key}`, r.row, () => ({ kind: 'team', name: t.name }));
      }
      if (p.kind === 'workshop') {
        const w = wsByKey.get(p.key)!;
        if (w.existingId === null) org.add(`workshop:${w.key}`, r.row, () => ({ kind: 'workshop', name: w.name }));
      }
    }
    for (const k of rp.postKeys) {
      const p = postByKey.get(k)!;
      if (p.existingId === null) org.add(`post:${k}`, r.row, () => ({ kind: 'post', name: p.name }));
    }
    if (rp.existingId === null) org.add(`rp:${rp.key}`, r.row, () => ({ kind: 'riskPoint', name: rp.name }));
  }

  const findings: Findings = {
    scoreRounding: finding(rounding.map((r) => ref(r.row)), rounding.map(scoreItem)),
    scoreArithmetic: finding(arithmetic.map((r) => ref(r.row)), arithmetic.map(scoreItem)),
    levelVsStoredScore: finding(vsStored.map((r) => ref(r.row)), vsStored.map((r) => ({ row: r.row, score: r.storedScore!, storedLevel: r.storedLevel!, level: r.levelOfStored! }))),
    levelVsRecomputedScore: finding(vsRecomputed.map((r) => ref(r.row)), vsRecomputed.map((r) => ({ row: r.row, score: r.recomputed!, storedLevel: r.storedLevel!, level: r.levelOfRecomputed! }))),
    offScale: finding(refs((r) => r.offScale.length > 0 || r.unreadable.some((u) => u.field !== 'score')), off.list()),
    accidentTypeMapped: finding(refs((r) => r.accident.readings.some((x) => x.kind === 'mapped')), mapped.list()),
    accidentTypeNeedsChoice: finding(refs((r) => r.accident.readings.some((x) => x.kind === 'choice')), choice.list()),
    notAnAccidentType: finding(refs((r) => r.accident.unknown.length > 0), nonTypes.list()),
    responsibilityChain: finding(refs((r) => !!r.chain && r.chain.items.length > 0), chains.list()),
    orgCreated: finding(a.rows.filter((r) => created.has(r.row)).map((r) => ref(r.row)), org.list()),
    signNotInRegistry: finding(refs((r) => r.signs.some((s) => !s.id)), signs.list()),
    signsDerived: finding(refs((r) => hazardSignIds([], r.signs.length > 0, rowAccidentCodes(r, decisions).codes).ids.length > 0), signsDerived.list()),
    ppeDerived: finding(refs((r) => r.ppe.length > 0), ppeDerived.list()),
  };

  const decisionsOut: ReportDecision[] = [];
  for (const c of findings.accidentTypeNeedsChoice.items) {
    const code = decisions.accidentTypes[c.text] ?? c.defaultCode;
    decisionsOut.push({ kind: 'accidentTypeChoice', text: c.text, code, name: accidentName2025(code), candidates: c.candidates, defaulted: decisions.accidentTypes[c.text] === undefined, rows: c.count });
  }
  for (const n of findings.notAnAccidentType.items) {
    const code = decisions.nonTypes[n.text] ?? FALLBACK_ACCIDENT_CODE;
    decisionsOut.push({ kind: 'notAnAccidentType', text: n.text, code, name: accidentName2025(code), review: true, defaulted: decisions.nonTypes[n.text] === undefined, rows: n.count });
  }
  const empty = a.rows.filter((r) => r.accident.readings.length === 0 && r.accident.unknown.length === 0).length;
  if (empty > 0) decisionsOut.push({ kind: 'emptyAccidentType', code: decisions.emptyType, name: accidentName2025(decisions.emptyType), review: true, rows: empty });
  const fromScore = a.rows.filter((r) => !r.storedLevel && (r.levelOfStored || r.levelOfRecomputed)).length;
  if (fromScore > 0) decisionsOut.push({ kind: 'levelFromScore', rows: fromScore });
  const noLevel = a.rows.filter((r) => !r.storedLevel && !r.levelOfStored && !r.levelOfRecomputed).length;
  if (noLevel > 0) decisionsOut.push({ kind: 'noLevel', rows: noLevel });
  if (findings.offScale.count > 0) decisionsOut.push({ kind: 'offScaleKept', rows: findings.offScale.count });
  const filled = a.rows.filter((r) => r.filledDown.length > 0);
  if (filled.length > 0) decisionsOut.push({ kind: 'filledDown', rows: filled.length });
  const news = <T extends { existingId: string | null }>(l: T[]) => l.filter((x) => x.existingId === null).length;
  decisionsOut.push({ kind: 'createUnits', workshops: news(plan.workshops), teams: news(plan.teams), posts: news(plan.posts), riskPoints: news(plan.riskPoints) });

  return {
    source: { file: source.file, sheet: a.sheet, headerRow: source.headerRows[0] ?? 0, encoding: source.encoding },
    rowsRead: a.rowsRead,
    rowsApplied: 0,
    bandTable: { id: table.id, version: table.version, name: table.name, method: table.method },
    findings,
    decisions: decisionsOut,
    headerRows: source.headerRows,
    method: a.method,
    accidentTypeEdition: a.accidentEdition,
    formulas: finding(a.formulaRows),
    skipped: finding(a.skipped),
    filledDown: finding(filled.map((r) => ref(r.row))),
    alreadyImported: finding(refs((r) => source.imported?.has(`${r.sheet}\u0000${r.row}`) ?? false)),
  };
}
