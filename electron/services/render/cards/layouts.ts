/**
 * The layouts of the cards and boards as engine specs (./engine.ts), from the pure content of
 * core/cards. Portrait A4-designed cards (岗位安全风险告知卡, 岗位安全操作卡, 应急处置卡, 告知确认表,
 * 职业病危害告知卡) and the 安全风险公告栏 as a landscape poster designed for A3 (printed on A3, A2 or
 * A1) with the full list as an appendix.
 *
 * Type: the body of a card is 10.5 pt or more on A4 (13 → 10.5 pt by content, the same few sizes
 * for every card of a type); a card that needs more than a page flows at 10.5 pt onto a second
 * page rather than shrinking (engine.ts), and puts its key information on page 1: the 告知卡
 * its accident types, PPE, signs and emergency measures before the hazard table, the 应急处置卡
 * where the emergency equipment is before the scenarios.
 * Every colour-coded level is also written as text (the band says '风险等级：较大风险（橙色）', the
 * level cells say '较大'), so black-and-white prints lose nothing. Lines to fill by hand are
 * printed where a value is missing (monitoring results, equipment location, phones).
 */
import type { AckSheetContent, BoardContent, BoardRow, CardHead, EmergencyCardContent, OccupationalCardContent, OperatingCardContent, PhoneLine, RiskCardContent } from '../../../../core/cards';
import type { CardResponsible } from '../../../../core/cards/responsible';
import { HEADER_FILL, RISK_COLOURS } from '../../../../core/documents/colours';
import { zhDate } from '../../../../core/model/dates';
import type { RiskLevel } from '../../../../core/model/vocab';
import { numbered, para, text, type CardSpec, type Cell, type Content, type Item, type Para, type Row } from './engine';

const FIELD_PT = 10.5;
const TITLE_PT = 22;
const BAND_PT = 15;
const FOOT_PT = 10.5;
const PAGE_LINE_PT = 8;
const BLANK = '＿＿＿＿＿＿＿＿';
const BLANK_SHORT = '＿＿＿＿＿';
const NONE_FILL = '#D9D9D9';
const STAGE_FILL = '#F2F2F2';
const MUTED = '#555555';

/** Body sizes of the A4 cards: the largest that fits one page, else 10.5 pt on more pages. */
const CARD_SIZES = { sizes: [14, 13, 12, 11.5, 11, 10.5], flowPt: 10.5, minFlowPt: 10 } as const;
/** A notice with little text (职业病危害告知卡) may use larger type still. */
const NOTICE_SIZES = { sizes: [16, 15, 14, 13, 12, 11.5, 11, 10.5], flowPt: 10.5, minFlowPt: 10 } as const;

const labelCell = (label: string, w: number, o: { size?: number } = {}): Cell => ({
  w,
  fill: HEADER_FILL,
  content: text([para(label, { align: 'center', keep: !label.includes('\n') })], { valign: 'middle', ...(o.size ? { size: o.size } : {}) }),
  cont: text([para(label.replace('\n', ''), { align: 'center' }), para('（续）', { align: 'center', keep: true })], { valign: 'middle', ...(o.size ? { size: o.size } : {}) }),
});

const valueCell = (value: Content, w: number): Cell => ({ w, content: value });

/** A header cell of a table: one line, shrinking rather than breaking “序号”. */
const headCell = (t: string, w: number): Cell => ({ w, fill: HEADER_FILL, content: text([para(t, { align: 'center', keep: true })], { valign: 'middle' }) });

/** A numbered list in two columns beside its label (short lines waste less of a wide card). */
function twoColumnList(label: string, items: readonly string[], labelW = 16): Item {
  if (items.length < 4) return labelled(label, text(numbered(items)), labelW);
  const half = Math.ceil(items.length / 2);
  const col = (from: number, to: number) => text(items.slice(from, to).map((t, i) => para(t, { prefix: `${from + i + 1}.` })));
  const w = (100 - labelW) / 2;
  return { type: 'row', row: { cells: [labelCell(label, labelW), { w, content: col(0, half) }, { w, content: col(half, items.length) }] } };
}

