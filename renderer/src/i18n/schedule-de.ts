import type { inboxEn, scheduleEn } from './schedule-en';

export const scheduleDe: typeof scheduleEn = {
  intro:
    'Was hinausgeht: Timer von Datensatz-Auslösern, Erinnerungen, Wartezeiten und Fristen laufender Vorgänge, mit ihren Nachrichten und wen sie nach heutigem Stand erreichen.',
  until: 'Bis einschließlich',
  count_one: '{{count}} geplant',
  count_other: '{{count}} geplant',
  empty: 'Bis dahin ist nichts geplant.',
  when: 'Wann',
  what: 'Workflow',
  about: 'Datensatz oder Vorgang',
  messages: 'Nachrichten',
  noMessages: 'keine Nachricht',
  noTemplate: '(keine Vorlage)',
  noAddress: 'keine Adresse',
  nobody: 'niemand',
  kinds: {
    delayed: 'startet (nach einer Wartezeit)',
    reminder: 'Erinnerung',
    taskExpired: 'Aufgabe abgelaufen',
    wait: 'Wartezeit endet',
    deadline: 'Frist',
    escalation: 'Eskalation',
  },
  channels: { email: 'E-Mail', inbox: 'Inbox', both: 'E-Mail und Inbox' },
};
export const inboxDe: typeof inboxEn = {
  title: 'Inbox',
  empty: 'Ihre Inbox ist leer.',
  readAll: 'Alle gelesen',
  unread: 'ungelesen',
  unreadCount_one: '{{count}} ungelesene Inbox-Nachricht',
  unreadCount_other: '{{count}} ungelesene Inbox-Nachrichten',
  openItem: 'Verlauf ansehen',
  openRecord: 'Datensatz öffnen',
};
