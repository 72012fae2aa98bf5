/**
 * workspace.lock: one writer per workspace (DESIGN §3). The first process creates the lock file
 * exclusively; a second app instance or CLI finds it and opens the workspace read-only. A lock
 * left by a crashed process on this machine (its pid is gone) is taken over.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { FsPort } from './fsPort';

export interface LockHolder {
  pid: number;
  host: string;
  app: string;
  startedAt: string;
}

export type LockOutcome = { acquired: true; release: () => Promise<void> } | { acquired: false; holder: LockHolder | null };

export const LOCK_FILE = 'workspace.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(fs: FsPort, path: string): Promise<LockHolder | null> {
  try {
    const h = JSON.parse((await fs.readFile(path)).toString('utf8')) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? h : null;
  } catch {
    return null;
  }
}

/**
 * Tries to take the workspace lock for this process.
 * @param app who holds it ('app', 'web', 'cli'), shown to the second process.
 */
export async function acquireLock(fs: FsPort, dir: string, app: string, now: Date): Promise<LockOutcome> {
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), app, startedAt: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFileExclusive(path, JSON.stringify(me));
      let released = false;
      return {
        acquired: true,
        release: async () => {
          if (released) return;
          released = true;
          const h = await readHolder(fs, path);
          if (h && h.pid === me.pid && h.host === me.host) await fs.unlink(path).catch(() => undefined);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { acquired: false, holder: null };
      const holder = await readHolder(fs, path);
      const stale = holder === null ? false : holder.host === me.host && holder.pid !== me.pid && !alive(holder.pid);
      if (!stale) return { acquired: false, holder };
      await fs.unlink(path).catch(() => undefined);
    }
  }
  return { acquired: false, holder: await readHolder(fs, path) };
}
