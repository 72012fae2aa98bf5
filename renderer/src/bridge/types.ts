import type { ArgOf, CommandName, ResultOf } from '../../../core/contract/api';
import type { Result } from '../../../core/contract/result';

/** What the UI talks to: the contract, whatever carries it (IPC, HTTP, a fake in tests). */
export interface Bridge {
  invoke<K extends CommandName>(name: K, arg: ArgOf<K>): Promise<Result<ResultOf<K>>>;
}
