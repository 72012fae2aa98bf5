/**
 * One lowdb `Low` per enterprise file (DESIGN §3). Opening parses → migrates (writing a
 * `.pre-vN` copy first) → validates; a file that cannot be parsed is moved aside as
 * `.corrupt-<time>` and the newest backup is offered; a newer file is refused untouched.
 * Every edit is validated before it is written, atomically and serialized per enterprise, so a
 * refused edit leaves the saved data exactly as it was.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../../core/contract/errors';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import type { Clock } from '../../../core/model/ids';
import { loadEnterpriseText, validateEnterpriseFile, type LoadedEnterprise } from '../../../core/model/load';
import { TEMP_FILE_PATTERN, writeAtomic } from './atomic';
import type { FsPort } from './fsPort';
import { ioError } from './ioError';
import { assertFileId, fileStamp, type Layout } from './layout';
import { PortJsonAdapter } from './portJsonAdapter';
import { KeyedQueue } from './queue';
import { backupName, backupSortKey, backupsToDelete, backupTime, DEFAULT_RETENTION, type RetentionPolicy } from './retention';


export interface StoreOptions {
  fs: FsPort;
  layout: Layout;
  clock: Clock;
  /** True when another process holds the workspace lock: every write is refused. */
  readOnly: () => boolean;
  /** Minimum time between two automatic backups of one enterprise; 0 = after every save. */
  backupIntervalMs?: number;
  retention?: RetentionPolicy;
}

export interface BackupInfo {
  name: string;
  time: string;
  size: number;
}

const QUARANTINE = new Set(['E_FILE_EMPTY', 'E_FILE_CORRUPT']);
const OFFER_BACKUP = new Set(['E_FILE_EMPTY', 'E_FILE_CORRUPT', 'E_SCHEMA_INVALID', 'E_BROKEN_REFERENCE', 'E_MIGRATION_FAILED']);

export class EnterpriseStore {
  private readonly dbs = new Map<string, Low<EnterpriseFile>>();
  private readonly lastBackup = new Map<string, number>();
  readonly queue = new KeyedQueue();
  private readonly backupIntervalMs: number;
  private readonly retention: RetentionPolicy;

  constructor(private readonly o: StoreOptions) {
    this.backupIntervalMs = o.backupIntervalMs ?? 15 * 60_000;
    this.retention = o.retention ?? DEFAULT_RETENTION;
  }

  /** The current document of an enterprise (opened on first use). */
  get(id: string): Promise<EnterpriseFile> {
    return this.queue.run(id, async () => (await this.open(id)).data);
  }

  /** Drops the cached instance (after the file was replaced, moved or deleted). */
  forget(id: string): void {
    this.dbs.delete(id);
  }

  private async open(id: string): Promise<Low<EnterpriseFile>> {
    const cached = this.dbs.get(id);
    if (cached) return cached;
    const path = this.o.layout.enterpriseFile(assertFileId(id));
    let loaded: LoadedEnterprise | null = null;
    const adapter = new PortJsonAdapter<EnterpriseFile>(this.o.fs, path, (text) => {
      loaded = loadEnterpriseText(text);
      return loaded.file;
    });
    const db = new Low<EnterpriseFile>(adapter, null as unknown as EnterpriseFile);
    try {
      await db.read();
    } catch (e) {
      throw await this.refuse(id, path, e);
    }
    if (db.data === null) {
      // A file moved aside earlier is still "damaged, restore a backup", not "not found".
      const aside = await this.quarantined(id);
      if (aside) throw new AppError('E_FILE_CORRUPT', { id, quarantinedTo: aside, newestBackup: (await this.listBackups(id))[0]?.name ?? null });
      throw new AppError('E_NOT_FOUND', { kind: 'enterprise', id });
    }
    const info = loaded as LoadedEnterprise | null;
    if (info?.migrated) {
      if (this.o.readOnly()) throw new AppError('E_WORKSPACE_READONLY', { reason: 'migration', id });
      // Keep the file as it was before the migration: the user can always go back to it.
      try {
        await this.o.fs.copyFile(path, `${path}.pre-v${info.fromVersion}`);
      } catch (e) {
        throw ioError(e, `${path}.pre-v${info.fromVersion}`);
      }
      await db.write();
    }
    this.dbs.set(id, db);
    if (!this.o.readOnly()) await this.maybeBackup(id, db.data, true);
    return db;
  }

