/**
 * The document pack (全套资料): every document kind of the sample written into the dated folder
 * with its 目录, every file opening (PDF through pdftotext, DOCX/XLSX unzipped and read), the
 * pack of the real ORG_Y register imported as a new enterprise, and cancellation. Shared data is
 * looked up via $SAFEPOST_SHARED, else ../shared; the ORG_Y part skips with a line without it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNS_SUGGESTED_PRINT_NOTE } from '../../core/documents/kinds/signs';
import { DOCUMENT_KINDS } from '../../core/documents/registry';
import { applyImport } from '../../core/import';
import { emptyEnterprise } from '../../core/model/enterpriseFile';
import { counterIdGen } from '../../core/model/ids';
import { validateEnterpriseFile } from '../../core/model/load';
import { buildPack, PACK_EXCLUDED, PACK_FOLDERS, type PackResult } from '../../electron/services/documents/pack';
import { decodeImportFile } from '../../electron/services/import/decode';
import { loadSample } from '../../electron/services/sample';
import { nodeFs } from '../../electron/services/storage/fsPort';
import { pdfPages } from '../helpers/pdf';
import { tmpDir } from '../helpers/tmp';

const ctx = { today: '2026-11-29', preparer: '张丽' };
const tmp = tmpDir('safepost-pack-');
afterAll(() => tmp.remove());

/** Text of a DOCX body (the XML runs joined). */
function docxText(path: string): string {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = strFromU8(zip['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Every file under a folder, relative paths with '/'. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

describe('the pack of the sample enterprise', () => {
  let r: PackResult;
  const progress: string[] = [];
  it('writes every document kind into the dated folder, by group, with nothing skipped', { timeout: 300_000 }, async () => {
    r = await buildPack(loadSample(), tmp.dir, ctx, { fs: nodeFs, progress: (_d, _t, l) => progress.push(l) });
    expect(r.dir).toBe(join(tmp.dir, '浙江安岗五金制品有限公司（示例）_全套资料_20261129'));
    expect(r.skipped).toEqual([]);
    expect(r.notApplicable).toEqual([]);
    // what is on disk is exactly what the result lists
    expect(listFiles(r.dir).sort()).toEqual(r.files.map((f) => f.relPath).sort());
    const kinds = new Set(r.files.map((f) => f.kind));
    for (const k of DOCUMENT_KINDS) if (!PACK_EXCLUDED[k.id]) expect(kinds.has(k.id), k.id).toBe(true);
    expect(kinds.has('cards.batch')).toBe(false);
    // enterprise-level documents in every format; per-unit ones as PDF
    expect(r.files.filter((f) => f.kind === 'register').map((f) => f.format).sort()).toEqual(['docx', 'pdf', 'xlsx']);
    expect(new Set(r.files.filter((f) => f.kind === 'card.risk').map((f) => f.format))).toEqual(new Set(['pdf']));
    expect(r.files.filter((f) => f.kind === 'card.risk')).toHaveLength(loadSample().posts.length);
    const folders = new Set(r.files.map((f) => f.relPath.split('/')[0]).filter((x) => !x!.includes('.')));
    expect([...folders].sort()).toEqual(Object.values(PACK_FOLDERS).sort());
    expect(r.files.find((f) => f.kind === 'register' && f.format === 'xlsx')!.relPath).toBe('01_安全风险分级管控清单/01_安全风险分级管控清单.xlsx');
    expect(progress.filter((l) => l).at(-1)).toBe('资料目录');
  });

  it('every PDF has text on each page and the page count the 目录 gives', { timeout: 300_000 }, () => {
    const pdfs = r.files.filter((f) => f.format === 'pdf');
    expect(pdfs.length).toBeGreaterThan(100);
    for (const f of pdfs) {
      const pages = pdfPages(f.path);
      expect(pages.length, f.relPath).toBe(f.pages);
      // sign sheets are artwork with a caption; every other page carries text
      if (f.kind !== 'signs.shop') expect(pages.every((p) => p.trim().length > 0), f.relPath).toBe(true);
    }
  });

  it('every DOCX and XLSX unzips and reads', { timeout: 120_000 }, async () => {
    for (const f of r.files.filter((x) => x.format === 'docx')) {
      const text = docxText(f.path);
      expect(text.length, f.relPath).toBeGreaterThan(20);
    }
    for (const f of r.files.filter((x) => x.format === 'xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f.path);
      expect(wb.worksheets.length, f.relPath).toBeGreaterThan(0);
      expect(wb.worksheets[0]!.rowCount, f.relPath).toBeGreaterThan(3);
    }
  });

  it('the 目录 names every document with its folder, count and pages', () => {
    const toc = docxText(join(r.dir, '00_资料目录.docx'));
    expect(toc).toContain('安全风险分级管控与隐患排查治理资料目录');
    for (const folder of Object.values(PACK_FOLDERS)) expect(toc).toContain(`文件夹 ${folder}`);
    for (const f of r.files.filter((x) => x.kind !== 'contents')) expect(toc, f.title).toContain(f.title);
    expect(toc).toContain(`${r.files.length}（`);
    const registerPdf = r.files.find((f) => f.kind === 'register' && f.format === 'pdf')!;
    expect(pdfPages(join(r.dir, '00_资料目录.pdf')).join('\n')).toMatch(new RegExp(`01_安全风险分级管控清单\\.pdf\\s+1\\s+${registerPdf.pages}`));
  });

  it('stops with E_JOB_CANCELLED when cancelled', async () => {
    const ac = new AbortController();
    const out = join(tmp.dir, 'cancelled');
    await expect(
      buildPack(loadSample(), out, ctx, { fs: nodeFs, signal: ac.signal, progress: (d) => d >= 2 && ac.abort() }),
    ).rejects.toMatchObject({ code: 'E_JOB_CANCELLED' });
  });
});

const shared = process.env.SAFEPOST_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared');
const orgY = join(shared, 'realcases', 'msm_risk_identification_list.csv');
if (!existsSync(orgY)) console.log(`SKIP ORG_Y pack: ${orgY} not found (set SAFEPOST_SHARED)`);

describe.skipIf(!existsSync(orgY))('the pack of the real ORG_Y register imported as a new enterprise', () => {
  it('is written whole, with warnings and the kinds that do not apply', { timeout: 300_000 }, async () => {
    const wb = decodeImportFile('msm_risk_identification_list.csv', new Uint8Array(readFileSync(orgY)));
    const t = '2026-11-29T08:00:00.000Z';
    const { doc } = applyImport(emptyEnterprise('ent_orgy', '某石料矿', t), await wb, { org: 'ORG_Y' }, { newId: counterIdGen(), now: t, today: '2026-11-29' });
    const d = validateEnterpriseFile(doc);
    const r = await buildPack(d, join(tmp.dir, 'orgy'), ctx, { fs: nodeFs });
    expect(r.skipped).toEqual([]);
    // the register carries no signs plan: the suggestions are used, and said so
    expect(r.warnings.map((w) => w.code)).toContain('W_SIGNS_SUGGESTED');
    expect(r.warnings.map((w) => w.code)).toContain('W_HAZARD_PENDING_REVIEW');
    expect(r.notApplicable.map((n) => n.kind)).toContain('职业病危害告知卡');
    const kinds = new Set(r.files.map((f) => f.kind));
    for (const k of ['register', 'duties', 'post-list', 'checklist.enterprise', 'signs.placement', 'signs.sheets', 'card.risk', 'notice.board']) expect(kinds.has(k), k).toBe(true);
    expect(r.files.filter((f) => f.kind === 'card.risk')).toHaveLength(d.posts.filter((p) => d.riskPoints.some((rp) => rp.postIds.includes(p.id))).length);
    const register = pdfPages(r.files.find((f) => f.kind === 'register' && f.format === 'pdf')!.path).join('\n');
    expect(register).toContain('某石料矿');
    expect(register).toContain('待复核');
    // a suggested sign plan says so in print: the placement list and the print-shop file
    const note = SIGNS_SUGGESTED_PRINT_NOTE.replace(/\s+/g, '');
    expect(docxText(r.files.find((f) => f.kind === 'signs.placement' && f.format === 'docx')!.path).replace(/\s+/g, '')).toContain(note);
    expect(pdfPages(r.files.find((f) => f.kind === 'signs.shop')!.path)[0]!.replace(/\s+/g, '')).toContain(note);
    // every post with PPE measures has its per-shift checklist
    expect(r.files.filter((f) => f.kind === 'checklist.post').length).toBeGreaterThan(0);
  });
});
