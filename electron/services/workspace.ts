/**
 * A workspace folder opened by this process (DESIGN §3): the lock, workspace.json (settings,
 * custom library, enterprise list) and the enterprise store. Exactly one writer per workspace;
 * a second process opens it read-only and says so.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../core/contract/errors';
import { loadEnterpriseText } from '../../core/model/load';
import type { Clock, IdGen } from '../../core/model/ids';
import { emptyWorkspace, WORKSPACE_SCHEMA_VERSION, WorkspaceFileSchema, type WorkspaceFile } from '../../core/model/workspace';
import { zodIssues } from '../../core/model/zodIssues';
import { cleanupTempFiles } from './storage/atomic';
import { EnterpriseStore } from './storage/enterpriseStore';
import type { FsPort } from './storage/fsPort';
import { ioError } from './storage/ioError';
import { fileStamp, layout, type Layout } from './storage/layout';
import { acquireLock, type LockHolder } from './storage/lock';
import { PortJsonAdapter } from './storage/portJsonAdapter';
import { KeyedQueue } from './storage/queue';
import type { RetentionPolicy } from './storage/retention';

export interface WorkspaceOptions {
  dir: string;
  fs: FsPort;
  clock: Clock;
  idGen: IdGen;
  /** Who opens it: shown to a second process that finds the lock. */
  app: 'app' | 'web' | 'cli' | 'test';
  /** Open read-only without trying the lock (e.g. CLI commands that only read). */
  readOnly?: boolean;
  backupIntervalMs?: number;
  retention?: RetentionPolicy;
}

function parseWorkspaceText(text: string): WorkspaceFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new AppError('E_FILE_EMPTY');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new AppError('E_FILE_CORRUPT', { reason: String(e) });
  }
  const v = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof v === 'number' && v > WORKSPACE_SCHEMA_VERSION) throw new AppError('E_SCHEMA_NEWER', { fileVersion: v, appVersion: WORKSPACE_SCHEMA_VERSION });
  const r = WorkspaceFileSchema.safeParse(json);
  if (!r.success) throw new AppError('E_SCHEMA_INVALID', { issues: zodIssues(r.error) });
  return r.data;
}

export class Workspace {
  readonly layout: Layout;
  readonly store: EnterpriseStore;
  private db: Low<WorkspaceFile> | null = null;
  private release: (() => Promise<void>) | null = null;
  private readonly queue = new KeyedQueue();
  readOnlyReason: null | 'locked' | 'requested' = null;
  lockHolder: LockHolder | null = null;
  /** What happened to workspace.json on open (e.g. it was rebuilt after corruption). */
  notices: { code: string; details?: Record<string, unknown> }[] = [];

