import { describe, expect, it } from 'vitest';
import { readAccidentTypes, detectAccidentEdition } from './accident';
import { parseChain } from './chain';
import { detectDelimiter, parseCsv } from './csv';
import { matchHeader } from './fields';
import { applyMerges, csvWorkbook, parseRange } from './grid';
import { checkMapping, detectHeader, headerColumns, headerKey, suggestMapping } from './header';
import { levelOfFill, parseLevelText } from './levels';
import { measureKindOf, readSigns, splitMeasures } from './measures';
import { isPlaceName, parsePostCell, postMatchScore } from './orgNames';
import { cleanText, parseNumber } from './text';

describe('cell text', () => {
  it('normalises full-width digits, letters and brackets, keeps codes as text', () => {
    expect(cleanText('　Ｌ（可能性)　')).toBe('L（可能性）');
    expect(cleanText('振筛工(振筛作业)')).toBe('振筛工（振筛作业）');
    expect(cleanText('３．２ mm')).toBe('3.2 mm');
    expect(cleanText('000123')).toBe('000123');
    expect(cleanText('01012345678')).toBe('01012345678');
    expect(cleanText('11010119900307123X')).toBe('11010119900307123X');
    expect(cleanText('a\u200Bb\r\nc')).toBe('ab\nc');
  });
  it('reads numbers as registers write them and refuses the rest', () => {
    expect(parseNumber('５．９５')).toBe(5.95);
    expect(parseNumber(' 1,200 ')).toBe(1200);
    expect(parseNumber('0.50')).toBe(0.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('约3')).toBeNull();
    expect(parseNumber('1,2')).toBeNull();
    expect(parseNumber('3-6')).toBeNull();
  });
});

describe('CSV', () => {
  it('keeps quoted separators, doubled quotes and line breaks inside cells; CRLF and BOM', () => {
    const rows = parseCsv('\uFEFF序号,危险因素\r\n1,"一行，两行\n第二行"\r\n2,"说""明"",含,逗号"\r\n');
    expect(rows).toEqual([['序号', '危险因素'], ['1', '一行，两行\n第二行'], ['2', '说"明",含,逗号']]);
  });
  it('detects tab and semicolon separators', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a,b\n"x,y",2\n')).toBe(',');
  });
  it('drops blank records (thousands of trailing ,,,) and keeps row numbers', () => {
    const wb = csvWorkbook('清单.csv', `序号,危险因素\n1,甲\n${',,\n'.repeat(5000)}`, 'utf-8', 'utf-8');
    expect(wb.sheets[0]!.name).toBe('清单');
    expect(wb.sheets[0]!.rows.map((r) => r.row)).toEqual([1, 2]);
  });
});

describe('merged cells', () => {
  it('copies the master text into the range', () => {
    expect(parseRange('B3:D4')).toEqual({ top: 3, left: 2, bottom: 4, right: 4 });
    const rows = applyMerges([{ row: 1, cells: ['标题'] }, { row: 3, cells: ['', '岗位'] }], [{ top: 1, left: 1, bottom: 1, right: 3 }, { top: 3, left: 2, bottom: 5, right: 2 }]);
    expect(rows.map((r) => [r.row, r.cells])).toEqual([[1, ['标题', '标题', '标题']], [3, ['', '岗位']], [4, ['', '岗位']], [5, ['', '岗位']]]);
  });
});

