import { describe, expect, it } from 'vitest';
import { BASE_CHECKS } from '../catalog/baseChecks';
import { counterIdGen } from '../model/ids';
import { applyHazardOp, HazardOpSchema } from '../model/hazardOps';
import { clausesFor } from '../standards/majorHazards';
import { buildSample } from '../sample/buildSample';
import { libraryEntries } from '../catalog/library';
import { buildChecklists, checklistBook, defaultCheckText, isKnowledgeCheck, placeText, sheetRowCount, splitCheck } from './checklists';
import { CLAUSE_SUBJECTS, measureRealisesClause } from './majorSubjects';
import { mergeEmergencySteps, postList } from './views';
import { fullTree, MANAGERS, tree } from './fixtures.test-helper';
import { applyDutyOp } from './ops';
import { frequencyZh } from './settings';

const ctx = { newId: counterIdGen(900), now: '2026-11-30T00:00:00.000Z', today: '2026-11-30', assessor: '测试' };

describe('checklists of the sample enterprise', () => {
  const s = buildSample();
  const b = buildChecklists(s);
  const item = (key: string) => b.items.find((i) => i.key === key)!;
  const sheet = (id: string) => b.sheets.find((x) => x.id === id)!;

  it('one routine sheet per level and unit, titled with its level and default frequency', () => {
    const titles = (kind: string) => b.sheets.filter((x) => x.id.startsWith(kind)).map((x) => x.title);
    expect(titles('routine:enterprise')).toEqual(['企业每月隐患排查表']);
    expect(titles('routine:workshop')).toEqual(Array(4).fill('车间每周隐患排查表'));
    expect(titles('routine:team')).toEqual(Array(8).fill('班组每日隐患排查表'));
    expect(titles('routine:post')).toEqual(Array(16).fill('岗位每班隐患排查表'));
    expect(b.sheets.filter((x) => x.kind === 'routine' && x.level === 'team').map((x) => x.unitPath)).toEqual([
      '冲压车间 / 冲压一班', '冲压车间 / 冲压二班', '机加工车间 / 数控班', '机加工车间 / 车磨班', '表面处理车间 / 抛光班', '表面处理车间 / 喷涂班', '仓储物流部 / 仓储班', '设备维修班',
    ]);
    expect(sheet('routine:team:team_cy1').inspectors.map((p) => p.name)).toEqual(['钱志强']);
    expect(sheet('routine:workshop:ws_bm').inspectors.map((p) => p.name)).toEqual(['赵玉兰']);
  });

  it('specialist sheets for the topics the enterprise has (no ammonia), quarterly; seasonal and pre-holiday lists', () => {
    expect(b.sheets.filter((x) => x.kind === 'specialist').map((x) => x.title)).toEqual([
      '企业每季度电气安全专项隐患排查表', '企业每季度特种设备专项隐患排查表', '企业每季度消防安全专项隐患排查表', '企业每季度粉尘防爆专项隐患排查表', '企业每季度有限空间专项隐患排查表',
    ]);
    expect(b.sheets.filter((x) => x.kind === 'seasonal' || x.kind === 'holiday').map((x) => x.title)).toEqual(['企业季节性（夏季）隐患排查表', '企业季节性（冬季）隐患排查表', '企业节假日前隐患排查表']);
    // the winter list includes the dust item because the sample has the dust-explosion flag
    expect(sheet('seasonal:winter').sections[0]!.rows.some((r) => r.keys.includes('s:season.winter.10'))).toBe(true);
  });

  it('every measure of every hazard becomes an item at its default level, from the authored check text', () => {
    expect(b.items.filter((i) => i.source === 'measure').length).toBe(s.hazards.reduce((n, h) => n + h.measures.length, 0));
    const m = item('m:hz_cy_01:0');
    expect(m).toMatchObject({ check: '遮挡光幕或松开一只手时滑块能否立即停止', method: 'measure', level: 'team', frequency: { every: 1, period: 'day' }, sheetIds: ['routine:team:team_cy1'] });
    expect(m.who).toEqual([{ unit: { kind: 'team', id: 'team_cy1', name: '冲压一班' }, persons: [expect.objectContaining({ name: '钱志强' })] }]);
    // a post-level measure of a shared place goes on the sheet of every post exposed
    expect(item('m:hz_hl_02:0')).toMatchObject({ level: 'post', sheetIds: ['routine:post:post_jbg', 'routine:post:post_mjg', 'specialist:specialEquipment'] });
    // a hazard excluded for one post of a shared place is not on that post's sheet
    expect(s.hazards.find((h) => h.id === 'hz_cc1_01')!.excludedPostIds).toEqual(['post_cgy']);
    expect(b.items.filter((i) => i.hazardId === 'hz_cc1_01').flatMap((i) => i.sheetIds).filter((x) => x.includes('post_cgy'))).toEqual([]);
  });

  it('base items: by level and relevance, long-interval specialist items only on the specialist sheet', () => {
    expect(item('b:base.permit.01').sheetIds).toEqual(['routine:enterprise']);
    expect(item('b:base.fire.03').sheetIds).toEqual([...b.sheets.filter((x) => x.id.startsWith('routine:team:')).map((x) => x.id), 'specialist:fire']);
    expect(item('b:base.equipment.03').sheetIds.filter((x) => x.startsWith('routine:'))).toEqual(['routine:post:post_ccsj', 'routine:post:post_cgy']);
    expect(item('b:base.dust.05').sheetIds).toEqual(['routine:team:team_pg', 'routine:team:team_wx', 'specialist:dust']);
    expect(item('b:base.electrical.03')).toMatchObject({ sheetIds: ['specialist:electrical'], frequency: null });
    expect(item('b:base.spraying.05').sheetIds).toEqual(['routine:post:post_pqg', 'routine:post:post_tqg']);
    // "seasonal checks done?" is read from the records on the monthly enterprise sheet, not on the seasonal sheets
    expect(item('b:base.risk.06')).toMatchObject({ sheetIds: ['routine:enterprise'], frequency: { every: 1, period: 'month' } });
    // the pre-holiday sheet prints its detailed list, not the base item that summarises it
    expect(b.items.some((i) => i.key === 'b:base.risk.07')).toBe(false);
    expect(sheet('holiday').sections.flatMap((x) => x.rows).every((r) => r.keys.every((k) => k.startsWith('h:')))).toBe(true);
    // on the enterprise's specialist sheet a team-level base item names the teams, not '本班组作业区域'
    const spRows = sheet('specialist:specialEquipment').sections.flatMap((x) => x.rows);
    expect(spRows.some((r) => /^本(班组|岗位)/.test(r.place))).toBe(false);
    expect(spRows.find((r) => r.keys.includes('b:base.equipment.03'))!.place).toBe('叉车司机、仓管员岗位');
    // a place's part with its own brackets follows a colon, no brackets inside brackets
    expect(placeText('污水池（有限空间）', '有限空间（辨识与标识）')).toBe('污水池（有限空间）：有限空间（辨识与标识）');
    expect(placeText('配电房', '电缆沟')).toBe('配电房（电缆沟）');
    expect(placeText('配电房', '配电房门窗')).toBe('配电房门窗');
    expect(b.items.some((i) => /（[^）]*（/.test(i.place))).toBe(false);
    // an item no unit of its level concerns moves up to the enterprise (燃气加热炉: the sample has none)
    expect(item('b:base.machinery.03')).toMatchObject({ level: 'enterprise', sheetIds: ['routine:enterprise'] });
    // ammonia items do not apply (no flag)
    expect(b.items.some((i) => i.key.startsWith('b:base.ammonia'))).toBe(false);
  });

  it('items of a major hidden-hazard clause are marked 重大事故隐患, and every clause that concerns the enterprise is covered', () => {
    expect(item('b:base.dust.09').major).toEqual({ clauseId: 'mh2023.11.10', citation: '应急管理部令第10号 第十一条第（十）项' });
    // only the measures that realise the clause are marked: 第十一条第（三）项 is about the
    // explosion venting/suppression/inerting devices, not the keep-out zone in front of the vent
    expect([0, 1, 2, 3, 4, 5].map((i) => !!item(`m:hz_cc_01:${i}`).major)).toEqual([true, true, true, false, false, false]);
    // 第三条第（二）项 (special-operation workers without a certificate): "持证电工接拆" is the
    // clause, "定期检查私拉乱接" of the same hazard is not
    expect(item('m:hz_dg_04:0').major).toEqual({ clauseId: 'mh2023.3.2', citation: '应急管理部令第10号 第三条第（二）项' });
    expect(item('m:hz_dg_04:1').check).toBe('查看私拉乱接检查和整改记录');
    expect(item('m:hz_dg_04:1').major).toBeNull();
    expect([0, 1, 2, 3, 4].map((i) => !!item(`m:hz_dg_01:${i}`).major)).toEqual([true, true, false, false, false]);
    // 第十一条第（十）项 (dust cleaning): the cleaning measure, not the hood or the overalls
    expect([0, 1, 2].map((i) => !!item(`m:hz_pg_01:${i}`).major)).toEqual([false, true, false]);
    // 第十三条第（二）项: permit, ventilation, testing — not the locked manhole cover
    expect([0, 1, 2].map((i) => !!item(`m:hz_ws_02:${i}`).major)).toEqual([true, false, false]);
    expect(b.items.filter((i) => i.source === 'measure' && i.major).length).toBe(26);
    expect(b.items.filter((i) => i.source === 'measure' && !i.major && s.hazards.find((h) => h.id === i.hazardId)!.majorHazardClause).length).toBe(40);
    expect(b.items.filter((i) => i.source === 'clause').map((i) => i.key)).toEqual(['c:mh2023.11.5']);
    const covered = new Set(b.items.flatMap((i) => (i.major ? [i.major.clauseId] : [])));
    const needed = clausesFor('应急管理部令第10号', 'machinery', s.profile.flags).filter((c) => c.flags.length === 0 || c.flags.some((f) => s.profile.flags.includes(f)));
    expect(needed.filter((c) => !covered.has(c.id)).map((c) => c.id)).toEqual([]);
    // unverified clause numbers are not printed (DESIGN §5): only the edition
    expect(item('b:base.machinery.03').major?.citation).toBe('应急管理部令第10号');
    expect(sheet('specialist:dust').sections.flatMap((x) => x.rows).filter((r) => r.major).length).toBeGreaterThanOrEqual(10);
  });

  it('identical checks on one sheet are printed once with their places joined', () => {
    const rows = sheet('routine:team:team_sk').sections[0]!.rows;
    const merged = rows.find((r) => r.keys.includes('m:hz_sk_04:0'))!;
    expect(merged.keys).toEqual(['m:hz_sk_04:0', 'm:hz_jg_02:0']);
    expect(new Set(rows.flatMap((r) => r.keys)).size).toBe(rows.reduce((n, r) => n + r.keys.length, 0));
    expect(sheetRowCount(sheet('routine:team:team_sk'))).toBe(rows.length + sheet('routine:team:team_sk').sections[1]!.rows.length);
  });

  it('every row says how to check and what "in order" means; rows merge only when both coincide', () => {
    // a measure item's standard is the control measure it verifies
    expect(item('m:hz_cy_02:4')).toMatchObject({ check: '查看冲压工鞋', content: '查看冲压工鞋', standard: '穿防砸安全鞋' });
    const cyg = sheet('routine:post:post_cyg').sections.flatMap((x) => x.rows);
    expect(cyg.filter((r) => r.check === '查看冲压工鞋').map((r) => r.keys)).toEqual([['m:hz_cy_02:4', 'm:hz_cy_04:3']]);
    expect(cyg.find((r) => r.check === '查看手用工具使用')!.standard).toBe('穿防砸安全鞋，使用手用工具送取料');
    // the 叉车司机 sheet: the seat-belt checks are told apart by their standards
    const ccsj = sheet('routine:post:post_ccsj').sections.flatMap((x) => x.rows);
    const belts = ccsj.filter((r) => r.standard.includes('安全带'));
    expect(belts.map((r) => r.standard)).toEqual([
      '司机驾驶时系安全带，戴安全帽（有落物风险的库区）', '登高作业人员系安全带，戴安全帽', '司机系安全带，场内行人穿反光背心（夜间或车流密集区域）',
      '司机系安全带，装卸人员穿防砸鞋、反光背心', '司机系安全带，堆垛区人员戴安全帽', '登高使用合规设备并系安全带',
    ]);
    for (const sh of b.sheets) {
      const rows = sh.sections.flatMap((x) => x.rows);
      expect(rows.every((r) => r.content.length > 1 && r.standard.length > 1)).toBe(true);
      expect(new Set(rows.map((r) => `${r.method}|${r.check}|${r.standard}`)).size).toBe(rows.length);
    }
    // a base item's own text is split into the method and its requirement
    expect(item('b:base.fire.03')).toMatchObject({ content: '现场查看', standard: '疏散通道、安全出口畅通不锁闭，疏散指示和应急照明有效' });
    expect(splitCheck('测试燃气加热炉压力报警、紧急切断和熄火保护装置', 'measure')).toEqual({ content: '现场测试、检测', standard: '燃气加热炉压力报警、紧急切断和熄火保护装置，动作正常有效' });
    expect(splitCheck('生产期间查看事故坑、渣坑干燥无积水', 'look').standard).toBe('生产期间事故坑、渣坑干燥无积水');
    expect(splitCheck('抽问员工本岗位主要危险和疏散路线', 'ask').standard).toBe('员工能说出本岗位主要危险和疏散路线');
    expect(splitCheck('节假日前检查停用设备断电断料', 'look')).toEqual({ content: '现场查看', standard: '节假日前检查停用设备断电断料' });
    // a clause item's standard is the absence of the clause's situation
    expect(item('c:mh2023.11.5').standard).toBe('不得存在：采用粉尘沉降室除尘，或用干式巷道式构筑物作除尘风道');
  });

  it('training and emergency-knowledge checks go on a weekly-or-rarer sheet, not on daily team or per-shift post sheets', () => {
    // 询问压手事故应急步骤 (emergency, team by default) and 抽问安全操作要点 (training) → 冲压车间 weekly
    expect(item('m:hz_cy_01:5')).toMatchObject({ level: 'workshop', sheetIds: ['routine:workshop:ws_cy'], frequency: { every: 1, period: 'week' } });
    expect(item('m:hz_cy_01:3').sheetIds).toEqual(['routine:workshop:ws_cy']);
    // checks of the state of the place stay where they were
    expect(item('m:hz_cy_01:0').sheetIds).toEqual(['routine:team:team_cy1']);
    const daily = b.items.filter((i) => i.source === 'measure' && i.sheetIds.some((x) => x.startsWith('routine:team:') || x.startsWith('routine:post:')));
    expect(daily.filter((i) => isKnowledgeCheck({ kind: i.measureKind!, method: i.method, check: i.check })).map((i) => i.key)).toEqual([]);
    expect(sheet('routine:team:team_cy1').sections[0]!.rows.filter((r) => r.method === 'ask')).toEqual([]);
    // the rule
    expect(isKnowledgeCheck({ kind: 'training', method: 'records', check: '查看培训记录' })).toBe(true);
    expect(isKnowledgeCheck({ kind: 'emergency', method: 'ask', check: '询问急停位置' })).toBe(true);
    expect(isKnowledgeCheck({ kind: 'emergency', method: 'look', check: '查看灭火器' })).toBe(false);
    expect(isKnowledgeCheck({ kind: 'management', method: 'ask', check: '询问冲压工保护失效时的做法' })).toBe(true);
    expect(isKnowledgeCheck({ kind: 'management', method: 'look', check: '查看脚踏开关防护罩' })).toBe(false);
  });

  it('the emergency steps of a post: generic steps a specific one subsumes are dropped, immediate actions first', () => {
    const l = postList(s, 'post_cyg')!;
    const mech = l.emergency.find((e) => e.accidentType === '机械致害')!.steps;
    expect(mech[0]).toBe('立即按下急停按钮，切断设备电源');
    expect(mech.filter((x) => x.includes('断指'))).toEqual(['发生压手立即停机断电，点动回程或拆模救出伤者，断指用干净纱布包好随伤者送医']);
    for (const p of s.posts) for (const e of postList(s, p.id)!.emergency) expect(new Set(e.steps.map((x) => x.replace(/[\s，。；、]/g, ''))).size).toBe(e.steps.length);
    expect(mergeEmergencySteps(
      ['立即拉闸断电', '无呼吸、无脉搏立即做心肺复苏', '大出血用干净布加压包扎止血'],
      ['员工割伤时加压包扎后送医', '触电者无呼吸时立即做心肺复苏，同时拨打120', '触电者无呼吸时 立即做心肺复苏；同时拨打120', '保护现场并报告'],
    )).toEqual(['立即拉闸断电', '大出血用干净布加压包扎止血', '触电者无呼吸时立即做心肺复苏，同时拨打120', '员工割伤时加压包扎后送医', '保护现场并报告']);
  });

  it('is remembered per document object', () => {
    expect(checklistBook(s)).toBe(checklistBook(s));
  });
});

