/**
 * Every finding on small hand-made FILES: the same register written as .xlsx (numbers as numbers,
 * codes as text) and as a GB18030 CSV, with a rare character (𠮷), ID numbers and leading-zero
 * phones. Both files give the same report; codes and phones stay text; the applied hazards keep 𠮷.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applyImport, FINDING_KEYS, previewImport } from '../../../core/import';
import { emptyEnterprise } from '../../../core/model/enterpriseFile';
import { counterIdGen } from '../../../core/model/ids';
import { validateEnterpriseFile } from '../../../core/model/load';
import { decodeImportFile } from './decode';

const HEADER = ['序号', '岗位', '危险因素', '事故类型', 'L', 'E', 'C', 'D', '风险等级', '责任人', '安全标志', '身份证号', '联系电话'];
const ROWS: (string | number)[][] = [
  ['000001', '冲压工（冲压作业）', '冲床无光电保护', '机械伤害', 3, 6, 7, 126, '一般风险', '生产科长、冲压班组长、冲压工', '当心机械伤人', '11010119900307123X', '01088886666'],
  ['000002', '冲压工（冲压作业）', '𠮷字号模具未紧固', '物体打击', 3, 6, 7, 125.5, '一般风险', '生产科长、冲压班组长、冲压工', '', '110101199003071234', '02161234567'],
  ['000003', '电工', '带电作业', '触电', 3, 6, 15, 720, '较大风险', '生产科长、电工', '', '', ''],
  ['000004', '电工', '配电柜门未关', '火灾其他爆炸', '３', '６', '１', 18.6, '低', '生产科长、电工', '', '', ''],
  ['000005', '叉车司机', '叉车超速', '车辆伤害', 6, 6, 7, 252, '一般风险', '仓库主任、叉车司机', '', '', ''],
  ['000006', '叉车司机', '高处取货无安全带', '高空坠落', 5, 6, 15, 450, '重大', '仓库主任、叉车司机', '', '', ''],
  ['000007', '仓管员', '货架倒塌', '综合伤害', 1, 6, 7, 42, '蓝', '仓库主任、仓管员', '必须穿戴劳保用品', '', ''],
  ['000008', '仓管员', '地面湿滑', '其它伤害', 1, 6, 3, 18, '低风险', '仓库主任 、仓管员', '', '', ''],
  ['000009', '仓管员', '夜间照明不足', '', 1, 6, 1, 6, '低风险', '仓库主任仓管员', '', '', ''],
  ['000010', '配电房', '配电房无挡鼠板', '触电', 10, 6, 40, 2420, '重大风险', '生产科长、电工', '', '', ''],
];

async function asXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function asGb18030Csv(): Uint8Array {
  const q = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const text = [HEADER, ...ROWS].map((r) => r.map(q).join(',')).join('\r\n');
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

const EXPECTED = {
  scoreRounding: [3, 11], // 125.5 vs 126; 2420 vs 2400 (≤ 1 %)
  scoreArithmetic: [4, 5], // 720 vs 270; 18.6 vs 18
  levelVsStoredScore: [4, 6],
  levelVsRecomputedScore: [6],
  offScale: [7],
  accidentTypeMapped: [2, 5, 7],
  accidentTypeNeedsChoice: [5, 6, 9],
  notAnAccidentType: [8],
  responsibilityChain: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  orgCreated: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  signNotInRegistry: [8],
  signsDerived: [3, 4, 5, 6, 7, 11], // empty sign cells with a type that has a sign (not 其他)
  ppeDerived: [], // no measure column; 无安全带 without a wearing verb is not read
};

describe('each finding on hand-made files', () => {
  it.each([
    ['清单.xlsx', asXlsx],
    ['清单.csv', async () => asGb18030Csv()],
  ])('%s', async (name, bytes) => {
    const wb = await decodeImportFile(name, await bytes());
    const cells = wb.sheets[0]!.rows.find((r) => r.row === 2)!.cells;
    expect([cells[0], cells[11], cells[12]]).toEqual(['000001', '11010119900307123X', '01088886666']);
    const p = previewImport(wb);
    for (const k of FINDING_KEYS) expect({ k, rows: p.report.findings[k].rows.map((r) => r.row) }).toEqual({ k, rows: EXPECTED[k] });
    expect(p.report.findings.responsibilityChain.items.filter((i) => i.repaired).map((i) => i.text)).toEqual(['仓库主任 、仓管员', '仓库主任仓管员']);
    expect(p.report.findings.signNotInRegistry.items[0]!.nearest.map((n) => n.id)).toContain('sign.must-protective-clothing');
    const t = '2026-03-01T08:00:00.000Z';
    const { doc } = applyImport(emptyEnterprise('ent_f', '客户', t), wb, {}, { newId: counterIdGen(), now: t, today: '2026-03-01' });
    const valid = validateEnterpriseFile(doc);
    expect(valid.hazards[1]!.text).toBe('𠮷字号模具未紧固');
    expect(valid.hazards[1]!.source).toEqual({ kind: 'import', file: name, sheet: wb.sheets[0]!.name, row: 3 });
  });
});
