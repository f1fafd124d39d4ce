import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/common';
import { de } from './de';
import { en } from './en';
import { nl } from './nl';

export const resources = { nl: { translation: nl }, en: { translation: en }, de: { translation: de } } as const;

/** A fresh i18next instance (one per app, and one per component test). */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
