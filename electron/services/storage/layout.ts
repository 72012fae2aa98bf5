/**
 * Workspace folder layout (DESIGN §3). File names use ids, never user text, and never ':'.
 */
import { join } from 'node:path';

export const layout = (dir: string) => ({
  dir,
  workspaceFile: join(dir, 'workspace.json'),
  enterprisesDir: join(dir, 'enterprises'),
  enterpriseFile: (id: string) => join(dir, 'enterprises', `${id}.json`),
  attachmentsDir: (id: string) => join(dir, 'attachments', id),
  backupsDir: (id: string) => join(dir, 'backups', id),
  trashDir: join(dir, 'trash'),
  trashFile: (id: string) => join(dir, 'trash', `${id}.json`),
  exportsDir: join(dir, 'exports'),
});
export type Layout = ReturnType<typeof layout>;

/** Safe id for a file name: what ids look like (ID_PATTERN), refused otherwise. */
export function assertFileId(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error(`unsafe id for a file name: ${JSON.stringify(id)}`);
  return id;
}

/** A time stamp usable in file names on every OS: 20261129T101500Z. */
export function fileStamp(t: Date): string {
  return t.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
