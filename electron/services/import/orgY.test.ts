/**
 * The real quarry register (../shared/realcases/msm_risk_identification_list.csv, ORG_Y: 535
 * rows): the findings counted independently from the file, and the applied enterprise (org tree,
 * riskPoints linked to posts, hazards with measures, imported assessments) that later feeds the
 * document pack. Skips with the path it tried where the shared folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardContent, boardUnits } from '../../../core/cards';
import { registerDoc } from '../../../core/documents/kinds/register';
import { documentKind } from '../../../core/documents/registry';
import { applyImport, previewImport } from '../../../core/import';
import { emptyEnterprise } from '../../../core/model/enterpriseFile';
import { counterIdGen } from '../../../core/model/ids';
import { validateEnterpriseFile } from '../../../core/model/load';
import { levelInUse } from '../../../core/risk/levelInUse';
import { decodeImportFile } from './decode';

const shared = process.env.SAFEPOST_SHARED ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared');
const path = join(shared, 'realcases', 'msm_risk_identification_list.csv');
const present = existsSync(path);
if (!present) console.log(`SKIP ORG_Y register import: ${path} not found (set SAFEPOST_SHARED)`);

describe.skipIf(!present)('ORG_Y quarry register', () => {
  const load = () => decodeImportFile('msm_risk_identification_list.csv', new Uint8Array(readFileSync(path)));

  it('reports the findings counted from the file', async () => {
    const wb = await load();
    expect(wb.encoding).toBe('utf-8');
    const p = previewImport(wb, { org: 'ORG_Y' });
    const r = p.report;
    expect(r.source).toEqual({ file: 'msm_risk_identification_list.csv', sheet: 'msm_risk_identification_list', headerRow: 1, encoding: 'utf-8' });
    expect(r.rowsRead).toBe(535);
    expect(r.bandTable).toMatchObject({ id: 'bt.lec.default', version: 1 });
    expect(r.accidentTypeEdition).toBe('GB 6441-1986');
    const counts = Object.fromEntries(Object.entries(r.findings).map(([k, v]) => [k, v.count]));
    expect(counts).toEqual({
      scoreRounding: 6, // 7.4/7.5, 45/44.625, 2.39/2.4, 3.8/3.75, 7.48/7.5, 23/22.5
      scoreArithmetic: 3, // 5×3×8 stored 720, 5×1×8 stored 400, 5×6×40 stored 120
      levelVsStoredScore: 32,
      levelVsRecomputedScore: 31,
      offScale: 257, // C = 2, 4, 8, 10; L = 5, 0.6; E = 5, 5.95 are not LEC steps
      accidentTypeMapped: 116, // 机械伤害 → 机械致害 (112), 放炮 → 民用爆炸物品爆炸 (4)
      accidentTypeNeedsChoice: 259, // 其它伤害, 车辆伤害, 容器爆炸, 坍塌, 火药爆炸, 中毒和窒息
      notAnAccidentType: 75, // 综合伤害 50, 全部伤害 25
      responsibilityChain: 535,
      orgCreated: 535,
      signNotInRegistry: 0,
      // no sign column: every row whose types include one with a sign; the 163 others are only 其它伤害/综合伤害/全部伤害/empty (→ 其他)
      signsDerived: 372,
      // measures or hazards naming PPE: 安全带 6, 隔热 防护手套 5, 防护面罩 2, 安全帽 2, 焊接 防护手套, 劳保防护服, 防寒服, 防护口罩
      ppeDerived: 19,
    });
    // per type, counted from the file: rows listing the 1986 name (default 2025 reading)
    expect(r.findings.signsDerived.items.map((i) => [i.name, i.signs.map((s) => s.title).join('、'), i.count])).toEqual([
      ['机械致害', '当心机械伤人', 112], ['厂（场）内车辆致害', '当心车辆', 75], ['火灾', '当心火灾', 111], ['高处坠落', '当心坠落', 118],
      ['物体打击', '当心落物', 124], ['触电', '当心触电', 152], ['灼烫', '当心烫伤', 30], ['容器爆炸', '当心爆炸', 29], ['坍塌', '当心塌方', 11],
      ['民用爆炸物品爆炸', '当心爆炸', 5], ['中毒', '当心中毒', 1],
    ]);
    expect(r.findings.ppeDerived.items.map((i) => [i.id, i.rows])).toEqual([
      ['ppe.welding-shield', [78, 446]], ['ppe.gloves-welding', [126]], ['ppe.safety-harness', [174, 408, 449, 450, 588, 682]],
      ['ppe.coverall', [234]], ['ppe.cold-clothing', [286]], ['ppe.gloves-heat', [303, 531, 533, 556, 596]], ['ppe.safety-helmet', [377, 445]],
      ['ppe.dust-mask-kn95', [382]],
    ]);
    // not read as PPE: 台阶边缘安全带 (a safe strip), 切肉机戴手套 (the hazard itself), 气瓶无防护帽 (a cylinder cap)
    expect(r.findings.scoreArithmetic.items.map((i) => [i.row, i.stored, i.recomputed])).toEqual([[54, 720, 120], [279, 400, 40], [632, 120, 1200]]);
    expect(r.findings.scoreRounding.rows.map((x) => x.row)).toEqual([15, 32, 40, 160, 325, 558]);
    expect(r.findings.notAnAccidentType.items.map((i) => [i.text, i.count])).toEqual([['综合伤害', 50], ['全部伤害', 25]]);
    expect(r.findings.responsibilityChain.items.filter((i) => i.repaired).reduce((n, i) => n + i.count, 0)).toBe(11);
    expect(r.decisions.find((d) => d.kind === 'emptyAccidentType')).toMatchObject({ code: 'WSA10099', rows: 1 });
  });

  it('applies to a complete enterprise that passes validation', async () => {
    const wb = await load();
    const t = '2026-03-01T08:00:00.000Z';
    const { doc, report } = applyImport(emptyEnterprise('ent_orgy', 'ORG_Y', t), wb, { org: 'ORG_Y' }, { newId: counterIdGen(), now: t, today: '2026-03-01' });
    const d = validateEnterpriseFile(doc);
    expect(report.rowsApplied).toBe(535);
    expect(d.hazards.length).toBe(535);
    expect(d.assessments.length).toBe(535);
    expect(d.workshops.map((w) => w.name)).toEqual(['生产科', '办公室', '安全科']);
    expect(d.teams.map((x) => x.name)).toContain('破碎班组');
    expect(d.teams.filter((x) => x.name.startsWith('钻孔'))).toHaveLength(1); // 钻孔班长 and 钻孔班组班长 are one team
    const post = (n: string) => d.posts.find((p) => p.name === n);
    expect(post('焊工')).toMatchObject({ jobContent: '电焊作业', equipment: ['电焊机', '切割机'] });
    expect(d.teams.find((x) => x.id === (post('破碎工')!.parent as { id: string }).id)?.name).toBe('破碎班组');
    // every riskPoint reaches a post; equipment rows became places linked to the posts the chain names
    expect(d.riskPoints.every((r) => r.postIds.length > 0)).toBe(true);
    const digger = d.riskPoints.find((r) => r.name === '挖掘机')!;
    expect(digger.kind).toBe('place');
    expect(digger.postIds.map((id) => d.posts.find((p) => p.id === id)!.name)).toEqual(['挖掘机司机']);
    expect(d.hazards.every((h) => h.measures.length > 0 && h.accidentTypes.length > 0)).toBe(true);
    // signs from the accident types, PPE from the texts (the register has neither column)
    const row = (n: number) => d.hazards.find((h) => h.source.kind === 'import' && h.source.row === n)!;
    expect(d.hazards.filter((h) => h.signIds.length > 0)).toHaveLength(372);
    expect(d.hazards.filter((h) => h.ppeIds.length > 0)).toHaveLength(19);
    expect(row(377)).toMatchObject({ text: '上部浮石坠落，未佩戴安全帽', signIds: ['sign.warn-falling-objects'], ppeIds: ['ppe.safety-helmet'] });
    expect(row(174)).toMatchObject({ signIds: ['sign.warn-fall'], ppeIds: ['ppe.safety-harness'] });
    expect(row(78)).toMatchObject({ signIds: ['sign.warn-scald'], ppeIds: ['ppe.welding-shield'] });
    expect(row(54).signIds).toEqual(['sign.warn-cave-in', 'sign.warn-fall', 'sign.warn-falling-objects', 'sign.warn-electric-shock', 'sign.warn-fire', 'sign.warn-machinery']);
    expect(d.hazards.find((h) => h.text.includes('切肉机戴手套'))!.ppeIds).toEqual([]);
    // the stored values stay as written; the level in use is the register's, marked 待复核
    const wrong = d.hazards.find((h) => h.source.kind === 'import' && h.source.row === 54)!;
    const a = d.assessments.find((x) => x.hazardId === wrong.id)!;
    expect(a).toMatchObject({ method: 'LEC', L: 5, E: 3, C: 8, score: 720, level: 'high', status: 'imported' });
    expect(levelInUse([a])).toMatchObject({ level: 'high', mark: '待复核' });
    // the register never prints the false equation 5×3×8=720: the product, then what the register wrote
    const table = registerDoc(d, { today: '2026-03-01', preparer: '' }).blocks.find((b) => b.type === 'table')!;
    const cells = table.type === 'table' ? table.rows.map((r) => String(r.evaluation)) : [];
    expect(cells.some((c) => c.includes('5×3×8=120（原表 720）'))).toBe(true);
    expect(cells.some((c) => c.includes('5×3×8=720'))).toBe(false);
    expect(d.people).toEqual([]);
    // PPE is checked at the post each shift; the other measures at the chain's lowest managing level
    const measures = d.hazards.flatMap((h) => h.measures);
    expect(measures.filter((m) => m.kind === 'ppe').every((m) => m.level === 'post')).toBe(true);
    expect(measures.filter((m) => m.kind !== 'ppe').some((m) => m.level === 'post')).toBe(false);
    expect(documentKind('checklist.post')!.units!(d)).toHaveLength(20);
    // the 公告栏 of 破碎机: every row shows measures (training-only rows included), grades marked 待复核
    const crusher = boardUnits(d).find((u) => u.name === '破碎机')!;
    const board = boardContent(d, crusher.id, '2026-03-01')!;
    expect(board.rows.every((r) => r.keyMeasures.length > 0)).toBe(true);
    expect(board.rows.find((r) => r.hazard === '作业环境不良')!.keyMeasures).toEqual(['对周边环境进行考核评级，严禁出现违章作业']);
    expect(board.levelNote).toBe(`其中 ${board.rows.length} 项等级为导入数据，待复核`);
  });
});
