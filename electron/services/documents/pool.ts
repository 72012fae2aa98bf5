/**
 * Produces a batch of documents, in this thread or, when asked for, on worker threads (whole-job
 * issue: the pack of a 60-post enterprise; targets ≤ 20 s wall and ≤ 600 MB peak RSS on a 2-core
 * machine). PDF and DOCX rendering is CPU-bound JavaScript, so workers share it out; the main
 * thread then only hands out jobs and writes files. Each worker holds its own sealed copy of the
 * enterprise.
 *
 * Falls back to producing in this thread when the batch is small, when one core is all there is,
 * or when a worker cannot start (e.g. a build without the worker file): the result is the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, isErrorCode } from '../../../core/contract/errors';
import type { DocContext } from '../../../core/documents/registry';
import { sealForBatch } from '../../../core/model/batchMemo';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import { relieveHeap } from './heap';
import type { FromWorker, ToWorker } from './packWorker';
import { produce, type Job, type Produced } from './produce';

/** Below this many documents the start-up of workers costs more than it saves. */
const MIN_JOBS_FOR_WORKERS = 24;

export interface PoolOptions {
  signal?: AbortSignal;
  /** Worker threads; default: SAFEPOST_DOC_THREADS, else 1 (this thread; see threadCount). */
  threads?: number;
  /** Told how many threads produce the batch: 1 = this thread (small batch, fallback), else the workers started. */
  onThreads?: (n: number) => void;
  /** Called as each document is ready, one at a time, in completion order. */
  onResult: (i: number, p: Produced) => Promise<void>;
}

/**
 * Threads used: the option, else SAFEPOST_DOC_THREADS, else 1. Workers are opt-in: measured on the
 * 2-core reference machine (docs/benchmarks.md) two workers cut the 60-post pack from about 33 s
 * to 26–29 s but raise peak RSS from about 500 MB to 850–990 MB (each worker loads its own copy
 * of the fonts and renderers), past the 600 MB budget of the whole-job issue.
 */
function threadCount(o: PoolOptions, jobs: number): number {
  const env = Number(process.env.SAFEPOST_DOC_THREADS);
  const wanted = o.threads ?? (Number.isInteger(env) && env > 0 ? env : 1);
  return jobs < MIN_JOBS_FOR_WORKERS ? 1 : Math.max(1, Math.min(wanted, availableParallelism() * 2, jobs));
}

/** tsx's ESM api (`register`), by absolute URL: an eval'd worker resolves bare names from the working folder. */
function tsxApiUrl(): string {
  const pkgJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgJson), pkg.exports['./esm/api']!.import.default)).href;
}

/**
 * The worker: the built file beside the bundle, or, when running from source (tsx), a small
 * bootstrap that registers tsx in the worker before importing the TypeScript file — a worker's
 * entry is loaded before `--import` hooks apply, so `.ts` cannot be its entry directly.
 */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./packWorker.js', import.meta.url));
  const tsx = tsxApiUrl();
  const entry = new URL('./packWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

async function inThisThread(doc: EnterpriseFile, jobs: readonly Job[], ctx: DocContext, o: PoolOptions): Promise<void> {
  for (const [i, j] of jobs.entries()) {
    if (o.signal?.aborted) throw new AppError('E_JOB_CANCELLED');
    relieveHeap();
    await o.onResult(i, await produce(doc, j.kind.id, j.format, ctx, j.unitId, { checked: true, units: j.units }));
  }
}

function startWorker(doc: EnterpriseFile, ctx: DocContext): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = newWorker();
    const fail = (e: unknown) => {
      void w.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    w.once('error', fail);
    w.once('exit', (code) => fail(new Error(`worker exited ${code}`)));
    w.once('message', (m: FromWorker) => {
      w.removeAllListeners('error');
      w.removeAllListeners('exit');
      if (m.type === 'ready') resolve(w);
      else fail(new Error('worker did not start'));
    });
    w.postMessage({ type: 'init', doc, ctx } satisfies ToWorker);
  });
}

/**
 * Produces every job (the caller has checked each kind) and hands each result to `onResult`.
 * @throws AppError E_JOB_CANCELLED, or the first error a document raised (its code and details).
 */
export async function produceAll(saved: EnterpriseFile, jobs: readonly Job[], ctx: DocContext, o: PoolOptions): Promise<void> {
  const n = threadCount(o, jobs.length);
  const local = () => {
    o.onThreads?.(1);
    return inThisThread(sealForBatch(structuredClone(saved)), jobs, ctx, o);
  };
  if (n <= 1) return local();
  const started = await Promise.allSettled(Array.from({ length: n }, () => startWorker(saved, ctx)));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (workers.length === 0) return local();
  o.onThreads?.(workers.length);
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let pending = 0;
      let failed = false;
      let writing = Promise.resolve();
      const finish = (e?: unknown) => {
        if (failed) return;
        if (e) {
          failed = true;
          reject(e);
        } else if (next >= jobs.length && pending === 0) writing.then(() => resolve(), reject);
      };
      const feed = (w: Worker) => {
        if (failed) return;
        if (o.signal?.aborted) return finish(new AppError('E_JOB_CANCELLED'));
        if (next >= jobs.length) return finish();
        const i = next++;
        const j = jobs[i]!;
        pending++;
        w.postMessage({ type: 'job', i, kindId: j.kind.id, format: j.format, ...(j.unitId ? { unitId: j.unitId } : {}) } satisfies ToWorker);
      };
      for (const w of workers) {
        w.on('message', (m: FromWorker) => {
          if (m.type === 'done') {
            const j = jobs[m.i]!;
            const p: Produced = { kind: j.kind.id, format: j.format, unitId: j.unitId ?? null, fileName: m.fileName, mime: m.mime, bytes: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength) };
            // results are written one after another, in the order they arrive
            writing = writing.then(() => o.onResult(m.i, p));
            writing.catch((e: unknown) => finish(e));
            pending--;
            feed(w);
          } else if (m.type === 'error') {
            pending--;
            finish(new AppError(isErrorCode(m.code) ? m.code : 'E_RENDER_FAILED', m.details ?? { reason: m.message }));
          }
        });
        w.on('error', (e) => finish(new AppError('E_RENDER_FAILED', { reason: e.message })));
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
