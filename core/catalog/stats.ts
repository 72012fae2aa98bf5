/**
 * Counts of the hazard library, as printed by `npx safepost catalog stats --json`:
 * `{ libraryVersion, total, byIndustry, bySection }`. byIndustry maps each industry's Chinese
 * name (冶金 … 其他) to the number of entries that apply to it (common sections apply to all);
 * bySection maps every section path of the coverage list to its count (0 when empty).
 */
import { INDUSTRIES, INDUSTRY_ZH } from '../model/vocab';
import { libraryEntries, LIBRARY_VERSION } from './library';
import { SECTION_PATHS } from './sections';

export interface CatalogStats {
  libraryVersion: string;
  total: number;
  byIndustry: Record<string, number>;
  bySection: Record<string, number>;
}

export function catalogStats(): CatalogStats {
  const entries = libraryEntries();
  const byIndustry: Record<string, number> = {};
  for (const i of INDUSTRIES) byIndustry[INDUSTRY_ZH[i]] = entries.filter((e) => e.applicability.industries.includes(i)).length;
  const bySection: Record<string, number> = {};
  for (const s of SECTION_PATHS) bySection[s] = entries.filter((e) => e.section === s).length;
  return { libraryVersion: LIBRARY_VERSION, total: entries.length, byIndustry, bySection };
}
