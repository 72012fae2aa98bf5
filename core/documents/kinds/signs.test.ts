import { describe, expect, it } from 'vitest';
import { emptyEnterprise } from '../../model/enterpriseFile';
import { buildSample } from '../../sample/buildSample';
import type { TableBlock } from '../model';
import { documentKind } from '../registry';
import { balancedLines, placementListBook, placementListDoc, signShopData } from './signs';

const sample = buildSample();
const ctx = { today: '2026-11-20', preparer: '张三' };

describe('sign document kinds', () => {
  it('are registered in the signs group with their formats; the printable signs are produced per planned place', () => {
    expect(documentKind('signs.placement')).toMatchObject({ title: '安全标志设置一览表', group: 'signs', formats: ['xlsx', 'docx'] });
    expect(documentKind('signs.sheets')).toMatchObject({ title: '安全标志（打印）', group: 'signs', formats: ['pdf'] });
    expect(documentKind('signs.shop')).toMatchObject({ title: '安全标志制作文件', group: 'signs', formats: ['pdf'] });
    expect(documentKind('signs.sheets')!.units!(sample).map((u) => u.name)).toEqual(['冲压作业', '抛光房干式除尘系统', '仓库及厂区叉车通道', '配电房', '污水池（有限空间）']);
  });

  it('block without a plan; warn about unplanned places and plates too small', () => {
    const empty = emptyEnterprise('ent_x', '空白', '2026-11-01T00:00:00.000Z');
    expect(documentKind('signs.placement')!.check(empty).blocking.map((b) => b.code)).toEqual(['W_SIGNS_NO_PLAN']);
    const c = documentKind('signs.sheets')!.check(sample);
    expect(c.blocking).toEqual([]);
    expect(c.warnings.map((w) => w.code)).toEqual(['W_SIGNS_PLACE_UNPLANNED']);
    expect(c.warnings[0]!.text).toBe('19 个风险点有建议的安全标志但尚未设置：剪板折弯作业、模具维修作业、冲压车间电动葫芦、数控车床作业、加工中心作业等（见“安全标志”）');
  });

  it('the list (docx): one row per sign, places merged, warning → prohibition → mandatory within a place, titles not codes', () => {
    const m = placementListDoc(sample, ctx);
    const table = m.blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(table.rows).toHaveLength(sample.signPlacements.length);
    const pdRows = table.rows.filter((_, i) => i >= 10 && i < 15);
    expect(table.rows[10]!.place).toMatchObject({ rowSpan: 5 });
    expect(pdRows.map((r) => (r.sign as { text: string }).text)).toEqual(['当心触电', '禁止入内', '禁止合闸', '禁止堆放', '必须戴防护手套']);
    expect(pdRows.map((r) => r.category)).toEqual(['警告', '禁止', '禁止', '禁止', '指令']);
    expect(pdRows[0]).toMatchObject({ mounting: '区域标志', distance: '4', plate: 'A4 纸张打印', size: '161（≥ 136）', quantity: '2' });
    // a local label at 1.5 m: the formula asks 38 mm, the type-1 floor 70 mm
    expect(pdRows[2]).toMatchObject({ plate: '标签 90×115 mm', size: '72（≥ 70）' });
    // the place cell: name, kind, location, unit — an enterprise-level place says 企业直属
    const ws = table.rows.find((r) => typeof r.place === 'object' && r.place.text.startsWith('污水池'))!;
    expect((ws.place as { text: string }).text.split('\n')).toEqual(['污水池（有限空间）', '（场所/设备设施）', '位置：厂区污水站', '单位：企业直属']);
    expect(JSON.stringify(m)).not.toMatch(/\b[1-4]-\d{1,2}\b/);
    const rules = JSON.stringify(m.blocks.filter((b) => b.type === 'paragraph'));
    expect(rules).toContain('下缘距地面不低于 2 m');
    expect(rules).toContain('不得设在门、窗、架等可移动的物体上');
    expect(rules).toContain('按警告、禁止、指令、提示的顺序');
  });

  it('the list (xlsx): numbers as numbers; 制作汇总 adds up quantities per sign and plate', () => {
    const book = placementListBook(sample, ctx);
    const rows = book.sheets[0]!.rows;
    expect(rows[0]).toMatchObject({ no: 1, place: '冲压作业\n（作业活动）', unit: '冲压车间\n冲压一班', sign: '当心伤手', distance: 2, signSize: 93, required: 88, quantity: 2 });
    // narrow enough to print at ≈ 9 pt fit to landscape A4 (was 230 character widths, 6.5 pt)
    const cols = book.sheets[0]!.columns;
    expect(cols.reduce((n, c) => n + c.widthChars, 0)).toBeLessThanOrEqual(155);
    expect(cols.map((c) => c.key)).not.toContain('rule');
    expect(cols.find((c) => c.key === 'distance')!.title).toBe('观察距离\n（m）');
    for (const c of cols.filter((x) => x.wrap)) expect(c.indent, c.key).toBe(1);
    expect(book.sheets[0]!.footerNote).toContain('下缘距地面不低于 2 m');
    const sum = book.sheets[1]!.rows;
    const entering = sum.filter((r) => r.sign === '禁止入内');
    expect(entering.map((r) => [r.plate, r.quantity, r.places])).toEqual([
      ['A4 纸张打印', 1, '配电房'],
      ['A3 纸张打印', 1, '污水池（有限空间）'],
    ]);
    const total = sum.reduce((s, r) => s + Number(r.quantity), 0);
    expect(total).toBe(sample.signPlacements.reduce((s, p) => s + p.quantity, 0));
  });

  it('long cell texts are broken into even lines: no lone character on a last line, numbers and closing marks kept together', () => {
    expect(balancedLines('仓库及厂区主通道', 6)).toBe('仓库及厂\n区主通道');
    expect(balancedLines('厂区配电房', 6)).toBe('厂区配电房');
    expect(balancedLines('每台冲床操作位各 1 张', 8)).toBe('每台冲床操\n作位各 1 张');
    expect(balancedLines('与“当心触电”并排设置', 8)).toBe('与“当心触\n电”并排设置');
    expect(balancedLines('标志牌 500×600 mm', 8)).toBe('标志牌\n500×600 mm');
    expect(balancedLines('冲压车间\n冲压一班', 3)).toBe('冲压\n车间\n冲压\n一班');
    expect(balancedLines('禁止携带托运易燃及易爆物品', 4)).toBe('禁止携\n带托运\n易燃及易\n爆物品');
    for (const t of ['污水池入口护栏旁立杆', '配电房门侧墙面及室内配电柜区各 1 块', '禁止携带托运易燃及易爆物品', '表面处理车间抛光房外侧']) {
      for (const n of [4, 5, 6, 7, 8, 12]) {
        const lines = balancedLines(t, n).split('\n');
        expect(lines.join('').replace(/ /g, ''), t).toBe(t.replace(/ /g, ''));
        for (const l of lines) expect([...l].reduce((w, ch) => w + (/[\u0020-\u024f]/.test(ch) ? 0.55 : 1), 0)).toBeLessThanOrEqual(n + 1e-9);
        // no line is more than one character longer than another (even), none is a lone character
        const lens = lines.map((l) => [...l.replace(/ /g, '')].length);
        if (lines.length > 1) expect(Math.min(...lens), `${t} @ ${n}`).toBeGreaterThan(1);
      }
    }
  });

  it('the print-shop data: every distinct plate once with its physical size and total quantity, warning first', () => {
    const d = signShopData(sample, ctx);
    expect(d.plates[0]!.category).toBe('警告标志');
    const custom = d.plates.find((p) => p.plateLabel === '定制 400×500 mm')!;
    expect(custom).toMatchObject({ title: '当心爆炸', widthMm: 400, heightMm: 500, marginMm: 0, quantity: 1, places: ['抛光房干式除尘系统'] });
    const a4 = d.plates.find((p) => p.title === '当心触电')!;
    // the print shop gets the plate's actual size, not "A4 纸张打印"
    expect(a4).toMatchObject({ widthMm: 210, heightMm: 297, marginMm: 10, quantity: 2, plateLabel: '标志牌 210×297 mm' });
    expect(JSON.stringify(d.plates)).not.toContain('纸张打印');
    // the intended process colours: red and yellow as print shops use them, blue and green to be checked
    const colour = (name: string) => d.colours.find((c) => c.name === name)!;
    expect(colour('红')).toMatchObject({ cmyk: [0, 100, 100, 0], cmykText: 'C0 M100 Y100 K0' });
    expect(colour('黄')).toMatchObject({ cmyk: [0, 0, 100, 0], cmykText: 'C0 M0 Y100 K0' });
    expect(colour('黑')).toMatchObject({ cmyk: [0, 0, 0, 100] });
    expect(colour('蓝').note).toContain('色卡核对');
    expect(colour('绿').note).toContain('色卡核对');
    expect(colour('红').note).not.toContain('色卡核对');
    expect(d.plates.reduce((s, p) => s + p.quantity, 0)).toBe(30);
  });
});
