/**
 * 一岗位一清单: everything one post needs on one document — its hazards with grades and
 * measures, the post's safety duties, its own checks (every shift: 班前、班中、交接班; each with
 * its method and its standard, as on the post's checklist), its emergency steps (generic and
 * hazard-specific steps merged, immediate actions first) and phones, and who it reports to. DOCX (editable) and PDF, A4 portrait.
 * Built from core/duties/views.ts postList(); the duties follow the workers' obligations of the
 * 安全生产法 (2021) (comply with rules and PPE, learn the hazards, report hidden hazards) [M].
 */
import { zhDate } from '../../model/dates';
import type { EnterpriseFile } from '../../model/enterpriseFile';
import { CONTROL_LEVEL_ZH, MEASURE_KIND_ZH, RISK_LEVEL_SHORT_ZH } from '../../model/vocab';
import { postsInOrgOrder, postDisplayName } from '../../duties/orgOrder';
import { postList, type PostList } from '../../duties/views';
import { checklistBook } from '../../duties/checklists';
import { hazardsOfPost } from '../../model/hazardOps';
import { riskLevelCell } from '../colours';
import type { Block, Cell, DocModel } from '../model';
import type { DocContext, DocumentKind } from '../registry';

export const POST_LIST_TITLE = '一岗位一清单';

const NUM = ['一', '二', '三', '四', '五', '六', '七'];

/** '其他' / '其他伤害' read as a heading: "发生其他伤害时", never "发生其他时". */
function accidentWords(t: string): string {
  return /^其他/.test(t) && !/伤害|事故/.test(t) ? '其他伤害' : t;
}

function hazardRows(l: PostList): Record<string, Cell>[] {
  return l.hazards.map((h, i) => ({
    no: { text: String(i + 1), align: 'center' },
    point: h.place && h.place !== h.riskPoint ? `${h.riskPoint}\n（${h.place}）` : h.riskPoint,
    hazard: h.major ? { text: `${h.text}\n（涉及重大事故隐患判定情形）`, bold: false } : h.text,
    accident: h.accidentTypes.join('、'),
    level: h.level ? (h.levelMark ? { ...(riskLevelCell(h.level, { short: true }) as object), text: `${RISK_LEVEL_SHORT_ZH[h.level]}\n${h.levelMark}` } as Cell : riskLevelCell(h.level, { short: true })) : { text: '未评价', align: 'center' },
    measures: h.measures.map((m) => `【${MEASURE_KIND_ZH[m.kind]}】${m.text}`).join('\n'),
    control: h.controlLevel ? { text: CONTROL_LEVEL_ZH[h.controlLevel], align: 'center' } : { text: '—', align: 'center' },
  }));
}

