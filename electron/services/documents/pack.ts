/**
 * The enterprise document pack (全套资料, the whole-job issue): every producible document kind of
 * the registry written into one dated folder, plus a 目录 (table of contents) listing each file,
 * its purpose, pages and size — the material a consultant hands over for standardization.
 */
import { join } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import { documentFileName, safeFileName } from '../../../core/documents/fileNames';
import type { Block, DocModel } from '../../../core/documents/model';
import { DOCUMENT_KINDS, type DocContext, type DocFormat } from '../../../core/documents/registry';
import { zhDate } from '../../../core/model/dates';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { writeAtomic } from '../storage/atomic';
import type { FsPort } from '../storage/fsPort';
import { ioError } from '../storage/ioError';
import { jobsFor, produce } from './produce';

export interface PackFile {
  path: string;
  fileName: string;
  kind: string;
  title: string;
  purpose: string;
  format: DocFormat;
  unit: string | null;
  pages: number | null;
  bytes: number;
}

export interface PackResult {
  dir: string;
  files: PackFile[];
  /** Gaps of the kinds written (they were produced anyway) and kinds skipped for blocking gaps. */
  warnings: { kind: string; code: string; text: string }[];
  skipped: { kind: string; code: string; text: string }[];
}

/** Pages of a PDF: count of page objects (pdfkit writes page dictionaries uncompressed). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** `<DIR>/<enterprise>_全套资料_<YYYYMMDD>`. */
export function packDirName(doc: EnterpriseFile, today: string): string {
  return `${safeFileName(doc.profile.name, 40)}_全套资料_${today.replace(/-/g, '')}`;
}

function contents(doc: EnterpriseFile, ctx: DocContext, files: PackFile[], skipped: PackResult['skipped']): DocModel {
  const blocks: Block[] = [
    { type: 'title', text: '安全风险分级管控与隐患排查治理资料目录', level: 1 },
    { type: 'fields', columns: 3, items: [{ label: '企业名称', value: doc.profile.name }, { label: '编制日期', value: zhDate(ctx.today) }, { label: '文件数', value: String(files.length) }] },
    {
      type: 'table',
      repeatHeader: true,
      fontSizePt: 8.5,
      columns: [
        { key: 'no', title: '序号', width: 5, align: 'center' },
        { key: 'file', title: '文件名', width: 36 },
        { key: 'purpose', title: '用途', width: 40 },
        { key: 'pages', title: '页数', width: 6, align: 'center' },
        { key: 'size', title: '大小', width: 8, align: 'right' },
      ],
      rows: files.map((f, i) => ({
        no: String(i + 1),
        file: f.fileName,
        purpose: f.unit ? `${f.purpose}（${f.unit}）` : f.purpose,
        pages: f.pages === null ? '—' : String(f.pages),
        size: f.bytes >= 1024 * 1024 ? `${(f.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(f.bytes / 1024))} KB`,
      })),
    },
  ];
  if (skipped.length > 0) {
    blocks.push({ type: 'paragraph', sizePt: 9, runs: [{ text: '未生成（资料不完整）：', bold: true }, { text: skipped.map((s) => `${s.kind}：${s.text}`).join('；') }] });
  }
  blocks.push({ type: 'signatures', items: ['编制人', '审核人'], withDate: true });
  return { title: '资料目录', page: { size: 'A4', orientation: 'portrait' }, header: { left: doc.profile.name, right: '资料目录' }, footer: { pageNumbers: true }, blocks };
}

export interface PackOptions {
  fs: FsPort;
  signal?: AbortSignal;
  progress?: (done: number, total: number, label: string) => void;
}

/**
 * Writes the pack into `<outDir>/<packDirName>` (created; an existing pack of the same day is
 * overwritten file by file). Kinds with blocking gaps are skipped and listed.
 * @throws AppError E_JOB_CANCELLED, E_DISK_FULL/E_PERMISSION/…, E_RENDER_FAILED.
 */
export async function buildPack(doc: EnterpriseFile, outDir: string, ctx: DocContext, o: PackOptions): Promise<PackResult> {
  const dir = join(outDir, packDirName(doc, ctx.today));
  try {
    await o.fs.mkdir(dir);
  } catch (e) {
    throw ioError(e, dir);
  }
  const warnings: PackResult['warnings'] = [];
  const skipped: PackResult['skipped'] = [];
  const kinds: string[] = [];
  for (const k of DOCUMENT_KINDS) {
    const c = k.check(doc);
    if (c.blocking.length > 0) skipped.push(...c.blocking.map((b) => ({ kind: k.title, code: b.code, text: b.text })));
    else {
      kinds.push(k.id);
      warnings.push(...c.warnings.map((w) => ({ kind: k.title, code: w.code, text: w.text })));
    }
  }
  const jobs = jobsFor(doc, kinds);
  const files: PackFile[] = [];
  for (const [i, j] of jobs.entries()) {
    if (o.signal?.aborted) throw new AppError('E_JOB_CANCELLED');
    o.progress?.(i, jobs.length + 1, j.kind.title);
    const p = await produce(doc, j.kind.id, j.format, ctx, j.unitId);
    const path = join(dir, p.fileName);
    await writeAtomic(o.fs, path, p.bytes);
    const unit = j.unitId ? (j.kind.units?.(doc).find((u) => u.id === j.unitId)?.name ?? null) : null;
    files.push({ path, fileName: p.fileName, kind: j.kind.id, title: j.kind.title, purpose: j.kind.purpose, format: j.format, unit, pages: j.format === 'pdf' ? pdfPageCount(p.bytes) : null, bytes: p.bytes.length });
  }
  o.progress?.(jobs.length, jobs.length + 1, '资料目录');
  const toc = contents(doc, ctx, files, skipped);
  for (const [format, bytes] of [['pdf', await renderPdf(toc)], ['docx', await renderDocx(toc)]] as const) {
    const fileName = documentFileName(0, '资料目录', format);
    const path = join(dir, fileName);
    await writeAtomic(o.fs, path, bytes);
    files.unshift({ path, fileName, kind: 'contents', title: '资料目录', purpose: '全套资料的文件清单与用途', format, unit: null, pages: format === 'pdf' ? pdfPageCount(bytes) : null, bytes: bytes.length });
  }
  o.progress?.(jobs.length + 1, jobs.length + 1, '');
  return { dir, files, warnings, skipped };
}
