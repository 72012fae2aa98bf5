/**
 * Corruption through the contract: truncated, empty, binary, wrong-shape and newer enterprise
 * files are reported, quarantined or refused, the newest backup is offered, and nothing else in
 * the workspace changes (every other file keeps its bytes).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { counterIdGen } from '../../core/model/ids';
import { ENTERPRISE_SCHEMA_VERSION } from '../../core/model/enterpriseFile';
import { startRuntime, type Runtime } from '../../electron/services/runtime';
import { tmpDir } from '../helpers/tmp';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function snapshot(dir: string, skip: (rel: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (!skip(relative(dir, p))) out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const CASES: [string, Buffer | string, string][] = [
  ['truncated', '{"schemaVersion":4,"id":"ent_1","profile":{"name":"半截', 'E_FILE_CORRUPT'],
  ['empty', '', 'E_FILE_EMPTY'],
  ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), 'E_FILE_CORRUPT'],
  ['wrong shape', JSON.stringify({ schemaVersion: ENTERPRISE_SCHEMA_VERSION, id: 'ent_1', profile: { name: 1 }, posts: 'x' }), 'E_SCHEMA_INVALID'],
  ['newer schema', JSON.stringify({ schemaVersion: ENTERPRISE_SCHEMA_VERSION + 3, id: 'ent_1' }), 'E_SCHEMA_NEWER'],
];

describe('corrupt enterprise files in a workspace', () => {
  for (const [name, bytes, code] of CASES) {
    it(`${name}: ${code}, newest backup offered, nothing else touched`, async () => {
      const t = tmpDir();
      cleanup.push(t.remove);
      let rt: Runtime = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', idGen: counterIdGen(), backupIntervalMs: 0 });
      const e = (await rt.invoke('enterprises.create', { name: '受损企业' })) as { ok: true; data: { id: string } };
      await rt.invoke('profile.update', { enterpriseId: e.data.id, patch: { address: '第二次保存' } });
      await rt.close();
      const path = join(t.dir, 'enterprises', `${e.data.id}.json`);
      writeFileSync(path, bytes);
      const before = snapshot(t.dir, (rel) => rel.startsWith('enterprises') || rel === 'workspace.lock');
      // default backup interval: opening the other enterprises must not add backups
      rt = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', idGen: counterIdGen() });
      cleanup.push(() => rt.close());
      const r = (await rt.invoke('enterprises.get', { id: e.data.id })) as { ok: false; error: { code: string; details: Record<string, unknown> } };
      expect(r.ok, JSON.stringify(r)).toBe(false);
      expect(r.error.code, JSON.stringify(r.error)).toBe(code);
      if (code !== 'E_SCHEMA_NEWER') expect(String(r.error.details.newestBackup)).toMatch(/^\d{8}T\d{6}Z(-\d+)?\.json$/);
      // the list shows the problem instead of failing
      const list = (await rt.invoke('enterprises.list', {})) as { ok: true; data: { id: string; error: { code: string } | null }[] };
      // once moved aside, an emptied file is reported as damaged (E_FILE_CORRUPT) like a broken one
      expect(list.data.find((x) => x.id === e.data.id)?.error?.code).toBe(code === 'E_FILE_EMPTY' ? 'E_FILE_CORRUPT' : code);
      const after = snapshot(t.dir, (rel) => rel.startsWith('enterprises') || rel === 'workspace.lock');
      expect(after).toEqual(before);
      if (code === 'E_SCHEMA_NEWER') {
        expect(readFileSync(path)).toEqual(Buffer.from(bytes));
      } else {
        const restored = (await rt.invoke('enterprises.restoreBackup', { id: e.data.id })) as { ok: true; data: { profile: { address: string } } };
        expect(restored.data.profile.address).toBe('第二次保存');
      }
    });
  }
});