  /** The newest `.corrupt-<time>` copy of an enterprise file, or null. */
  private async quarantined(id: string): Promise<string | null> {
    let names: string[];
    try {
      names = await this.o.fs.readdir(this.o.layout.enterprisesDir);
    } catch {
      return null;
    }
    const mine = names.filter((n) => n.startsWith(`${id}.json.corrupt-`)).sort();
    return mine.length ? join(this.o.layout.enterprisesDir, mine[mine.length - 1]!) : null;
  }

  /** Quarantines unreadable files and attaches the newest backup to the error. */
  private async refuse(id: string, path: string, e: unknown): Promise<AppError> {
    const err = e instanceof AppError ? e : ioError(e, path);
    const details: Record<string, unknown> = { ...(err.details ?? {}), id };
    if (QUARANTINE.has(err.code) && !this.o.readOnly()) {
      const aside = `${path}.corrupt-${fileStamp(this.o.clock())}`;
      try {
        await this.o.fs.rename(path, aside);
        details.quarantinedTo = aside;
      } catch {
        details.quarantinedTo = null;
      }
    }
    if (OFFER_BACKUP.has(err.code)) details.newestBackup = (await this.listBackups(id))[0]?.name ?? null;
    return new AppError(err.code, details);
  }

  /**
   * Creates a new enterprise file. The document is validated first.
   * @throws AppError E_CONFLICT when a file with this id exists.
   */
  create(doc: EnterpriseFile): Promise<EnterpriseFile> {
    return this.queue.run(doc.id, async () => {
      this.assertWritable();
      const file = validateEnterpriseFile(doc);
      const path = this.o.layout.enterpriseFile(assertFileId(file.id));
      if (await this.o.fs.stat(path)) throw new AppError('E_CONFLICT', { id: file.id });
      await this.o.fs.mkdir(this.o.layout.enterprisesDir).catch((e) => Promise.reject(ioError(e, this.o.layout.enterprisesDir)));
      const db = new Low<EnterpriseFile>(new PortJsonAdapter(this.o.fs, path, (t) => loadEnterpriseText(t).file), file);
      await db.write();
      this.dbs.set(file.id, db);
      await this.maybeBackup(file.id, file, true);
      return file;
    });
  }

  /**
   * Applies an edit: `fn` gets a deep copy and returns the next document; it is validated
   * (schema + references) and written atomically. On any error nothing saved changes.
   */
  update(id: string, fn: (doc: EnterpriseFile) => EnterpriseFile): Promise<EnterpriseFile> {
    return this.queue.run(id, async () => {
      this.assertWritable();
      const db = await this.open(id);
      const draft = fn(structuredClone(db.data));
      const next = validateEnterpriseFile({ ...draft, id, updatedAt: this.o.clock().toISOString() });
      const prev = db.data;
      db.data = next;
      try {
        await db.write();
      } catch (e) {
        db.data = prev;
        throw e instanceof AppError ? e : ioError(e, this.o.layout.enterpriseFile(id));
      }
      await this.maybeBackup(id, next, false);
      return next;
    });
  }

  /** Replaces the whole document (restore from backup, import over an existing enterprise). */
  replace(doc: EnterpriseFile): Promise<EnterpriseFile> {
    return this.queue.run(doc.id, async () => {
      this.assertWritable();
      const file = validateEnterpriseFile(doc);
      const path = this.o.layout.enterpriseFile(assertFileId(file.id));
      await this.o.fs.mkdir(this.o.layout.enterprisesDir);
      await writeAtomic(this.o.fs, path, `${JSON.stringify(file, null, 1)}\n`);
      this.dbs.delete(file.id);
      return (await this.open(file.id)).data;
    });
  }

