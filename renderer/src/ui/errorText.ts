/**
 * Turns an error Result into the sentence the user reads: the code's message, then each field
 * issue as “<field label>: <what is wrong>”. Field labels come from the form's label map; zod's
 * English never reaches the user (DESIGN §2).
 */
import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../../core/contract/errors';

interface Issue {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/** Message for one field issue (without the label). */
export function issueMessage(t: TFunction, issue: Issue): string {
  const p = issue.params ?? {};
  if (issue.code === 'E_USCC_FORMAT' && p.reason === 'charset' && p.suggestion) return String(t('validation.E_USCC_FORMAT_char', p as never));
  const rule = typeof p.rule === 'string' ? p.rule : null;
  const key = rule && ['phone', 'code'].includes(rule) ? rule : issue.code;
  const text = String(t(`validation.${key}` as never, p as never));
  return text === `validation.${key}` ? t('validation.invalid_value') : text;
}

/**
 * A readable label for a contract issue path such as `op.hazard.measures.0.check`: the field names
 * the user knows (validation.labels) and list positions as “第 n 条”; container words (op, hazard,
 * patch …) are dropped. A path with no known field stays as it is.
 */
export function pathLabel(t: TFunction, path: string): string {
  const out: string[] = [];
  for (const seg of path.split('.').filter(Boolean)) {
    if (/^\d+$/.test(seg)) {
      if (out.length > 0) out.push(String(t('validation.item', { n: Number(seg) + 1 })));
      continue;
    }
    const key = `validation.labels.${seg}`;
    const label = String(t(key as never));
    if (label !== key) out.push(label);
  }
  return out.length > 0 ? out.join(' ') : path;
}

export function errorText(t: TFunction, error: AppErrorShape, labelOf: (path: string) => string = (p) => pathLabel(t, p)): string {
  const details = (error.details ?? {}) as Record<string, unknown>;
  const head = String(t(`errors.${error.code}` as never, details as never));
  const issues = Array.isArray(details.issues) ? (details.issues as Issue[]) : [];
  const lines: string[] = issues.slice(0, 5).map((i) => String(t('validation.field', { field: labelOf(i.path), message: issueMessage(t, i) })));
  // A quarantined file and the backup on offer are part of what the user must know.
  if (typeof details.quarantinedTo === 'string') lines.push(t('enterprises.quarantined', { path: details.quarantinedTo }));
  if (typeof details.newestBackup === 'string') lines.push(t('enterprises.newestBackup', { name: details.newestBackup }));
  return [head, ...lines].join('\n');
}
