/**
 * One side of the pack benchmark, run in its own process so its peak RSS is its own:
 * `node --import tsx bench/packChild.ts pack|floor OUT_DIR` prints one JSON line
 * `{ ms, maxRssMb, files, pages }`.
 * - pack: buildPack() of the synthetic enterprise (bench/synthetic.ts, pack size).
 * - floor: the same jobs with the bare libraries — pdfkit writing every text of the document's
 *   model (or raw data) into a grid of ruled cells with the same fonts; docx writing the same texts
 *   as plain table cells; exceljs writing the same cells without styling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { DOCUMENT_KINDS } from '../core/documents/registry';
import type { WorkbookModel } from '../core/documents/model';
import { buildPack, PACK_EXCLUDED, packFormats } from '../electron/services/documents/pack';
import { jobsFor } from '../electron/services/documents/produce';
import { newPdfDocument } from '../electron/services/render/fonts';
import { nodeFs } from '../electron/services/storage/fsPort';
import { packEnterprise } from './synthetic';

const [mode, out] = process.argv.slice(2) as ['pack' | 'floor', string];
const ctx = { today: '2026-11-29', preparer: '评价人' };
const doc = packEnterprise();

/** Keys whose string values are layout words, not printed text. */
const NOT_TEXT = new Set(['type', 'key', 'align', 'kind', 'id', 'format', 'size', 'orientation', 'renderer', 'signId', 'color', 'colour', 'fill', 'shape', 'category', 'plateId', 'mounting', 'level', 'unitId', 'postId', 'hazardId', 'riskPointId', 'svg', 'path', 'd']);

/** Every printed string of a model or raw data, in document order. */
function texts(x: unknown, key = '', acc: string[] = []): string[] {
  if (typeof x === 'string') {
    if (!NOT_TEXT.has(key) && x.trim()) acc.push(x);
  } else if (Array.isArray(x)) for (const v of x) texts(v, key, acc);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) texts(v, k, acc);
  return acc;
}

async function floorPdf(strings: string[]): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = newPdfDocument({ size: 'A4', margin: 36, compress: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => pdf.on('end', () => r()));
  const colW = (595 - 72) / 4;
  let x = 36;
  let y = 36;
  let rowH = 0;
  let pages = 1;
  pdf.fontSize(9);
  for (const s of strings) {
    const h = pdf.heightOfString(s, { width: colW - 6 }) + 6;
    if (y + h > 842 - 36) {
      pdf.addPage();
      pages++;
      y = 36;
      x = 36;
      rowH = 0;
    }
    pdf.rect(x, y, colW, h).stroke();
    pdf.text(s, x + 3, y + 3, { width: colW - 6 });
    rowH = Math.max(rowH, h);
    x += colW;
    if (x >= 595 - 36 - 1) {
      x = 36;
      y += rowH;
      rowH = 0;
    }
  }
  pdf.end();
  await done;
  return { bytes: Buffer.concat(chunks), pages };
}

async function floorDocx(strings: string[]): Promise<Buffer> {
  const rows: TableRow[] = [];
  for (let i = 0; i < strings.length; i += 4) {
    rows.push(new TableRow({ children: [0, 1, 2, 3].map((k) => new TableCell({ children: [new Paragraph(strings[i + k] ?? '')] })) }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children: rows.length ? [new Table({ rows })] : [new Paragraph('')] }] }));
}

async function floorXlsx(book: WorkbookModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sh of book.sheets) {
    const w = wb.addWorksheet(sh.name.slice(0, 31));
    for (const r of sh.rows) {
      w.addRow(sh.columns.map((c) => {
        const v = r[c.key];
        return typeof v === 'object' && v && !(v instanceof Date) ? (v as { text: string }).text : v;
      }));
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let t0 = performance.now();
let files = 0;
let pages = 0;
if (mode === 'pack') {
  const r = await buildPack(doc, out, ctx, { fs: nodeFs });
  files = r.files.length;
  pages = r.files.reduce((n, f) => n + (f.pages ?? 0), 0);
  if (r.skipped.length) throw new Error(`pack skipped: ${JSON.stringify(r.skipped)}`);
} else {
  mkdirSync(out, { recursive: true });
  const kinds = DOCUMENT_KINDS.filter((k) => k.group !== 'pack' && !PACK_EXCLUDED[k.id]).map((k) => k.id);
  for (const j of jobsFor(doc, kinds, packFormats)) {
    // the models are our domain code, built outside the floor's clock
    const pause = performance.now();
    const built = j.kind.build(doc, j.format, ctx, j.unitId);
    t0 += performance.now() - pause;
    let bytes: Buffer;
    if (built.kind === 'book') bytes = await floorXlsx(built.model);
    else {
      const strings = texts(built.kind === 'raw' ? built.data : built.model);
      if (j.format === 'docx') bytes = await floorDocx(strings);
      else {
        const p = await floorPdf(strings);
        bytes = p.bytes;
        pages += p.pages;
      }
    }
    writeFileSync(join(out, `${files++}.${j.format}`), bytes);
  }
}
const ms = Math.round(performance.now() - t0);
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), files, pages })}\n`);
