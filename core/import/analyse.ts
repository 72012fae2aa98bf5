/**
 * Reads the data rows of a register under a mapping and checks each one: the stored score
 * against the recomputed L×E×C (or L×S), the stored level against the band table, values off the
 * method's scale, accident types, the responsibility chain and sign names. Nothing is changed
 * here: values stay as written (DESIGN §4: imported assessments keep their source values).
 */
import { AppError } from '../contract/errors';
import type { Measure } from '../model/hazards';
import type { ControlLevel, MeasureKind, RiskLevel } from '../model/vocab';
import { BT_LEC_DEFAULT, BT_LS_DEFAULT, levelForScore, type BandTable, type ScoredMethod } from '../risk/bandTable';
import { roundScore } from '../risk/evaluate';
import { isOnScale } from '../risk/scales';
import type { AccidentTypeEdition } from '../standards/accidentTypes';
import { detectAccidentEdition, readAccidentTypes, type RowAccidentTypes } from './accident';
import { parseChain, type ParsedChain } from './chain';
import { derivePpe, type PpeReading } from './derive';
import type { ImportField } from './fields';
import type { SourceSheet } from './grid';
import { checkMapping, type ImportMapping } from './header';
import { levelOfFill, parseLevelText } from './levels';
import { buildMeasures, readSigns, type SignReading } from './measures';
import { cleanText, parseNumber } from './text';

export type ScoreField = 'L' | 'E' | 'C' | 'S' | 'score';

export interface AnalysedRow {
  sheet: string;
  row: number;
  /** Cell text per mapped field (multi-column fields joined with a line break). */
  cells: Partial<Record<ImportField, string>>;
  /** Fields copied from the row above because the cell was empty (a merged post cell saved as CSV). */
  filledDown: ImportField[];
  /** Some mapped cell held a formula (its cached value was read). */
  formula: boolean;
  hazard: string;
  /** LEC when L, E and C are numbers; LS when L and S are; else null. */
  method: ScoredMethod | null;
  values: Partial<Record<'L' | 'E' | 'C' | 'S', number>>;
  /** Cells of score fields that are not numbers ('约3'). */
  unreadable: { field: ScoreField; text: string }[];
  /** Values that are not steps of the method's scale (core/risk/scales.ts), kept as written. */
  offScale: { field: 'L' | 'E' | 'C' | 'S'; value: number }[];
  storedScore: number | null;
  recomputed: number | null;
  /** ok: equal; rounding: |Δ| ≤ 0.5 or ≤ 1 % of the recomputed score; arithmetic: more. */
  scoreCheck: 'ok' | 'rounding' | 'arithmetic' | null;
  storedLevel: RiskLevel | null;
  /** Where the stored level was read: the level text, a colour column or the cell's fill. */
  levelSource: 'level' | 'colour' | 'fill' | null;
  levelOfStored: RiskLevel | null;
  levelOfRecomputed: RiskLevel | null;
  accident: RowAccidentTypes;
  chain: ParsedChain | null;
  signs: SignReading[];
  measures: Measure[];
  /** PPE named in the measures and the hazard text (the register has no PPE column; see derive.ts). */
  ppe: PpeReading[];
  factorCode: string;
  /** YYYY-MM-DD from a date column, else null. */
  date: string | null;
}

export interface AnalyseOptions {
  /** Keep only rows whose org cell contains this text (needs an org column). */
  org?: string;
  /** Tables for grading; default: the presets (bt.lec.default, bt.ls.default). */
  bandTables?: Partial<Record<ScoredMethod, BandTable>>;
  /** Method of a register without L/E/C/S columns (score and level only). Default LEC. */
  defaultMethod?: ScoredMethod;
}

export interface Analysis {
  sheet: string;
  /** Data rows (non-blank, after the header and the org filter). */
  rowsRead: number;
  rows: AnalysedRow[];
  /** Rows without hazard text: not imported. */
  skipped: { sheet: string; row: number }[];
  method: ScoredMethod;
  bandTable: BandTable;
  accidentEdition: AccidentTypeEdition;
  formulaRows: { sheet: string; row: number }[];
}

const FILL_DOWN: readonly ImportField[] = ['org', 'workshop', 'post', 'riskPoint'];
const FACTOR_CLASS: Readonly<Record<string, string>> = { 人的因素: '1', 人: '1', 物的因素: '2', 物: '2', 环境因素: '3', 环境: '3', 管理因素: '4', 管理: '4' };
const MEASURE_FIELDS: Readonly<Partial<Record<ImportField, MeasureKind>>> = {
  measureEngineering: 'engineering', measureManagement: 'management', measureTraining: 'training', measurePpe: 'ppe', measureEmergency: 'emergency',
};