/** A body row: a label on the left, content on the right. */
function labelled(label: string, content: Content, labelW = 16, o: Partial<Row> = {}): Item {
  return { type: 'row', row: { ...o, cells: [labelCell(label, labelW), valueCell(content, 100 - labelW)] } };
}

function titleRows(title: string, enterprise: string, size = TITLE_PT): Row[] {
  return [
    {
      border: false,
      cells: [{ w: 1, pad: 2, content: text([para(enterprise, { align: 'center', size: 11 }), para(title, { bold: true, align: 'center', size, gapBefore: 0.15 })], { size: 11 }) }],
    },
  ];
}

/** The field grid under the title: `perRow` (label, value) pairs per row. */
function fieldGrid(pairs: [string, string][], perRow = 3, size = FIELD_PT): Row[] {
  const rows: Row[] = [];
  const labelW = perRow === 3 ? 11 : perRow === 2 ? 14 : 8;
  const valueW = (100 - perRow * labelW) / perRow;
  for (let i = 0; i < pairs.length; i += perRow) {
    const chunk = pairs.slice(i, i + perRow);
    const cells: Cell[] = [];
    chunk.forEach(([label, value], k) => {
      // the last pair of a short row takes the rest of the width
      const w = k === chunk.length - 1 ? valueW + (perRow - chunk.length) * (labelW + valueW) : valueW;
      cells.push(labelCell(label, labelW, { size }), valueCell(text(value || BLANK, { size, valign: 'middle' }), w));
    });
    rows.push({ cells });
  }
  return rows;
}

function headFields(h: CardHead): [string, string][] {
  return [
    ['车间/班组', h.unitPath || '企业直属'],
    ['岗位名称', h.post],
    ['卡片编号', h.number],
    ['作业场所', h.place],
    ['版本', h.version],
    ['发布日期', zhDate(h.date)],
  ];
}

/** The coloured band with the level in words (never colour alone). */
export function levelBand(level: RiskLevel | null, label: string, note = '', size = BAND_PT): Row {
  const c = level ? RISK_COLOURS[level] : { fill: NONE_FILL, text: '#000000' };
  const paras: Para[] = [para(`风险等级：${label}`, { bold: true, align: 'center', keep: true })];
  if (note) paras.push(para(note, { align: 'center', size: 9.5 }));
  return { keep: true, cells: [{ w: 1, fill: c.fill, color: c.text, pad: 4, content: text(paras, { size }) }] };
}

/** The level of one hazard as a tinted cell with its name (repeated on a continuation: never colour alone). */
function levelCell(level: RiskLevel | null, short: string, w: number): Cell {
  const content = text([para(short, { bold: true, align: 'center', keep: true })], { valign: 'middle' });
  return { w, ...(level ? { fill: RISK_COLOURS[level].tint } : {}), content, cont: content };
}

/** A row number, repeated with “续” under it on a continuation. */
function numberCell(i: number, w: number): Cell {
  return { w, content: text([para(String(i + 1), { align: 'center', keep: true })]), cont: text([para(String(i + 1), { align: 'center', keep: true }), para('（续）', { align: 'center', keep: true, size: 8 })]) };
}

/** A text cell whose continuation (a row taller than a page) says it continues and repeats the text. */
function continuedCell(value: string, w: number): Cell {
  return { w, content: text(value), cont: text([para('（续上页）', { color: MUTED, size: 8.5 }), para(value, { color: MUTED })]) };
}

function pageLine(left: string): Row {
  return { border: false, keep: true, cells: [{ w: 1, pad: 1, content: text([para(`${left}    第 {page} 页 共 {pages} 页`, { align: 'center' })], { size: PAGE_LINE_PT }) }] };
}

function contHeader(title: string, h: { post?: string; number?: string; place?: string }, size = 14): Row[] {
  const right = [h.post ? `岗位：${h.post}` : h.place ? `场所：${h.place}` : '', h.number ? `编号：${h.number}` : ''].filter(Boolean).join('    ');
  return [
    {
      border: false,
      cells: [
        { w: 45, pad: 2, content: text([para(`${title}（续）`, { bold: true })], { size, valign: 'middle' }) },
        { w: 55, pad: 2, content: text([para(right, { align: 'right' })], { size: FIELD_PT, valign: 'middle' }) },
      ],
    },
  ];
}

