/**
 * Two processes on one workspace (the app and the CLI): while the app holds the lock the CLI is
 * refused with E_WORKSPACE_READONLY and changes nothing; once the app is gone the CLI writes; no
 * record saved by either is lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnterpriseText } from '../../core/model/load';
import { counterIdGen } from '../../core/model/ids';
import { startRuntime } from '../../electron/services/runtime';
import { tmpDir } from '../helpers/tmp';

const root = join(import.meta.dirname, '..', '..');

describe('app and CLI on one workspace', () => {
  it('the lock holds and no record is lost', async () => {
    const t = tmpDir();
    try {
      const rt = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', idGen: counterIdGen(), sampleOnFirstRun: false });
      const id = ((await rt.invoke('enterprises.create', { name: '双进程企业' })) as { ok: true; data: { id: string } }).data.id;
      await rt.close();
      // the "app": saves in a loop and holds the lock
      const app = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/save-loop.ts', t.dir, id], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      let last = 0;
      await new Promise<void>((resolve) => {
        app.stdout.on('data', (d: Buffer) => {
          for (const m of d.toString().matchAll(/saved (\d+)/g)) last = Number(m[1]);
          if (last >= 5) resolve();
        });
      });
      const refused = spawnSync(process.execPath, ['bin/safepost.mjs', 'sample', '--workspace', t.dir], { cwd: root, encoding: 'utf8' });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/^E_WORKSPACE_READONLY/m);
      const index = JSON.parse(readFileSync(join(t.dir, 'workspace.json'), 'utf8')) as { enterprises: { id: string }[] };
      expect(index.enterprises.map((e) => e.id)).toEqual([id]);
      // the app dies without releasing the lock: the CLI must take the stale lock over
      app.kill('SIGKILL');
      await new Promise((r) => app.once('exit', r));
      const saved = loadEnterpriseText(readFileSync(join(t.dir, 'enterprises', `${id}.json`), 'utf8')).file;
      expect(saved.posts.length).toBeGreaterThanOrEqual(last);
      const ok = spawnSync(process.execPath, ['bin/safepost.mjs', 'sample', '--workspace', t.dir, '--json'], { cwd: root, encoding: 'utf8' });
      expect(ok.status).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, id: 'ent_sample' });
      const after = JSON.parse(readFileSync(join(t.dir, 'workspace.json'), 'utf8')) as { enterprises: { id: string }[] };
      expect(after.enterprises.map((e) => e.id).sort()).toEqual([id, 'ent_sample'].sort());
      const still = loadEnterpriseText(readFileSync(join(t.dir, 'enterprises', `${id}.json`), 'utf8')).file;
      expect(still.posts.length).toBe(saved.posts.length);
    } finally {
      t.remove();
    }
  }, 120_000);
});
