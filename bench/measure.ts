/** Timing and memory helpers for the benchmarks (wall time in ms, RSS in MB). */
export async function time<T>(fn: () => Promise<T> | T, repeat = 3): Promise<{ ms: number; result: T }> {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    result = await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

export const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

export interface BenchRow {
  name: string;
  ms: number;
  floorMs: number | null;
  ratio: number | null;
  note?: string;
}

export function row(name: string, ms: number, floorMs: number | null, note?: string): BenchRow {
  return { name, ms: Math.round(ms), floorMs: floorMs === null ? null : Math.round(floorMs), ratio: floorMs ? Math.round((ms / floorMs) * 100) / 100 : null, ...(note ? { note } : {}) };
}
