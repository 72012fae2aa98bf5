/**
 * Backup retention (pure): which backups to keep. Keeps the newest `keepLast`, plus the newest
 * backup of each of the last `days` calendar days (UTC), plus the newest of each of the last
 * `weeks` ISO-like weeks (7-day buckets counted back from `now`). Everything else may be deleted.
 * Rationale: recent edits are recoverable one by one; older states at a coarser grain, bounded
 * to about keepLast + days + weeks files per enterprise.
 */
export interface RetentionPolicy {
  keepLast: number;
  days: number;
  weeks: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 10, days: 14, weeks: 8 };

const BACKUP_NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?\.json$/;

/** Backup file name for a time: `YYYYMMDDTHHmmssZ.json` (no ':' — Windows forbids it). */
export function backupName(t: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.getUTCFullYear(), 4)}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}T${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}Z.json`;
}

/** Sort key of a backup name: its time in ms × 1000 + its same-second sequence number. */
export function backupSortKey(name: string): number {
  const t = backupTime(name);
  if (!t) return -1;
  const seq = /-(\d+)\.json$/.exec(name);
  return t.getTime() * 1000 + (seq ? Number(seq[1]) : 0);
}

/** Time of a backup file name, or null for a name that is not a backup. */
export function backupTime(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/**
 * @param names backup file names (others are ignored and never returned)
 * @returns the names to delete, oldest first
 */
export function backupsToDelete(names: readonly string[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const dated = names
    .map((n) => ({ n, t: backupTime(n) }))
    .filter((x): x is { n: string; t: Date } => x.t !== null)
    .sort((a, b) => backupSortKey(b.n) - backupSortKey(a.n));
  const keep = new Set<string>();
  dated.slice(0, policy.keepLast).forEach((x) => keep.add(x.n));
  const DAY = 86_400_000;
  const dayBuckets = new Set<number>();
  const weekBuckets = new Set<number>();
  for (const x of dated) {
    const age = now.getTime() - x.t.getTime();
    const day = Math.floor(x.t.getTime() / DAY);
    const today = Math.floor(now.getTime() / DAY);
    if (today - day < policy.days && !dayBuckets.has(day)) {
      dayBuckets.add(day);
      keep.add(x.n);
    }
    const week = Math.floor(Math.max(0, age) / (7 * DAY));
    if (week < policy.weeks && !weekBuckets.has(week)) {
      weekBuckets.add(week);
      keep.add(x.n);
    }
  }
  return dated.filter((x) => !keep.has(x.n)).map((x) => x.n).reverse();
}
