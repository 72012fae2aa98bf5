/**
 * `safepost export duties|checklists` through the real shim (bin/safepost.mjs), as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';

const root = join(import.meta.dirname, '..', '..');
const tmp = tmpDir();
afterAll(() => tmp.remove());

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'safepost.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('safepost export duties / checklists', () => {
  it('export duties --sample writes the responsibility lists (enterprise and per workshop) and one list per post', () => {
    const out = join(tmp.dir, 'duties');
    const r = cli(['export', 'duties', '--sample', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.out) as { files: string[] }).files.map((f) => f.split(/[\\/]/).pop()!);
    expect(files.filter((f) => f.startsWith('02_'))).toEqual(['02_安全风险分级管控责任清单.docx', '02_安全风险分级管控责任清单.xlsx', '02_安全风险分级管控责任清单.pdf']);
    const perWs = files.filter((f) => f.startsWith('03_'));
    expect(perWs.length).toBe(15);
    expect(perWs).toContain('03_安全风险分级管控责任清单_企业直属.xlsx');
    const posts = files.filter((f) => f.startsWith('04_'));
    expect(posts.length).toBe(32);
    expect(posts).toContain('04_一岗位一清单_冲压工.docx');
    expect(posts).toContain('04_一岗位一清单_专职安全管理员.pdf');
    expect(readdirSync(out).sort()).toEqual([...files].sort());
    for (const f of files) expect(statSync(join(out, f)).size).toBeGreaterThan(2000);
    // an existing output is refused without --force
    const again = cli(['export', 'duties', '--sample', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^E_OUT_EXISTS/m);
  }, 240_000);

  it('export checklists writes one PDF per sheet, named by level and unit', () => {
    const out = join(tmp.dir, 'checklists');
    const r = cli(['export', 'checklists', '--sample', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.out) as { files: string[] }).files.map((f) => f.split(/[\\/]/).pop()!);
    expect(files.length).toBe(37);
    expect(files.every((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files).toContain('11_企业隐患排查表.pdf');
    expect(files).toContain('13_班组隐患排查表_冲压一班.pdf');
    expect(files).toContain('14_岗位隐患排查表_叉车司机.pdf');
    expect(files).toContain('15_专项隐患排查表_粉尘防爆.pdf');
    expect(files).toContain('16_季节性隐患排查表_冬季.pdf');
    expect(files).toContain('17_节假日前隐患排查表.pdf');
    expect(readFileSync(join(out, '13_班组隐患排查表_冲压一班.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);

  it('a file with a broken owner override is refused with its code and path', () => {
    const s = join(tmp.dir, 's.json');
    expect(cli(['sample', '--out', s]).code).toBe(0);
    const doc = JSON.parse(readFileSync(s, 'utf8'));
    doc.duties.ownerOverrides = [{ hazardId: doc.hazards[0].id, level: 'team', personIds: ['person_gone'] }];
    writeFileSync(join(tmp.dir, 'bad.json'), JSON.stringify(doc));
    const r = cli(['validate', join(tmp.dir, 'bad.json'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).errors[0]).toMatchObject({ code: 'E_BROKEN_REFERENCE', details: { refs: [{ path: 'duties.ownerOverrides[0].personIds[0]', id: 'person_gone', problem: 'missing' }] } });
    // a zero frequency is a schema error
    doc.duties.ownerOverrides = [];
    doc.duties.checklists.routine.team = { every: 0, period: 'day' };
    writeFileSync(join(tmp.dir, 'bad2.json'), JSON.stringify(doc));
    const r2 = cli(['validate', join(tmp.dir, 'bad2.json'), '--json']);
    expect(r2.code).toBe(1);
    expect(JSON.parse(r2.out).errors[0]).toMatchObject({ code: 'E_SCHEMA_INVALID', details: { issues: [{ path: 'duties.checklists.routine.team.every', code: 'E_FREQUENCY_INVALID' }] } });
  });

  it('validate reports a missing team leader where it is missing, as warnings (exit 0)', () => {
    const doc = JSON.parse(readFileSync(join(tmp.dir, 's.json'), 'utf8'));
    doc.people = doc.people.filter((p: { name: string }) => p.name !== '钱志强');
    writeFileSync(join(tmp.dir, 'w.json'), JSON.stringify(doc));
    const r = cli(['validate', join(tmp.dir, 'w.json')]);
    expect(r.code).toBe(0);
    // each warning is a sentence the user reads, with the record it concerns
    expect(r.err).toMatch(/^W_ROLE_MISSING 班组“冲压一班”没有班组长 \[team:team_cy1\]$/m);
    expect(r.err).toMatch(/^W_HAZARD_NO_OWNER “冲床未装光电保护或双手操纵装置，手伸入模具区送取料”没有落实责任人：班组“冲压一班”没有班组长 \[hazard:hz_cy_01\]$/m);
    expect(r.err).not.toContain('{"');
  });
});
