import type { Language } from '@shared/model/common';

export interface LinkDialogText {
  /** The question, naming where the link goes (scheme and host). */
  message: (origin: string) => string;
  /** Below it: the whole address. */
  detail: (href: string) => string;
  open: string;
  cancel: string;
}

/** The confirm step before a link leaves the app, in the UI language (Settings → Language). */
export const linkDialogTexts: Record<Language, LinkDialogText> = {
  nl: {
    message: (origin) => `${origin} openen in je browser?`,
    detail: (href) => `Het volledige adres: ${href}`,
    open: 'Openen',
    cancel: 'Annuleren',
  },
  en: {
    message: (origin) => `Open ${origin} in your browser?`,
    detail: (href) => `The full address: ${href}`,
    open: 'Open',
    cancel: 'Cancel',
  },
  de: {
    message: (origin) => `${origin} in Ihrem Browser öffnen?`,
    detail: (href) => `Die vollständige Adresse: ${href}`,
    open: 'Öffnen',
    cancel: 'Abbrechen',
  },
};
