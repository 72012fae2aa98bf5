/**
 * The consultant's list of enterprises: create, duplicate, archive, trash/restore, empty the
 * trash, export/import `.safepost`. The list lives in workspace.json; each enterprise in its file.
 */
import { AppError } from '../../core/contract/errors';
import type { EnterpriseSummary, FilePayload, ImportPreview } from '../../core/contract/types';
import { completeness } from '../../core/model/completeness';
import { emptyEnterprise, type EnterpriseFile } from '../../core/model/enterpriseFile';
import type { Industry } from '../../core/model/vocab';
import { packEnterprise, SAFEPOST_MIME, unpackEnterprise } from './exchange';
import { loadSample } from './sample';
import type { Workspace } from './workspace';
import { join } from 'node:path';
import { writeAtomic } from './storage/atomic';
import { safeFileName } from '../../core/documents/fileNames';

export class EnterpriseService {
  constructor(
    private readonly ws: () => Workspace,
    private readonly newId: (prefix: string) => string,
    private readonly now: () => Date,
  ) {}

  private entry(id: string) {
    const e = this.ws().index.enterprises.find((x) => x.id === id);
    if (!e) throw new AppError('E_NOT_FOUND', { kind: 'enterprise', id });
    return e;
  }

  async summary(id: string): Promise<EnterpriseSummary> {
    const e = this.entry(id);
    const base = { id: e.id, name: e.name, archived: e.archived, trashedAt: e.trashedAt };
    if (e.trashedAt) return { ...base, industry: null, updatedAt: null, completeness: null, error: null };
    try {
      const f = await this.ws().store.get(id);
      return { ...base, name: f.profile.name, industry: f.profile.industry, updatedAt: f.updatedAt, completeness: completeness(f), error: null };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { ...base, industry: null, updatedAt: null, completeness: null, error: err.details ? { code: err.code, details: err.details } : { code: err.code } };
    }
  }

  async list(includeTrashed: boolean): Promise<EnterpriseSummary[]> {
    const out: EnterpriseSummary[] = [];
    for (const e of this.ws().index.enterprises) if (includeTrashed || !e.trashedAt) out.push(await this.summary(e.id));
    return out;
  }

  /** Adds a document as a new enterprise (store + index). */
  private async add(doc: EnterpriseFile): Promise<EnterpriseSummary> {
    await this.ws().store.create(doc);
    await this.ws().updateIndex((w) => ({ ...w, enterprises: [...w.enterprises, { id: doc.id, name: doc.profile.name, archived: false, trashedAt: null }] }));
    return this.summary(doc.id);
  }

  async create(name: string, industry: Industry | null): Promise<EnterpriseSummary> {
    const doc = emptyEnterprise(this.newId('ent'), name, this.now().toISOString());
    return this.add({ ...doc, profile: { ...doc.profile, industry } });
  }

  /** Creates the sample enterprise; a second copy gets a new id (the menu can re-create it). */
  async createSample(): Promise<EnterpriseSummary> {
    const sample = loadSample();
    const exists = this.ws().index.enterprises.some((e) => e.id === sample.id);
    const t = this.now().toISOString();
    return this.add({ ...sample, id: exists ? this.newId('ent') : sample.id, createdAt: t, updatedAt: t });
  }

  /**
   * A template for a similar client: the org structure is kept; people are dropped unless asked;
   * identified hazards are kept unless `keepHazards` is false (then the wizard starts afresh).
   */
  async duplicate(id: string, name: string, keepPeople: boolean, keepHazards = true): Promise<EnterpriseSummary> {
    const src = await this.ws().store.get(id);
    const t = this.now().toISOString();
    const copy: EnterpriseFile = structuredClone(src);
    copy.id = this.newId('ent');
    copy.createdAt = t;
    copy.updatedAt = t;
    copy.profile = { ...copy.profile, name, uscc: '', draft: true };
    if (!keepPeople) copy.people = [];
    if (!keepHazards) {
      const fresh = emptyEnterprise(copy.id, name, t);
      copy.riskPoints = fresh.riskPoints;
      copy.hazards = fresh.hazards;
      copy.wizard = fresh.wizard;
      // records that point at the dropped riskPoints/hazards go with them
      copy.assessments = fresh.assessments;
      copy.signPlacements = fresh.signPlacements;
    }
    return this.add(copy);
  }

  async archive(id: string, archived: boolean): Promise<EnterpriseSummary> {
    this.entry(id);
    await this.ws().updateIndex((w) => ({ ...w, enterprises: w.enterprises.map((e) => (e.id === id ? { ...e, archived } : e)) }));
    return this.summary(id);
  }