/** GB/T 13861-2022 class (1 人 2 物 3 环境 4 管理) of a category cell, or a code written as such; '' otherwise. */
export function factorCodeOf(raw: string): string {
  const t = cleanText(raw).replace(/\s/g, '');
  if (/^[1-4](\d|\d{3}|\d{5})?$/.test(t)) return t;
  return FACTOR_CLASS[t] ?? FACTOR_CLASS[t.replace(/(危险和有害|危险|有害)?因素$/, '因素')] ?? '';
}

function dateOf(raw: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(cleanText(raw));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Classifies a stored score against the recomputed one. Rounding: a difference of at most 0.5,
 * or at most 1 % of the recomputed score (either suffices); anything larger is an arithmetic error.
 */
export function scoreDifference(stored: number, recomputed: number): 'ok' | 'rounding' | 'arithmetic' {
  const diff = Math.abs(stored - recomputed);
  if (diff < 1e-9) return 'ok';
  return diff <= 0.5 + 1e-9 || diff <= Math.abs(recomputed) * 0.01 + 1e-9 ? 'rounding' : 'arithmetic';
}

function safeLevel(table: BandTable, score: number | null): RiskLevel | null {
  if (score === null || !Number.isFinite(score) || score < 0) return null;
  return levelForScore(table, score);
}

/** The lowest non-post level a chain names (who checks the measures); 'team' when it names none. */
function measureLevel(chain: ParsedChain | null): ControlLevel {
  if (!chain) return 'team';
  for (const l of ['team', 'workshop', 'enterprise'] as const) if (chain.items.some((i) => i.level === l)) return l;
  return 'team';
}

/**
 * Reads and checks the data rows below the header.
 * @param headerRows spreadsheet rows of the header; data starts below the last one.
 * @throws AppError E_IMPORT_COLUMNS (mapping without a hazard column or without a score/level
 *   column), E_INVALID_ARGUMENT `{ field: 'org', problem: 'no-org-column' }` (org filter without an
 *   org column), E_IMPORT_EMPTY `{ sheet }` when no data row remains.
 */
export function analyseRows(sheet: SourceSheet, headerRows: readonly number[], mapping: ImportMapping, options: AnalyseOptions = {}): Analysis {
  const cols = checkMapping(mapping);
  const org = options.org?.trim() ?? '';
  if (org !== '' && !cols.org) throw new AppError('E_INVALID_ARGUMENT', { field: 'org', problem: 'no-org-column' });
  const method: ScoredMethod = cols.S && !cols.E && !cols.C ? 'LS' : cols.L && cols.E && cols.C ? 'LEC' : (options.defaultMethod ?? 'LEC');
  const table = options.bandTables?.[method] ?? (method === 'LEC' ? BT_LEC_DEFAULT : BT_LS_DEFAULT);
  const last = Math.max(...headerRows);
  const fields = Object.keys(cols) as ImportField[];

  // pass 1: cell texts, fill-down, org filter
  type Raw = { row: number; cells: Partial<Record<ImportField, string>>; filledDown: ImportField[]; formula: boolean; fill: string | undefined };
  const raws: Raw[] = [];
  const prev: Partial<Record<ImportField, string>> = {};
  for (const r of sheet.rows) {
    if (r.row <= last) continue;
    const cells: Partial<Record<ImportField, string>> = {};
    let formula = false;
    for (const f of fields) {
      const texts = cols[f]!.map((c) => cleanText(r.cells[c] ?? '')).filter((t) => t !== '');
      if (texts.length > 0) cells[f] = texts.join('\n');
      if (cols[f]!.some((c) => r.formulas?.includes(c))) formula = true;
    }
    if (Object.keys(cells).length === 0) continue;
    const filledDown: ImportField[] = [];
    if (cells.hazard) {
      for (const f of FILL_DOWN) {
        if (cols[f] && !cells[f] && prev[f]) {
          cells[f] = prev[f];
          filledDown.push(f);
        }
      }
    }
    for (const f of FILL_DOWN) if (cells[f]) prev[f] = cells[f];
    if (org !== '' && !(cells.org ?? '').toUpperCase().includes(org.toUpperCase())) continue;
    const levelCol = cols.level?.[0] ?? cols.score?.[0];
    raws.push({ row: r.row, cells, filledDown, formula, fill: levelCol !== undefined ? r.fills?.[levelCol] : undefined });
  }
  if (raws.length === 0) throw new AppError('E_IMPORT_EMPTY', { sheet: sheet.name });

  const edition = detectAccidentEdition(raws.map((r) => r.cells.accidentType ?? ''));
  const rows: AnalysedRow[] = [];
  const skipped: { sheet: string; row: number }[] = [];
  const formulaRows: { sheet: string; row: number }[] = [];
  for (const r of raws) {
    if (r.formula) formulaRows.push({ sheet: sheet.name, row: r.row });
    const hazard = r.cells.hazard ?? '';
    if (hazard === '') {
      skipped.push({ sheet: sheet.name, row: r.row });
      continue;
    }
    const values: AnalysedRow['values'] = {};
    const unreadable: AnalysedRow['unreadable'] = [];
    const num = (f: ScoreField): number | undefined => {
      const t = r.cells[f];
      if (t === undefined) return undefined;
      const n = parseNumber(t);
      if (n === null) {
        unreadable.push({ field: f, text: t });
        return undefined;
      }
      return n;
    };
    for (const f of ['L', 'E', 'C', 'S'] as const) {
      const n = num(f);
      if (n !== undefined) values[f] = n;
    }
    const storedScore = num('score') ?? null;
    let rowMethod: ScoredMethod | null = null;
    if (method === 'LEC' && values.L !== undefined && values.E !== undefined && values.C !== undefined) rowMethod = 'LEC';
    if (method === 'LS' && values.L !== undefined && values.S !== undefined) rowMethod = 'LS';
    const offScale: AnalysedRow['offScale'] = [];
    if (method === 'LEC') for (const f of ['L', 'E', 'C'] as const) if (values[f] !== undefined && !isOnScale('LEC', f, values[f]!)) offScale.push({ field: f, value: values[f]! });
    if (method === 'LS') for (const f of ['L', 'S'] as const) if (values[f] !== undefined && !isOnScale('LS', f, values[f]!)) offScale.push({ field: f, value: values[f]! });
    const recomputed = rowMethod === 'LEC' ? roundScore(values.L! * values.E! * values.C!) : rowMethod === 'LS' ? roundScore(values.L! * values.S!) : null;
    const scoreCheck = storedScore !== null && recomputed !== null ? scoreDifference(storedScore, recomputed) : null;

    let storedLevel: RiskLevel | null = null;
    let levelSource: AnalysedRow['levelSource'] = null;
    const fromText = r.cells.level ? parseLevelText(r.cells.level) : null;
    const fromColour = r.cells.colour ? parseLevelText(r.cells.colour) : null;
    const fromFill = r.fill ? levelOfFill(r.fill) : null;
    if (fromText) [storedLevel, levelSource] = [fromText, 'level'];
    else if (fromColour) [storedLevel, levelSource] = [fromColour, 'colour'];
    else if (fromFill) [storedLevel, levelSource] = [fromFill, 'fill'];

    const chain = r.cells.responsibility ? parseChain(r.cells.responsibility) : null;
    const byKind: Partial<Record<MeasureKind, string>> = {};
    for (const [f, kind] of Object.entries(MEASURE_FIELDS) as [ImportField, MeasureKind][]) if (r.cells[f]) byKind[kind] = r.cells[f];
    // PPE is worn and checked by the people at the post each shift (岗位每班自查) when the row names
    // a post; every other measure at the lowest managing level of the chain
    const atPost = !!r.cells.post || !!chain?.items.some((i) => i.level === 'post' && i.unit);
    const measures = buildMeasures(r.cells.measures ?? '', byKind, (kind) => (kind === 'ppe' && atPost ? 'post' : measureLevel(chain)));
    rows.push({
      sheet: sheet.name,
      row: r.row,
      cells: r.cells,
      filledDown: r.filledDown,
      formula: r.formula,
      hazard,
      method: rowMethod,
      values,
      unreadable,
      offScale,
      storedScore,
      recomputed,
      scoreCheck,
      storedLevel,
      levelSource,
      levelOfStored: safeLevel(table, storedScore),
      levelOfRecomputed: safeLevel(table, recomputed),
      accident: readAccidentTypes(r.cells.accidentType ?? '', edition),
      chain,
      signs: r.cells.signs ? readSigns(r.cells.signs) : [],
      measures,
      ppe: derivePpe(measures, hazard),
      factorCode: r.cells.factorCategory ? factorCodeOf(r.cells.factorCategory) : '',
      date: r.cells.date ? dateOf(r.cells.date) : null,
    });
  }
  return { sheet: sheet.name, rowsRead: raws.length, rows, skipped, method, bandTable: table, accidentEdition: edition, formulaRows };
}

