import type { Messages } from './en';

export const mailingDe: Messages['mailing'] = {
  button_one: 'Mailing an {{count}}',
  button_other: 'Mailing an {{count}}',
  title: 'Mailing an {{count}} Empfänger',
  select: '{{name}} auswählen',
  selectAll: 'Alle auswählen',
  next: 'Empfänger prüfen',
  allReachable: 'Alle haben eine E-Mail-Adresse und eingewilligt.',
  someMissing: '{{count}} von ihnen können diese Mail nicht erhalten. Ergänze zuerst, was fehlt, oder fahre ohne sie fort.',
  abort: 'Abbrechen',
  continue: 'An {{count}} senden',
  cancel: 'Mailing stoppen',
  progress: '{{sent}} gesendet, {{failed}} fehlgeschlagen, {{skipped}} nicht gesendet, von {{total}}.',
  separately: 'Jede persönliche Kopie einzeln ablegen',
  separatelyHint: 'Sonst bewahrt der Verlauf eine allgemeine Kopie des Mailings auf; das spart Platz. Die Mails selbst sind so oder so persönlich.',
  toHistory: 'Nachrichtenverlauf öffnen',
  emptyFields: 'Felder, die leer bleiben',
  emptyFieldsHint:
    'Die Vorlage benutzt diese Felder, aber dieses Mailing kann sie nicht für alle füllen: Sie bleiben leer.',
  noEmptyFields: 'Jedes Feld, das die Vorlage benutzt, ist für jeden Empfänger gefüllt.',
  emptyForAll_one: 'leer für den einzigen Empfänger',
  emptyForAll_other: 'leer für alle {{count}}',
  emptyForSome_one: 'leer für {{empty}} von {{count}}',
  emptyForSome_other: 'leer für {{empty}} von {{count}}',
  previewOf: 'Die Mail an {{name}}',
  cannotSend: 'Diese Vorlage kann nicht versendet werden:',
};
