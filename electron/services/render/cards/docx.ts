/**
 * The editable DOCX of the cards and boards (the raw renderer 'cards' with format 'docx'), written
 * from the same pure contents as the PDF (core/cards) with the docx package: Word, WPS and
 * LibreOffice keep it editable; the PDF stays the fixed layout.
 *
 * Print rules of the DOCX (issue: cards review):
 * - Every string goes through core/cards/typography.ts, like the PDF.
 * - A 告知卡 fits one A4 page in the common case (10 pt body, 9.5 pt tables, 12 mm margins), and
 *   the contacts and the QR code (a PNG from the qrcode package at level M, 25 mm) sit on page 1
 *   right under the level band, so nothing important lands on a second page.
 * - List items (measures, steps, lines of a column) are paragraphs with a hanging indent: the
 *   bullet or number hangs, continuation lines align with the text.
 * - Levels are written in words next to their colour; sign icons are PDF-only, the DOCX names them.
 * Fonts as in ../docx.ts (Arial / Microsoft YaHei, zh-CN), font table patched by ../docxFonts.ts.
 * Errors: AppError('E_RENDER_FAILED', { format: 'docx', reason }).
 */
import QRCode from 'qrcode';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  LineRuleType,
  HeightRule,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { AckSheetContent, BoardContent, CardHead, EmergencyCardContent, OccupationalCardContent, OperatingCardContent, PhoneLine, RiskCardContent } from '../../../../core/cards';
import type { CardResponsible } from '../../../../core/cards/responsible';
import { typeset } from '../../../../core/cards/typography';
import { AppError } from '../../../../core/contract/errors';
import { HEADER_FILL, RISK_COLOURS } from '../../../../core/documents/colours';
import type { CardContent, CardsPdfData } from '../../../../core/documents/kinds/cards';
import { zhDate } from '../../../../core/model/dates';
import type { RiskLevel } from '../../../../core/model/vocab';
import { patchFontTable } from '../docxFonts';
import { OFFICE_FONTS } from '../fonts';

const FONT = { ascii: OFFICE_FONTS.latin, hAnsi: OFFICE_FONTS.latin, cs: OFFICE_FONTS.latin, eastAsia: OFFICE_FONTS.eastAsia };
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };
const TW_PER_MM = 1440 / 25.4;
const tw = (mm: number): number => Math.round(mm * TW_PER_MM);
const hp = (pt: number): number => Math.round(pt * 2);
const hex = (c: string): string => c.replace('#', '').toUpperCase();
const BLANK = '________';
/** ISO 216 paper in mm, portrait. */
const PAPER_MM: Readonly<Record<'A4' | 'A3' | 'A2' | 'A1', { w: number; h: number }>> = { A4: { w: 210, h: 297 }, A3: { w: 297, h: 420 }, A2: { w: 420, h: 594 }, A1: { w: 594, h: 841 } };
const BODY_PT = 10;
const TABLE_PT = 9;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const MARGIN_MM = 12;
/** Table text of a board (a poster paper, A3 or larger). */
const BOARD_PT = 11;
const CELL_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };
/** Hanging indent of list items (twips). */
const HANG = 220;

type Block = Paragraph | Table;

function run(text: string, o: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text: typeset(text).replace(/\u2060/g, ''), font: FONT, language: LANGUAGE, ...o });
}

function p(children: ParagraphChild[] | string, o: { size?: number; bold?: boolean; align?: 'left' | 'center' | 'right'; before?: number; after?: number; color?: string } = {}): Paragraph {
  const kids = typeof children === 'string' ? [run(children, { size: hp(o.size ?? BODY_PT), ...(o.bold ? { bold: true } : {}), ...(o.color ? { color: hex(o.color) } : {}) })] : children;
  return new Paragraph({
    ...(o.align ? { alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT } : {}),
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: 264, lineRule: LineRuleType.AUTO },
    children: kids,
  });
}

/** A list item with a hanging bullet or number: continuation lines align with the text. */
function item(mark: string, text: string, size = TABLE_PT): Paragraph {
  return new Paragraph({
    indent: { left: HANG, hanging: HANG },
    tabStops: [{ type: TabStopType.LEFT, position: HANG }],
    spacing: { before: 0, after: 20, line: 252, lineRule: LineRuleType.AUTO },
    children: [run(mark, { size: hp(size) }), new TextRun({ children: [new Tab()] }), run(text, { size: hp(size) })],
  });
}

const bullets = (items: readonly string[], size = TABLE_PT) => items.map((t) => item('·', t, size));
const numbers = (items: readonly string[], size = TABLE_PT) => items.map((t, i) => item(`${i + 1}.`, t, size));

