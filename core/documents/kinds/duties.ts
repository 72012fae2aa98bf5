/**
 * 安全风险分级管控责任清单 (also called 较大危险因素辨识管控责任清单): for every hazard, its grade,
 * its control level and the owners at each level from that level down to the post, for the
 * enterprise and for each workshop. DOCX/PDF (A4 landscape, repeated header rows, signature and
 * date lines per level) and XLSX (frozen header, filters, signature lines under the data).
 *
 * Rules printed with it (core/duties/owners.ts): the control level follows the enterprise's map
 * by grade, moved up where a level is absent; a risk controlled at a higher level is also
 * controlled by every level below it (domain-facts §9.1).
 */
import { CONTROL_PRESET_NAMES_ZH, describeControlMap, presetOf } from '../../risk/controlLevel';
import { zhDate } from '../../model/dates';
import type { EnterpriseFile } from '../../model/enterpriseFile';
import { PERSON_ROLE_ZH } from '../../model/org';
import { CONTROL_LEVEL_ZH, CONTROL_LEVELS, MEASURE_KINDS, RISK_LEVEL_SHORT_ZH, type ControlLevel } from '../../model/vocab';
import { hazardDuties, missingText, ownersByUnit, personLabel, type HazardDuty } from '../../duties/owners';
import { riskLevelCell } from '../colours';
import type { Block, Cell, DocModel, GroupHeader, TableColumn, WorkbookColumn, WorkbookModel, WorkbookValue } from '../model';
import type { DocContext, DocumentKind, DocUnit } from '../registry';

export const DUTIES_TITLE = '安全风险分级管控责任清单';
export const DUTIES_ALIAS = '较大危险因素辨识管控责任清单';
/** Unit id of the hazards that reach no workshop (posts and teams directly under the enterprise). */
export const DIRECT_UNIT = 'direct';
const MISSING_COLOR = '#C00000';

/** Units of the per-workshop list: workshops with hazards, then 企业直属 when some hazards reach no workshop. */
export function dutyUnits(doc: EnterpriseFile): DocUnit[] {
  const all = hazardDuties(doc);
  const out: DocUnit[] = [...doc.workshops]
    .sort((a, b) => a.order - b.order)
    .filter((w) => all.some((d) => d.scope.workshopIds.includes(w.id)))
    .map((w) => ({ id: w.id, name: w.name }));
  if (all.some((d) => d.scope.workshopIds.length === 0)) out.push({ id: DIRECT_UNIT, name: '企业直属' });
  return out;
}

function dutiesOf(doc: EnterpriseFile, unitId?: string): HazardDuty[] {
  const all = hazardDuties(doc);
  if (!unitId) return all;
  if (unitId === DIRECT_UNIT) return all.filter((d) => d.scope.workshopIds.length === 0);
  return all.filter((d) => d.scope.workshopIds.includes(unitId));
}

/** The text of one level's cell: people per unit; '—' when the level is absent; '' above the control level. */
function levelText(doc: EnterpriseFile, d: HazardDuty, level: ControlLevel): { text: string; missing: boolean; control: boolean } {
  const lo = d.chain.find((c) => c.level === level);
  if (!lo) return { text: d.controlLevel && !d.available.includes(level) ? '—' : '', missing: false, control: false };
  const parts = ownersByUnit(doc, lo, d.level).map((g) => {
    const names = level === 'enterprise' ? g.persons.map(personLabel).join('\n') : g.persons.map((p) => p.name).join('、');
    const miss = g.missing ? `（${missingText(g.missing).replace(/^.*没有/, '缺')}）` : '';
    const unit = level === 'enterprise' ? '' : `${g.units.map((u) => u.name).join('、')}：`;
    return `${unit}${names || ''}${miss}`;
  });
  const override = lo.source === 'override' ? '（指定）' : '';
  return { text: parts.join('\n') + override, missing: lo.missing.length > 0, control: level === d.controlLevel };
}

function measuresText(doc: EnterpriseFile, hazardId: string): string {
  const h = doc.hazards.find((x) => x.id === hazardId)!;
  const preventive = h.measures.filter((m) => m.kind !== 'emergency');
  // a hazard with only emergency measures (imported registers) shows them rather than an empty cell
  const ms = [...(preventive.length > 0 ? preventive : h.measures)].sort((a, b) => MEASURE_KINDS.indexOf(a.kind) - MEASURE_KINDS.indexOf(b.kind));
  return ms.map((m, i) => `${i + 1}.${m.text}`).join('\n');
}

