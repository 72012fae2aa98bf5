/**
 * Ordered migrations of the enterprise file, one per schema change (DESIGN §3). Each step is a
 * pure function of the previous version's document; it never reads the clock or the disk.
 */
import { AppError } from '../contract/errors';
import { ENTERPRISE_SCHEMA_VERSION } from '../model/enterpriseFile';

export interface Migration {
  from: number;
  to: number;
  /** What changed, for the log and the `.pre-vN` copy's reason. */
  summary: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const ENTERPRISE_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    summary: 'org tree: workshops, teams, posts and people collections',
    up: (d) => ({ ...d, schemaVersion: 2, workshops: [], teams: [], posts: [], people: [] }),
  },
  {
    from: 2,
    to: 3,
    summary: 'hazard identification: riskPoints, hazards and the wizard progress',
    up: (d) => ({ ...d, schemaVersion: 3, riskPoints: [], hazards: [], wizard: { screeningDone: false, posts: {} } }),
  },
  {
    from: 3,
    to: 4,
    summary: 'risk evaluation: assessments and per-enterprise risk settings (band tables, control levels)',
    // riskSettings is filled with the presets by the schema default
    up: (d) => ({ ...d, schemaVersion: 4, assessments: [] }),
  },
  {
    from: 4,
    to: 5,
    summary:
      'control duties (per-hazard owner overrides, checklist settings), the sign placement plan and card data per post',
    // no overrides, placements or card records yet; frequencies and lists take the defaults of
    // core/duties/settings.ts. Written out explicitly so a v5 file always carries the three sections.
    up: (d) => ({ ...d, schemaVersion: 5, duties: { ownerOverrides: [], checklists: {} }, signPlacements: [], postCards: [] }),
  },
];

export interface MigrationOutcome {
  doc: Record<string, unknown>;
  /** Versions passed through, e.g. [1, 2] for one step; [] when already current. */
  steps: number[];
  fromVersion: number;
}

/**
 * Reads `schemaVersion` and applies every step up to ENTERPRISE_SCHEMA_VERSION.
 * @throws AppError E_SCHEMA_INVALID when schemaVersion is missing or not a positive integer,
 *   E_SCHEMA_NEWER when the file is newer than this build (the file is left as it is),
 *   E_MIGRATION_FAILED when a step throws.
 */
export function migrateEnterprise(input: unknown): MigrationOutcome {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('E_SCHEMA_INVALID', { path: '', expected: 'object' });
  }
  const v = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new AppError('E_SCHEMA_INVALID', { path: 'schemaVersion', expected: 'integer ≥ 1' });
  }
  if (v > ENTERPRISE_SCHEMA_VERSION) {
    throw new AppError('E_SCHEMA_NEWER', { fileVersion: v, appVersion: ENTERPRISE_SCHEMA_VERSION });
  }
  let doc = input as Record<string, unknown>;
  const steps: number[] = [];
  for (let cur = v; cur < ENTERPRISE_SCHEMA_VERSION; cur++) {
    const m = ENTERPRISE_MIGRATIONS.find((x) => x.from === cur);
    if (!m) throw new AppError('E_MIGRATION_FAILED', { from: cur, reason: 'no step' });
    try {
      doc = m.up(doc);
    } catch (e) {
      throw new AppError('E_MIGRATION_FAILED', { from: cur, reason: String(e) });
    }
    if (steps.length === 0) steps.push(cur);
    steps.push(m.to);
  }
  return { doc, steps, fromVersion: v };
}
