/**
 * Register import on the workspace (contract commands import.inspect / import.preview /
 * import.apply). inspect and preview decode the uploaded file and answer without writing
 * anything; apply — called only when the user confirms — writes the enterprise (an existing one
 * through store.update, validated and atomic, or a new one) and remembers the column mapping for
 * the header set in workspace.json.
 */
import { AppError } from '../../../core/contract/errors';
import type { FilePayload } from '../../../core/contract/types';
import {
  applyImport, inspectWorkbook, previewImport, type ImportDecisionsInput, type ImportInspection, type ImportMapping,
  type ImportPreviewResult, type ImportReport, type SourceWorkbook,
} from '../../../core/import';
import { localDate } from '../../../core/model/dates';
import { emptyEnterprise, type EnterpriseFile } from '../../../core/model/enterpriseFile';
import type { Clock, IdGen } from '../../../core/model/ids';
import { validateEnterpriseFile } from '../../../core/model/load';
import type { Industry } from '../../../core/model/vocab';
import { activeBandTable, defaultRiskSettings } from '../../../core/risk/settings';
import { resolveBandTable, type BandTable, type ScoredMethod } from '../../../core/risk/bandTable';
import type { Workspace } from '../workspace';
import { decodeImportFile, type DecodeOptions } from './decode';

export interface ImportSourceArg {
  file: FilePayload;
  encoding?: DecodeOptions['encoding'];
  sheet?: string;
  headerRows?: number[];
}

export interface ImportPreviewArg extends ImportSourceArg {
  mapping?: ImportMapping;
  org?: string;
  enterpriseId?: string | null;
  decisions?: ImportDecisionsInput;
  /** Grade with this table (of the target enterprise, or a preset for a new one); default: the one in force. */
  bandTableId?: string;
}

export type ImportTarget = { kind: 'existing'; enterpriseId: string } | { kind: 'new'; name: string; industry: Industry | null };

export interface ImportApplyArg extends ImportSourceArg {
  mapping?: ImportMapping;
  org?: string;
  decisions?: ImportDecisionsInput;
  bandTableId?: string;
  target: ImportTarget;
}

export interface ImportApplyResult {
  enterpriseId: string;
  name: string;
  created: boolean;
  report: ImportReport;
}

/**
 * The band tables to grade with: the target's tables in force (a new enterprise: the presets'
 * defaults), with `bandTableId` (highest version of that id among the target's tables or the
 * presets) replacing the one of its method.
 * @throws AppError E_NOT_FOUND `{ kind: 'bandTable', id }` for an unknown id.
 */
export function gradingTables(doc: EnterpriseFile | null, bandTableId?: string): Partial<Record<ScoredMethod, BandTable>> {
  const settings = doc?.riskSettings ?? defaultRiskSettings();
  const out: Partial<Record<ScoredMethod, BandTable>> = { LEC: activeBandTable(settings, 'LEC'), LS: activeBandTable(settings, 'LS') };
  if (bandTableId) {
    const t = resolveBandTable(settings.bandTables, { id: bandTableId });
    out[t.method] = t;
  }
  return out;
}

/** Every table id the user may choose (highest version of each), for the screen. */
export function bandTableChoices(doc: EnterpriseFile | null): NonNullable<ImportPreviewResult['bandTableChoices']> {
  const tables = (doc?.riskSettings ?? defaultRiskSettings()).bandTables;
  const ids = [...new Set(tables.map((t) => t.id))];
  return ids.map((id) => resolveBandTable(tables, { id })).map((t) => ({ id: t.id, version: t.version, name: t.name, method: t.method }));
}

function bytesOf(p: FilePayload): Uint8Array {
  return new Uint8Array(Buffer.from(p.base64, 'base64'));
}

export class RegisterImportService {
  constructor(
    private readonly ws: () => Workspace,
    private readonly newId: IdGen,
    private readonly clock: Clock,
  ) {}

