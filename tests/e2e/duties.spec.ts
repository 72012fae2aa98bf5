import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';

/** Text of a PDF file via poppler (installed by .ci/run, DESIGN §7). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test('override an owner in the responsibility matrix, see it update; print the daily checklist of one team from the print centre', async ({ app, server }) => {
  await app.goto(`${server.origin}/#/e/ent_sample/duties`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  const matrix = app.getByTestId('duties-matrix');
  await expect(matrix).toBeVisible();

  // 冲床光电保护: a 一般 risk controlled by 冲压一班, owned by its team leader
  const teamCell = app.getByTestId('matrix-cell-hz_cy_01-team');
  await expect(teamCell).toHaveAttribute('data-state', 'control');
  await expect(teamCell).toContainText('钱志强');
  await expect(app.getByTestId('matrix-cell-hz_cy_01-post')).toContainText('秦大勇');
  await expect(app.getByTestId('matrix-cell-hz_cy_01-enterprise')).toHaveText('');

  // name 郑小军 as the team-level owner of this one hazard
  await app.getByTestId('owners-edit-hz_cy_01').click();
  await app.getByTestId('owners-select-team').click();
  await app.keyboard.type('郑小军');
  await app.locator('.ant-select-item-option', { hasText: '郑小军' }).click();
  await app.keyboard.press('Escape');
  await app.getByTestId('owners-save').click();
  await expect(teamCell).toContainText('郑小军');
  await expect(teamCell).not.toContainText('钱志强');
  await expect(teamCell).toContainText('指定');
  await app.screenshot({ path: 'test-results/screenshots/duties-matrix.png' });
  const doc = await server.api<{ duties: { ownerOverrides: unknown[] } }>('enterprises.get', { id: 'ent_sample' });
  expect(doc.duties.ownerOverrides).toEqual([{ hazardId: 'hz_cy_01', level: 'team', personIds: ['person_09'] }]);
  // 郑小军's duties now list it
  await app.getByTestId('duties-tab-person').click();
  await app.getByTestId('person-select').click();
  await app.keyboard.type('郑小军');
  await app.locator('.ant-select-item-option', { hasText: '郑小军' }).click();
  await expect(app.getByTestId('person-level-team')).toContainText('冲床未装光电保护或双手操纵装置');
  await app.screenshot({ path: 'test-results/screenshots/duties-person.png' });

  // bad input is refused with its code and nothing is saved
  await expect(server.api('duties.apply', { enterpriseId: 'ent_sample', op: { op: 'setRoutineFrequency', level: 'team', frequency: { every: 0, period: 'day' } } })).rejects.toThrow(/E_FREQUENCY_INVALID/);
  await expect(server.api('duties.apply', { enterpriseId: 'ent_sample', op: { op: 'setOwners', hazardId: 'hz_cy_01', level: 'team', personIds: ['person_gone'] } })).rejects.toThrow(/E_OWNER_NOT_FOUND/);
  await expect(server.api('duties.apply', { enterpriseId: 'ent_sample', op: { op: 'setControlMap', map: { major: 'enterprise', high: 'workshop', medium: 'team' } } })).rejects.toThrow(/E_CONTROL_MAP_INCOMPLETE/);
  const after = await server.api<{ duties: { ownerOverrides: unknown[]; checklists: { routine: { team: unknown } } } }>('enterprises.get', { id: 'ent_sample' });
  expect(after.duties.checklists.routine.team).toEqual({ every: 1, period: 'day' });
  expect(after.duties.ownerOverrides.length).toBe(1);

  // the print centre: the daily checklist of 喷涂班
  await app.getByTestId('nav').getByText('打印中心').click();
  const item = app.getByTestId('doc-checklist.team');
  await expect(item).toBeVisible();
  await app.getByTestId('unit-checklist.team').click();
  await app.keyboard.type('喷涂班');
  await app.locator('.ant-select-item-option', { hasText: '喷涂班' }).click();
  const dl = app.waitForEvent('download', { timeout: 60_000 });
  await app.getByTestId('download-checklist.team-pdf').click();
  const file = await dl;
  expect(file.suggestedFilename()).toBe('13_班组隐患排查表_喷涂班.pdf');
  const text = pdfText((await file.path())!);
  expect(text).toContain('班组每日隐患排查表');
  expect(text).toContain('排查单位：表面处理车间/喷涂班');
  expect(text).toContain('责任人：韩建军（班组长）');
  expect(text).toContain('排查人（班组长）：');
  await app.screenshot({ path: 'test-results/screenshots/duties-print-centre.png' });
});

test('the checklist settings: change a frequency, the sheet titles follow', async ({ app, server }) => {
  await app.goto(`${server.origin}/#/e/ent_sample/duties/checklists`);
  await expect(app.locator('body[data-ready="1"]')).toBeAttached();
  await expect(app.getByTestId('checklist-sheets')).toContainText('班组每日隐患排查表');
  await app.getByTestId('freq-team-every').fill('2');
  await app.getByTestId('freq-team-save').click();
  await expect(app.getByTestId('checklist-sheets')).toContainText('班组每2日隐患排查表');
  await app.screenshot({ path: 'test-results/screenshots/duties-checklists.png', fullPage: true });
  const doc = await server.api<{ duties: { checklists: { routine: { team: unknown } } } }>('enterprises.get', { id: 'ent_sample' });
  expect(doc.duties.checklists.routine.team).toEqual({ every: 2, period: 'day' });
  await app.getByTestId('duties-tab-completeness').click();
  await expect(app.getByTestId('completeness-ok')).toBeVisible();
});
