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
};
