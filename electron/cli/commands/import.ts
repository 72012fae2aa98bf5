/**
 * `safepost import FILE [--org TEXT] [--name NAME] [--industry 其他] [--map MAPPING.json]
 *  --report REPORT.json [--out ENTERPRISE.json] [--force] [--encoding utf-8|gb18030] [--sheet NAME]
 *  [--header ROW[,ROW]] [--json]`
 *
 * Reads a register made by others (.xlsx, .csv in UTF-8 with or without BOM or GB18030) and
 * writes the findings report. Without --out nothing else is written; with --out the rows are
 * applied to a new enterprise with the defaults the report's `decisions` list (needs-choice
 * accident types take the mapping default; non-types and empty types become 其他 WSA10099,
 * marked 待复核) and the enterprise file passes `safepost validate`. Headless import grades with
 * the default band table (bt.lec.default, or bt.ls.default for an L×S register).
 * Exit 0 once the report (and the enterprise) is written, whatever the findings; 1 for a file
 * that cannot be read as a register (E_IMPORT_*); 2 for usage and I/O errors.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import {
  applyImport, headerText, IMPORT_FIELDS, ImportMappingSchema, inspectWorkbook, previewImport, sheetNameOf,
  type ImportField, type ImportMapping, type ImportReport,
} from '../../../core/import';
import { localDate } from '../../../core/model/dates';
import { emptyEnterprise } from '../../../core/model/enterpriseFile';
import { randomIdGen } from '../../../core/model/ids';
import { validateEnterpriseFile } from '../../../core/model/load';
import { INDUSTRIES, INDUSTRY_OTHER_LONG_ZH, INDUSTRY_ZH, type Industry } from '../../../core/model/vocab';
import { decodeImportFile } from '../../services/import/decode';
import { MAX_INPUT_BYTES } from '../enterpriseArg';
import { EXIT_OK } from '../io';
import type { Command } from './types';

/** '其他' / '其他（非工贸）' / 'other' / '机械' / 'machinery' → industry id. */
export function parseIndustry(text: string): Industry {
  const t = text.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  if ((INDUSTRIES as readonly string[]).includes(t)) return t as Industry;
  if (t === INDUSTRY_OTHER_LONG_ZH) return 'other';
  const hit = (Object.entries(INDUSTRY_ZH) as [Industry, string][]).find(([, zh]) => zh === t);
  if (!hit) throw new AppError('E_USAGE', { reason: `--industry: one of ${Object.values(INDUSTRY_ZH).join('、')}`, value: text });
  return hit[0];
}

/**
 * A mapping file: `{ "columns": [field|null, …] }` (the shape the app remembers) or an object from
 * header text to field (`{ "隐患描述": "hazard", "D值": "score" }`, null to skip a column), which
 * overrides the suggested mapping for the headers it names.
 */
export function mappingFromJson(json: unknown, headers: readonly { text: string; suggested: ImportField | null }[]): ImportMapping {
  const asColumns = ImportMappingSchema.safeParse(json);
  if (asColumns.success) return asColumns.data;
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new AppError('E_USAGE', { reason: '--map: { "columns": [...] } or { "<header>": "<field>" }' });
  const byHeader = new Map<string, ImportField | null>();
  for (const [h, f] of Object.entries(json as Record<string, unknown>)) {
    if (f !== null && !(IMPORT_FIELDS as readonly string[]).includes(String(f))) throw new AppError('E_USAGE', { reason: `--map: unknown field ${String(f)}`, fields: IMPORT_FIELDS });
    byHeader.set(headerText(h), f as ImportField | null);
  }
  const named = (text: string) => [headerText(text), headerText(text.split('/').pop() ?? '')].find((k) => byHeader.has(k));
  const chosen = new Set(headers.flatMap((c) => {
    const k = named(c.text);
    const f = k !== undefined ? byHeader.get(k) : null;
    return f ? [f] : [];
  }));
  return {
    columns: headers.map((c) => {
      const k = named(c.text);
      if (k !== undefined) return byHeader.get(k) ?? null;
      return c.suggested && !chosen.has(c.suggested) ? c.suggested : null;
    }),
  };
}

function readInput(file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('E_FILE_NOT_FOUND', { path: file });
  }
  if (size > MAX_INPUT_BYTES) throw new AppError('E_FILE_TOO_LARGE', { path: file, bytes: size });
  return new Uint8Array(readFileSync(file));
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
}

