import { useCallback } from 'react';
import type { HazardOp } from '../../../../core/model/hazardOps';
import { useApp, type CallOptions } from '../../state/app';
import { useEnterprise } from '../../state/enterprise';

/** Applies an identification op and installs the returned document. */
export function useHazardOps() {
  const { call } = useApp();
  const { id, setDoc } = useEnterprise();
  return useCallback(
    async (op: HazardOp, opts?: CallOptions) => {
      const next = await call('hazards.apply', { enterpriseId: id, op }, opts);
      if (next) setDoc(next);
      return next;
    },
    [call, id, setDoc],
  );
}