interface CellOpts {
  fill?: string;
  span?: number;
  align?: 'left' | 'center';
  bold?: boolean;
  color?: string;
  size?: number;
}

function cell(content: string | Paragraph[], widthTw: number, o: CellOpts = {}): TableCell {
  const children = typeof content === 'string' ? content.split('\n').map((line) => p(line, { size: o.size ?? TABLE_PT, ...(o.bold ? { bold: true } : {}), ...(o.color ? { color: o.color } : {}), ...(o.align ? { align: o.align } : {}) })) : content;
  return new TableCell({
    width: { size: widthTw, type: WidthType.DXA },
    ...(o.span ? { columnSpan: o.span } : {}),
    ...(o.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(o.fill) } } : {}),
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGINS,
    children: children.length ? children : [p('')],
  });
}

function table(widths: number[], rows: TableRow[], borders = true): Table {
  const r = borders ? RULE : NO_RULE;
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: r, bottom: r, left: r, right: r, insideHorizontal: r, insideVertical: r },
    rows,
  });
}

/** Relative weights → twips of the text width. */
function cols(weights: number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1]! += total - out.reduce((s, w) => s + w, 0);
  return out;
}

const row = (cells: TableCell[], o: { header?: boolean; cantSplit?: boolean; minMm?: number } = {}) =>
  new TableRow({ ...(o.header ? { tableHeader: true } : {}), ...(o.cantSplit ? { cantSplit: true } : {}), ...(o.minMm ? { height: { value: tw(o.minMm), rule: HeightRule.ATLEAST } } : {}), children: cells });

function titleBlock(enterprise: string, title: string): Paragraph[] {
  return [p(enterprise, { size: 11, align: 'center' }), p(title, { size: 20, bold: true, align: 'center', after: 80 })];
}

function headFields(h: CardHead, width: number): Table {
  const w = cols([11, 22, 11, 22, 11, 23], width);
  const pair = (label: string, value: string, i: number) => [cell(label, w[i]!, { fill: HEADER_FILL, align: 'center', size: BODY_PT }), cell(value || BLANK, w[i + 1]!, { size: BODY_PT })];
  return table(w, [
    row([...pair('车间/班组', h.unitPath || '企业直属', 0), ...pair('岗位名称', h.post, 2), ...pair('卡片编号', h.number, 4)]),
    row([...pair('作业场所', h.place, 0), ...pair('版本', h.version, 2), ...pair('发布日期', zhDate(h.date), 4)]),
  ]);
}

function band(level: RiskLevel | null, label: string, note: string, width: number): Table {
  const c = level ? RISK_COLOURS[level] : { fill: '#D9D9D9', text: '#000000' };
  const paras = [p(`风险等级：${label}`, { size: 13, bold: true, align: 'center', color: c.text })];
  if (note) paras.push(p(note, { size: 9, align: 'center', color: c.text }));
  return table([width], [row([cell(paras, width, { fill: c.fill })], { cantSplit: true })]);
}

function personText(label: string, r: CardResponsible | null): string {
  if (!r) return `${label}：${BLANK}  电话：${BLANK}`;
  return `${label}：${r.name}（${r.level ? `${r.role}，${r.level}级管控` : r.role}）  电话：${r.phone || BLANK}`;
}

async function qrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 8, type: 'png' });
}

/** Contacts (responsible, supervisor, internal phone, public phones) and, for the 告知卡, the QR code. */
async function contacts(resp: CardResponsible | null, supervisor: CardResponsible | null, internal: string, phones: readonly PhoneLine[], width: number, qr?: string): Promise<Table> {
  const lines: Paragraph[] = [p('应急联系与报告', { bold: true }), p(personText('责任人', resp))];
  if (supervisor) lines.push(p(`${supervisor.role}：${supervisor.name}  电话：${supervisor.phone || BLANK}`));
  lines.push(p([run('内部应急电话 ', { size: hp(11) }), run(internal || BLANK, { size: hp(11), bold: true })]));
  lines.push(p(phones.flatMap((ph, i) => [run(`${i ? '    ' : ''}${ph.label} `, { size: hp(11) }), run(ph.number, { size: hp(11), bold: true })])));
  if (!qr) return table([width], [row([cell(lines, width)], { cantSplit: true })]);
  const w = cols([74, 26], width);
  const px = Math.round((25 / 25.4) * 96);
  const image = new ImageRun({ type: 'png', data: await qrPng(qr), transformation: { width: px, height: px }, altText: { name: 'QR', description: qr, title: '卡片二维码' } });
  const qrCell = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [image] }), p('扫码核对岗位和卡片版本', { size: 8, align: 'center' })];
  return table(w, [row([cell(lines, w[0]!), cell(qrCell, w[1]!)], { cantSplit: true })]);
}

