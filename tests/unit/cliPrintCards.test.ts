/**
 * `safepost print cards|notices ENTERPRISE --out DIR [--post ID|NAME] [--size A4|A3] [--docx]`
 * through the real shim (issue: cards; DESIGN §8).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyEnterprise } from '../../core/model/enterpriseFile';
import { pdfInfo, pdfText, squash } from '../helpers/pdf';
import { tmpDir } from '../helpers/tmp';

const root = join(import.meta.dirname, '..', '..');
const tmp = tmpDir();
afterAll(() => tmp.remove());

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'safepost.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('safepost print cards|notices', () => {
  it('--post NAME writes the four cards of that post; --size A3 prints A3 portrait', () => {
    const out = join(tmp.dir, 'one');
    const r = cli(['print', 'cards', '--sample', '--out', out, '--post', '冲压工', '--size', 'A3', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['40_岗位安全风险告知卡_冲压工.pdf', '41_岗位安全操作卡_冲压工.pdf', '42_应急处置卡_冲压工.pdf', '43_岗位安全风险告知确认表_冲压工.pdf']);
    const info = pdfInfo(join(out, '40_岗位安全风险告知卡_冲压工.pdf'));
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 1191]);
    expect(squash(pdfText(join(out, '40_岗位安全风险告知卡_冲压工.pdf')))).toContain('AG-CY01-v1-FX');
    // existing files are refused without --force
    const again = cli(['print', 'cards', '--sample', '--out', out, '--post', 'post_cyg']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/^E_OUT_EXISTS /m);
  });

  it('without --post writes every post’s cards and the enterprise batch; --docx adds the editable files', () => {
    const out = join(tmp.dir, 'all');
    const r = cli(['print', 'cards', '--sample', '--out', out, '--docx', '--json']);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(16 * 4 + 1);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(16 * 4 + 1);
    expect(files).toContain('44_岗位告知卡汇编_全企业.pdf');
    expect(pdfInfo(join(out, '44_岗位告知卡汇编_全企业.pdf')).pages).toBeGreaterThan(64);
  });

  it('print notices writes the boards and the occupational cards; --post keeps its places and its card', () => {
    const out = join(tmp.dir, 'notices');
    const r = cli(['print', 'notices', '--sample', '--out', out, '--post', '喷漆工']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['50_安全风险公告栏_喷漆房和调漆间.pdf', '51_职业病危害告知卡_喷漆工.pdf']);
    const all = join(tmp.dir, 'notices-all');
    expect(cli(['print', 'notices', '--sample', '--out', all]).code).toBe(0);
    const files = readdirSync(all);
    expect(files.filter((f) => f.startsWith('51_'))).toHaveLength(6);
    expect(files).toContain('50_安全风险公告栏_全厂.pdf');
    expect(files).toContain('50_安全风险公告栏_配电房.pdf');
  });

  it('reports usage errors and unknown posts with stable codes', () => {
    const out = join(tmp.dir, 'bad');
    const size = cli(['print', 'cards', '--sample', '--out', out, '--size', 'B5']);
    expect(size.code).toBe(2);
    expect(size.err).toMatch(/^E_USAGE /m);
    const post = cli(['print', 'cards', '--sample', '--out', out, '--post', '不存在的岗位']);
    expect(post.code).toBe(1);
    expect(post.err).toMatch(/^E_NOT_FOUND /m);
    const empty = join(tmp.dir, 'empty.json');
    writeFileSync(empty, JSON.stringify(emptyEnterprise('ent_x', '空企业', '2026-11-01T00:00:00.000Z')));
    const none = cli(['print', 'cards', empty, '--out', out]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^E_DOC_INCOMPLETE /m);
  });
});