function personText(label: string, r: CardResponsible | null): string {
  if (!r) return `${label}：${BLANK}    电话：${BLANK}`;
  const role = r.level ? `${r.role}，${r.level}级管控` : r.role;
  return `${label}：${r.name}（${role}）    电话：${r.phone || BLANK}`;
}

function phonesPara(phones: readonly PhoneLine[], size: number): Para {
  return { runs: phones.flatMap((p, i) => [{ text: `${i ? '    ' : ''}${p.label} ` }, { text: p.number, bold: true }]), size };
}

/** Footer with the responsible person, the supervisor, the internal phone, the public phones and (optionally) a QR code. */
function phoneFooter(resp: CardResponsible | null, supervisor: CardResponsible | null, internal: string, phones: readonly PhoneLine[], qr?: string): Row[] {
  const lines: Para[] = [para('应急联系与报告', { size: FOOT_PT, bold: true }), para(personText('责任人', resp), { size: FOOT_PT, gapBefore: 0.3 })];
  if (supervisor) lines.push(para(`${supervisor.role}：${supervisor.name}    电话：${supervisor.phone || BLANK}`, { size: FOOT_PT, gapBefore: 0.2 }));
  lines.push({ runs: [{ text: '内部应急电话 ' }, { text: internal || BLANK, bold: true }], size: 13, gapBefore: 0.3 }, { ...phonesPara(phones, 13), gapBefore: 0.3 });
  const cells: Cell[] = [{ w: qr ? 72 : 100, pad: 5, content: text(lines, { size: FOOT_PT, valign: 'middle' }) }];
  if (qr) {
    cells.push({
      w: 28,
      pad: 3,
      content: { kind: 'qr', payload: qr, sizeMm: 27, caption: [para('扫码核对岗位和卡片版本', { align: 'center', keep: true })], captionSize: PAGE_LINE_PT },
    });
  }
  return [{ keep: true, cells }];
}

const signsContent = (signs: readonly { id: string; title: string }[], iconMm = 14): Content => ({ kind: 'signs', items: signs.map((s) => ({ id: s.id, caption: s.title })), iconMm });

// ---------------------------------------------------------------------------------------------

/** 岗位安全风险告知卡. */
export function riskCardSpec(c: RiskCardContent): CardSpec {
  const hazardTable: Item = {
    type: 'table',
    header: { keep: true, cells: [headCell('序号', 7), headCell('主要危险因素', 33), headCell('等级', 8), headCell('管控措施', 52)] },
    rows: c.hazards.map((h, i) => ({
      cells: [
        numberCell(i, 7),
        continuedCell(h.text, 33),
        levelCell(h.level, h.levelShort, 8),
        { w: 52, content: text(h.measures.map((m) => para(m, { prefix: '·' }))), cont: text([para('（续上页）', { color: MUTED, size: 8.5 })]) },
      ],
    })),
  };
  const note: Item[] = c.hazardNote ? [{ type: 'row', row: { cells: [{ w: 1, content: text([para(c.hazardNote, { color: MUTED })], { scale: 0.9 }) }] } }] : [];
  const typesPpe: Item = {
    type: 'row',
    row: {
      cells: [
        labelCell('可能发生的\n事故类型', 16),
        valueCell(text(c.accidentTypes.join('、')), 30),
        labelCell('劳动防护\n用品', 12),
        valueCell(text(c.ppe.length ? `必须正确穿戴：${c.ppe.join('、')}` : '按作业要求穿戴劳动防护用品'), 42),
      ],
    },
  };
  const consequences = twoColumnList('可能导致\n的后果', c.consequences.length ? c.consequences : ['见主要危险因素']);
  const signs: Item[] = c.signs.length ? [labelled('安全警示标志', signsContent(c.signs))] : [];
  const emergency = twoColumnList('应急处置措施', c.emergency);
  return {
    title: `${c.title}（${c.head.post}）`,
    orientation: 'portrait',
    firstHeader: [...titleRows(c.title, c.head.enterprise), ...fieldGrid(headFields(c.head)), levelBand(c.level, c.levelText, c.levelNote)],
    contHeader: contHeader(c.title, { post: c.head.post, number: c.head.number }),
    firstFooter: [...phoneFooter(c.responsible, c.supervisor, c.internalPhone, c.phones, c.qr), pageLine(`${c.head.number}  ${c.head.enterprise}`)],
    contFooter: [pageLine(`${c.head.number}  ${c.head.enterprise}`)],
    body: [hazardTable, ...note, typesPpe, consequences, ...signs, emergency],
    // on more than one page the key information comes first, the hazard table after it
    multiPageBody: [typesPpe, ...signs, emergency, hazardTable, ...note, consequences],
    ...CARD_SIZES,
  };
}

