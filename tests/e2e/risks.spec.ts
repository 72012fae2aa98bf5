import { expect, test } from './fixtures';

test('evaluate hazards in the wizard and in the register, filter by level, export from the print centre', async ({ app, server }) => {
  // wizard: evaluate the first hazard of 冲压工 (residual lowered to L=0.5)
  await app.goto(`${server.origin}/#/e/ent_sample/wizard/post_cyg`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await app.getByTestId('wizard-steps').getByText('风险评价').click();
  const card = app.getByTestId('evaluate-hz_cy_01');
  await expect(card).toBeVisible();
  await card.getByTestId('eval-residual-L').click();
  await app.locator('.ant-select-item-option[title="很不可能，可以设想"]').click();
  await expect(card.getByTestId('eval-residual-result')).toContainText('D = 45');
  await expect(card.getByTestId('eval-residual-result')).toContainText('低风险');
  await card.getByTestId('eval-residual-confirm').click();
  await expect.poll(async () => {
    const doc = await server.api<{ assessments: { hazardId: string; kind: string; score: number | null }[] }>('enterprises.get', { id: 'ent_sample' });
    return doc.assessments.filter((a) => a.hazardId === 'hz_cy_01' && a.kind === 'residual').map((a) => a.score);
  }).toEqual([90, 45]);

  // register: filter by level, open a hazard, evaluate it
  await app.getByTestId('nav').getByText('风险数据库').click();
  await expect(app.getByTestId('risk-counts')).toContainText('共 106 项');
  // the register's columns, 班组 and 管控措施 included
  await expect(app.getByTestId('risk-row').first()).toContainText('冲压一班');
  await app.screenshot({ path: 'test-results/screenshots/risk-table.png' });
  await app.getByTestId('risk-level-filter').click();
  await app.locator('.ant-select-item-option[title="重大风险"]').click();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('risk-counts')).toContainText('显示 1 项');
  await expect(app.getByTestId('risk-row')).toHaveCount(1);
  await app.getByTestId('risk-row').first().click();
  await app.getByTestId('eval-residual-L').click();
  await app.locator('.ant-select-item-option[title="很不可能，可以设想"]').click();
  // 0.5 × 6 × 40 = 120 → 一般 (default LEC table: 一般 > 70)
  await expect(app.getByTestId('eval-residual-result')).toContainText('D = 120');
  await expect(app.getByTestId('eval-residual-result')).toContainText('一般风险');
  await app.getByTestId('eval-residual-confirm').click();
  await expect(app.getByTestId('risk-counts')).toContainText('显示 0 项');
  await app.keyboard.press('Escape');
  await app.screenshot({ path: 'test-results/screenshots/risk-database.png' });

  // print centre: download the register and preview it
  await app.getByTestId('nav').getByText('打印中心').click();
  await expect(app.getByTestId('doc-register')).toBeVisible();
  const download = app.waitForEvent('download');
  await app.getByTestId('download-register-xlsx').click();
  expect((await download).suggestedFilename()).toBe('01_安全风险分级管控清单.xlsx');
  await app.getByTestId('preview-register').click();
  await expect(app.getByTestId('pdf-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await app.screenshot({ path: 'test-results/screenshots/print-preview.png' });
});
