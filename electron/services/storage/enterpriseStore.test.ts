import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/contract/errors';
import { counterIdGen } from '../../../core/model/ids';
import { emptyEnterprise, ENTERPRISE_SCHEMA_VERSION } from '../../../core/model/enterpriseFile';
import { Workspace } from '../workspace';
import { nodeFs } from './fsPort';
import { steppingClock, tmpDir } from '../../../tests/helpers/tmp';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
const cleanup: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) c();
});

async function openWs(dir: string, extra: Partial<ConstructorParameters<typeof Workspace>[0]> = {}) {
  const ws = await new Workspace({ dir, fs: nodeFs, clock: steppingClock(), idGen: counterIdGen(), app: 'test', backupIntervalMs: 0, ...extra }).open();
  cleanup.push(() => void ws.close());
  return ws;
}

function newDir() {
  const t = tmpDir();
  cleanup.push(t.remove);
  return t.dir;
}

async function rejectCode(p: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: (e.details ?? {}) as Record<string, unknown> };
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('migrations on open', () => {
  it('migrates the committed v1 fixture through every step, keeping a .pre-v1 copy', async () => {
    const dir = newDir();
    const ws = await openWs(dir);
    const path = ws.layout.enterpriseFile('ent_v1fixture');
    copyFileSync(join(fixtures, 'enterprise-v1.json'), path);
    const original = readFileSync(path, 'utf8');
    const doc = await ws.store.get('ent_v1fixture');
    expect(doc.schemaVersion).toBe(ENTERPRISE_SCHEMA_VERSION);
    expect(doc.profile.name).toBe('温州示例阀门有限公司（v1 旧格式）');
    expect(doc.profile.emergencyPhone).toBe('0577-88000119 转 8');
    expect(doc.profile.safetyManagerPhone).toBe('013800000000');
    expect(doc.workshops).toEqual([]);
    expect(doc.posts).toEqual([]);
    expect(readFileSync(`${path}.pre-v1`, 'utf8')).toBe(original);
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(ENTERPRISE_SCHEMA_VERSION);
  });
});

describe('refusing bad enterprise files', () => {
  const cases: [string, string | Buffer, string, boolean][] = [
    ['truncated', '{"schemaVersion":2,"id":"ent_x","profile":{"na', 'E_FILE_CORRUPT', true],
    ['empty', '', 'E_FILE_EMPTY', true],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10]), 'E_FILE_CORRUPT', true],
    ['wrong shape', JSON.stringify({ schemaVersion: 2, id: 'ent_x', profile: 'nope' }), 'E_SCHEMA_INVALID', false],
    ['newer', JSON.stringify({ schemaVersion: ENTERPRISE_SCHEMA_VERSION + 1, id: 'ent_x' }), 'E_SCHEMA_NEWER', false],
  ];
  for (const [name, content, code, quarantined] of cases) {
    it(`${name}: ${code}${quarantined ? ', moved aside' : ', left in place'}, nothing else changes`, async () => {
      const dir = newDir();
      const ws = await openWs(dir);
      const good = await ws.store.create(emptyEnterprise('ent_good', '好企业', '2026-11-01T00:00:00.000Z'));
      const goodText = readFileSync(ws.layout.enterpriseFile('ent_good'), 'utf8');
      const indexText = readFileSync(ws.layout.workspaceFile, 'utf8');
      // a backup of the bad enterprise exists, so it can be offered
      const backups = join(dir, 'backups', 'ent_x');
      (await import('node:fs')).mkdirSync(backups, { recursive: true });
      writeFileSync(join(backups, '20261128T080000Z.json'), readFileSync(ws.layout.enterpriseFile('ent_good'), 'utf8').replace('ent_good', 'ent_x'));
      const path = ws.layout.enterpriseFile('ent_x');
      writeFileSync(path, content);
      const err = await rejectCode(ws.store.get('ent_x'));
      expect(err.code).toBe(code);
      if (quarantined) {
        expect(existsSync(path)).toBe(false);
        expect(String(err.details.quarantinedTo)).toMatch(/ent_x\.json\.corrupt-\d{8}T\d{6}Z$/);
        expect(readFileSync(String(err.details.quarantinedTo))).toEqual(Buffer.from(content));
      } else {
        expect(readFileSync(path)).toEqual(Buffer.from(content));
      }
      if (code !== 'E_SCHEMA_NEWER') expect(err.details.newestBackup).toBe('20261128T080000Z.json');
      else expect(err.details).toMatchObject({ fileVersion: ENTERPRISE_SCHEMA_VERSION + 1, appVersion: ENTERPRISE_SCHEMA_VERSION });
      expect(readFileSync(ws.layout.enterpriseFile('ent_good'), 'utf8')).toBe(goodText);
      expect(readFileSync(ws.layout.workspaceFile, 'utf8')).toBe(indexText);
      expect(good.id).toBe('ent_good');
      if (code !== 'E_SCHEMA_NEWER') {
        // restoring the newest backup brings the enterprise back
        const restored = await ws.store.restoreBackup('ent_x');
        expect(restored.profile.name).toBe('好企业');
      }
    });
  }
});

