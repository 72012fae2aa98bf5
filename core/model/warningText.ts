/**
 * A completeness finding (warnings.ts) as the sentence a user reads, in zh-CN or en: the finding's
 * own text where it carries one (roles missing), else the locale's `completeness.<code>` with its
 * details; profile field names come from the profile form's labels. Unknown codes keep their
 * details as compact JSON so nothing is hidden.
 */
import { translate, type Lang } from '../i18n';
import type { Finding } from './warnings';

export function warningText(lang: Lang, w: Finding): string {
  const d = w.details ?? {};
  if (w.code === 'W_ROLE_MISSING' && typeof d.text === 'string') return d.text;
  const key = `completeness.${w.code}`;
  const vars: Record<string, unknown> = { ...d };
  if (Array.isArray(d.fields)) vars.fields = d.fields.map((f) => translate(lang, `profile.fields.${String(f)}`)).join(lang === 'en' ? ', ' : '、');
  if (Array.isArray(d.missing)) vars.missing = d.missing.map(String).join(lang === 'en' ? '; ' : '；');
  const text = translate(lang, key, vars);
  if (text !== key) return text;
  return Object.keys(d).length ? `${w.where} ${JSON.stringify(d)}` : w.where;
}
