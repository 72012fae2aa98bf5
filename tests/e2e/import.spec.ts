import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * A consultant imports a small register someone else made (GB18030 CSV, a hazard column under an
 * unusual header): picks the file, fixes the mapping, reads the findings, decides an accident type,
 * confirms — and finds the rows in the risk database with their source reference. Nothing is
 * written before the confirmation.
 */
const CSV = [
  '序号,岗位,隐患描述,事故类型,L,E,C,D,风险等级,责任人',
  '1,叉车司机,叉车超速行驶,车辆伤害,6,6,7,252,一般风险,仓库主任、叉车司机',
  '2,叉车司机,货叉下站人,物体打击,3,6,7,120,一般风险,仓库主任、叉车司机',
  '3,仓管员,货架倒塌,综合伤害,1,6,7,42,低风险,仓库主任、仓管员',
].join('\r\n');

test('import a register: mapping, findings, decision, confirm, rows with their source', async ({ app, server }) => {
  const file = join(tmpdir(), `风险清单-${process.pid}-${Date.now()}.csv`);
  writeFileSync(file, iconv.encode(CSV, 'gb18030'));
  const name = file.split(/[\\/]/).pop()!;
  const sheet = name.replace(/\.csv$/, '');
  const e = await server.api<{ id: string }>('enterprises.create', { name: '导入测试仓储公司', industry: 'commerce' });
  await app.goto(`${server.origin}/#/e/${e.id}/import`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();

  // 1. file: the encoding is detected and shown
  await app.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
  await expect(app.getByTestId('import-detected')).toContainText('GB18030');
  await app.screenshot({ path: 'test-results/screenshots/import-file.png', fullPage: true });
  await app.getByTestId('import-next-mapping').click();

  // 2. mapping: the hazard column has an unusual header; map it by hand
  await expect(app.getByTestId('import-mapping')).toContainText('隐患描述');
  await app.getByTestId('map-2').click();
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option[title="危险因素"]').click();
  await app.screenshot({ path: 'test-results/screenshots/import-mapping.png', fullPage: true });
  await app.getByTestId('import-check').click();

  // 3. findings
  await expect(app.getByTestId('import-summary')).toContainText('读取 3 行');
  await expect(app.getByTestId('finding-scoreArithmetic')).toHaveAttribute('data-count', '1');
  await expect(app.getByTestId('finding-levelVsStoredScore')).toHaveAttribute('data-count', '1');
  await expect(app.getByTestId('finding-accidentTypeNeedsChoice')).toHaveAttribute('data-count', '1');
  await expect(app.getByTestId('finding-notAnAccidentType')).toHaveAttribute('data-count', '1');
  await app.getByTestId('finding-scoreArithmetic').click();
  await expect(app.getByTestId('import-findings')).toContainText('第 3 行：3×6×7 = 126，原表 120');
  // choose, and see the choice taken (an option clicked while the list still moves can miss)
  await expect(async () => {
    await app.getByTestId('choice-车辆伤害').click();
    await app.locator('.ant-select-dropdown:visible .ant-select-item-option[title="道路（轨道）车辆致害"]').click({ timeout: 2_000 });
    await expect(app.getByTestId('choice-车辆伤害')).toContainText('道路（轨道）车辆致害', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(app.getByTestId('import-preview-rows')).toContainText('道路（轨道）车辆致害');
  await app.screenshot({ path: 'test-results/screenshots/import-findings.png', fullPage: true });

  // nothing is written before the confirmation
  expect((await server.api<{ hazards: unknown[] }>('enterprises.get', { id: e.id })).hazards).toEqual([]);

  // 4. confirm
  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-applied')).toContainText(`${name} · ${sheet} · 第 2 行`);
  await expect(app.getByTestId('applied-source')).toHaveCount(3);

  // the contract has the rows with their source reference and the decision
  const doc = await server.api<{ hazards: { text: string; accidentTypes: string[]; source: { kind: string; file: string; sheet: string; row: number } }[]; posts: { name: string }[] }>('enterprises.get', { id: e.id });
  expect(doc.hazards.map((h) => [h.text, h.source])).toEqual([
    ['叉车超速行驶', { kind: 'import', file: name, sheet, row: 2 }],
    ['货叉下站人', { kind: 'import', file: name, sheet, row: 3 }],
    ['货架倒塌', { kind: 'import', file: name, sheet, row: 4 }],
  ]);
  expect(doc.hazards[0]!.accidentTypes).toEqual(['WSA10003']);
  expect(doc.posts.map((p) => p.name).sort()).toEqual(['仓管员', '叉车司机']);

  // and the risk database shows them with the source
  await app.getByTestId('import-open-risks').click();
  await expect(app.getByTestId('risk-table')).toContainText('货叉下站人');
  await app.getByTestId('risk-row').filter({ hasText: '货叉下站人' }).click();
  await expect(app.getByTestId('hazard-source')).toContainText(name);
  await expect(app.getByTestId('hazard-source')).toContainText('3');

  // the mapping is remembered for the same header
  await app.goto(`${server.origin}/#/e/${e.id}/import`);
  await app.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
  await app.getByTestId('import-next-mapping').click();
  await expect(app.getByText('已使用上次为相同表头保存的列对应关系。')).toBeVisible();
});

test('a register in .xlsx becomes a new enterprise from the enterprise list', async ({ app, server }) => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('风险辨识');
  ws.addRow(['岗位安全风险辨识清单']);
  ws.mergeCells('A1:F1');
  ws.addRow(['岗位', '危险因素', '事故类型', '风险值', '风险等级', '责任人']);
  ws.addRow(['焊工（电焊作业、电焊机）', '焊机外壳未接地', '触电', 126, '一般风险', '生产科长、维修班组长、焊工']);
  ws.addRow(['焊工（电焊作业、电焊机）', '气瓶混放', '容器爆炸', 180, '较大风险', '生产科长、维修班组长、焊工']);
  const file = join(tmpdir(), `新客户清单-${process.pid}-${Date.now()}.xlsx`);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));

  await app.getByTestId('enterprise-import-register').click();
  await app.getByTestId('import-file').locator('input[type=file]').setInputFiles(file);
  await expect(app.getByTestId('import-inspection')).toContainText('岗位安全风险辨识清单');
  await app.getByTestId('import-next-mapping').click();
  await app.getByTestId('import-check').click();
  await expect(app.getByTestId('import-summary')).toContainText('读取 2 行');
  await expect(app.getByTestId('import-create-units')).toContainText('班组 1 个、岗位 1 个');
  await app.getByTestId('import-target-name').fill('新客户焊接厂');
  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-applied')).toContainText('风险辨识 · 第 3 行');
  const list = await server.api<{ id: string; name: string }[]>('enterprises.list', {});
  const created = list.find((x) => x.name === '新客户焊接厂');
  expect(created).toBeTruthy();
  const doc = await server.api<{ workshops: { name: string }[]; teams: { name: string }[]; posts: { name: string; equipment: string[] }[]; hazards: unknown[] }>('enterprises.get', { id: created!.id });
  expect(doc.workshops.map((w) => w.name)).toEqual(['生产科']);
  expect(doc.teams.map((w) => w.name)).toEqual(['维修班组']);
  expect(doc.posts).toMatchObject([{ name: '焊工', equipment: ['电焊机'] }]);
  expect(doc.hazards).toHaveLength(2);
});
