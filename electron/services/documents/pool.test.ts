/**
 * The document pool: worker threads give the same documents as this thread (names, formats, pages
 * and text), results arrive once each, and a document's error keeps its code.
 */
import { describe, expect, it } from 'vitest';
import { sealForBatch } from '../../../core/model/batchMemo';
import { loadSample } from '../sample';
import { pdfPageCount } from './pack';
import { produceAll } from './pool';
import { jobsFor, type Produced } from './produce';

const ctx = { today: '2026-11-29', preparer: '张丽' };

async function run(threads: number, kinds: string[]): Promise<Map<number, Produced>> {
  const doc = loadSample();
  const jobs = jobsFor(sealForBatch(structuredClone(doc)), kinds, ['pdf']);
  const got = new Map<number, Produced>();
  let used = 0;
  await produceAll(doc, jobs, ctx, {
    threads,
    onThreads: (n) => (used = n),
    onResult: async (i, p) => {
      expect(got.has(i)).toBe(false);
      got.set(i, p);
    },
  });
  expect(got.size).toBe(jobs.length);
  // the workers really ran (no silent fallback to this thread)
  expect(used).toBe(threads);
  return got;
}

describe('document pool (worker threads)', () => {
  it('two workers produce the same documents as this thread', async () => {
    const kinds = ['card.risk', 'card.emergency'];
    const [one, two] = [await run(1, kinds), await run(2, kinds)];
    // 16 posts × 2 kinds: above the size where workers start
    expect(one.size).toBe(32);
    for (const [i, p] of one) {
      const q = two.get(i)!;
      expect([q.kind, q.format, q.unitId, q.fileName]).toEqual([p.kind, p.format, p.unitId, p.fileName]);
      expect(pdfPageCount(q.bytes)).toBe(pdfPageCount(p.bytes));
      expect(Math.abs(q.bytes.length - p.bytes.length)).toBeLessThan(64);
    }
  }, 120_000);
  it('a document that fails stops the batch with its code', async () => {
    const doc = loadSample();
    const jobs = jobsFor(sealForBatch(structuredClone(doc)), ['card.risk'], ['pdf']);
    // a unit that does not exist: the worker reports E_INVALID_ARGUMENT for that job
    const bad = [...jobs, ...jobs].map((j, i) => (i === 20 ? { ...j, unitId: 'post_gone' } : j));
    await expect(produceAll(doc, bad, ctx, { threads: 2, onResult: async () => undefined })).rejects.toMatchObject({ code: 'E_INVALID_ARGUMENT' });
  }, 120_000);
});
