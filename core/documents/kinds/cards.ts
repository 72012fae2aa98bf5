/**
 * Document kinds of the per-post cards (group 'cards') and the notices (group 'notices'):
 * 岗位安全风险告知卡, 岗位安全操作卡, 应急处置卡, 岗位安全风险告知确认表 — per post —, 岗位告知卡汇编
 * (all four cards of every post of a team, a workshop or the enterprise in one file), 安全风险公告栏
 * per place / workshop / the whole plant, and 职业病危害告知卡 per exposed post.
 *
 * PDF and DOCX: drawn by the raw renderer 'cards' (electron/services/render/cards) from
 * `CardsPdfData` (the pure card contents of core/cards; cards on A4 or A3 from DocContext.pageSize,
 * the boards' posters on A3, A2 or A1 from DocContext.posterSize): the PDF is the fixed layout, the
 * DOCX the editable card (with the QR image; the sign icons are PDF-only, the DOCX names them).
 * The DocModel built alongside (cardsDocModel) is the summary the print centre previews.
 */
import { boardContent, boardUnits, type BoardContent } from '../../cards/board';
import type { AckSheetContent, CardHead, PhoneLine, RiskCardContent } from '../../cards/content';
import type { EmergencyCardContent } from '../../cards/emergencyCard';
import { occupationalPosts, type OccupationalCardContent } from '../../cards/occupational';
import type { OperatingCardContent } from '../../cards/operating';
import type { CardResponsible } from '../../cards/responsible';
import { batchUnits, postIdsOfUnit, postsInOrgOrder, postsWithHazards } from '../../cards/units';
import { CARD_GAP_ZH, cardsIssueDate, postCardSet, postsWithoutCards, type CardGapCode } from '../../cards/versions';
import { zhDate } from '../../model/dates';
import type { EnterpriseFile } from '../../model/enterpriseFile';
import { registerRows } from '../../model/registerRows';
import type { RiskLevel } from '../../model/vocab';
import { riskLevelCell } from '../colours';
import type { Block, Cell, DocModel, PageSize, TableColumn } from '../model';
import type { DocContext, DocFinding, DocFormat, DocumentKind, Built } from '../registry';

export type CardContent = RiskCardContent | OperatingCardContent | EmergencyCardContent | AckSheetContent | OccupationalCardContent | BoardContent;

/** What the raw 'cards' renderer draws: contents in order, cards on A4 or A3, posters (boards) on A3, A2 or A1. */
export interface CardsPdfData {
  title: string;
  paper: PageSize;
  /** Paper of the boards' posters and appendices (default A3). */
  poster?: 'A3' | 'A2' | 'A1';
  items: CardContent[];
}

