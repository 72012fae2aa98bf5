/**
 * Printable hidden-hazard checklists (隐患排查表): one sheet per level and frequency (per post,
 * team or workshop where that applies), per specialist topic, per season and before holidays.
 * PDF, A4 landscape, embedded font (the PDF renderer). Each sheet: the title (隐患排查 with its
 * level and frequency), a header with enterprise, unit, period and inspector, rows with how to
 * check (排查方法/内容), what "in order" means (排查标准: the control measure verified, or the
 * item's own requirement), place, result (符合/不符合; a per-shift sheet has 班前/班中/交接班),
 * hidden hazard found and action taken, blank rows for hand notes, signature and date lines.
 * Body text 8.5 pt; the widths give the two text columns most of the A4 landscape line and keep
 * the result and hand-written columns wide enough to write in. Rows taller than the
 * space left continue on the next page (the renderer never cuts, DESIGN §6).
 */
import type { ControlLevel } from '../../model/vocab';
import type { EnterpriseFile } from '../../model/enterpriseFile';
import { checklistBook, printRef, type ChecklistSheet } from '../../duties/checklists';
import type { CheckPeriod } from '../../duties/settings';
import { personLabel } from '../../duties/owners';
import type { Block, Cell, DocModel, GroupHeader, TableColumn } from '../model';
import type { DocContext, DocumentKind, DocUnit } from '../registry';

/** The blank to fill in for the period a sheet covers. */
const PERIOD_BLANK: Record<CheckPeriod, string> = {
  shift: '____年__月__日  ______班',
  day: '____年__月__日',
  week: '____年__月__日 至 __月__日',
  month: '____年__月',
  quarter: '____年 第__季度',
  'half-year': '____年 上／下半年',
  year: '____年',
};

const SIGNERS: Record<ChecklistSheet['kind'], Partial<Record<ControlLevel, string[]>>> = {
  routine: {
    post: ['排查人（岗位员工）', '班组长'],
    team: ['排查人（班组长）', '车间主任'],
    workshop: ['排查人（车间主任）', '安全管理人员'],
    enterprise: ['排查人', '主要负责人'],
  },
  specialist: { enterprise: ['排查人（专业人员）', '安全管理人员'] },
  seasonal: { enterprise: ['排查人', '主要负责人'] },
  holiday: { enterprise: ['排查人', '主要负责人'] },
};

const REPORT_TO: Record<ControlLevel, string> = { post: '班组长', team: '车间主任', workshop: '企业安全管理人员', enterprise: '主要负责人' };

/**
 * Who a routine sheet of a team or a post goes to: the head of the unit right above it. A team
 * directly under the enterprise reports to the safety staff, a post directly under a workshop to
 * the workshop head (the sample's 设备维修班 and 模具维修工), never to a level that is not there.
 */
function supervisorOf(doc: EnterpriseFile, sh: ChecklistSheet): string {
  if (sh.kind !== 'routine') return REPORT_TO[sh.level];
  if (sh.level === 'team') return doc.teams.find((t) => t.id === sh.unit.id)?.workshopId ? '车间主任' : '安全管理人员';
  if (sh.level === 'post') {
    const parent = doc.posts.find((p) => p.id === sh.unit.id)?.parent.kind;
    return parent === 'workshop' ? '车间主任' : parent === 'enterprise' ? '安全管理人员' : '班组长';
  }
  return REPORT_TO[sh.level];
}

function signersOf(doc: EnterpriseFile, sh: ChecklistSheet): string[] {
  const base = SIGNERS[sh.kind][sh.level] ?? ['排查人', '负责人'];
  return sh.kind === 'routine' && (sh.level === 'team' || sh.level === 'post') ? [base[0]!, supervisorOf(doc, sh)] : base;
}

function periodText(sh: ChecklistSheet): string {
  if (sh.kind === 'seasonal') return `____年 ${sh.season === 'summer' ? '夏' : '冬'}季`;
  if (sh.kind === 'holiday') return '节日：________  ____年__月__日';
  return sh.frequency ? PERIOD_BLANK[sh.frequency.period] : '____年__月__日';
}

