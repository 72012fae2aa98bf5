import { describe, expect, it } from 'vitest';
import {
  allowedDisplay, allowedValues, isOnScale, LEC_DANGER_CLASSES, LEC_SCALES, lecDangerClassZh, LS_SCALES, stepMeaningZh,
} from './scales';

describe('LEC scales (domain-facts §4.2)', () => {
  it('has the classic steps, highest first', () => {
    expect(LEC_SCALES.L.map((s) => s.value)).toEqual([10, 6, 3, 1, 0.5, 0.2, 0.1]);
    expect(LEC_SCALES.E.map((s) => s.value)).toEqual([10, 6, 3, 2, 1, 0.5]);
    expect(LEC_SCALES.C.map((s) => s.value)).toEqual([100, 40, 15, 7, 3, 1]);
  });
  it('gives each step its Chinese meaning', () => {
    expect(stepMeaningZh('LEC', 'L', 10)).toBe('完全可以预料');
    expect(stepMeaningZh('LEC', 'L', 0.1)).toBe('实际不可能');
    expect(stepMeaningZh('LEC', 'E', 10)).toBe('连续暴露');
    expect(stepMeaningZh('LEC', 'E', 6)).toBe('每天工作时间内暴露');
    expect(stepMeaningZh('LEC', 'C', 100)).toBe('大灾难，许多人死亡');
    expect(stepMeaningZh('LEC', 'C', 1)).toBe('引人注目，需要救护');
    expect(stepMeaningZh('LEC', 'C', 2)).toBeUndefined();
    for (const f of ['L', 'E', 'C'] as const) {
      const texts = LEC_SCALES[f].map((s) => s.meaningZh);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
  it('lists allowed values ascending for messages', () => {
    expect(allowedValues('LEC', 'L')).toEqual([0.1, 0.2, 0.5, 1, 3, 6, 10]);
    expect(allowedDisplay('LEC', 'L')).toBe('0.1、0.2、0.5、1、3、6、10');
    expect(allowedDisplay('LEC', 'E')).toBe('0.5、1、2、3、6、10');
    expect(allowedDisplay('LEC', 'C')).toBe('1、3、7、15、40、100');
    expect(isOnScale('LEC', 'C', 7)).toBe(true);
    expect(isOnScale('LEC', 'C', 8)).toBe(false);
    expect(isOnScale('LEC', 'L', 0.3)).toBe(false);
  });
  it('labels D with the five classic danger classes (display only)', () => {
    expect(LEC_DANGER_CLASSES).toHaveLength(5);
    expect(lecDangerClassZh(320.5)).toBe('极其危险，不能继续作业');
    expect(lecDangerClassZh(320)).toBe('高度危险，要立即整改');
    expect(lecDangerClassZh(252)).toBe('高度危险，要立即整改');
    expect(lecDangerClassZh(160)).toBe('显著危险，需要整改');
    expect(lecDangerClassZh(108)).toBe('显著危险，需要整改');
    expect(lecDangerClassZh(70)).toBe('一般危险，需要注意');
    expect(lecDangerClassZh(20)).toBe('稍有危险，可以接受');
    expect(lecDangerClassZh(0.05)).toBe('稍有危险，可以接受');
  });
});

describe('LS scales (domain-facts §4.3)', () => {
  it('has five steps 5…1 with criteria', () => {
    expect(LS_SCALES.L.map((s) => s.value)).toEqual([5, 4, 3, 2, 1]);
    expect(LS_SCALES.S.map((s) => s.value)).toEqual([5, 4, 3, 2, 1]);
    expect(allowedDisplay('LS', 'S')).toBe('1、2、3、4、5');
    expect(LS_SCALES.S[0]!.aspectsZh.people).toBe('死亡');
    expect(LS_SCALES.S[0]!.criteriaZh).toContain('100万元');
    expect(LS_SCALES.S[2]!.aspectsZh.loss).toBe('1万元及以上');
    for (const f of ['L', 'S'] as const) {
      const texts = LS_SCALES[f].map((s) => s.criteriaZh);
      expect(new Set(texts).size).toBe(5);
      for (const t of texts) expect(t.length).toBeGreaterThan(10);
    }
    expect(isOnScale('LS', 'L', 2.5)).toBe(false);
    expect(isOnScale('LS', 'L', 0)).toBe(false);
  });
});
