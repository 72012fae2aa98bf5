/**
 * 安全风险分级管控清单 (the enterprise's risk register): xlsx (summary sheet plus one sheet per
 * workshop) and docx/pdf (landscape, repeated header row, merged 风险点 cells, level shading with
 * the level written as text, the band table it used, signature lines).
 * Columns (issue: risk database): 序号, 风险点, 危险因素, 可能导致的事故类型, 评价方法与数值,
 * 风险等级, 管控措施 (工程技术/管理/培训教育/个体防护/应急处置), 管控层级, 责任单位, 责任人.
 */
import { dutyIndex, hazardDuty, responsibleAtControl, type DutyIndex } from '../../duties/owners';
import { zhDate } from '../../model/dates';
import type { EnterpriseFile } from '../../model/enterpriseFile';
import { levelCounts, registerRows, type RegisterRow } from '../../model/registerRows';
import { CONTROL_LEVEL_ZH, MEASURE_KINDS, RISK_LEVEL_SHORT_ZH, RISK_LEVEL_ZH, RISK_LEVELS, type MeasureKind } from '../../model/vocab';
import type { Assessment } from '../../risk/assessment';
import { activeBandTable } from '../../risk/settings';
import { bandTableCaption, describeBands, resolveBandTable } from '../../risk/bandTable';
import { riskLevelCell } from '../colours';
import type { Block, Cell, DocModel, GroupHeader, TableColumn, WorkbookColumn, WorkbookModel, WorkbookSheet, WorkbookValue } from '../model';
import type { DocContext, DocumentKind } from '../registry';

const MEASURE_TITLE: Record<MeasureKind, string> = { engineering: '工程技术措施', management: '管理措施', training: '培训教育措施', ppe: '个体防护措施', emergency: '应急处置措施' };
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** "LEC：L=3 E=6 C=15 D=270" / "LS：L=3 S=4 R=12" / "直接判定：<reason>". */
export function assessmentText(a: Assessment): string {
  if (a.method === 'LEC') return `LEC：L=${fmt(a.L)} E=${fmt(a.E)} C=${fmt(a.C)} D=${a.score === null ? '—' : fmt(a.score)}`;
  if (a.method === 'LS') return `LS：L=${fmt(a.L)} S=${fmt(a.S)} R=${a.score === null ? '—' : fmt(a.score)}`;
  return `直接判定：${a.reason}`;
}

/**
 * Compact values of one assessment: "3×6×15=270" (LEC), "3×4=12" (LS), the reason (direct). An
 * imported score that is not the product of its factors is printed as the register wrote it, with
 * the product beside it — never as an equation that is false.
 */
function compactValues(a: Assessment): string {
  const shown = (factors: number[], score: number | null) => {
    const product = Math.round(factors.reduce((x, y) => x * y, 1) * 100) / 100;
    const head = factors.map(fmt).join('×');
    if (score === null) return `${head}=—`;
    return Math.abs(product - score) < 0.01 ? `${head}=${fmt(score)}` : `${head}=${fmt(product)}（原表 ${fmt(score)}）`;
  };
  if (a.method === 'LEC') return shown([a.L, a.E, a.C], a.score);
  if (a.method === 'LS') return shown([a.L, a.S], a.score);
  return `直接判定（${a.reason}）`;
}

const METHOD_LINE: Record<Assessment['method'], string> = { LEC: 'LEC法', LS: 'LS法', direct: '直接判定' };

/** The evaluation cell: the method, then inherent and residual values with their levels. */
function evaluationText(r: RegisterRow): string {
  const line = (label: string, a: Assessment | null) =>
    a ? `${label} ${compactValues(a)}（${RISK_LEVEL_SHORT_ZH[a.level]}${a.status === 'imported' ? '，导入待复核' : ''}）` : `${label} 未评价`;
  const methods = [...new Set([r.inherent, r.residual].filter((a): a is Assessment => !!a).map((a) => METHOD_LINE[a.method]))];
  return [...methods, line('固有', r.inherent), line('残余', r.residual)].join('\n');
}

