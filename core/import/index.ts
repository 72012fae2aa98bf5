/**
 * Import of risk registers made by others (Excel/CSV): public API, pure. The Node side decodes
 * the file into a SourceWorkbook (electron/services/import); these functions do the rest:
 *
 * - inspectWorkbook: sheets, header row candidates, columns with the suggested (or remembered)
 *   mapping — for the screen's file and mapping steps;
 * - previewImport: the findings report and one preview line per row, for a mapping and options;
 *   writes nothing;
 * - applyImport: after the user confirmed, the enterprise document with the rows applied (org
 *   units created, hazards with their source reference, imported assessments) and the report.
 *   Signs the register does not give and PPE are filled in (derive.ts) and reported as the
 *   findings signsDerived and ppeDerived.
 *
 * Errors (AppError): E_IMPORT_EMPTY (no data), E_IMPORT_NO_HEADER (no header found or a header row
 * that is not in the sheet), E_IMPORT_COLUMNS (no hazard column, or neither score nor level),
 * E_NOT_FOUND `{ kind: 'sheet', name }`, E_INVALID_ARGUMENT (duplicate mapping, org filter
 * without an org column).
 */
import { AppError } from '../contract/errors';
import type { EnterpriseFile } from '../model/enterpriseFile';
import type { RiskLevel } from '../model/vocab';
import { analyseRows, type AnalyseOptions, type Analysis } from './analyse';
import { applyAnalysis, type ApplyContext } from './apply';
import type { ImportField } from './fields';
import type { CsvEncoding, SourceSheet, SourceWorkbook } from './grid';
import { columnsOfFields, detectHeader, headerColumns, headerKey, suggestMapping, type HeaderChoice, type HeaderColumn, type ImportMapping } from './header';
import { planOrg } from './orgPlan';
import { buildReport, FINDING_KEYS, ImportDecisionsSchema, INFO_FINDING_KEYS, rowAccidentCodes, type FindingKey, type ImportDecisionsInput, type ImportReport } from './report';
import { cleanText } from './text';

export * from './fields';
export * from './grid';
export * from './header';
export * from './report';
export { parseCsv, detectDelimiter } from './csv';
export { parseChain, type ParsedChain, type ChainItem } from './chain';
export { parseLevelText, levelOfFill } from './levels';
export { cleanText, parseNumber } from './text';
export { readAccidentTypes, detectAccidentEdition } from './accident';
export { readSigns, splitMeasures, measureKindOf } from './measures';
export { parsePostCell } from './orgNames';
export { derivePpe, hazardSignIds, type PpeReading } from './derive';
export { scoreDifference, type AnalysedRow, type Analysis } from './analyse';
export { planOrg, type OrgPlan } from './orgPlan';

/** Rows shown in the inspection for choosing the header row. */
const TOP_ROWS = 40;
/** Preview lines returned at most (the report covers every row). */
export const MAX_PREVIEW_ROWS = 5000;

export interface ImportColumn extends HeaderColumn {
  suggested: ImportField | null;
  /** First non-empty values below the header (at most 3, each at most 40 characters). */
  samples: string[];
}

export interface ImportInspection {
  fileName: string;
  format: SourceWorkbook['format'];
  encoding: CsvEncoding | null;
  detectedEncoding: CsvEncoding | null;
  sheets: { name: string; rows: number; headerScore: number }[];
  sheet: string;
  /** The header found (rows null when none was found: the user must pick a row). */
  header: { rows: number[] | null; sure: boolean; candidates: HeaderChoice[] };
  topRows: { row: number; cells: string[] }[];
  columns: ImportColumn[];
  headerKey: string;
  mapping: ImportMapping;
  mappingSource: 'saved' | 'suggested';
  /** Distinct values of the org column (when one is mapped), for the org filter. */
  orgValues: { text: string; count: number }[];
}

export interface SourceOptions {
  sheet?: string;
  /** Spreadsheet rows of the header (one or two); default: detected. */
  headerRows?: number[];
  /** Remembered mappings by header key (workspace.json importMappings). */
  savedMappings?: Readonly<Record<string, ImportMapping>>;
}

const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

