import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellObject, rowSpanGrid, type DocModel, type TableBlock } from '../../../core/documents/model';
import { renderDocx } from './docx';
import { sampleChecklist, sampleRegister } from './samples';

const parts = (docx: Buffer): Record<string, string> => {
  const files = unzipSync(new Uint8Array(docx));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
};
const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;
const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('DOCX: landscape register', () => {
  let doc: DocModel;
  let p: Record<string, string>;
  beforeAll(async () => {
    doc = sampleRegister(40);
    p = parts(await renderDocx(doc));
  });

  it('is an A4 landscape section with margins from the model', () => {
    expect(p['word/document.xml']).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(p['word/document.xml']).toMatch(/<w:pgMar w:top="907" w:right="850" w:bottom="850" w:left="850"/);
  });

  it('marks both header rows to repeat and merges the group header', () => {
    const d = p['word/document.xml']!;
    expect(count(d, /<w:tblHeader\/>/g)).toBe(2);
    expect(d).toMatch(/<w:gridSpan w:val="5"\/>/); // 管控措施 over five columns
  });

  it('fills level cells and header cells with w:shd clear + fill', () => {
    const d = p['word/document.xml']!;
    for (const fill of ['E60012', 'F39800', 'FFE100', '0068B7', 'EDEDED']) expect(d).toContain(`<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`);
    for (const level of ['重大', '较大', '一般', '低']) expect(d).toContain(`>${level}</w:t>`);
  });

  it('merges 风险点 cells with w:vMerge (restart + one continue per covered row)', () => {
    const d = p['word/document.xml']!;
    const t = doc.blocks.find((b) => b.type === 'table') as TableBlock;
    const spans = rowSpanGrid(t.columns, t.rows).flat();
    const headerMerges = 6; // six untitled group columns merge over the two header rows
    expect(count(d, /<w:vMerge w:val="restart"\/>/g)).toBe(spans.filter((s) => s > 1).length + headerMerges);
    expect(count(d, /<w:vMerge w:val="continue"\/>/g)).toBe(spans.filter((s) => s === 0).length + headerMerges);
  });

  it('writes every cell text', () => {
    const d = p['word/document.xml']!;
    const t = doc.blocks.find((b) => b.type === 'table') as TableBlock;
    for (const row of t.rows) for (const col of t.columns) if (row[col.key] !== undefined) expect(d).toContain(xmlText(cellObject(row[col.key]).text));
  });

  it('names Arial + Microsoft YaHei and zh-CN on runs, and declares YaHei with its fallbacks', () => {
    const d = p['word/document.xml']!;
    expect(d).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Microsoft YaHei" w:hAnsi="Arial"/>');
    expect(count(d, /<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/g)).toBeGreaterThan(400);
    expect(p['word/fontTable.xml']).toMatch(/<w:font w:name="Microsoft YaHei"><w:altName w:val="微软雅黑"\/>.*<w:charset w:val="86"\/>/);
    expect(p['word/settings.xml']).toContain('<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  it('defines its own black paragraph styles and uses no built-in heading', () => {
    const s = p['word/styles.xml']!;
    expect(s).toMatch(/w:styleId="SPTitle1".*?<w:color w:val="000000"\/>.*?<w:sz w:val="36"\/>/);
    expect(p['word/document.xml']).toContain('<w:pStyle w:val="SPTitle1"/>');
    expect(p['word/document.xml']).not.toMatch(/w:pStyle w:val="(Heading|Title)/);
  });

  it('has the running header and PAGE / NUMPAGES in the footer', () => {
    expect(p['word/header1.xml']).toContain('示例机械制造有限公司');
    const f = p['word/footer1.xml']!;
    expect(f).toContain('PAGE</w:instrText>');
    expect(f).toContain('NUMPAGES</w:instrText>');
    expect(f).toMatch(/第 .*页 共 .*页/);
  });
});

describe('DOCX: portrait checklist and other blocks', () => {
  it('prints the band, fields, signatures and a minimum row height', async () => {
    const d = parts(await renderDocx(sampleChecklist()))['word/document.xml']!;
    expect(d).toMatch(/w:orient="portrait"/);
    expect(d).toContain('<w:shd w:fill="F39800" w:color="auto" w:val="clear"/>');
    expect(d).toContain('较大风险（橙色）\u3000本岗位最高风险等级');
    for (const t of ['车间：', '冲压车间', '排查人：', '班组长：', '日期：', '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日']) expect(d).toContain(t);
    expect(d).toContain('<w:trHeight w:val="454" w:hRule="atLeast"/>'); // 8 mm
  });

  it('skips custom blocks or prints the caller placeholder', async () => {
    const doc: DocModel = { title: 'x', page: { size: 'A3', orientation: 'portrait' }, blocks: [{ type: 'custom', id: 'sign.no-smoking', heightMm: 30, data: null }] };
    expect(parts(await renderDocx(doc))['word/document.xml']).not.toContain('sign.no-smoking');
    const withText = parts(await renderDocx(doc, { customText: (id) => `〔${id}〕` }))['word/document.xml']!;
    expect(withText).toContain('〔sign.no-smoking〕');
    expect(withText).toMatch(/<w:pgSz w:w="16838" w:h="23811" w:orient="portrait"\/>/);
  });

  it('refuses group headers that do not match the columns', async () => {
    const bad: DocModel = {
      title: 'x',
      page: { size: 'A4', orientation: 'portrait' },
      blocks: [{ type: 'table', repeatHeader: true, columns: [{ key: 'a', title: 'A', width: 1 }], groupHeader: [{ title: 'G', span: 3 }], rows: [] }],
    };
    await expect(renderDocx(bad)).rejects.toMatchObject({ code: 'E_RENDER_FAILED' });
  });
});
