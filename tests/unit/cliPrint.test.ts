/**
 * `safepost print signs|placement` through the real shim (DESIGN §8): --out DIR created, existing
 * files refused unless --force, --json, exit codes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyEnterprise } from '../../core/model/enterpriseFile';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { tmpDir } from '../helpers/tmp';

const root = join(import.meta.dirname, '..', '..');
const tmp = tmpDir();
afterAll(() => tmp.remove());

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'safepost.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('safepost print', () => {
  it('print signs --sample writes one sheet PDF per planned place and the print-shop file; refuses to overwrite', () => {
    const out = join(tmp.dir, 'a', 'signs');
    const r = cli(['print', 'signs', '--sample', '--out', out, '--json']);
    expect(r.code, r.err).toBe(0);
    const res = JSON.parse(r.out) as { ok: boolean; files: string[]; warnings: { code: string }[] };
    expect(res.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual([
      '31_安全标志（打印）_仓库及厂区叉车通道.pdf', '31_安全标志（打印）_冲压作业.pdf', '31_安全标志（打印）_抛光房干式除尘系统.pdf',
      '31_安全标志（打印）_污水池（有限空间）.pdf', '31_安全标志（打印）_配电房.pdf', '32_安全标志制作文件.pdf',
    ]);
    expect(res.warnings.map((w) => w.code)).toContain('W_SIGNS_PLACE_UNPLANNED');
    expect(pdfInfo(join(out, '31_安全标志（打印）_配电房.pdf')).pages).toBe(6);
    const before = readFileSync(join(out, '32_安全标志制作文件.pdf'));
    const again = cli(['print', 'signs', '--sample', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^E_OUT_EXISTS /m);
    expect(readFileSync(join(out, '32_安全标志制作文件.pdf')).equals(before)).toBe(true);
    expect(cli(['print', 'signs', '--sample', '--out', out, '--force']).code).toBe(0);
  });

  it('print placement writes the list as xlsx and docx', () => {
    const out = join(tmp.dir, 'list');
    const r = cli(['print', 'placement', '--sample', '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['30_安全标志设置一览表.docx', '30_安全标志设置一览表.xlsx']);
    expect(r.err).toMatch(/^OK .*30_安全标志设置一览表\.xlsx$/m);
  });

  it('an enterprise without a plan: exit 1 E_DOC_INCOMPLETE, unless --suggested takes the suggestions', () => {
    const file = join(tmp.dir, 'noplan.json');
    const doc = JSON.parse(readFileSync(join(root, 'resources', 'sample', 'enterprise.json'), 'utf8'));
    doc.signPlacements = [];
    writeFileSync(file, JSON.stringify(doc));
    const r = cli(['print', 'placement', file, '--out', join(tmp.dir, 'np')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^E_DOC_INCOMPLETE /m);
    expect(existsSync(join(tmp.dir, 'np', '30_安全标志设置一览表.xlsx'))).toBe(false);
    const s = cli(['print', 'placement', file, '--suggested', '--out', join(tmp.dir, 'np'), '--json']);
    expect(s.code, s.err).toBe(0);
    expect(JSON.parse(s.out).files).toHaveLength(2);
    // the file itself is not changed
    expect(JSON.parse(readFileSync(file, 'utf8')).signPlacements).toEqual([]);
    const empty = join(tmp.dir, 'empty.json');
    writeFileSync(empty, JSON.stringify(emptyEnterprise('ent_e', '空白', '2026-11-01T00:00:00.000Z')));
    expect(cli(['print', 'signs', empty, '--suggested', '--out', join(tmp.dir, 'e')]).code).toBe(1);
  });

  it('--post keeps the signs of that post\'s places: sheets, print-shop file and list; unknown post exit 1', () => {
    const out = join(tmp.dir, 'post');
    const r = cli(['print', 'signs', '--sample', '--post', '冲压工', '--out', out, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['31_安全标志（打印）_冲压作业.pdf', '32_安全标志制作文件.pdf']);
    // the shop file lists the 5 signs (9 plates) of 冲压作业 only
    const shop = pdfText(readFileSync(join(out, '32_安全标志制作文件.pdf')));
    expect(shop).toMatch(/共 5 种、9 块/);
    expect(shop).not.toContain('配电房');
    // findings stay about the whole enterprise
    expect((JSON.parse(r.out) as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toContain('W_SIGNS_PLACE_UNPLANNED');
    const list = cli(['print', 'placement', '--sample', '--post', '电工', '--out', join(tmp.dir, 'post-list')]);
    expect(list.code, list.err).toBe(0);
    const unknown = cli(['print', 'signs', '--sample', '--post', '无此岗位', '--out', join(tmp.dir, 'post-x')]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^E_NOT_FOUND /m);
    // a post whose places have no planned signs (质检员 works at 质检巡检作业, left unplanned in the sample)
    const none = cli(['print', 'signs', '--sample', '--post', '质检员', '--out', join(tmp.dir, 'post-y')]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^E_DOC_INCOMPLETE /m);
    expect(existsSync(join(tmp.dir, 'post-y', '32_安全标志制作文件.pdf'))).toBe(false);
  });

  it('usage errors exit 2: unknown target, missing --out', () => {
    const a = cli(['print', 'posters', '--sample', '--out', join(tmp.dir, 'x')]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/^E_USAGE /m);
    expect(a.err).toContain('signs|placement');
    expect(cli(['print', 'signs', '--sample']).code).toBe(2);
  });
});