/**
 * The frame of the 岗位安全操作卡 and 应急处置卡: title, the card's fields and level band on the first
 * page, the short header on the next, the contact footer, the card type sizes.
 */
function levelledCardFrame(c: OperatingCardContent | EmergencyCardContent, body: Item[]): CardSpec {
  return {
    title: `${c.title}（${c.head.post}）`,
    orientation: 'portrait',
    firstHeader: [...titleRows(c.title, c.head.enterprise), ...fieldGrid(headFields(c.head)), levelBand(c.level, c.levelText, '', 12)],
    contHeader: contHeader(c.title, { post: c.head.post, number: c.head.number }),
    firstFooter: [...phoneFooter(c.responsible, c.supervisor, c.internalPhone, c.phones), pageLine(`${c.head.number}  ${c.head.enterprise}`)],
    contFooter: [pageLine(`${c.head.number}  ${c.head.enterprise}`)],
    body,
    ...CARD_SIZES,
  };
}

/** 岗位安全操作卡. */
export function operatingCardSpec(c: OperatingCardContent): CardSpec {
  const rows: Row[] = [];
  for (const st of c.stages) {
    const heading = (t: string): Row => ({ keep: true, keepWithNext: true, cells: [{ w: 1, fill: STAGE_FILL, content: text([para(t, { bold: true })]) }] });
    rows.push(heading(st.title));
    const cont = heading(`${st.title}（续）`);
    st.steps.forEach((s, i) =>
      rows.push({
        contHead: cont,
        cells: [numberCell(i, 7), continuedCell(s.text, 55), { w: 38, content: text(s.risk || '—'), cont: text([para('（续上页）', { color: MUTED, size: 8.5 })]) }],
      }),
    );
  }
  const prohibited = c.prohibited.length ? c.prohibited : ['不违章指挥、不违章作业、不违反劳动纪律'];
  const body: Item[] = [
    { type: 'table', header: { keep: true, cells: [headCell('序号', 7), headCell('操作步骤与安全要求', 55), headCell('关键风险点', 38)] }, rows },
    prohibited.length >= 6 ? twoColumnList('禁止事项', prohibited) : labelled('禁止事项', text(numbered(prohibited))),
    labelled('劳动防护用品', text(c.ppe.length ? `必须正确穿戴：${c.ppe.join('、')}` : '按作业要求穿戴劳动防护用品')),
  ];
  return levelledCardFrame(c, body);
}

const CN_DIGIT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/**
 * Chinese ordinal of the 0-based index `i` for section headings (一、二 … 十一 … 二十一 … 九十九):
 * a card lists one section per accident type, and GB 6441-2025 has more than twenty, so the
 * numbering must not fall back to Arabic digits half-way (“二十、” then “21、”). Beyond 99
 * (not reachable with GB 6441 types) the Arabic number is printed.
 */
export function cnNum(i: number): string {
  const n = i + 1;
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CN_DIGIT[tens]}十`}${CN_DIGIT[ones]}`;
}

