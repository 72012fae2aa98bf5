/**
 * The sign documents (group 'signs'):
 * - 安全标志设置一览表 (xlsx, docx): per place, the signs in order warning → prohibition → mandatory →
 *   information with viewing distance, plate, sign size against the formula, quantity, mounting;
 *   the xlsx adds a 制作汇总 sheet (one row per distinct plate, for ordering);
 * - 安全标志（打印） (pdf, per place): the printable plates, laid out by core/signs/sheets.ts and
 *   drawn natively by the electron raw renderer 'signs.sheets';
 * - 安全标志制作文件 (pdf): every distinct plate once, on a page of exactly its physical size
 *   (vector, for print shops), after a cover page listing sizes and quantities (raw renderer
 *   'signs.shop').
 * Titles are printed, never sign codes (the 2025 numbering is not public, domain-facts §1.8).
 */
import { joinNames } from '../joinNames';
import { zhDate } from '../../model/dates';
import type { EnterpriseFile } from '../../model/enterpriseFile';
import { RISK_POINT_KIND_ZH } from '../../model/hazards';
import { GROUP_ORDER_NOTE_ZH, MOUNTING_NOTE_ZH, placePlan, plannedPlaces, signPlan, type PlacePlan, type PlanRow } from '../../signs/placement';
import { layoutSignSheets, SHEET_PAPER_MM, type SheetPage, type SheetPaper, type SheetPlateSpec } from '../../signs/sheets';
import { cmykText, SAFETY_COLOURS_CMYK } from '../../signs/colours';
import { TYPE1_SIGN_MM } from '../../signs/geometry';
import { SAFETY_SIGNS, SIGN_CATEGORY_ZH } from '../../standards/signs';
import type { Block, Cell, DocModel, TableColumn, WorkbookColumn, WorkbookModel, WorkbookValue } from '../model';
import type { DocContext, DocFinding, DocumentKind } from '../registry';

const fmt = (x: number, d = 1) => String(Math.round(x * 10 ** d) / 10 ** d);
const mm = (x: number) => String(Math.round(x));

/** Size of a plate as printed in lists: '400×500' (mm); a symbol-only plate by its width. */
export function plateSizeText(r: PlanRow): string {
  return `${mm(r.plate.widthMm)}×${mm(r.plate.heightMm)}`;
}

/** Sign size against what is required (the formula, at least the type-1 size): '313（≥ 272）'. */
function signSizeText(r: PlanRow): string {
  return `${mm(r.plate.signSizeMm)}（≥ ${mm(r.plate.minimumMm)}）${r.plate.tooSmall ? ' 偏小' : ''}`;
}

const SIZE_BASIS = '标志尺寸按 GB 2894-2008 公式由观察距离 L（m）计算：禁止标志外径 0.025L，警告标志三角形外边长 0.034L，指令标志直径 0.025L，提示标志边长 0.025L；'
  + `且不小于最小标志牌（2008 版附录 A 1 型）：圆形 ${TYPE1_SIGN_MM.prohibition} mm，三角形 ${TYPE1_SIGN_MM.warning} mm，方形 ${TYPE1_SIGN_MM.information} mm（从严掌握，1 型尺寸待与标准原文核对）。`;
const ARTWORK_NOTE = '标志图形为 SafePost 绘制，尚未与 GB 2894-2025 官方图形逐一核对；正式制作前请与标准图形和色卡比对。';

function plansOf(doc: EnterpriseFile, unitId?: string): PlacePlan[] {
  const ids = new Set(plannedPlaces(doc).map((r) => r.id));
  return signPlan(doc).filter((p) => ids.has(p.riskPointId) && (!unitId || p.riskPointId === unitId));
}

/** Names listed in W_SIGNS_PLACE_UNPLANNED before “等”. */
const UNPLANNED_NAMES = 5;