export const CARD_KIND_IDS = ['card.risk', 'card.operating', 'card.emergency', 'card.ack', 'cards.batch'] as const;
export const NOTICE_KIND_IDS = ['notice.board', 'notice.occupational'] as const;
export type CardKindId = (typeof CARD_KIND_IDS)[number] | (typeof NOTICE_KIND_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Contents per kind and unit

/** The card contents a kind prints for a unit (a post id, a batch unit id, a board unit id). */
export function cardContents(doc: EnterpriseFile, kind: CardKindId, ctx: DocContext, unitId?: string): CardContent[] {
  const order = postsInOrgOrder(doc);
  if (kind === 'notice.board') {
    const ids = unitId ? [unitId] : boardUnits(doc).map((u) => u.id);
    const memo = new Map<string, string>();
    const date = (postIds: readonly string[]) => {
      const key = [...postIds].sort().join(',');
      if (!memo.has(key)) memo.set(key, cardsIssueDate(doc, postIds, ctx.today, order));
      return memo.get(key)!;
    };
    return ids.map((id) => boardContent(doc, id, ctx.today, date)).filter((b): b is BoardContent => !!b);
  }
  const postIds = kind === 'notice.occupational' ? (unitId ? [unitId] : occupationalPosts(doc)) : postIdsOfUnit(doc, unitId);
  const out: CardContent[] = [];
  for (const id of postIds) {
    const set = postCardSet(doc, id, ctx.today, order);
    if (!set) continue;
    if (kind === 'card.risk') out.push(set.risk);
    else if (kind === 'card.operating') out.push(set.operating);
    else if (kind === 'card.emergency') out.push(set.emergency);
    else if (kind === 'card.ack') out.push(set.ack);
    else if (kind === 'notice.occupational') {
      if (set.occupational) out.push(set.occupational);
    } else out.push(set.risk, set.operating, set.emergency, set.ack);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// DOCX (DocModel)

const fieldsOf = (h: CardHead): Block => ({
  type: 'fields',
  columns: 2,
  items: [
    { label: '企业名称', value: h.enterprise },
    { label: '车间/班组', value: h.unitPath || '企业直属' },
    { label: '岗位名称', value: h.post },
    { label: '作业场所', value: h.place },
    { label: '卡片编号', value: h.number },
    { label: '版本/日期', value: `${h.version}  ${zhDate(h.date)}` },
  ],
});

function band(level: RiskLevel | null, text = ''): Block {
  return level ? { type: 'levelBand', level, text } : { type: 'paragraph', runs: [{ text: '风险等级：未评价', bold: true }, { text: text ? `\u3000${text}` : '' }] };
}

const list = (items: readonly string[]) => items.map((t, i) => `${i + 1}. ${t}`).join('\n');

function labelTable(rows: [string, string][]): Block {
  return {
    type: 'table',
    repeatHeader: false,
    columns: [
      { key: 'k', title: '项目', width: 18 },
      { key: 'v', title: '内容', width: 82 },
    ],
    rows: rows.map(([k, v]) => ({ k: { text: k, bold: true }, v })),
  };
}

function phoneLines(resp: CardResponsible | null, internal: string, phones: readonly PhoneLine[]): Block {
  return {
    type: 'paragraph',
    runs: [
      { text: '责任人：', bold: true },
      { text: resp ? `${resp.name}（${resp.role}） ${resp.phone || '________'}` : '________' },
      { text: '\n内部应急电话：', bold: true },
      { text: internal || '________' },
      { text: `\n${phones.map((p) => `${p.label} ${p.number}`).join('    ')}`, bold: true },
    ],
  };
}

function riskDoc(c: RiskCardContent): Block[] {
  const columns: TableColumn[] = [
    { key: 'no', title: '序号', width: 6, align: 'center' },
    { key: 'hazard', title: '主要危险因素', width: 38 },
    { key: 'level', title: '等级', width: 8, align: 'center' },
    { key: 'measures', title: '管控措施', width: 48 },
  ];
  return [
    { type: 'title', text: c.title, level: 1 },
    fieldsOf(c.head),
    band(c.level, c.levelNote),
    {
      type: 'table',
      repeatHeader: true,
      columns,
      rows: c.hazards.map((h, i) => ({
        no: String(i + 1),
        hazard: h.text,
        level: h.level ? riskLevelCell(h.level, { short: true, tint: true }) : { text: '未评', align: 'center' },
        measures: h.measures.map((m) => `· ${m}`).join('\n'),
      })),
    },
    labelTable([
      ['可能发生的事故类型', c.accidentTypes.join('、')],
      ['可能导致的后果', c.consequences.join('；')],
      ['劳动防护用品', c.ppe.join('、')],
      ['安全警示标志', c.signs.map((s) => s.title).join('、')],
      ['应急处置措施', list(c.emergency)],
    ]),
    phoneLines(c.responsible, c.internalPhone, c.phones),
  ];
}

function operatingDoc(c: OperatingCardContent): Block[] {
  const rows: Record<string, Cell>[] = [];
  for (const st of c.stages) {
    st.steps.forEach((s, i) => rows.push({ stage: i === 0 ? { text: st.title, bold: true, rowSpan: st.steps.length } : '', no: String(i + 1), text: s.text, risk: s.risk }));
  }
  return [
    { type: 'title', text: c.title, level: 1 },
    fieldsOf(c.head),
    band(c.level),
    {
      type: 'table',
      repeatHeader: true,
      columns: [
        { key: 'stage', title: '阶段', width: 8, align: 'center' },
        { key: 'no', title: '序号', width: 6, align: 'center' },
        { key: 'text', title: '操作步骤与安全要求', width: 50 },
        { key: 'risk', title: '关键风险点', width: 36 },
      ],
      rows,
    },
    labelTable([
      ['禁止事项', list(c.prohibited)],
      ['劳动防护用品', c.ppe.join('、')],
    ]),
    phoneLines(c.responsible, c.internalPhone, c.phones),
  ];
}

function emergencyDoc(c: EmergencyCardContent): Block[] {
  return [
    { type: 'title', text: c.title, level: 1 },
    fieldsOf(c.head),
    band(c.level),
    {
      type: 'table',
      repeatHeader: true,
      columns: [
        { key: 'title', title: '事故类型', width: 16 },
        { key: 'immediate', title: '立即处置', width: 40 },
        { key: 'dont', title: '禁止事项', width: 22 },
        { key: 'call', title: '报告求援', width: 22 },
      ],
      rows: c.scenarios.map((s) => ({ title: { text: s.title, bold: true }, immediate: list(s.immediate), dont: list(s.dont), call: `${list(s.call)}\n${s.phones.join('；')}` })),
    },
    labelTable([
      ['本岗位应急措施', list(c.own)],
      ['应急物资存放位置', c.equipmentLocation || '________________'],
    ]),
    phoneLines(c.responsible, c.internalPhone, c.phones),
  ];
}

function ackDoc(c: AckSheetContent): Block[] {
  const rows = Array.from({ length: c.rows }, (_, i) => ({ no: String(i + 1), name: c.workers[i] ?? '', date: '', sign: '', note: '' }));
  return [
    { type: 'title', text: c.title, level: 1 },
    fieldsOf(c.head),
    { type: 'paragraph', runs: [{ text: '告知内容：', bold: true }, { text: c.cards.join('；') }] },
    { type: 'paragraph', runs: c.statement },
    {
      type: 'table',
      repeatHeader: true,
      minRowHeightMm: 9,
      columns: [
        { key: 'no', title: '序号', width: 8, align: 'center' },
        { key: 'name', title: '姓名', width: 22, align: 'center' },
        { key: 'date', title: '告知日期', width: 24 },
        { key: 'sign', title: '本人签名', width: 26 },
        { key: 'note', title: '备注', width: 20 },
      ],
      rows,
    },
    { type: 'signatures', items: ['告知人', '班组长/车间负责人'], withDate: true },
  ];
}

function occupationalDoc(c: OccupationalCardContent): Block[] {
  const blocks: Block[] = [
    { type: 'title', text: c.title, level: 1 },
    {
      type: 'fields',
      columns: 2,
      items: [
        { label: '企业名称', value: c.head.enterprise },
        { label: '车间/班组', value: c.head.unitPath || '企业直属' },
        { label: '岗位名称', value: c.head.post },
        { label: '发布日期', value: zhDate(c.head.date) },
      ],
    },
  ];
  for (const a of c.agents) {
    blocks.push({ type: 'title', text: `职业病危害因素：${a.name}`, level: 2 });
    blocks.push(
      labelTable([
        ['健康危害', list(a.health)],
        ['防护措施', list(a.protection)],
        ['应急处理', list(a.firstAid)],
        ['检测结果', a.monitoring.result || '________'],
        ['职业接触限值', a.monitoring.limit || '________'],
        ['检测日期', a.monitoring.date ? zhDate(a.monitoring.date) : '________'],
      ]),
    );
  }
  blocks.push({ type: 'paragraph', runs: [{ text: '警示标识：', bold: true }, { text: c.signs.map((s) => s.title).join('、') }] });
  blocks.push(phoneLines(c.responsible, c.internalPhone, c.phones));
  return blocks;
}

function boardDoc(c: BoardContent): Block[] {
  return [
    { type: 'title', text: c.title, level: 1 },
    {
      type: 'fields',
      columns: 3,
      items: [
        { label: '场所/区域', value: c.place },
        { label: '位置', value: c.location },
        { label: '管控层级', value: c.controlLevel },
        { label: '责任单位', value: c.unit },
        { label: '责任人', value: c.persons },
        { label: '发布日期', value: zhDate(c.date) },
      ],
    },
    band(c.level),
    {
      type: 'table',
      repeatHeader: true,
      fontSizePt: 8,
      columns: [
        { key: 'no', title: '序号', width: 4, align: 'center' },
        { key: 'point', title: '风险点', width: 10 },
        { key: 'hazard', title: '主要危险因素', width: 20 },
        { key: 'level', title: '等级', width: 6, align: 'center' },
        { key: 'type', title: '事故类型', width: 9 },
        { key: 'measures', title: '管控措施', width: 25 },
        { key: 'emergency', title: '应急处置措施', width: 14 },
        { key: 'control', title: '管控层级', width: 6, align: 'center' },
        { key: 'person', title: '责任单位/责任人', width: 11 },
      ],
      rows: c.rows.map((r, i) => ({
        no: String(i + 1),
        point: r.riskPoint,
        hazard: r.hazard,
        level: r.level ? riskLevelCell(r.level, { short: true, tint: true }) : { text: '未评', align: 'center' },
        type: r.accidentTypes,
        measures: r.measures.map((m) => `· ${m}`).join('\n'),
        emergency: r.emergency.map((m) => `· ${m}`).join('\n'),
        control: r.controlLevel,
        person: [r.unit, ...r.persons].join('\n'),
      })),
    },
    {
      type: 'paragraph',
      runs: [
        { text: '事故隐患和险情报告电话：', bold: true },
        { text: c.reportPhone || '________' },
        { text: `\n${c.phones.map((p) => `${p.label} ${p.number}`).join('    ')}`, bold: true },
      ],
    },
  ];
}

function blocksOf(c: CardContent): Block[] {
  switch (c.kind) {
    case 'risk':
      return riskDoc(c);
    case 'operating':
      return operatingDoc(c);
    case 'emergency':
      return emergencyDoc(c);
    case 'ack':
      return ackDoc(c);
    case 'occupational':
      return occupationalDoc(c);
    case 'board':
      return boardDoc(c);
  }
}

/** The editable document of some card contents (one after the other, a page break between). */
export function cardsDocModel(title: string, items: readonly CardContent[], paper: PageSize = 'A4'): DocModel {
  const blocks: Block[] = [];
  items.forEach((c, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    blocks.push(...blocksOf(c));
  });
  const landscape = items.some((c) => c.kind === 'board');
  return {
    title,
    page: { size: paper, orientation: landscape ? 'landscape' : 'portrait', marginsMm: { top: 15, right: 12, bottom: 15, left: 15 } },
    footer: { pageNumbers: true },
    blocks: blocks.length ? blocks : [{ type: 'paragraph', runs: '（无内容）' }],
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

function aggregateGaps(doc: EnterpriseFile, today: string): DocFinding[] {
  const list = postsWithoutCards(doc, today);
  const out: DocFinding[] = [];
  const noVersion = list.filter((p) => p.reason === 'noVersion').length;
  const changed = list.filter((p) => p.reason === 'changed');
  if (noVersion) out.push({ code: 'W_CARD_NO_VERSION', text: `${noVersion} 个岗位的告知卡尚未发布，打印时编为 v1` });
  if (changed.length) out.push({ code: 'W_CARD_CHANGED', text: `${changed.length} 个岗位的告知卡内容已变更（${changed.slice(0, 3).map((p) => p.post).join('、')}${changed.length > 3 ? '等' : ''}），打印时按新版本编号` });
  const byGap = new Map<CardGapCode, string[]>();
  for (const p of list) for (const g of p.gaps) byGap.set(g, [...(byGap.get(g) ?? []), p.post]);
  for (const [code, posts] of byGap) out.push({ code, text: `${posts.length} 个岗位${CARD_GAP_ZH[code]}（${posts.slice(0, 3).join('、')}${posts.length > 3 ? '等' : ''}）` });
  return out;
}

function cardsCheck(doc: EnterpriseFile): { blocking: DocFinding[]; warnings: DocFinding[] } {
  const posts = postsWithHazards(doc);
  if (posts.length === 0) return { blocking: [{ code: 'W_NO_HAZARDS', text: '尚未辨识任何岗位的危险因素，无法生成岗位告知卡' }], warnings: [] };
  const warnings = aggregateGaps(doc, '1970-01-01');
  const without = doc.posts.length - posts.length;
  if (without) warnings.push({ code: 'W_CARD_NO_HAZARDS', text: `${without} 个岗位尚未辨识危险因素，未列出` });
  return { blocking: [], warnings };
}

function boardCheck(doc: EnterpriseFile): { blocking: DocFinding[]; warnings: DocFinding[] } {
  const rows = registerRows(doc);
  if (rows.length === 0) return { blocking: [{ code: 'W_NO_HAZARDS', text: '尚未辨识危险因素，无法生成安全风险公告栏' }], warnings: [] };
  const warnings: DocFinding[] = [];
  if (!doc.profile.emergencyPhone) warnings.push({ code: 'W_CARD_NO_EMERGENCY_PHONE', text: CARD_GAP_ZH.W_CARD_NO_EMERGENCY_PHONE });
  const none = rows.filter((r) => !r.level).length;
  if (none) warnings.push({ code: 'W_HAZARD_NO_ASSESSMENT', text: `${none} 项危险因素尚未评价风险` });
  return { blocking: [], warnings };
}

function occupationalCheck(doc: EnterpriseFile): { blocking: DocFinding[]; warnings: DocFinding[] } {
  const posts = occupationalPosts(doc);
  if (posts.length === 0) return { blocking: [{ code: 'W_NO_OCCUPATIONAL_POSTS', text: '危险因素中未辨识出接触噪声、粉尘、高温或有毒物质的岗位（如有，请补充相应危险因素后再生成）' }], warnings: [] };
  const missing = postsWithoutCards(doc).filter((p) => p.gaps.includes('W_CARD_NO_MONITORING'));
  return { blocking: [], warnings: missing.length ? [{ code: 'W_CARD_NO_MONITORING', text: `${missing.length} 个岗位${CARD_GAP_ZH.W_CARD_NO_MONITORING}（${missing.map((p) => p.post).join('、')}），打印为待填写栏` }] : [] };
}

// ---------------------------------------------------------------------------------------------
// Kinds

function builder(kind: CardKindId, title: string) {
  return (doc: EnterpriseFile, format: DocFormat, ctx: DocContext, unitId?: string): Built => {
    const items = cardContents(doc, kind, ctx, unitId);
    const paper = ctx.pageSize ?? 'A4';
    const model = cardsDocModel(title, items, paper);
    // PDF: the fixed layout; DOCX: the editable card with its QR image — both drawn from `items`
    const data: CardsPdfData = { title, paper, ...(ctx.posterSize ? { poster: ctx.posterSize } : {}), items };
    return { kind: 'raw', renderer: 'cards', data, model };
  };
}

const postUnits = (doc: EnterpriseFile) => postsWithHazards(doc).map((p) => ({ id: p.post.id, name: p.post.name }));

function cardKind(id: (typeof CARD_KIND_IDS)[number], title: string, order: number, purpose: string): DocumentKind {
  return {
    id,
    title,
    group: 'cards',
    purpose,
    formats: ['pdf', 'docx'],
    order,
    units: id === 'cards.batch' ? (doc) => batchUnits(doc).map((u) => ({ id: u.id, name: u.name })) : postUnits,
    check: cardsCheck,
    build: builder(id, title),
  };
}

export const CARD_KINDS: DocumentKind[] = [
  cardKind('card.risk', '岗位安全风险告知卡', 40, '张贴在岗位：岗位主要危险因素、风险等级、管控措施、防护用品、警示标志、应急措施和报告电话'),
  cardKind('card.operating', '岗位安全操作卡', 41, '作业前、作业中、作业后的操作步骤、关键风险点和禁止事项'),
  cardKind('card.emergency', '应急处置卡', 42, '岗位可能发生的事故的立即处置、禁止事项、报告求援和应急物资位置'),
  cardKind('card.ack', '岗位安全风险告知确认表', 43, '岗位员工接受告知后签字确认'),
  cardKind('cards.batch', '岗位告知卡汇编', 44, '一个班组、车间或全企业所有岗位的告知卡、操作卡、应急处置卡和告知确认表，合成一个文件打印'),
  {
    id: 'notice.board',
    title: '安全风险公告栏',
    group: 'notices',
    purpose: '张贴在场所或车间入口：风险点、危险因素、风险等级、事故类型、管控措施与层级、责任人、报告和举报电话',
    formats: ['pdf', 'docx'],
    order: 50,
    units: (doc) => boardUnits(doc),
    check: boardCheck,
    build: builder('notice.board', '安全风险公告栏'),
  },
  {
    id: 'notice.occupational',
    title: '职业病危害告知卡',
    group: 'notices',
    purpose: '接触噪声、粉尘、高温或有毒物质的岗位：危害因素、健康危害、防护措施、应急处理和检测结果',
    formats: ['pdf', 'docx'],
    order: 51,
    units: (doc) => occupationalPosts(doc).map((id) => ({ id, name: doc.posts.find((p) => p.id === id)!.name })),
    check: occupationalCheck,
    build: builder('notice.occupational', '职业病危害告知卡'),
  },
];