describe('header synonyms', () => {
  it.each([
    ['序号', 'seq'], ['岗位', 'post'], ['风险点', 'riskPoint'], ['设备设施', 'riskPoint'], ['作业活动', 'riskPoint'], ['场所', 'riskPoint'],
    ['危险因素', 'hazard'], ['危险源', 'hazard'], ['危害因素', 'hazard'], ['风险描述', 'hazard'], ['危险因素（原因）', 'hazard'], ['危险源(原因)', 'hazard'],
    ['危害因素类别', 'factorCategory'], ['事故类型', 'accidentType'], ['可能导致的事故类型', 'accidentType'], ['管控措施', 'measures'],
    ['控制措施', 'measures'], ['L', 'L'], ['E', 'E'], ['C', 'C'], ['S', 'S'], ['D', 'score'], ['R', 'score'], ['风险值', 'score'],
    ['事故发生的可能性（L）', 'L'], ['暴露于危险环境的频繁程度(E)', 'E'], ['风险值（D=L×E×C）', 'score'], ['Ｌ值', 'L'],
    ['风险等级', 'level'], ['风险级别', 'level'], ['责任人', 'responsibility'], ['责任单位', 'responsibility'],
    ['cause', 'hazard'], ['trouble_name', 'accidentType'], ['num_d', 'score'], ['level_name', 'level'], ['person_name', 'responsibility'],
    ['post_name', 'post'], ['harmful_factors', 'factorCategory'], ['工程技术措施', 'measureEngineering'], ['安全警示标志', 'signs'],
  ])('%s → %s', (h, f) => expect(matchHeader(h)?.field).toBe(f));
  it('leaves unknown headers and 管控层级 unmapped', () => {
    expect(matchHeader('管控层级')).toBeNull();
    expect(matchHeader('备注')).toBeNull();
    expect(matchHeader('possibility')).toBeNull();
  });
});

const REGISTER = [
  { row: 1, cells: Array(8).fill('某公司安全风险分级管控清单') },
  { row: 2, cells: ['编制单位：安全科', '', '', '', '', '', '', '日期：2024-03-01'] },
  { row: 4, cells: ['序号', '岗位', '危险因素（原因）', '风险评价', '风险评价', '风险评价', '风险评价', '风险等级'] },
  { row: 5, cells: ['序号', '岗位', '危险因素（原因）', 'L', 'E', 'C', 'D', '风险等级'] },
  { row: 6, cells: ['1', '冲压工', '冲床无光电保护', '3', '6', '7', '126', '一般风险'] },
];

describe('header detection', () => {
  it('finds a two-row header under a title, flattening the merged group cell', () => {
    const sheet = { name: 'S', rows: REGISTER };
    const d = detectHeader(sheet);
    expect(d.best?.rows).toEqual([4, 5]);
    expect(d.sure).toBe(true);
    const cols = headerColumns(sheet, d.best!.rows);
    expect(cols.map((c) => c.text)).toEqual(['序号', '岗位', '危险因素（原因）', '风险评价/L', '风险评价/E', '风险评价/C', '风险评价/D', '风险等级']);
    expect(suggestMapping(cols).columns).toEqual(['seq', 'post', 'hazard', 'L', 'E', 'C', 'score', 'level']);
    expect(headerKey(cols)).toBe('序号|岗位|危险因素（原因）|风险评价/L|风险评价/E|风险评价/C|风险评价/D|风险等级');
  });
  it('is unsure when the best row is weak, and finds nothing in a sheet without a header', () => {
    const weak = detectHeader({ name: 'S', rows: [{ row: 1, cells: ['危险因素', '等级'] }, { row: 2, cells: ['甲', '低'] }] });
    expect(weak.best?.rows).toEqual([1]);
    expect(weak.sure).toBe(false);
    expect(detectHeader({ name: 'S', rows: [{ row: 1, cells: ['张三', '13800000000'] }, { row: 2, cells: ['李四', '010-1234'] }] }).best).toBeNull();
  });
  it('a mapping must give a hazard column and a score or level column', () => {
    expect(() => checkMapping({ columns: ['post', 'score'] })).toThrow(expect.objectContaining({ code: 'E_IMPORT_COLUMNS', details: { missing: ['hazard'] } }));
    expect(() => checkMapping({ columns: ['hazard', 'post'] })).toThrow(expect.objectContaining({ code: 'E_IMPORT_COLUMNS', details: { missing: ['score|level'] } }));
    expect(() => checkMapping({ columns: ['hazard', 'level', 'level'] })).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT', details: { field: 'level', problem: 'duplicate', columns: [1, 2] } }));
    expect(checkMapping({ columns: ['hazard', 'level', 'measures', 'measures'] }).measures).toEqual([2, 3]);
  });
});

