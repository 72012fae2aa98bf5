/**
 * `safepost import` through the real shim: the report alone, the applied enterprise that passes
 * `safepost validate`, mapping files, and the exit codes of refused input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FINDING_KEYS } from '../../core/import';
import { tmpDir } from '../helpers/tmp';

const root = join(import.meta.dirname, '..', '..');
const tmp = tmpDir();
afterAll(() => tmp.remove());

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'safepost.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const shared = process.env.SAFEPOST_SHARED ?? join(root, '..', 'shared');
const orgY = join(shared, 'realcases', 'msm_risk_identification_list.csv');
if (!existsSync(orgY)) console.log(`SKIP safepost import of the ORG_Y register: ${orgY} not found (set SAFEPOST_SHARED)`);

describe.skipIf(!existsSync(orgY))('safepost import of the ORG_Y register', () => {
  it('writes the report and an enterprise that passes validate', () => {
    const report = join(tmp.dir, 'y', 'report.json');
    const out = join(tmp.dir, 'y', 'enterprise.json');
    const r = cli(['import', orgY, '--org', 'ORG_Y', '--industry', '其他', '--report', report, '--out', out]);
    expect(r.code).toBe(0);
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    expect(Object.keys(rep.source)).toEqual(['file', 'sheet', 'headerRow', 'encoding']);
    expect(Object.keys(rep.findings)).toEqual([...FINDING_KEYS]);
    expect(rep).toMatchObject({ rowsRead: 535, rowsApplied: 535, bandTable: { id: 'bt.lec.default' } });
    expect(rep.findings.scoreArithmetic).toMatchObject({ count: 3, rows: [{ sheet: 'msm_risk_identification_list', row: 54 }, { row: 279 }, { row: 632 }] });
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.profile).toMatchObject({ name: 'ORG_Y(建筑用白云岩矿+破碎站)', industry: 'other' });
    expect(doc.hazards).toHaveLength(535);
    // the register has no sign or PPE column: filled in by SafePost and reported
    expect(rep.findings).toMatchObject({ signsDerived: { count: 372 }, ppeDerived: { count: 19 } });
    expect(doc.hazards.filter((h: { signIds: string[] }) => h.signIds.length > 0)).toHaveLength(372);
    expect(r.err).toMatch(/按事故类型补充标志 372、从文字识别防护用品 19/);
    const v = cli(['validate', out, '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out)).toMatchObject({ ok: true, errors: [] });
    // an existing output is refused without --force
    const again = cli(['import', orgY, '--org', 'ORG_Y', '--report', report, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^E_OUT_EXISTS/m);
  });
});

describe('safepost import', () => {
  const csv = (name: string, text: string) => {
    const p = join(tmp.dir, name);
    writeFileSync(p, text);
    return p;
  };
  const register = csv('reg.csv', '岗位,隐患描述,事故类型,风险等级\n电工,配电柜门未关,触电,低风险\n电工,带电作业,触电,较大风险\n');

  it('without --out writes only the report', () => {
    const report = join(tmp.dir, 'r1.json');
    const map = join(tmp.dir, 'map.json');
    writeFileSync(map, JSON.stringify({ 隐患描述: 'hazard' }));
    const r = cli(['import', register, '--map', map, '--report', report, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ ok: true, report, out: null, rowsRead: 2, rowsApplied: 0 });
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ rowsRead: 2, rowsApplied: 0, source: { file: 'reg.csv', sheet: 'reg', headerRow: 1, encoding: 'utf-8' } });
  });

  it('exits 1 with E_IMPORT_COLUMNS when no hazard column is found, writing nothing', () => {
    const report = join(tmp.dir, 'r2.json');
    const r = cli(['import', register, '--report', report]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^E_IMPORT_COLUMNS /m);
    expect(existsSync(report)).toBe(false);
  });

  it('refuses .xls with the save-as message, and usage errors exit 2', () => {
    const xls = csv('old.xls', 'x');
    const r = cli(['import', xls, '--report', join(tmp.dir, 'r3.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^E_IMPORT_FILE_TYPE 请用 Excel\/WPS 另存为 \.xlsx 后再导入/m);
    expect(cli(['import', register]).code).toBe(2);
    expect(cli(['import', register, '--report', join(tmp.dir, 'r4.json'), '--industry', '农业']).err).toMatch(/^E_USAGE/m);
  });
});
