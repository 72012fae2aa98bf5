import { describe, expect, it } from 'vitest';
import { textHeight, textLines } from './pdf';
import { lineText, wrapRuns, type WidthEm } from './textLayout';

// Fixed metrics make the rules easy to see: CJK and full-width punctuation 1 em, the rest 0.5 em.
const em: WidthEm = (cp) => (cp >= 0x2e80 ? 1 : 0.5);
const wrap = (text: string, widthEm: number): string[] => wrapRuns([{ text }], widthEm * 10, 10, em).map(lineText);

describe('line breaking (CJK per character, kinsoku, Latin words)', () => {
  it('breaks Chinese between any two characters and keeps every character', () => {
    const lines = wrap('作业前确认设备完好按规程操作', 5);
    expect(lines).toEqual(['作业前确认', '设备完好按', '规程操作']);
  });
  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // "，" would start line 2: the character before it moves down with it
    expect(wrap('一二三四五，六七', 5)).toEqual(['一二三四', '五，六七']);
    // "（" would end line 1: it moves down to its word
    expect(wrap('一二三四（五）', 5)).toEqual(['一二三四', '（五）']);
    for (const line of wrap('检查双手按钮、急停按钮和光电保护装置，发现失效立即停机报修；模具调整时使用安全栓。', 7)) {
      expect('，。、；：？！）》”').not.toContain(line[0]);
    }
  });
  it('keeps Latin words and numbers whole and breaks after spaces', () => {
    expect(wrap('限速 5 km/h 以内', 3)).toEqual(['限速 5', 'km/h', '以内']);
    expect(wrap('GB 26860-2011', 5)).toEqual(['GB', '26860-2011']);
  });
  it('breaks a word wider than the line per character instead of letting it run over', () => {
    const lines = wrap('ABCDEFGHIJ', 2);
    expect(lines).toEqual(['ABCD', 'EFGH', 'IJ']);
  });
  it('honours \\n and keeps empty lines', () => {
    expect(wrap('一\n\n二', 5)).toEqual(['一', '', '二']);
    expect(wrap('', 5)).toEqual([]);
  });
  it('never returns a line wider than the width (real font metrics)', () => {
    const text = '配电房张贴“有电危险”“禁止合闸”标志，配备绝缘手套、绝缘靴和验电器，每年进行预防性试验（GB 26860-2011）。';
    for (const w of [40, 73.5, 120, 333]) {
      const lines = wrapRuns([{ text }], w, 9);
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(w + 1e-6);
      expect(lines.map(lineText).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
  it('keeps run styles per segment', () => {
    const [line] = wrapRuns([{ text: '填写要求：', bold: true }, { text: '逐项排查', color: '#E60012' }], 500, 10);
    expect(line!.segs.map((s) => [s.text, s.bold, s.color])).toEqual([
      ['填写要求：', true, undefined],
      ['逐项排查', false, '#E60012'],
    ]);
    expect(line!.segs[1]!.x).toBeCloseTo(line!.segs[0]!.width, 6);
  });
});

describe('textHeight / textLines (measuring helper for frames)', () => {
  it('counts lines with Noto Sans SC metrics: CJK characters are 1 em wide', () => {
    expect(textHeight('', 100, 10)).toBe(0);
    expect(textHeight('安全', 100, 10)).toBeCloseTo(15, 6); // one line × 10 pt × 1.5
    expect(textLines('一二三四五六七八九十', 50, 10)).toEqual(['一二三四五', '六七八九十']);
    expect(textLines('一二三四五六七八九十', 49.9, 10)).toHaveLength(3);
    expect(textHeight('一二三四五六七八九十', 50, 10, true, 1.2)).toBeCloseTo(24, 6);
  });
});
