/**
 * Sample document models shaped like SafePost's printed documents (a landscape risk register with
 * merged 风险点 cells, a portrait checklist), used by the renderer tests and the demo script.
 * The text is invented for layout checks; it is not library content.
 */
import { riskLevelCell } from '../../../core/documents/colours';
import type { Cell, DocModel, TableBlock, WorkbookModel } from '../../../core/documents/model';
import { RISK_LEVELS, type RiskLevel } from '../../../core/model/vocab';

const POINTS = ['冲压机', '剪板机', '配电房', '叉车作业', '焊接工位', '喷漆房', '原料仓库', '有限空间（污水池）'];
const HAZARDS = [
  '冲压机双手操作按钮失效或被短接，作业人员手部进入模具区域',
  '光电保护装置未定期校验，遮光后滑块仍能下行',
  '防护罩缺失或开启后设备仍能启动，旋转部件外露',
  '配电柜前未铺设绝缘胶垫，带电部位未加防护，检修时未执行停电挂牌上锁',
  '叉车超速、视线受阻时倒车行驶，行人通道与叉车通道未分隔',
  '焊接作业区域 5 m 内存放可燃物，未配备灭火器材，动火作业未办理审批',
  '喷漆房通风设施停运时仍进行喷涂，油漆桶敞口存放',
  '有限空间作业前未进行通风和气体检测，未设置监护人',
];
const MEASURES = [
  '每班作业前检查双手按钮、急停按钮和光电保护装置，发现失效立即停机报修；模具调整时使用安全栓并切断动力源。',
  '设备防护罩与主电源联锁，开启防护罩设备自动停机；维修时执行“上锁挂牌”制度，钥匙由维修人员随身保管。',
  '配电房张贴“有电危险”“禁止合闸”标志，配备绝缘手套、绝缘靴和验电器，每年进行预防性试验（GB 26860-2011）。',
  '厂内叉车限速 5 km/h，设置行人专用通道和反光镜；驾驶员持证上岗，作业前点检制动、喇叭、灯光。',
  '动火作业前清理周边可燃物，配备 2 具 4 kg 干粉灭火器，设专人监护，作业结束后检查确认无遗留火种30 min。',
  '喷漆作业前确认通风设施运行正常，油漆、稀释剂随用随取，余料密闭存放于防爆柜；作业人员佩戴防毒面具。',
  '有限空间作业严格执行“先通风、再检测、后作业”，检测氧含量 19.5%～23.5%，设置专人监护并配备应急救援装备。',
];

/** A landscape register with `rows` hazard rows grouped under merged 风险点 cells. */
export function sampleRegister(rows: number, o: { tallRowAt?: number; tallText?: string } = {}): DocModel {
  const body: Record<string, Cell>[] = [];
  let i = 0;
  let point = 0;
  while (i < rows) {
    const groupSize = Math.min(rows - i, 1 + (point % 4));
    for (let k = 0; k < groupSize; k++, i++) {
      const level = RISK_LEVELS[(i * 7 + point) % 4] as RiskLevel;
      const row: Record<string, Cell> = {
        no: { text: String(i + 1), align: 'center' },
        hazard: `${HAZARDS[(i + k) % HAZARDS.length]}（第${i + 1}项）`,
        accident: ['机械伤害', '触电', '车辆伤害', '火灾', '中毒和窒息'][i % 5]!,
        level: riskLevelCell(level, { short: true }),
        engineering: MEASURES[i % MEASURES.length]!,
        management: MEASURES[(i + 2) % MEASURES.length]!,
        training: '岗前安全培训不少于 24 学时，每年再培训',
        ppe: ['安全帽、防护手套', '绝缘手套、绝缘靴', '防毒面具、防护服', '防护眼镜、耳塞'][i % 4]!,
        emergency: '立即停机、切断电源，拨打 120，按现场处置方案施救',
        owner: ['车间', '班组', '岗位', '企业'][i % 4]!,
      };
      if (k === 0) row.point = { text: POINTS[point % POINTS.length]!, rowSpan: groupSize, align: 'center', bold: true };
      if (o.tallRowAt === i) row.engineering = o.tallText ?? row.engineering!;
      body.push(row);
    }
    point++;
  }
  const table: TableBlock = {
    type: 'table',
    repeatHeader: true,
    columns: [
      { key: 'no', title: '序号', width: 3.2, align: 'center' },
      { key: 'point', title: '风险点', width: 7 },
      { key: 'hazard', title: '危险因素', width: 14 },
      { key: 'accident', title: '事故类型', width: 6, align: 'center' },
      { key: 'level', title: '风险等级', width: 5.5, align: 'center' },
      { key: 'engineering', title: '工程技术', width: 15 },
      { key: 'management', title: '管理', width: 15 },
      { key: 'training', title: '培训教育', width: 9 },
      { key: 'ppe', title: '个体防护', width: 8 },
      { key: 'emergency', title: '应急处置', width: 10 },
      { key: 'owner', title: '管控层级', width: 5.5, align: 'center' },
    ],
    groupHeader: [
      { title: '', span: 5 },
      { title: '管控措施', span: 5 },
      { title: '', span: 1 },
    ],
    rows: body,
  };
  return {
    title: '安全风险分级管控清单',
    page: { size: 'A4', orientation: 'landscape' },
    header: { left: '示例机械制造有限公司', right: '安全风险分级管控清单' },
    footer: { pageNumbers: true, left: 'SafePost 生成' },
    blocks: [
      { type: 'title', text: '安全风险分级管控清单', level: 1 },
      {
        type: 'fields',
        columns: 4,
        items: [
          { label: '企业名称', value: '示例机械制造有限公司' },
          { label: '统一社会信用代码', value: '91330100MA2XXXXX0X' },
          { label: '编制日期', value: '2026-11-29' },
          { label: '版本', value: 'V1.0' },
        ],
      },
      table,
      { type: 'signatures', items: ['编制人', '审核人', '批准人'], withDate: true },
    ],
  };
}

