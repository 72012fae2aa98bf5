/**
 * The small file-system port storage reaches the disk through (DESIGN §3), so tests can inject
 * EACCES, EROFS, ENOSPC and mid-write failures (chmod proves nothing when everything runs as root).
 */
import * as fsp from 'node:fs/promises';

export interface FileStat {
  size: number;
  mtimeMs: number;
  isDirectory: boolean;
}

export interface FsPort {
  readFile(path: string): Promise<Buffer>;
  /** Writes and flushes (fsync) the whole file. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates the file only if it does not exist (O_EXCL); rejects with EEXIST otherwise. */
  writeFileExclusive(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** mkdir -p */
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  /** null when the path does not exist. */
  stat(path: string): Promise<FileStat | null>;
  copyFile(from: string, to: string): Promise<void>;
  /** rm -rf; used only for the trash and temporary folders. */
  rmrf(path: string): Promise<void>;
}

export const nodeFs: FsPort = {
  readFile: (p) => fsp.readFile(p),
  writeFile: (p, d) => fsp.writeFile(p, d, { flush: true }),
  writeFileExclusive: (p, d) => fsp.writeFile(p, d, { flag: 'wx', flush: true }),
  rename: (a, b) => fsp.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  mkdir: async (p) => {
    await fsp.mkdir(p, { recursive: true });
  },
  readdir: (p) => fsp.readdir(p),
  stat: async (p) => {
    try {
      const s = await fsp.stat(p);
      return { size: s.size, mtimeMs: s.mtimeMs, isDirectory: s.isDirectory() };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  },
  copyFile: (a, b) => fsp.copyFile(a, b),
  rmrf: (p) => fsp.rm(p, { recursive: true, force: true }),
};
