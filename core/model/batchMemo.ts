/**
 * Memoisation for batch jobs (the document pack, exports): a batch that promises not to change
 * an enterprise document while it runs seals it, and derived views that are costly and asked for
 * again and again (every card's version walks all the post's card contents; every checklist unit
 * builds the whole checklist book) are computed once per sealed document.
 *
 * Only sealed documents are memoised: editing code clones before it changes a document, but a
 * document that is not sealed may be changed in place, so nothing is cached for it. The caches
 * live in WeakMaps and go with the document.
 */
import type { EnterpriseFile } from './enterpriseFile';

const sealed = new WeakMap<EnterpriseFile, Map<string, unknown>>();

/** Marks `doc` as unchanging for the rest of its life (the caller must not mutate it). */
export function sealForBatch(doc: EnterpriseFile): EnterpriseFile {
  if (!sealed.has(doc)) sealed.set(doc, new Map());
  return doc;
}

/** `compute()` once per sealed `doc` and `key`; every call for a document that is not sealed. */
export function batchMemo<T>(doc: EnterpriseFile, key: string, compute: () => T): T {
  const cache = sealed.get(doc);
  if (!cache) return compute();
  if (cache.has(key)) return cache.get(key) as T;
  const v = compute();
  cache.set(key, v);
  return v;
}