function check(doc: EnterpriseFile): { blocking: DocFinding[]; warnings: DocFinding[] } {
  const plans = signPlan(doc);
  const blocking: DocFinding[] = doc.signPlacements.length === 0 ? [{ code: 'W_SIGNS_NO_PLAN', text: '尚未制定安全标志设置计划（可在“安全标志”中采用建议）' }] : [];
  const warnings: DocFinding[] = [];
  const unplanned = plans.filter((p) => p.rows.length === 0 && p.suggestions.length > 0);
  if (unplanned.length) {
    // At most UNPLANNED_NAMES names: the finding is one line in the print centre and the CLI; the
    // 安全标志 screen lists every place.
    const names = unplanned.slice(0, UNPLANNED_NAMES).map((p) => p.name).join('、');
    const more = unplanned.length > UNPLANNED_NAMES ? '等' : '';
    warnings.push({ code: 'W_SIGNS_PLACE_UNPLANNED', text: `${unplanned.length} 个风险点有建议的安全标志但尚未设置：${names}${more}（见“安全标志”）` });
  }
  for (const p of plans) for (const f of p.findings) warnings.push({ code: f.code, text: f.text });
  return { blocking, warnings };
}

// ---------------------------------------------------------------------------------------------
// 安全标志设置一览表

// Widths: the place column takes a 16-character line at 8.5 pt on landscape A4 (a location like
// “表面处理车间抛光房外侧” stays on one line); the short code-like columns give way.
const LIST_COLUMNS: TableColumn[] = [
  { key: 'no', title: '序号', width: 5, align: 'center' },
  { key: 'place', title: '设置地点', width: 20 },
  { key: 'sign', title: '标志名称', width: 14 },
  { key: 'category', title: '类别', width: 6, align: 'center' },
  { key: 'mounting', title: '设置方式', width: 7, align: 'center' },
  { key: 'distance', title: '观察距离（m）', width: 7, align: 'center' },
  { key: 'plate', title: '标志牌规格', width: 13 },
  { key: 'size', title: '标志尺寸（mm）', width: 11, align: 'center' },
  { key: 'quantity', title: '数量', width: 5, align: 'center' },
  { key: 'note', title: '备注', width: 15 },
];

/** Width of a character in CJK character widths (Latin letters, digits and spaces are about half). */
const charWidth = (ch: string): number => (/[\u0020-\u024f]/.test(ch) ? 0.55 : 1);

/**
 * `text` broken into lines of at most `perLine` CJK character widths, as even as possible, so that
 * a cell never ends with a lone character on its last line ('仓库及厂区主通道' at 6 per line →
 * '仓库及厂\n区主通道'). Latin runs (numbers, units) are not broken; a closing mark stays with the
 * character before it. Existing line breaks are kept; a line that fits is left alone. The word
 * processor or spreadsheet still wraps a line that turns out wider than estimated.
 */
export function balancedLines(text: string, perLine: number): string {
  return text.split('\n').map((line) => {
    // tokens: opening marks, then a Latin run (with its spaces) or one other character, then closing marks
    const tokens = line.match(/[“‘（《「『〈【]*(?:[\u0020-\u024f×]+|[^\u0020-\u024f×])[”’）」』》〉】、，。；：！？]*/g) ?? [];
    const width = (t: string) => [...t].reduce((w, ch) => w + charWidth(ch), 0);
    const total = tokens.reduce((w, t) => w + width(t), 0);
    if (total <= perLine || tokens.length < 2) return line;
    // k lines broken at the token boundaries nearest to 1/k, 2/k … of the width; more lines when
    // one would still be too wide
    const cum = tokens.reduce<number[]>((a, t) => [...a, a[a.length - 1]! + width(t)], [0]);
    for (let k = Math.ceil(total / perLine); k <= tokens.length; k++) {
      const cuts = [0];
      for (let j = 1; j < k; j++) {
        const goal = (j * total) / k;
        let best = cuts[cuts.length - 1]! + 1;
        for (let b = best; b < tokens.length; b++) if (Math.abs(cum[b]! - goal) < Math.abs(cum[best]! - goal)) best = b;
        cuts.push(best);
      }
      cuts.push(tokens.length);
      const lines = cuts.slice(1).map((end, i) => tokens.slice(cuts[i], end).join(''));
      if (lines.every((l) => width(l) <= perLine + 1e-9)) return lines.map((l) => l.trim()).join('\n');
    }
    return line;
  }).join('\n');
}

