/**
 * The printed duty documents and checklists of the sample, through the real producer: PDF text
 * (poppler), embedded fonts, repeated headers, nothing outside the page, every item printed,
 * signature lines; DOCX parts and the XLSX sheet.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checklistBook } from '../../core/duties/checklists';
import { dutiesDoc, POINT_GROUP_MAX } from '../../core/documents/kinds/duties';
import { buildSample } from '../../core/sample/buildSample';
import { produce } from '../../electron/services/documents/produce';
import { listDocuments } from '../../electron/services/documents/service';
import { pdfFonts, pdfPages, pdfWords, squash } from '../helpers/pdf';

const doc = buildSample();
const ctx = { today: '2026-11-30', preparer: '陈晓燕' };

function inside(pdf: Buffer): void {
  const { pages, words } = pdfWords(pdf);
  for (const w of words) {
    const p = pages[w.page - 1]!;
    expect({ w: w.text, ok: w.xMin >= 0 && w.yMin >= 0 && w.xMax <= p.width + 0.5 && w.yMax <= p.height + 0.5 }).toEqual({ w: w.text, ok: true });
  }
}

describe('checklists (PDF)', () => {
  let team: Buffer;
  let ent: Buffer;
  beforeAll(async () => {
    team = (await produce(doc, 'checklist.team', 'pdf', ctx, 'team_cy1')).bytes;
    ent = (await produce(doc, 'checklist.enterprise', 'pdf', ctx)).bytes;
  }, 60_000);

  it('the daily team sheet: title, header fields, result columns, every item, signatures, embedded fonts only', () => {
    const pages = pdfPages(team, 'raw');
    const all = squash(pages.join(''));
    expect(squash(pages[0]!)).toContain('班组每日隐患排查表');
    for (const label of ['企业名称：浙江安岗五金制品有限公司（示例）', '排查单位：冲压车间/冲压一班', '排查频次：每日', '排查周期：', '责任人：钱志强（班组长）', '排查人：']) expect(squash(pages[0]!)).toContain(squash(label));
    for (const col of ['序号', '排查方法/内容', '排查标准', '部位/场所', '符合', '不符合', '发现的隐患', '处理措施及结果']) expect(all).toContain(col);
    const sheet = checklistBook(doc).sheets.find((s) => s.id === 'routine:team:team_cy1')!;
    for (const r of sheet.sections.flatMap((x) => x.rows)) {
      expect(all).toContain(squash(r.content));
      expect(all).toContain(squash(r.standard));
    }
    // knowledge questions are asked weekly by the workshop, not every day by the team
    expect(all).not.toContain(squash('询问岗位人员压手事故应急步骤'));
    const last = squash(pages[pages.length - 1]!);
    expect(last).toContain('排查人（班组长）：');
    expect(last).toContain('车间主任：');
    expect(last).toMatch(/日期：.*年.*月.*日/);
    const fonts = pdfFonts(team);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.emb && f.sub && !/Helvetica/.test(f.name))).toBe(true);
    inside(team);
  });

  it('the monthly enterprise sheet runs over several pages: the header row repeats on each, ★ items carry their clause, nothing is cut', () => {
    const pages = pdfPages(ent, 'raw');
    expect(pages.length).toBeGreaterThan(3);
    const sheet = checklistBook(doc).sheets.find((s) => s.id === 'routine:enterprise')!;
    const rows = sheet.sections.flatMap((x) => x.rows);
    // every page but a signatures-only last page starts its table with the header
    for (const p of pages.slice(0, -1)) for (const h of ['序号', '排查方法/内容', '排查标准', '部位/场所', '发现的隐患', '处理措施及结果']) expect(squash(p)).toContain(h);
    const all = squash(pages.join(''));
    for (const r of rows) expect(all).toContain(squash(r.content));
    expect(all).toContain(squash('重大事故隐患判定项：应急管理部令第10号 第三条第（二）项'));
    // the illegal-wiring check is not the certificate clause: printed without ★
    expect(all).toContain(squash('查看私拉乱接检查和整改记录'));
    expect(all).not.toContain(squash('★查看私拉乱接检查和整改记录'));
    expect(all).toContain(squash('★查看电工操作证和台账'));
    expect(all.match(/★/g)!.length).toBe(rows.filter((r) => r.major).length + 1); // + the note
    inside(ent);
  });

  it('the print centre lists every checklist kind with its units', () => {
    const list = listDocuments(doc).filter((k) => k.group === 'checklists');
    expect(list.map((k) => [k.id, k.units?.length ?? 1])).toEqual([
      ['checklist.enterprise', 1], ['checklist.workshop', 4], ['checklist.team', 8], ['checklist.post', 16], ['checklist.specialist', 5], ['checklist.seasonal', 2], ['checklist.holiday', 1],
    ]);
    expect(list.find((k) => k.id === 'checklist.team')!.units!.map((u) => u.name)).toEqual(['冲压一班', '冲压二班', '数控班', '车磨班', '抛光班', '喷涂班', '仓储班', '设备维修班']);
    expect(list.every((k) => k.blocking.length === 0 && k.formats.join() === 'pdf')).toBe(true);
  });

  it('a per-shift post sheet has 班前/班中/交接班 result columns', async () => {
    const p = pdfPages((await produce(doc, 'checklist.post', 'pdf', ctx, 'post_cyg')).bytes, 'raw');
    expect(squash(p[0]!)).toContain('岗位每班隐患排查表');
    expect(squash(p.join(''))).toContain('班前班中交接班');
  });

  it('sheets of units without a level above them are signed by the level that is there', async () => {
    // 设备维修班 is directly under the enterprise; 模具维修工 directly under 冲压车间
    const team = squash(pdfPages((await produce(doc, 'checklist.team', 'pdf', ctx, 'team_wx')).bytes, 'raw').join(''));
    expect(team).toContain('安全管理人员：');
    expect(team).not.toContain('车间主任：');
    const post = squash(pdfPages((await produce(doc, 'checklist.post', 'pdf', ctx, 'post_mjg')).bytes, 'raw').join(''));
    expect(post).toContain('车间主任：');
    expect(post).not.toContain('班组长：');
  });
});

describe('安全风险分级管控责任清单 and 一岗位一清单', () => {
  it('DOCX of the enterprise: title, alias, repeated two-row header, every level column, signature lines', async () => {
    const p = await produce(doc, 'duties', 'docx', ctx);
    expect(p.fileName).toBe('02_安全风险分级管控责任清单.docx');
    const files = unzipSync(new Uint8Array(p.bytes));
    const xml = strFromU8(files['word/document.xml']!);
    for (const s of ['安全风险分级管控责任清单', '较大危险因素辨识管控责任清单', '管控责任单位及责任人', '车间（部门）', '编制人（安全管理人员）', '审核人（分管负责人）', '批准人（主要负责人）']) expect(xml).toContain(s);
    expect(xml.match(/<w:tblHeader\/>/g)!.length).toBe(2);
    // merged 风险点 groups are kept whole (rows can't split) so the merged cell never breaks
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('orient="landscape"');
  });

  it('PDF per workshop: only hazards reaching the workshop, owners at every level', async () => {
    const p = await produce(doc, 'duties.workshop', 'pdf', ctx, 'ws_bm');
    expect(p.fileName).toBe('03_安全风险分级管控责任清单_表面处理车间.pdf');
    const text = squash(pdfPages(p.bytes, 'raw').join(''));
    expect(text).toContain('单位：表面处理车间');
    expect(text).toContain('表面处理车间：赵玉兰');
    expect(text).toContain('抛光班：沈丽萍');
    expect(text).not.toContain('冲压一班：钱志强');
    // the workshop's list is signed by its head and its teams' leaders, whatever the grades
    for (const s of ['车间主任（部门负责人）：', '抛光班班组长：', '喷涂班班组长：', '编制人：']) expect(text).toContain(squash(s));
    inside(p.bytes);
  });

  it('model: every row is under a 风险点 cell spanning at most POINT_GROUP_MAX rows of one risk point', () => {
    const m = dutiesDoc(doc, ctx);
    const t = m.blocks.find((b) => b.type === 'table')!;
    if (t.type !== 'table') throw new Error('no table');
    expect(t.keepRowSpanGroups).toBe(true);
    let covered = 0;
    t.rows.forEach((r, i) => {
      if (i < covered) return expect(r.point).toBeUndefined();
      const c = r.point as { text: string; rowSpan: number };
      expect(c.rowSpan).toBeGreaterThanOrEqual(1);
      expect(c.rowSpan).toBeLessThanOrEqual(POINT_GROUP_MAX);
      covered = i + c.rowSpan;
    });
    expect(covered).toBe(t.rows.length);
    // the sample's 冲压作业 has 7 hazards: runs of 3, 3 and 1
    // the runs after the first say they continue it
    const runs = t.rows.filter((r) => /^冲压作业/.test((r.point as { text?: string } | undefined)?.text ?? '')).map((r) => r.point as { text: string; rowSpan: number });
    expect(runs.map((c) => [c.text, c.rowSpan])).toEqual([['冲压作业', 3], ['冲压作业（续）', 3], ['冲压作业（续）', 1]]);
  });

  it('PDF of the enterprise: the table starts on the first page; long risk points are cut into runs of merged rows', async () => {
    const p = await produce(doc, 'duties', 'pdf', ctx);
    const pages = pdfPages(p.bytes, 'raw');
    expect(squash(pages[0]!)).toContain('主要管控措施');
    expect(squash(pages[0]!)).toMatch(/冲压作业/);
    const last = squash(pages[pages.length - 1]!);
    for (const s of ['编制人（安全管理人员）：', '审核人（分管负责人）：', '批准人（主要负责人）：']) expect(last).toContain(squash(s));
    // a hazard moved up says which level is missing
    expect(squash(pages.join(''))).toContain('（无班组，上移）');
    inside(p.bytes);
  });

  it('XLSX: one sheet with a row per hazard and the signature lines under the data', async () => {
    const p = await produce(doc, 'duties', 'xlsx', ctx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(p.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('全厂');
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(r.values ? JSON.stringify(r.values) : ''));
    expect(texts.filter((t) => t.includes('冲压作业')).length).toBeGreaterThan(3);
    expect(texts.join('\n')).toContain('批准人（主要负责人）签字：');
    expect(texts.join('\n')).toContain('企业责任人');
  });

  it('一岗位一清单 PDF and DOCX of one post', async () => {
    const pdf = await produce(doc, 'post-list', 'pdf', ctx, 'post_pgg');
    const text = squash(pdfPages(pdf.bytes, 'raw').join(''));
    expect(text).not.toContain('发生其他时');
    // 模具维修工 has no team: its list is signed by the workshop head and the safety staff
    const mjg = squash(pdfPages((await produce(doc, 'post-list', 'pdf', ctx, 'post_mjg')).bytes, 'raw').join(''));
    for (const s of ['车间主任：', '安全管理人员：', '发现隐患先报告车间主任']) expect(mjg).toContain(s);
    expect(mjg).not.toContain('班组长：');
    for (const s of ['排查方法/内容', '排查标准', '抛光工一岗位一清单', '一、岗位风险及管控措施', '二、岗位安全职责', '三、岗位隐患排查（每班：班前、班中、交接班）', '四、应急处置', '五、管控责任与报告', '六、岗位人员确认', '沈丽萍', '班组长：', '车间主任：']) expect(text).toContain(squash(s));
    inside(pdf.bytes);
    const docx = await produce(doc, 'post-list', 'docx', ctx, 'post_pgg');
    expect(docx.fileName).toBe('04_一岗位一清单_抛光工.docx');
    expect(strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!)).toContain('岗位安全职责');
  });
});