const COLUMNS: TableColumn[] = [
  { key: 'no', title: '序号', width: 4, align: 'center' },
  { key: 'point', title: '风险点', width: 9 },
  { key: 'hazard', title: '危险因素', width: 18 },
  { key: 'level', title: '风险等级', width: 5.5, align: 'center' },
  { key: 'control', title: '管控层级', width: 5.5, align: 'center' },
  { key: 'measures', title: '主要管控措施', width: 30 },
  { key: 'enterprise', title: '企业', width: 10.5 },
  { key: 'workshop', title: '车间（部门）', width: 8.5 },
  { key: 'team', title: '班组', width: 8 },
  { key: 'post', title: '岗位', width: 11 },
];
const GROUP: GroupHeader[] = [
  { title: '', span: 6 },
  { title: '管控责任单位及责任人', span: 4 },
];

/**
 * Most rows of one risk point merged under one 风险点 cell. The PDF renderer keeps a merged group
 * on one page and DOCX (keepRowSpanGroups) moves it whole, so a long group would push the table
 * off the first page and leave half-empty pages behind; groups are cut into runs of at most
 * this many rows, each run printing the risk point again.
 */
export const POINT_GROUP_MAX = 3;

/** '（无车间，上移）' after the control level when the mapped level is absent from the org. */
function movedUpText(d: HazardDuty): string {
  return d.movedUp && d.mappedLevel ? `（无${CONTROL_LEVEL_ZH[d.mappedLevel]}，上移）` : '';
}

function rowsOf(doc: EnterpriseFile, ds: HazardDuty[]): Record<string, Cell>[] {
  let runStart = 0;
  return ds.map((d, i) => {
    const first = i === 0 || ds[i - 1]!.riskPointId !== d.riskPointId || i - runStart >= POINT_GROUP_MAX;
    if (first) runStart = i;
    let span = 1;
    if (first) while (span < POINT_GROUP_MAX && i + span < ds.length && ds[i + span]!.riskPointId === d.riskPointId) span++;
    const row: Record<string, Cell> = {
      no: { text: String(i + 1), align: 'center' },
      hazard: d.place && !d.text.includes(d.place) ? `${d.text}（${d.place}）` : d.text,
      level: d.level ? (d.levelMark ? { ...(riskLevelCell(d.level, { short: true }) as object), text: `${RISK_LEVEL_SHORT_ZH[d.level]}\n${d.levelMark}` } as Cell : riskLevelCell(d.level, { short: true })) : { text: '未评价', align: 'center' },
      control: d.controlLevel ? { text: CONTROL_LEVEL_ZH[d.controlLevel] + (d.movedUp ? `\n${movedUpText(d)}` : ''), align: 'center', bold: true } : { text: '—', align: 'center' },
      measures: measuresText(doc, d.hazardId),
    };
    for (const l of CONTROL_LEVELS) {
      const t = levelText(doc, d, l);
      row[l] = { text: t.text, ...(t.control ? { bold: true } : {}), ...(t.missing ? { color: MISSING_COLOR } : {}), ...(t.text === '—' ? { align: 'center' as const } : {}) };
    }
    // a run that continues the same risk point says so (the register's （续）)
    const continues = first && i > 0 && ds[i - 1]!.riskPointId === d.riskPointId;
    if (first) row.point = { text: continues ? `${d.riskPoint}（续）` : d.riskPoint, rowSpan: span, bold: true };
    return row;
  });
}

/**
 * Signature lines. The enterprise list is prepared by the safety staff, reviewed by the deputy in
 * charge and approved by the principal (编制、审核、批准); a workshop's list is signed by the
 * head of that unit and its team leaders, who carry it out. Each line has its date line.
 */
function signatureItems(doc: EnterpriseFile, ds: HazardDuty[], unitId?: string): string[] {
  if (!unitId) return ['编制人（安全管理人员）', '审核人（分管负责人）', '批准人（主要负责人）'];
  const teams = new Set(ds.flatMap((d) => d.scope.teamIds));
  const items = [unitId === DIRECT_UNIT ? '分管负责人' : '车间主任（部门负责人）'];
  const mine = (t: { workshopId: string | null }) => (unitId === DIRECT_UNIT ? !t.workshopId : t.workshopId === unitId);
  const named = doc.teams.filter((t) => teams.has(t.id) && mine(t)).sort((a, b) => a.order - b.order);
  // up to three teams get a line each; more share one line
  if (named.length > 0 && named.length <= 3) for (const t of named) items.push(`${t.name}班组长`);
  else if (named.length > 3) items.push('各班组长');
  items.push('编制人');
  return items;
}

