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
