/**
 * What the identification screens show of library entries: suggestions for a post (ranked,
 * with "why" and whether the post already accepted or rejected each) and full-library search.
 */
import type { EnterpriseFile } from '../model/enterpriseFile';
import { hazardLibraryId, hazardsOfPost } from '../model/hazardOps';
import { placeNameForSection } from '../model/riskPointPlaces';
import type { LibraryEntry } from './schema';
import { applies, normalizeText, suggestForPost } from './suggest';

export interface LibraryEntryView {
  id: string;
  section: string;
  place: string;
  hazard: string;
  consequence: string;
  factorCode: string;
  accidentTypes: string[];
  measures: LibraryEntry['measures'];
  signIds: string[];
  ppeIds: string[];
  suggestedLec: LibraryEntry['suggestedLec'] | null;
  majorHazardClause: string | null;
  confidence: LibraryEntry['confidence'];
  custom: boolean;
  /** The shared place an 'auto' target files it under, or null (the post's own activity). */
  defaultPlace: string | null;
  score: number | null;
  reasons: string[];
  status: 'new' | 'accepted' | 'rejected';
}

function view(e: LibraryEntry, status: LibraryEntryView['status'], score: number | null = null, reasons: string[] = []): LibraryEntryView {
  return {
    id: e.id,
    section: e.section,
    place: e.place,
    hazard: e.hazard,
    consequence: e.consequence,
    factorCode: e.factorCode,
    accidentTypes: [...e.accidentTypes],
    measures: e.measures,
    signIds: [...e.signIds],
    ppeIds: [...e.ppeIds],
    suggestedLec: e.suggestedLec ?? null,
    majorHazardClause: e.majorHazardClause ?? null,
    confidence: e.confidence,
    custom: e.id.startsWith('custom.'),
    defaultPlace: placeNameForSection(e.section),
    score,
    reasons,
  status,
  };
}

function statusOf(doc: EnterpriseFile, postId: string): (id: string) => LibraryEntryView['status'] {
  const accepted = new Set(hazardsOfPost(doc, postId).map(hazardLibraryId).filter((x): x is string => !!x));
  const rejected = new Set(doc.wizard.posts[postId]?.rejected ?? []);
  return (id) => (accepted.has(id) ? 'accepted' : rejected.has(id) ? 'rejected' : 'new');
}

/** Ranked suggestions for a post of the enterprise (accepted and rejected ones included, marked). */
export function suggestionsForPost(doc: EnterpriseFile, postId: string, entries: readonly LibraryEntry[], limit = 30): LibraryEntryView[] {
  const post = doc.posts.find((p) => p.id === postId);
  if (!post) return [];
  const st = statusOf(doc, postId);
  return suggestForPost(entries, { industry: doc.profile.industry, flags: doc.profile.flags }, post, limit).map((s) => view(s.entry, st(s.entry.id), Math.round(s.score * 10) / 10, s.reasons));
}

/**
 * Full-library search: every whitespace-separated term must occur in the entry's section, place,
 * hazard, consequence, measures or keywords. Entries that apply to the enterprise come first.
 */
export function searchLibrary(entries: readonly LibraryEntry[], query: string, doc?: EnterpriseFile, postId?: string, limit = 50): LibraryEntryView[] {
  const terms = normalizeText(query).split(/[,，、]+/).flatMap((t) => t.split(/\s+/)).filter(Boolean);
  const rawTerms = query.trim().split(/[\s,，、]+/).filter(Boolean).map(normalizeText);
  const st = doc && postId ? statusOf(doc, postId) : () => 'new' as const;
  const ent = doc ? { industry: doc.profile.industry, flags: doc.profile.flags } : null;
  const hits: { e: LibraryEntry; rank: number }[] = [];
  for (const e of entries) {
    const hay = normalizeText(
      [e.section, e.place, e.hazard, e.consequence, ...e.measures.map((m) => m.text), ...e.applicability.postKeywords, ...e.applicability.equipmentKeywords].join('|'),
    );
    if (!(rawTerms.length ? rawTerms : terms).every((t) => hay.includes(t))) continue;
    const inHazard = rawTerms.filter((t) => normalizeText(e.hazard + e.place).includes(t)).length;
    hits.push({ e, rank: (ent && applies(e, ent) ? 100 : 0) + inHazard * 10 });
  }
  hits.sort((a, b) => b.rank - a.rank || (a.e.id < b.e.id ? -1 : 1));
  return hits.slice(0, limit).map((h) => view(h.e, st(h.e.id)));
}