// Characters per line of the docx list at 8.5 pt (about 3 mm per CJK character), by column.
const DOCX_PLACE_CHARS = 16;
const DOCX_NOTE_CHARS = 12;

function placeCellText(p: PlacePlan): string {
  return [
    balancedLines(p.name, DOCX_PLACE_CHARS), `（${RISK_POINT_KIND_ZH[p.kind]}）`,
    p.location ? balancedLines(`位置：${p.location}`, DOCX_PLACE_CHARS) : '', p.unitName ? `单位：${p.unitName}` : '',
  ].filter(Boolean).join('\n');
}

/** Printed on the sign documents when the plan is SafePost's suggestion (DocContext.signsSuggested). */
export const SIGNS_SUGGESTED_PRINT_NOTE = '本表的安全标志由系统按风险点建议生成，企业尚未确认，设置前请现场核对。';
const SIGNS_SUGGESTED_SHORT = '系统建议，待现场核对';

export function placementListDoc(doc: EnterpriseFile, ctx: DocContext): DocModel {
  const plans = plansOf(doc);
  const rows: Record<string, Cell>[] = [];
  let no = 0;
  for (const p of plans) {
    p.rows.forEach((r, i) => {
      no++;
      const row: Record<string, Cell> = {
        no: { text: String(no), align: 'center' },
        sign: { text: r.title, bold: true },
        category: SIGN_CATEGORY_ZH[r.category].replace('标志', ''),
        mounting: r.mountingZh,
        distance: fmt(r.placement.viewingDistanceM, 2),
        plate: `${r.plate.plate.labelZh}`,
        size: signSizeText(r),
        quantity: String(r.placement.quantity),
        note: balancedLines(r.placement.note, DOCX_NOTE_CHARS),
      };
      if (i === 0) row.place = { text: placeCellText(p), rowSpan: p.rows.length };
      rows.push(row);
    });
  }
  const total = plans.reduce((s, p) => s + p.rows.reduce((t, r) => t + r.placement.quantity, 0), 0);
  const blocks: Block[] = [
    { type: 'title', text: '安全标志设置一览表', level: 1 },
    {
      type: 'fields', columns: 3,
      items: [
        { label: '企业名称', value: doc.profile.name },
        { label: '标志总数', value: `${plans.length} 处，${total} 块` },
        { label: '编制日期', value: zhDate(ctx.today) },
      ],
    },
    ...(ctx.signsSuggested ? [{ type: 'paragraph' as const, sizePt: 9, runs: [{ text: '注：', bold: true }, { text: SIGNS_SUGGESTED_PRINT_NOTE }] }] : []),
    // a place's rows stay on one page (its merged 设置地点 cell is never split)
    { type: 'table', columns: LIST_COLUMNS, rows, repeatHeader: true, fontSizePt: 8.5, keepRowSpanGroups: true },
    {
      type: 'paragraph', sizePt: 8.5,
      runs: [
        { text: '设置要求：', bold: true },
        { text: `\n区域标志：${MOUNTING_NOTE_ZH.area}\n局部标志：${MOUNTING_NOTE_ZH.local}\n${GROUP_ORDER_NOTE_ZH}\n${SIZE_BASIS}\n${ARTWORK_NOTE}` },
      ],
    },
    { type: 'signatures', items: ['编制人', '审核人'], withDate: true },
  ];
  return {
    title: '安全标志设置一览表',
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 12, bottom: 15, left: 12 } },
    header: { left: doc.profile.name, right: '安全标志设置一览表' },
    footer: { pageNumbers: true, left: ctx.preparer ? `编制人：${ctx.preparer}` : '' },
    blocks,
  };
}

