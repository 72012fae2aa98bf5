import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_CODE_PATTERN } from '../contract/errors';
import { keysOf, LOCALES, translate } from './index';

describe('i18n', () => {
  const zh = keysOf(LOCALES['zh-CN']).sort();
  it('every locale has exactly the keys of zh-CN', () => {
    for (const [lang, m] of Object.entries(LOCALES)) {
      const k = keysOf(m).sort();
      expect({ lang, missing: zh.filter((x) => !k.includes(x)), extra: k.filter((x) => !zh.includes(x)) }).toEqual({ lang, missing: [], extra: [] });
    }
  });
  it('no message is empty', () => {
    for (const [lang, m] of Object.entries(LOCALES)) {
      const empty = keysOf(m).filter((k) => translate(lang as 'en', k).trim() === '');
      expect({ lang, empty }).toEqual({ lang, empty: [] });
    }
  });
  it('every error code matches the pattern and has a message in every locale', () => {
    for (const code of ERROR_CODES) {
      expect(code).toMatch(ERROR_CODE_PATTERN);
      expect(zh).toContain(`errors.${code}`);
    }
  });
  it('interpolates and falls back to zh-CN', () => {
    expect(translate('zh-CN', 'app.version', { version: '1.2.3' })).toBe('版本 1.2.3');
    expect(translate('en', 'app.version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
