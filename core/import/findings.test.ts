/**
 * Every finding on a small hand-made register (rows built to trigger each one), the defaults and
 * decisions of the apply step, and the source reference of the applied rows.
 */
import { describe, expect, it } from 'vitest';
import { emptyEnterprise } from '../model/enterpriseFile';
import { counterIdGen } from '../model/ids';
import { validateEnterpriseFile } from '../model/load';
import { registerRows } from '../model/registerRows';
import { levelInUse } from '../risk/levelInUse';
import { BT_LEC_ALT } from '../risk/bandTable';
import { applyImport, FINDING_KEYS, inspectWorkbook, previewImport, type SourceWorkbook } from './index';

const H = ['序号', '岗位', '危险因素（原因）', '事故类型', 'L', 'E', 'C', 'D', '风险等级', '管控措施', '责任人', '安全标志'];
const DATA: string[][] = [
  ['1', '冲压工（冲压作业）', '冲床无光电保护', '机械伤害', '3', '6', '7', '126', '一般风险', '1、加装光电保护装置；2、作业前培训', '生产科长、冲压班组长、冲压工', '当心机械伤人'],
  ['2', '冲压工（冲压作业）', '模具未紧固', '物体打击', '3', '6', '7', '125.5', '一般风险', '定期检查模具紧固', '生产科长、冲压班组长、冲压工', ''],
  ['3', '电工', '带电作业', '触电', '3', '6', '15', '720', '较大风险', '停电作业并挂牌', '生产科长、电工', ''],
  ['4', '电工', '配电柜门未关', '火灾其他爆炸', '３', '６', '１', '18.6', '低', '配电柜上锁', '生产科长、电工', ''],
  ['5', '叉车司机', '叉车超速', '车辆伤害', '6', '6', '7', '252', '一般风险', '限速5km/h', '仓库主任、叉车司机', ''],
  ['6', '叉车司机', '高处取货无安全带', '高空坠落', '5', '6', '15', '450', '重大', '系安全带', '仓库主任、叉车司机', ''],
  ['7', '仓管员', '货架倒塌', '综合伤害', '1', '6', '7', '42', '蓝', '货架固定', '仓库主任、仓管员', '必须穿戴劳保用品'],
  ['8', '仓管员', '地面湿滑', '其它伤害', '1', '6', '3', '18', '低风险', '及时清扫', '仓库主任、仓管员', ''],
  ['9', '仓管员', '夜间照明不足', '', '1', '6', '1', '6', '低风险', '增设照明', '仓库主任、仓管员', ''],
  ['10', '配电房', '配电房无挡鼠板', '触电', '10', '6', '40', '2420', '重大风险', '设置挡鼠板', '生产科长、电工', ''],
];

function workbook(rows: string[][] = DATA): SourceWorkbook {
  return {
    fileName: '风险清单.xlsx',
    format: 'xlsx',
    encoding: null,
    detectedEncoding: null,
    sheets: [
      { name: '说明', rows: [{ row: 1, cells: ['本表由某咨询公司编制'] }] },
      { name: '清单', rows: [{ row: 1, cells: Array(H.length).fill('安全风险辨识评价清单') }, { row: 2, cells: H }, ...rows.map((cells, i) => ({ row: i + 3, cells }))] },
    ],
  };
}

const rowsOf = (f: { rows: { row: number }[] }) => f.rows.map((r) => r.row);