function columns(perShift: boolean): { columns: TableColumn[]; group: GroupHeader[] } {
  const results: TableColumn[] = perShift
    ? [
        { key: 'r1', title: '班前', width: 4.5, align: 'center' },
        { key: 'r2', title: '班中', width: 4.5, align: 'center' },
        { key: 'r3', title: '交接班', width: 5, align: 'center' },
      ]
    : [
        { key: 'ok', title: '符合', width: 5, align: 'center' },
        { key: 'nok', title: '不符合', width: 5.5, align: 'center' },
      ];
  const cols: TableColumn[] = [
    { key: 'no', title: '序号', width: 3.5, align: 'center' },
    { key: 'check', title: '排查方法/内容', width: perShift ? 20 : 22 },
    { key: 'standard', title: '排查标准', width: perShift ? 27 : 30 },
    { key: 'place', title: '部位/场所', width: perShift ? 15 : 13 },
    ...results,
    { key: 'found', title: '发现的隐患', width: 13 },
    { key: 'action', title: '处理措施及结果', width: 12 },
  ];
  return {
    columns: cols,
    group: [
      { title: '', span: 4 },
      { title: perShift ? '排查结果（√/×）' : '排查结果（打√）', span: results.length },
      { title: '', span: 2 },
    ],
  };
}

/** Who runs a sheet of each level (the 排查人 of DESIGN §4 管控层级). */
const ROLE_OF_LEVEL = { enterprise: '分管负责人', workshop: '车间主任', team: '班组长', post: '岗位人员' } as const;

/** The printed model of one sheet. */
export function checklistDoc(doc: EnterpriseFile, sh: ChecklistSheet, ctx: DocContext): DocModel {
  const perShift = sh.frequency?.period === 'shift';
  const { columns: cols, group } = columns(perShift);
  const blank = doc.duties.checklists.blankRows;
  const inspectors = sh.inspectors.map(sh.level === 'post' ? (p) => p.name : personLabel).join('、');
  const blocks: Block[] = [{ type: 'title', text: sh.title, level: 1 }];
  if (sh.subtitle) blocks.push({ type: 'paragraph', runs: sh.subtitle, align: 'center', sizePt: 10 });
  blocks.push({
    type: 'fields',
    columns: 3,
    items: [
      { label: '企业名称', value: doc.profile.name },
      { label: '排查单位', value: sh.unitPath },
      { label: '排查频次', value: sh.frequencyText },
      { label: '排查周期', value: periodText(sh) },
      // nobody holds the role yet (a register just imported): say who is to be appointed
      { label: '责任人', value: inspectors || `待指定${ROLE_OF_LEVEL[sh.level]}` },
      { label: '排查人', value: '______________' },
    ],
  });
  blocks.push({
    type: 'paragraph',
    sizePt: 7.5,
    runs: [
      { text: '填写说明：', bold: true },
      {
        text: perShift
          ? '每班在班前、班中和交接班时按“排查方法/内容”逐项检查，达到“排查标准”的打“√”，达不到的打“×”，并在“发现的隐患”栏写明部位和情况。'
          : '按“排查方法/内容”逐项检查，达到“排查标准”的在“符合”栏打“√”，达不到的在“不符合”栏打“√”，并在“发现的隐患”栏写明部位和情况。',
      },
      { text: `能立即整改的当场整改并写明处理结果；不能立即整改的，采取临时防范措施并报告${supervisorOf(doc, sh)}，登记隐患台账。` },
      { text: '★', bold: true },
      { text: '为对应《工贸企业重大事故隐患判定标准》（应急管理部令第10号）情形的项目，不符合的按' },
      { text: '重大事故隐患', bold: true, color: '#C00000' },
      { text: '处理：立即停止相关作业，报告主要负责人。空白行用于补充检查项目；本表填写后保存备查。' },
    ],
  });
  const last = sh.sections.length - 1;
  sh.sections.forEach((sec, si) => {
    if (sh.sections.length > 1) blocks.push({ type: 'title', text: `${['一', '二', '三'][si]}、${sec.title}`, level: 3 });
    const rows: Record<string, Cell>[] = sec.rows.map((r, i) => ({
      no: { text: String(i + 1), align: 'center' },
      check: r.major ? { text: `★${r.content}\n（重大事故隐患判定项：${r.major.citation}）`, bold: true } : r.content,
      standard: r.standard,
      place: r.place,
    }));
    if (si === last) for (let k = 0; k < blank; k++) rows.push({ no: '', check: '' });
    // the signature lines (about 26 mm) stay with the last row
    blocks.push({ type: 'table', columns: cols, groupHeader: group, rows, repeatHeader: true, fontSizePt: 8.5, minRowHeightMm: 7, ...(si === last ? { keepWithNextMm: 28 } : {}) });
  });
  blocks.push({ type: 'signatures', items: signersOf(doc, sh), withDate: true });
  return {
    title: `${sh.title}（${sh.unitPath}）`,
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 13, right: 12, bottom: 13, left: 12 } },
    header: { left: `${doc.profile.name}  ${sh.unitPath}`, right: sh.title },
    footer: { pageNumbers: true, left: ctx.preparer ? `编制：${ctx.preparer}  ${ctx.today}` : '' },
    blocks,
  };
}

