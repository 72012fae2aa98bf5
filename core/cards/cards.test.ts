import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/buildSample';
import { SAMPLE_CARDS_DATE } from '../sample/cards';
import { validateEnterpriseFile } from '../model/load';
import { brokenReferences } from '../model/refs';
import { applyOrgOp } from '../model/orgOps';
import { counterIdGen } from '../model/ids';
import type { EnterpriseFile } from '../model/enterpriseFile';
import { safetySign } from '../standards/signs';
import { SIGN_ORDER_GB2894 } from '../standards/signOrder';
import { documentKind } from '../documents/registry';
import { cardContents, CARD_KINDS } from '../documents/kinds/cards';
import {
  agentsOfHazard, applyCardOp, batchUnits, boardContent, boardUnits, cardGaps, cardNumber, cardQrPayload, cardVersionState, derivedOperating,
  emergencyTemplatesOfPost, fnv1a, occupationalPosts, parseCardQr, postCardSet, postFacts, postsWithoutCards, qrBytes, QR_MAX_BYTES,
  RISK_CARD_EMERGENCY_LINES, SEE_EMERGENCY_CARD, splitClauses, measureClauses, completeComparisons, isPpeClause, typeset, unglued, GLUE, NBSP,
  riskCardMeasures, consequencesOf, FALLBACK_MEASURE, RISK_CARD_GLYPH_BUDGET, CARD_SIGN_CAP, GLOVES_NOTE, localizedHazardText, VEHICLE_CHECK, immediateAction,
  monitoringJudgement, BOARD_KEY_MEASURES, BOARD_SIGN_CAP, postsWithHazards, type BoardContent,
} from './index';
import { emergencyTemplateForType } from '../standards/emergency';
import { STRESS_POST_ID, withStressPost } from '../../tests/helpers/stressPost';

const TODAY = '2026-12-01';
const sample = (): EnterpriseFile => validateEnterpriseFile(buildSample());

describe('card QR payload (issue: cards)', () => {
  it('encodes SP1|postId|version|post|level|hazards and reads back', () => {
    const p = cardQrPayload({ postId: 'post_cyg', version: 3, post: '冲压工', level: '较大', hazards: ['冲床未装光电保护', '换模未断电上锁', '噪声超标', '第四项不编码'] });
    expect(p).toBe('SP1|post_cyg|3|冲压工|较大|冲床未装光电保护;换模未断电上锁;噪声超标');
    expect(parseCardQr(p)).toEqual({ postId: 'post_cyg', version: 3, post: '冲压工', level: '较大', hazards: ['冲床未装光电保护', '换模未断电上锁', '噪声超标'] });
  });
  it('never exceeds 150 bytes: long texts are shortened, id and version survive, separators never leak', () => {
    const id = `post_${'x'.repeat(59)}`;
    const long = '叉车在货架巷道内倒车转向升降时巷道内有人拣货人员被车体或货叉挤压'.repeat(3);
    const p = cardQrPayload({ postId: id, version: 12, post: '仓储物流部成品仓库叉车司机（兼装卸）|夜班'.repeat(2), level: '重大', hazards: [long, `a|b;c${long}`, long] });
    expect(qrBytes(p)).toBeLessThanOrEqual(QR_MAX_BYTES);
    const back = parseCardQr(p)!;
    expect(back.postId).toBe(id);
    expect(back.version).toBe(12);
    expect(back.level).toBe('重大');
    expect(back.post.startsWith('仓储物流部成品仓库')).toBe(true);
    expect(p.split('|')).toHaveLength(6);
    const short = cardQrPayload({ postId: 'post_a', version: 1, post: '电工', level: '一般', hazards: [long, long, long] });
    expect(qrBytes(short)).toBeLessThanOrEqual(QR_MAX_BYTES);
    expect(parseCardQr(short)!.hazards).toHaveLength(3);
    expect(parseCardQr('SP2|x|1|a|b|')).toBeNull();
    expect(parseCardQr('SP1|x|0|a|b|')).toBeNull();
  });
});

describe('card numbers', () => {
  it('are <enterprise code>-<post code>-v<n>, with stand-ins for missing codes', () => {
    expect(cardNumber('AG', 'CY01', 1, 1)).toBe('AG-CY01-v1');
    expect(cardNumber('', '', 3, 2)).toBe('QY-P03-v2');
    const s = postCardSet(sample(), 'post_pqg', TODAY)!;
    // each document of the post has its own number: the base plus a suffix (issue: cards review #22)
    expect([s.risk, s.operating, s.emergency, s.ack, s.occupational!].map((c) => c.head.number)).toEqual(['AG-BM02-v1-FX', 'AG-BM02-v1-CZ', 'AG-BM02-v1-YJ', 'AG-BM02-v1-QR', 'AG-BM02-v1-ZY']);
    expect(s.state.issue.number).toBe('AG-BM02-v1');
    expect(s.risk.head.date).toBe(SAMPLE_CARDS_DATE);
    expect(s.ack.cards).toEqual(['岗位安全风险告知卡（AG-BM02-v1-FX）', '岗位安全操作卡（AG-BM02-v1-CZ）', '应急处置卡（AG-BM02-v1-YJ）', '职业病危害告知卡（AG-BM02-v1-ZY）']);
    // the QR payload keeps its format: SP1|<postId>|<cardVersion>|…
    expect(s.risk.qr.startsWith('SP1|post_pqg|1|喷漆工|重大|')).toBe(true);
  });
});

