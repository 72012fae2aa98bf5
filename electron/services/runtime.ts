/**
 * Boots the services for one process (Electron main, browser-mode server, tests): opens the
 * workspace, creates the sample enterprise on first run, builds the handlers. The shells only
 * add a transport on top.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { dispatch, type Handlers } from '../../core/contract/dispatch';
import type { Result } from '../../core/contract/result';
import type { AppInfo } from '../../core/contract/types';
import { randomIdGen, systemClock, type Clock, type IdGen } from '../../core/model/ids';
import { createHandlers, type AppServices } from './handlers';
import type { JobRunner } from './jobs';
import { appVersion } from './resources';
import { nodeFs, type FsPort } from './storage/fsPort';
import { Workspace } from './workspace';

export interface RuntimeOptions {
  dir: string;
  app: 'app' | 'web' | 'cli' | 'test';
  mode: AppInfo['mode'];
  fs?: FsPort;
  idGen?: IdGen;
  clock?: Clock;
  version?: string;
  readOnly?: boolean;
  /** Create the sample enterprise when the workspace is new (default true). */
  sampleOnFirstRun?: boolean;
  backupIntervalMs?: number;
  log?: (line: string) => void;
  /** Opens a folder in the system file manager (the Electron shell passes shell.openPath). */
  openPath?: (path: string) => Promise<void>;
}

export interface Runtime {
  services: AppServices;
  handlers: Handlers;
  jobs: JobRunner;
  invoke(name: unknown, arg: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** The per-user data folder Electron would use for an app named SafePost. */
export function defaultUserDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'SafePost');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'SafePost');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'SafePost');
}

/** --workspace, else $SAFEPOST_WORKSPACE, else <user data>/workspace (DESIGN §3). */
export function resolveWorkspaceDir(flag: string | undefined, userData = defaultUserDataDir()): string {
  return flag || process.env.SAFEPOST_WORKSPACE || join(userData, 'workspace');
}

async function openWorkspace(o: RuntimeOptions, dir: string, fs: FsPort, idGen: IdGen, clock: Clock): Promise<Workspace> {
  const fresh = (await fs.stat(join(dir, 'workspace.json'))) === null;
  const ws = await new Workspace({
    dir,
    fs,
    clock,
    idGen,
    app: o.app,
    ...(o.readOnly ? { readOnly: true } : {}),
    ...(o.backupIntervalMs !== undefined ? { backupIntervalMs: o.backupIntervalMs } : {}),
  }).open();
  return Object.assign(ws, { fresh: fresh && !ws.readOnly });
}

export async function startRuntime(o: RuntimeOptions): Promise<Runtime> {
  const fs = o.fs ?? nodeFs;
  const idGen = o.idGen ?? randomIdGen;
  const clock = o.clock ?? systemClock;
  let ws = await openWorkspace(o, o.dir, fs, idGen, clock);
  const services: AppServices = {
    mode: o.mode,
    version: o.version ?? appVersion(),
    idGen,
    clock,
    ...(o.openPath ? { openPath: o.openPath } : {}),
    workspace: () => ws,
    switchWorkspace: async (dir) => {
      const next = await openWorkspace(o, dir, fs, idGen, clock);
      await ws.close();
      ws = next;
      await firstRun();
      return ws;
    },
  };
  const { handlers, jobs, enterprises } = createHandlers(services);
  const firstRun = async () => {
    if ((ws as Workspace & { fresh?: boolean }).fresh && o.sampleOnFirstRun !== false && ws.index.enterprises.length === 0) {
      const s = await enterprises.createSample();
      await ws.updateIndex((w) => ({ ...w, settings: { ...w.settings, lastEnterpriseId: s.id } }));
      o.log?.(`sample enterprise created: ${s.id}`);
    }
  };
  await firstRun();
  return {
    services,
    handlers,
    jobs,
    invoke: (name, arg) =>
      dispatch(handlers, name, arg, {
        onInternalError: (n, e) => o.log?.(`internal error in ${n}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      }),
    close: async () => {
      await jobs.idle();
      await ws.close();
    },
  };
}
