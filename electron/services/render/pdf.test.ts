import { beforeAll, describe, expect, it } from 'vitest';
import { RISK_COLOURS } from '../../../core/documents/colours';
import { cellObject, mmToPt, type Cell, type DocModel, type TableBlock } from '../../../core/documents/model';
import { findInPieces, pdfFonts, pdfInfo, pdfPageRaster, pdfPages, pdfWords, squash } from '../../../tests/helpers/pdf';
import { renderPdf } from './pdf';
import { sampleChecklist, sampleRegister } from './samples';

const tableOf = (doc: DocModel): TableBlock => doc.blocks.find((b) => b.type === 'table') as TableBlock;

/** Makes every cell text unique (a marker at its end), so finding it proves it is whole. */
function markCells(doc: DocModel): DocModel {
  const t = tableOf(doc);
  t.rows = t.rows.map((row, r) => {
    const out: Record<string, Cell> = {};
    for (const [k, v] of Object.entries(row)) {
      const c = cellObject(v);
      out[k] = { ...c, text: `${c.text}#${r}${k}` };
    }
    return out;
  });
  return doc;
}

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('PDF: a 200-row landscape register', () => {
  let doc: DocModel;
  let pdf: Buffer;
  beforeAll(async () => {
    doc = markCells(sampleRegister(200));
    pdf = await renderPdf(doc);
  });

  it('is A4 landscape over many pages, with title metadata', () => {
    const info = pdfInfo(pdf);
    expect(info.width).toBeCloseTo(841.89, 1);
    expect(info.height).toBeCloseTo(595.28, 1);
    expect(info.pages).toBeGreaterThan(15);
    expect(info.title).toBe('安全风险分级管控清单');
  });

  it('repeats the table header, the running header and "第 N 页 共 M 页" on every page', () => {
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(pdfInfo(pdf).pages);
    pages.forEach((p, i) => {
      for (const h of ['序号', '风险点', '危险因素', '风险等级', '管控措施', '工程技术', '培训教育', '应急处置', '管控层级']) expect(p, `page ${i + 1}: ${h}`).toContain(h);
      expect(p).toContain('示例机械制造有限公司');
      expect(p).toContain(`第${i + 1}页共${pages.length}页`);
    });
  });

  it('prints every cell whole, in one piece, and never an ellipsis', () => {
    const whole = squash(pdfPages(pdf, 'raw').join(''));
    const t = tableOf(doc);
    let checked = 0;
    for (const row of t.rows) {
      for (const col of t.columns) {
        const cell = row[col.key];
        if (cell === undefined) continue;
        const text = squash(cellObject(cell).text);
        const pieces = findInPieces(whole, text);
        expect(pieces, text).not.toBeNull();
        expect(pieces!.length, text).toBe(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(whole).not.toContain('…');
  });

  it('embeds only subsets of Noto Sans SC (no Helvetica, Times or Courier)', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
      expect([f.emb, f.sub, f.uni]).toEqual([true, true, true]);
    }
  });

  it('keeps all text inside the margins and every body word inside its own column', () => {
    const { pages, words } = pdfWords(pdf);
    const margin = mmToPt(15);
    const t = tableOf(doc);
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    const edges = [margin];
    for (const c of t.columns) edges.push(edges[edges.length - 1]! + (c.width / total) * (pages[0]!.width - 2 * margin));
    let inBody = 0;
    for (const w of words) {
      const p = pages[w.page - 1]!;
      expect(w.xMin).toBeGreaterThanOrEqual(margin - 1);
      expect(w.xMax).toBeLessThanOrEqual(p.width - margin + 1);
      expect(w.yMin).toBeGreaterThan(0);
      expect(w.yMax).toBeLessThan(p.height);
      // pages between the first and the last hold only the table: each word stays within one column
      if (w.page === 1 || w.page === pages.length || w.yMin < mmToPt(16) || w.yMax > p.height - mmToPt(15) || w.text === '管控措施') continue;
      const c = edges.findIndex((x, i) => i < edges.length - 1 && w.xMin >= x - 0.5 && w.xMin < edges[i + 1]!);
      expect(c, w.text).toBeGreaterThanOrEqual(0);
      expect(w.xMax, `${w.text} on page ${w.page}`).toBeLessThanOrEqual(edges[c + 1]! + 0.5);
      inBody++;
    }
    expect(inBody).toBeGreaterThan(1000);
  });
});

describe('PDF: a row taller than a whole page', () => {
  const sentences = Array.from({ length: 110 }, (_, i) => `第${String(i + 1).padStart(3, '0')}条：作业前确认设备完好，按规程操作，发现异常立即停机并报告。`);
  const tall = sentences.join('');
  let pdf: Buffer;
  beforeAll(async () => {
    // row 5 is the last of three rows under the merged 风险点 "配电房", level 较大
    pdf = await renderPdf(sampleRegister(12, { tallRowAt: 5, tallText: tall }));
  });

  it('continues the cell on the next pages with the whole text present, in order', () => {
    const pages = pdfInfo(pdf).pages;
    expect(pages).toBeGreaterThanOrEqual(3);
    const whole = squash(pdfPages(pdf, 'raw').join(''));
    const pieces = findInPieces(whole, squash(tall));
    expect(pieces).not.toBeNull();
    expect(pieces!.length).toBeGreaterThanOrEqual(2);
    expect(pieces!.length).toBeLessThanOrEqual(pages);
  });

  it('repeats the header, the merged 风险点 with "（续）" and the level text on the continuation pages', () => {
    const pages = pdfPages(pdf, 'raw').map(squash);
    const middle = pages.filter((p) => /第\d{3}条/.test(p) && !p.includes('（第6项）'));
    expect(middle.length).toBeGreaterThanOrEqual(1);
    for (const p of middle) {
      expect(p).toContain('危险因素');
      expect(p).toContain('配电房（续）');
      expect(p).toContain('较大');
    }
    // the first page of the group shows the name without the marker
    expect(pages.find((p) => p.includes('（第6项）'))).toMatch(/配电房(?!（续）)/);
  });
});

describe('PDF: row spans', () => {
  const table = (rows: Record<string, Cell>[]): TableBlock => ({
    type: 'table',
    repeatHeader: true,
    columns: [
      { key: 'p', title: '风险点', width: 1 },
      { key: 'h', title: '危险因素', width: 3 },
    ],
    rows,
  });
  const portrait = (blocks: DocModel['blocks']): DocModel => ({ title: '测试', page: { size: 'A4', orientation: 'portrait' }, footer: { pageNumbers: true }, blocks });

  it('prints a merged cell once and moves a group that fits on a page to the next page as a whole', async () => {
    const pdf = await renderPdf(
      portrait([
        { type: 'spacer', heightMm: 238 },
        table([{ p: { text: '甲点位', rowSpan: 3 }, h: '甲一' }, { h: '甲二', p: '被合并的文字不打印' }, { h: '甲三' }, { p: '乙点位', h: '乙一' }]),
      ]),
    );
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toMatch(/甲|风险点/); // the header does not stay behind alone either
    expect(pages[1]).toMatch(/风险点危险因素/);
    expect(pages[1]!.match(/甲点位/g)).toHaveLength(1);
    for (const t of ['甲一', '甲二', '甲三', '乙点位', '乙一']) expect(pages[1]).toContain(t);
    expect(pages.join('')).not.toContain('被合并的文字不打印');
  });

  it('splits a group taller than a page between rows and repeats the merged text with "（续）"', async () => {
    const rows: Record<string, Cell>[] = Array.from({ length: 45 }, (_, i) => ({ h: `危险因素${i + 1}：防护罩缺失或开启后设备仍能启动，旋转部件外露，作业人员衣袖可能被卷入。` }));
    rows[0]!.p = { text: '甲点位', rowSpan: 45 };
    const pdf = await renderPdf(portrait([table(rows)]));
    const pages = pdfPages(pdf).map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('甲点位');
    expect(pages[0]).not.toContain('甲点位（续）');
    for (const p of pages.slice(1)) expect(p).toContain('甲点位（续）');
    const whole = squash(pdfPages(pdf, 'raw').join(''));
    for (const r of rows) expect(findInPieces(whole, squash(cellObject(r.h).text))).toHaveLength(1);
  });
});

describe('PDF: blocks', () => {
  it('prints level bands in their colour with the level name as text', async () => {
    const levels = ['major', 'high', 'medium', 'low'] as const;
    const pdf = await renderPdf({
      title: '色带',
      page: { size: 'A4', orientation: 'portrait' },
      blocks: levels.map((level) => ({ type: 'levelBand' as const, level, text: '本岗位最高风险等级' })),
    });
    const text = squash(pdfPages(pdf)[0]!);
    for (const label of ['重大风险（红色）', '较大风险（橙色）', '一般风险（黄色）', '低风险（蓝色）']) expect(text).toContain(`${label}本岗位最高风险等级`);
    const { words } = pdfWords(pdf);
    const raster = pdfPageRaster(pdf, 1, 72); // 1 px = 1 pt
    levels.forEach((level, i) => {
      const label = ['重大风险', '较大风险', '一般风险', '低风险'][i]!;
      const w = words.find((x) => x.text.startsWith(label))!;
      expect(raster.at(mmToPt(20) + 3, (w.yMin + w.yMax) / 2)).toBe(RISK_COLOURS[level].fill);
    });
  });

  it('lays out the portrait checklist on one page with title, fields, band, table and signatures', async () => {
    const pdf = await renderPdf(sampleChecklist());
    const pages = pdfPages(pdf).map(squash);
    expect(pages).toHaveLength(1);
    for (const t of ['冲压工岗位隐患排查清单', '车间：冲压车间', '较大风险（橙色）', '排查内容', '光电保护装置灵敏有效，遮光后滑块停止下行', '排查人：', '日期：', '年', '第1页共1页']) {
      expect(pages[0]).toContain(t);
    }
    expect(pdfInfo(pdf).width).toBeCloseTo(595.28, 1);
  });

  it('calls the custom hook with its box and refuses what it cannot print', async () => {
    const boxes: { x: number; y: number; w: number; h: number }[] = [];
    const doc: DocModel = {
      title: '自定义',
      page: { size: 'A3', orientation: 'portrait' },
      blocks: [{ type: 'custom', id: 'qr', heightMm: 40, data: { n: 1 } }],
    };
    const pdf = await renderPdf(doc, {
      custom: (id, data, box, p) => {
        expect([id, data]).toEqual(['qr', { n: 1 }]);
        boxes.push(box);
        p.rect(box.x, box.y, 50, box.h).fill('#0068B7');
      },
    });
    const info = pdfInfo(pdf);
    expect([info.width, info.height].map((v) => Math.round(v))).toEqual([842, 1191]);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.h).toBeCloseTo(mmToPt(40), 3);
    expect(boxes[0]!.w).toBeCloseTo(info.width - mmToPt(35), 1);
    expect(pdfPageRaster(pdf, 1, 72).at(boxes[0]!.x + 25, boxes[0]!.y + 20)).toBe('#0068B7');
    expect(await codeOf(renderPdf(doc))).toBe('E_RENDER_FAILED');
    expect(await codeOf(renderPdf({ ...doc, blocks: [{ type: 'custom', id: 'x', heightMm: 500, data: null }] }, { custom: () => {} }))).toBe('E_RENDER_FAILED');
  });

  it('refuses group headers that do not match the columns', async () => {
    const bad: DocModel = {
      title: 'x',
      page: { size: 'A4', orientation: 'portrait' },
      blocks: [{ type: 'table', repeatHeader: true, columns: [{ key: 'a', title: 'A', width: 1 }], groupHeader: [{ title: 'G', span: 2 }], rows: [] }],
    };
    expect(await codeOf(renderPdf(bad))).toBe('E_RENDER_FAILED');
  });

  it('continues a paragraph longer than a page on the next pages, line by line', async () => {
    const text = Array.from({ length: 160 }, (_, i) => `第${i + 1}段：作业人员应熟悉本岗位的危险因素和防范措施，掌握应急处置方法。`).join('');
    const pdf = await renderPdf({ title: '长文', page: { size: 'A4', orientation: 'portrait' }, blocks: [{ type: 'title', text: '长文', level: 1 }, { type: 'paragraph', runs: text }] });
    const pages = pdfPages(pdf, 'raw').map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const pieces = findInPieces(pages.join(''), squash(text));
    expect(pieces).toHaveLength(1); // nothing else sits between the pages' text
    for (const p of pages.slice(1)) expect(p.length).toBeGreaterThan(100);
  });

  it('prints the table header only once when repeatHeader is false', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ a: `第${i + 1}行`, b: '按规程操作，发现异常立即停机并报告。' }));
    const pdf = await renderPdf({
      title: 't',
      page: { size: 'A4', orientation: 'portrait' },
      blocks: [{ type: 'table', repeatHeader: false, columns: [{ key: 'a', title: '行号标题', width: 1 }, { key: 'b', title: '内容标题', width: 4 }], rows }],
    });
    const pages = pdfPages(pdf).map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('行号标题');
    for (const p of pages.slice(1)) expect(p).not.toContain('行号标题');
    expect(pages.join('')).toContain('第80行');
  });

  it('uses no standard font even for a document with nothing but page numbers', async () => {
    const pdf = await renderPdf({ title: '空', page: { size: 'A4', orientation: 'portrait' }, footer: { pageNumbers: true }, blocks: [] });
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['NotoSansSC-Regular']);
  });
});
