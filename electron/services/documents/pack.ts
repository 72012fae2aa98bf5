/**
 * The enterprise document pack (全套资料, the whole-job issue): the enterprise's documents written
 * into one dated folder, one sub-folder per group, plus a 目录 (table of contents) listing each
 * file, its purpose, pages and size — the material a consultant hands over for standardization.
 *
 * What goes in (PACK_POLICY below): the enterprise-level documents in every format (PDF to print,
 * DOCX/XLSX to edit); documents produced per unit (post, workshop, place) as print-ready PDF only —
 * the print centre and `safepost export|print` give their editable files one by one. The card
 * compilation (岗位告知卡汇编) is left out: it repeats the per-post cards.
 */
import { joinNames } from '../../../core/documents/joinNames';
import { join } from 'node:path';
import { AppError } from '../../../core/contract/errors';
import { documentFileName, safeFileName } from '../../../core/documents/fileNames';
import type { Block, DocModel } from '../../../core/documents/model';
import { DOCUMENT_KINDS, type DocContext, type DocFormat, type DocGroup, type DocumentKind, type DocUnit } from '../../../core/documents/registry';
import { zhDate } from '../../../core/model/dates';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { writeAtomic } from '../storage/atomic';
import type { FsPort } from '../storage/fsPort';
import { ioError } from '../storage/ioError';
import { sealForBatch } from '../../../core/model/batchMemo';
import { counterIdGen } from '../../../core/model/ids';
import { applySignPlacementOp } from '../../../core/signs/placementOps';
import { produceAll } from './pool';
import { jobsFor } from './produce';

/** Sub-folder of each document group, in hand-over order. */
export const PACK_FOLDERS: Readonly<Record<Exclude<DocGroup, 'pack'>, string>> = {
  register: '01_安全风险分级管控清单',
  duties: '02_分级管控责任清单与一岗位一清单',
  checklists: '03_隐患排查清单',
  signs: '04_安全标志',
  cards: '05_岗位告知卡',
  notices: '06_安全风险公告栏与职业病危害告知卡',
};

export const SUGGESTED_SIGNS_NOTE = '企业尚未制定安全标志设置计划，本套资料中的安全标志按系统建议生成，设置前请现场核对并在“安全标志”中确认。';

/** Kinds left out of the pack, with the reason. */
export const PACK_EXCLUDED: Readonly<Record<string, string>> = {
  'cards.batch': '与各岗位的告知卡、操作卡、应急处置卡和告知确认表重复',
};

/** Formats of a kind in the pack: all for enterprise-level documents, PDF for per-unit ones. */
export function packFormats(kind: DocumentKind, units: readonly DocUnit[] | null): readonly DocFormat[] {
  if (!units || !kind.formats.includes('pdf')) return kind.formats;
  return ['pdf'];
}

export interface PackFile {
  path: string;
  /** Path inside the pack folder, `<group folder>/<file name>` (the 目录 lists this). */
  relPath: string;
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
  /** Kinds with blocking gaps: not written, the pack is incomplete (the CLI exits 1). */
  skipped: { kind: string; code: string; text: string }[];
  /** Per-unit kinds with no unit in this enterprise (nothing to write; not a failure). */
  notApplicable: { kind: string; code: string; text: string }[];
}