function levelCell(r: RegisterRow): Cell {
  if (!r.level) return { text: '未评价', align: 'center' };
  const c = riskLevelCell(r.level, { short: true });
  return r.inUse.mark ? ({ ...(c as object), text: `${RISK_LEVEL_SHORT_ZH[r.level]}\n${r.inUse.mark}` } as Cell) : c;
}

/** 责任单位 / 责任人 at the control level, with owner overrides (core/duties/owners.ts). */
function responsible(doc: EnterpriseFile, r: RegisterRow, ix: DutyIndex = dutyIndex(doc)): { unit: string; persons: string } {
  if (!r.controlLevel) return { unit: '', persons: '' };
  const h = doc.hazards.find((x) => x.id === r.hazardId)!;
  return responsibleAtControl(hazardDuty(doc, h, ix));
}

const COLUMNS: TableColumn[] = [
  { key: 'no', title: '序号', width: 6, align: 'center' },
  { key: 'point', title: '风险点', width: 14 },
  { key: 'hazard', title: '危险因素', width: 22 },
  { key: 'accident', title: '可能导致的事故类型', width: 11 },
  { key: 'evaluation', title: '评价方法与数值', width: 20 },
  // wide enough for “待复核” on one line under the level
  { key: 'level', title: '风险等级', width: 10, align: 'center' },
  ...MEASURE_KINDS.map((k) => ({ key: k, title: MEASURE_TITLE[k].replace('措施', ''), width: 20 })),
  { key: 'controlLevel', title: '管控层级', width: 7, align: 'center' },
  { key: 'unit', title: '责任单位', width: 11 },
  { key: 'persons', title: '责任人', width: 12 },
];
const GROUP: GroupHeader[] = [
  { title: '', span: 6 },
  { title: '管控措施', span: 5 },
  { title: '', span: 3 },
];

function tableRows(doc: EnterpriseFile, rows: RegisterRow[]): Record<string, Cell>[] {
  const out: Record<string, Cell>[] = [];
  const ix = dutyIndex(doc);
  rows.forEach((r, i) => {
    const first = i === 0 || rows[i - 1]!.riskPointId !== r.riskPointId;
    let span = 1;
    if (first) while (i + span < rows.length && rows[i + span]!.riskPointId === r.riskPointId) span++;
    const resp = responsible(doc, r, ix);
    const row: Record<string, Cell> = {
      no: { text: String(i + 1), align: 'center' },
      hazard: r.hazard,
      accident: r.accidentTypes.join('、'),
      evaluation: evaluationText(r),
      level: levelCell(r),
      controlLevel: r.controlLevel ? { text: CONTROL_LEVEL_ZH[r.controlLevel], align: 'center' } : '',
      unit: resp.unit,
      persons: resp.persons,
    };
    for (const k of MEASURE_KINDS) row[k] = r.measures[k].join('\n');
    if (first) row.point = { text: `${r.riskPoint}\n（${r.riskPointKind === 'activity' ? '作业活动' : '设备设施/场所'}）`, rowSpan: span, bold: true };
    out.push(row);
  });
  return out;
}

/** Lines naming the band tables used (every register prints the table it used, DESIGN §5). */
export function bandTableNotes(doc: EnterpriseFile): string[] {
  const used = new Map<string, string[]>();
  for (const a of doc.assessments) {
    if (!a.bandTable) continue;
    const key = `${a.bandTable.id}@${a.bandTable.version}`;
    if (used.has(key)) continue;
    try {
      const t = resolveBandTable(doc.riskSettings.bandTables, a.bandTable);
      used.set(key, [`${bandTableCaption(t)}：${describeBands(t).join('；')}`]);
    } catch {
      used.set(key, [`${a.bandTable.id}（第${a.bandTable.version}版）`]);
    }
  }
  if (used.size === 0) {
    const t = activeBandTable(doc.riskSettings);
    used.set('active', [`${bandTableCaption(t)}：${describeBands(t).join('；')}`]);
  }
  return [...used.values()].flat();
}

function summaryText(rows: RegisterRow[]): string {
  const c = levelCounts(rows);
  return `共 ${rows.length} 项：${RISK_LEVELS.map((l) => `${RISK_LEVEL_ZH[l]} ${c[l]} 项`).join('，')}${c.none ? `，未评价 ${c.none} 项` : ''}。`;
}

