/**
 * The enterprise being worked on: its document, loaded once and replaced by the document each
 * edit command returns (the main process is the source of truth).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppErrorShape } from '../../../core/contract/errors';
import type { EnterpriseFile } from '../../../core/model/enterpriseFile';
import type { OrgOp } from '../../../core/model/orgOps';
import { useApp, type CallOptions } from './app';

interface EnterpriseState {
  id: string;
  doc: EnterpriseFile | null;
  error: AppErrorShape | null;
  setDoc(d: EnterpriseFile): void;
  reload(): Promise<void>;
  /** Applies an org op; returns the new document or null (error already shown). */
  applyOrg(op: OrgOp, opts?: CallOptions): Promise<EnterpriseFile | null>;
}

const Ctx = createContext<EnterpriseState | null>(null);

export function EnterpriseProvider({ id, children }: { id: string; children: ReactNode }) {
  const { call, bridge } = useApp();
  const [doc, setDoc] = useState<EnterpriseFile | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const reload = useCallback(async () => {
    const r = await bridge.invoke('enterprises.get', { id });
    if (r.ok) {
      setDoc(r.data);
      setError(null);
    } else {
      setDoc(null);
      setError(r.error);
    }
  }, [bridge, id]);

  useEffect(() => {
    setDoc(null);
    void reload();
  }, [reload]);

  const applyOrg = useCallback(
    async (op: OrgOp, opts?: CallOptions) => {
      const next = await call('org.apply', { enterpriseId: id, op }, opts);
      if (next) setDoc(next);
      return next;
    },
    [call, id],
  );

  const value = useMemo(() => ({ id, doc, error, setDoc, reload, applyOrg }), [id, doc, error, reload, applyOrg]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useEnterprise(): EnterpriseState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useEnterprise outside EnterpriseProvider');
  return v;
}