/** Pages of a PDF: count of page objects (pdfkit writes page dictionaries uncompressed). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** `<DIR>/<enterprise>_全套资料_<YYYYMMDD>`. */
export function packDirName(doc: EnterpriseFile, today: string): string {
  return `${safeFileName(doc.profile.name, 40)}_全套资料_${today.replace(/-/g, '')}`;
}

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const FORMAT_ZH: Record<DocFormat, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel' };
const size = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(b / 1024))} KB`);

/** Units named in the 目录: all when few, else the first ones and the count. */
function unitList(names: string[]): string {
  return names.length <= 6 ? joinNames(names) : `${joinNames(names.slice(0, 5))}等 ${names.length} 个`;
}

/**
 * The 目录: one section per folder, one row per document kind and format (a per-unit kind is one
 * row naming its units and the file-name pattern), with the number of files and PDF pages.
 */
function contents(doc: EnterpriseFile, ctx: DocContext, files: PackFile[], skipped: PackResult['skipped'], notApplicable: PackResult['notApplicable'], suggestedSigns: boolean): DocModel {
  const blocks: Block[] = [
    { type: 'title', text: '安全风险分级管控与隐患排查治理资料目录', level: 1 },
    {
      type: 'fields',
      columns: 3,
      items: [
        { label: '企业名称', value: doc.profile.name },
        { label: '编制日期', value: zhDate(ctx.today) },
        // the two 目录 files are in the folder too
        { label: '文件数', value: `${files.length + 2}（${size(files.reduce((n, f) => n + f.bytes, 0))}）` },
      ],
    },
  ];
  const folders = [...new Set(files.map((f) => f.relPath.split('/')[0]!))];
  folders.forEach((folder, fi) => {
    const inFolder = files.filter((f) => f.relPath.startsWith(`${folder}/`));
    const rows: { kind: string; format: DocFormat; list: PackFile[] }[] = [];
    for (const f of inFolder) {
      const r = rows.find((x) => x.kind === f.kind && x.format === f.format);
      if (r) r.list.push(f);
      else rows.push({ kind: f.kind, format: f.format, list: [f] });
    }
    blocks.push({ type: 'title', text: `${ZH_NUM[fi] ?? fi + 1}、${folder.replace(/^\d+_/, '')}（文件夹 ${folder}）`, level: 3 });
    blocks.push({
      type: 'table',
      repeatHeader: true,
      fontSizePt: 9,
      columns: [
        { key: 'no', title: '序号', width: 6, align: 'center' },
        { key: 'title', title: '资料名称', width: 22 },
        { key: 'purpose', title: '用途', width: 34 },
        { key: 'file', title: '文件', width: 26 },
        { key: 'count', title: '份数', width: 6, align: 'center' },
        { key: 'pages', title: '页数', width: 6, align: 'center' },
      ],
      rows: rows.map((r, i) => {
        const first = r.list[0]!;
        const units = r.list.map((f) => f.unit).filter((u): u is string => !!u);
        const pages = r.list.every((f) => f.pages !== null) ? String(r.list.reduce((n, f) => n + (f.pages ?? 0), 0)) : '—';
        return {
          no: String(i + 1),
          title: `${first.title}（${FORMAT_ZH[r.format]}）`,
          purpose: units.length > 0 ? `${first.purpose}。范围：${unitList(units)}` : first.purpose,
          file: units.length > 0 && r.list.length > 1 ? first.fileName.replace(/_[^_]+(\.[a-z]+)$/, '_【单位】$1') : first.fileName,
          count: String(r.list.length),
          pages,
        };
      }),
    });
  });
  if (skipped.length > 0) {
    blocks.push({ type: 'paragraph', sizePt: 9, runs: [{ text: '未生成（资料不完整）：', bold: true }, { text: skipped.map((s) => `${s.kind}：${s.text}`).join('；') }] });
  }
  if (notApplicable.length > 0) {
    blocks.push({ type: 'paragraph', sizePt: 9, runs: [{ text: '本企业不适用：', bold: true }, { text: notApplicable.map((s) => `${s.kind}（${s.text}）`).join('；') }] });
  }
  if (suggestedSigns) blocks.push({ type: 'paragraph', sizePt: 9, runs: [{ text: '安全标志：', bold: true }, { text: SUGGESTED_SIGNS_NOTE }] });
  blocks.push({ type: 'paragraph', sizePt: 9, runs: '说明：各岗位、车间、场所的资料在全套资料中为 PDF；需要修改的可在打印中心逐份导出 Word 文件。' });
  blocks.push({ type: 'signatures', items: ['编制人', '审核人'], withDate: true });
  return { title: '资料目录', page: { size: 'A4', orientation: 'portrait' }, header: { left: doc.profile.name, right: '资料目录' }, footer: { pageNumbers: true }, blocks };
}

export interface PackOptions {
  fs: FsPort;
  /** Worker threads (pool.ts); default SAFEPOST_DOC_THREADS, else 1 (this thread). */
  threads?: number;
  signal?: AbortSignal;
  progress?: (done: number, total: number, label: string) => void;
}

/**
 * Writes the pack into `<outDir>/<packDirName>` (created; an existing pack of the same day is
 * overwritten file by file). Kinds with blocking gaps are skipped and listed.
 * @throws AppError E_JOB_CANCELLED, E_DISK_FULL/E_PERMISSION/…, E_RENDER_FAILED.
 */
export async function buildPack(saved: EnterpriseFile, outDir: string, ctx: DocContext, o: PackOptions): Promise<PackResult> {
  // a private copy, sealed: nothing changes it while the pack runs, so derived views (card
  // versions, the checklist book, register rows) are computed once (core/model/batchMemo.ts)
  let doc = structuredClone(saved);
  const dir = join(outDir, packDirName(doc, ctx.today));
  try {
    await o.fs.mkdir(dir);
  } catch (e) {
    throw ioError(e, dir);
  }
  const warnings: PackResult['warnings'] = [];
  const skipped: PackResult['skipped'] = [];
  const notApplicable: PackResult['notApplicable'] = [];
  const kinds: string[] = [];
  // An enterprise that has not planned its signs yet (e.g. a register just imported) gets the
  // suggested signs in the pack, said in a warning and in the 目录; the saved plan is untouched.
  if (doc.signPlacements.length === 0) {
    const suggested = applySignPlacementOp(doc, { op: 'adoptAll' }, counterIdGen());
    if (suggested.signPlacements.length > 0) {
      doc = suggested;
      warnings.push({ kind: '安全标志', code: 'W_SIGNS_SUGGESTED', text: SUGGESTED_SIGNS_NOTE });
    }
  }
  sealForBatch(doc);
  // each kind is checked once here; produce() is then told so (a card check walks every post)
  for (const k of DOCUMENT_KINDS) {
    if (k.group === 'pack' || PACK_EXCLUDED[k.id]) continue;
    const c = k.check(doc);
    // a per-unit kind with no unit does not apply here (no post with an occupational hazard, no
    // post-level check item): nothing to write, which is not a failure
    if (k.units && k.units(doc).length === 0) {
      notApplicable.push({ kind: k.title, code: c.blocking[0]?.code ?? 'I_NOT_APPLICABLE', text: c.blocking[0]?.text ?? '本企业不适用' });
    } else if (c.blocking.length > 0) skipped.push(...c.blocking.map((b) => ({ kind: k.title, code: b.code, text: b.text })));
    else {
      kinds.push(k.id);
      warnings.push(...c.warnings.map((w) => ({ kind: k.title, code: w.code, text: w.text })));
    }
  }
  const jobs = jobsFor(doc, kinds, packFormats);
  const files: (PackFile | undefined)[] = new Array(jobs.length);
  // one sub-folder per group, made before any document is ready
  for (const folder of new Set(jobs.map((j) => PACK_FOLDERS[j.kind.group as keyof typeof PACK_FOLDERS]))) {
    try {
      await o.fs.mkdir(join(dir, folder));
    } catch (e) {
      throw ioError(e, join(dir, folder));
    }
  }
  let done = 0;
  o.progress?.(0, jobs.length + 1, jobs[0]?.kind.title ?? '');
  // sign documents of a suggested plan say so in print
  const jobCtx: DocContext = warnings.some((w) => w.code === 'W_SIGNS_SUGGESTED') ? { ...ctx, signsSuggested: true } : ctx;
  await produceAll(doc, jobs, jobCtx, {
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.threads ? { threads: o.threads } : {}),
    onResult: async (i, p) => {
      if (o.signal?.aborted) throw new AppError('E_JOB_CANCELLED');
      const j = jobs[i]!;
      const folder = PACK_FOLDERS[j.kind.group as keyof typeof PACK_FOLDERS];
      const path = join(dir, folder, p.fileName);
      await writeAtomic(o.fs, path, p.bytes);
      const unit = j.unitId ? (j.units?.find((u) => u.id === j.unitId)?.name ?? null) : null;
      files[i] = { path, relPath: `${folder}/${p.fileName}`, fileName: p.fileName, kind: j.kind.id, title: j.kind.title, purpose: j.kind.purpose, format: j.format, unit, pages: j.format === 'pdf' ? pdfPageCount(p.bytes) : null, bytes: p.bytes.length };
      o.progress?.(++done, jobs.length + 1, j.kind.title);
    },
  });
  const written = files.filter((f): f is PackFile => !!f);
  o.progress?.(jobs.length, jobs.length + 1, '资料目录');
  const toc = contents(doc, ctx, written, skipped, notApplicable, warnings.some((w) => w.code === 'W_SIGNS_SUGGESTED'));
  for (const [format, bytes] of [['pdf', await renderPdf(toc)], ['docx', await renderDocx(toc)]] as const) {
    const fileName = documentFileName(0, '资料目录', format);
    const path = join(dir, fileName);
    await writeAtomic(o.fs, path, bytes);
    written.unshift({ path, relPath: fileName, fileName, kind: 'contents', title: '资料目录', purpose: '全套资料的文件清单与用途', format, unit: null, pages: format === 'pdf' ? pdfPageCount(bytes) : null, bytes: bytes.length });
  }
  o.progress?.(jobs.length + 1, jobs.length + 1, '');
  return { dir, files: written, warnings, skipped, notApplicable };
}