describe('findings report', () => {
  const p = previewImport(workbook());
  const f = p.report.findings;

  it('finds the sheet and header and reads every row', () => {
    expect(p.sheet).toBe('清单');
    expect(p.report.source).toEqual({ file: '风险清单.xlsx', sheet: '清单', headerRow: 2, encoding: null });
    expect(p.report.rowsRead).toBe(10);
    expect(p.report.rowsApplied).toBe(0);
    expect(p.report.bandTable).toMatchObject({ id: 'bt.lec.default', version: 1 });
    expect(p.report.accidentTypeEdition).toBe('GB 6441-1986');
  });
  it('keeps rounding differences (≤ 0.5 or ≤ 1 %) apart from arithmetic errors', () => {
    expect(rowsOf(f.scoreRounding)).toEqual([4, 12]); // 125.5 vs 126 (Δ 0.5); 2420 vs 2400 (Δ 20 ≤ 1 %)
    expect(rowsOf(f.scoreArithmetic)).toEqual([5, 6]); // 720 vs 270; 18.6 vs 18 (Δ 0.6 > 0.5 and > 1 %)
    expect(f.scoreArithmetic.items[0]).toEqual({ row: 5, values: { L: 3, E: 6, C: 15 }, stored: 720, recomputed: 270 });
  });
  it('compares the stored level with the level of the stored and of the recomputed score', () => {
    expect(f.levelVsStoredScore.items.map((i) => [i.row, i.storedLevel, i.level])).toEqual([[5, 'high', 'major'], [7, 'medium', 'high']]);
    expect(f.levelVsRecomputedScore.items.map((i) => [i.row, i.storedLevel, i.level])).toEqual([[7, 'medium', 'high']]);
  });
  it('lists values off the LEC scale, as written', () => {
    expect(f.offScale.items).toEqual([{ field: 'L', value: '5', count: 1, rows: [8] }]);
  });
  it('maps accident types, asks for choices and lists non-types', () => {
    expect(rowsOf(f.accidentTypeMapped)).toEqual([3, 6, 8]);
    expect(f.accidentTypeMapped.items.map((i) => [i.text, i.to, i.why])).toEqual([['机械伤害', '机械致害', 'edition'], ['火灾', '火灾', 'joined'], ['高空坠落', '高处坠落', 'alias']]);
    expect(rowsOf(f.accidentTypeNeedsChoice)).toEqual([6, 7, 10]);
    expect(f.accidentTypeNeedsChoice.items.map((i) => [i.text, i.defaultCode, i.candidates.length])).toEqual([['其他爆炸', 'WSA10099', 7], ['车辆伤害', 'WSA10002', 2], ['其他伤害', 'WSA10099', 3]]);
    expect(f.notAnAccidentType.items).toEqual([{ text: '综合伤害', count: 1, rows: [9] }]);
  });
  it('parses responsibility chains, plans the org and lists sign names outside the registry', () => {
    expect(f.responsibilityChain.count).toBe(10);
    expect(f.responsibilityChain.items[0]!.items.map((i) => i.level)).toEqual(['workshop', 'team', 'post']);
    expect(f.orgCreated.count).toBe(10);
    expect(f.orgCreated.items.filter((i) => i.kind !== 'riskPoint').map((i) => `${i.kind}:${i.name}`).sort()).toEqual(
      ['post:仓管员', 'post:叉车司机', 'post:冲压工', 'post:电工', 'team:冲压班组', 'workshop:仓库', 'workshop:生产科'].sort(),
    );
    expect(f.signNotInRegistry.items.map((i) => [i.text, i.nearest.length])).toEqual([['必须穿戴劳保用品', 3]]);
  });
  it('lists the signs it derives from accident types (empty sign cells only) and the PPE read from the texts', () => {
    // row 3 names its sign, row 9 names a sign outside the registry: neither is derived; 10 and 11 are 其他 (no sign)
    expect(rowsOf(f.signsDerived)).toEqual([4, 5, 6, 7, 8, 12]);
    expect(f.signsDerived.items.map((i) => [i.name, i.signs.map((x) => x.title), i.rows])).toEqual([
      ['物体打击', ['当心落物'], [4]], ['触电', ['当心触电'], [5, 12]], ['火灾', ['当心火灾'], [6]],
      ['厂（场）内车辆致害', ['当心车辆'], [7]], ['高处坠落', ['当心坠落'], [8]],
    ]);
    expect(f.ppeDerived.items).toEqual([{ id: 'ppe.safety-harness', name: '全身式安全带', words: ['安全带'], example: '系安全带', count: 1, rows: [8] }]);
    // what SafePost filled in is not flagged on the preview rows
    expect(p.rows.find((r) => r.row === 8)!.flags).not.toContain('signsDerived');
    expect(p.rows.find((r) => r.row === 8)!.flags).not.toContain('ppeDerived');
  });
  it('lists the defaults it will apply', () => {
    expect(p.report.decisions.filter((d) => d.kind === 'notAnAccidentType' || d.kind === 'emptyAccidentType')).toEqual([
      { kind: 'notAnAccidentType', text: '综合伤害', code: 'WSA10099', name: '其他', review: true, defaulted: true, rows: 1 },
      { kind: 'emptyAccidentType', code: 'WSA10099', name: '其他', review: true, rows: 1 },
    ]);
    expect(p.report.decisions.find((d) => d.kind === 'accidentTypeChoice' && d.text === '车辆伤害')).toMatchObject({ code: 'WSA10002', defaulted: true, rows: 1 });
    expect(p.report.decisions.find((d) => d.kind === 'createUnits')).toEqual({ kind: 'createUnits', workshops: 2, teams: 1, posts: 4, riskPoints: 5 });
  });
  it('every finding has the {count, rows:[{sheet,row}]} shape; preview lines carry the flags', () => {
    for (const k of FINDING_KEYS) {
      expect(f[k].count).toBe(f[k].rows.length);
      for (const r of f[k].rows) expect(r.sheet).toBe('清单');
    }
    expect(p.rows.find((r) => r.row === 5)!.flags).toEqual(['scoreArithmetic', 'levelVsStoredScore', 'responsibilityChain', 'orgCreated']);
    expect(p.rows.find((r) => r.row === 6)!.values).toEqual({ L: 3, E: 6, C: 1 });
  });
  it('grades with the band table it is given', () => {
    const alt = previewImport(workbook(), { bandTables: { LEC: BT_LEC_ALT } });
    expect(alt.report.bandTable.id).toBe('bt.lec.alt');
    expect(alt.report.findings.levelVsStoredScore.count).toBeGreaterThan(f.levelVsStoredScore.count);
  });
});

