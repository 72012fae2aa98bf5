/**
 * Runs a long job through the jobs API: start, poll status, show progress, allow cancel.
 */
import { Button, Progress, Space } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobKind, JobStatus } from '../../../core/contract/types';
import { useApp } from '../state/app';
import { errorText } from './errorText';

const POLL_MS = 250;

export function useJob() {
  const { t } = useTranslation();
  const { call } = useApp();
  const [status, setStatus] = useState<JobStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const run = useCallback(
    async (kind: JobKind, arg: Record<string, unknown>, onDone: (result: unknown) => void) => {
      const started = await call('jobs.start', { kind, arg });
      if (!started) return;
      const poll = async () => {
        const s = await call('jobs.status', { jobId: started.jobId });
        if (!s) return;
        setStatus(s);
        if (s.state === 'running') timer.current = setTimeout(() => void poll(), POLL_MS);
        else if (s.state === 'done') onDone(s.result);
      };
      await poll();
    },
    [call],
  );

  const running = status?.state === 'running';
  let progressText: ReactNode = null;
  if (status?.state === 'running') {
    const pct = status.progress.total ? Math.round((100 * status.progress.done) / status.progress.total) : 0;
    progressText = (
      <Space>
        <Progress percent={pct} size="small" style={{ width: 160 }} />
        <span>{t('jobs.running', { done: status.progress.done, total: status.progress.total })}</span>
        <Button size="small" onClick={() => void call('jobs.cancel', { jobId: status.jobId })}>
          {t('jobs.cancel')}
        </Button>
      </Space>
    );
  } else if (status?.state === 'cancelled') progressText = t('jobs.cancelled');
  else if (status?.state === 'failed' && status.error) progressText = t('jobs.failed', { message: errorText(t, status.error) });
  return { run, status, running, progressText };
}