export function registerDoc(doc: EnterpriseFile, ctx: DocContext, rows = registerRows(doc), unitName?: string): DocModel {
  const blocks: Block[] = [
    { type: 'title', text: '安全风险分级管控清单', level: 1 },
    {
      type: 'fields',
      columns: 3,
      items: [
        { label: '企业名称', value: doc.profile.name },
        { label: unitName ? '单位' : '统一社会信用代码', value: unitName ?? (doc.profile.uscc || '—') },
        { label: '编制日期', value: zhDate(ctx.today) },
      ],
    },
    { type: 'paragraph', runs: [{ text: '风险分级标准：', bold: true }, { text: bandTableNotes(doc).join('\n') }], sizePt: 9 },
    { type: 'paragraph', runs: [{ text: '统计：', bold: true }, { text: summaryText(rows) }], sizePt: 9 },
    { type: 'table', columns: COLUMNS, groupHeader: GROUP, rows: tableRows(doc, rows), repeatHeader: true, fontSizePt: 8 },
    {
      type: 'paragraph',
      sizePt: 8,
      runs: '注：风险等级按“固有风险/残余风险”评价，清单中的风险等级为在用等级（已确认的残余风险；未评残余风险的按固有风险，导入未复核的标“待复核”）。重大风险红色、较大风险橙色、一般风险黄色、低风险蓝色，颜色同时以文字注明。',
    },
    { type: 'signatures', items: ['编制人', '审核人', '批准人（主要负责人）'], withDate: true },
  ];
  return {
    title: unitName ? `安全风险分级管控清单（${unitName}）` : '安全风险分级管控清单',
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 10, bottom: 15, left: 10 } },
    header: { left: doc.profile.name, right: '安全风险分级管控清单' },
    footer: { pageNumbers: true, left: ctx.preparer ? `编制人：${ctx.preparer}` : '' },
    blocks,
  };
}

const SHEET_COLUMNS: WorkbookColumn[] = [
  { key: 'no', title: '序号', widthChars: 5 },
  { key: 'workshop', title: '车间/部门', widthChars: 10, wrap: true },
  { key: 'point', title: '风险点', widthChars: 14, wrap: true },
  { key: 'pointKind', title: '风险点类型', widthChars: 9, wrap: true },
  { key: 'posts', title: '涉及岗位', widthChars: 12, wrap: true },
  { key: 'hazard', title: '危险因素', widthChars: 30, wrap: true },
  { key: 'accident', title: '可能导致的事故类型', widthChars: 12, wrap: true },
  { key: 'evaluation', title: '评价方法与数值', widthChars: 22, wrap: true },
  { key: 'level', title: '风险等级', widthChars: 9 },
  ...MEASURE_KINDS.map((k) => ({ key: k, title: MEASURE_TITLE[k].replace('措施', ''), widthChars: 26, wrap: true })),
  { key: 'controlLevel', title: '管控层级', widthChars: 8 },
  { key: 'unit', title: '责任单位', widthChars: 12, wrap: true },
  { key: 'persons', title: '责任人', widthChars: 12, wrap: true },
  { key: 'date', title: '评价日期', widthChars: 11, type: 'date' },
];
const SHEET_GROUP: GroupHeader[] = [
  { title: '', span: 9 },
  { title: '管控措施', span: 5 },
  { title: '', span: 4 },
];

