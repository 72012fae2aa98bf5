import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfText, squash } from '../helpers/pdf';
import { expect, test } from './fixtures';

interface PlanRowView {
  placement: { id: string; signId: string; viewingDistanceM: number };
  plate: { plate: { labelZh: string } };
}

/**
 * 安全标志设置 on the sample: a planned place shows its signs; an unplanned place shows the
 * suggestions, adopts them, a viewing distance change moves the plate live and is saved, and the
 * place's signs download as a PDF.
 */
test('open a place, see suggested signs, change the viewing distance, print its signs', async ({ app, server }) => {
  await app.goto(`${server.origin}/#/e/ent_sample/signs/rp_pd`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('signs-place-name')).toHaveText('配电房');
  await expect(app.getByTestId('signs-rows')).toContainText('当心触电');
  await expect(app.getByTestId('signs-rows')).toContainText('A4 纸张打印');
  // 配电房 has further suggestions not yet set
  await expect(app.getByTestId('sign-suggest-sign.warn-electric-arc')).toBeVisible();

  // an unplanned place: suggestions, then adopt
  await app.getByTestId('signs-place-rp_kj').click();
  await expect(app.getByTestId('signs-place-name')).toHaveText('空压机房');
  await expect(app.getByTestId('signs-suggestions').locator('[data-sign-id]')).toHaveCount(5);
  await expect(app.getByTestId('sign-suggest-sign.warn-explosion')).toBeVisible();
  await app.getByTestId('signs-adopt').click();
  await expect(app.getByTestId('signs-rows')).toContainText('当心爆炸');

  const [plan] = await server.api<{ rows: PlanRowView[] }[]>('signs.plan', { enterpriseId: 'ent_sample', riskPointId: 'rp_kj' });
  const row = plan!.rows.find((r) => r.placement.signId === 'sign.warn-explosion')!;
  expect(row.placement.viewingDistanceM).toBe(8);
  const id = row.placement.id;
  await expect(app.getByTestId(`sign-size-${id}`)).toContainText('标志牌 400×500 mm');

  // viewing distance 8 m → 4 m: the plate follows while typing, then the change is saved
  const distance = app.getByTestId(`sign-distance-${id}`);
  await distance.fill('4');
  await expect(app.getByTestId(`sign-size-${id}`)).toContainText('标志牌 200×250 mm');
  await expect(app.getByTestId(`sign-size-${id}`)).toContainText('要求 ≥ 136');
  await distance.press('Enter');
  await expect
    .poll(async () => (await server.api<{ rows: PlanRowView[] }[]>('signs.plan', { enterpriseId: 'ent_sample', riskPointId: 'rp_kj' }))[0]!.rows.find((r) => r.placement.id === id)!.placement.viewingDistanceM)
    .toBe(4);
  await app.screenshot({ path: 'test-results/screenshots/signs-place.png', fullPage: true });

  // print this place's signs
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByTestId('signs-print').click()]);
  expect(download.suggestedFilename()).toBe('31_安全标志（打印）_空压机房.pdf');
  const path = join(server.workspace, 'signs.pdf');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const text = squash(pdfText(bytes));
  for (const t of ['当心爆炸', '当心火灾', '禁止放置易燃物', '必须戴护耳器', '空压机房']) expect(text).toContain(t);

  // reload: the plan is kept
  await app.reload();
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('signs-place-name')).toHaveText('空压机房');
  await expect(app.getByTestId(`sign-distance-${id}`)).toHaveValue('4.0');
});

/**
 * Editing the plan as a safety officer: a distance out of range is shown with a message naming the
 * field and is not saved (no silent clamp to 40 m); quantity and a custom plate are saved, a wrong
 * custom height is named with its allowed range; a removed sign stays removed after a reload.
 */