function pickSheet(wb: SourceWorkbook, name?: string): SourceSheet {
  if (name !== undefined) {
    const s = wb.sheets.find((x) => x.name === name);
    if (!s) throw new AppError('E_NOT_FOUND', { kind: 'sheet', name });
    if (s.rows.length === 0) throw new AppError('E_IMPORT_EMPTY', { sheet: name });
    return s;
  }
  const filled = wb.sheets.filter((s) => s.rows.length > 0);
  if (filled.length === 0) throw new AppError('E_IMPORT_EMPTY', { sheets: wb.sheets.map((s) => s.name) });
  let best = filled[0]!;
  let bestScore = -1;
  for (const s of filled) {
    const score = detectHeader(s).best?.score ?? 0;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** Sheet, header, columns and mapping for the options (detecting what is not given). */
function resolveSource(wb: SourceWorkbook, o: SourceOptions & { mapping?: ImportMapping }) {
  const sheet = pickSheet(wb, o.sheet);
  const detection = detectHeader(sheet);
  const headerRows = o.headerRows && o.headerRows.length > 0 ? [...o.headerRows].sort((a, b) => a - b) : detection.best?.rows;
  if (!headerRows) throw new AppError('E_IMPORT_NO_HEADER', { sheet: sheet.name });
  const columns = headerColumns(sheet, headerRows);
  const key = headerKey(columns);
  const saved = o.savedMappings?.[key];
  const suggested = suggestMapping(columns);
  const mapping = normaliseMapping(o.mapping ?? saved ?? suggested, columns.length);
  return { sheet, detection, headerRows, columns, key, mapping, suggested, mappingSource: (o.mapping ? 'given' : saved ? 'saved' : 'suggested') as 'given' | 'saved' | 'suggested' };
}

function normaliseMapping(m: ImportMapping, width: number): ImportMapping {
  const columns = m.columns.slice(0, width);
  while (columns.length < width) columns.push(null);
  return { columns };
}

/**
 * What the file holds and how the import would read it (no mapping error is raised here: the
 * screen shows the columns so the user can fix the mapping).
 * @throws AppError E_IMPORT_EMPTY, E_NOT_FOUND (sheet).
 */
export function inspectWorkbook(wb: SourceWorkbook, o: SourceOptions = {}): ImportInspection {
  const sheet = pickSheet(wb, o.sheet);
  const detection = detectHeader(sheet);
  const base = {
    fileName: wb.fileName,
    format: wb.format,
    encoding: wb.encoding,
    detectedEncoding: wb.detectedEncoding,
    sheets: wb.sheets.map((s) => ({ name: s.name, rows: s.rows.length, headerScore: detectHeader(s).best?.score ?? 0 })),
    sheet: sheet.name,
    topRows: sheet.rows.slice(0, TOP_ROWS).map((r) => ({ row: r.row, cells: r.cells.map((c) => clip(cleanText(c), 60)) })),
  };
  const headerRows = o.headerRows && o.headerRows.length > 0 ? o.headerRows : detection.best?.rows;
  if (!headerRows) {
    return { ...base, header: { rows: null, sure: false, candidates: detection.candidates }, columns: [], headerKey: '', mapping: { columns: [] }, mappingSource: 'suggested', orgValues: [] };
  }
  const src = resolveSource(wb, { ...o, sheet: sheet.name, headerRows });
  const last = Math.max(...src.headerRows);
  const data = sheet.rows.filter((r) => r.row > last);
  const columns: ImportColumn[] = src.columns.map((c) => ({
    ...c,
    suggested: src.suggested.columns[c.index] ?? null,
    samples: data.map((r) => cleanText(r.cells[c.index] ?? '')).filter((t) => t !== '').slice(0, 3).map((t) => clip(t, 40)),
  }));
  const orgCol = columnsOfFields(src.mapping).org?.[0];
  const orgCounts = new Map<string, number>();
  if (orgCol !== undefined) for (const r of data) {
    const t = cleanText(r.cells[orgCol] ?? '');
    if (t) orgCounts.set(t, (orgCounts.get(t) ?? 0) + 1);
  }
  return {
    ...base,
    header: { rows: src.headerRows, sure: o.headerRows ? true : detection.sure, candidates: detection.candidates },
    columns,
    headerKey: src.key,
    mapping: src.mapping,
    mappingSource: src.mappingSource === 'saved' ? 'saved' : 'suggested',
    orgValues: [...orgCounts.entries()].map(([text, count]) => ({ text, count })).slice(0, 200),
  };
}

export interface PreviewOptions extends SourceOptions, AnalyseOptions {
  mapping?: ImportMapping;
  /** The enterprise the rows would go into (null/absent: a new one). */
  target?: EnterpriseFile | null;
  decisions?: ImportDecisionsInput;
}

/** One line of the preview table. */
export interface PreviewRow {
  row: number;
  post: string;
  riskPoint: string;
  hazard: string;
  accidentText: string;
  /** 2025 codes the row would get under the decisions. */
  accidentCodes: string[];
  values: Partial<Record<'L' | 'E' | 'C' | 'S', number>>;
  storedScore: number | null;
  recomputed: number | null;
  levelText: string;
  storedLevel: RiskLevel | null;
  levelOfStored: RiskLevel | null;
  levelOfRecomputed: RiskLevel | null;
  chain: string;
  flags: FindingKey[];
}

export interface ImportPreviewResult {
  report: ImportReport;
  rows: PreviewRow[];
  truncated: boolean;
  sheet: string;
  headerRows: number[];
  headerKey: string;
  mapping: ImportMapping;
  /** Band tables the user may grade with (the target's tables in force, or the presets); set by the service. */
  bandTableChoices?: { id: string; version: number; name: string; method: 'LEC' | 'LS' }[];
}

function prepare(wb: SourceWorkbook, o: PreviewOptions) {
  const src = resolveSource(wb, o);
  const analysis: Analysis = analyseRows(src.sheet, src.headerRows, src.mapping, o);
  const plan = planOrg(analysis.rows, o.target ?? null);
  const decisions = ImportDecisionsSchema.parse(o.decisions ?? {});
  const imported = new Set((o.target?.hazards ?? []).flatMap((h) => (h.source.kind === 'import' && h.source.file === wb.fileName ? [`${h.source.sheet}\u0000${h.source.row}`] : [])));
  const report = buildReport(analysis, plan, { file: wb.fileName, encoding: wb.encoding, headerRows: src.headerRows, imported }, decisions, analysis.bandTable);
  return { src, analysis, plan, decisions, report };
}

/**
 * The findings report and the preview lines; writes nothing.
 * @throws AppError E_IMPORT_EMPTY, E_IMPORT_NO_HEADER, E_IMPORT_COLUMNS, E_NOT_FOUND, E_INVALID_ARGUMENT.
 */
export function previewImport(wb: SourceWorkbook, o: PreviewOptions = {}): ImportPreviewResult {
  const { src, analysis, plan, decisions, report } = prepare(wb, o);
  const flagsByRow = new Map<number, FindingKey[]>();
  // flags are the register's problems; what SafePost filled in (INFO_FINDING_KEYS) is no problem of a row
  for (const k of FINDING_KEYS) if (!INFO_FINDING_KEYS.has(k)) for (const ref of report.findings[k].rows) (flagsByRow.get(ref.row) ?? flagsByRow.set(ref.row, []).get(ref.row)!).push(k);
  const rpName = new Map(plan.riskPoints.map((r) => [r.key, r.name]));
  const rows: PreviewRow[] = analysis.rows.slice(0, MAX_PREVIEW_ROWS).map((r) => ({
    row: r.row,
    post: r.cells.post ?? '',
    riskPoint: rpName.get(plan.rowRiskPoint.get(r.row)!) ?? '',
    hazard: r.hazard,
    accidentText: r.accident.raw,
    accidentCodes: rowAccidentCodes(r, decisions).codes,
    values: r.values,
    storedScore: r.storedScore,
    recomputed: r.recomputed,
    levelText: r.cells.level ?? r.cells.colour ?? '',
    storedLevel: r.storedLevel,
    levelOfStored: r.levelOfStored,
    levelOfRecomputed: r.levelOfRecomputed,
    chain: r.chain?.text ?? '',
    flags: flagsByRow.get(r.row) ?? [],
  }));
  return { report, rows, truncated: analysis.rows.length > MAX_PREVIEW_ROWS, sheet: src.sheet.name, headerRows: src.headerRows, headerKey: src.key, mapping: src.mapping };
}

/**
 * Applies the register to `target` (an existing enterprise, or a new empty one) with the user's
 * decisions; returns the new document (not yet validated or written) and the report with
 * `rowsApplied`.
 * @throws as previewImport.
 */
export function applyImport(
  target: EnterpriseFile,
  wb: SourceWorkbook,
  o: Omit<PreviewOptions, 'target'>,
  ctx: Omit<ApplyContext, 'file'>,
): { doc: EnterpriseFile; report: ImportReport; headerKey: string; mapping: ImportMapping } {
  const { src, analysis, plan, decisions, report } = prepare(wb, { ...o, target });
  const { doc, applied } = applyAnalysis(target, analysis, plan, decisions, { ...ctx, file: wb.fileName });
  return { doc, report: { ...report, rowsApplied: applied }, headerKey: src.key, mapping: src.mapping };
}
