/**
 * The CLI through the real shim (bin/safepost.mjs, tsx registered), as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';

const root = join(import.meta.dirname, '..', '..');
const tmp = tmpDir();
afterAll(() => tmp.remove());

function cli(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'safepost.mjs'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('safepost CLI', () => {
  it('--help lists the commands, from any folder of the repo', () => {
    const r = cli(['--help'], join(root, 'core', 'model'));
    expect(r.code).toBe(0);
    for (const c of ['validate', 'sample', 'standards', 'catalog stats']) expect(r.out).toContain(`safepost ${c}`);
  });
  it('sample --out then validate exits 0', () => {
    const out = join(tmp.dir, 'nested', 'x.json');
    expect(cli(['sample', '--out', out]).code).toBe(0);
    const v = cli(['validate', out, '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out)).toMatchObject({ ok: true, errors: [], warnings: [] });
    // an existing output is refused without --force
    const again = cli(['sample', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^E_OUT_EXISTS/m);
  });
  it('validate on a broken file exits 1 with a stable code and does not touch the file', () => {
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion":2,"id":"x","profile":{');
    const before = statSync(bad).mtimeMs;
    const r = cli(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^E_FILE_CORRUPT /m);
    expect(readFileSync(bad, 'utf8')).toBe('{"schemaVersion":2,"id":"x","profile":{');
    expect(statSync(bad).mtimeMs).toBe(before);
  });
  it('validate reports schema problems and broken references by path', () => {
    const doc = JSON.parse(cli(['sample', '--out', join(tmp.dir, 's.json')]).code === 0 ? readFileSync(join(tmp.dir, 's.json'), 'utf8') : '{}');
    doc.profile.uscc = '91350100M000100Y44';
    doc.people[0].postIds = ['post_gone'];
    writeFileSync(join(tmp.dir, 'b2.json'), JSON.stringify(doc));
    const r = cli(['validate', join(tmp.dir, 'b2.json'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).errors[0]).toMatchObject({ code: 'E_SCHEMA_INVALID', details: { issues: [{ path: 'profile.uscc', code: 'E_USCC_CHECKSUM' }] } });
    doc.profile.uscc = '';
    writeFileSync(join(tmp.dir, 'b3.json'), JSON.stringify(doc));
    const r3 = cli(['validate', join(tmp.dir, 'b3.json'), '--json']);
    expect(JSON.parse(r3.out).errors[0]).toMatchObject({ code: 'E_BROKEN_REFERENCE', details: { refs: [{ path: 'people[0].postIds[0]', id: 'post_gone', problem: 'missing' }] } });
  });
  it('completeness gaps are warnings with exit 0', () => {
    const doc = JSON.parse(readFileSync(join(tmp.dir, 's.json'), 'utf8'));
    doc.profile.emergencyPhone = '';
    doc.profile.draft = true;
    writeFileSync(join(tmp.dir, 'w.json'), JSON.stringify(doc));
    const r = cli(['validate', join(tmp.dir, 'w.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^W_PROFILE_GAPS 企业基本信息缺项：.*内部应急电话.* \[profile\]$/m);
  });
  it('prints at most ten warnings of one code, then how many more', () => {
    const doc = JSON.parse(readFileSync(join(tmp.dir, 's.json'), 'utf8'));
    doc.people = [];
    doc.duties.ownerOverrides = [];
    writeFileSync(join(tmp.dir, 'np.json'), JSON.stringify(doc));
    const r = cli(['validate', join(tmp.dir, 'np.json')]);
    expect(r.code).toBe(0);
    const posts = doc.posts.length as number;
    expect(r.err.split('\n').filter((l: string) => l.startsWith('W_POST_NO_PEOPLE 岗位'))).toHaveLength(10);
    expect(r.err).toContain(`W_POST_NO_PEOPLE …另有 ${posts - 10} 条（--json 列出全部）`);
    const json = cli(['validate', join(tmp.dir, 'np.json'), '--json']);
    expect(JSON.parse(json.out).warnings.filter((w: { code: string }) => w.code === 'W_POST_NO_PEOPLE')).toHaveLength(posts);
  });
  it('standards --json keys per-edition counts by designation', () => {
    const r = cli(['standards', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.accidentTypes).toEqual({ 'GB 6441-1986': 20, 'GB 6441-2025': 27 });
    expect(s.signs['GB 2894-2008'].byCategory).toEqual({ prohibition: 40, warning: 39, mandatory: 16, information: 8 });
    expect(s.majorHazardClauses['应急管理部令第10号'].bySpecial).toEqual({ dust: 10, ammonia: 2, confined: 2 });
    expect(s.factorCodes['GB/T 13861-2022'].level1).toBe(4);
    expect(Object.keys(s.majorHazardClauses).sort()).toEqual(['安监总管四〔2017〕129号', '应急管理部令第10号'].sort());
  });
  it('catalog stats --json gives totals by industry and by section', async () => {
    const r = cli(['catalog', 'stats', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.total).toBeGreaterThanOrEqual(500);
    expect(Object.keys(s.byIndustry)).toEqual(['冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸', '其他']);
    expect(s.bySection['特种设备 › 叉车/厂内车辆']).toBeGreaterThan(0);
    const { SECTION_PATHS } = await import('../../core/catalog/sections');
    expect(Object.keys(s.bySection)).toEqual([...SECTION_PATHS]);
    expect(cli(['catalog', 'nope']).code).toBe(2);
  });
  it('usage errors exit 2', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['validate']).code).toBe(2);
    expect(cli(['validate', join(tmp.dir, 'missing.json')]).err).toMatch(/^E_FILE_NOT_FOUND/m);
    expect(cli(['sample', '--nope']).code).toBe(2);
  });
});
