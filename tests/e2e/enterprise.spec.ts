import { expect, test } from './fixtures';

test('create an enterprise, build workshop → team → post → person, reload, duplicate, export and re-import', async ({ app, server }) => {
  // create
  await app.getByTestId('enterprise-create').click();
  await app.getByTestId('enterprise-name').fill('宁波示例塑料制品有限公司');
  await app.getByTestId('enterprise-create-ok').click();
  await expect(app.getByTestId('current-enterprise')).toContainText('宁波示例塑料制品有限公司');
  await expect(app.getByTestId('profile-gaps')).toContainText('尚缺');

  // a wrong USCC check character is refused with a message that names the field
  await app.getByTestId('profile-uscc').fill('91350100M000100Y44');
  await app.getByTestId('profile-save').click();
  await expect(app.getByText('校验位不对').first()).toBeVisible();
  await app.getByTestId('profile-uscc').fill('91350100M000100Y43');
  await app.getByTestId('profile-save').click();
  await expect(app.getByText('已保存')).toBeVisible();

  // org tree
  await app.getByTestId('nav').getByText('组织与岗位').click();
  await app.getByTestId('org-new-name').fill('注塑车间');
  await app.getByTestId('org-add-workshop').click();
  await app.getByTestId('org-tree').getByText('注塑车间').click();
  await app.getByTestId('org-new-name').fill('注塑一班');
  await app.getByTestId('org-add-team').click();
  await app.getByTestId('org-tree').getByText('注塑一班').click();
  await app.getByTestId('org-new-name').fill('注塑工');
  await app.getByTestId('org-add-post').click();
  await app.getByTestId('org-tree').getByText('注塑工').click();
  await app.getByTestId('post-code').fill('ZS01');
  await app.getByTestId('post-equipment').fill('注塑机、破碎机');
  await app.getByTestId('post-save').click();
  await expect(app.getByTestId('org-tree')).toContainText('注塑工（ZS01）');

  // people
  await app.getByTestId('nav').getByText('人员').click();
  await app.getByTestId('person-add').click();
  await app.getByTestId('person-name').fill('李小龙');
  await app.getByTestId('person-posts').click();
  await app.locator('.ant-select-item-option[title="注塑工"]').click();
  await app.keyboard.press('Escape');
  await app.getByTestId('person-ok').click();
  await expect(app.getByTestId('people-table')).toContainText('李小龙');

  // reload: everything is still there
  await app.reload();
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('people-table')).toContainText('李小龙');
  await expect(app.getByTestId('people-table')).toContainText('注塑工');
  await app.getByTestId('nav').getByText('组织与岗位').click();
  await expect(app.getByTestId('org-tree')).toContainText('注塑车间');
  await expect(app.getByTestId('org-tree')).toContainText('注塑一班');

  // duplicate as a template (people dropped)
  await app.getByTestId('nav').getByText('企业列表').click();
  const list = await server.api<{ id: string; name: string }[]>('enterprises.list');
  const mine = list.find((e) => e.name === '宁波示例塑料制品有限公司')!;
  await app.getByTestId(`duplicate-${mine.id}`).click();
  await app.getByTestId('duplicate-name').fill('宁波另一家塑料厂');
  await app.getByTestId('duplicate-ok').click();
  await expect(app.getByTestId('enterprise-table')).toContainText('宁波另一家塑料厂');
  const copy = (await server.api<{ id: string; name: string }[]>('enterprises.list')).find((e) => e.name === '宁波另一家塑料厂')!;
  const copied = await server.api<{ posts: { name: string }[]; people: unknown[] }>('enterprises.get', { id: copy.id });
  expect(copied.posts.map((p) => p.name)).toEqual(['注塑工']);
  expect(copied.people).toEqual([]);

  // export a .safepost and import it again (a clash → imported as a copy)
  const downloadPromise = app.waitForEvent('download');
  await app.getByTestId(`export-${mine.id}`).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('宁波示例塑料制品有限公司.safepost');
  const file = test.info().outputPath('export.safepost');
  await download.saveAs(file);
  await app.locator('input[type=file]').setInputFiles(file);
  await expect(app.getByText('工作区中已有同一企业')).toBeVisible();
  await app.getByTestId('import-ok').click();
  await expect(app.getByText('已导入：宁波示例塑料制品有限公司')).toBeVisible();
  const after = await server.api<{ name: string }[]>('enterprises.list');
  expect(after.filter((e) => e.name === '宁波示例塑料制品有限公司').length).toBe(2);
  await app.screenshot({ path: 'test-results/screenshots/enterprises.png', fullPage: true });
});