function ruleText(doc: EnterpriseFile): string {
  const map = doc.riskSettings.controlLevelMap;
  // the preset names carry the map in brackets; print the name once, then the map
  return `${CONTROL_PRESET_NAMES_ZH[presetOf(map)].replace(/（.*）$/, '')}方案，${describeControlMap(map).join('，')}。`;
}

/** The DOCX/PDF model for the enterprise (no unit) or one workshop (`unitId`). */
export function dutiesDoc(doc: EnterpriseFile, ctx: DocContext, unitId?: string): DocModel {
  const unit = unitId ? dutyUnits(doc).find((u) => u.id === unitId) : undefined;
  const ds = dutiesOf(doc, unitId);
  const title = unit ? `${DUTIES_TITLE}（${unit.name}）` : DUTIES_TITLE;
  const blocks: Block[] = [
    { type: 'title', text: DUTIES_TITLE, level: 1 },
    { type: 'paragraph', runs: `（${DUTIES_ALIAS}）`, align: 'center', sizePt: 10 },
    {
      type: 'fields',
      columns: 3,
      items: [
        { label: '企业名称', value: doc.profile.name },
        { label: '单位', value: unit?.name ?? '全厂' },
        { label: '编制日期', value: zhDate(ctx.today) },
      ],
    },
    { type: 'paragraph', sizePt: 9, runs: [{ text: '管控层级：', bold: true }, { text: `${ruleText(doc)}上级管控的风险，下级同样负责管控；组织中缺少的层级，其风险向上一级归并，不向下转移。` }] },
    // the note and two rows of signature lines (about 55 mm) stay with the last rows
    { type: 'table', columns: COLUMNS, groupHeader: GROUP, rows: rowsOf(doc, ds), repeatHeader: true, fontSizePt: 8, keepWithNextMm: 56, keepRowSpanGroups: true },
    {
      type: 'paragraph',
      sizePt: 8,
      runs: '注：加粗的为管控层级的责任单位和责任人，其下各层级同时负责管控；“—”表示该风险所在组织中没有此层级；“（指定）”为针对该风险指定的责任人；标红的为尚缺的责任人，须补充人员后重新打印。企业层级按重大风险由主要负责人组织管控，其他风险由分管负责人会同部门（车间）负责人管控，安全管理人员协助。',
    },
    { type: 'signatures', items: signatureItems(doc, ds, unit?.id), withDate: true },
  ];
  return {
    title,
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 10, bottom: 15, left: 10 } },
    header: { left: doc.profile.name, right: title },
    footer: { pageNumbers: true, left: ctx.preparer ? `编制人：${ctx.preparer}` : '' },
    blocks,
  };
}

const SHEET_COLUMNS: WorkbookColumn[] = [
  { key: 'no', title: '序号', widthChars: 5, type: 'number' },
  { key: 'workshop', title: '车间（部门）', widthChars: 12, wrap: true },
  { key: 'point', title: '风险点', widthChars: 14, wrap: true },
  { key: 'hazard', title: '危险因素', widthChars: 30, wrap: true },
  { key: 'level', title: '风险等级', widthChars: 9 },
  { key: 'control', title: '管控层级', widthChars: 9, wrap: true },
  { key: 'measures', title: '主要管控措施', widthChars: 40, wrap: true },
  { key: 'enterprise', title: '企业责任人', widthChars: 18, wrap: true },
  { key: 'workshopOwner', title: '车间（部门）责任人', widthChars: 16, wrap: true },
  { key: 'team', title: '班组责任人', widthChars: 16, wrap: true },
  { key: 'post', title: '岗位责任人', widthChars: 20, wrap: true },
];

