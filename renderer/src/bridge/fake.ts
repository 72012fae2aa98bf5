/**
 * Fake bridge for component tests: takes a partial handler map and answers through the real
 * dispatch (so argument validation and Result shapes are the production ones).
 */
import { dispatch, type Handlers } from '../../../core/contract/dispatch';
import type { Bridge } from './types';

export interface FakeBridge extends Bridge {
  calls: { name: string; arg: unknown }[];
}

export function fakeBridge(handlers: Partial<Handlers>): FakeBridge {
  const calls: { name: string; arg: unknown }[] = [];
  return {
    calls,
    invoke: (async (name: string, arg: unknown) => {
      calls.push({ name, arg });
      return dispatch(handlers, name, arg);
    }) as Bridge['invoke'],
  };
}