/** 应急处置卡. */
export function emergencyCardSpec(c: EmergencyCardContent): CardSpec {
  const body: Item[] = [labelled('应急物资\n存放位置', text(c.equipmentLocation || `${BLANK}${BLANK}${BLANK}`), 16, { keep: true })];
  c.scenarios.forEach((s, i) => {
    const col = (title: string, items: string[], extra: Para[] = []): Content => text([para(title, { bold: true }), ...numbered(items), ...extra]);
    body.push({
      type: 'row',
      row: { keep: true, keepWithNext: true, cells: [{ w: 1, fill: STAGE_FILL, content: text([para(`${cnNum(i)}、${s.title}`, { bold: true })]) }] },
    });
    body.push({
      type: 'row',
      row: {
        keep: true,
        cells: [
          { w: 44, content: col('立即处置', s.immediate) },
          { w: 28, content: col('禁止事项', s.dont) },
          { w: 28, content: col('报告求援', s.call, s.phones.map((p, k) => para(p, { bold: true, gapBefore: k === 0 ? 0.5 : 0.2 }))) },
        ],
      },
    });
  });
  if (c.own.length) body.push(c.own.length >= 6 ? twoColumnList('本岗位\n应急措施', c.own) : labelled('本岗位\n应急措施', text(numbered(c.own))));
  return levelledCardFrame(c, body);
}

/** 岗位安全风险告知确认表. */
export function ackSheetSpec(c: AckSheetContent): CardSpec {
  const cell = (t: string, w: number, bold = false): Cell => ({ w, content: text([para(t, { align: 'center', bold, keep: true })], { valign: 'middle' }) });
  const rows: Row[] = [];
  for (let i = 0; i < c.rows; i++) {
    rows.push({ minH: 26, keep: true, cells: [cell(String(i + 1), 8), cell(c.workers[i] ?? '', 22), cell('', 24), cell('', 26), cell('', 20)] });
  }
  const body: Item[] = [
    labelled('告知内容', text(numbered(c.cards))),
    { type: 'row', row: { cells: [{ w: 1, pad: 5, content: text([para(c.statement)]) }] } },
    {
      type: 'table',
      header: { keep: true, cells: [cell('序号', 8, true), cell('姓名', 22, true), cell('告知日期', 24, true), cell('本人签名', 26, true), cell('备注', 20, true)].map((x) => ({ ...x, fill: HEADER_FILL })) },
      rows,
    },
  ];
  const sign: Row = {
    border: false,
    keep: true,
    cells: [
      { w: 50, pad: 4, content: text([para(`告知人（签字）：${BLANK}`), para('日期：　　　年　　月　　日', { gapBefore: 0.8 })], { size: FOOT_PT }) },
      { w: 50, pad: 4, content: text([para(`班组长/车间负责人（签字）：${BLANK}`), para('日期：　　　年　　月　　日', { gapBefore: 0.8 })], { size: FOOT_PT }) },
    ],
  };
  return {
    title: `${c.title}（${c.head.post}）`,
    orientation: 'portrait',
    firstHeader: [...titleRows(c.title, c.head.enterprise, 20), ...fieldGrid(headFields(c.head))],
    contHeader: contHeader(c.title, { post: c.head.post, number: c.head.number }),
    firstFooter: [sign, pageLine(`${c.head.number}  ${c.head.enterprise}`)],
    contFooter: [sign, pageLine(`${c.head.number}  ${c.head.enterprise}`)],
    body,
    sizes: [11, 10.5],
    flowPt: 10.5,
  };
}

