/**
 * The built-in hazard library: every entry file concatenated and validated once.
 * `LIBRARY_VERSION` changes whenever an entry is added, changed or withdrawn, so that records taken
 * from the library (`{libraryId, libraryVersion}`) can tell that their source moved on.
 */
import { ENTRIES as machinery } from './entries/machinery';
import { ENTRIES as commonA } from './entries/common-a';
import { ENTRIES as commonB } from './entries/common-b';
import { ENTRIES as lightTextile } from './entries/light-textile';
import { ENTRIES as materialsMetalCommerce } from './entries/materials-metal-commerce';
import { LibraryEntrySchema, type LibraryEntry } from './schema';

export const LIBRARY_VERSION = '2026.11.2';

let cache: readonly LibraryEntry[] | null = null;

/**
 * All library entries, schema-checked on first use.
 * @throws Error naming the entry id and the field when an entry does not match the schema or an
 *   id is used twice (a data bug: tests catch it before it ships).
 */
export function libraryEntries(): readonly LibraryEntry[] {
  if (cache) return cache;
  const all = [...machinery, ...commonA, ...commonB, ...lightTextile, ...materialsMetalCommerce];
  const seen = new Set<string>();
  for (const e of all) {
    const r = LibraryEntrySchema.safeParse(e);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(`library entry ${e.id}: ${issue?.path.join('.')} ${issue?.message}`);
    }
    if (seen.has(e.id)) throw new Error(`library entry id used twice: ${e.id}`);
    seen.add(e.id);
  }
  cache = Object.freeze(all);
  return cache;
}

/** Entry by id, or undefined. */
export function libraryEntry(id: string): LibraryEntry | undefined {
  return libraryEntries().find((e) => e.id === id);
}
