/**
 * The `.safepost` exchange file (DESIGN §3): a zip of `enterprise.json` plus `attachments/…`.
 * Unpacking trusts nothing: it refuses non-zips, entries that would land outside the folder
 * (zip-slip), oversized or too many entries (zip bombs), a missing enterprise.json and files
 * newer than this build — before anything is written anywhere.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../core/contract/errors';
import type { EnterpriseFile } from '../../core/model/enterpriseFile';
import { loadEnterpriseText, type LoadedEnterprise } from '../../core/model/load';

export const ENTERPRISE_ENTRY = 'enterprise.json';
export const SAFEPOST_MIME = 'application/x-safepost+zip';
/** Limits: an enterprise with 10 000 hazards is ~15 MB of JSON; attachments are photos/PDFs. */
export const MAX_ENTRIES = 5000;
export const MAX_ENTRY_BYTES = 100 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 300 * 1024 * 1024;

export interface Attachment {
  /** Path below attachments/, e.g. '3f2a….jpg'. */
  name: string;
  data: Uint8Array;
}

export function packEnterprise(file: EnterpriseFile, attachments: readonly Attachment[] = []): Uint8Array {
  const entries: Zippable = { [ENTERPRISE_ENTRY]: strToU8(`${JSON.stringify(file, null, 1)}\n`) };
  for (const a of attachments) entries[`attachments/${safeEntryName(a.name)}`] = [a.data, { level: 0 }];
  return zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}

/** A zip entry name that stays inside the extraction folder, or null. */
export function safeEntryName(name: string): string {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.split('/').some((seg) => seg === '..' || seg === '') || n.includes('\0')) {
    throw new AppError('E_ZIP_SLIP', { entry: name.slice(0, 200) });
  }
  return n;
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/**
 * @throws AppError E_ZIP_INVALID | E_ZIP_SLIP | E_ZIP_TOO_LARGE | E_ZIP_NO_ENTERPRISE, and the
 *   load errors of loadEnterpriseText (E_SCHEMA_NEWER, E_SCHEMA_INVALID, E_FILE_CORRUPT …).
 */
export function unpackEnterprise(bytes: Uint8Array): { loaded: LoadedEnterprise; attachments: Attachment[] } {
  if (!isZip(bytes)) throw new AppError('E_ZIP_INVALID', { reason: 'not a zip' });
  let count = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/')) {
          // folder entries carry no data, but a hostile one (/, ../, /abs/) marks a hostile file
          const bare = f.name.replace(/\/+$/, '');
          if (bare === '') throw new AppError('E_ZIP_SLIP', { entry: f.name.slice(0, 200) });
          safeEntryName(bare);
          return false;
        }
        safeEntryName(f.name);
        count += 1;
        total += f.originalSize;
        if (count > MAX_ENTRIES || f.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
          throw new AppError('E_ZIP_TOO_LARGE', { entries: count, bytes: total });
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('E_ZIP_INVALID', { reason: e instanceof Error ? e.message : String(e) });
  }
  const json = files[ENTERPRISE_ENTRY];
  if (!json) throw new AppError('E_ZIP_NO_ENTERPRISE');
  const loaded = loadEnterpriseText(strFromU8(json));
  const attachments: Attachment[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (name === ENTERPRISE_ENTRY) continue;
    if (!name.startsWith('attachments/')) continue; // unknown extras are ignored, never written
    attachments.push({ name: name.slice('attachments/'.length), data });
  }
  return { loaded, attachments };
}