  /** Moves the enterprise file to trash/; restorable until the trash is emptied. */
  async trash(id: string): Promise<EnterpriseSummary> {
    const e = this.entry(id);
    if (e.trashedAt) return this.summary(id);
    const ws = this.ws();
    await ws.store.queue.run(id, async () => {
      const from = ws.layout.enterpriseFile(id);
      if (await ws.o.fs.stat(from)) await ws.o.fs.rename(from, ws.layout.trashFile(id));
      ws.store.forget(id);
    });
    await ws.updateIndex((w) => ({ ...w, enterprises: w.enterprises.map((x) => (x.id === id ? { ...x, trashedAt: this.now().toISOString() } : x)) }));
    return this.summary(id);
  }

  async restore(id: string): Promise<EnterpriseSummary> {
    const e = this.entry(id);
    if (!e.trashedAt) return this.summary(id);
    const ws = this.ws();
    await ws.store.queue.run(id, async () => {
      const from = ws.layout.trashFile(id);
      if (await ws.o.fs.stat(from)) await ws.o.fs.rename(from, ws.layout.enterpriseFile(id));
      ws.store.forget(id);
    });
    await ws.updateIndex((w) => ({ ...w, enterprises: w.enterprises.map((x) => (x.id === id ? { ...x, trashedAt: null } : x)) }));
    return this.summary(id);
  }

  /** Deletes trashed enterprises for good (file, backups, attachments). */
  async emptyTrash(): Promise<{ deleted: number }> {
    const ws = this.ws();
    const trashed = ws.index.enterprises.filter((e) => e.trashedAt);
    for (const e of trashed) {
      await ws.o.fs.unlink(ws.layout.trashFile(e.id)).catch(() => undefined);
      await ws.o.fs.rmrf(ws.layout.backupsDir(e.id));
      await ws.o.fs.rmrf(ws.layout.attachmentsDir(e.id));
    }
    const ids = new Set(trashed.map((e) => e.id));
    await ws.updateIndex((w) => ({ ...w, enterprises: w.enterprises.filter((e) => !ids.has(e.id)) }));
    return { deleted: trashed.length };
  }

  async exportFile(id: string): Promise<FilePayload> {
    const f = await this.ws().store.get(id);
    const bytes = packEnterprise(f);
    return { fileName: `${safeFileName(f.profile.name)}.safepost`, mime: SAFEPOST_MIME, base64: Buffer.from(bytes).toString('base64') };
  }

  /** Writes the export into a folder (CLI and bulk jobs); returns the path. */
  async exportTo(id: string, dir: string): Promise<string> {
    const p = await this.exportFile(id);
    const path = join(dir, p.fileName);
    await writeAtomic(this.ws().o.fs, path, Buffer.from(p.base64, 'base64'));
    return path;
  }

  /** Validates an exchange file and says what importing it would do; writes nothing. */
  inspectImport(file: FilePayload): ImportPreview {
    const { loaded, attachments } = unpackEnterprise(decode(file));
    const f = loaded.file;
    const clash = this.ws().index.enterprises.find((e) => e.id === f.id);
    return {
      id: f.id,
      name: f.profile.name,
      schemaVersion: loaded.fromVersion,
      migrated: loaded.migrated,
      clash: clash ? { id: clash.id, name: clash.name } : null,
      counts: { workshops: f.workshops.length, teams: f.teams.length, posts: f.posts.length, people: f.people.length },
      attachments: attachments.length,
    };
  }

  /**
   * Imports an exchange file as a new enterprise. On an id clash it creates a copy with a new id,
   * unless the user chose to replace (the replaced file is backed up first).
   */
  async importFile(file: FilePayload, onClash: 'copy' | 'replace'): Promise<EnterpriseSummary> {
    const { loaded } = unpackEnterprise(decode(file));
    const f = loaded.file;
    const ws = this.ws();
    const clash = ws.index.enterprises.find((e) => e.id === f.id);
    if (!clash) return this.add(f);
    if (onClash === 'copy') {
      const t = this.now().toISOString();
      return this.add({ ...f, id: this.newId('ent'), createdAt: t, updatedAt: t });
    }
    if (clash.trashedAt) throw new AppError('E_ENTERPRISE_TRASHED', { id: f.id });
    await ws.store.backupNow(f.id).catch(() => null);
    await ws.store.replace(f);
    await ws.updateIndex((w) => ({ ...w, enterprises: w.enterprises.map((e) => (e.id === f.id ? { ...e, name: f.profile.name } : e)) }));
    return this.summary(f.id);
  }
}

function decode(file: FilePayload): Uint8Array {
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}
