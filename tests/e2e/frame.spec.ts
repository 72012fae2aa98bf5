import { expect, test } from './fixtures';

test('opens the app frame, saves and reloads a setting, screenshot without tofu', async ({ app, server }) => {
  // the token moved from the URL into sessionStorage
  expect(app.url()).not.toContain('token=');
  await expect(app.getByTestId('nav')).toContainText('企业列表');
  await expect(app.getByTestId('nav')).toContainText('设置');
  await app.getByTestId('nav').getByText('设置').click();
  await app.getByTestId('settings-userName').fill('陈晓燕');
  await app.getByTestId('settings-save').click();
  await expect(app.getByText('已保存')).toBeVisible();
  await app.reload();
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('settings-userName')).toHaveValue('陈晓燕');
  expect(await server.api<{ userName: string }>('settings.get')).toMatchObject({ userName: '陈晓燕' });
  // Chinese glyphs render (no tofu): 企业 drawn with the page's font differs from two
  // private-use characters, which every font draws as the same empty box.
  const distinct = await app.evaluate(async () => {
    await document.fonts.load('32px "App Sans SC"', '企业');
    const c = document.createElement('canvas');
    c.width = 160;
    c.height = 48;
    const ctx = c.getContext('2d')!;
    ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const img = (s: string) => {
      ctx.clearRect(0, 0, c.width, c.height);
      ctx.fillText(s, 0, 36);
      return c.toDataURL();
    };
    return { cjk: img('企业'), tofu: img('\uE000\uE001'), empty: img('') };
  });
  expect(distinct.cjk).not.toBe(distinct.tofu);
  expect(distinct.cjk).not.toBe(distinct.empty);
  await app.screenshot({ path: 'test-results/screenshots/frame-settings.png', fullPage: true });
});

test('the workspace created on first run holds the sample enterprise', async ({ app }) => {
  await app.getByTestId('nav').getByText('企业列表').click();
  await expect(app.getByTestId('enterprise-table')).toContainText('浙江安岗五金制品有限公司（示例）');
});
