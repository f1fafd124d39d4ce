import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model/common';
import { hasLanguage, loadLanguage } from '.';

/**
 * Whether the texts of `language` are here, fetching them if not: for a component that writes in a
 * language other than the UI's (a starter message in the workflow's language).
 */
export function useLanguageTexts(language: Language): boolean {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(() => hasLanguage(i18n, language));
  useEffect(() => {
    let live = true;
    if (!ready) void loadLanguage(i18n, language).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [i18n, language, ready]);
  return ready;
}
