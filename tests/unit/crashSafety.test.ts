/**
 * Crash safety (DESIGN §3): a child process saves in a loop and is killed with SIGKILL at random
 * moments. After every kill the enterprise file parses, validates and equals a saved state
 * (state n = address "state-n" with n posts), never older than the last save the child reported,
 * and every backup parses too. SAFEPOST_KILLS sets the number of kills (20 in npm test, 200 in
 * npm run test:reliability).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEnterpriseText } from '../../core/model/load';
import { counterIdGen } from '../../core/model/ids';
import { startRuntime } from '../../electron/services/runtime';
import { tmpDir } from '../helpers/tmp';

const KILLS = Number(process.env.SAFEPOST_KILLS ?? 20);
const root = join(import.meta.dirname, '..', '..');

function runAndKill(dir: string, id: string, afterSaves: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/save-loop.ts', dir, id], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let seen = 0;
    let killed = false;
    let errText = '';
    child.stderr.on('data', (d: Buffer) => (errText += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) {
        const m = /^saved (\d+)$/.exec(line);
        if (m) {
          last = Number(m[1]);
          seen += 1;
          if (seen >= afterSaves && !killed) {
            killed = true;
            setTimeout(() => child.kill('SIGKILL'), extraMs);
          }
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`save loop exited by itself (${code}): ${errText}`));
    });
  });
}

describe(`crash safety: ${KILLS} SIGKILLs during saves and backups`, () => {
  const tmp = tmpDir();
  afterAll(() => tmp.remove());

  it('leaves the old or the new file, never a broken one', async () => {
    const rt = await startRuntime({ dir: tmp.dir, app: 'test', mode: 'test', idGen: counterIdGen(), sampleOnFirstRun: false });
    const created = await rt.invoke('enterprises.create', { name: '崩溃测试企业' });
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    await rt.close();

    // deterministic pseudo-random kill points
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    let previous = 0;
    for (let k = 0; k < KILLS; k++) {
      const lastSaved = await runAndKill(tmp.dir, id, 1 + Math.floor(rand() * 4), Math.floor(rand() * 25));
      const text = readFileSync(join(tmp.dir, 'enterprises', `${id}.json`), 'utf8');
      const { file } = loadEnterpriseText(text);
      const n = file.posts.length;
      expect(file.profile.address).toBe(n === 0 ? '' : `state-${n}`);
      expect(n).toBeGreaterThanOrEqual(lastSaved);
      expect(n).toBeGreaterThanOrEqual(previous);
      previous = n;
      for (const b of readdirSync(join(tmp.dir, 'backups', id)).filter((x) => x.endsWith('.json'))) {
        const backup = loadEnterpriseText(readFileSync(join(tmp.dir, 'backups', id, b), 'utf8')).file;
        expect(backup.profile.address).toBe(backup.posts.length === 0 ? '' : `state-${backup.posts.length}`);
      }
    }
    expect(previous).toBeGreaterThan(KILLS);
  }, Math.max(120_000, KILLS * 6000));
});
