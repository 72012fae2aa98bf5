/**
 * Implements the contract (core/contract/api.ts) on top of the workspace services. Handlers get
 * already-validated arguments and throw AppError for expected failures; dispatch() turns
 * everything into Results.
 */
import type { Handlers } from '../../core/contract/dispatch';
import { AppError } from '../../core/contract/errors';
import type { AppInfo } from '../../core/contract/types';
import { parseBulkPeople } from '../../core/model/bulkPeople';
import { ENTERPRISE_SCHEMA_VERSION } from '../../core/model/enterpriseFile';
import { ProfileSchema, profileGaps } from '../../core/model/enterprise';
import type { Clock, IdGen } from '../../core/model/ids';
import { applyOrgOp, deleteImpact } from '../../core/model/orgOps';
import { applyHazardOp } from '../../core/model/hazardOps';
import { applyRiskOp, bandTableImpact } from '../../core/model/riskOps';
import { applyCardOp } from '../../core/cards/versions';
import { localDate } from '../../core/model/dates';
import { libraryEntries, libraryEntry, LIBRARY_VERSION } from '../../core/catalog/library';
import { asLibraryEntries, customEntryFrom } from '../../core/catalog/custom';
import { searchLibrary, suggestionsForPost } from '../../core/catalog/views';
import type { LibraryEntry } from '../../core/catalog/schema';
import { exportDirFor, exportDocuments, listDocuments, previewDocument, renderDocument } from './documents/service';
import { buildPack } from './documents/pack';
import { zodIssues } from '../../core/model/zodIssues';
import { placePlan, signPlan } from '../../core/signs/placement';
import { applySignPlacementOp } from '../../core/signs/placementOps';
import { EnterpriseService } from './enterprises';
import { JobRunner } from './jobs';
import { dutyHandlers } from './duties';
import { RegisterImportService } from './import/service';
import type { Workspace } from './workspace';

export interface AppServices {
  mode: AppInfo['mode'];
  version: string;
  idGen: IdGen;
  clock: Clock;
  workspace(): Workspace;
  /** Opens a folder in the system file manager (Electron only). */
  openPath?: (path: string) => Promise<void>;
  /** Opens another workspace folder (closing the current one). */
  switchWorkspace(dir: string): Promise<Workspace>;
}

export function appInfo(s: AppServices): AppInfo {
  const ws = s.workspace();
  const h = ws.lockHolder;
  return {
    version: s.version,
    mode: s.mode,
    workspaceDir: ws.dir,
    readOnly: ws.readOnly,
    readOnlyReason: ws.readOnlyReason,
    lockHolder: h ? { app: h.app, pid: h.pid, host: h.host, startedAt: h.startedAt } : null,
    enterpriseSchemaVersion: ENTERPRISE_SCHEMA_VERSION,
    notices: ws.notices,
  };
}