  private assertWritable(): void {
    if (this.o.readOnly()) throw new AppError('E_WORKSPACE_READONLY');
  }

  private async maybeBackup(id: string, doc: EnterpriseFile, onOpen: boolean): Promise<void> {
    const now = this.o.clock().getTime();
    const last = this.lastBackup.get(id) ?? (await this.newestBackupTime(id));
    if (last !== null && now - last < this.backupIntervalMs && !(onOpen && this.backupIntervalMs === 0)) return;
    await this.backupNow(id, doc);
  }

  private async newestBackupTime(id: string): Promise<number | null> {
    const newest = (await this.listBackups(id))[0];
    return newest ? Date.parse(newest.time) : null;
  }

  /**
   * Writes a backup `backups/<id>/<YYYYMMDDTHHmmssZ>.json` of `doc` (default: the current
   * document) and prunes old backups by the retention policy. Returns the backup's name.
   * A failed backup never fails the save it follows: it is reported by the returned null.
   */
  async backupNow(id: string, doc?: EnterpriseFile): Promise<string | null> {
    const dir = this.o.layout.backupsDir(assertFileId(id));
    const data = doc ?? (await this.open(id)).data;
    const t = this.o.clock();
    try {
      await this.o.fs.mkdir(dir);
      const names = await this.o.fs.readdir(dir);
      let name = backupName(t);
      for (let i = 1; names.includes(name); i++) name = backupName(t).replace('.json', `-${i}.json`);
      await writeAtomic(this.o.fs, join(dir, name), `${JSON.stringify(data)}\n`);
      this.lastBackup.set(id, t.getTime());
      for (const old of backupsToDelete([...names, name], t, this.retention)) {
        await this.o.fs.unlink(join(dir, old)).catch(() => undefined);
      }
      // temp files of a backup write interrupted by a crash
      for (const n of names) if (TEMP_FILE_PATTERN.test(n)) await this.o.fs.unlink(join(dir, n)).catch(() => undefined);
      return name;
    } catch {
      return null;
    }
  }

  /** Backups of an enterprise, newest first. */
  async listBackups(id: string): Promise<BackupInfo[]> {
    const dir = this.o.layout.backupsDir(assertFileId(id));
    let names: string[];
    try {
      names = await this.o.fs.readdir(dir);
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const n of names) {
      const t = backupTime(n);
      if (!t) continue;
      const st = await this.o.fs.stat(join(dir, n));
      out.push({ name: n, time: t.toISOString(), size: st?.size ?? 0 });
    }
    return out.sort((a, b) => backupSortKey(b.name) - backupSortKey(a.name));
  }

  /**
   * Restores a backup (default: the newest that loads). The current file, if any, is first moved
   * aside as `.replaced-<time>` so restoring never destroys anything.
   * @throws AppError E_BACKUP_NOT_FOUND when no usable backup exists.
   */
  restoreBackup(id: string, name?: string): Promise<EnterpriseFile> {
    return this.queue.run(id, async () => {
      this.assertWritable();
      const dir = this.o.layout.backupsDir(assertFileId(id));
      const candidates = name ? [name] : (await this.listBackups(id)).map((b) => b.name);
      for (const n of candidates) {
        if (!backupTime(n)) continue;
        let loaded: LoadedEnterprise;
        try {
          loaded = loadEnterpriseText((await this.o.fs.readFile(join(dir, n))).toString('utf8'));
        } catch {
          continue;
        }
        const path = this.o.layout.enterpriseFile(id);
        if (await this.o.fs.stat(path)) await this.o.fs.rename(path, `${path}.replaced-${fileStamp(this.o.clock())}`);
        await writeAtomic(this.o.fs, path, `${JSON.stringify(loaded.file, null, 1)}\n`);
        this.dbs.delete(id);
        return (await this.open(id)).data;
      }
      throw new AppError('E_BACKUP_NOT_FOUND', { id, name: name ?? null });
    });
  }
}
