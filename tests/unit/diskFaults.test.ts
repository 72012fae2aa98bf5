/**
 * Disk faults through the fs port (DESIGN §3): EACCES, EROFS, ENOSPC and a write that fails
 * midway. Each save returns a clear error code naming the file; the saved file and the data the
 * app serves stay exactly as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { counterIdGen } from '../../core/model/ids';
import { startRuntime, type Runtime } from '../../electron/services/runtime';
import { faultyFs, type FaultRule } from '../helpers/faultyFs';
import { tmpDir } from '../helpers/tmp';

const toClose: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of toClose.splice(0).reverse()) await c();
});

async function setup(rules: FaultRule[]) {
  const t = tmpDir();
  toClose.push(t.remove);
  const fs = faultyFs([]);
  const rt: Runtime = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', fs, idGen: counterIdGen(), sampleOnFirstRun: false, backupIntervalMs: 0 });
  toClose.push(() => rt.close());
  const created = await rt.invoke('enterprises.create', { name: '故障测试' });
  const id = (created as { ok: true; data: { id: string } }).data.id;
  await rt.invoke('profile.update', { enterpriseId: id, patch: { address: '原地址' } });
  const path = rt.services.workspace().layout.enterpriseFile(id);
  const before = readFileSync(path, 'utf8');
  fs.rules.push(...rules);
  return { rt, id, path, before, dir: t.dir };
}

const cases: [string, FaultRule, string][] = [
  ['EACCES on write', { op: 'writeFile', errno: 'EACCES', path: /enterprises/ }, 'E_PERMISSION'],
  ['EROFS on write', { op: 'writeFile', errno: 'EROFS', path: /enterprises/ }, 'E_READONLY_FS'],
  ['ENOSPC on write', { op: 'writeFile', errno: 'ENOSPC', path: /enterprises/ }, 'E_DISK_FULL'],
  ['write failing midway', { op: 'writeFile', errno: 'EIO', path: /enterprises/, midWrite: true }, 'E_IO'],
  ['rename refused (not a retry code)', { op: 'rename', errno: 'EXDEV', path: /enterprises/ }, 'E_IO'],
];

describe('disk faults keep the old data', () => {
  for (const [name, rule, code] of cases) {
    it(`${name} → ${code}`, async () => {
      const { rt, id, path, before, dir } = await setup([rule]);
      const r = await rt.invoke('profile.update', { enterpriseId: id, patch: { address: '新地址' } });
      expect(r).toMatchObject({ ok: false, error: { code, details: { path } } });
      expect(readFileSync(path, 'utf8')).toBe(before);
      const now = await rt.invoke('enterprises.get', { id });
      expect((now as { ok: true; data: { profile: { address: string } } }).data.profile.address).toBe('原地址');
      // no temp file is left behind
      expect(readdirSync(`${dir}/enterprises`).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }
  it('retries a rename that Windows refuses while a scanner holds the file (EPERM twice)', async () => {
    const { rt, id, path } = await setup([{ op: 'rename', errno: 'EPERM', path: /enterprises/, times: 2 }]);
    const r = await rt.invoke('profile.update', { enterpriseId: id, patch: { address: '新地址' } });
    expect(r.ok).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).profile.address).toBe('新地址');
  });
  it('a failing backup does not fail the save', async () => {
    const { rt, id, path, dir } = await setup([{ op: 'writeFile', errno: 'ENOSPC', path: /backups/ }]);
    const backupsBefore = readdirSync(`${dir}/backups/${id}`).length;
    const r = await rt.invoke('profile.update', { enterpriseId: id, patch: { address: '新地址' } });
    expect(r.ok).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).profile.address).toBe('新地址');
    // the backup was attempted and failed: no new backup, no temp file
    expect(readdirSync(`${dir}/backups/${id}`).length).toBe(backupsBefore);
    expect(readdirSync(`${dir}/backups/${id}`).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