describe('clause subjects (majorSubjects.ts)', () => {
  it('every clause a library entry links to has its subject, and the match needs kind and words', () => {
    const used = new Set(libraryEntries().flatMap((e) => (e.majorHazardClause ? [e.majorHazardClause] : [])));
    expect([...used].filter((id) => !CLAUSE_SUBJECTS[id])).toEqual([]);
    expect(measureRealisesClause('mh2023.3.2', { kind: 'management', text: '电工持证上岗，建立台账并按期复审' })).toBe(true);
    expect(measureRealisesClause('mh2023.3.2', { kind: 'management', text: '定期检查私拉乱接并通报整改' })).toBe(false);
    expect(measureRealisesClause('mh2023.3.2', { kind: 'training', text: '组织电工取证、持证复审' })).toBe(false);
    expect(measureRealisesClause('mh2023.10.1', { kind: 'ppe', text: '施药和开仓人员佩戴正压式空气呼吸器' })).toBe(true);
    expect(measureRealisesClause('mh2023.99.1', { kind: 'management', text: '持证上岗' })).toBe(false);
  });
});

describe('checklist settings', () => {
  const s = buildSample();
  it('frequencies are configurable; titles follow', () => {
    const d = applyDutyOp(s, { op: 'setRoutineFrequency', level: 'team', frequency: { every: 2, period: 'day' } }, ctx);
    const b = buildChecklists(d);
    expect(b.sheets.find((x) => x.id === 'routine:team:team_cy1')!.title).toBe('班组每2日隐患排查表');
    expect(b.items.find((i) => i.key === 'm:hz_cy_01:0')!.frequency).toEqual({ every: 2, period: 'day' });
    expect(frequencyZh({ every: 1, period: 'half-year' })).toBe('每半年');
    expect(frequencyZh({ every: 3, period: 'month' })).toBe('每3个月');
    // knowledge checks need a weekly-or-rarer sheet: with daily workshop checks they go to the enterprise
    const w = buildChecklists(applyDutyOp(s, { op: 'setRoutineFrequency', level: 'workshop', frequency: { every: 1, period: 'day' } }, ctx));
    expect(w.items.find((i) => i.key === 'm:hz_cy_01:5')).toMatchObject({ level: 'enterprise', sheetIds: ['routine:enterprise'] });
  });
  it('a topic switched off moves its long-interval items to the routine sheets; seasons and holidays can be switched off', () => {
    let d = applyDutyOp(s, { op: 'setSpecialist', topic: 'electrical', enabled: false }, ctx);
    d = applyDutyOp(d, { op: 'setSeasonal', season: 'summer', enabled: false }, ctx);
    d = applyDutyOp(d, { op: 'setPreHoliday', enabled: false }, ctx);
    d = applyDutyOp(d, { op: 'setSpecialist', topic: 'fire', frequency: { every: 1, period: 'half-year' } }, ctx);
    const b = buildChecklists(d);
    expect(b.sheets.map((x) => x.id).filter((x) => !x.startsWith('routine'))).toEqual(['specialist:specialEquipment', 'specialist:fire', 'specialist:dust', 'specialist:confined', 'seasonal:winter']);
    expect(b.items.find((i) => i.key === 'b:base.electrical.03')!.sheetIds).toEqual(['routine:enterprise']);
    expect(b.sheets.find((x) => x.id === 'specialist:fire')!.title).toBe('企业每半年消防安全专项隐患排查表');
  });
  it('a custom measure without a check text gets "核查：…是否落实"; edits apply until the measure changes', () => {
    const post = s.posts.find((p) => p.id === 'post_cyg')!;
    const op = HazardOpSchema.parse({ op: 'addCustom', postId: post.id, target: { kind: 'auto' }, hazard: { text: '自制工装夹具强度不足', accidentTypes: ['WSA10004'], measures: [{ kind: 'management', text: '工装夹具使用前检查焊缝和紧固件。', check: '', method: 'look', level: 'team' }] } });
    let d = applyHazardOp(s, op, { newId: counterIdGen(700), now: ctx.now, entry: () => undefined, libraryVersion: 'x' });
    const h = d.hazards.find((x) => x.text === '自制工装夹具强度不足')!;
    const key = `m:${h.id}:0`;
    const gen = buildChecklists(d).items.find((i) => i.key === key)!;
    expect(gen.check).toBe('核查：工装夹具使用前检查焊缝和紧固件是否落实');
    expect(defaultCheckText('每班清扫积尘；')).toBe('核查：每班清扫积尘是否落实');
    d = applyDutyOp(d, { op: 'setItemText', key, text: '查看工装夹具焊缝和紧固件' }, ctx);
    const edited = buildChecklists(d).items.find((i) => i.key === key)!;
    expect(edited).toMatchObject({ check: '查看工装夹具焊缝和紧固件', edited: true, generated: '核查：工装夹具使用前检查焊缝和紧固件是否落实' });
    // the measure changes: the edit no longer applies and is reported stale
    d.hazards = d.hazards.map((x) => (x.id === h.id ? { ...x, measures: [{ ...x.measures[0]!, text: '工装夹具定期探伤' }] } : x));
    const stale = buildChecklists(d);
    expect(stale.items.find((i) => i.key === key)!.check).toBe('核查：工装夹具定期探伤是否落实');
    expect(stale.staleEdits.map((e) => e.key)).toEqual([key]);
    const dropped = applyDutyOp(d, { op: 'dropStaleTexts' }, ctx);
    expect(dropped.duties.checklists.itemTexts).toEqual([]);
    expect(() => applyDutyOp(s, { op: 'setItemText', key: 'm:nope:0', text: '随便写写' }, ctx)).toThrow(/E_NOT_FOUND/);
  });
});