test('edit the plan: bad distance named and not saved, quantity, custom plate, remove, reload', async ({ app, server }) => {
  const rows = async () => (await server.api<{ rows: PlanRowView[] }[]>('signs.plan', { enterpriseId: 'ent_sample', riskPointId: 'rp_ws' }))[0]!.rows;
  const placement = async (pid: string) => (await rows()).find((r) => r.placement.id === pid)?.placement as (PlanRowView['placement'] & { quantity: number; plate: { kind: string; widthMm?: number; heightMm?: number } }) | undefined;
  await app.goto(`${server.origin}/#/e/ent_sample/signs/rp_ws`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('signs-place-name')).toHaveText('污水池（有限空间）');

  // 当心中毒 (sp_15, 5 m): 100 m is refused with the field's message and not saved, even after blur
  const distance = app.getByTestId('sign-distance-sp_15');
  await distance.fill('100');
  await expect(app.getByTestId('sign-size-sp_15')).toHaveText('观察距离须在 0.5 至 40 米之间。');
  await app.getByTestId('signs-place-name').click();
  await expect(distance).toHaveValue('100.0');
  await expect(app.getByTestId('sign-size-sp_15')).toHaveText('观察距离须在 0.5 至 40 米之间。');
  expect((await placement('sp_15'))!.viewingDistanceM).toBe(5);
  await distance.fill('6');
  await distance.press('Enter');
  await expect.poll(async () => (await placement('sp_15'))!.viewingDistanceM).toBe(6);

  // the place-wide distance: 0.1 is named, the apply button stays off
  await app.getByTestId('signs-place-distance').fill('0.1');
  await expect(app.getByTestId('signs-place-distance-error')).toHaveText('观察距离须在 0.5 至 40 米之间。');
  await expect(app.getByTestId('signs-place-distance-apply')).toBeDisabled();

  // quantity
  const quantity = app.getByTestId('sign-quantity-sp_15');
  await quantity.fill('3');
  await app.getByTestId('signs-place-name').click();
  await expect.poll(async () => (await placement('sp_15'))!.quantity).toBe(3);

  // 禁止入内 (sp_16, A3): custom 500 × 600; a height under the width is named with its range
  await app.getByTestId('sign-plate-sp_16').click();
  const holder = app.locator('.ant-select-dropdown:visible .ant-select-dropdown-list-holder');
  await holder.hover();
  await app.mouse.wheel(0, 3000);
  await app.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '定制尺寸' }).click();
  await expect.poll(async () => (await placement('sp_16'))!.plate).toMatchObject({ kind: 'custom', widthMm: 297, heightMm: 420 });
  await app.getByTestId('sign-custom-w-sp_16').fill('500');
  await app.getByTestId('sign-custom-h-sp_16').click();
  await expect(app.getByTestId('sign-custom-error-sp_16')).toHaveText('高（毫米）：500–1000');
  await app.getByTestId('sign-custom-h-sp_16').fill('600');
  await app.getByTestId('signs-place-name').click();
  await expect(app.getByTestId('sign-custom-error-sp_16')).toHaveCount(0);
  await expect.poll(async () => (await placement('sp_16'))!.plate).toMatchObject({ kind: 'custom', widthMm: 500, heightMm: 600 });
  await expect(app.getByTestId('sign-size-sp_16')).toContainText('定制 500×600 mm');

  // remove 必须通风 (sp_17)
  await app.getByTestId('sign-remove-sp_17').click();
  await expect(app.getByTestId('signs-rows')).not.toContainText('必须通风');
  await expect.poll(async () => (await placement('sp_17')) === undefined).toBe(true);

  await app.reload();
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('sign-distance-sp_15')).toHaveValue('6.0');
  await expect(app.getByTestId('sign-quantity-sp_15')).toHaveValue('3');
  await expect(app.getByTestId('sign-custom-w-sp_16')).toHaveValue('500');
  await expect(app.getByTestId('sign-custom-h-sp_16')).toHaveValue('600');
  await expect(app.getByTestId('signs-rows')).not.toContainText('必须通风');
  await app.screenshot({ path: 'test-results/screenshots/signs-edit.png', fullPage: true });
});
