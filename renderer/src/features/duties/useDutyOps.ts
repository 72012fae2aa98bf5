/**
 * Applies a duties op (owners, checklist settings, control map) and installs the returned
 * document; views re-fetch when the document changes (doc.updatedAt).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArgOf, CommandName, ResultOf } from '../../../../core/contract/api';
import type { DutyOpInput } from '../../../../core/duties/ops';
import { useApp, type CallOptions } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';

export function useDutyOps() {
  const { call } = useApp();
  const { id, setDoc } = useEnterprise();
  return useCallback(
    async (op: DutyOpInput, opts?: CallOptions) => {
      const next = await call('duties.apply', { enterpriseId: id, op }, opts);
      if (next) setDoc(next);
      return next;
    },
    [call, id, setDoc],
  );
}

/** Calls a query command of the current enterprise and keeps its result fresh after edits. */
export function useEnterpriseQuery<K extends CommandName>(name: K, arg: Omit<ArgOf<K>, 'enterpriseId'> | null): ResultOf<K> | null {
  const { call } = useApp();
  const { id, doc } = useEnterprise();
  const [data, setData] = useState<ResultOf<K> | null>(null);
  const key = arg === null ? null : JSON.stringify(arg);
  useEffect(() => {
    if (key === null) {
      setData(null);
      return;
    }
    let live = true;
    void call(name, { ...(JSON.parse(key) as object), enterpriseId: id } as ArgOf<K>).then((r) => {
      if (live) setData(r);
    });
    return () => {
      live = false;
    };
  }, [call, name, id, key, doc?.updatedAt]);
  return data;
}
