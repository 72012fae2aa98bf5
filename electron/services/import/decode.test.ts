/**
 * Decoding registers: .xlsx through exceljs (text kept as text, formulas flagged, merged and
 * two-row headers, fills, trailing blank rows), CSV in UTF-8 (BOM or not) and GB18030 with rare
 * characters, refused and malformed files.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { inspectWorkbook, previewImport } from '../../../core/import';
import { decodeImportFile, detectEncoding, numberText } from './decode';

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A register as a consultant receives it: title, merged two-row header, IDs, formulas, fills, 3000 styled blank rows. */
function register(wb: ExcelJS.Workbook): void {
  wb.addWorksheet('封面').getCell('A1').value = '安全风险分级管控资料';
  const ws = wb.addWorksheet('辨识清单');
  ws.getCell('A1').value = '岗位安全风险辨识评价表';
  ws.mergeCells('A1:K1');
  const top = ['序号', '岗位', '危险因素（原因）', '事故类型', '风险评价', '', '', '', '风险等级', '责任人', '身份证号'];
  const sub = ['', '', '', '', 'L', 'E', 'C', 'D', '', '', ''];
  top.forEach((v, i) => (ws.getRow(3).getCell(i + 1).value = v || null));
  sub.forEach((v, i) => (ws.getRow(4).getCell(i + 1).value = v || null));
  ws.mergeCells('E3:H3');
  for (const c of ['A', 'B', 'C', 'D', 'I', 'J', 'K']) ws.mergeCells(`${c}3:${c}4`);
  const rows: (string | number | ExcelJS.CellFormulaValue)[][] = [
    ['000123', '冲压工（冲压作业）', '冲床无光电保护', '机械伤害', 3, 6, 7, { formula: 'E5*F5*G5', result: 126 }, '一般风险', '生产科长、冲压班组长、冲压工', '11010119900307123X'],
    ['000124', '冲压工（冲压作业）', '模具未紧固', '物体打击', '３', '６', '７', 120, '较大风险', '生产科长冲压班组长、冲压工', '01012345678'],
    ['000125', '电工', '带电作业', '高空坠落', 3, 6, 15, 270, '', '生产科长、电工', '110101199003071234'],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getRow(5 + i).getCell(j + 1).value = v as ExcelJS.CellValue)));
  // the level of the third row is only a red fill
  ws.getCell('I7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  // a zero-padded number format must not lose its zeros
  ws.getCell('L5').value = 42;
  ws.getCell('L5').numFmt = '000000';
  // thousands of formatted but empty rows below the table
  for (let r = 8; r < 3008; r++) ws.getCell(`A${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
}

describe('xlsx', () => {
  it('keeps text as text, reads cached formula results and flags them, flattens merged headers', async () => {
    const wb = await decodeImportFile('清单.xlsx', await xlsxBytes(register));
    expect(wb.sheets.map((s) => s.name)).toEqual(['封面', '辨识清单']);
    const sheet = wb.sheets[1]!;
    expect(sheet.rows.map((r) => r.row)).toEqual([1, 3, 4, 5, 6, 7]);
    const r5 = sheet.rows.find((r) => r.row === 5)!;
    expect(r5.cells[0]).toBe('000123');
    expect(r5.cells[7]).toBe('126');
    expect(r5.formulas).toEqual([7]);
    expect(r5.cells[10]).toBe('11010119900307123X');
    expect(r5.cells[11]).toBe('000042');
    expect(sheet.rows.find((r) => r.row === 6)!.cells[10]).toBe('01012345678');
    // an 18-digit number typed into Excel has lost its last digit already; it is printed without exponent
    expect(sheet.rows.find((r) => r.row === 7)!.cells[10]).toMatch(/^1101011990030712\d\d$/);
    expect(sheet.rows.find((r) => r.row === 1)!.cells.slice(0, 11)).toEqual(Array(11).fill('岗位安全风险辨识评价表'));
    expect(sheet.rows.find((r) => r.row === 4)!.cells.slice(0, 4)).toEqual(['序号', '岗位', '危险因素（原因）', '事故类型']);
  });

  it('is inspected and previewed as a register', async () => {
    const wb = await decodeImportFile('清单.xlsx', await xlsxBytes(register));
    const ins = inspectWorkbook(wb);
    expect(ins.sheet).toBe('辨识清单');
    expect(ins.header).toMatchObject({ rows: [3, 4], sure: true });
    expect(ins.columns.slice(4, 8).map((c) => c.text)).toEqual(['风险评价/L', '风险评价/E', '风险评价/C', '风险评价/D']);
    expect(ins.mapping.columns.slice(0, 10)).toEqual(['seq', 'post', 'hazard', 'accidentType', 'L', 'E', 'C', 'score', 'level', 'responsibility']);
    const p = previewImport(wb);
    expect(p.report.rowsRead).toBe(3);
    expect(p.report.formulas.rows).toEqual([{ sheet: '辨识清单', row: 5 }]);
    // full-width digits were read: 3×6×7 = 126 vs stored 120 (Δ 6 > 1 %)
    expect(p.report.findings.scoreArithmetic.items).toEqual([{ row: 6, values: { L: 3, E: 6, C: 7 }, stored: 120, recomputed: 126 }]);
    expect(p.report.findings.levelVsStoredScore.rows.map((r) => r.row)).toEqual([6, 7]);
    // the red fill is the third row's level: 270 is 较大 under the default table
    expect(p.rows[2]).toMatchObject({ storedLevel: 'major', levelOfStored: 'high' });
    expect(p.report.findings.accidentTypeMapped.items.map((i) => i.to)).toEqual(['机械致害', '高处坠落']);
    expect(p.report.findings.responsibilityChain.items[1]).toMatchObject({ text: '生产科长冲压班组长、冲压工', repaired: true });
  });

  it('prints numbers as a register shows them', () => {
    expect(numberText(123, '000000')).toBe('000123');
    expect(numberText(0.1 + 0.2, undefined)).toBe('0.3');
    expect(numberText(1e20, undefined)).toBe('100000000000000000000');
    expect(numberText(13800000000, 'General')).toBe('13800000000');
  });
});

describe('csv', () => {
  const text = '序号,岗位,危险因素,风险等级,证件号,电话\n1,𠮷祥物仓库,货架不稳𠮷,低风险,000123,01088886666\n';

  it('detects and decodes GB18030 with rare characters; the encoding can be changed', async () => {
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    expect(detectEncoding(bytes)).toBe('gb18030');
    const wb = await decodeImportFile('清单.csv', bytes);
    expect(wb).toMatchObject({ format: 'csv', encoding: 'gb18030', detectedEncoding: 'gb18030' });
    expect(wb.sheets[0]!.rows[1]!.cells).toEqual(['1', '𠮷祥物仓库', '货架不稳𠮷', '低风险', '000123', '01088886666']);
    const forced = await decodeImportFile('清单.csv', bytes, { encoding: 'utf-8' });
    expect(forced).toMatchObject({ encoding: 'utf-8', detectedEncoding: 'gb18030' });
    expect(forced.sheets[0]!.rows[1]!.cells[2]).not.toBe('货架不稳𠮷');
  });

  it('reads UTF-8 with and without BOM', async () => {
    const plain = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const a = await decodeImportFile('a.csv', plain);
    const b = await decodeImportFile('b.csv', bom);
    expect([a.encoding, b.encoding]).toEqual(['utf-8', 'utf-8-bom']);
    expect(b.sheets[0]!.rows[0]!.cells[0]).toBe('序号');
    expect(a.sheets[0]!.rows).toEqual(b.sheets[0]!.rows);
  });
});

describe('refused and malformed files', () => {
  const code = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code);
  it('refuses .xls and .et, also when an old binary file is renamed', async () => {
    expect(await code(decodeImportFile('清单.xls', new Uint8Array([1, 2, 3])))).toBe('E_IMPORT_FILE_TYPE');
    expect(await code(decodeImportFile('清单.et', new Uint8Array([1, 2, 3])))).toBe('E_IMPORT_FILE_TYPE');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await code(decodeImportFile('清单.xlsx', ole))).toBe('E_IMPORT_FILE_TYPE');
    expect(await code(decodeImportFile('清单.pdf', new Uint8Array([37, 80, 68, 70])))).toBe('E_IMPORT_FILE_TYPE');
  });
  it('gives a code for empty files, binary garbage and broken zips', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await code(decodeImportFile('x.csv', new Uint8Array()))).toBe('E_IMPORT_EMPTY');
    expect(await code(decodeImportFile('x.csv', new TextEncoder().encode(',,,\n,,\n')))).toBe('E_IMPORT_EMPTY');
    expect(await code(decodeImportFile('x.csv', garbage))).toBe('E_IMPORT_ENCODING');
    expect(await code(decodeImportFile('x.xlsx', garbage))).toBe('E_IMPORT_FILE_TYPE');
    expect(await code(decodeImportFile('x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, ...garbage.slice(0, 100)])))).toBe('E_IMPORT_FILE_TYPE');
    const emptySheets = await xlsxBytes((wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2');
    });
    expect(await code(decodeImportFile('x.xlsx', emptySheets))).toBe('E_IMPORT_EMPTY');
  });
});
