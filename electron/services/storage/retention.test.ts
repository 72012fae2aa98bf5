import { describe, expect, it } from 'vitest';
import { backupName, backupsToDelete, backupTime } from './retention';

const at = (iso: string) => backupName(new Date(iso));

describe('backup names', () => {
  it('have no colon and round-trip their time', () => {
    const n = at('2026-11-29T08:09:10.500Z');
    expect(n).toBe('20261129T080910Z.json');
    expect(backupTime(n)?.toISOString()).toBe('2026-11-29T08:09:10.000Z');
    expect(backupTime('20261129T080910Z-3.json')?.toISOString()).toBe('2026-11-29T08:09:10.000Z');
    expect(backupTime('notes.txt')).toBeNull();
  });
});

describe('retention policy', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  it('keeps everything while there are few backups', () => {
    const names = ['2026-11-29T11:00:00Z', '2026-11-29T10:00:00Z', '2026-11-28T10:00:00Z'].map(at);
    expect(backupsToDelete(names, now)).toEqual([]);
  });
  it('keeps the newest N, one per day for D days and one per week for W weeks', () => {
    // 30 backups today, one every 10 minutes from 07:00 to 11:50
    const today = Array.from({ length: 30 }, (_, i) => at(new Date(Date.parse('2026-11-29T07:00:00Z') + i * 600_000).toISOString()));
    // two per day for the previous 20 days
    const older = Array.from({ length: 20 }, (_, d) => [
      at(new Date(Date.parse('2026-11-28T09:00:00Z') - d * 86_400_000).toISOString()),
      at(new Date(Date.parse('2026-11-28T17:00:00Z') - d * 86_400_000).toISOString()),
    ]).flat();
    const del = backupsToDelete([...today, ...older], now, { keepLast: 5, days: 3, weeks: 2 });
    const kept = [...today, ...older].filter((n) => !del.includes(n));
    // newest 5 of today + newest of 28th and 27th (day buckets 2 and 3) + newest of week bucket 1 (age 7–14 days: 22nd 09:00; the 22nd 17:00 is under 7 days old)
    expect(kept.sort()).toEqual(
      [
        '20261129T111000Z.json', '20261129T112000Z.json', '20261129T113000Z.json', '20261129T114000Z.json', '20261129T115000Z.json',
        '20261128T170000Z.json', '20261127T170000Z.json', '20261122T090000Z.json',
      ].sort(),
    );
    // deleted list is oldest first
    expect(del[0]).toBe('20261109T090000Z.json');
  });
  it('orders same-second backups by their sequence number', () => {
    const names = ['20261129T110000Z.json', '20261129T110000Z-1.json', '20261129T110000Z-2.json', '20261129T110000Z-10.json'];
    expect(backupsToDelete(names, now, { keepLast: 2, days: 0, weeks: 0 })).toEqual(['20261129T110000Z.json', '20261129T110000Z-1.json']);
  });
  it('never deletes files that are not backups', () => {
    expect(backupsToDelete(['readme.txt', '.20261129T110000Z.json.1-1.tmp'], now, { keepLast: 0, days: 0, weeks: 0 })).toEqual([]);
  });
});
