/**
 * Register import through the contract (import.inspect / preview / apply) on a real workspace:
 * nothing is written before apply, apply writes a valid enterprise with source references and
 * remembers the mapping, malformed files give a code and change nothing.
 */
import iconv from 'iconv-lite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgOf, CommandName, ResultOf } from '../../../core/contract/api';
import { counterIdGen } from '../../../core/model/ids';
import { startRuntime, type Runtime } from '../runtime';
import { tmpDir } from '../../../tests/helpers/tmp';

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

/** Every file of the workspace with its content (to prove that nothing changed). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

const CSV = [
  '岗位,危险因素,可能导致的事故类型,L,E,C,D,风险等级,责任人',
  '冲压工,冲床无光电保护,机械伤害,3,6,7,126,一般风险,生产科长、冲压班组长、冲压工',
  '冲压工,模具未紧固,其它伤害,3,6,7,120,一般风险,生产科长、冲压班组长、冲压工',
  '仓管员,货架倒塌,综合伤害,1,6,7,42,低风险,仓库主任、仓管员',
].join('\r\n');
const file = (text = CSV, name = '客户清单.csv') => ({ fileName: name, mime: 'text/csv', base64: Buffer.from(iconv.encode(text, 'gb18030')).toString('base64') });

describe('import through the contract', () => {
  it('inspect and preview write nothing; apply writes a valid enterprise and remembers the mapping', async () => {
    const e = await ok('enterprises.create', { name: '客户甲', industry: 'machinery' });
    const before = snapshot(tmp.dir);
    const ins = await ok('import.inspect', { file: file() });
    expect(ins).toMatchObject({ format: 'csv', encoding: 'gb18030', detectedEncoding: 'gb18030', sheet: '客户清单', mappingSource: 'suggested' });
    const mapping = { columns: ins.mapping.columns.map((f) => (f === 'responsibility' ? null : f)) };
    const p = await ok('import.preview', { file: file(), mapping, enterpriseId: e.id });
    expect(p.report.rowsRead).toBe(3);
    expect(p.report.findings.responsibilityChain.count).toBe(0);
    expect(p.report.findings.notAnAccidentType.items.map((i) => i.text)).toEqual(['综合伤害']);
    expect(snapshot(tmp.dir)).toEqual(before);

    const r = await ok('import.apply', { file: file(), mapping, target: { kind: 'existing', enterpriseId: e.id }, decisions: { accidentTypes: { 其他伤害: 'WSA10011' } } });
    expect(r).toMatchObject({ enterpriseId: e.id, created: false, report: { rowsApplied: 3 } });
    const doc = await ok('enterprises.get', { id: e.id });
    expect(doc.hazards.map((h) => h.source)).toEqual([2, 3, 4].map((row) => ({ kind: 'import', file: '客户清单.csv', sheet: '客户清单', row })));
    expect(doc.hazards.map((h) => h.accidentTypes)).toEqual([['WSA10004'], ['WSA10011'], ['WSA10099']]);
    expect(doc.assessments.every((a) => a.status === 'imported')).toBe(true);
    const ws = JSON.parse(readFileSync(join(tmp.dir, 'workspace.json'), 'utf8'));
    expect(ws.importMappings[ins.headerKey]).toEqual(mapping);
    // the same header set is read with the remembered mapping next time
    const again = await ok('import.inspect', { file: file(CSV.replace('冲床无光电保护', '冲床离合器失灵')) });
    expect(again).toMatchObject({ mappingSource: 'saved', mapping });
  });

  it('imports as a new enterprise', async () => {
    const r = await ok('import.apply', { file: file(), target: { kind: 'new', name: '客户乙', industry: 'other' } });
    expect(r.created).toBe(true);
    const list = await ok('enterprises.list', {});
    expect(list.find((x) => x.id === r.enterpriseId)).toMatchObject({ name: '客户乙', industry: 'other' });
    const doc = await ok('enterprises.get', { id: r.enterpriseId });
    expect(doc.posts.map((p) => p.name)).toEqual(['冲压工', '仓管员']);
    expect(doc.teams.map((t) => t.name)).toEqual(['冲压班组']);
  });

  it('grades with the band table the user chooses, and a new enterprise keeps it', async () => {
    const p = await ok('import.preview', { file: file(), bandTableId: 'bt.lec.alt' });
    expect(p.report.bandTable).toMatchObject({ id: 'bt.lec.alt', method: 'LEC' });
    // 126 is 较大 under the stricter table (D > 70): the stored 一般风险 contradicts it
    expect(p.report.findings.levelVsStoredScore.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(p.bandTableChoices?.map((b) => b.id)).toEqual(['bt.lec.default', 'bt.lec.alt', 'bt.ls.default']);
    expect(await rt.invoke('import.preview', { file: file(), bandTableId: 'bt.none' })).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    const r = await ok('import.apply', { file: file(), bandTableId: 'bt.lec.alt', target: { kind: 'new', name: '客户丙', industry: null } });
    expect((await ok('enterprises.get', { id: r.enterpriseId })).riskSettings).toMatchObject({ defaultMethod: 'LEC', lecTableId: 'bt.lec.alt' });
  });

  it('malformed files give a code and change nothing', async () => {
    const before = snapshot(tmp.dir);
    const codeOf = async (arg: ArgOf<'import.preview'>) => {
      const r = await rt.invoke('import.preview', arg);
      return r.ok ? 'ok' : r.error.code;
    };
    const garbage = Buffer.from(new Uint8Array(2048).map((_, i) => (i * 31 + 7) % 256)).toString('base64');
    expect(await codeOf({ file: { fileName: 'x.csv', mime: 'text/csv', base64: garbage } })).toBe('E_IMPORT_ENCODING');
    expect(await codeOf({ file: { fileName: 'x.xlsx', mime: '', base64: garbage } })).toBe('E_IMPORT_FILE_TYPE');
    expect(await codeOf({ file: { fileName: '旧清单.xls', mime: '', base64: garbage } })).toBe('E_IMPORT_FILE_TYPE');
    expect(await codeOf({ file: file('张三,13800000000\n李四,13900000000\n') })).toBe('E_IMPORT_NO_HEADER');
    expect(await codeOf({ file: file('岗位,风险等级\n电工,低风险\n') })).toBe('E_IMPORT_COLUMNS');
    expect(await codeOf({ file: file('') })).toBe('E_IMPORT_EMPTY');
    const applied = await rt.invoke('import.apply', { file: file('岗位,风险等级\n电工,低风险\n'), target: { kind: 'new', name: '不应创建', industry: null } });
    expect(applied).toMatchObject({ ok: false, error: { code: 'E_IMPORT_COLUMNS', details: { missing: ['hazard'] } } });
    expect(snapshot(tmp.dir)).toEqual(before);
  });
});