describe('levels and colours', () => {
  it.each([
    ['低风险', 'low'], ['低', 'low'], ['蓝', 'low'], ['蓝色', 'low'], ['Ⅳ级', 'low'], ['一般风险', 'medium'], ['黄', 'medium'],
    ['较大风险', 'high'], ['橙色', 'high'], ['重大', 'major'], ['红', 'major'], ['较大（橙）', 'high'], ['低风险(蓝色)', 'low'], ['（红）', 'major'],
  ])('%s → %s', (t, l) => expect(parseLevelText(t)).toBe(l));
  it('refuses text that is not a level', () => {
    expect(parseLevelText('')).toBeNull();
    expect(parseLevelText('待定')).toBeNull();
  });
  it('reads solid fills by hue', () => {
    expect(levelOfFill('FFFF0000')).toBe('major');
    expect(levelOfFill('FFFFC000')).toBe('high');
    expect(levelOfFill('FFFFFF00')).toBe('medium');
    expect(levelOfFill('FF0070C0')).toBe('low');
    expect(levelOfFill('FFFFFFFF')).toBeNull();
    expect(levelOfFill('FF00B050')).toBeNull();
  });
});

describe('responsibility chains', () => {
  it('reads levels, roles and units', () => {
    const c = parseChain('生产科长、破碎班组长、破碎工');
    expect(c.items.map((i) => [i.level, i.role, i.unit])).toEqual([
      ['workshop', 'workshopHead', '生产科'], ['team', 'teamLeader', '破碎班组'], ['post', 'worker', '破碎工'],
    ]);
    expect(c.repaired).toBe(false);
  });
  it('handles missing separators and stray spaces', () => {
    const a = parseChain('生产科长破碎班组长、操作人员');
    expect(a.items.map((i) => i.text)).toEqual(['生产科长', '破碎班组长', '操作人员']);
    expect(a.repaired).toBe(true);
    const b = parseChain('生产科长、钻孔 班长、钻孔人员 ');
    expect(b.items.map((i) => [i.level, i.unit])).toEqual([['workshop', '生产科'], ['team', '钻孔班组'], ['post', '钻孔人员']]);
    expect(b.repaired).toBe(true);
    expect(parseChain('安全科科长').items[0]).toMatchObject({ level: 'workshop', role: 'safetyManager', unit: '安全科' });
    expect(parseChain('矿山主要负责人').items[0]).toMatchObject({ level: 'enterprise', role: 'principal' });
    expect(parseChain('办公室主任、各办公室人员').items.map((i) => i.unit)).toEqual(['办公室', '办公室人员']);
    expect(parseChain('生产科长、钻孔班组班长').items[1]!.unit).toBe('钻孔班组');
    // generic titles name a level and a role, not a unit called 车间 or 班组
    expect(parseChain('车间主任、班组长、操作工').items.map((i) => [i.level, i.role, i.unit])).toEqual([
      ['workshop', 'workshopHead', null], ['team', 'teamLeader', null], ['post', 'worker', '操作工'],
    ]);
    expect(parseChain('部门经理、各班组长').items.map((i) => i.unit)).toEqual([null, null]);
  });
  it('records a person only where a name is written with the role', () => {
    expect(parseChain('班组长（张三）').items[0]).toMatchObject({ level: 'team', role: 'teamLeader', person: '张三' });
    expect(parseChain('生产科长、破碎工').items.every((i) => i.person === null)).toBe(true);
  });
});