describe('what goes on a post card', () => {
  it('has the fields of 岗位安全风险告知卡 for the sample 喷漆工', () => {
    const doc = sample();
    const r = postCardSet(doc, 'post_pqg', TODAY)!.risk;
    expect(r.head).toMatchObject({ enterprise: '浙江安岗五金制品有限公司（示例）', unitPath: '表面处理车间 / 喷涂班', post: '喷漆工', place: '表面处理车间喷漆房', version: 'v1' });
    expect(r.level).toBe('major');
    expect(r.levelText).toBe('重大风险（红色）');
    // highest level first, each hazard with its level in words
    expect(r.hazards[0]!.levelShort).toBe('重大');
    const ranks = r.hazards.map((h) => ['low', 'medium', 'high', 'major'].indexOf(h.level ?? ''));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(r.accidentTypes).toContain('中毒');
    expect(r.ppe.length).toBeGreaterThan(0);
    // 重大 is controlled at the enterprise: its owner answers, the team leader is the second contact (#23)
    expect(r.responsible).toEqual({ name: '周建国', role: '主要负责人', phone: '13900000001', level: '企业' });
    expect(r.supervisor).toEqual({ name: '韩建军', role: '班组长', phone: '13900000026', level: '' });
    expect(boardContent(doc, 'rp_pf', TODAY)).toMatchObject({ controlLevel: '企业', persons: expect.stringContaining('周建国') });
    expect(r.internalPhone).toBe('0575-80000110');
    expect(r.phones.map((p) => p.number)).toEqual(['119', '120', '12350']);
    expect(parseCardQr(r.qr)).toMatchObject({ postId: 'post_pqg', version: 1, post: '喷漆工', level: '重大' });
  });
  it('shows the mandatory sign of the PPE a hazard calls for (安全帽 → 必须戴安全帽)', () => {
    const doc = sample();
    const HELMET = 'sign.must-safety-helmet';
    const post = doc.posts.find((p) => postCardSet(doc, p.id, TODAY) && !postCardSet(doc, p.id, TODAY)!.risk.signs.some((s) => s.id === HELMET))!;
    expect(post).toBeDefined();
    const top = postFacts(doc, post.id)!.hazards[0]!.hazard;
    const withHelmet = { ...doc, hazards: doc.hazards.map((x) => (x.id === top.id ? { ...x, ppeIds: [...x.ppeIds, 'ppe.safety-helmet'] } : x)) };
    expect(postCardSet(withHelmet, post.id, TODAY)!.risk.signs.map((s) => s.id)).toContain(HELMET);
  });
  it('orders the sign icons warning → prohibition → mandatory → information (GB 2894 §9.5)', () => {
    const doc = sample();
    for (const id of ['post_cyg', 'post_jxg', 'post_pqg']) {
      const cats = postCardSet(doc, id, TODAY)!.risk.signs.map((s) => SIGN_ORDER_GB2894.indexOf(safetySign(s.id)!.category));
      expect([...cats].sort((a, b) => a - b)).toEqual(cats);
      expect(cats.length).toBeGreaterThan(2);
    }
  });
  it('keeps at most a handful of emergency lines on the 告知卡 and all of them on the 应急处置卡', () => {
    const s = postCardSet(sample(), 'post_jxg', TODAY)!;
    expect(s.risk.emergency).toHaveLength(RISK_CARD_EMERGENCY_LINES);
    expect(s.risk.emergency.at(-1)).toBe(SEE_EMERGENCY_CARD);
    expect(s.emergency.own.length).toBeGreaterThan(RISK_CARD_EMERGENCY_LINES);
  });
  it('leads the 告知卡 emergency lines with the top-level hazard, from its template when it has no emergency measure', () => {
    const doc = sample();
    const f = postFacts(doc, 'post_jxg')!;
    const top = f.hazards[0]!;
    expect(top.level).toBe(f.level);
    // strip the top hazard's own emergency measures: its template's first actions lead instead
    const stripped = { ...doc, hazards: doc.hazards.map((h) => (h.id === top.hazard.id ? { ...h, measures: h.measures.filter((m) => m.kind !== 'emergency') } : h)) };
    const lines = postCardSet(stripped, 'post_jxg', TODAY)!.risk.emergency;
    expect(lines[0]).toBe(emergencyTemplateForType(top.hazard.accidentTypes[0]!).immediate[0]);
    // with its own measures, its own first action leads
    const own = top.hazard.measures.filter((m) => m.kind === 'emergency').map((m) => immediateAction(m.text));
    if (own.length > 0) expect(postCardSet(doc, 'post_jxg', TODAY)!.risk.emergency[0]).toBe(own[0]);
  });
  it('derives operating steps from the measures (prohibitions apart, PPE before work)', () => {
    const f = postFacts(sample(), 'post_cyg')!;
    const o = derivedOperating(f);
    // prohibitions worded 禁止…, management tails (按违章处理) dropped
    expect(o.prohibited).toEqual(['禁止擅自拆除、屏蔽、调高保护装置']);
    expect(o.before.map((s) => s.text)).toEqual(['冲床安全装置每班开机前检查并记录', '每班用试棒在保护高度内各点遮挡试验，记录结果', '每班开机空车试冲，确认无连冲', '模具入库和上机前检查裂纹，试冲时用寸动逐步调整闭合高度']);
    expect(o.before.find((s) => s.text.startsWith('每班开机空车试冲'))!.risk).toBe('机械致害：取放料时手被压伤、截断（一般）');
    expect(o.during.map((s) => s.text)).toEqual(['使用手用工具送取料', '脚踏开关定位放置，电缆不拖在通道，调模时拔除或切换为寸动', '换模调模时主电源断开挂牌上锁，液压、气动能量释放后再作业']);
    // PPE is never a step (it is in the PPE box once)
    for (const st of [...o.before, ...o.during, ...o.after]) expect(st.text).not.toMatch(/^(?:穿|戴|佩戴)|安全鞋|防护眼镜|耳塞/);
    // the press runs machines: the generic closing step fills 作业后
    expect(o.after.map((s) => s.text)).toEqual(['停机并切断电源，清理设备和作业现场，工具归位'])
  });
  it('picks emergency templates from the accident types and scenarios from the hazards’ words', () => {
    const doc = sample();
    const keys = (id: string) => emergencyTemplatesOfPost(postFacts(doc, id)!).map((t) => t.key);
    expect(keys('post_tqg')).toContain('chemical-splash');
    expect(keys('post_tqg')).not.toContain('ammonia-leak');
    expect(keys('post_jxg')).toContain('confined-space');
    // 其他 (general injury) only when nothing else applies
    expect(keys('post_cyg')).not.toContain('WSA10099');
    expect(keys('post_cyg').slice(0, 2)).toEqual(['WSA10004', 'WSA10001']);
  });
  it('finds the posts exposed to noise, dust, heat or toxic substances and prints the monitoring', () => {
    const doc = sample();
    expect(occupationalPosts(doc).sort()).toEqual(['post_ccsj', 'post_cyg', 'post_mg', 'post_pgg', 'post_pqg', 'post_tqg']);
    const oh = postCardSet(doc, 'post_pgg', TODAY)!.occupational!;
    expect(oh.agents.map((a) => a.agent)).toEqual(['dust']);
    expect(oh.agents[0]!.name).toBe('粉尘（铝尘）');
    expect(oh.agents[0]!.monitoring).toEqual({ result: '2.1 mg/m³', results: ['2.1 mg/m³'], limit: '3 mg/m³', date: '2026-09-15', judgement: '合格', action: '' });
    // the warning sign comes with the mandatory one (GB 2894 has no 注意防尘: the general warning, captioned)
    expect(oh.signs).toEqual([{ id: 'sign.warn-general', title: '注意防尘' }, { id: 'sign.must-dust-mask', title: '必须戴防尘口罩' }]);
    expect(oh.agents[0]!.properties).toMatch(/^银白色轻金属粉尘/);
    expect(postCardSet(doc, 'post_dg', TODAY)!.occupational).toBeNull();
    const custom = { ...doc.hazards[0]!, source: { kind: 'custom' as const }, text: '打磨工位粉尘浓度高', factorCode: '' };
    expect(agentsOfHazard(custom)).toEqual(['dust']);
  });
});