/** 职业病危害告知卡. */
export function occupationalCardSpec(c: OccupationalCardContent): CardSpec {
  const body: Item[] = [];
  for (const a of c.agents) {
    body.push({ type: 'row', row: { keep: true, keepWithNext: true, cells: [{ w: 1, fill: STAGE_FILL, content: text([para(`职业病危害因素：${a.name}`, { bold: true })], { scale: 1.15 }) }] } });
    if (a.properties) body.push(labelled('理化特性', text(a.properties)));
    body.push(labelled('健康危害', text(numbered(a.health))));
    body.push(labelled('防护措施', text(numbered(a.protection))));
    if (a.firstAid.length) body.push(labelled('应急处理', text(numbered(a.firstAid))));
    const m = a.monitoring;
    const judgement = m.judgement === '超标' ? para('超标', { bold: true, color: '#C00000', keep: true }) : para(m.judgement || BLANK, { bold: !!m.judgement, keep: true });
    body.push({
      type: 'row',
      row: {
        keep: true,
        cells: [
          labelCell('检测结果', 16),
          valueCell(text(m.results.length ? m.results.map((r) => para(r, { keep: true })) : [para(BLANK)], { valign: 'middle' }), 28),
          labelCell('接触限值', 12),
          // the limit column is narrow: a full blank would wrap into two lines to fill
          valueCell(text([para(m.limit || BLANK_SHORT, { keep: !m.limit })], { valign: 'middle' }), 14),
          labelCell('检测日期', 12),
          valueCell(text([para(m.date ? zhDate(m.date) : BLANK, { keep: true })], { valign: 'middle' }), 18),
        ],
      },
    });
    body.push({
      type: 'row',
      row: {
        keep: true,
        cells: [labelCell('判定', 16), valueCell(text(m.action ? [judgement, para(`须立即：${m.action}`)] : [judgement], { valign: 'middle' }), 84)],
      },
    });
  }
  if (c.signs.length) body.push(labelled('警示标识', signsContent(c.signs, 16)));
  const h = c.head;
  return {
    title: `${c.title}（${h.post}）`,
    orientation: 'portrait',
    firstHeader: [...titleRows(c.title, h.enterprise), ...fieldGrid(headFields(h))],
    contHeader: contHeader(c.title, { post: h.post, number: h.number }),
    firstFooter: [...phoneFooter(c.responsible, c.supervisor, c.internalPhone, c.phones), pageLine(`${h.number}  ${h.enterprise}`)],
    contFooter: [pageLine(`${h.number}  ${h.enterprise}`)],
    body,
    ...NOTICE_SIZES,
  };
}

// ---------------------------------------------------------------------------------------------
// 安全风险公告栏: a poster (A3 design, landscape) and the full list as an appendix

/** Column widths of the board tables (relative). */
function boardWidths(onePoint: boolean) {
  return { no: 4, point: onePoint ? 0 : 8, hazard: onePoint ? 22 : 18, level: 5, type: 8, measures: onePoint ? 28 : 25, emergency: onePoint ? 15 : 14, control: 5, person: onePoint ? 13 : 13 } as const;
}

function boardTable(rows: readonly BoardRow[], onePoint: boolean, full: boolean): Item {
  const W = boardWidths(onePoint);
  return {
    type: 'table',
    header: {
      keep: true,
      cells: [
        headCell('序号', W.no), ...(onePoint ? [] : [headCell('风险点', W.point)]), headCell('主要危险因素', W.hazard), headCell('等级', W.level), headCell('事故类型', W.type),
        headCell(full ? '管控措施' : '主要管控措施', W.measures), headCell('应急处置措施', W.emergency), headCell('管控层级', W.control), headCell('责任单位/责任人', W.person),
      ],
    },
    rows: rows.map((r, i) => ({
      cells: [
        numberCell(i, W.no),
        ...(onePoint ? [] : [continuedCell(r.riskPoint, W.point)]),
        continuedCell(r.hazard, W.hazard),
        levelCell(r.level, r.levelShort, W.level),
        { w: W.type, content: text(r.accidentTypes) },
        { w: W.measures, content: text((full ? r.measures : r.keyMeasures).map((m) => para(m, { prefix: '·' }))), cont: text([para('（续上页）', { color: MUTED, size: 8.5 })]) },
        { w: W.emergency, content: text(r.emergency.length ? r.emergency.map((m) => para(m, { prefix: '·' })) : [para('按岗位应急处置卡处置')]) },
        { w: W.control, content: text([para(r.controlLevel || '—', { align: 'center', keep: true })]) },
        { w: W.person, content: text([para(r.unit), ...r.persons.map((x) => para(x))]) },
      ],
    })),
  };
}

function boardFooter(c: BoardContent, size: number): Row {
  return {
    keep: true,
    cells: [
      {
        w: 1,
        pad: 4,
        content: text(
          [{ runs: [{ text: '事故隐患和险情报告电话 ' }, { text: c.reportPhone || BLANK, bold: true }, { text: '    ' }, ...phonesPara(c.phones, size).runs, { text: `    发布日期：${zhDate(c.date)}` }], keep: true }],
          { size, valign: 'middle' },
        ),
      },
    ],
  };
}

