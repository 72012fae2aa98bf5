import { expect, test } from './fixtures';

/**
 * A new user's identification: a copy of the sample enterprise without hazards, three posts
 * walked through the wizard — accept and reject suggestions, link a shared place, add a custom
 * hazard — then reload: every choice is still there.
 */
test('walk three posts through the identification wizard, reload, choices kept', async ({ app, server }) => {
  const copy = await server.api<{ id: string }>('enterprises.duplicate', { id: 'ent_sample', name: '新客户五金厂', keepPeople: true, keepHazards: false });
  await app.goto(`${server.origin}/#/e/${copy.id}/wizard`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();

  // screening, pre-filled from the profile flags
  await expect(app.getByTestId('screening')).toBeVisible();
  await expect(app.getByTestId('screen-dustExplosion')).toBeChecked();
  await app.getByTestId('screening-confirm').click();

  // post 1: 冲压工 — accept two suggestions, reject one
  await app.getByTestId('wizard-post-post_cyg').click();
  await app.getByTestId('wizard-next').click();
  await app.getByTestId('accept-lib.jx.cy.01').locator('button').first().click();
  await expect(app.getByTestId('identified')).toContainText('冲床未装光电保护');
  await app.getByTestId('accept-lib.jx.cy.03').locator('button').first().click();
  await app.getByTestId('reject-lib.jx.cy.06').click();
  await expect(app.getByTestId('suggestion-lib.jx.cy.06')).toContainText('不适用');

  // post 2: 电工 — accepting a 配电房 hazard creates the shared place
  await app.getByTestId('wizard-post-post_dg').click();
  await app.getByTestId('wizard-next').click();
  await app.getByTestId('accept-lib.gg.dq.pd.01').locator('button').first().click();
  await expect(app.getByTestId('identified')).toContainText('配电房');

  // post 3: 机修工 — link the shared 配电房, add a custom hazard
  await app.getByTestId('wizard-post-post_jxg').click();
  // the box follows the saved document, so click and wait for the saved state
  await app.getByRole('checkbox', { name: '配电房' }).click();
  await expect(app.getByRole('checkbox', { name: '配电房' })).toBeChecked();
  await app.getByTestId('wizard-next').click();
  await expect(app.getByTestId('identified')).toContainText('配电房门窗');
  await app.getByTestId('custom-add').click();
  await app.getByTestId('hazard-text').fill('空压机皮带轮防护罩缺失，巡检时衣物被卷入');
  // choose, and see the choice taken (an option clicked while the list still moves can miss)
  const types = app.getByTestId('hazard-accident-types');
  await expect(async () => {
    // a multiple select: clicking a chosen option again would unselect it
    if (!(await types.textContent())?.includes('机械致害')) {
      await types.click();
      await app.locator('.ant-select-dropdown:visible .ant-select-item-option[title="机械致害"]').click({ timeout: 2_000 });
    }
    await expect(types).toContainText('机械致害', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await app.keyboard.press('Escape');
  await app.getByTestId('hazard-save').click();
  await expect(app.getByTestId('identified')).toContainText('空压机皮带轮防护罩缺失');
  await app.screenshot({ path: 'test-results/screenshots/wizard-hazards.png' });

  // reload: everything is still there
  await app.reload();
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('wizard-post-title')).toHaveText('机修工');
  await expect(app.getByTestId('identified')).toContainText('空压机皮带轮防护罩缺失');
  await expect(app.getByTestId('identified')).toContainText('配电房');
  await app.getByTestId('wizard-post-post_cyg').click();
  await expect(app.getByTestId('identified')).toContainText('冲床未装光电保护');
  await expect(app.getByTestId('suggestion-lib.jx.cy.06')).toContainText('不适用');

  const doc = await server.api<{ riskPoints: { name: string; postIds: string[] }[]; hazards: unknown[] }>('enterprises.get', { id: copy.id });
  expect(doc.riskPoints.find((r) => r.name === '配电房')?.postIds.sort()).toEqual(['post_dg', 'post_jxg']);
  expect(doc.hazards.length).toBe(4);
  // the custom hazard joined the workspace's own library
  const found = await server.api<{ id: string }[]>('library.search', { query: '空压机皮带轮' });
  expect(found[0]?.id).toMatch(/^custom\./);
});
