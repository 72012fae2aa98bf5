import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** Pages of a PDF by its /Type /Page objects (no poppler in the browser test). */
function pageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

test('open a post, preview its 告知卡, edit it, print it; print the enterprise’s cards as one PDF from the print centre', async ({ app, server }) => {
  // rendering the whole enterprise's cards (70+ pages) takes a while on a loaded machine
  test.setTimeout(180_000);
  await app.goto(`${server.origin}/#/e/ent_sample/cards`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('cards-posts')).toBeVisible();

  // open 喷漆工: its 告知卡 previews as the PDF it prints
  await app.getByTestId('cards-post-post_pqg').click();
  await expect(app.getByTestId('cards-post-name')).toHaveText('喷漆工');
  await expect(app.getByTestId('cards-version')).toContainText('版本 v1（2026年11月2日）');
  await expect(app.getByTestId('card-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await app.screenshot({ path: 'test-results/screenshots/cards-risk-preview.png' });

  // the monitoring fields keep their captions once filled (result and limit look alike otherwise)
  await app.getByTestId('cards-tab-occupational').click();
  await expect(app.getByTestId('monitoring-toxic-limit')).toHaveValue('均为 50 mg/m³');
  await expect(app.locator('label', { has: app.getByTestId('monitoring-toxic-limit') })).toContainText('职业接触限值');
  await expect(app.locator('label', { has: app.getByTestId('monitoring-toxic-result') })).toContainText('检测结果');

  // the emergency card: record where the equipment is → the content changed → prints as v2
  await app.getByTestId('cards-tab-emergency').click();
  await app.getByTestId('equipment-input').fill('喷漆房门外应急柜（急救箱、防毒面具），洗眼器在门右侧');
  await app.getByTestId('equipment-save').click();
  await expect(app.getByTestId('cards-version')).toContainText('打印时编为 v2');
  await expect(app.getByTestId('card-status-post_pqg')).toHaveText('内容已变更');
  const dl = app.waitForEvent('download');
  await app.getByTestId('cards-download-pdf').click();
  const file = await dl;
  expect(file.suggestedFilename()).toBe('42_应急处置卡_喷漆工.pdf');
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // printing recorded the new version
  await expect.poll(async () => {
    const doc = await server.api<{ postCards: { postId: string; versions: { version: number }[] }[] }>('enterprises.get', { id: 'ent_sample' });
    return doc.postCards.find((c) => c.postId === 'post_pqg')!.versions.map((v) => v.version);
  }).toEqual([1, 2]);
  await expect(app.getByTestId('cards-version')).toContainText('版本 v2');
  await expect(app.getByTestId('card-status-post_pqg')).toHaveText('现行 v2');

  // the print centre: the cards are registered; preview one, print the whole enterprise as one PDF
  await app.getByTestId('nav').getByText('打印中心').click();
  await expect(app.getByTestId('doc-cards.batch')).toBeVisible();
  await expect(app.getByTestId('doc-card.risk')).toBeVisible();
  await expect(app.getByTestId('doc-notice.board')).toBeVisible();
  await app.getByTestId('preview-card.risk').click();
  await expect(app.getByTestId('pdf-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await app.keyboard.press('Escape');
  const all = app.waitForEvent('download', { timeout: 60_000 });
  await app.getByTestId('download-cards.batch-pdf').click();
  const batch = await all;
  expect(batch.suggestedFilename()).toBe('44_岗位告知卡汇编_全企业.pdf');
  const batchBytes = readFileSync((await batch.path())!);
  // four cards for each of the 16 posts, several of them on more than one page
  expect(pageCount(batchBytes)).toBeGreaterThan(64);

  // the 安全风险公告栏 prints as a poster: A3 landscape (a place with few risks fits on the one sheet)
  const board = app.waitForEvent('download', { timeout: 60_000 });
  await app.getByTestId('download-notice.board-pdf').click();
  const boardFile = await board;
  expect(boardFile.suggestedFilename()).toMatch(/^50_安全风险公告栏_.+\.pdf$/);
  const boardBytes = readFileSync((await boardFile.path())!).toString('latin1');
  expect(boardBytes).toMatch(/\/MediaBox \[0 0 1190\.55 841\.89\]/);
  expect(pageCount(Buffer.from(boardBytes, 'latin1'))).toBe(1);
});
