/**
 * Document-pack benchmark (whole-job issue): the 全套资料 of a large synthetic enterprise (60 posts,
 * 600 hazards, 6 workshops, 200 sign plates; bench/synthetic.ts packEnterprise) beside its floor,
 * each in its own process (bench/packChild.ts) so each peak RSS is its own.
 * Targets on the 2-core reference machine: ≤ 2 × the floor, ≤ 20 s wall, peak RSS ≤ 600 MB.
 * The pack is measured in this thread (the default) and with two worker threads (opt-in,
 * SAFEPOST_DOC_THREADS=2; electron/services/documents/pool.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { row, type BenchRow } from './measure';

interface ChildResult {
  ms: number;
  maxRssMb: number;
  files: number;
  pages: number;
}

const TARGET = { ratio: 2, wallMs: 20_000, rssMb: 600 };

function child(mode: 'pack' | 'floor', out: string, env: Record<string, string> = {}): ChildResult {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'packChild.ts'), mode, out], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

function verdict(r: ChildResult, floorMs: number): string {
  const misses = [
    r.ms / floorMs > TARGET.ratio ? `ratio > ${TARGET.ratio}` : '',
    r.ms > TARGET.wallMs ? `wall > ${TARGET.wallMs / 1000} s` : '',
    r.maxRssMb > TARGET.rssMb ? `RSS > ${TARGET.rssMb} MB` : '',
  ].filter(Boolean);
  return misses.length ? `misses target: ${misses.join(', ')}` : 'meets targets';
}

export async function benchPack(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'safepost-bench-pack-'));
  try {
    const floor = child('floor', join(dir, 'floor'));
    const one = child('pack', join(dir, 'one'), { SAFEPOST_DOC_THREADS: '1' });
    const two = child('pack', join(dir, 'two'), { SAFEPOST_DOC_THREADS: '2' });
    return [
      row(`floor: bare pdfkit/docx/exceljs (${floor.files} files, ${floor.pages} PDF pages)`, floor.ms, null, `peak RSS ${floor.maxRssMb} MB; same texts as plain cells, models built outside the clock`),
      row(`pack, one thread — the default (${one.files} files, ${one.pages} pages)`, one.ms, floor.ms, `peak RSS ${one.maxRssMb} MB; ${verdict(one, floor.ms)}`),
      row(`pack, two worker threads (SAFEPOST_DOC_THREADS=2)`, two.ms, floor.ms, `peak RSS ${two.maxRssMb} MB; ${verdict(two, floor.ms)}`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
