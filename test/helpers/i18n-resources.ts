import { de } from '../../renderer/src/i18n/de';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';

/** Every language's texts at once (the app fetches one language at a time), for the tests that compare them. */
export const resources = { nl: { translation: nl }, en: { translation: en }, de: { translation: de } } as const;
