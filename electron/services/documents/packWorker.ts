/**
 * A worker thread of the document pool (pool.ts): receives the enterprise once, then produces one
 * document per message and sends its bytes back (transferred, not copied). Errors travel as their
 * code and details.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, isErrorCode } from '../../../core/contract/errors';
import type { DocContext, DocFormat } from '../../../core/documents/registry';
import { sealForBatch } from '../../../core/model/batchMemo';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { relieveHeap } from './heap';
import { produce } from './produce';

export type ToWorker =
  | { type: 'init'; doc: EnterpriseFile; ctx: DocContext }
  | { type: 'job'; i: number; kindId: string; format: DocFormat; unitId?: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; i: number; fileName: string; mime: string; bytes: Uint8Array }
  | { type: 'error'; i: number; code: string; details?: Record<string, unknown>; message: string };

/**
 * A worker collects at a lower heap than a single-thread batch (heap.ts): two or more heaps live
 * side by side and the whole process must stay inside the pack's memory budget.
 */
const WORKER_HEAP_MB = 128;

let doc: EnterpriseFile | null = null;
let ctx: DocContext | null = null;

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'init') {
    doc = sealForBatch(m.doc);
    ctx = m.ctx;
    parentPort!.postMessage({ type: 'ready' } satisfies FromWorker);
    return;
  }
  void (async () => {
    try {
      relieveHeap(WORKER_HEAP_MB);
      const p = await produce(doc!, m.kindId, m.format, ctx!, m.unitId, { checked: true });
      const bytes = new Uint8Array(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength);
      parentPort!.postMessage({ type: 'done', i: m.i, fileName: p.fileName, mime: p.mime, bytes } satisfies FromWorker, [bytes.buffer as ArrayBuffer]);
    } catch (e) {
      const code = e instanceof AppError && isErrorCode(e.code) ? e.code : 'E_RENDER_FAILED';
      const details = e instanceof AppError ? e.details : { reason: e instanceof Error ? e.message : String(e) };
      parentPort!.postMessage({ type: 'error', i: m.i, code, ...(details ? { details } : {}), message: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
    }
  })();
});
