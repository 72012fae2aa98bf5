import { describe, expect, it } from 'vitest';
import { ppeItem } from './ppe';
import { PPE_KEYWORD_IDS, PPE_KEYWORDS, PPE_WITHOUT_KEYWORD, ppeInText } from './ppeKeywords';

const ids = (text: string, kind: 'measure' | 'hazard' = 'measure', context?: string) => ppeInText(text, kind, context).map((m) => m.ppeId);

describe('PPE keywords', () => {
  it('map only to PPE registry ids, and every registry item has a keyword', () => {
    for (const id of PPE_KEYWORD_IDS) expect(ppeItem(id), id).toBeDefined();
    expect(PPE_WITHOUT_KEYWORD).toEqual([]);
  });

  it('list each word once', () => {
    const words = PPE_KEYWORDS.flatMap((k) => k.words);
    expect(new Set(words).size).toBe(words.length);
  });

  it('read the items a measure names', () => {
    expect(ids('进入采场，必须佩戴安全帽')).toEqual(['ppe.safety-helmet']);
    expect(ids('高处作业必须系好安全带，并戴安全帽')).toEqual(['ppe.safety-harness', 'ppe.safety-helmet']);
    expect(ids('打磨时戴防尘口罩、护目镜和耳塞')).toEqual(['ppe.dust-mask-kn95', 'ppe.safety-glasses', 'ppe.earplugs']);
    expect(ids('进入罐内佩戴防毒面具或正压式空气呼吸器')).toEqual(['ppe.gas-mask', 'ppe.scba']);
    expect(ids('停送电操作戴绝缘手套、穿绝缘鞋')).toEqual(['ppe.gloves-insulating', 'ppe.insulating-shoes']);
    expect(ids('厂区道路作业穿反光背心')).toEqual(['ppe.reflective-vest']);
    expect(ids('水池边作业穿救生衣')).toEqual(['ppe.life-jacket']);
    expect(ids('搬运时穿劳保鞋、戴劳保手套')).toEqual(['ppe.safety-shoes', 'ppe.gloves-general']);
    expect(ids('佩戴耳罩')).toEqual(['ppe.earmuffs']);
  });

  it('take the longest word (绝缘手套 is not also 手套; 防毒面罩 is not 防护面罩)', () => {
    expect(ids('戴绝缘手套')).toEqual(['ppe.gloves-insulating']);
    expect(ids('戴防毒面罩')).toEqual(['ppe.gas-mask']);
    expect(ids('佩戴KN95口罩')).toEqual(['ppe.dust-mask-kn95']);
  });

  it('ignore what a measure forbids or takes off', () => {
    expect(ids('操作钻床禁止戴手套')).toEqual([]);
    expect(ids('严禁戴手套操作车床，必须戴防护眼镜')).toEqual(['ppe.safety-glasses']);
    expect(ids('必须戴安全帽、禁止戴手套')).toEqual(['ppe.safety-helmet']);
    expect(ids('操作旋转设备时摘下手套')).toEqual([]);
    expect(ids('禁止戴绝缘手套以外的手套')).toEqual([]);
    // a prohibition of not wearing is a duty
    expect(ids('严禁不系安全带登高')).toEqual(['ppe.safety-harness']);
    expect(ids('禁止吸烟、必须戴安全帽')).toEqual(['ppe.safety-helmet']);
  });

  it('read a hazard text only where the item is missing or faulty', () => {
    expect(ids('在破碎机上检修未系安全带', 'hazard')).toEqual(['ppe.safety-harness']);
    expect(ids('上部浮石坠落，未佩戴安全帽', 'hazard')).toEqual(['ppe.safety-helmet']);
    expect(ids('安全帽质量不合格', 'hazard')).toEqual(['ppe.safety-helmet']);
    expect(ids('电焊面罩露光', 'hazard')).toEqual(['ppe.welding-shield']);
    // wearing gloves at a slicer is the hazard itself
    expect(ids('大厨使用和面机、切肉机戴手套或注意力不集中', 'hazard')).toEqual([]);
    expect(ids('劳动防护用品佩戴不全', 'hazard')).toEqual([]);
  });

  it('need a wearing verb for words that also name other things', () => {
    // 安全带 here is a safe strip along the bench edge
    expect(ids('在上部台阶边缘安全带进行辅助作业的挖掘机，应超前下部台阶')).toEqual([]);
    // a gas cylinder's cap
    expect(ids('氧气乙炔瓶无防护帽、减震圈倒地', 'hazard')).toEqual([]);
    expect(ids('及时检查安装防护帽及减震圈')).toEqual([]);
    expect(ids('进入车间戴好工作帽')).toEqual(['ppe.protective-cap']);
  });

  it('refine a generic word by the work of the text or its context', () => {
    expect(ids('焊接时，必须佩戴长袖防护手套')).toEqual(['ppe.gloves-welding']);
    expect(ids('作业时做好隔热措施，带防护手套')).toEqual(['ppe.gloves-heat']);
    expect(ids('焊接时，必须佩戴防护面罩')).toEqual(['ppe.welding-shield']);
    expect(ids('及时检查更换防护面罩')).toEqual(['ppe.face-shield']);
    expect(ids('及时检查更换防护面罩', 'measure', '电焊面罩露光\n及时检查更换防护面罩')).toEqual(['ppe.welding-shield']);
  });

  it('give each item once, with the word that named it', () => {
    expect(ppeInText('戴安全帽；进入现场必须戴安全帽', 'measure')).toEqual([{ ppeId: 'ppe.safety-helmet', word: '安全帽' }]);
    expect(ppeInText('', 'measure')).toEqual([]);
  });
});