  constructor(readonly o: WorkspaceOptions) {
    this.layout = layout(o.dir);
    this.store = new EnterpriseStore({
      fs: o.fs,
      layout: this.layout,
      clock: o.clock,
      readOnly: () => this.readOnly,
      ...(o.backupIntervalMs !== undefined ? { backupIntervalMs: o.backupIntervalMs } : {}),
      ...(o.retention ? { retention: o.retention } : {}),
    });
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  get dir(): string {
    return this.o.dir;
  }

  /**
   * Creates the folder layout when missing, takes the lock (or opens read-only), cleans temp
   * files left by a crash and reads workspace.json.
   * @throws AppError E_PERMISSION | E_READONLY_FS | E_DISK_FULL | E_IO when the folder cannot be
   *   created; E_SCHEMA_NEWER when workspace.json is newer than this build.
   */
  async open(): Promise<this> {
    const { fs } = this.o;
    if (this.o.readOnly) {
      this.readOnlyReason = 'requested';
    } else {
      try {
        await fs.mkdir(this.layout.dir);
      } catch (e) {
        throw ioError(e, this.layout.dir);
      }
      const lock = await acquireLock(fs, this.layout.dir, this.o.app, this.o.clock());
      if (lock.acquired) this.release = lock.release;
      else {
        this.readOnlyReason = 'locked';
        this.lockHolder = lock.holder;
      }
    }
    if (!this.readOnly) {
      for (const d of [this.layout.enterprisesDir, this.layout.trashDir]) {
        try {
          await fs.mkdir(d);
        } catch (e) {
          throw ioError(e, d);
        }
      }
      await cleanupTempFiles(fs, this.layout.dir);
      await cleanupTempFiles(fs, this.layout.enterprisesDir);
    }
    this.db = await this.readIndex();
    return this;
  }

  private async readIndex(): Promise<Low<WorkspaceFile>> {
    const path = this.layout.workspaceFile;
    // lowdb keeps the default data when the file is missing, so "missing" is asked directly.
    const db = new Low<WorkspaceFile>(new PortJsonAdapter(this.o.fs, path, parseWorkspaceText), null as unknown as WorkspaceFile);
    try {
      await db.read();
    } catch (e) {
      const err = e instanceof AppError ? e : ioError(e, path);
      if (err.code === 'E_SCHEMA_NEWER') throw err;
      if (this.readOnly) {
        db.data = emptyWorkspace();
        db.data.enterprises = await this.scanEnterprises();
        this.notices.push({ code: err.code, details: { path } });
        return db;
      }
      // An unreadable index is moved aside and rebuilt from the enterprise files themselves:
      // the enterprises are the data, the index only lists them.
      const aside = `${path}.corrupt-${fileStamp(this.o.clock())}`;
      await this.o.fs.rename(path, aside).catch(() => undefined);
      db.data = emptyWorkspace();
      db.data.enterprises = await this.scanEnterprises();
      this.notices.push({ code: err.code, details: { quarantinedTo: aside, rebuilt: db.data.enterprises.length } });
      await db.write();
      return db;
    }
    if (db.data === null) {
      db.data = emptyWorkspace();
      db.data.enterprises = await this.scanEnterprises();
      if (!this.readOnly) await db.write();
    }
    return db;
  }

  /** Lists enterprise files on disk (names from their profiles) — used to rebuild the index. */
  private async scanEnterprises(): Promise<WorkspaceFile['enterprises']> {
    let names: string[];
    try {
      names = await this.o.fs.readdir(this.layout.enterprisesDir);
    } catch {
      return [];
    }
    const out: WorkspaceFile['enterprises'] = [];
    for (const n of names.sort()) {
      const m = /^([A-Za-z0-9_-]+)\.json$/.exec(n);
      if (!m) continue;
      let name = m[1]!;
      try {
        name = loadEnterpriseText((await this.o.fs.readFile(join(this.layout.enterprisesDir, n))).toString('utf8')).file.profile.name;
      } catch {
        // keep the id as the name; opening it will report what is wrong
      }
      out.push({ id: m[1]!, name, archived: false, trashedAt: null });
    }
    return out;
  }

  /** The current workspace.json content (settings, custom library, enterprise list). */
  get index(): WorkspaceFile {
    if (!this.db) throw new AppError('E_INTERNAL', { reason: 'workspace not open' });
    return this.db.data;
  }

  /** Edits workspace.json: validated, atomic, serialized. Nothing changes on error. */
  updateIndex(fn: (w: WorkspaceFile) => WorkspaceFile): Promise<WorkspaceFile> {
    return this.queue.run('index', async () => {
      if (this.readOnly) throw new AppError('E_WORKSPACE_READONLY');
      const db = this.db;
      if (!db) throw new AppError('E_INTERNAL', { reason: 'workspace not open' });
      const r = WorkspaceFileSchema.safeParse(fn(structuredClone(db.data)));
      if (!r.success) throw new AppError('E_INVALID_ARGUMENT', { issues: zodIssues(r.error) });
      const prev = db.data;
      db.data = r.data;
      try {
        await db.write();
      } catch (e) {
        db.data = prev;
        throw e instanceof AppError ? e : ioError(e, this.layout.workspaceFile);
      }
      return r.data;
    });
  }

  /** Waits for pending writes and releases the lock. */
  async close(): Promise<void> {
    await this.queue.idle();
    await this.store.queue.idle();
    await this.release?.();
    this.release = null;
  }
}