function summary(r: ImportReport, lang: string): string {
  const f = r.findings;
  if (lang === 'en') {
    return [
      `${r.rowsRead} rows read, ${r.rowsApplied} applied`,
      `score rounding ${f.scoreRounding.count}, arithmetic ${f.scoreArithmetic.count}`,
      `level vs stored score ${f.levelVsStoredScore.count}, vs recomputed ${f.levelVsRecomputedScore.count}`,
      `off scale ${f.offScale.count}`,
      `accident types mapped ${f.accidentTypeMapped.count}, needing a choice ${f.accidentTypeNeedsChoice.count}, not types ${f.notAnAccidentType.count}`,
      `chains ${f.responsibilityChain.count}, rows needing new org units ${f.orgCreated.count}, signs not in registry ${f.signNotInRegistry.count}`,
      `signs from accident types ${f.signsDerived.count}, PPE from texts ${f.ppeDerived.count}`,
    ].join('; ');
  }
  return [
    `读取 ${r.rowsRead} 行，导入 ${r.rowsApplied} 行`,
    `风险值舍入差 ${f.scoreRounding.count}、计算错误 ${f.scoreArithmetic.count}`,
    `等级与原风险值不符 ${f.levelVsStoredScore.count}、与重算值不符 ${f.levelVsRecomputedScore.count}`,
    `超出分值表 ${f.offScale.count}`,
    `事故类型已对应 ${f.accidentTypeMapped.count}、待选择 ${f.accidentTypeNeedsChoice.count}、非事故类型 ${f.notAnAccidentType.count}`,
    `责任链 ${f.responsibilityChain.count}、需新建组织单元的行 ${f.orgCreated.count}、非标准标志 ${f.signNotInRegistry.count}`,
    `按事故类型补充标志 ${f.signsDerived.count}、从文字识别防护用品 ${f.ppeDerived.count}`,
  ].join('；');
}

export const importCmd: Command = {
  name: 'import',
  summary: '导入他人制作的风险清单（.xlsx/.csv），输出检查报告 / import a register made by others, with a findings report',
  usage: 'safepost import FILE [--org TEXT] [--name NAME] [--industry 其他] [--map MAPPING.json] --report REPORT.json [--out ENTERPRISE.json] [--force]',
  options: {
    org: { type: 'string' },
    name: { type: 'string' },
    industry: { type: 'string' },
    map: { type: 'string' },
    report: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    encoding: { type: 'string' },
    sheet: { type: 'string' },
    header: { type: 'string' },
  },
  async run(args, io) {
    const file = args.positionals[0];
    const v = args.values as Record<string, string | boolean | undefined>;
    if (!file) throw new AppError('E_USAGE', { reason: 'missing FILE (.xlsx or .csv)' });
    const reportPath = v.report as string | undefined;
    if (!reportPath) throw new AppError('E_USAGE', { reason: '--report REPORT.json is required' });
    const out = v.out as string | undefined;
    if (out && existsSync(out) && !v.force) throw new AppError('E_OUT_EXISTS', { path: out });
    const encoding = v.encoding as string | undefined;
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'gb18030') throw new AppError('E_USAGE', { reason: '--encoding utf-8 | gb18030' });
    const headerRows = typeof v.header === 'string' ? v.header.split(',').map((x) => Number(x.trim())) : undefined;
    if (headerRows && (headerRows.length > 2 || headerRows.some((n) => !Number.isInteger(n) || n < 1))) throw new AppError('E_USAGE', { reason: '--header ROW or ROW,ROW (1-based)' });
    const industry = v.industry !== undefined ? parseIndustry(String(v.industry)) : null;

    const wb = await decodeImportFile(basename(file), readInput(file), encoding ? { encoding } : {});
    const source = { ...(typeof v.sheet === 'string' ? { sheet: v.sheet } : {}), ...(headerRows ? { headerRows } : {}) };
    let mapping: ImportMapping | undefined;
    if (typeof v.map === 'string') {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(v.map, 'utf8'));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('E_FILE_NOT_FOUND', { path: v.map });
        throw new AppError('E_USAGE', { reason: '--map: not JSON', path: v.map });
      }
      mapping = mappingFromJson(json, inspectWorkbook(wb, source).columns);
    }
    const org = typeof v.org === 'string' ? v.org : undefined;
    const options = { ...source, ...(mapping ? { mapping } : {}), ...(org ? { org } : {}) };

    let report: ImportReport;
    if (out) {
      const preview = previewImport(wb, options);
      const orgCell = org ? wb.sheets.find((s) => s.name === preview.sheet)?.rows.find((r) => r.row === preview.rows[0]?.row) : undefined;
      const orgCol = preview.mapping.columns.indexOf('org');
      const name = (typeof v.name === 'string' && v.name.trim()) || (orgCell && orgCol >= 0 ? orgCell.cells[orgCol]?.trim() : '') || sheetNameOf(file);
      const now = new Date();
      const fresh = emptyEnterprise(randomIdGen('ent'), [...name].slice(0, 100).join(''), now.toISOString());
      const r = applyImport({ ...fresh, profile: { ...fresh.profile, industry } }, wb, options, { newId: randomIdGen, now: now.toISOString(), today: localDate(now) });
      const doc = validateEnterpriseFile({ ...r.doc, riskSettings: { ...r.doc.riskSettings, defaultMethod: r.report.method } });
      writeJson(out, doc);
      report = r.report;
    } else {
      report = previewImport(wb, options).report;
    }
    writeJson(reportPath, report);
    if (io.json) io.out(JSON.stringify({ ok: true, report: reportPath, out: out ?? null, rowsRead: report.rowsRead, rowsApplied: report.rowsApplied }));
    else {
      io.err(`OK ${reportPath}${out ? ` ${out}` : ''}`);
      io.err(summary(report, io.lang));
    }
    return EXIT_OK;
  },
};
