import { copyFileSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_SCHEMA_VERSION } from '../../core/model/enterpriseFile';
import { counterIdGen } from '../../core/model/ids';
import { completenessWarnings } from '../../core/model/warnings';
import { buildSample } from '../../core/sample/buildSample';
import { samplePath } from '../../electron/services/sample';
import { nodeFs } from '../../electron/services/storage/fsPort';
import { Workspace } from '../../electron/services/workspace';
import { startRuntime } from '../../electron/services/runtime';
import { steppingClock, tmpDir } from '../helpers/tmp';

describe('the shipped sample enterprise', () => {
  it('is stored at the current schema version and equals the authored source', () => {
    const shipped = JSON.parse(readFileSync(samplePath(), 'utf8'));
    expect(shipped.schemaVersion).toBe(ENTERPRISE_SCHEMA_VERSION);
    expect(shipped).toEqual(buildSample());
  });
  it('opens through the real workspace open path', async () => {
    const t = tmpDir();
    try {
      const ws = await new Workspace({ dir: t.dir, fs: nodeFs, clock: steppingClock(), idGen: counterIdGen(), app: 'test' }).open();
      copyFileSync(samplePath(), ws.layout.enterpriseFile('ent_sample'));
      const doc = await ws.store.get('ent_sample');
      expect(doc.profile.name).toBe('浙江安岗五金制品有限公司（示例）');
      expect(doc.workshops.map((w) => w.name)).toEqual(['冲压车间', '机加工车间', '表面处理车间', '仓储物流部']);
      expect(doc.teams.length).toBe(8);
      expect(doc.posts.length).toBe(16);
      expect(doc.people.length).toBe(41);
      expect(doc.teams.filter((x) => x.workshopId === null).map((x) => x.name)).toEqual(['设备维修班']);
      expect(doc.posts.filter((p) => p.parent.kind === 'enterprise').map((p) => p.name)).toEqual(['专职安全管理员']);
      expect(completenessWarnings(doc)).toEqual([]);
      await ws.close();
    } finally {
      t.remove();
    }
  });
  it('is created in a new workspace on first run, and re-creatable as a copy', async () => {
    const t = tmpDir();
    try {
      const rt = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', idGen: counterIdGen() });
      const list = (await rt.invoke('enterprises.list', {})) as { ok: true; data: { id: string; name: string }[] };
      expect(list.data.map((e) => e.id)).toEqual(['ent_sample']);
      const settings = (await rt.invoke('settings.get', {})) as { ok: true; data: { lastEnterpriseId: string } };
      expect(settings.data.lastEnterpriseId).toBe('ent_sample');
      const again = (await rt.invoke('enterprises.createSample', {})) as { ok: true; data: { id: string } };
      expect(again.data.id).toBe('ent_1');
      await rt.close();
      // the next start does not add another one
      const rt2 = await startRuntime({ dir: t.dir, app: 'test', mode: 'test', idGen: counterIdGen() });
      expect(((await rt2.invoke('enterprises.list', {})) as { ok: true; data: unknown[] }).data.length).toBe(2);
      await rt2.close();
    } finally {
      t.remove();
    }
  });
});