/** The count of risks per level, each in its tint with the level written. */
function countsRow(c: BoardContent, shown: number): Row {
  const total = c.rows.length;
  const cells: Cell[] = [labelCell('风险统计', 12)];
  for (const k of c.counts) {
    cells.push({
      w: 10,
      ...(k.level ? { fill: RISK_COLOURS[k.level].tint } : {}),
      content: text([para(`${k.label}风险 ${k.count} 项`, { bold: true, align: 'center', keep: true })], { valign: 'middle' }),
    });
  }
  const rest = 100 - 12 - 10 * c.counts.length;
  const listed = shown < total ? `共 ${total} 项，本栏列出 ${shown} 项主要风险（按等级从高到低），全部清单见附表` : `共 ${total} 项，全部列于本栏`;
  const note = c.levelNote ? `${listed}；${c.levelNote}` : listed;
  cells.push({ w: rest, content: text([para(note)], { valign: 'middle' }) });
  return { keep: true, cells };
}

/** The poster of a board with its first `shown` rows (full measures when `full`). */
export function boardPosterSpec(c: BoardContent, shown: number, full: boolean): CardSpec {
  const onePoint = new Set(c.rows.map((r) => r.riskPoint)).size === 1;
  const fields: [string, string][] = [
    ['场所/区域', c.place],
    ['位置', c.location],
    ['发布日期', zhDate(c.date)],
    ['管控层级', c.controlLevel],
    ['责任单位', c.unit],
    ['责任人', c.persons],
  ];
  const types: Row = { cells: [labelCell('主要事故类型', 11, { size: 12 }), valueCell(text(c.accidentTypes.join('、'), { size: 12 }), 89)] };
  const body: Item[] = [{ type: 'row', row: countsRow(c, shown) }, boardTable(c.rows.slice(0, shown), onePoint, full)];
  if (c.signs.length) body.push(labelled('安全警示标志', signsContent(c.signs, 20), 11, { keep: true }));
  return {
    title: `${c.title}（${c.place}）`,
    orientation: 'landscape',
    base: 'A3',
    marginMm: 12,
    firstHeader: [...titleRows(c.title, c.enterprise, 30), ...fieldGrid(fields, 3, 12), types, levelBand(c.level, c.levelText, '', 18)],
    contHeader: contHeader(c.title, { place: c.place }, 18),
    firstFooter: [boardFooter(c, 14), pageLine(`${c.enterprise}  公告栏`)],
    contFooter: [boardFooter(c, 14), pageLine(`${c.enterprise}  公告栏`)],
    body,
    sizes: [16, 15, 14, 13, 12, 11.5, 11, 10.5],
    flowPt: 10.5,
  };
}

/** The appendix of a board: every risk with every measure, on as many pages as needed. */
export function boardAppendixSpec(c: BoardContent): CardSpec {
  const onePoint = new Set(c.rows.map((r) => r.riskPoint)).size === 1;
  const title = `${c.title}附表：全部风险清单`;
  const where = c.place.startsWith(c.enterprise) ? c.place : `${c.enterprise}  ${c.place}`;
  return {
    title: `${title}（${c.place}）`,
    orientation: 'landscape',
    base: 'A3',
    marginMm: 12,
    firstHeader: [
      ...titleRows(title, c.enterprise, 22),
      ...fieldGrid(
        [
          ['场所/区域', c.place],
          ['风险总数', `${c.rows.length} 项（${c.counts.map((k) => `${k.label} ${k.count}`).join('、')}）`],
          ['发布日期', zhDate(c.date)],
        ],
        3,
        11,
      ),
    ],
    contHeader: contHeader(title, { place: c.place }, 16),
    // the appendix counts its own pages after the poster's: say whose pages they are
    firstFooter: [pageLine(`${where}  附表`)],
    contFooter: [pageLine(`${where}  附表`)],
    body: [boardTable(c.rows, onePoint, true)],
    sizes: [11, 10.5, 10],
    flowPt: 10,
    minFlowPt: 9,
  };
}
