/**
 * File names from user data (enterprise and post names with / \ : * ? " < > |, very long names,
 * reserved device names) give output names that are valid on Windows, macOS and Linux.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFileName, safeFileName } from '../../core/documents/fileNames';
import { tmpDir } from '../helpers/tmp';

// control characters are invalid in Windows names too
// eslint-disable-next-line no-control-regex
const WINDOWS_INVALID = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

function validEverywhere(name: string): boolean {
  return (
    name.length > 0 &&
    !WINDOWS_INVALID.test(name) &&
    !RESERVED.test(name) &&
    !/[. ]$/.test(name) &&
    Buffer.byteLength(name, 'utf8') <= 255
  );
}

describe('output names from user text', () => {
  it('are valid on every OS for any text (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 200 }), (title, unit) => {
        const n = documentFileName(7, title, 'pdf', unit || undefined);
        expect(validEverywhere(n)).toBe(true);
        expect(validEverywhere(safeFileName(title))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('handles the names users really type', () => {
    const t = tmpDir();
    try {
      const names = ['冲压/剪板车间', 'A\\B:C*D?E"F<G>H|I', 'CON', 'aux.txt', '很'.repeat(300), ' 末尾有空格和点. ', 'COM1'];
      for (const n of names) {
        const f = documentFileName(3, '岗位安全风险告知卡', 'pdf', n);
        expect(validEverywhere(f)).toBe(true);
        writeFileSync(join(t.dir, f), 'x');
      }
      // the unit part is made safe on its own, so a reserved word there gets its guard too
      expect(documentFileName(3, '岗位安全风险告知卡', 'pdf', 'CON')).toBe('03_岗位安全风险告知卡__CON.pdf');
      expect(safeFileName('CON')).toBe('_CON');
    } finally {
      t.remove();
    }
  });
});