/** A portrait inspection checklist with a level band, a 3-column field grid and a table. */
export function sampleChecklist(): DocModel {
  const items = [
    '双手操作按钮、急停按钮功能正常',
    '光电保护装置灵敏有效，遮光后滑块停止下行',
    '防护罩完好并与主电源联锁，开启后设备不能启动',
    '模具安装牢固，调整模具时使用安全栓',
    '电气线路无破损、老化，设备接地（接零）可靠',
    '作业人员按规定佩戴防护手套、耳塞，长发盘入工作帽内',
    '作业区域地面无油污、杂物，通道畅通',
    '设备点检记录、交接班记录填写完整、真实',
  ];
  return {
    title: '冲压工岗位隐患排查清单',
    page: { size: 'A4', orientation: 'portrait' },
    header: { left: '示例机械制造有限公司', right: '岗位隐患排查清单' },
    footer: { pageNumbers: true },
    blocks: [
      { type: 'title', text: '冲压工岗位隐患排查清单', level: 1 },
      {
        type: 'fields',
        columns: 3,
        items: [
          { label: '车间', value: '冲压车间' },
          { label: '班组', value: '冲压一班' },
          { label: '岗位', value: '冲压工' },
          { label: '排查频次', value: '每班' },
          { label: '排查人', value: '' },
          { label: '排查日期', value: '' },
        ],
      },
      { type: 'levelBand', level: 'high', text: '本岗位最高风险等级' },
      { type: 'title', text: '一、排查项目', level: 2 },
      {
        type: 'table',
        repeatHeader: true,
        columns: [
          { key: 'no', title: '序号', width: 4, align: 'center' },
          { key: 'item', title: '排查内容', width: 30 },
          { key: 'method', title: '排查方法', width: 7, align: 'center' },
          { key: 'result', title: '排查结果（√/×）', width: 9, align: 'center' },
          { key: 'note', title: '问题描述', width: 14 },
        ],
        minRowHeightMm: 8,
        rows: items.map((item, i) => ({ no: String(i + 1), item, method: ['看', '测', '问', '查记录'][i % 4]!, result: '', note: '' })),
      },
      { type: 'title', text: '二、说明', level: 2 },
      {
        type: 'paragraph',
        runs: [
          { text: '填写要求：', bold: true },
          { text: '逐项排查并在“排查结果”栏填写“√”或“×”；发现问题时在“问题描述”栏写明部位和情况，属于' },
          { text: '重大事故隐患', bold: true, color: '#E60012' },
          { text: '的，立即停止作业并报告车间负责人。本清单保存一年备查。' },
        ],
      },
      { type: 'signatures', items: ['排查人', '班组长'], withDate: true },
    ],
  };
}

/** A workbook with the register's columns, a date column and level cells. */
export function sampleWorkbook(rows = 30): WorkbookModel {
  const doc = sampleRegister(rows);
  const table = doc.blocks.find((b) => b.type === 'table') as TableBlock;
  return {
    sheets: [
      {
        name: '风险分级管控清单',
        title: '安全风险分级管控清单',
        columns: [
          { key: 'no', title: '序号', widthChars: 6, type: 'number' },
          { key: 'point', title: '风险点', widthChars: 12, wrap: true },
          { key: 'hazard', title: '危险因素', widthChars: 30, wrap: true },
          { key: 'level', title: '风险等级', widthChars: 10 },
          { key: 'engineering', title: '工程技术', widthChars: 36, wrap: true },
          { key: 'management', title: '管理', widthChars: 36, wrap: true },
          { key: 'owner', title: '管控层级', widthChars: 10 },
          { key: 'date', title: '评价日期', widthChars: 12, type: 'date' },
        ],
        groupHeader: [
          { title: '', span: 4 },
          { title: '管控措施', span: 2 },
          { title: '', span: 2 },
        ],
        rows: table.rows.map((r, i) => ({
          ...r,
          no: i + 1,
          date: i % 2 === 0 ? new Date(Date.UTC(2026, 10, 29)) : '2026-01-01',
        })),
        freezeHeader: true,
        autoFilter: true,
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
        footerNote: '注：风险等级按企业选定的 LEC 分级表确定；颜色同时以文字标明。',
      },
    ],
  };
}