describe('edits and backups', () => {
  it('validates before writing: a refused edit changes nothing on disk', async () => {
    const dir = newDir();
    const ws = await openWs(dir);
    await ws.store.create(emptyEnterprise('ent_a', '甲', '2026-11-01T00:00:00.000Z'));
    const before = readFileSync(ws.layout.enterpriseFile('ent_a'), 'utf8');
    const err = await rejectCode(ws.store.update('ent_a', (d) => ({ ...d, teams: [{ id: 't1', name: '一班', workshopId: 'ws_missing', order: 0 }] })));
    expect(err.code).toBe('E_BROKEN_REFERENCE');
    expect(readFileSync(ws.layout.enterpriseFile('ent_a'), 'utf8')).toBe(before);
    expect((await ws.store.get('ent_a')).teams).toEqual([]);
  });
  it('writes a backup per save (interval 0) and restores a chosen one', async () => {
    const dir = newDir();
    const ws = await openWs(dir);
    await ws.store.create(emptyEnterprise('ent_b', '乙', '2026-11-01T00:00:00.000Z'));
    await ws.store.update('ent_b', (d) => ({ ...d, profile: { ...d.profile, address: '一号' } }));
    await ws.store.update('ent_b', (d) => ({ ...d, profile: { ...d.profile, address: '二号' } }));
    const list = await ws.store.listBackups('ent_b');
    expect(list.length).toBe(3);
    const first = list[list.length - 1]!;
    const restored = await ws.store.restoreBackup('ent_b', first.name);
    expect(restored.profile.address).toBe('');
    // the replaced file was kept
    expect(readdirSync(ws.layout.enterprisesDir).some((n) => n.startsWith('ent_b.json.replaced-'))).toBe(true);
  });
});

describe('workspace lock', () => {
  it('a second opener is read-only and refuses writes; a stale lock is taken over', async () => {
    const dir = newDir();
    const a = await openWs(dir);
    expect(a.readOnly).toBe(false);
    const b = await openWs(dir);
    expect(b.readOnlyReason).toBe('locked');
    expect(b.lockHolder?.pid).toBe(process.pid);
    expect((await rejectCode(b.updateIndex((w) => w))).code).toBe('E_WORKSPACE_READONLY');
    await a.close();
    // a lock left by a dead process on this host is stale
    writeFileSync(join(dir, 'workspace.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), app: 'app', startedAt: '2026-01-01T00:00:00Z' }));
    const c = await openWs(dir);
    expect(c.readOnly).toBe(false);
  });
  it('rebuilds a corrupt workspace.json from the enterprise files and says so', async () => {
    const dir = newDir();
    const a = await openWs(dir);
    await a.store.create(emptyEnterprise('ent_c', '丙企业', '2026-11-01T00:00:00.000Z'));
    await a.close();
    writeFileSync(join(dir, 'workspace.json'), '{"schemaVersion":1,"enterpr');
    const b = await openWs(dir);
    expect(b.index.enterprises).toEqual([{ id: 'ent_c', name: '丙企业', archived: false, trashedAt: null }]);
    expect(b.notices[0]?.code).toBe('E_FILE_CORRUPT');
    expect(readdirSync(dir).some((n) => n.startsWith('workspace.json.corrupt-'))).toBe(true);
  });
  it('removes temp files left by a crashed writer on open', async () => {
    const dir = newDir();
    const a = await openWs(dir);
    await a.close();
    writeFileSync(join(dir, 'enterprises', '.ent_z.json.999-1.tmp'), 'half');
    await openWs(dir);
    expect(readdirSync(join(dir, 'enterprises'))).toEqual([]);
  });
});
