/**
 * An fs port that fails on purpose: a rule names the operation, an optional path test and the
 * errno to raise; 'midWrite' writes half of the data to the target path, then fails (a crash in
 * the middle of a non-atomic write).
 */
import type { FsPort } from '../../electron/services/storage/fsPort';
import { nodeFs } from '../../electron/services/storage/fsPort';

export type FsOp = keyof FsPort;

export interface FaultRule {
  op: FsOp;
  errno: string;
  /** Only paths matching this fail (default: all). */
  path?: RegExp;
  /** Fail only this many times (default: always). */
  times?: number;
  /** For writeFile: write the first half of the data before failing. */
  midWrite?: boolean;
}

function errnoError(errno: string, op: string, path: string): NodeJS.ErrnoException {
  const e = new Error(`${errno}: injected failure, ${op} '${path}'`) as NodeJS.ErrnoException;
  e.code = errno;
  e.syscall = op;
  e.path = path;
  return e;
}

export function faultyFs(rules: FaultRule[], base: FsPort = nodeFs): FsPort & { rules: FaultRule[] } {
  const counts = new Map<FaultRule, number>();
  const hit = (op: FsOp, path: string) =>
    rules.find((r) => r.op === op && (!r.path || r.path.test(path)) && (r.times === undefined || (counts.get(r) ?? 0) < r.times));
  const wrap =
    <A extends unknown[], R>(op: FsOp, fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const path = String(a[0]);
      const rule = hit(op, path);
      if (rule) {
        counts.set(rule, (counts.get(rule) ?? 0) + 1);
        if (op === 'writeFile' && rule.midWrite) {
          const data = a[1] as string | Uint8Array;
          const half = typeof data === 'string' ? data.slice(0, Math.floor(data.length / 2)) : data.slice(0, Math.floor(data.length / 2));
          await base.writeFile(path, half);
        }
        throw errnoError(rule.errno, op, path);
      }
      return fn(...a);
    };
  return {
    rules,
    readFile: wrap('readFile', base.readFile),
    writeFile: wrap('writeFile', base.writeFile),
    writeFileExclusive: wrap('writeFileExclusive', base.writeFileExclusive),
    rename: wrap('rename', base.rename),
    unlink: wrap('unlink', base.unlink),
    mkdir: wrap('mkdir', base.mkdir),
    readdir: wrap('readdir', base.readdir),
    stat: wrap('stat', base.stat),
    copyFile: wrap('copyFile', base.copyFile),
    rmrf: wrap('rmrf', base.rmrf),
  };
}