/** The XLSX workbook: one sheet for the enterprise or the workshop, signature lines under the data. */
export function dutiesBook(doc: EnterpriseFile, ctx: DocContext, unitId?: string): WorkbookModel {
  const unit = unitId ? dutyUnits(doc).find((u) => u.id === unitId) : undefined;
  const ds = dutiesOf(doc, unitId);
  const wsName = new Map(doc.workshops.map((w) => [w.id, w.name]));
  const rows: Record<string, WorkbookValue>[] = ds.map((d, i) => {
    const lv = (l: ControlLevel) => {
      const t = levelText(doc, d, l);
      return t.missing ? ({ text: t.text, color: MISSING_COLOR } as Cell) : t.text;
    };
    return {
      no: i + 1,
      workshop: d.scope.workshopIds.map((id) => wsName.get(id) ?? id).join('、') || '企业直属',
      point: d.riskPoint,
      hazard: d.text,
      level: d.level ? { ...(riskLevelCell(d.level, { short: false }) as object), text: `${RISK_LEVEL_SHORT_ZH[d.level]}风险${d.levelMark ? `（${d.levelMark}）` : ''}` } as Cell : '未评价',
      control: d.controlLevel ? CONTROL_LEVEL_ZH[d.controlLevel] + movedUpText(d) : '—',
      measures: measuresText(doc, d.hazardId),
      enterprise: lv('enterprise'),
      workshopOwner: lv('workshop'),
      team: lv('team'),
      post: lv('post'),
    };
  });
  // one signer a line, so that each has room to sign by hand in the printed sheet
  const signs = signatureItems(doc, ds, unit?.id).map((s) => `${s}签字：________________    日期：______年____月____日`).join('\n');
  return {
    sheets: [
      {
        name: unit?.name ?? '全厂',
        title: `${doc.profile.name} ${DUTIES_TITLE}${unit ? `（${unit.name}）` : ''}  编制日期：${zhDate(ctx.today)}`,
        columns: SHEET_COLUMNS,
        rows,
        freezeHeader: true,
        autoFilter: true,
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
        footerNote: `管控层级：${ruleText(doc)}上级管控的风险，下级同样负责管控；缺少的层级向上归并。\n${signs}`,
      },
    ],
  };
}

/** Role words used in the print centre's findings. */
const roleZh = (r: string) => (r === 'postPeople' ? '岗位人员' : (PERSON_ROLE_ZH as Record<string, string>)[r] ?? r);

function dutiesCheck(doc: EnterpriseFile) {
  const ds = hazardDuties(doc);
  const blocking = ds.length === 0 ? [{ code: 'W_NO_HAZARDS', text: '尚未辨识危险因素' }] : [];
  const warnings: { code: string; text: string }[] = [];
  const ungraded = ds.filter((d) => !d.level).length;
  if (ungraded) warnings.push({ code: 'W_HAZARD_NO_ASSESSMENT', text: `${ungraded} 项危险因素尚未评价，没有管控层级` });
  const unowned = ds.filter((d) => d.unowned.length > 0);
  if (unowned.length) {
    const roles = [...new Set(unowned.flatMap((d) => d.chain.flatMap((c) => c.missing.map((m) => roleZh(m.role)))))];
    warnings.push({ code: 'W_HAZARD_NO_OWNER', text: `${unowned.length} 项危险因素缺少责任人（缺${roles.join('、')}）` });
  }
  return { blocking, warnings };
}

export const DUTY_KINDS: DocumentKind[] = [
  {
    id: 'duties',
    title: DUTIES_TITLE,
    group: 'duties',
    purpose: '每项风险的管控层级和企业、车间、班组、岗位各级责任人，逐级签字落实',
    formats: ['docx', 'xlsx', 'pdf'],
    order: 2,
    check: dutiesCheck,
    build: (doc, format, ctx) => (format === 'xlsx' ? { kind: 'book', model: dutiesBook(doc, ctx) } : { kind: 'doc', model: dutiesDoc(doc, ctx) }),
  },
  {
    id: 'duties.workshop',
    title: DUTIES_TITLE,
    group: 'duties',
    purpose: '各车间（部门）的分级管控责任清单，由车间主任和班组长签字',
    formats: ['docx', 'xlsx', 'pdf'],
    order: 3,
    units: dutyUnits,
    check: dutiesCheck,
    build: (doc, format, ctx, unitId) => (format === 'xlsx' ? { kind: 'book', model: dutiesBook(doc, ctx, unitId) } : { kind: 'doc', model: dutiesDoc(doc, ctx, unitId) }),
  },
];