/** A label | content row table (label shaded). */
function labelRows(rows: [string, Paragraph[] | string][], width: number, labelW = 16): Table {
  const w = cols([labelW, 100 - labelW], width);
  return table(
    w,
    rows.map(([label, content]) => row([cell(label, w[0]!, { fill: HEADER_FILL, align: 'center', bold: true }), cell(content, w[1]!)])),
  );
}

const spacer = () => new Paragraph({ spacing: { before: 0, after: 0, line: tw(1.5), lineRule: LineRuleType.EXACT }, children: [] });

async function riskDocx(c: RiskCardContent, width: number): Promise<Block[]> {
  const w = cols([6, 34, 8, 52], width);
  const head = row(['序号', '主要危险因素', '等级', '管控措施'].map((t, i) => cell(t, w[i]!, { fill: HEADER_FILL, align: 'center', bold: true })), { header: true, cantSplit: true });
  const body = c.hazards.map((h, i) =>
    row(
      [
        cell(String(i + 1), w[0]!, { align: 'center' }),
        cell(h.text, w[1]!),
        cell(h.levelShort, w[2]!, { align: 'center', bold: true, ...(h.level ? { fill: RISK_COLOURS[h.level].tint } : {}) }),
        cell(bullets(h.measures), w[3]!),
      ],
      { cantSplit: true },
    ),
  );
  const blocks: Block[] = [
    ...titleBlock(c.head.enterprise, c.title),
    headFields(c.head, width),
    spacer(),
    band(c.level, c.levelText, c.levelNote, width),
    spacer(),
    await contacts(c.responsible, c.supervisor, c.internalPhone, c.phones, width, c.qr),
    spacer(),
    table(w, [head, ...body]),
  ];
  if (c.hazardNote) blocks.push(p(c.hazardNote, { size: 8.5, color: '#555555' }));
  blocks.push(
    spacer(),
    labelRows(
      [
        ['可能发生的事故类型', c.accidentTypes.join('、')],
        ['劳动防护用品', c.ppe.length ? `必须正确穿戴：${c.ppe.join('、')}` : '按作业要求穿戴劳动防护用品'],
        ['可能导致的后果', numbers(c.consequences)],
        ['安全警示标志', c.signs.map((s) => s.title).join('、')],
        ['应急处置措施', numbers(c.emergency)],
      ],
      width,
    ),
  );
  return blocks;
}

async function operatingDocx(c: OperatingCardContent, width: number): Promise<Block[]> {
  const w = cols([6, 56, 38], width);
  const rows: TableRow[] = [row(['序号', '操作步骤与安全要求', '关键风险点'].map((t, i) => cell(t, w[i]!, { fill: HEADER_FILL, align: 'center', bold: true })), { header: true, cantSplit: true })];
  for (const st of c.stages) {
    rows.push(row([cell(st.title, width, { span: 3, bold: true, fill: '#F2F2F2' })], { cantSplit: true }));
    st.steps.forEach((s, i) => rows.push(row([cell(String(i + 1), w[0]!, { align: 'center' }), cell(s.text, w[1]!), cell(s.risk || '—', w[2]!)], { cantSplit: true })));
  }
  return [
    ...titleBlock(c.head.enterprise, c.title),
    headFields(c.head, width),
    spacer(),
    band(c.level, c.levelText, '', width),
    spacer(),
    await contacts(c.responsible, c.supervisor, c.internalPhone, c.phones, width),
    spacer(),
    table(w, rows),
    spacer(),
    labelRows(
      [
        ['禁止事项', numbers(c.prohibited.length ? c.prohibited : ['不违章指挥、不违章作业、不违反劳动纪律'])],
        ['劳动防护用品', c.ppe.length ? `必须正确穿戴：${c.ppe.join('、')}` : '按作业要求穿戴劳动防护用品'],
      ],
      width,
    ),
  ];
}