// About 150 character widths in all, so that landscape A4 fit to width prints the body at ≈ 9 pt
// (the mounting rules, the same text on every row, are in the note under the table instead of a
// 40-character column). Headers with a unit break before it ('\n'); text columns are indented so
// that nothing touches the rules.
const BOOK_COLUMNS: WorkbookColumn[] = [
  { key: 'no', title: '序号', widthChars: 5, type: 'number' },
  { key: 'unit', title: '车间/部门', widthChars: 11, wrap: true, indent: 1 },
  { key: 'place', title: '设置地点', widthChars: 15, wrap: true, indent: 1 },
  { key: 'location', title: '位置', widthChars: 13, wrap: true, indent: 1 },
  { key: 'posts', title: '涉及岗位', widthChars: 13, wrap: true, indent: 1 },
  { key: 'sign', title: '标志名称', widthChars: 15, wrap: true, indent: 1 },
  { key: 'category', title: '类别', widthChars: 6 },
  { key: 'mounting', title: '设置方式', widthChars: 9 },
  { key: 'distance', title: '观察距离\n（m）', widthChars: 8, type: 'number' },
  { key: 'plate', title: '标志牌规格', widthChars: 19, wrap: true, indent: 1 },
  { key: 'signSize', title: '标志尺寸\n（mm）', widthChars: 9, type: 'number' },
  { key: 'required', title: '要求最小\n（mm）', widthChars: 9, type: 'number' },
  { key: 'quantity', title: '数量', widthChars: 6, type: 'number' },
  { key: 'note', title: '备注', widthChars: 16, wrap: true, indent: 1 },
];

/**
 * CJK characters per line of an xlsx text column `widthChars` wide with `indent` steps: Excel's
 * column is 7 px per character unit + 5 px; a 10 pt CJK character is about 13.3 px; an indent step
 * about 9 px. Rounded down, so that a balanced line is never wrapped again.
 */
function bookChars(key: string): number {
  const c = BOOK_COLUMNS.find((x) => x.key === key)!;
  return Math.max(2, Math.floor((c.widthChars * 7 + 5 - 6 - 9 * (c.indent ?? 0)) / 13.4));
}

