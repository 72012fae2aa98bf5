/**
 * Atomic file replacement (DESIGN §3): write a temp file in the same folder, flush it, then rename
 * it over the target. A crash at any moment leaves either the old or the new file. Renames are
 * retried on EPERM/EBUSY/EACCES, which Windows raises while antivirus or indexers hold the file.
 */
import { basename, dirname, join } from 'node:path';
import type { FsPort } from './fsPort';
import { ioError } from './ioError';

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** 10 × 100 ms: the same budget as steno (lowdb's writer), enough for Windows Defender scans. */
export const RENAME_RETRIES = 10;
export const RENAME_RETRY_MS = 100;

let counter = 0;

/** Temp-file name for a target: hidden, in the same folder, unique per process and call. */
export function tempPathFor(target: string): string {
  counter = (counter + 1) % 1_000_000;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${counter}.tmp`);
}

export const TEMP_FILE_PATTERN = /^\..+\.\d+-\d+\.tmp$/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Replaces `target` with `data`.
 * @throws AppError E_DISK_FULL | E_PERMISSION | E_READONLY_FS | E_IO naming the path; the old
 *   file is untouched and the temp file is removed (best effort).
 */
export async function writeAtomic(fs: FsPort, target: string, data: string | Uint8Array, retryMs = RENAME_RETRY_MS): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await fs.writeFile(tmp, data);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw ioError(e, target);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(tmp, target);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code && RETRY_CODES.has(code) && attempt < RENAME_RETRIES - 1) {
        await sleep(retryMs);
        continue;
      }
      await fs.unlink(tmp).catch(() => undefined);
      throw ioError(e, target);
    }
  }
}

/** Removes temp files left by a crashed writer in `dir`; returns the names removed. */
export async function cleanupTempFiles(fs: FsPort, dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const n of names) {
    if (!TEMP_FILE_PATTERN.test(n)) continue;
    try {
      await fs.unlink(join(dir, n));
      removed.push(n);
    } catch {
      // another process may have renamed it already; nothing to clean
    }
  }
  return removed;
}
