/**
 * Keeps a long batch of documents (the pack, exports) inside its memory budget (whole-job issue:
 * peak RSS ≤ 600 MB for a 60-post pack). V8 collects an old generation lazily: between
 * documents the heap of a batch grows to several hundred MB of garbage before it is collected.
 * Between two documents nothing is live but the enterprise, so a full collection there is cheap
 * and keeps the peak at about one document's working set.
 *
 * The collector is reached through V8's `--expose-gc` flag set at run time (node:v8
 * setFlagsFromString) and a fresh context where `gc` then exists; where that is not possible the
 * batch simply runs without it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  } catch {
    collect = null;
  }
  return collect;
}

/** Heap used (MB) above which a batch collects between documents. */
export const BATCH_HEAP_MB = 256;

/** Call between two documents of a batch: collects when the heap holds more than BATCH_HEAP_MB. */
export function relieveHeap(limitMb = BATCH_HEAP_MB): void {
  if (process.memoryUsage().heapUsed < limitMb * 1024 * 1024) return;
  collector()?.();
}