export function placementListBook(doc: EnterpriseFile, ctx: DocContext): WorkbookModel {
  const plans = plansOf(doc);
  const rows: Record<string, WorkbookValue>[] = [];
  for (const p of plans) {
    for (const r of p.rows) {
      rows.push({
        no: rows.length + 1,
        // workshop and team on their own lines: a narrow column never wraps inside a name
        unit: p.unitParts.join('\n'),
        place: `${balancedLines(p.name, bookChars('place'))}\n（${RISK_POINT_KIND_ZH[p.kind]}）`,
        location: balancedLines(p.location, bookChars('location')),
        // one post a line: a name is never broken across lines
        posts: p.posts.map((x) => x.name).join('\n'),
        sign: balancedLines(r.title, bookChars('sign')),
        category: { text: SIGN_CATEGORY_ZH[r.category].replace('标志', ''), align: 'center' },
        mounting: { text: r.mountingZh, align: 'center' },
        distance: r.placement.viewingDistanceM,
        plate: r.plate.plate.labelZh.includes(plateSizeText(r)) ? r.plate.plate.labelZh : `${r.plate.plate.labelZh}（${plateSizeText(r)} mm）`,
        signSize: Math.round(r.plate.signSizeMm),
        required: Math.round(r.plate.minimumMm),
        quantity: r.placement.quantity,
        note: balancedLines([r.placement.note, r.plate.tooSmall ? '标志尺寸小于要求' : ''].filter(Boolean).join('；'), bookChars('note')),
      });
    }
  }
  // 制作汇总: one row per distinct (sign, plate size) with the total quantity and the places.
  const sum = new Map<string, { sign: string; category: string; plate: string; size: string; quantity: number; places: string[] }>();
  for (const p of plans) {
    for (const r of p.rows) {
      const key = `${r.placement.signId}|${plateSizeText(r)}|${r.plate.plate.withText}`;
      const e = sum.get(key) ?? { sign: r.title, category: SIGN_CATEGORY_ZH[r.category], plate: r.plate.plate.labelZh, size: plateSizeText(r), quantity: 0, places: [] };
      e.quantity += r.placement.quantity;
      if (!e.places.includes(p.name)) e.places.push(p.name);
      sum.set(key, e);
    }
  }
  const print = { orientation: 'landscape' as const, paper: 'A4' as const, fitToWidth: true, repeatHeaderRows: true };
  return {
    sheets: [
      {
        name: '安全标志设置',
        title: `${doc.profile.name} 安全标志设置一览表  编制日期：${ctx.today}${ctx.signsSuggested ? `  （${SIGNS_SUGGESTED_SHORT}）` : ''}`,
        columns: BOOK_COLUMNS,
        rows,
        freezeHeader: true,
        autoFilter: true,
        print,
        footerNote: `设置要求：区域标志${MOUNTING_NOTE_ZH.area}局部标志${MOUNTING_NOTE_ZH.local}${GROUP_ORDER_NOTE_ZH}\n${SIZE_BASIS}\n${ARTWORK_NOTE}`,
      },
      {
        name: '制作汇总',
        title: `${doc.profile.name} 安全标志制作汇总`,
        columns: [
          { key: 'no', title: '序号', widthChars: 5, type: 'number' },
          { key: 'sign', title: '标志名称', widthChars: 18, wrap: true },
          { key: 'category', title: '类别', widthChars: 9 },
          { key: 'plate', title: '标志牌规格', widthChars: 22, wrap: true },
          { key: 'size', title: '尺寸（mm）', widthChars: 12 },
          { key: 'quantity', title: '数量', widthChars: 6, type: 'number' },
          { key: 'places', title: '设置地点', widthChars: 40, wrap: true },
        ],
        rows: [...sum.values()].map((e, i) => ({ no: i + 1, sign: e.sign, category: e.category, plate: e.plate, size: e.size, quantity: e.quantity, places: joinNames(e.places) })),
        freezeHeader: true,
        autoFilter: false,
        print,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 安全标志（打印）

/** Data of the raw renderer 'signs.sheets'. */
export interface SignSheetsData {
  title: string;
  enterpriseName: string;
  specs: SheetPlateSpec[];
  pages: SheetPage[];
}

function paperOf(r: PlanRow): SheetPaper | undefined {
  if (r.plate.plateClass !== 'paper') return undefined;
  return (Object.keys(SHEET_PAPER_MM) as SheetPaper[]).find((k) => SHEET_PAPER_MM[k].width === r.plate.widthMm && SHEET_PAPER_MM[k].height === r.plate.heightMm);
}

/** The print specs of the plans, in order (place, then warning → prohibition → mandatory → information). */
export function sheetSpecs(plans: readonly PlacePlan[]): SheetPlateSpec[] {
  const out: SheetPlateSpec[] = [];
  for (const p of plans) {
    for (const r of p.rows) {
      const q = r.placement.quantity;
      const paper = paperOf(r);
      out.push({
        signId: r.placement.signId,
        category: r.category,
        title: r.title,
        withText: r.plate.plate.withText,
        plateClass: r.plate.plateClass,
        widthMm: r.plate.widthMm,
        heightMm: r.plate.heightMm,
        marginMm: r.plate.plate.marginMm,
        ...(paper ? { paper } : {}),
        copies: q,
        group: p.name,
        captionShort: [`${r.title} · ${p.name}`, `${r.plate.plate.labelZh} · 观察距离 ${fmt(r.placement.viewingDistanceM, 2)} m`],
        captionLong: [
          `${r.title} · ${SIGN_CATEGORY_ZH[r.category]} · 设置地点：${p.name}${p.location ? `（${p.location}）` : ''} · ${r.mountingZh}${q > 1 ? ` · 数量 ${q}` : ''}`,
          `${r.plate.plate.labelZh} · 观察距离 ${fmt(r.placement.viewingDistanceM, 2)} m · 标志尺寸 ${mm(r.plate.signSizeMm)} mm（要求 ≥ ${mm(r.plate.minimumMm)} mm）`,
        ],
      });
    }
  }
  return out;
}

/** The legend as a table (print-centre preview): every sign of the registry with its category. */
function legendModel(doc: EnterpriseFile): DocModel {
  const title = '安全标志图例';
  const rows: Record<string, Cell>[] = SAFETY_SIGNS.map((sg) => ({ category: SIGN_CATEGORY_ZH[sg.category], sign: sg.editions.at(-1)?.titleZh ?? sg.id }));
  return {
    title,
    page: { size: 'A4', orientation: 'portrait' },
    header: { left: doc.profile.name, right: title },
    blocks: [
      { type: 'title', text: title, level: 1 },
      { type: 'table', repeatHeader: true, rows, columns: [{ key: 'category', title: '类别', width: 8 }, { key: 'sign', title: '标志名称', width: 20 }] },
    ],
  };
}

function summaryModel(title: string, doc: EnterpriseFile, plans: readonly PlacePlan[]): DocModel {
  const rows: Record<string, Cell>[] = [];
  for (const p of plans) {
    for (const r of p.rows) {
      const label = r.plate.plate.labelZh;
      rows.push({ place: p.name, sign: r.title, plate: label.includes(plateSizeText(r)) ? label : `${label}（${plateSizeText(r)} mm）`, quantity: String(r.placement.quantity) });
    }
  }
  return {
    title,
    page: { size: 'A4', orientation: 'portrait' },
    header: { left: doc.profile.name, right: title },
    blocks: [
      { type: 'title', text: title, level: 1 },
      {
        type: 'table', repeatHeader: true, rows,
        columns: [
          { key: 'place', title: '设置地点', width: 14 },
          { key: 'sign', title: '标志名称', width: 14 },
          { key: 'plate', title: '标志牌', width: 18 },
          { key: 'quantity', title: '数量', width: 5, align: 'center' },
        ],
      },
    ],
  };
}

export function signSheetsData(doc: EnterpriseFile, unitId?: string): SignSheetsData {
  const plans = plansOf(doc, unitId);
  const specs = sheetSpecs(plans);
  const title = unitId && plans[0] ? `安全标志（打印）${plans[0].name}` : '安全标志（打印）';
  return { title, enterpriseName: doc.profile.name, specs, pages: layoutSignSheets(specs, doc.profile.name) };
}

// ---------------------------------------------------------------------------------------------
// 安全标志制作文件

export interface ShopPlate {
  signId: string;
  title: string;
  category: string;
  withText: boolean;
  widthMm: number;
  heightMm: number;
  marginMm: number;
  plateLabel: string;
  quantity: number;
  places: string[];
}

/** Data of the raw renderer 'signs.shop'. */
export interface SignShopData {
  title: string;
  enterpriseName: string;
  date: string;
  plates: ShopPlate[];
  /** The process colours the plates are written in, for the list page (SAFETY_COLOURS_CMYK). */
  colours: { name: string; cmyk: number[]; cmykText: string; note: string }[];
  /** A line under the heading (a suggested, unconfirmed plan). */
  banner?: string;
  notes: string[];
}

const COLOUR_ZH = { red: '红', yellow: '黄', blue: '蓝', green: '绿', black: '黑', white: '白' } as const;
const COLOUR_USE_ZH = {
  red: '禁止标志的圆环、斜杠和文字衬底', yellow: '警告标志的三角形底色和衬边', blue: '指令标志的圆形和文字衬底',
  green: '提示标志的底色', black: '图形、警告标志边框和文字，单色黑（K100），不用四色叠黑', white: '底色、衬边和反白文字，不印色',
} as const;

/** The plate's name for the print shop: what it is and its actual size (a paper sheet prints as a plate of the sheet's size). */
function shopPlateLabel(r: PlanRow): string {
  return r.plate.plateClass === 'paper' ? `标志牌 ${plateSizeText(r)} mm` : r.plate.plate.labelZh;
}

/** Every distinct plate (sign, size, text) once with its total quantity; category order, then first use. */
export function signShopData(doc: EnterpriseFile, ctx: DocContext): SignShopData {
  const plans = plansOf(doc);
  const map = new Map<string, ShopPlate>();
  const order = ['warning', 'prohibition', 'mandatory', 'information'];
  const rows = plans.flatMap((p) => p.rows.map((r) => ({ p, r }))).map((x, i) => ({ ...x, i }))
    .sort((a, b) => order.indexOf(a.r.category) - order.indexOf(b.r.category) || a.i - b.i);
  for (const { p, r } of rows) {
    const key = `${r.placement.signId}|${plateSizeText(r)}|${r.plate.plate.withText}|${r.plate.plate.marginMm}`;
    const e = map.get(key) ?? {
      signId: r.placement.signId, title: r.title, category: SIGN_CATEGORY_ZH[r.category], withText: r.plate.plate.withText,
      widthMm: r.plate.widthMm, heightMm: r.plate.heightMm, marginMm: r.plate.plate.marginMm, plateLabel: shopPlateLabel(r), quantity: 0, places: [],
    };
    e.quantity += r.placement.quantity;
    if (!e.places.includes(p.name)) e.places.push(p.name);
    map.set(key, e);
  }
  return {
    title: '安全标志制作文件',
    enterpriseName: doc.profile.name,
    date: zhDate(ctx.today),
    plates: [...map.values()],
    colours: (['red', 'yellow', 'blue', 'green', 'black', 'white'] as const).map((k) => {
      const c = SAFETY_COLOURS_CMYK[k];
      const check = c.confidence === '?' ? '（参考值，须与 GB/T 2893.4 色卡核对后确定）' : c.confidence === 'S' ? '（行业常用值，建议打样比对）' : '';
      return { name: COLOUR_ZH[k], cmyk: [...c.cmyk], cmykText: cmykText(c.cmyk), note: `${COLOUR_USE_ZH[k]}${check}` };
    }),
    ...(ctx.signsSuggested ? { banner: SIGNS_SUGGESTED_PRINT_NOTE } : {}),
    notes: [
      '自第 2 页起每页为一块标志牌，页面尺寸即标志牌实际尺寸（1:1 矢量图形，CMYK），请按 100% 输出，勿缩放。',
      'GB 2894 只规定安全色的色度范围，未给出 CMYK 值；上表为制作用的参考值，批量制作前请打样并与色卡比对。',
      ARTWORK_NOTE,
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export const SIGN_KINDS: DocumentKind[] = [
  {
    id: 'signs.placement',
    title: '安全标志设置一览表',
    group: 'signs',
    purpose: '各风险点（场所、设备设施、作业活动）应设置的安全标志、尺寸、数量和设置要求',
    formats: ['xlsx', 'docx'],
    order: 30,
    check,
    build: (doc, format, ctx) => (format === 'xlsx' ? { kind: 'book', model: placementListBook(doc, ctx) } : { kind: 'doc', model: placementListDoc(doc, ctx) }),
  },
  {
    id: 'signs.sheets',
    title: '安全标志（打印）',
    group: 'signs',
    purpose: '按风险点打印的安全标志：可放入 A4/A3 的按实际大小打印，小标志拼版带裁切线，大标志按比例缩小核对',
    formats: ['pdf'],
    order: 31,
    units: (doc) => plannedPlaces(doc).map((r) => ({ id: r.id, name: r.name })),
    check,
    build: (doc, _format, _ctx, unitId) => {
      const data = signSheetsData(doc, unitId);
      const plans = unitId ? [placePlan(doc, unitId)!] : plansOf(doc);
      return { kind: 'raw', renderer: 'signs.sheets', data, model: summaryModel(data.title, doc, plans) };
    },
  },
  {
    id: 'signs.shop',
    title: '安全标志制作文件',
    group: 'signs',
    purpose: '交标志制作单位：每块标志牌一页、页面即实际尺寸的矢量文件，附尺寸和数量清单',
    formats: ['pdf'],
    order: 32,
    check,
    build: (doc, _format, ctx) => {
      const data = signShopData(doc, ctx);
      return { kind: 'raw', renderer: 'signs.shop', data, model: summaryModel(data.title, doc, plansOf(doc)) };
    },
  },
  {
    id: 'signs.legend',
    title: '安全标志图例',
    group: 'signs',
    purpose: '全部安全标志的图形、名称和类别（禁止、警告、指令、提示），用于安全培训和核对标志牌',
    formats: ['pdf'],
    order: 33,
    // the registry's signs, not the enterprise's: nothing can be missing
    check: () => ({ blocking: [], warnings: [] }),
    build: (doc) => ({ kind: 'raw', renderer: 'signs.legend', data: {}, model: legendModel(doc) }),
  },
];
