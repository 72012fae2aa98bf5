import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkbookModel } from '../../../core/documents/model';
import { sampleWorkbook } from './samples';
import { calendarDate, renderXlsx, uniqueSheetName } from './xlsx';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

async function load(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe('XLSX: register sheet', () => {
  it('writes title, merged group header, header, frozen panes, filter and print setup', async () => {
    const ws = await load(await renderXlsx(sampleWorkbook(30)));
    expect(ws.name).toBe('风险分级管控清单');
    expect(ws.getCell('A1').value).toBe('安全风险分级管控清单');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:H1', 'A2:A3', 'D2:D3', 'E2:F2', 'H2:H3']));
    expect(ws.getCell('E2').value).toBe('管控措施');
    expect(ws.getCell('E3').value).toBe('工程技术');
    expect(ws.getCell('E3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(ws.autoFilter).toBe('A3:H3');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:3' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
  });

  it('fills level cells with the level name as their text, wraps, merges row spans and sizes rows', async () => {
    const book = sampleWorkbook(30);
    const ws = await load(await renderXlsx(book));
    const colours: Record<string, string> = { 重大: 'FFE60012', 较大: 'FFF39800', 一般: 'FFFFE100', 低: 'FF0068B7' };
    let seen = 0;
    for (let r = 4; r < 34; r++) {
      const c = ws.getCell(r, 4);
      expect(Object.keys(colours)).toContain(c.value);
      expect((c.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(colours[c.value as string]);
      seen++;
    }
    expect(seen).toBe(30);
    expect(ws.getCell('E4').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    // the second 风险点 covers data rows 2–3 (Excel rows 5–6)
    expect((ws.model as unknown as { merges: string[] }).merges).toContain('B5:B6');
    expect(ws.getCell('B5').value).toBe('剪板机');
    expect(ws.getRow(4).height).toBeGreaterThan(45); // three or more lines of a long measure
    expect(ws.getCell('A34').value).toMatch(/^注：/);
    expect(ws.getCell('A4').value).toBe(1);
  });

  it('writes calendar dates that read back unchanged in China and elsewhere', async () => {
    const expectedSerial = (Date.UTC(2026, 10, 29) - Date.UTC(1899, 11, 30)) / 86_400_000;
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'UTC']) {
      process.env.TZ = tz;
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe({ 'Asia/Shanghai': -480, 'America/New_York': 300, UTC: 0 }[tz]);
      const book: WorkbookModel = {
        sheets: [
          {
            name: 'dates',
            columns: [{ key: 'd', title: '日期', widthChars: 12, type: 'date' }],
            rows: [{ d: new Date(Date.UTC(2026, 10, 29)) }, { d: '2026-11-29' }, { d: new Date(2026, 10, 29) }, { d: new Date(2026, 10, 29, 18, 30) }, { d: null }],
            freezeHeader: false,
            autoFilter: false,
            print: { orientation: 'portrait', paper: 'A4', fitToWidth: false, repeatHeaderRows: false },
          },
        ],
      };
      const buf = await renderXlsx(book);
      const sheetXml = strFromU8(unzipSync(new Uint8Array(buf))['xl/worksheets/sheet1.xml']!);
      for (const ref of ['A2', 'A3', 'A4', 'A5']) expect(sheetXml, `${tz} ${ref}`).toMatch(new RegExp(`<c r="${ref}"[^>]*><v>${expectedSerial}</v>`));
      const ws = await load(buf);
      for (let r = 2; r <= 5; r++) {
        const v = ws.getCell(r, 1).value as Date;
        expect(v).toBeInstanceOf(Date);
        expect([v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate(), v.getUTCHours()]).toEqual([2026, 11, 29, 0]);
        expect(ws.getCell(r, 1).numFmt).toBe('yyyy-mm-dd');
      }
      if (tz === 'Asia/Shanghai') expect(ws.getCell(2, 1).value as Date).toSatisfy((d: Date) => d.getDate() === 29 && d.getHours() === 8);
      expect(ws.getCell(6, 1).value).toBeNull();
    }
  });

  it('normalizes sheet names and calendar dates', () => {
    const used = new Set<string>();
    expect(uniqueSheetName('冲压/剪切:车间*清单?', used)).toBe('冲压_剪切_车间_清单_');
    expect(uniqueSheetName('冲压/剪切:车间*清单?', used)).toBe('冲压_剪切_车间_清单_(2)');
    expect(uniqueSheetName('x'.repeat(40), used)).toHaveLength(31);
    expect(uniqueSheetName('', used)).toBe('Sheet');
    expect(calendarDate('2026-02-30')).toBeNull();
    expect(calendarDate('29/11/2026')).toBeNull();
    expect(calendarDate('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('refuses group headers that do not match the columns', async () => {
    const book = sampleWorkbook(2);
    book.sheets[0]!.groupHeader = [{ title: '管控措施', span: 3 }];
    await expect(renderXlsx(book)).rejects.toMatchObject({ code: 'E_RENDER_FAILED' });
  });
});