describe('checklists on partial org trees', () => {
  it('without teams, team-level items move up to the workshop sheets', () => {
    const d = tree({
      workshops: ['W1', 'W2'],
      posts: { P1: 'ws:W1', P2: 'ws:W2' },
      people: [...MANAGERS, { id: 'h1', name: '主任一', role: 'workshopHead', workshopId: 'W1' }, { id: 'h2', name: '主任二', role: 'workshopHead', workshopId: 'W2' }],
      riskPoints: [{ id: 'R1', unit: 'ws:W1', posts: ['P1'] }],
      hazards: [{ id: 'H1', rp: 'R1', grade: 'medium', measures: [{ text: '班组检查', check: '查看防护罩', level: 'team' }] }],
    });
    const b = buildChecklists(d);
    expect(b.sheets.some((x) => x.level === 'team')).toBe(false);
    expect(b.items.find((i) => i.key === 'm:H1:0')).toMatchObject({ level: 'workshop', sheetIds: ['routine:workshop:W1'] });
    // a generic team-level base item (疏散通道) goes to every workshop
    expect(b.items.find((i) => i.key === 'b:base.fire.03')!.sheetIds.filter((x) => x.startsWith('routine'))).toEqual(['routine:workshop:W1', 'routine:workshop:W2']);
  });
  it('a micro enterprise gets an enterprise sheet and post sheets only', () => {
    const d = tree({
      posts: { P1: 'ent' },
      people: [{ id: 'p', name: '老板', role: 'principal' }, { id: 'w', name: '员工', role: 'worker', postIds: ['P1'] }],
      riskPoints: [{ id: 'R1', unit: 'ent', posts: ['P1'] }],
      hazards: [{ id: 'H1', rp: 'R1', grade: 'low', measures: [{ text: '岗位自查', check: '查看工位', level: 'post' }, { text: '车间检查', check: '查看设备', level: 'workshop' }] }],
    }, 'commerce');
    const b = buildChecklists(d);
    expect(b.sheets.filter((x) => x.kind === 'routine').map((x) => x.id)).toEqual(['routine:enterprise', 'routine:post:P1']);
    expect(b.items.find((i) => i.key === 'm:H1:1')!.level).toBe('enterprise');
    expect(b.items.some((i) => i.baseId === 'base.commerce.01')).toBe(true);
  });
  it('an owner override names who checks a measure at that level', () => {
    let d = fullTree();
    d = applyDutyOp(d, { op: 'setOwners', hazardId: 'H_medium', level: 'team', personIds: ['p_an'] }, ctx);
    const it = buildChecklists(d).items.find((i) => i.key === 'm:H_medium:0')!;
    expect(it.who.map((w) => w.persons.map((p) => p.name))).toEqual([['安全丙']]);
  });
  it('every base item id is unique and every applicable item of the catalog is placed', () => {
    const s = buildSample();
    const b = buildChecklists(s);
    const placed = new Set(b.items.filter((i) => i.baseId).map((i) => i.baseId));
    const applicable = BASE_CHECKS.filter((c) => (c.applicability.industries === 'all' || c.applicability.industries.includes('machinery')) && (c.applicability.flags.length === 0 || c.applicability.flags.some((f) => s.profile.flags.includes(f))));
    // base.risk.07 (pre-holiday summary) gives way to the detailed pre-holiday list
    expect([...placed].sort()).toEqual(applicable.map((c) => c.id).filter((id) => id !== 'base.risk.07').sort());
  });
});
