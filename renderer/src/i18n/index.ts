import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/model/common';
import type { Messages } from './en';

/**
 * Each language is a chunk of its own, fetched when it is first shown (issue 17: all three were in
 * the first script every page loads).
 */
const load: Record<Language, () => Promise<Messages>> = {
  nl: () => import('./nl').then((m) => m.nl),
  en: () => import('./en').then((m) => m.en),
  de: () => import('./de').then((m) => m.de),
};

/** A fresh i18next instance in `language` (one per app, and one per component test). */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { [language]: { translation: await load[language]() } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Whether this page has the texts of `language` (the UI's, or one fetched for a message in it). */
export const hasLanguage = (instance: i18n, language: Language): boolean =>
  instance.hasResourceBundle(language, 'translation');

/** Fetch the texts of `language` if this page does not have them yet (e.g. for `getFixedT(language)`). */
export async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (!hasLanguage(instance, language)) instance.addResourceBundle(language, 'translation', await load[language]());
}

/** Show `language`, fetching its texts first if this page has not shown it yet. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (instance.language === language) return;
  await loadLanguage(instance, language);
  await instance.changeLanguage(language);
}
