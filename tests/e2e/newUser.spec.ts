import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p).map((x) => `${n}/${x}`) : [n];
  });
}

/** The words a user would see when opening the file: PDF text (poppler), DOCX/XLSX XML text. */
function opened(path: string): string {
  if (path.endsWith('.pdf')) return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const zip = unzipSync(readFileSync(path));
  const parts = path.endsWith('.docx') ? ['word/document.xml'] : Object.keys(zip).filter((k) => k === 'xl/sharedStrings.xml' || k.startsWith('xl/worksheets/sheet'));
  return parts.map((k) => strFromU8(zip[k]!).replace(/<[^>]+>/g, '')).join('');
}

/**
 * A new user's path on the sample enterprise (whole-job issue): identify one more hazard of 冲压工
 * in the wizard, evaluate it, see its owner in the responsibility matrix, then 生成全套资料 in the
 * print centre — every file of the pack exists and opens with the words it should hold.
 */
test('new user: wizard → evaluation → duties → the whole document pack, every file opens', async ({ app, server }) => {
  test.setTimeout(240_000);
  // wizard: 冲压工, accept the suggestion about cracked dies and loose bolts
  await app.goto(`${server.origin}/#/e/ent_sample/wizard/post_cyg`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await app.getByTestId('wizard-steps').getByText('辨识危险因素').click();
  await app.getByTestId('accept-lib.jx.cy.07').locator('button').first().click();
  await expect.poll(async () => (await server.api<{ hazards: { source: { libraryId?: string } }[] }>('enterprises.get', { id: 'ent_sample' })).hazards.filter((h) => h.source.libraryId === 'lib.jx.cy.07').length).toBe(1);
  const added = (await server.api<{ hazards: { id: string; text: string; source: { libraryId?: string } }[] }>('enterprises.get', { id: 'ent_sample' })).hazards.find((h) => h.source.libraryId === 'lib.jx.cy.07')!;
  await expect(app.getByTestId('identified')).toContainText(added.text.slice(0, 8));

  // evaluation: confirm the library's suggested LEC as inherent, then a lower residual L
  await app.getByTestId('wizard-steps').getByText('风险评价').click();
  const card = app.getByTestId(`evaluate-${added.id}`);
  await expect(card).toBeVisible();
  await card.getByTestId('eval-inherent-confirm').click();
  await card.getByTestId('eval-residual-L').click();
  await app.locator('.ant-select-item-option[title="很不可能，可以设想"]').click();
  await card.getByTestId('eval-residual-confirm').click();
  await expect.poll(async () => {
    const doc = await server.api<{ assessments: { hazardId: string; kind: string; status: string }[] }>('enterprises.get', { id: 'ent_sample' });
    return doc.assessments.filter((a) => a.hazardId === added.id && a.status === 'confirmed').map((a) => a.kind).sort();
  }).toEqual(['inherent', 'residual']);

  // duties: the new hazard has its row in the responsibility matrix, with an owner at its control level
  await app.getByTestId('nav').getByText('分级管控责任').click();
  await expect(app.getByTestId('duties-matrix')).toBeVisible();
  await app.getByTestId('matrix-search').locator('input').fill(added.text.slice(0, 8));
  const row = app.locator(`[data-testid^="matrix-cell-${added.id}-"][data-state="control"]`);
  await expect(row).toHaveCount(1);
  await expect(row).not.toHaveText('');

  // print centre: 生成全套资料
  await app.getByTestId('nav').getByText('打印中心').click();
  await app.getByTestId('make-pack').click();
  const result = app.getByTestId('exported');
  await expect(result).toBeVisible({ timeout: 200_000 });
  await expect(result).toContainText('全套资料已生成');
  await expect(app.getByTestId('pack-skipped')).toHaveCount(0);
  await app.screenshot({ path: 'test-results/screenshots/pack-done.png' });
  const listed = (await app.getByTestId('exported-files').locator('li').allTextContents()).sort();

  const exports = join(server.workspace, 'exports');
  const [folder] = readdirSync(exports);
  const dir = join(exports, folder!);
  expect(folder).toMatch(/^.+_全套资料_\d{8}$/);
  const files = walk(dir).sort();
  expect(files).toEqual(listed);
  expect(files.length).toBeGreaterThan(100);
  for (const f of files) {
    const text = opened(join(dir, f));
    expect(text.length, `${relative(exports, join(dir, f))} has no text`).toBeGreaterThan(20);
  }
  // the new hazard is in the register and on 冲压工's card; the 目录 lists the cards
  const register = files.find((f) => /安全风险分级管控清单\.xlsx$/.test(f))!;
  expect(opened(join(dir, register))).toContain(added.text.replace(/\s+/g, '').slice(0, 10));
  const card冲压 = files.find((f) => /岗位安全风险告知卡_.*冲压工.*\.pdf$/.test(f))!;
  expect(card冲压).toBeTruthy();
  expect(opened(join(dir, files.find((f) => /资料目录\.pdf$/.test(f))!))).toContain('岗位安全风险告知卡');
});
