/**
 * Long jobs (DESIGN §2): `jobs.start` returns a jobId at once; the UI polls `jobs.status` for
 * progress and may `jobs.cancel`. A job function receives an AbortSignal and a progress
 * callback; it should check the signal between units of work.
 */
import { AppError } from '../../core/contract/errors';
import type { JobKind, JobStatus } from '../../core/contract/types';
import type { IdGen } from '../../core/model/ids';

export interface JobContext {
  signal: AbortSignal;
  progress: (done: number, total: number, label?: string) => void;
}
export type JobFn = (arg: Record<string, unknown>, ctx: JobContext) => Promise<unknown>;

/** Finished jobs are kept this long for a late status poll. */
const KEEP_MS = 10 * 60_000;

export class JobRunner {
  private readonly jobs = new Map<string, { status: JobStatus; ctl: AbortController; endedAt?: number }>();

  constructor(
    private readonly kinds: Partial<Record<JobKind, JobFn>>,
    private readonly newId: IdGen,
  ) {}

  start(kind: JobKind, arg: Record<string, unknown>): { jobId: string } {
    const fn = this.kinds[kind];
    if (!fn) throw new AppError('E_JOB_UNKNOWN_KIND', { kind });
    this.gc();
    const jobId = this.newId('job');
    const ctl = new AbortController();
    const entry: { status: JobStatus; ctl: AbortController; endedAt?: number } = {
      status: { jobId, kind, state: 'running', progress: { done: 0, total: 0 } },
      ctl,
    };
    this.jobs.set(jobId, entry);
    const progress = (done: number, total: number, label?: string) => {
      entry.status.progress = label === undefined ? { done, total } : { done, total, label };
    };
    void fn(arg, { signal: ctl.signal, progress }).then(
      (result) => {
        entry.status = ctl.signal.aborted ? { ...entry.status, state: 'cancelled' } : { ...entry.status, state: 'done', result };
        entry.endedAt = Date.now();
      },
      (e: unknown) => {
        entry.endedAt = Date.now();
        if (ctl.signal.aborted) entry.status = { ...entry.status, state: 'cancelled', error: { code: 'E_JOB_CANCELLED' } };
        else if (e instanceof AppError) entry.status = { ...entry.status, state: 'failed', error: e.details ? { code: e.code, details: e.details } : { code: e.code } };
        else entry.status = { ...entry.status, state: 'failed', error: { code: 'E_INTERNAL' } };
      },
    );
    return { jobId };
  }

  status(jobId: string): JobStatus {
    const j = this.jobs.get(jobId);
    if (!j) throw new AppError('E_JOB_NOT_FOUND', { jobId });
    return structuredClone(j.status);
  }

  cancel(jobId: string): JobStatus {
    const j = this.jobs.get(jobId);
    if (!j) throw new AppError('E_JOB_NOT_FOUND', { jobId });
    if (j.status.state === 'running') j.ctl.abort();
    return structuredClone(j.status);
  }

  /** Resolves when no job is running (tests, shutdown). */
  async idle(): Promise<void> {
    while ([...this.jobs.values()].some((j) => j.status.state === 'running')) await new Promise((r) => setTimeout(r, 10));
  }

  private gc(): void {
    const now = Date.now();
    for (const [id, j] of this.jobs) if (j.endedAt && now - j.endedAt > KEEP_MS) this.jobs.delete(id);
  }
}
