/**
 * The print centre's side of the contract: list the document kinds with their units and gaps,
 * produce one file, preview the first rows, and export a set into a folder (a job).
 */
import { join } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import type { DocListItem, DocPreview } from '../../../core/contract/types';
import { cellObject, type Block, type TableBlock } from '../../../core/documents/model';
import { DOCUMENT_KINDS, type DocContext, type DocFormat } from '../../../core/documents/registry';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { kindOrThrow, produce, writeDocuments } from './produce';
import type { FsPort } from '../storage/fsPort';

export function listDocuments(doc: EnterpriseFile): DocListItem[] {
  return DOCUMENT_KINDS.map((k) => {
    let units: DocListItem['units'] = null;
    let check: { blocking: DocListItem['blocking']; warnings: DocListItem['warnings'] };
    try {
      units = k.units?.(doc) ?? null;
      check = k.check(doc);
    } catch (e) {
      check = { blocking: [{ code: 'E_DOC_INCOMPLETE', text: e instanceof Error ? e.message : String(e) }], warnings: [] };
    }
    return { id: k.id, title: k.title, group: k.group, purpose: k.purpose, formats: [...k.formats], units, ...check };
  });
}

export async function renderDocument(doc: EnterpriseFile, kind: string, format: DocFormat, ctx: DocContext, unitId?: string) {
  const p = await produce(doc, kind, format, ctx, unitId);
  return { fileName: p.fileName, mime: p.mime, base64: p.bytes.toString('base64') };
}

/** First rows of the first table (documents) or data sheet (workbooks), as plain cells. */
export function previewDocument(doc: EnterpriseFile, kindId: string, ctx: DocContext, unitId?: string, max = 30): DocPreview {
  const kind = kindOrThrow(kindId);
  const { blocking } = kind.check(doc);
  if (blocking.length > 0) throw new AppError('E_DOC_INCOMPLETE', { kind: kind.id, findings: blocking });
  const fmt: DocFormat = kind.formats.includes('xlsx') ? 'xlsx' : kind.formats[0]!;
  const built = kind.build(doc, fmt, ctx, unitId);
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return { text: '' };
    if (v instanceof Date) return { text: v.toISOString().slice(0, 10) };
    if (typeof v === 'number') return { text: String(v) };
    const c = cellObject(v as never);
    return { text: c.text, ...(c.fill ? { fill: c.fill } : {}), ...(c.color ? { color: c.color } : {}) };
  };
  if (built.kind === 'book') {
    const sheet = built.model.sheets.find((s) => s.rows.length > 0 && s.columns.length > 6) ?? built.model.sheets[0]!;
    return {
      title: sheet.title ?? kind.title,
      columns: sheet.columns.map((c) => ({ key: c.key, title: c.title })),
      rows: sheet.rows.slice(0, max).map((r) => Object.fromEntries(sheet.columns.map((c) => [c.key, cell(r[c.key])]))),
      totalRows: sheet.rows.length,
    };
  }
  const table = built.model.blocks.find((b: Block): b is TableBlock => b.type === 'table');
  if (!table) return { title: built.model.title, columns: [], rows: [], totalRows: 0 };
  return {
    title: built.model.title,
    columns: table.columns.map((c) => ({ key: c.key, title: c.title })),
    rows: table.rows.slice(0, max).map((r) => Object.fromEntries(table.columns.map((c) => [c.key, cell(r[c.key])]))),
    totalRows: table.rows.length,
  };
}

/** Exports kinds (default: all producible) into `<dir>`; used by the export job. */
export async function exportDocuments(doc: EnterpriseFile, dir: string, ctx: DocContext, fs: FsPort, kinds?: string[], signal?: AbortSignal, progress?: (d: number, t: number, l: string) => void) {
  const ids = kinds ?? listDocuments(doc).filter((k) => k.blocking.length === 0).map((k) => k.id);
  return writeDocuments(doc, dir, ids, ctx, { fs, force: true, ...(signal ? { signal } : {}), ...(progress ? { progress } : {}) });
}

export function exportDirFor(workspaceExports: string, settingDir: string, enterpriseName: string, today: string): string {
  return join(settingDir || workspaceExports, `${enterpriseName.replace(/[/\\:*?"<>|]/g, '_')}_${today}`);
}