/** How the sheets are grouped into print-centre kinds. */
interface SheetKindDef {
  id: string;
  title: string;
  purpose: string;
  order: number;
  pick: (s: ChecklistSheet) => boolean;
  /** Per-unit kinds list their sheets as units; single-sheet kinds have none. */
  perUnit: boolean;
}

const DEFS: SheetKindDef[] = [
  { id: 'checklist.enterprise', title: '企业隐患排查表', purpose: '企业综合排查：主要负责人组织，按设定频次（默认每月）', order: 11, perUnit: false, pick: (s) => s.kind === 'routine' && s.level === 'enterprise' },
  { id: 'checklist.workshop', title: '车间隐患排查表', purpose: '每个车间一份，车间主任按设定频次（默认每周）排查', order: 12, perUnit: true, pick: (s) => s.kind === 'routine' && s.level === 'workshop' },
  { id: 'checklist.team', title: '班组隐患排查表', purpose: '每个班组一份，班组长按设定频次（默认每日）排查', order: 13, perUnit: true, pick: (s) => s.kind === 'routine' && s.level === 'team' },
  { id: 'checklist.post', title: '岗位隐患排查表', purpose: '每个岗位一份，岗位员工每班（班前、班中、交接班）检查', order: 14, perUnit: true, pick: (s) => s.kind === 'routine' && s.level === 'post' },
  { id: 'checklist.specialist', title: '专项隐患排查表', purpose: '电气、特种设备、消防、粉尘防爆、涉氨制冷、有限空间等专项排查（默认每季度）', order: 15, perUnit: true, pick: (s) => s.kind === 'specialist' },
  { id: 'checklist.seasonal', title: '季节性隐患排查表', purpose: '夏季防暑降温防汛、冬季防冻防火等季节性排查', order: 16, perUnit: true, pick: (s) => s.kind === 'seasonal' },
  { id: 'checklist.holiday', title: '节假日前隐患排查表', purpose: '重大节假日前的停产停用、防火防盗、值班和应急准备检查', order: 17, perUnit: false, pick: (s) => s.kind === 'holiday' },
];

function unitOf(s: ChecklistSheet): DocUnit {
  const r = printRef(s);
  return { id: r.unitId ?? 'enterprise', name: r.unitName };
}

export const CHECKLIST_KINDS: DocumentKind[] = DEFS.map((d) => {
  const sheets = (doc: EnterpriseFile) => checklistBook(doc).sheets.filter(d.pick);
  const kind: DocumentKind = {
    id: d.id,
    title: d.title,
    group: 'checklists',
    purpose: d.purpose,
    formats: ['pdf'],
    order: d.order,
    check: (doc) => {
      const list = sheets(doc);
      const blocking = list.length === 0 ? [{ code: 'W_NO_CHECK_ITEMS', text: '没有由这一层级排查的项目（措施均由其他层级排查、尚未辨识危险因素，或该排查已关闭）' }] : [];
      const stale = checklistBook(doc).staleEdits.length;
      return { blocking, warnings: stale ? [{ code: 'W_CHECK_TEXT_STALE', text: `${stale} 条修改过的排查内容已与措施不符，请在排查清单设置中核对` }] : [] };
    },
    build: (doc, _format, ctx, unitId) => {
      const list = sheets(doc);
      const sh = (unitId ? list.find((s) => unitOf(s).id === unitId) : undefined) ?? list[0];
      if (!sh) throw new Error(`${d.id}: no sheet`);
      return { kind: 'doc', model: checklistDoc(doc, sh, ctx) };
    },
  };
  if (d.perUnit) kind.units = (doc) => sheets(doc).map(unitOf);
  return kind;
});
