/**
 * The consultant's workspace through the contract: create, profile validation, duplicate,
 * archive, trash/restore/empty, export and import (.safepost) with id clashes.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgOf, CommandName, ResultOf } from '../../core/contract/api';
import { counterIdGen } from '../../core/model/ids';
import { startRuntime, type Runtime } from '../../electron/services/runtime';
import { tmpDir } from '../helpers/tmp';

let rt: Runtime;
let tmp: ReturnType<typeof tmpDir>;
beforeEach(async () => {
  tmp = tmpDir();
  rt = await startRuntime({ dir: tmp.dir, app: 'test', mode: 'test', idGen: counterIdGen() });
});
afterEach(async () => {
  await rt.close();
  tmp.remove();
});

async function ok<K extends CommandName>(name: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await rt.invoke(name, arg);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.data as ResultOf<K>;
}

describe('enterprise profile', () => {
  it('refuses a wrong USCC check character naming the field, and saves nothing', async () => {
    const e = await ok('enterprises.create', { name: '新企业', industry: 'light' });
    const r = await rt.invoke('profile.update', { enterpriseId: e.id, patch: { uscc: '91350100M000100Y44', address: '地址' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT', details: { issues: [{ path: 'patch.uscc', code: 'E_USCC_CHECKSUM', params: { expected: '3' } }] } } });
    expect((await ok('enterprises.get', { id: e.id })).profile.address).toBe('');
  });
  it('keeps phones as text and confirms a complete profile only', async () => {
    const e = await ok('enterprises.create', { name: '新企业' });
    const patch = { uscc: '91350100m000100y43', industry: 'machinery', scale: 'micro', address: '绍兴', principal: '甲', principalPhone: '0575-8000 0001 转 12', safetyManager: '乙', emergencyPhone: '0575-80000110', code: 'XQ', employeeCount: 12 } as const;
    const saved = await ok('profile.update', { enterpriseId: e.id, patch });
    expect(saved.profile.uscc).toBe('91350100M000100Y43');
    expect(saved.profile.principalPhone).toBe('0575-8000 0001 转 12');
    const gap = await rt.invoke('profile.update', { enterpriseId: e.id, patch: { draft: false, address: '' } });
    expect(gap).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT', details: { issues: [{ path: 'patch.address', code: 'required' }] } } });
    expect((await ok('profile.update', { enterpriseId: e.id, patch: { draft: false } })).profile.draft).toBe(false);
    expect((await ok('enterprises.list', {})).find((x) => x.id === e.id)?.completeness?.profileGaps).toEqual([]);
  });
});

describe('settings', () => {
  it('an update changes only the fields it names', async () => {
    await ok('settings.update', { userName: '陈晓燕' });
    const s = await ok('settings.update', { language: 'en' });
    expect(s).toMatchObject({ language: 'en', userName: '陈晓燕', lastEnterpriseId: 'ent_sample' });
    expect(await rt.invoke('settings.update', { language: 'fr' } as never)).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGUMENT', details: { issues: [{ path: 'language' }] } } });
  });
});

describe('consultant workspace', () => {
  it('duplicates as a template, with or without people', async () => {
    const withPeople = await ok('enterprises.duplicate', { id: 'ent_sample', name: '客户乙', keepPeople: true });
    const without = await ok('enterprises.duplicate', { id: 'ent_sample', name: '客户丙', keepPeople: false });
    const a = await ok('enterprises.get', { id: withPeople.id });
    const b = await ok('enterprises.get', { id: without.id });
    expect(a.posts.length).toBe(16);
    expect(a.people.length).toBe(41);
    expect(b.posts.length).toBe(16);
    expect(b.people).toEqual([]);
    expect(b.profile).toMatchObject({ name: '客户丙', uscc: '', draft: true });
  });
  it('archives, trashes, restores and empties the trash', async () => {
    const e = await ok('enterprises.create', { name: '临时企业' });
    expect((await ok('enterprises.archive', { id: e.id, archived: true })).archived).toBe(true);
    const path = rt.services.workspace().layout.enterpriseFile(e.id);
    await ok('enterprises.trash', { id: e.id });
    expect(existsSync(path)).toBe(false);
    expect((await ok('enterprises.list', {})).map((x) => x.id)).toEqual(['ent_sample']);
    expect((await ok('enterprises.list', { includeTrashed: true })).find((x) => x.id === e.id)?.trashedAt).toBeTruthy();
    await ok('enterprises.restore', { id: e.id });
    expect((await ok('enterprises.get', { id: e.id })).profile.name).toBe('临时企业');
    await ok('enterprises.trash', { id: e.id });
    expect(await ok('enterprises.emptyTrash', {})).toEqual({ deleted: 1 });
    expect((await ok('enterprises.list', { includeTrashed: true })).map((x) => x.id)).toEqual(['ent_sample']);
  });
  it('exports and re-imports a .safepost: a clash makes a copy unless replace is chosen', async () => {
    const file = await ok('enterprises.export', { id: 'ent_sample' });
    expect(file.fileName).toBe('浙江安岗五金制品有限公司（示例）.safepost');
    const preview = await ok('enterprises.inspectImport', { file });
    expect(preview).toMatchObject({ id: 'ent_sample', clash: { id: 'ent_sample' }, counts: { workshops: 4, teams: 8, posts: 16, people: 41 } });
    const copy = await ok('enterprises.import', { file, onClash: 'copy' });
    expect(copy.id).not.toBe('ent_sample');
    expect((await ok('enterprises.get', { id: copy.id })).posts.length).toBe(16);
    await ok('org.apply', { enterpriseId: 'ent_sample', op: { op: 'addWorkshop', name: '新车间' } });
    await ok('enterprises.import', { file, onClash: 'replace' });
    expect((await ok('enterprises.get', { id: 'ent_sample' })).workshops.length).toBe(4);
  });
  it('refuses a bad .safepost with nothing changed', async () => {
    const before = await ok('enterprises.list', { includeTrashed: true });
    const r = await rt.invoke('enterprises.import', { file: { fileName: 'x.safepost', mime: 'application/zip', base64: Buffer.from('not a zip').toString('base64') }, onClash: 'copy' });
    expect(r).toMatchObject({ ok: false, error: { code: 'E_ZIP_INVALID' } });
    expect(await ok('enterprises.list', { includeTrashed: true })).toEqual(before);
  });
  it('runs a backup job with progress and a result', async () => {
    const { jobId } = await ok('jobs.start', { kind: 'workspace.backupAll', arg: {} });
    await rt.jobs.idle();
    const s = await ok('jobs.status', { jobId });
    expect(s.state).toBe('done');
    expect(s.progress).toEqual({ done: 1, total: 1 });
    expect((s.result as { backups: string[] }).backups.length).toBe(1);
    expect(await rt.invoke('jobs.status', { jobId: 'job_none' })).toMatchObject({ ok: false, error: { code: 'E_JOB_NOT_FOUND' } });
  });
});