/** The DOCX/PDF model of one post's list. @throws Error when the post does not exist (callers pass a unit of `units`). */
export function postListDoc(doc: EnterpriseFile, ctx: DocContext, postId: string): DocModel {
  const l = postList(doc, postId, checklistBook(doc));
  if (!l) throw new Error(`post ${postId} not found`);
  const p = l.post;
  let n = 0;
  const section = (text: string): Block => ({ type: 'title', text: `${NUM[n++]}、${text}`, level: 2 });
  const blocks: Block[] = [
    { type: 'title', text: `${p.name} ${POST_LIST_TITLE}`, level: 1 },
    {
      type: 'fields',
      columns: 2,
      items: [
        { label: '企业名称', value: doc.profile.name },
        { label: '岗位（编码）', value: p.code ? `${p.name}（${p.code}）` : p.name },
        { label: '所属车间', value: p.workshop || '企业直属' },
        { label: '所属班组', value: p.team || '—' },
        { label: '作业地点', value: p.location || '—' },
        { label: '岗位人员', value: p.people.join('、') || '—' },
        { label: '设备及工具', value: [...p.equipment, ...p.tools].join('、') || '—' },
        { label: '编制日期', value: zhDate(ctx.today) },
      ],
    },
  ];
  if (p.jobContent) blocks.push({ type: 'paragraph', sizePt: 9.5, runs: [{ text: '作业内容：', bold: true }, { text: p.jobContent }] });
  if (l.topLevel) blocks.push({ type: 'levelBand', level: l.topLevel, text: `本岗位最高风险等级（本岗位共 ${l.hazards.length} 项风险）` });

  blocks.push(section('岗位风险及管控措施'));
  if (l.hazards.length === 0) blocks.push({ type: 'paragraph', runs: '本岗位尚未辨识危险因素。' });
  else
    blocks.push({
      type: 'table',
      repeatHeader: true,
      fontSizePt: 8,
      // DOCX: a hazard's row moves to the next page whole instead of breaking mid-measure
      keepRowSpanGroups: true,
      columns: [
        { key: 'no', title: '序号', width: 5, align: 'center' },
        { key: 'point', title: '风险点/部位', width: 12 },
        { key: 'hazard', title: '危险因素', width: 22 },
        { key: 'accident', title: '事故类型', width: 8 },
        { key: 'level', title: '风险\n等级', width: 7, align: 'center' },
        { key: 'measures', title: '管控措施', width: 40 },
        { key: 'control', title: '管控\n层级', width: 6, align: 'center' },
      ],
      rows: hazardRows(l),
    });

  blocks.push(section('岗位安全职责'));
  blocks.push({ type: 'paragraph', sizePt: 10, runs: l.duties.map((d, i) => `${i + 1}. ${d}`).join('\n') });

  blocks.push(section(`岗位隐患排查（${l.checkFrequency || '每班'}：班前、班中、交接班）`));
  if (l.checks.length === 0) blocks.push({ type: 'paragraph', runs: '本岗位没有岗位级排查项目，由班组、车间按其排查表检查。' });
  else
    blocks.push({
      type: 'table',
      repeatHeader: true,
      fontSizePt: 8.5,
      columns: [
        { key: 'no', title: '序号', width: 5, align: 'center' },
        { key: 'check', title: '排查方法/内容', width: 31 },
        { key: 'standard', title: '排查标准', width: 42 },
        { key: 'place', title: '部位/场所', width: 22 },
      ],
      rows: l.checks.map((c, i) => ({
        no: { text: String(i + 1), align: 'center' },
        check: c.major ? { text: `★${c.content}`, bold: true } : c.content,
        standard: c.standard,
        place: c.place,
      })),
    });

  blocks.push(section('应急处置'));
  for (const e of l.emergency) {
    blocks.push({ type: 'title', text: `发生${accidentWords(e.accidentType)}时`, level: 3 });
    blocks.push({ type: 'paragraph', sizePt: 9.5, runs: [{ text: e.steps.map((s, i) => `${i + 1}. ${s}`).join('\n') }, ...(e.dont.length ? [{ text: '\n禁止：', bold: true }, { text: e.dont.join('；') }] : [])] });
  }
  blocks.push({ type: 'paragraph', sizePt: 10, runs: [{ text: '应急电话：', bold: true }, { text: l.phones.map((x) => `${x.label} ${x.number}`).join('    ') }] });

  // the heads of the units above the post sign it: team leader and workshop head where they exist
  const levels = new Set(l.supervisors.map((x) => x.level));
  const signers = [...(levels.has('team') ? ['班组长'] : []), ...(levels.has('workshop') ? ['车间主任'] : [])];
  if (signers.length < 2) signers.push('安全管理人员');
  const reportTo = signers[0] === '安全管理人员' ? '发现隐患立即报告企业安全管理人员' : `发现隐患先报告${signers[0]}，${signers[0]}不在时报告${signers[1] === '安全管理人员' ? '' : `${signers[1]}或`}企业安全管理人员`;
  blocks.push(section('管控责任与报告'));
  blocks.push({
    type: 'table',
    repeatHeader: false,
    fontSizePt: 9,
    columns: [
      { key: 'level', title: '层级', width: 10, align: 'center' },
      { key: 'unit', title: '单位', width: 30 },
      { key: 'persons', title: '责任人（电话）', width: 60 },
    ],
    rows: [
      { level: { text: '岗位', align: 'center' }, unit: p.name, persons: p.people.join('、') || '（尚无人员）' },
      ...l.supervisors.map((s) => ({
        level: { text: CONTROL_LEVEL_ZH[s.level], align: 'center' as const },
        unit: s.unit,
        persons: s.persons.map((x) => `${x.role} ${x.name}${x.phone ? `（${x.phone}）` : ''}`).join('\n'),
      })),
    ],
  });
  blocks.push({ type: 'paragraph', sizePt: 8.5, runs: `注：上级管控的风险，本岗位同样负责落实岗位级措施；${reportTo}。★为对应重大事故隐患判定情形的检查项目。` });
  blocks.push(section('岗位人员确认（已学习本清单并知晓其内容）'));
  blocks.push({
    type: 'table',
    repeatHeader: true,
    fontSizePt: 9.5,
    minRowHeightMm: 9,
    columns: [
      { key: 'no', title: '序号', width: 8, align: 'center' },
      { key: 'name', title: '姓名', width: 22 },
      { key: 'sign', title: '本人签字', width: 40 },
      { key: 'date', title: '日期', width: 30 },
    ],
    rows: [...p.people, '', ''].map((name, i) => ({ no: { text: String(i + 1), align: 'center' }, name, sign: '', date: '' })),
    keepWithNextMm: 28,
  });
  blocks.push({ type: 'signatures', items: signers, withDate: true });
  return {
    title: `${p.name} ${POST_LIST_TITLE}`,
    page: { size: 'A4', orientation: 'portrait' },
    header: { left: doc.profile.name, right: `${POST_LIST_TITLE} · ${p.name}` },
    footer: { pageNumbers: true },
    blocks,
  };
}

export const POST_LIST_KINDS: DocumentKind[] = [
  {
    id: 'post-list',
    title: POST_LIST_TITLE,
    group: 'duties',
    purpose: '每个岗位一份：岗位风险、管控措施、岗位职责、岗位排查、应急处置和报告对象',
    formats: ['docx', 'pdf'],
    order: 4,
    units: (doc) => postsInOrgOrder(doc).map((p) => ({ id: p.id, name: postDisplayName(doc, p) })),
    check: (doc) => {
      const blocking = doc.posts.length === 0 ? [{ code: 'W_NO_POSTS', text: '尚未建立岗位' }] : [];
      const empty = doc.posts.filter((p) => hazardsOfPost(doc, p.id).length === 0).length;
      return { blocking, warnings: empty ? [{ code: 'W_POST_NO_HAZARDS', text: `${empty} 个岗位尚未辨识危险因素` }] : [] };
    },
    build: (doc, _format, ctx, unitId) => ({ kind: 'doc', model: postListDoc(doc, ctx, unitId ?? postsInOrgOrder(doc)[0]!.id) }),
  },
];
