/**
 * 安全标志设置一览表 as files: the DOCX keeps each place's rows together (its merged 设置地点 cell is
 * never split by a page break) and the XLSX prints at a readable size with indented text.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../../../core/sample/buildSample';
import { produce } from '../../documents/produce';

const sample = buildSample();
const ctx = { today: '2026-11-20', preparer: '' };

describe('安全标志设置一览表 (DOCX)', () => {
  it("ties every row of a place to the next one (keep with next, can't split), never the last row of a place", async () => {
    const docx = (await produce(sample, 'signs.placement', 'docx', ctx)).bytes;
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    const rows = xml.split('<w:tr>').slice(1).map((r) => r.slice(0, r.indexOf('</w:tr>')));
    const body = rows.filter((r) => !r.includes('<w:tblHeader/>') && /<w:t[^>]*>\d+<\/w:t>/.test(r));
    // the sample plans 5 places with 5, 3, 2, 5 and 4 signs
    expect(body).toHaveLength(19);
    const tied = body.map((r) => r.includes('<w:keepNext/>'));
    expect(tied).toEqual([
      true, true, true, true, false,
      true, true, false,
      true, false,
      true, true, true, true, false,
      true, true, true, false,
    ]);
    for (const r of body) expect(r).toContain('<w:cantSplit/>');
    // an enterprise-level place names its unit as 企业直属, never a bare 企业
    expect(xml).toContain('单位：企业直属');
    expect(xml).not.toMatch(/单位：企业</);
  });
});

describe('安全标志设置一览表 (XLSX)', () => {
  it('about 150 character widths (≈ 9 pt on landscape A4), units before line breaks in headers, indented text', async () => {
    const bytes = (await produce(sample, 'signs.placement', 'xlsx', ctx)).bytes;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const widths = ws.columns.map((c) => c.width ?? 0);
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(155);
    // fit to width: landscape A4 less 2 × 0.5 in holds 770 pt; a column of w characters is (7w + 5) px
    const scale = 770 / ((total * 7 + 5 * widths.length) * 0.75);
    expect(10 * scale).toBeGreaterThanOrEqual(8.5);
    const header = ws.getRow(2);
    const titles = (header.values as unknown[]).slice(1).map(String);
    expect(titles).toContain('观察距离\n（m）');
    expect(titles).not.toContain('设置要求');
    // first data row: the unit on two lines, workshop then team; text cells indented
    const row = ws.getRow(3);
    const unit = row.getCell(titles.indexOf('车间/部门') + 1);
    expect(unit.value).toBe('冲压车间\n冲压一班');
    expect(unit.alignment).toMatchObject({ horizontal: 'left', indent: 1, wrapText: true });
    expect(row.getCell(titles.indexOf('设置地点') + 1).value).toBe('冲压作业\n（作业活动）');
  });
});
