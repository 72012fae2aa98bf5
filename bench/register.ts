/**
 * Risk-database benchmark (issue: risk database): a synthetic enterprise of 10 000 hazards —
 * open, save one edit, backup, filter, export xlsx and docx — each beside its floor measured in
 * the same run: JSON.parse/stringify + atomic write of the same file; exceljs/docx writing the same
 * cells without styling.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { registerBook, registerDoc } from '../core/documents/kinds/register';
import { counterIdGen } from '../core/model/ids';
import { registerRows } from '../core/model/registerRows';
import { renderDocx } from '../electron/services/render/docx';
import { renderXlsx } from '../electron/services/render/xlsx';
import { writeAtomic } from '../electron/services/storage/atomic';
import { nodeFs } from '../electron/services/storage/fsPort';
import { Workspace } from '../electron/services/workspace';
import { row, time, type BenchRow } from './measure';
import { syntheticEnterprise } from './synthetic';

export async function benchRegister(hazards = 10_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'safepost-bench-'));
  const rows: BenchRow[] = [];
  try {
    const doc = syntheticEnterprise({ workshops: 6, posts: 60, hazards });
    const text = `${JSON.stringify(doc, null, 1)}\n`;
    const file = join(dir, 'floor.json');
    writeFileSync(file, text);
    const floorOpen = (await time(() => JSON.parse(text))).ms;
    const floorSave = (await time(() => writeAtomic(nodeFs, file, `${JSON.stringify(JSON.parse(text), null, 1)}\n`))).ms;

    const wsDir = join(dir, 'ws');
    const ws0 = await new Workspace({ dir: wsDir, fs: nodeFs, clock: () => new Date(), idGen: counterIdGen(), app: 'cli' }).open();
    await ws0.store.create(doc);
    await ws0.close();
    const open = await time(async () => {
      const ws = await new Workspace({ dir: wsDir, fs: nodeFs, clock: () => new Date(), idGen: counterIdGen(), app: 'cli', backupIntervalMs: 24 * 3600_000 }).open();
      const d = await ws.store.get('ent_bench');
      await ws.close();
      return d;
    });
    rows.push(row(`open (${hazards} hazards, ${(text.length / 1e6).toFixed(1)} MB)`, open.ms, floorOpen, 'floor: JSON.parse of the same text'));

    const ws = await new Workspace({ dir: wsDir, fs: nodeFs, clock: () => new Date(), idGen: counterIdGen(), app: 'cli', backupIntervalMs: 24 * 3600_000 }).open();
    await ws.store.get('ent_bench');
    let n = 0;
    const save = await time(() => ws.store.update('ent_bench', (d) => ({ ...d, profile: { ...d.profile, address: `地址${++n}` } })));
    rows.push(row('save one edit (validate + atomic write)', save.ms, floorSave, 'floor: stringify + atomic write of the same file'));
    const backup = await time(() => ws.store.backupNow('ent_bench'));
    rows.push(row('backup', backup.ms, floorSave));
    await ws.close();

    const filter = await time(() => registerRows(doc).filter((r) => r.level === 'high' && r.hazard.includes('防护')));
    rows.push(row('filter (register rows + level + text)', filter.ms, null));

    const ctx = { today: '2026-11-29', preparer: '评价人' };
    const book = registerBook(doc, ctx);
    const xlsx = await time(() => renderXlsx(book), 1);
    const floorXlsx = await time(async () => {
      const wb = new ExcelJS.Workbook();
      for (const sh of book.sheets) {
        const w = wb.addWorksheet(sh.name.slice(0, 31));
        for (const r of sh.rows) w.addRow(sh.columns.map((c) => { const v = r[c.key]; return typeof v === 'object' && v && !(v instanceof Date) ? (v as { text: string }).text : v; }));
      }
      return wb.xlsx.writeBuffer();
    }, 1);
    rows.push(row('export xlsx', xlsx.ms, floorXlsx.ms, 'floor: exceljs, same cells, no styling'));

    const model = registerDoc(doc, ctx);
    const docx = await time(() => renderDocx(model), 1);
    const table = model.blocks.find((b) => b.type === 'table');
    const floorDocx = await time(async () => {
      if (!table || table.type !== 'table') return null;
      const trs = table.rows.map((r) => new TableRow({ children: table.columns.map((c) => { const v = r[c.key]; return new TableCell({ children: [new Paragraph(typeof v === 'string' ? v : (v?.text ?? ''))] }); }) }));
      return Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows: trs })] }] }));
    }, 1);
    rows.push(row('export docx', docx.ms, floorDocx.ms, 'floor: docx, same cells, no styling'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