async function emergencyDocx(c: EmergencyCardContent, width: number): Promise<Block[]> {
  const w = cols([44, 28, 28], width);
  const rows: TableRow[] = [];
  c.scenarios.forEach((s, i) => {
    rows.push(row([cell(`${i + 1}. ${s.title}`, width, { span: 3, bold: true, fill: '#F2F2F2' })], { cantSplit: true }));
    rows.push(
      row(
        [
          cell([p('立即处置', { bold: true, size: TABLE_PT }), ...numbers(s.immediate)], w[0]!),
          cell([p('禁止事项', { bold: true, size: TABLE_PT }), ...numbers(s.dont)], w[1]!),
          cell([p('报告求援', { bold: true, size: TABLE_PT }), ...numbers(s.call), ...s.phones.map((ph) => p(ph, { bold: true, size: TABLE_PT }))], w[2]!),
        ],
        { cantSplit: true },
      ),
    );
  });
  const blocks: Block[] = [
    ...titleBlock(c.head.enterprise, c.title),
    headFields(c.head, width),
    spacer(),
    band(c.level, c.levelText, '', width),
    spacer(),
    labelRows([['应急物资存放位置', c.equipmentLocation || `${BLANK}${BLANK}${BLANK}`]], width),
    spacer(),
    await contacts(c.responsible, c.supervisor, c.internalPhone, c.phones, width),
    spacer(),
    table(w, rows),
  ];
  if (c.own.length) blocks.push(spacer(), labelRows([['本岗位应急措施', numbers(c.own)]], width));
  return blocks;
}

function ackDocx(c: AckSheetContent, width: number): Block[] {
  const w = cols([8, 22, 24, 26, 20], width);
  const rows = [row(['序号', '姓名', '告知日期', '本人签名', '备注'].map((t, i) => cell(t, w[i]!, { fill: HEADER_FILL, align: 'center', bold: true })), { header: true, cantSplit: true })];
  for (let i = 0; i < c.rows; i++) rows.push(row([cell(String(i + 1), w[0]!, { align: 'center' }), cell(c.workers[i] ?? '', w[1]!, { align: 'center' }), cell('', w[2]!), cell('', w[3]!), cell('', w[4]!)], { cantSplit: true, minMm: 8 }));
  return [
    ...titleBlock(c.head.enterprise, c.title),
    headFields(c.head, width),
    spacer(),
    labelRows([['告知内容', numbers(c.cards)]], width),
    p(c.statement, { before: 80, after: 80 }),
    table(w, rows),
    p(`告知人（签字）：${BLANK}        日期：    年  月  日`, { before: 200 }),
    p(`班组长/车间负责人（签字）：${BLANK}        日期：    年  月  日`, { before: 120 }),
  ];
}

async function occupationalDocx(c: OccupationalCardContent, width: number): Promise<Block[]> {
  const blocks: Block[] = [...titleBlock(c.head.enterprise, c.title), headFields(c.head, width), spacer()];
  for (const a of c.agents) {
    const m = a.monitoring;
    const rows: [string, Paragraph[] | string][] = [];
    if (a.properties) rows.push(['理化特性', a.properties]);
    rows.push(['健康危害', numbers(a.health)], ['防护措施', numbers(a.protection)]);
    if (a.firstAid.length) rows.push(['应急处理', numbers(a.firstAid)]);
    rows.push(
      ['检测结果', m.results.length ? m.results.map((r) => p(r, { size: TABLE_PT })) : BLANK],
      ['职业接触限值', m.limit || BLANK],
      ['检测日期', m.date ? zhDate(m.date) : BLANK],
      ['判定', m.action ? [p(m.judgement, { bold: true, size: TABLE_PT, color: '#C00000' }), p(`须立即：${m.action}`, { size: TABLE_PT })] : m.judgement || BLANK],
    );
    blocks.push(p(`职业病危害因素：${a.name}`, { bold: true, size: 12, before: 80, after: 40 }), labelRows(rows, width));
  }
  blocks.push(p(`警示标识：${c.signs.map((s) => s.title).join('、')}`, { before: 80 }), spacer(), await contacts(c.responsible, c.supervisor, c.internalPhone, c.phones, width));
  return blocks;
}

