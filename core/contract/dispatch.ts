/**
 * The one entry point every transport calls: validates the command name and argument, runs the
 * handler, and turns every outcome into a Result. Nothing throws across IPC or HTTP.
 */
import { API, isCommandName, type CommandName, type ParsedArgOf, type ResultOf } from './api';
import { AppError } from './errors';
import { err, ok, type Result } from './result';
import { zodIssues } from '../model/zodIssues';

export type Handlers = { [K in CommandName]: (arg: ParsedArgOf<K>) => Promise<ResultOf<K>> };

export interface DispatchHooks {
  /** Called with unexpected exceptions (bugs), which reach the caller only as E_INTERNAL. */
  onInternalError?: (name: string, e: unknown) => void;
}

/**
 * @param handlers a full or partial handler map (a missing handler answers E_UNKNOWN_COMMAND).
 */
export async function dispatch(handlers: Partial<Handlers>, name: unknown, arg: unknown, hooks: DispatchHooks = {}): Promise<Result<unknown>> {
  if (!isCommandName(name)) return err('E_UNKNOWN_COMMAND', { name: typeof name === 'string' ? name.slice(0, 100) : typeof name });
  const handler = handlers[name] as ((a: unknown) => Promise<unknown>) | undefined;
  if (!handler) return err('E_UNKNOWN_COMMAND', { name });
  const parsed = API[name].arg.safeParse(arg ?? {});
  if (!parsed.success) return err('E_INVALID_ARGUMENT', { issues: zodIssues(parsed.error) });
  try {
    return ok(await handler(parsed.data));
  } catch (e) {
    if (e instanceof AppError) return err(e.code, e.details);
    hooks.onInternalError?.(name, e);
    return err('E_INTERNAL', { command: name });
  }
}
