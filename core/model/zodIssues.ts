/**
 * Turns zod issues into `{ path, code, params }` records that the UI and CLI translate with their
 * own messages (zod's English never reaches a user, DESIGN §2). `code` is either a domain error
 * code raised by a refinement (E_USCC_CHECKSUM…) or zod's issue code (too_small, invalid_type…).
 */
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path, array indices in brackets: 'posts[2].name'. */
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s ? `.${String(p)}` : String(p);
  }
  return s;
}

export function zodIssues(error: z.ZodError, max = 50): FieldIssue[] {
  return error.issues.slice(0, max).map((i) => {
    const path = formatPath(i.path);
    // A schema may name a domain error code as its message (E_HAZARD_TEXT_REQUIRED…): that code wins.
    if (/^E_[A-Z0-9_]+$/.test(i.message)) {
      const params = (i as { params?: Record<string, unknown> }).params;
      return params ? { path, code: i.message, params } : { path, code: i.message };
    }
    const params: Record<string, unknown> = {};
    const any = i as unknown as Record<string, unknown>;
    for (const k of ['minimum', 'maximum', 'expected', 'values', 'format']) if (any[k] !== undefined) params[k] = any[k];
    if (i.code === 'invalid_format' || (i.code === 'custom' && i.message)) params.rule = i.message;
    return Object.keys(params).length ? { path, code: i.code, params } : { path, code: i.code };
  });
}