export function createHandlers(s: AppServices): { handlers: Handlers; jobs: JobRunner; enterprises: EnterpriseService } {
  const enterprises = new EnterpriseService(() => s.workspace(), s.idGen, s.clock);
  const jobs = new JobRunner(
    {
      'workspace.backupAll': async (_arg, ctx) => {
        const list = s.workspace().index.enterprises.filter((e) => !e.trashedAt);
        const written: string[] = [];
        for (const [i, e] of list.entries()) {
          if (ctx.signal.aborted) throw new AppError('E_JOB_CANCELLED');
          ctx.progress(i, list.length, e.name);
          const name = await s.workspace().store.backupNow(e.id).catch(() => null);
          if (name) written.push(`${e.id}/${name}`);
        }
        ctx.progress(list.length, list.length);
        return { backups: written };
      },
      'documents.pack': async (arg, ctx) => {
        const doc = await s.workspace().store.get(String(arg.enterpriseId ?? ''));
        const ws = s.workspace();
        const outDir = typeof arg.dir === 'string' && arg.dir ? arg.dir : ws.index.settings.exportDir || ws.layout.exportsDir;
        const r = await buildPack(doc, outDir, docCtx(), { fs: ws.o.fs, signal: ctx.signal, progress: (d, t, l) => ctx.progress(d, t, l) });
        // Electron opens the folder; browser mode lists the files
        await s.openPath?.(r.dir).catch(() => undefined);
        return { dir: r.dir, files: r.files.map((f) => f.relPath), warnings: r.warnings, skipped: r.skipped, notApplicable: r.notApplicable };
      },
      'documents.export': async (arg, ctx) => {
        const id = String(arg.enterpriseId ?? '');
        const doc = await s.workspace().store.get(id);
        const dc = docCtx();
        const ws = s.workspace();
        const dir = typeof arg.dir === 'string' && arg.dir ? arg.dir : exportDirFor(ws.layout.exportsDir, ws.index.settings.exportDir, doc.profile.name, dc.today);
        const kinds = Array.isArray(arg.kinds) ? arg.kinds.map(String) : undefined;
        const files = await exportDocuments(doc, dir, dc, ws.o.fs, kinds, ctx.signal, (d, t, l) => ctx.progress(d, t, l));
        return { dir, files };
      },
    },
    s.idGen,
  );
  const store = () => s.workspace().store;
  const registerImport = new RegisterImportService(() => s.workspace(), s.idGen, s.clock);
  const docCtx = () => ({ today: localDate(s.clock()), preparer: s.workspace().index.settings.userName });
  /** Built-in library plus the workspace's custom hazards. */
  const allEntries = (): LibraryEntry[] => [...libraryEntries(), ...asLibraryEntries(s.workspace().index.customLibrary)];
  const entryById = (id: string): LibraryEntry | undefined => libraryEntry(id) ?? asLibraryEntries(s.workspace().index.customLibrary).find((e) => e.id === id);

  const handlers: Handlers = {
    'app.info': async () => appInfo(s),
    'settings.get': async () => s.workspace().index.settings,
    'settings.update': async (patch) => (await s.workspace().updateIndex((w) => ({ ...w, settings: { ...w.settings, ...patch } }))).settings,
    'workspace.switch': async ({ dir }) => {
      await s.switchWorkspace(dir);
      return appInfo(s);
    },

    'enterprises.list': async ({ includeTrashed }) => enterprises.list(includeTrashed ?? false),
    'enterprises.create': async ({ name, industry }) => enterprises.create(name, industry ?? null),
    'enterprises.createSample': async () => enterprises.createSample(),
    'enterprises.duplicate': async ({ id, name, keepPeople, keepHazards }) => enterprises.duplicate(id, name, keepPeople, keepHazards ?? true),
    'enterprises.archive': async ({ id, archived }) => enterprises.archive(id, archived),
    'enterprises.trash': async ({ id }) => enterprises.trash(id),
    'enterprises.restore': async ({ id }) => enterprises.restore(id),
    'enterprises.emptyTrash': async () => enterprises.emptyTrash(),
    'enterprises.get': async ({ id }) => store().get(id),
    'enterprises.backups': async ({ id }) => store().listBackups(id),
    'enterprises.restoreBackup': async ({ id, name }) => store().restoreBackup(id, name),
    'enterprises.export': async ({ id }) => enterprises.exportFile(id),
    'enterprises.inspectImport': async ({ file }) => enterprises.inspectImport(file),
    'enterprises.import': async ({ file, onClash }) => enterprises.importFile(file, onClash),

    'profile.update': async ({ enterpriseId, patch }) => {
      const doc = await store().update(enterpriseId, (d) => {
        const next = ProfileSchema.safeParse({ ...d.profile, ...patch });
        if (!next.success) throw new AppError('E_INVALID_ARGUMENT', { issues: zodIssues(next.error).map((i) => ({ ...i, path: `patch.${i.path}` })) });
        // Confirming a profile (draft → false) requires every required field.
        if (!next.data.draft) {
          const gaps = profileGaps(next.data);
          if (gaps.length > 0) throw new AppError('E_INVALID_ARGUMENT', { issues: gaps.map((g) => ({ path: `patch.${g}`, code: 'required' })) });
        }
        return { ...d, profile: next.data };
      });
      if (patch.name !== undefined) {
        await s.workspace().updateIndex((w) => ({ ...w, enterprises: w.enterprises.map((e) => (e.id === enterpriseId ? { ...e, name: doc.profile.name } : e)) }));
      }
      return doc;
    },
    'org.apply': async ({ enterpriseId, op }) => store().update(enterpriseId, (doc) => applyOrgOp(doc, op, s.idGen)),
    'org.deleteImpact': async ({ enterpriseId, kind, id }) => deleteImpact(await store().get(enterpriseId), kind, id),
    'people.parseBulk': async ({ enterpriseId, text }) => parseBulkPeople(await store().get(enterpriseId), text),

    'hazards.apply': async ({ enterpriseId, op }) => {
      const now = s.clock().toISOString();
      const fresh: { hazardId: string; customId: string; postId: string }[] = [];
      const doc = await store().update(enterpriseId, (d) => {
        const next = applyHazardOp(d, op, { newId: s.idGen, now, entry: entryById, libraryVersion: LIBRARY_VERSION });
        if (op.op === 'addCustom') {
          const known = new Set(d.hazards.map((h) => h.id));
          for (const h of next.hazards) {
            if (known.has(h.id) || h.source.kind !== 'custom') continue;
            const customId = `custom.${s.idGen('c').replace(/[^a-z0-9_]/g, '')}`;
            h.source = { kind: 'custom', customId };
            fresh.push({ hazardId: h.id, customId, postId: op.postId });
          }
        }
        return next;
      });
      // Custom hazards join the workspace's own library, to be suggested for later enterprises.
      if (fresh.length > 0) {
        const entries = fresh.map((f) => customEntryFrom(doc.hazards.find((h) => h.id === f.hazardId)!, doc.posts.find((p) => p.id === f.postId)!, doc.profile.industry, doc.profile.name, f.customId));
        await s.workspace().updateIndex((w) => ({ ...w, customLibrary: [...w.customLibrary, ...entries] }));
      }
      return doc;
    },
    'library.suggest': async ({ enterpriseId, postId, limit }) => suggestionsForPost(await store().get(enterpriseId), postId, allEntries(), limit ?? 40),
    'library.search': async ({ query, enterpriseId, postId, limit }) =>
      searchLibrary(allEntries(), query, enterpriseId ? await store().get(enterpriseId) : undefined, postId, limit ?? 50),

    'risk.apply': async ({ enterpriseId, op }) => {
      const now = s.clock();
      return store().update(enterpriseId, (d) =>
        applyRiskOp(d, op, { newId: s.idGen, now: now.toISOString(), today: localDate(now), assessor: s.workspace().index.settings.userName }),
      );
    },
    'risk.bandTableImpact': async ({ enterpriseId, tableId }) => bandTableImpact(await store().get(enterpriseId), tableId),

    'documents.list': async ({ enterpriseId }) => listDocuments(await store().get(enterpriseId)),
    'documents.render': async ({ enterpriseId, kind, format, unitId, pageSize, posterSize }) =>
      renderDocument(await store().get(enterpriseId), kind, format, { ...docCtx(), ...(pageSize ? { pageSize } : {}), ...(posterSize ? { posterSize } : {}) }, unitId),
    'cards.apply': async ({ enterpriseId, op }) => {
      const today = localDate(s.clock());
      return store().update(enterpriseId, (d) => applyCardOp(d, op, today));
    },
    'documents.preview': async ({ enterpriseId, kind, unitId, rows }) => previewDocument(await store().get(enterpriseId), kind, docCtx(), unitId, rows ?? 30),

    'signs.plan': async ({ enterpriseId, riskPointId }) => {
      const doc = await store().get(enterpriseId);
      if (!riskPointId) return signPlan(doc);
      const p = placePlan(doc, riskPointId);
      if (!p) throw new AppError('E_NOT_FOUND', { kind: 'riskPoint', id: riskPointId });
      return [p];
    },
    'signs.apply': async ({ enterpriseId, op }) => store().update(enterpriseId, (d) => applySignPlacementOp(d, op, s.idGen)),

    'import.inspect': async (arg) => registerImport.inspect(arg),
    'import.preview': async (arg) => registerImport.preview(arg),
    'import.apply': async (arg) => registerImport.apply(arg),

    ...dutyHandlers({ store, idGen: s.idGen, clock: s.clock, userName: () => s.workspace().index.settings.userName }),

    'jobs.start': async ({ kind, arg }) => jobs.start(kind, arg),
    'jobs.status': async ({ jobId }) => jobs.status(jobId),
    'jobs.cancel': async ({ jobId }) => jobs.cancel(jobId),
  };
  return { handlers, jobs, enterprises };
}
