/**
 * Produces documents of the registry (core/documents/registry.ts): builds the model, renders it
 * to PDF, DOCX or XLSX and names the file `<序号>_<title>[_<unit>].<ext>` (DESIGN §8).
 */
import { join } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import { documentFileName } from '../../../core/documents/fileNames';
import { DOC_MIME, documentKind, type DocContext, type DocFormat, type DocumentKind, type DocUnit } from '../../../core/documents/registry';
import { sealForBatch } from '../../../core/model/batchMemo';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { renderXlsx } from '../render/xlsx';
import { writeAtomic } from '../storage/atomic';
import type { FsPort } from '../storage/fsPort';
import { ioError } from '../storage/ioError';
import { relieveHeap } from './heap';
import { customHook } from './hooks';
import { renderRaw } from './raw';

export interface Produced {
  kind: string;
  format: DocFormat;
  unitId: string | null;
  fileName: string;
  mime: string;
  bytes: Buffer;
}

export function kindOrThrow(id: string): DocumentKind {
  const k = documentKind(id);
  if (!k) throw new AppError('E_DOC_UNKNOWN_KIND', { kind: id });
  return k;
}

export interface ProduceOptions {
  /** The caller already ran `kind.check(doc)` on this same document and found nothing blocking
   *  (batch writers check once per kind: a card kind's check walks every post). */
  checked?: boolean;
  /** `kind.units(doc)` computed by the caller for this same document. */
  units?: readonly DocUnit[] | null;
}

/**
 * @throws AppError E_DOC_UNKNOWN_KIND, E_INVALID_ARGUMENT (format or unit not offered),
 *   E_DOC_INCOMPLETE (blocking gaps, details.findings), E_RENDER_FAILED.
 */
export async function produce(doc: EnterpriseFile, kindId: string, format: DocFormat, ctx: DocContext, unitId?: string, o: ProduceOptions = {}): Promise<Produced> {
  const kind = kindOrThrow(kindId);
  if (!kind.formats.includes(format)) throw new AppError('E_INVALID_ARGUMENT', { field: 'format', value: format, allowed: kind.formats.join('、') });
  const units = o.units ?? kind.units?.(doc) ?? null;
  const unit = unitId ? units?.find((u) => u.id === unitId) : undefined;
  if (unitId && !unit) throw new AppError('E_INVALID_ARGUMENT', { field: 'unitId', value: unitId });
  if (!o.checked) {
    const { blocking } = kind.check(doc);
    if (blocking.length > 0) throw new AppError('E_DOC_INCOMPLETE', { kind: kind.id, findings: blocking });
  }
  const built = kind.build(doc, format, ctx, unitId);
  let bytes: Buffer;
  if (built.kind === 'book') bytes = await renderXlsx(built.model);
  else if (built.kind === 'raw') bytes = await renderRaw(built.renderer, built.data, format);
  else if (format === 'pdf') bytes = await renderPdf(built.model, { custom: customHook, info: { Title: built.model.title } });
  else bytes = await renderDocx(built.model);
  return { kind: kind.id, format, unitId: unitId ?? null, fileName: documentFileName(kind.order, kind.title, format, unit?.name), mime: DOC_MIME[format], bytes };
}

export interface WriteOptions {
  fs: FsPort;
  force?: boolean;
  signal?: AbortSignal;
  progress?: (done: number, total: number, label: string) => void;
  /** Keeps only some (kind, unit) jobs, e.g. one post's cards; default: every unit. */
  only?: (kindId: string, unitId: string | undefined) => boolean;
}

/** One file to produce: a kind in one format for one unit (or the enterprise). */
export interface Job {
  kind: DocumentKind;
  format: DocFormat;
  unitId?: string;
  /** The kind's units for this document (null: one for the enterprise), computed once. */
  units: readonly DocUnit[] | null;
}

/**
 * Every (kind, format, unit) job a list of kinds produces, in registry order per kind.
 * `formats`: a list kept for every kind, or a function choosing per kind (the pack's policy).
 * @throws AppError E_DOC_UNKNOWN_KIND
 */
export function jobsFor(doc: EnterpriseFile, kinds: readonly string[], formats?: readonly DocFormat[] | ((k: DocumentKind, units: readonly DocUnit[] | null) => readonly DocFormat[])): Job[] {
  const out: Job[] = [];
  for (const id of kinds) {
    const kind = kindOrThrow(id);
    const units = kind.units?.(doc) ?? null;
    const allowed = typeof formats === 'function' ? formats(kind, units) : formats;
    for (const format of kind.formats) {
      if (allowed && !allowed.includes(format)) continue;
      if (units) for (const u of units) out.push({ kind, format, unitId: u.id, units });
      else out.push({ kind, format, units });
    }
  }
  return out;
}

/**
 * Writes documents into `dir` (created when missing). Existing files are refused unless `force`.
 * @returns the paths written, in order.
 * @throws AppError E_OUT_EXISTS (a file exists), E_JOB_CANCELLED, and the errors of produce().
 */
export async function writeDocuments(saved: EnterpriseFile, dir: string, kinds: readonly string[], ctx: DocContext, o: WriteOptions, formats?: readonly DocFormat[]): Promise<string[]> {
  // a sealed private copy: derived views are computed once for the whole batch (core/model/batchMemo.ts)
  const doc = sealForBatch(structuredClone(saved));
  const jobs = jobsFor(doc, kinds, formats).filter((j) => !o.only || o.only(j.kind.id, j.unitId));
  try {
    await o.fs.mkdir(dir);
  } catch (e) {
    throw ioError(e, dir);
  }
  const written: string[] = [];
  const checked = new Set<string>();
  for (const [i, j] of jobs.entries()) {
    if (o.signal?.aborted) throw new AppError('E_JOB_CANCELLED');
    if (!checked.has(j.kind.id)) {
      const { blocking } = j.kind.check(doc);
      if (blocking.length > 0) throw new AppError('E_DOC_INCOMPLETE', { kind: j.kind.id, findings: blocking });
      checked.add(j.kind.id);
    }
    relieveHeap();
    const p = await produce(doc, j.kind.id, j.format, ctx, j.unitId, { checked: true, units: j.units });
    o.progress?.(i, jobs.length, p.fileName);
    const path = join(dir, p.fileName);
    if (!o.force && (await o.fs.stat(path))) throw new AppError('E_OUT_EXISTS', { path });
    await writeAtomic(o.fs, path, p.bytes);
    written.push(path);
  }
  o.progress?.(jobs.length, jobs.length, '');
  return written;
}
