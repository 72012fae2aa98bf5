import { describe, expect, it } from 'vitest';
import { documentFileName, safeFileName } from './fileNames';

describe('safe output names on Windows, macOS and Linux', () => {
  it('replaces forbidden characters', () => {
    expect(safeFileName('A/B\\C:D*E?F"G<H>I|J')).toBe('A_B_C_D_E_F_G_H_I_J');
  });
  it('guards reserved device names and trailing dots/spaces', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeFileName('冲压车间. ')).toBe('冲压车间');
    expect(safeFileName('   ')).toBe('未命名');
    expect(safeFileName('///')).toBe('未命名');
  });
  it('cuts very long names by characters, not bytes', () => {
    expect([...safeFileName('很'.repeat(300))].length).toBe(80);
  });
  it('builds <序号>_<title>[_<unit>].<ext>', () => {
    expect(documentFileName(3, '岗位安全风险告知卡', 'pdf', '冲压车间/冲压工')).toBe('03_岗位安全风险告知卡_冲压车间_冲压工.pdf');
    expect(documentFileName(12, '安全风险分级管控清单', 'xlsx')).toBe('12_安全风险分级管控清单.xlsx');
  });
});
