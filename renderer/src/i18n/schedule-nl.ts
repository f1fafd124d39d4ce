import type { inboxEn, scheduleEn } from './schedule-en';

export const scheduleNl: typeof scheduleEn = {
  intro:
    'Wat er uitgaat: timers van starts bij gewijzigde gegevens, herinneringen, wachttijden en deadlines van lopende dossieritems, met hun berichten en wie ze nu zouden bereiken.',
  until: 'Tot en met',
  count_one: '{{count}} gepland',
  count_other: '{{count}} gepland',
  empty: 'Tot dan staat er niets gepland.',
  when: 'Wanneer',
  what: 'Workflow',
  about: 'Record of item',
  messages: 'Berichten',
  noMessages: 'geen bericht',
  noTemplate: '(geen sjabloon)',
  noAddress: 'geen adres',
  nobody: 'niemand',
  kinds: {
    delayed: 'start (na een wachttijd)',
    reminder: 'herinnering',
    taskExpired: 'taak verlopen',
    wait: 'wachttijd voorbij',
    deadline: 'deadline',
    escalation: 'escalatie',
  },
  channels: { email: 'e-mail', inbox: 'inbox', both: 'e-mail en inbox' },
};
export const inboxNl: typeof inboxEn = {
  title: 'Inbox',
  empty: 'Je inbox is leeg.',
  readAll: 'Alles gelezen',
  unread: 'ongelezen',
  unreadCount_one: '{{count}} ongelezen inboxbericht',
  unreadCount_other: '{{count}} ongelezen inboxberichten',
  openItem: 'Verloop bekijken',
  openRecord: 'Gegeven openen',
};
