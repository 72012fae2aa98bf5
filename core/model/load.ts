/**
 * The one tolerant restore of an enterprise document from untrusted text (a file on disk, an
 * imported `.safepost`, a CLI argument): parse → migrate → validate → check references.
 * Pure: it never writes; callers decide what to do with a migrated or refused file.
 */
import { AppError } from '../contract/errors';
import { migrateEnterprise } from '../migrations/enterprise';
import { EnterpriseFileSchema, type EnterpriseFile } from './enterpriseFile';
import { brokenReferences } from './refs';
import { zodIssues } from './zodIssues';

export interface LoadedEnterprise {
  file: EnterpriseFile;
  /** Version the text was written with (equal to the current one when no migration ran). */
  fromVersion: number;
  migrated: boolean;
}

/**
 * @param text UTF-8 text of an enterprise file (a leading BOM is ignored).
 * @throws AppError E_FILE_EMPTY (0 bytes or only white space), E_FILE_CORRUPT (not JSON; details
 *   give the parser's position), E_SCHEMA_INVALID (details.issues: [{path, code}]), E_SCHEMA_NEWER,
 *   E_MIGRATION_FAILED, E_BROKEN_REFERENCE (details.refs: BrokenRef[]).
 */
export function loadEnterpriseText(text: string): LoadedEnterprise {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new AppError('E_FILE_EMPTY');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new AppError('E_FILE_CORRUPT', { reason: e instanceof Error ? e.message : String(e) });
  }
  return loadEnterpriseValue(json);
}

/** Same as loadEnterpriseText for an already-parsed value. */
export function loadEnterpriseValue(json: unknown): LoadedEnterprise {
  const { doc, fromVersion, steps } = migrateEnterprise(json);
  const parsed = EnterpriseFileSchema.safeParse(doc);
  if (!parsed.success) throw new AppError('E_SCHEMA_INVALID', { issues: zodIssues(parsed.error) });
  const refs = brokenReferences(parsed.data);
  if (refs.length > 0) throw new AppError('E_BROKEN_REFERENCE', { refs });
  return { file: parsed.data, fromVersion, migrated: steps.length > 0 };
}

/**
 * Validates a document built in memory (after an edit) before it is written: schema and
 * references. Returns the parsed value with defaults applied.
 * @throws AppError E_SCHEMA_INVALID | E_BROKEN_REFERENCE
 */
export function validateEnterpriseFile(doc: unknown): EnterpriseFile {
  const parsed = EnterpriseFileSchema.safeParse(doc);
  if (!parsed.success) throw new AppError('E_SCHEMA_INVALID', { issues: zodIssues(parsed.error) });
  const refs = brokenReferences(parsed.data);
  if (refs.length > 0) throw new AppError('E_BROKEN_REFERENCE', { refs });
  return parsed.data;
}