describe('apply', () => {
  const target = emptyEnterprise('ent_new', '新企业', '2026-03-01T08:00:00.000Z');
  const ctx = { newId: counterIdGen(), now: '2026-03-01T08:00:00.000Z', today: '2026-03-01', assessor: '陈工' };

  it('writes nothing in preview and the whole register on apply, valid, with source references', () => {
    const before = structuredClone(target);
    previewImport(workbook(), { target });
    expect(target).toEqual(before);
    const { doc, report } = applyImport(target, workbook(), {}, ctx);
    expect(target).toEqual(before);
    const valid = validateEnterpriseFile(doc);
    expect(report.rowsApplied).toBe(10);
    expect(valid.hazards.map((h) => h.source)).toEqual(DATA.map((_, i) => ({ kind: 'import', file: '风险清单.xlsx', sheet: '清单', row: i + 3 })));
    expect(valid.workshops.map((w) => w.name)).toEqual(['生产科', '仓库']);
    expect(valid.teams.map((t) => t.name)).toEqual(['冲压班组']);
    const post = (n: string) => valid.posts.find((p) => p.name === n)!;
    expect(post('冲压工')).toMatchObject({ jobContent: '冲压作业', parent: { kind: 'team', id: valid.teams[0]!.id } });
    const place = valid.riskPoints.find((r) => r.name === '配电房')!;
    expect(place.kind).toBe('place');
    expect(place.postIds).toEqual([post('电工').id]);
    // measures split and classified, signs matched
    const first = valid.hazards[0]!;
    expect(first.measures.map((m) => [m.kind, m.text])).toEqual([['engineering', '加装光电保护装置'], ['training', '作业前培训']]);
    expect(first.signIds).toEqual(['sign.warn-machinery']);
    // no sign in the register: the primary signs of the accident types; PPE from the measures
    const hz = (t: string) => valid.hazards.find((h) => h.text === t)!;
    expect(hz('带电作业').signIds).toEqual(['sign.warn-electric-shock']);
    expect(hz('配电柜门未关').signIds).toEqual(['sign.warn-fire']);
    expect(hz('高处取货无安全带')).toMatchObject({ signIds: ['sign.warn-fall'], ppeIds: ['ppe.safety-harness'] });
    expect(hz('货架倒塌').signIds).toEqual([]); // its sign cell names a sign outside the registry
    expect(hz('地面湿滑').signIds).toEqual([]); // 其他: no sign
    expect(valid.hazards.filter((h) => h.ppeIds.length > 0).map((h) => h.text)).toEqual(['高处取货无安全带']);
    // the register rows show the imported level, marked 待复核
    const rows = registerRows(valid);
    expect(rows.find((r) => r.hazard === '带电作业')).toMatchObject({ level: 'high', inUse: { basis: 'imported', mark: '待复核' } });
  });

  it('keeps values, score and level as written in the imported assessments', () => {
    const { doc } = applyImport(target, workbook(), {}, ctx);
    const hz = (t: string) => doc.hazards.find((h) => h.text === t)!;
    const as = (t: string) => doc.assessments.find((a) => a.hazardId === hz(t).id)!;
    expect(as('带电作业')).toMatchObject({
      method: 'LEC', L: 3, E: 6, C: 15, score: 720, level: 'high', status: 'imported', assessor: '陈工', date: '2026-03-01',
      imported: { source: { file: '风险清单.xlsx', sheet: '清单', row: 5 }, stored: { L: 3, E: 6, C: 15, score: 720, levelText: '较大风险' } },
    });
    expect(as('高处取货无安全带')).toMatchObject({ L: 5, level: 'major' });
    expect(as('带电作业').note).toContain('责任（原表）：生产科长、电工');
    expect(levelInUse(doc.assessments.filter((a) => a.hazardId === hz('货架倒塌').id))).toMatchObject({ level: 'low', mark: '待复核' });
  });

  it('applies defaults, or the user’s decisions, to accident types', () => {
    const byDefault = applyImport(target, workbook(), {}, ctx).doc;
    const types = (d: typeof byDefault, t: string) => d.hazards.find((h) => h.text === t)!.accidentTypes;
    expect(types(byDefault, '叉车超速')).toEqual(['WSA10002']);
    expect(types(byDefault, '货架倒塌')).toEqual(['WSA10099']);
    expect(types(byDefault, '夜间照明不足')).toEqual(['WSA10099']);
    expect(types(byDefault, '配电柜门未关')).toEqual(['WSA10009', 'WSA10099']);
    expect(types(byDefault, '冲床无光电保护')).toEqual(['WSA10004']);
    const chosen = applyImport(target, workbook(), { decisions: { accidentTypes: { 车辆伤害: 'WSA10003', 其他爆炸: 'WSA10016' }, nonTypes: { 综合伤害: 'WSA10012' } } }, ctx);
    expect(types(chosen.doc, '叉车超速')).toEqual(['WSA10003']);
    expect(types(chosen.doc, '配电柜门未关')).toEqual(['WSA10009', 'WSA10016']);
    expect(types(chosen.doc, '货架倒塌')).toEqual(['WSA10012']);
    expect(chosen.report.decisions.find((d) => d.kind === 'accidentTypeChoice' && d.text === '车辆伤害')).toMatchObject({ code: 'WSA10003', defaulted: false });
    // the derived signs follow the chosen types, in the report and in the document
    const signs = (d: typeof byDefault, t: string) => d.hazards.find((h) => h.text === t)!.signIds;
    expect(signs(chosen.doc, '配电柜门未关')).toEqual(['sign.warn-fire', 'sign.warn-explosion']);
    const slip = applyImport(target, workbook(), { decisions: { accidentTypes: { 其他伤害: 'WSA10011' } } }, ctx);
    expect(signs(slip.doc, '地面湿滑')).toEqual(['sign.warn-tripping']);
    expect(slip.report.findings.signsDerived.items.find((i) => i.code === 'WSA10011')).toMatchObject({ name: '跌落', rows: [10] });
  });

  it('matches existing org units instead of creating them again', () => {
    const first = validateEnterpriseFile(applyImport(target, workbook(), {}, ctx).doc);
    const again = applyImport(first, workbook(DATA.slice(0, 3)), {}, ctx);
    expect(again.report.findings.orgCreated.count).toBe(0);
    expect(again.report.alreadyImported.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(applyImport(target, workbook(DATA.slice(0, 3)), {}, ctx).report.alreadyImported.count).toBe(0);
    expect(again.doc.posts.length).toBe(first.posts.length);
    expect(again.doc.hazards.length).toBe(first.hazards.length + 3);
  });

  it('fills an empty post cell from the row above (a merged cell saved as CSV) and skips rows without hazard text', () => {
    const rows = [DATA[0]!, ['2', '', '模具未紧固', '物体打击', '3', '6', '7', '126', '一般风险', '', '', ''], ['', '', '', '', '', '', '', '', '小计', '', '', '']];
    const p = previewImport(workbook(rows));
    expect(p.report.filledDown.rows.map((r) => r.row)).toEqual([4]);
    expect(p.report.skipped.rows.map((r) => r.row)).toEqual([5]);
    expect(p.rows.map((r) => r.riskPoint)).toEqual(['冲压作业', '冲压作业']);
  });
});

describe('column problems', () => {
  it('fails with E_IMPORT_COLUMNS without a hazard column or without score and level', () => {
    const noHazard: SourceWorkbook = { ...workbook(), sheets: [{ name: 'S', rows: [{ row: 1, cells: ['岗位', '风险等级', 'L', 'E', 'C'] }, { row: 2, cells: ['电工', '低风险', '1', '1', '1'] }] }] };
    expect(() => previewImport(noHazard)).toThrow(expect.objectContaining({ code: 'E_IMPORT_COLUMNS', details: { missing: ['hazard'] } }));
    const noLevel: SourceWorkbook = { ...workbook(), sheets: [{ name: 'S', rows: [{ row: 1, cells: ['岗位', '危险因素', '管控措施', '责任人'] }, { row: 2, cells: ['电工', '触电', '停电', '班长'] }] }] };
    expect(() => previewImport(noLevel)).toThrow(expect.objectContaining({ code: 'E_IMPORT_COLUMNS', details: { missing: ['score|level'] } }));
  });
  it('reports no header (with the rows to choose from) and an empty sheet', () => {
    const noHeader: SourceWorkbook = { ...workbook(), sheets: [{ name: 'S', rows: [{ row: 1, cells: ['张三', '13800000000'] }] }] };
    const ins = inspectWorkbook(noHeader);
    expect(ins.header.rows).toBeNull();
    expect(ins.topRows).toEqual([{ row: 1, cells: ['张三', '13800000000'] }]);
    expect(() => previewImport(noHeader)).toThrow(expect.objectContaining({ code: 'E_IMPORT_NO_HEADER' }));
    const empty: SourceWorkbook = { ...workbook(), sheets: [{ name: 'S', rows: [] }] };
    expect(() => inspectWorkbook(empty)).toThrow(expect.objectContaining({ code: 'E_IMPORT_EMPTY' }));
    const headerOnly: SourceWorkbook = { ...workbook(), sheets: [{ name: 'S', rows: [{ row: 1, cells: H }] }] };
    expect(() => previewImport(headerOnly)).toThrow(expect.objectContaining({ code: 'E_IMPORT_EMPTY' }));
  });
  it('uses a remembered mapping for the same header set', () => {
    const first = inspectWorkbook(workbook());
    expect(first.mappingSource).toBe('suggested');
    const custom = { columns: first.mapping.columns.map((f) => (f === 'seq' ? null : f)) };
    const again = inspectWorkbook(workbook(), { savedMappings: { [first.headerKey]: custom } });
    expect(again.mappingSource).toBe('saved');
    expect(again.mapping.columns[0]).toBeNull();
    expect(again.columns[0]!.suggested).toBe('seq');
  });
});