describe('安全风险公告栏', () => {
  it('has a board per place, per workshop and for the plant, highest level first', () => {
    const doc = sample();
    const units = boardUnits(doc);
    expect(units.filter((u) => doc.riskPoints.some((r) => r.id === u.id && r.kind === 'place'))).toHaveLength(8);
    expect(units.map((u) => u.id)).toContain('workshop:ws_cy');
    expect(units.at(-1)!.id).toBe('enterprise');
    const b = boardContent(doc, 'rp_pd', TODAY)!;
    // the sample's grades are confirmed: no 待复核 note
    expect(b.levelNote).toBe('');
    expect(b.place).toBe('配电房');
    expect(b.location).toBe('厂区配电房');
    expect(b.rows).toHaveLength(3);
    expect(b.levelText).toMatch(/风险（.色）$/);
    expect(b.phones.map((p) => p.number)).toContain('12350');
    expect(b.reportPhone).toBe('0575-80000110');
    expect(b.rows.every((r) => r.controlLevel && r.unit && r.persons.length > 0)).toBe(true);
    expect(boardContent(doc, 'rp_nowhere', TODAY)).toBeNull();
    // a workshop's board answers to the workshop head, the plant's to the principal
    expect(boardContent(doc, 'workshop:ws_cy', TODAY)).toMatchObject({ place: '冲压车间', unit: '冲压车间', persons: '王立新（13900000011）' });
    // the plant board answers at its highest control level (企业 for the paint room's 重大 risk): the same owners as the register
    expect(boardContent(doc, 'enterprise', TODAY)).toMatchObject({ unit: '浙江安岗五金制品有限公司（示例）', controlLevel: '企业', persons: '周建国（13900000001）、吴明华（13900000002）、陈晓燕（13900000003）' });
  });
});

