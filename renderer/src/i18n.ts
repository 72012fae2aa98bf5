/**
 * i18next with the core locales (zh-CN source, en). Keys are typed through CustomTypeOptions,
 * so `t('nav.enterprises')` is checked at compile time.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES } from '../../core/i18n';
import type { zhCN } from '../../core/i18n/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

export function initI18n(lang: 'zh-CN' | 'en' = 'zh-CN') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: 'zh-CN',
      resources: { 'zh-CN': { translation: LOCALES['zh-CN'] }, en: { translation: LOCALES.en } },
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}