  private decode(a: ImportSourceArg): Promise<SourceWorkbook> {
    return decodeImportFile(a.file.fileName, bytesOf(a.file), a.encoding ? { encoding: a.encoding } : {});
  }

  private sourceOptions(a: ImportSourceArg) {
    return { ...(a.sheet !== undefined ? { sheet: a.sheet } : {}), ...(a.headerRows ? { headerRows: a.headerRows } : {}), savedMappings: this.ws().index.importMappings };
  }

  /** What the file holds and how it would be read. Writes nothing. */
  async inspect(a: ImportSourceArg): Promise<ImportInspection> {
    return inspectWorkbook(await this.decode(a), this.sourceOptions(a));
  }

  /** The findings report and preview lines. Writes nothing. */
  async preview(a: ImportPreviewArg): Promise<ImportPreviewResult> {
    const wb = await this.decode(a);
    const target = a.enterpriseId ? await this.ws().store.get(a.enterpriseId) : null;
    const result = previewImport(wb, {
      ...this.sourceOptions(a),
      ...(a.mapping ? { mapping: a.mapping } : {}),
      ...(a.org ? { org: a.org } : {}),
      ...(a.decisions ? { decisions: a.decisions } : {}),
      target,
      bandTables: gradingTables(target, a.bandTableId),
      ...(target ? { defaultMethod: target.riskSettings.defaultMethod } : {}),
    });
    return { ...result, bandTableChoices: bandTableChoices(target) };
  }

  /** Applies the register (the user confirmed) and remembers the mapping. */
  async apply(a: ImportApplyArg): Promise<ImportApplyResult> {
    const wb = await this.decode(a);
    const now = this.clock();
    const ctx = { newId: this.newId, now: now.toISOString(), today: localDate(now), assessor: this.ws().index.settings.userName };
    const options = {
      ...this.sourceOptions(a),
      ...(a.mapping ? { mapping: a.mapping } : {}),
      ...(a.org ? { org: a.org } : {}),
      ...(a.decisions ? { decisions: a.decisions } : {}),
    };
    let result: { report: ImportReport; headerKey: string; mapping: ImportMapping };
    let doc: EnterpriseFile;
    let created: boolean;
    if (a.target.kind === 'existing') {
      created = false;
      let out: typeof result | null = null;
      doc = await this.ws().store.update(a.target.enterpriseId, (d) => {
        const r = applyImport(d, wb, { ...options, bandTables: gradingTables(d, a.bandTableId), defaultMethod: d.riskSettings.defaultMethod }, ctx);
        out = r;
        return r.doc;
      });
      result = out!;
    } else {
      created = true;
      const fresh = emptyEnterprise(this.newId('ent'), a.target.name, ctx.now);
      const r = applyImport({ ...fresh, profile: { ...fresh.profile, industry: a.target.industry } }, wb, { ...options, bandTables: gradingTables(null, a.bandTableId) }, ctx);
      // the new enterprise grades with the method and table the register was checked with
      const tableField = r.report.method === 'LEC' ? 'lecTableId' : 'lsTableId';
      const next = validateEnterpriseFile({ ...r.doc, riskSettings: { ...r.doc.riskSettings, defaultMethod: r.report.method, [tableField]: r.report.bandTable.id } });
      await this.ws().store.create(next);
      await this.ws().updateIndex((w) => ({ ...w, enterprises: [...w.enterprises, { id: next.id, name: next.profile.name, archived: false, trashedAt: null }] }));
      doc = next;
      result = r;
    }
    if (result.headerKey) {
      await this.ws().updateIndex((w) => ({ ...w, importMappings: { ...w.importMappings, [result.headerKey]: result.mapping } }));
    }
    if (!doc) throw new AppError('E_INTERNAL', { reason: 'import produced no document' });
    return { enterpriseId: doc.id, name: doc.profile.name, created, report: result.report };
  }
}