describe('card versions', () => {
  it('the sample issued v1 of every post and is current', () => {
    const doc = sample();
    expect(postsWithoutCards(doc, TODAY)).toEqual([]);
    expect(doc.postCards).toHaveLength(16);
    expect(cardVersionState(doc, postFacts(doc, 'post_cyg')!, TODAY)).toMatchObject({ status: 'current', issue: { version: 1, date: SAMPLE_CARDS_DATE, number: 'AG-CY01-v1' } });
  });
  it('a content change makes the next version (dated today), sync records it, bump always adds one', () => {
    let doc = sample();
    const h = doc.hazards.find((x) => x.id === 'hz_cy_01')!;
    h.text = `${h.text}（已改）`;
    const st = cardVersionState(doc, postFacts(doc, 'post_cyg')!, TODAY);
    expect(st).toMatchObject({ status: 'changed', issue: { version: 2, date: TODAY, number: 'AG-CY01-v2' }, recorded: { version: 1 } });
    expect(postsWithoutCards(doc, TODAY)).toEqual([{ postId: 'post_cyg', post: '冲压工', reason: 'changed', version: 1, gaps: [] }]);
    doc = applyCardOp(doc, { op: 'sync' }, TODAY);
    expect(doc.postCards.find((c) => c.postId === 'post_cyg')!.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(doc.postCards.find((c) => c.postId === 'post_dg')!.versions).toHaveLength(1);
    expect(postsWithoutCards(doc, TODAY)).toEqual([]);
    doc = applyCardOp(doc, { op: 'bump', postIds: ['post_dg'], note: '年度复核' }, '2026-12-02');
    const dg = doc.postCards.find((c) => c.postId === 'post_dg')!.versions.at(-1)!;
    expect(dg).toMatchObject({ version: 2, date: '2026-12-02', note: '年度复核' });
    expect(postCardSet(doc, 'post_dg', '2026-12-03')!.risk.head.number).toBe('AG-SB01-v2-FX');
  });
  it('the fingerprint covers the operating edit, equipment location and monitoring', () => {
    const doc = sample();
    const fp = () => cardVersionState(doc2, postFacts(doc2, 'post_cyg')!, TODAY).fingerprint;
    let doc2 = doc;
    const base = fp();
    doc2 = applyCardOp(doc, { op: 'setEquipmentLocation', postId: 'post_cyg', text: '东门应急柜' }, TODAY);
    expect(fp()).not.toBe(base);
    doc2 = applyCardOp(doc, { op: 'setOperating', postId: 'post_cyg', operating: { before: [{ text: '检查光电保护', risk: '压手' }], during: [], after: [], prohibited: ['严禁屏蔽保护'] } }, TODAY);
    expect(fp()).not.toBe(base);
    const op = postCardSet(doc2, 'post_cyg', TODAY)!.operating;
    expect(op.edited).toBe(true);
    expect(op.stages[0]!.steps).toEqual([{ text: '检查光电保护', risk: '压手' }]);
    expect(op.prohibited).toEqual(['严禁屏蔽保护']);
    doc2 = applyCardOp(doc2, { op: 'setOperating', postId: 'post_cyg', operating: null }, TODAY);
    expect(fp()).toBe(base);
    doc2 = applyCardOp(doc, { op: 'setMonitoring', postId: 'post_cyg', monitoring: [{ agent: 'noise', substance: '', result: '90 dB(A)', limit: '85 dB(A)', date: '2026-10-01' }] }, TODAY);
    expect(fp()).not.toBe(base);
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
  it('refuses unknown posts and bumping a post without hazards', () => {
    const doc = sample();
    expect(() => applyCardOp(doc, { op: 'setEquipmentLocation', postId: 'post_nope', text: 'x' }, TODAY)).toThrow(/E_NOT_FOUND/);
    const withPost = applyOrgOp(doc, { op: 'addPost', parent: { kind: 'enterprise' }, name: '保洁员' } as never, counterIdGen());
    const id = withPost.posts.find((p) => p.name === '保洁员')!.id;
    expect(() => applyCardOp(withPost, { op: 'bump', postIds: [id] }, TODAY)).toThrow(/E_INVALID_ARGUMENT/);
    expect(() => applyCardOp(doc, { op: 'bump', postIds: [] } as never, TODAY)).toThrow(/E_INVALID_ARGUMENT/);
  });
});

describe('card gaps and completeness', () => {
  it('reports missing phones, codes, owners, equipment location and monitoring', () => {
    const doc = sample();
    doc.profile.emergencyPhone = '';
    doc.profile.code = '';
    doc.postCards = doc.postCards.map((c) => (c.postId === 'post_cyg' ? { ...c, equipmentLocation: '', monitoring: [] } : c));
    doc.people = doc.people.filter((p) => !(p.role === 'teamLeader' && p.teamId === 'team_cy1'));
    const gaps = cardGaps(doc, postFacts(doc, 'post_cyg')!);
    expect(gaps).toEqual(['W_CARD_NO_EMERGENCY_PHONE', 'W_CARD_NO_CODE', 'W_CARD_NO_EQUIPMENT_LOCATION', 'W_CARD_NO_MONITORING']);
    // the team has no leader: the workshop head answers
    expect(postFacts(doc, 'post_cyg')!.responsible).toMatchObject({ role: '车间主任', name: '王立新' });
    const list = postsWithoutCards(doc, TODAY);
    expect(list.find((p) => p.postId === 'post_cyg')!.reason).toBe('changed');
    expect(list.length).toBe(16);
  });
  it('lists a post with hazards but no card version (noVersion)', () => {
    const doc = sample();
    doc.postCards = doc.postCards.filter((c) => c.postId !== 'post_dg');
    expect(postsWithoutCards(doc, TODAY).map((p) => [p.postId, p.reason])).toEqual([['post_dg', 'noVersion']]);
  });
});

describe('references', () => {
  it('postCards must point at existing posts, once each; deleting a post drops its card data', () => {
    const doc = sample();
    expect(brokenReferences({ ...doc, postCards: [...doc.postCards, { ...doc.postCards[0]! }] })).toEqual([{ path: 'postCards[16].postId', id: 'post_cyg', problem: 'duplicate' }]);
    expect(brokenReferences({ ...doc, postCards: [{ ...doc.postCards[0]!, postId: 'post_gone' }] })).toEqual([{ path: 'postCards[0].postId', id: 'post_gone', problem: 'missing' }]);
    const after = applyOrgOp(doc, { op: 'delete', kind: 'post', id: 'post_cyg' } as never, counterIdGen());
    expect(after.postCards.some((c) => c.postId === 'post_cyg')).toBe(false);
    expect(brokenReferences(after)).toEqual([]);
  });
});

describe('document kinds (print centre)', () => {
  it('registers the cards and notices with their units', () => {
    const doc = sample();
    expect(CARD_KINDS.map((k) => [k.id, k.group])).toEqual([
      ['card.risk', 'cards'], ['card.operating', 'cards'], ['card.emergency', 'cards'], ['card.ack', 'cards'], ['cards.batch', 'cards'],
      ['notice.board', 'notices'], ['notice.occupational', 'notices'],
    ]);
    for (const k of CARD_KINDS) expect(documentKind(k.id)).toBe(k);
    expect(documentKind('card.risk')!.units!(doc)).toHaveLength(16);
    const batch = documentKind('cards.batch')!.units!(doc).map((u) => u.id);
    expect(batch).toEqual(batchUnits(doc).map((u) => u.id));
    expect(batch.slice(0, 2)).toEqual(['enterprise', 'workshop:ws_cy']);
    expect(batch).toContain('team:team_wx');
    expect(documentKind('card.risk')!.check(doc)).toEqual({ blocking: [], warnings: [] });
    expect(documentKind('notice.occupational')!.check(doc)).toEqual({ blocking: [], warnings: [] });
  });
  it('a batch holds the four cards of every post of the unit, in org order', () => {
    const doc = sample();
    const items = cardContents(doc, 'cards.batch', { today: TODAY, preparer: '' }, 'team:team_sk');
    expect(items.map((c) => `${c.kind}:${'head' in c ? c.head.post : ''}`)).toEqual([
      'risk:数控车床操作工', 'operating:数控车床操作工', 'emergency:数控车床操作工', 'ack:数控车床操作工',
      'risk:加工中心操作工', 'operating:加工中心操作工', 'emergency:加工中心操作工', 'ack:加工中心操作工',
    ]);
  });
  it('builds raw PDF data (A4/A3) and an editable DOCX model', () => {
    const doc = sample();
    const k = documentKind('card.risk')!;
    const pdf = k.build(doc, 'pdf', { today: TODAY, preparer: '', pageSize: 'A3' }, 'post_cyg');
    expect(pdf.kind).toBe('raw');
    if (pdf.kind === 'raw') expect(pdf.data).toMatchObject({ paper: 'A3', title: '岗位安全风险告知卡' });
    const docx = k.build(doc, 'docx', { today: TODAY, preparer: '' }, 'post_cyg');
    // the DOCX is drawn by the same raw renderer from the same contents (QR image, hanging indents); the model is the preview
    expect(docx.kind).toBe('raw');
    if (docx.kind === 'raw') {
      expect(docx.model.blocks[0]).toEqual({ type: 'title', text: '岗位安全风险告知卡', level: 1 });
      expect(docx.model.blocks.some((b) => b.type === 'levelBand' && b.level === 'medium')).toBe(true);
    }
  });
  it('blocks cards when nothing is identified', () => {
    const doc = sample();
    const empty = { ...doc, hazards: [], assessments: [], riskPoints: [], postCards: [] };
    expect(documentKind('card.risk')!.check(empty).blocking.map((b) => b.code)).toEqual(['W_NO_HAZARDS']);
    expect(documentKind('notice.board')!.check(empty).blocking.map((b) => b.code)).toEqual(['W_NO_HAZARDS']);
    expect(documentKind('notice.occupational')!.check(empty).blocking.map((b) => b.code)).toEqual(['W_NO_OCCUPATIONAL_POSTS']);
  });
});

describe('measure clauses (what a card prints of a library measure)', () => {
  it('splits outside brackets and quotes, glues short dependent clauses', () => {
    expect(splitClauses('停电后验电，在开关处挂"禁止合闸，有人工作"牌并上锁；定期检验')).toEqual([['停电后验电', '在开关处挂"禁止合闸，有人工作"牌并上锁'], ['定期检验']]);
    expect(measureClauses('离车时货叉落地、前倾触地，拉手刹，拔钥匙；不得占用通道和消防通道')).toEqual([
      { kind: 'action', text: '离车时货叉落地、前倾触地，拉手刹，拔钥匙', stage: 'after' },
      { kind: 'prohibit', text: '禁止占用通道和消防通道', stage: 'during' },
    ]);
  });
  it('classifies management, PPE, prohibitions and worker actions', () => {
    const kinds = (t: string, enterprise = false) => measureClauses(t, { enterprise }).map((c) => `${c.kind}:${c.text}`);
    expect(kinds('安全阀每年至少校验一次，校验报告存档，到期前安排送检')).toEqual([]);
    expect(kinds('可燃气体报警器定期标定，防爆电气定期检查', true)).toEqual([]);
    expect(kinds('为电工配备合格的绝缘防护用品和绝缘工具')).toEqual([]);
    expect(kinds('穿防砸安全鞋，使用手用工具送取料')).toEqual(['ppe:穿防砸安全鞋', 'action:使用手用工具送取料']);
    expect(kinds('司机系安全带，场内行人穿反光背心（夜间或车流密集区域）')).toEqual(['ppe:司机系安全带', 'ppe:场内行人穿反光背心（夜间或车流密集区域）']);
    expect(kinds('严禁擅自拆除、屏蔽、调高保护装置，发现一次按违章处理')).toEqual(['prohibit:禁止擅自拆除、屏蔽、调高保护装置']);
    expect(kinds('操作者戴防护眼镜，不在尾端方向站立')).toEqual(['ppe:戴防护眼镜', 'prohibit:禁止在尾端方向站立']);
    // a sign's wording in quotes is not a prohibition of the step; a place named by a dropped clause stays
    expect(kinds('停电后验电，在开关处挂"禁止合闸，有人工作"牌并上锁')).toEqual(['action:停电后验电，在开关处挂"禁止合闸，有人工作"牌并上锁']);
    expect(kinds('泄爆口外划定危险区，禁止人员停留和堆放物品')).toEqual(['prohibit:泄爆口外禁止人员停留和堆放物品']);
    // the condition of a dropped PPE clause stays with the prohibition that depends on it
    expect(kinds('缺氧或浓度不明的场所使用正压式空气呼吸器，不得用过滤式面具')).toEqual(['ppe:缺氧或浓度不明的场所使用正压式空气呼吸器', 'prohibit:缺氧或浓度不明的场所禁止用过滤式面具']);
  });
  it('never leaves a comparison without its object, and picks the stage from the words', () => {
    expect(completeComparisons('在机床上标明卡盘允许最高转速，程序转速不得超过')).toBe('在机床上标明卡盘允许最高转速，程序转速不得超过卡盘允许最高转速');
    expect(measureClauses('在机床上标明卡盘允许最高转速，程序转速不得超过')).toEqual([{ kind: 'prohibit', text: '程序转速禁止超过卡盘允许最高转速', stage: 'during' }]);
    // “…后方可开车” is a check before starting; “归位” inside the quoted rule does not make it after-work
    expect(measureClauses('机床旁设扳手挂架，执行“扳手不离手，离手必归位”后方可开车')).toEqual([{ kind: 'action', text: '执行“扳手不离手，离手必归位”后方可开车', stage: 'before' }]);
    expect(measureClauses('检修、换挂轮时断电挂牌上锁，完工后先复位防护罩再送电').map((c) => c.stage)).toEqual(['during', 'after']);
    expect(isPpeClause('清理锋利切屑时穿戴防割手套（停机后）、防护眼镜')).toBe(true);
    expect(isPpeClause('数控车床加工时关闭防护门')).toBe(false);
  });
});

describe('print typography', () => {
  it('curls straight quotes, glues short groups and ranges, keeps numbers with units', () => {
    expect(unglued(typeset('挂"禁止合闸"牌'))).toBe('挂“禁止合闸”牌');
    expect(typeset('（一般）')).toBe(['（', '一', '般', '）'].join(GLUE));
    expect(typeset('氧含量19.5%～21%')).toBe(`氧含量19.5%${GLUE}～${GLUE}21%`);
    expect(typeset('二甲苯 10.6 mg/m³')).toBe(`二甲苯 10.6${NBSP}mg/m³`);
    expect(typeset('85 dB(A)')).toBe(`85${NBSP}dB(A)`);
    expect(typeset('拨打120')).toBe(['拨', '打', '120'].join(GLUE));
  });
});

describe('告知卡 content (issue: cards review)', () => {
  it('lists engineering measures first, then management marked by who carries it out; PPE only in the PPE field', () => {
    const doc = sample();
    const r = postCardSet(doc, 'post_pqg', TODAY)!.risk;
    expect(r.hazards[0]!.measures).toEqual([
      '调漆间、喷漆室设可燃气体报警器，报警时联锁强制排风并切断非防爆电源',
      '室内照明、开关、电机、排风机全部采用防爆型，开关尽量设在室外',
      '设机械排风，喷涂时保持室内微负压',
      '可燃气体报警器定期标定，防爆电气定期检查（企业落实）',
    ]);
    const press = postCardSet(doc, 'post_cyg', TODAY)!.risk;
    expect(press.hazards[0]!.measures[0]).toMatch(/^冲床装设光电保护或双手操纵装置，与离合器、制动器控制联锁/);
    for (const h of press.hazards) for (const m of h.measures) expect(m).not.toMatch(/^(?:穿|戴)|防砸安全鞋/);
  });
  it('keeps a PPE sentence whole where a clause is only its condition; shows emergency-only measures; upkeep is not an emergency action', () => {
    const m = (kind: 'ppe' | 'emergency' | 'management', text: string) => ({ kind, text, check: '', method: 'look' as const, level: 'post' as const });
    expect(riskCardMeasures([m('ppe', '进入采场，必须佩戴安全帽')])).toEqual(['进入采场，必须佩戴安全帽']);
    expect(riskCardMeasures([m('ppe', '穿防砸安全鞋，使用手用工具送取料')])).toEqual(['使用手用工具送取料']);
    expect(riskCardMeasures([m('emergency', '库房内严禁存放易燃、易爆物品')])).toEqual(['库房内严禁存放易燃、易爆物品']);
    expect(immediateAction('及时检查更换灭火器')).toBe('');
    expect(immediateAction('发生火灾时立即拨打119')).not.toBe('');
  });
  it('says what may happen from the accident types where no hazard records a consequence', () => {
    const doc = sample();
    const bare = { ...doc, hazards: doc.hazards.map((h) => ({ ...h, consequence: '' })) };
    const f = postFacts(bare, 'post_cyg')!;
    const named = f.accidentTypes.filter((t) => t !== '其他');
    expect(consequencesOf(f)).toEqual([`可能发生${named.slice(0, 4).join('、')}${named.length > 4 ? '等' : ''}事故，造成人员伤亡`]);
    expect(consequencesOf(postFacts(doc, 'post_cyg')!).length).toBeGreaterThan(1);
  });
  it('never prints an empty measures cell', () => {
    const doc = sample();
    for (const p of postsWithHazards(doc)) for (const h of postCardSet(doc, p.post.id, TODAY)!.risk.hazards) expect(h.measures.length, `${p.post.name} ${h.text}`).toBeGreaterThan(0);
    // the toxic-notice hazard of 喷漆工: its measures about the card itself are not printed, the warning line measure is
    const r = postCardSet(doc, 'post_pqg', TODAY)!.risk;
    expect(r.hazards.find((h) => h.text.startsWith('使用有毒物品的岗位'))!.measures).toEqual(['有毒作业岗位设警示标识、告知卡，高毒物品作业区设黄色警示线']);
    expect(riskCardMeasures([{ kind: 'emergency', text: '告知卡注明急救电话', check: '', method: 'look', level: 'team' }])).toEqual([FALLBACK_MEASURE]);
  });
  it('keeps the distinct characters of a card within the glyph budget, trimming low risks first', () => {
    const doc = withStressPost(sample());
    const r = postCardSet(doc, STRESS_POST_ID, TODAY)!.risk;
    const chars = new Set([...r.hazards.flatMap((h) => [h.text, ...h.measures]), ...r.consequences, ...r.emergency, ...r.ppe, ...r.accidentTypes].join(''));
    expect(chars.size).toBeLessThanOrEqual(RISK_CARD_GLYPH_BUDGET + 40);
    const major = r.hazards.filter((h) => h.level === 'major');
    expect(major.every((h) => h.measures.length >= 3)).toBe(true);
  });
  it('prints each consequence once, signs capped with information signs last, no sign against the post’s own work', () => {
    const doc = sample();
    const forklift = postCardSet(doc, 'post_ccsj', TODAY)!.risk;
    expect(forklift.signs.map((s) => s.id)).not.toContain('sign.no-forklift');
    for (const p of postsWithHazards(doc)) {
      const r = postCardSet(doc, p.post.id, TODAY)!.risk;
      expect(r.signs.length).toBeLessThanOrEqual(CARD_SIGN_CAP);
      expect(r.signs.map((s) => s.id)).toContain('sign.info-first-aid');
      expect(new Set(r.consequences).size).toBe(r.consequences.length);
    }
    const stress = postCardSet(withStressPost(doc), STRESS_POST_ID, TODAY)!.risk;
    expect(stress.consequences).toHaveLength(1);
  });
  it('limits gloves where 禁止戴手套 applies and drops 必须戴防护手套 there', () => {
    const doc = sample();
    for (const id of ['post_zjy', 'post_ptc', 'post_skc']) {
      const r = postCardSet(doc, id, TODAY)!.risk;
      const ids = r.signs.map((s) => s.id);
      if (!ids.includes('sign.no-gloves')) continue;
      expect(ids).not.toContain('sign.must-protective-gloves');
      for (const p of r.ppe.filter((x) => /手套/.test(x))) expect(p).toContain(GLOVES_NOTE);
    }
    expect(postCardSet(doc, 'post_zjy', TODAY)!.risk.ppe).toContain(`防割手套${GLOVES_NOTE}`);
  });
  it('prints the post’s own equipment instead of a generic list of noise sources', () => {
    expect(localizedHazardText('空压机、风机、冲床、织机、粉碎机等噪声源未隔声', ['开式冲床', '闭式压力机'])).toBe('开式冲床、闭式压力机等噪声源未隔声');
    expect(localizedHazardText('空压机、风机、冲床等噪声源未隔声', [])).toBe('空压机、风机、冲床等噪声源未隔声');
    const r = postCardSet(sample(), 'post_cyg', TODAY)!.risk;
    expect(r.hazards.some((h) => /织机|粉碎机/.test(h.text))).toBe(false);
  });
});

describe('操作卡 content (issue: cards review #4)', () => {
  it('has no management items, no repeated PPE, no truncated clauses, and no machine steps for posts without machines', () => {
    const doc = sample();
    for (const p of postsWithHazards(doc)) {
      const o = postCardSet(doc, p.post.id, TODAY)!.operating;
      const steps = o.stages.flatMap((s) => s.steps.map((x) => x.text));
      for (const t of steps) {
        expect(t, `${p.post.name}: ${t}`).not.toMatch(/台账|存档|校验|送检|建立|配备|持证上岗|考核|按违章/);
        expect(t, `${p.post.name}: ${t}`).not.toMatch(/^(?:穿|戴|佩戴|系)[^，]{0,10}(?:鞋|帽|眼镜|手套|耳塞|口罩|面具)$/);
      }
      for (const t of o.prohibited) {
        expect(t).toContain('禁止');
        expect(t).not.toMatch(/(?:超过|低于|高于)$/);
        expect(t).not.toMatch(/违章|考核/);
      }
    }
    const safety = postCardSet(doc, 'post_aqy', TODAY)!.operating;
    expect(safety.stages.map((s) => s.stage)).toEqual(['before', 'during']);
    const inspector = postCardSet(doc, 'post_zjy', TODAY)!.operating;
    expect(inspector.stages.flatMap((s) => s.steps.map((x) => x.text)).join('')).not.toMatch(/关闭气源|停机并切断电源/);
    const lathe = postCardSet(doc, 'post_skc', TODAY)!.operating;
    expect(lathe.stages[0]!.steps.map((s) => s.text)).toContain('执行“扳手不离手，离手必归位”后方可开车');
    expect(lathe.prohibited).toContain('程序转速禁止超过卡盘允许最高转速');
    // a forklift driver checks the truck before starting
    expect(postCardSet(doc, 'post_ccsj', TODAY)!.operating.stages[0]!.steps[0]!.text).toBe(VEHICLE_CHECK);
  });
});

describe('应急处置卡 content (issue: cards review #7, #20, #21)', () => {
  it('titles in GB 6441-2025 words, scenarios only where the hazards name them, immediate actions only', () => {
    const doc = sample();
    const titles = (id: string) => postCardSet(doc, id, TODAY)!.emergency.scenarios.map((s) => s.title);
    expect(titles('post_cyg')).toEqual(['机械致害应急处置', '物体打击应急处置']);
    expect(titles('post_ccsj')[0]).toBe('厂（场）内车辆致害应急处置');
    expect(titles('post_pqg')).not.toContain('燃气、煤气泄漏应急处置');
    expect(titles('post_tqg')).not.toContain('燃气、煤气泄漏应急处置');
    for (const p of postsWithHazards(doc)) {
      const s = postCardSet(doc, p.post.id, TODAY)!;
      for (const line of [...s.emergency.own, ...s.risk.emergency]) expect(line, `${p.post.name}: ${line}`).not.toMatch(/告知牌|预案|演练|编制|配备|掌握|配足/);
    }
    expect(immediateAction('编制压力容器事故现场处置方案并演练')).toBe('');
    expect(immediateAction('发现无证驾驶立即制止、收回钥匙，按违章处理')).toBe('发现无证驾驶立即制止、收回钥匙');
  });
});

describe('职业病危害告知卡 content (issue: cards review #8, #15)', () => {
  it('judges the monitoring result against the limit and says what to do when over', () => {
    expect(monitoringJudgement('88.6 dB(A)', '85 dB(A)')).toBe('超标');
    expect(monitoringJudgement('甲苯 12.5 mg/m³，二甲苯 18.0 mg/m³', '均为 50 mg/m³')).toBe('合格');
    expect(monitoringJudgement('1.2 mg/m3', '1 mg/m3')).toBe('超标');
    expect(monitoringJudgement('12、60', '50、50')).toBe('超标');
    expect(monitoringJudgement('', '85 dB(A)')).toBe('');
    const doc = sample();
    const noise = postCardSet(doc, 'post_cyg', TODAY)!.occupational!;
    expect(noise.head.number).toBe('AG-CY01-v1-ZY');
    expect(noise.agents[0]!.monitoring).toMatchObject({ judgement: '超标', action: expect.stringMatching(/降低噪声.*重新检测/) });
    expect(noise.signs.map((s) => s.title)).toEqual(['噪声有害', '必须戴护耳器']);
    expect(noise.phones.map((p) => p.number)).toEqual(['120', '12320']);
    const toxic = postCardSet(doc, 'post_tqg', TODAY)!.occupational!;
    expect(toxic.agents[0]!.monitoring.results).toEqual(['甲苯 8.2 mg/m³', '二甲苯 10.6 mg/m³']);
    expect(toxic.agents[0]!.properties).toMatch(/^甲苯、二甲苯：无色透明液体/);
    // only the post's worker measures: no process step of another trade
    const grinder = postCardSet(doc, 'post_mg', TODAY)!.occupational!;
    expect(grinder.agents[0]!.protection.join('')).not.toMatch(/投料/);
  });
});

describe('安全风险公告栏 poster content and the one date rule (#11, #23)', () => {
  it('counts per level, key measures engineering first, signs capped; dated like the cards', () => {
    const doc = sample();
    const b = cardContents(doc, 'notice.board', { today: TODAY, preparer: '' }, 'enterprise')[0] as BoardContent;
    expect(b.counts.reduce((s, c) => s + c.count, 0)).toBe(b.rows.length);
    expect(b.counts.map((c) => c.label).slice(0, 4)).toEqual(['重大', '较大', '一般', '低']);
    expect(b.rows[0]!.keyMeasures[0]).toBe('调漆间、喷漆室设可燃气体报警器，报警时联锁强制排风并切断非防爆电源');
    expect(b.rows.every((r) => r.keyMeasures.length <= BOARD_KEY_MEASURES)).toBe(true);
    expect(b.signs.length).toBeLessThanOrEqual(BOARD_SIGN_CAP);
    // boards carry the issue date of the cards they cover, not the print date
    expect(b.date).toBe(SAMPLE_CARDS_DATE);
    for (const r of b.rows) for (const e of r.emergency) expect(e).not.toMatch(/告知牌|预案|演练|掌握/);
  });
});
