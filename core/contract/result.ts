/**
 * Result values returned by every command across IPC and HTTP (DESIGN §2):
 * `{ ok: true, data } | { ok: false, error: { code, details } }`.
 */
import type { AppErrorShape, ErrorCode, ErrorDetails } from './errors';

export type Ok<T> = { ok: true; data: T };
export type Err = { ok: false; error: AppErrorShape };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = (code: ErrorCode, details?: ErrorDetails): Err =>
  details === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, details } };