function boardDocx(c: BoardContent, width: number): Block[] {
  const onePoint = new Set(c.rows.map((r) => r.riskPoint)).size === 1;
  // the person column holds “姓名（11-digit mobile）” on one line at BOARD_PT on A3 (≈ 45 mm)
  const weights = onePoint ? [4, 22, 5, 8, 27, 15, 5, 14] : [4, 9, 18, 5, 8, 24, 13, 5, 14];
  const w = cols(weights, width);
  const titles = ['序号', ...(onePoint ? [] : ['风险点']), '主要危险因素', '等级', '事故类型', '管控措施', '应急处置措施', '管控层级', '责任单位/责任人'];
  const rows = [row(titles.map((t, i) => cell(t, w[i]!, { fill: HEADER_FILL, align: 'center', bold: true, size: BOARD_PT })), { header: true, cantSplit: true })];
  c.rows.forEach((r, i) => {
    const cells = [
      cell(String(i + 1), w[0]!, { align: 'center', size: BOARD_PT }),
      ...(onePoint ? [] : [r.riskPoint]).map((t) => cell(t, w[1]!, { size: BOARD_PT })),
    ];
    const k = cells.length;
    cells.push(
      cell(r.hazard, w[k]!, { size: BOARD_PT }),
      cell(r.levelShort, w[k + 1]!, { align: 'center', bold: true, size: BOARD_PT, ...(r.level ? { fill: RISK_COLOURS[r.level].tint } : {}) }),
      cell(r.accidentTypes, w[k + 2]!, { size: BOARD_PT }),
      cell(bullets(r.measures, BOARD_PT), w[k + 3]!),
      cell(r.emergency.length ? bullets(r.emergency, BOARD_PT) : '按岗位应急处置卡处置', w[k + 4]!, { size: BOARD_PT }),
      cell(r.controlLevel || '—', w[k + 5]!, { align: 'center', size: BOARD_PT }),
      cell([r.unit, ...r.persons].join('\n'), w[k + 6]!, { size: BOARD_PT }),
    );
    rows.push(row(cells, { cantSplit: true }));
  });
  const f = cols([12, 21, 12, 21, 12, 22], width);
  const pair = (label: string, value: string, i: number) => [cell(label, f[i]!, { fill: HEADER_FILL, align: 'center', size: BODY_PT }), cell(value || BLANK, f[i + 1]!, { size: BODY_PT })];
  return [
    ...titleBlock(c.enterprise, c.title),
    table(f, [
      row([...pair('场所/区域', c.place, 0), ...pair('位置', c.location, 2), ...pair('管控层级', c.controlLevel, 4)]),
      row([...pair('责任单位', c.unit, 0), ...pair('责任人', c.persons, 2), ...pair('发布日期', zhDate(c.date), 4)]),
    ]),
    spacer(),
    band(c.level, c.levelText, `风险统计：${c.counts.map((k) => `${k.label} ${k.count} 项`).join('、')}${c.levelNote ? `；${c.levelNote}` : ''}`, width),
    spacer(),
    table(w, rows),
    p(
      [
        run('事故隐患和险情报告电话 ', { size: hp(11) }),
        run(c.reportPhone || BLANK, { size: hp(11), bold: true }),
        ...c.phones.flatMap((ph) => [run(`    ${ph.label} `, { size: hp(11) }), run(ph.number, { size: hp(11), bold: true })]),
      ],
      { before: 80 },
    ),
    p(`安全警示标志：${c.signs.map((s) => s.title).join('、')}`),
  ];
}

async function blocksOf(c: CardContent, width: number): Promise<Block[]> {
  switch (c.kind) {
    case 'risk':
      return riskDocx(c, width);
    case 'operating':
      return operatingDocx(c, width);
    case 'emergency':
      return emergencyDocx(c, width);
    case 'ack':
      return ackDocx(c, width);
    case 'occupational':
      return occupationalDocx(c, width);
    case 'board':
      return boardDocx(c, width);
  }
}

/** The DOCX of some card contents, one after the other (a page break between), A4 or A3. */
export async function renderCardsDocx(data: CardsPdfData): Promise<Buffer> {
  try {
    // boards are posters: A3 (or the poster paper asked for) landscape, like the PDF
    const landscape = data.items.some((c) => c.kind === 'board');
    const size = landscape ? (data.poster ?? 'A3') : data.paper;
    const paper = PAPER_MM[size];
    const width = tw((landscape ? paper.h : paper.w) - 2 * MARGIN_MM);
    const children: Block[] = [];
    for (const [i, c] of data.items.entries()) {
      if (i > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
      children.push(...(await blocksOf(c, width)));
    }
    if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ children: [] }));
    const doc = new Document({
      creator: 'SafePost',
      title: data.title,
      styles: { default: { document: { run: { font: FONT, size: hp(BODY_PT), language: LANGUAGE }, paragraph: { spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO } } } } },
      sections: [
        {
          properties: {
            page: {
              size: { width: tw(paper.w), height: tw(paper.h), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
              margin: { top: tw(MARGIN_MM), right: tw(MARGIN_MM), bottom: tw(MARGIN_MM), left: tw(MARGIN_MM), header: tw(5), footer: tw(5) },
            },
          },
          children,
        },
      ],
    });
    return await patchFontTable(await Packer.toBuffer(doc));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_RENDER_FAILED', { format: 'docx', reason: e instanceof Error ? e.message : String(e) });
  }
}
