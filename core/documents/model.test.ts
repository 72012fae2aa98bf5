import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../model/vocab';
import { BLACK, RISK_COLOURS, contrastRatio, isHexColour, levelBandLabel, riskLevelCell } from './colours';
import { cellObject, defaultMarginsMm, groupHeaderProblem, pageSizeMm, paragraphRuns, rowSpanGrid } from './model';

describe('document model helpers', () => {
  it('computes row spans, covered positions and clamps spans at the end', () => {
    const columns = [{ key: 'a' }, { key: 'b' }];
    const rows = [{ a: { text: 'x', rowSpan: 3 }, b: '1' }, { a: 'ignored', b: '2' }, { b: '3' }, { a: { text: 'y', rowSpan: 5 }, b: '4' }];
    expect(rowSpanGrid(columns, rows)).toEqual([
      [3, 1],
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
  });
  it('checks group header spans against the columns', () => {
    expect(groupHeaderProblem(undefined, 3)).toBeNull();
    expect(groupHeaderProblem([{ title: '', span: 1 }, { title: '管控措施', span: 2 }], 3)).toBeNull();
    expect(groupHeaderProblem([{ title: '管控措施', span: 2 }], 3)).toMatch(/add up to 2/);
    expect(groupHeaderProblem([{ title: 'x', span: 0 }, { title: 'y', span: 3 }], 3)).toMatch(/positive/);
  });
  it('gives page sizes after orientation and default margins', () => {
    expect(pageSizeMm({ size: 'A4', orientation: 'landscape' })).toEqual({ width: 297, height: 210 });
    expect(pageSizeMm({ size: 'A3', orientation: 'portrait' })).toEqual({ width: 297, height: 420 });
    expect(defaultMarginsMm('portrait').left).toBeGreaterThan(defaultMarginsMm('portrait').right);
  });
  it('normalizes cells and runs', () => {
    expect(cellObject('a')).toEqual({ text: 'a' });
    expect(cellObject(undefined)).toEqual({ text: '' });
    expect(paragraphRuns('正文')).toEqual([{ text: '正文' }]);
  });
});

describe('risk colours', () => {
  it('are valid hex colours with legible text on the full colour (≥ 4.5:1) and on the tint (≥ 7:1)', () => {
    for (const level of RISK_LEVELS) {
      const c = RISK_COLOURS[level];
      expect([c.fill, c.text, c.tint].every(isHexColour)).toBe(true);
      expect(contrastRatio(c.fill, c.text)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(c.tint, BLACK)).toBeGreaterThanOrEqual(7);
    }
  });
  it('tell the four levels apart even in grey (luminance steps)', () => {
    const lum = RISK_LEVELS.map((l) => contrastRatio(RISK_COLOURS[l].fill, BLACK)).sort((a, b) => a - b);
    for (let i = 1; i < lum.length; i++) expect(lum[i]! / lum[i - 1]!).toBeGreaterThan(1.15);
  });
  it('make level cells and bands that carry the level name as text', () => {
    expect(riskLevelCell('major')).toMatchObject({ text: '重大风险', fill: '#E60012', color: '#FFFFFF', bold: true });
    expect(riskLevelCell('low', { short: true, tint: true, rowSpan: 2 })).toMatchObject({ text: '低', fill: RISK_COLOURS.low.tint, color: BLACK, rowSpan: 2 });
    expect(levelBandLabel('high')).toBe('较大风险（橙色）');
  });
});
