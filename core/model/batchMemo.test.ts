import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/buildSample';
import { batchMemo, sealForBatch } from './batchMemo';
import { registerRows } from './registerRows';

describe('batchMemo', () => {
  it('computes once per key for a sealed document, every time for one that is not sealed', () => {
    const open = buildSample();
    let n = 0;
    batchMemo(open, 'k', () => ++n);
    batchMemo(open, 'k', () => ++n);
    expect(n).toBe(2);
    const sealed = sealForBatch(buildSample());
    expect(batchMemo(sealed, 'k', () => ++n)).toBe(3);
    expect(batchMemo(sealed, 'k', () => ++n)).toBe(3);
    expect(batchMemo(sealed, 'other', () => ++n)).toBe(4);
  });

  it('a view of a document that is not sealed follows in-place edits', () => {
    const doc = buildSample();
    const before = registerRows(doc).length;
    doc.hazards.pop();
    expect(registerRows(doc).length).toBe(before - 1);
    const sealed = sealForBatch(buildSample());
    expect(registerRows(sealed)).toBe(registerRows(sealed));
  });
});
