/**
 * Locales and a tiny typed translator for code that runs without i18next (CLI, documents).
 * The renderer uses i18next with the same resources.
 */
import { en } from './en';
import type { MessageKey, Messages } from './types';
import { zhCN } from './zh-CN';

export type { MessageKey, Messages };
export const LOCALES = { 'zh-CN': zhCN as Messages, en } as const;
export type Lang = keyof typeof LOCALES;

function lookup(m: Messages, key: string): string | undefined {
  let cur: unknown = m;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}

/** `{{name}}` interpolation; a missing variable stays visible rather than vanishing. */
export function interpolate(text: string, vars: Record<string, unknown> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (vars[k] === undefined || vars[k] === null ? m : String(vars[k])));
}

export function translate(lang: Lang, key: MessageKey | string, vars?: Record<string, unknown>): string {
  const text = lookup(LOCALES[lang], key) ?? lookup(LOCALES['zh-CN'], key) ?? key;
  return interpolate(text, vars);
}

/** Every dotted key of a locale object (for the completeness test). */
export function keysOf(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