describe('accident types', () => {
  it('splits joined types by longest match and maps 1986 names', () => {
    const r = readAccidentTypes('火灾其他爆炸', 'GB 6441-1986');
    expect(r.readings.map((x) => [x.kind, x.kind === 'choice' ? x.from : x.code])).toEqual([['mapped', 'WSA10009'], ['choice', '其他爆炸']]);
    expect(readAccidentTypes('机械伤害物体打击', 'GB 6441-1986').readings.map((x) => x.code)).toEqual(['WSA10004', 'WSA10001']);
  });
  it('reads aliases, 其它 and the non-types', () => {
    expect(readAccidentTypes('高空坠落', 'GB 6441-2025').readings[0]).toMatchObject({ kind: 'mapped', code: 'WSA10010', why: 'alias' });
    expect(readAccidentTypes('其它伤害', 'GB 6441-1986').readings[0]).toMatchObject({ kind: 'choice', from: '其他伤害', code: 'WSA10099' });
    expect(readAccidentTypes('触电、火灾', 'GB 6441-1986').readings.map((x) => x.kind)).toEqual(['ok', 'ok']);
    const n = readAccidentTypes('综合伤害,全部伤害，人身伤害', 'GB 6441-1986');
    expect(n.readings).toEqual([]);
    expect(n.unknown).toEqual(['综合伤害', '全部伤害', '人身伤害']);
  });
  it('detects the edition of a register', () => {
    expect(detectAccidentEdition(['触电', '机械伤害'])).toBe('GB 6441-1986');
    expect(detectAccidentEdition(['触电', '机械致害'])).toBe('GB 6441-2025');
    expect(detectAccidentEdition(['触电', '火灾'])).toBe('GB 6441-2025');
  });
});

describe('measures and signs', () => {
  it('splits enumerated measures and guesses their kind', () => {
    expect(splitMeasures('1、加装防护罩；2、作业前培训\n3.佩戴安全帽')).toEqual(['加装防护罩', '作业前培训', '佩戴安全帽']);
    expect(splitMeasures('间距不小于3.2 m，设置护栏')).toEqual(['间距不小于3.2 m，设置护栏']);
    expect(measureKindOf('作业中必须按要求穿戴好劳保用品')).toBe('ppe');
    expect(measureKindOf('加强岗位安全培训')).toBe('training');
    expect(measureKindOf('设置防护栏杆')).toBe('engineering');
    expect(measureKindOf('发生事故立即启动应急预案')).toBe('emergency');
    expect(measureKindOf('严格执行操作规程')).toBe('management');
  });
  it('matches GB 2894 titles and offers the nearest signs for other names', () => {
    const s = readSigns('当心触电、必须穿戴劳保用品');
    expect(s[0]).toMatchObject({ text: '当心触电', id: 'sign.warn-electric-shock' });
    expect(s[1]!.id).toBeNull();
    expect(s[1]!.nearest.length).toBe(3);
    expect(s[1]!.nearest[0]!.title).toMatch(/^必须穿/);
  });
});

describe('post cells', () => {
  it('separates the post, its job content and equipment; tells places from posts', () => {
    expect(parsePostCell('焊工（电焊作业、电焊机、切割机）')).toEqual({ name: '焊工', jobContent: '电焊作业', equipment: ['电焊机', '切割机'], isPlace: false });
    expect(parsePostCell('汽车司机、洒水车司机(运输、洒水作业；自卸汽车、洒水车)')).toEqual({ name: '汽车司机、洒水车司机', jobContent: '运输、洒水作业', equipment: ['自卸汽车', '洒水车'], isPlace: false });
    expect(isPlaceName('变压器、配电柜')).toBe(true);
    expect(isPlaceName('皮带')).toBe(true);
    expect(isPlaceName('集控室操作工')).toBe(false);
    expect(isPlaceName('安保')).toBe(false);
    expect(postMatchScore('挖掘机操作人员', '挖掘机司机')).toBe(2);
    expect(postMatchScore('振动筛操作人员', '振筛工')).toBe(1);
    expect(postMatchScore('特种电工', '电工')).toBe(2);
    expect(postMatchScore('库管人员', '电工')).toBe(0);
  });
});
