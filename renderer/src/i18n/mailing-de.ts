import type { Messages } from './en';

export const mailingDe: Messages['mailing'] = {
  button_one: 'Mailing an {{count}}',
  button_other: 'Mailing an {{count}}',
  title_one: 'Mailing an {{count}} Empfänger',
  title_other: 'Mailing an {{count}} Empfänger',
  select: '{{name}} auswählen',
  selectAll: 'Alle auswählen',
  next: 'Empfänger prüfen',
  allReachable: 'Alle haben eine E-Mail-Adresse und eingewilligt.',
  someMissing_one:
    '{{count}} von ihnen kann diese Mail nicht erhalten. Ergänzen Sie zuerst, was fehlt, oder fahren Sie ohne ihn fort.',
  someMissing_other:
    '{{count}} von ihnen können diese Mail nicht erhalten. Ergänzen Sie zuerst, was fehlt, oder fahren Sie ohne sie fort.',
  abort: 'Abbrechen',
  continue_one: 'An {{count}} senden',
  continue_other: 'An {{count}} senden',
  cancel: 'Mailing stoppen',
  progress: '{{sent}} gesendet, {{failed}} fehlgeschlagen, {{skipped}} nicht gesendet, von {{total}}.',
  language: 'Sprache der Mail',
  languageHint: 'Kontakte haben keine eigene Sprache: alle bekommen die Mail in dieser Sprache der Vorlage.',
  languages: { nl: 'Niederländisch', en: 'Englisch', de: 'Deutsch' },
  inLanguage: 'Auf {{language}}',
  separately: 'Jede persönliche Kopie einzeln ablegen',
  separatelyHint:
    'Sonst bewahrt der Verlauf eine allgemeine Kopie des Mailings auf; das spart Platz. Die Mails selbst sind so oder so persönlich.',
  toHistory: 'Nachrichtenverlauf öffnen',
  emptyFields: 'Felder, die leer bleiben',
  emptyFieldsHint:
    'Die Vorlage benutzt diese Felder, aber dieses Mailing kann sie nicht für alle füllen: Sie bleiben leer.',
  noEmptyFields: 'Jedes Feld, das die Vorlage benutzt, ist für jeden Empfänger gefüllt.',
  emptyForAll_one: 'leer für den einzigen Empfänger',
  emptyForAll_other: 'leer für alle {{count}}',
  emptyForSome_one: 'leer für {{empty}} von {{count}}',
  emptyForSome_other: 'leer für {{empty}} von {{count}}',
  unknownFields: 'Felder, die es nicht gibt',
  unknownFieldsHint:
    'Die Vorlage verwendet diese Felder, aber es gibt sie nicht (ein Tippfehler?): sie bleiben für alle leer.',
  noSuchField: 'gibt es nicht',
  previewOf: 'Die Mail an {{name}}',
  cannotSend: 'Diese Vorlage kann nicht versendet werden:',
};
