/**
 * lowdb adapter that reads and writes through the fs port with atomic, serialized writes.
 * lowdb's own JSONFile (steno) writes with node:fs directly, so faults could not be injected;
 * this adapter keeps lowdb's `Low` API (one instance per enterprise file, never the presets,
 * which silently switch to memory under NODE_ENV=test) on top of our crash-safe writer.
 */
import type { Adapter } from 'lowdb';
import { writeAtomic } from './atomic';
import type { FsPort } from './fsPort';
import { ioError } from './ioError';

export class PortJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly fs: FsPort,
    private readonly path: string,
    /** Turns file text into data; throws AppError for empty, corrupt, newer or invalid files. */
    private readonly parse: (text: string) => T,
  ) {}

  async read(): Promise<T | null> {
    let buf: Buffer;
    try {
      buf = await this.fs.readFile(this.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw ioError(e, this.path);
    }
    return this.parse(buf.toString('utf8'));
  }

  write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 1)}\n`;
    // Serialization per file is the caller's (EnterpriseStore runs read-modify-write in one queue).
    return writeAtomic(this.fs, this.path, text);
  }
}