function sheetRows(doc: EnterpriseFile, rows: RegisterRow[]): Record<string, WorkbookValue>[] {
  const ix = dutyIndex(doc);
  return rows.map((r, i) => {
    const resp = responsible(doc, r, ix);
    const inUse = r.inUse.assessmentId ? doc.assessments.find((a) => a.id === r.inUse.assessmentId) : undefined;
    const row: Record<string, WorkbookValue> = {
      no: i + 1,
      workshop: r.workshop || '企业直属',
      point: r.riskPoint,
      pointKind: r.riskPointKind === 'activity' ? '作业活动' : '设备设施/场所',
      posts: r.posts.join('、'),
      hazard: r.hazard,
      accident: r.accidentTypes.join('、'),
      evaluation: evaluationText(r),
      level: r.level ? { ...(riskLevelCell(r.level, { short: false }) as object), text: r.inUse.mark ? `${RISK_LEVEL_ZH[r.level]}（${r.inUse.mark}）` : RISK_LEVEL_ZH[r.level] } as Cell : '未评价',
      controlLevel: r.controlLevel ? CONTROL_LEVEL_ZH[r.controlLevel] : '',
      unit: resp.unit,
      persons: resp.persons,
      date: inUse?.date ?? null,
    };
    for (const k of MEASURE_KINDS) row[k] = r.measures[k].join('\n');
    return row;
  });
}

function sheet(name: string, title: string, doc: EnterpriseFile, rows: RegisterRow[]): WorkbookSheet {
  return {
    name,
    title,
    columns: SHEET_COLUMNS,
    groupHeader: SHEET_GROUP,
    rows: sheetRows(doc, rows),
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    footerNote: `风险分级标准：${bandTableNotes(doc).join('；')}。风险等级为在用等级，颜色同时以文字注明。`,
  };
}

export function registerBook(doc: EnterpriseFile, ctx: DocContext): WorkbookModel {
  const rows = registerRows(doc);
  const byWs = new Map<string, RegisterRow[]>();
  for (const r of rows) {
    const k = r.workshop || '企业直属';
    const list = byWs.get(k);
    if (list) list.push(r);
    else byWs.set(k, [r]);
  }
  const c = levelCounts(rows);
  const summary: WorkbookSheet = {
    name: '汇总',
    title: `${doc.profile.name} 安全风险分级管控清单（汇总）  编制日期：${ctx.today}`,
    columns: [
      { key: 'unit', title: '车间/部门', widthChars: 16 },
      { key: 'total', title: '风险总数', widthChars: 10, type: 'number' },
      ...RISK_LEVELS.map((l) => ({ key: l, title: RISK_LEVEL_ZH[l], widthChars: 10, type: 'number' as const })),
      { key: 'none', title: '未评价', widthChars: 8, type: 'number' },
    ],
    rows: [
      ...[...byWs.entries()].map(([unit, rs]) => {
        const cc = levelCounts(rs);
        return { unit, total: rs.length, major: cc.major, high: cc.high, medium: cc.medium, low: cc.low, none: cc.none };
      }),
      { unit: { text: '合计', bold: true }, total: rows.length, major: c.major, high: c.high, medium: c.medium, low: c.low, none: c.none },
    ],
    freezeHeader: true,
    autoFilter: false,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    footerNote: `风险分级标准：${bandTableNotes(doc).join('；')}`,
  };
  return { sheets: [summary, ...[...byWs.entries()].map(([unit, rs]) => sheet(unit, `${doc.profile.name} 安全风险分级管控清单（${unit}）`, doc, rs))] };
}

export const REGISTER_KINDS: DocumentKind[] = [
  {
    id: 'register',
    title: '安全风险分级管控清单',
    group: 'register',
    purpose: '企业安全风险数据库：全部风险点、危险因素、评价与分级、管控措施和管控层级',
    formats: ['xlsx', 'docx', 'pdf'],
    order: 1,
    check: (doc) => {
      const rows = registerRows(doc);
      const blocking = rows.length === 0 ? [{ code: 'W_NO_HAZARDS', text: '尚未辨识危险因素' }] : [];
      const warnings = [];
      const none = rows.filter((r) => !r.level).length;
      if (none) warnings.push({ code: 'W_HAZARD_NO_ASSESSMENT', text: `${none} 项危险因素尚未评价风险` });
      const pending = rows.filter((r) => r.inUse.mark === '待复核').length;
      if (pending) warnings.push({ code: 'W_HAZARD_PENDING_REVIEW', text: `${pending} 项评价为导入数据，待复核` });
      return { blocking, warnings };
    },
    build: (doc, format, ctx) => (format === 'xlsx' ? { kind: 'book', model: registerBook(doc, ctx) } : { kind: 'doc', model: registerDoc(doc, ctx) }),
  },
];
