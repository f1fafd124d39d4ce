/** Messages → Scheduled, and the inbox (English, the reference). */
export const scheduleEn = {
  intro:
    'What will go out: record-trigger timers, reminders, waits and deadlines of running items, with their messages and who they reach as things stand now.',
  until: 'Until',
  count_one: '{{count}} thing scheduled',
  count_other: '{{count}} things scheduled',
  empty: 'Nothing is scheduled until then.',
  when: 'When',
  what: 'Workflow',
  about: 'Record or item',
  messages: 'Messages',
  noMessages: 'no message',
  noTemplate: '(no template)',
  noAddress: 'no address',
  nobody: 'nobody',
  kinds: {
    delayed: 'starts (after a delay)',
    reminder: 'reminder',
    taskExpired: 'task expired',
    wait: 'wait ends',
    deadline: 'deadline',
    escalation: 'escalation',
  },
  channels: { email: 'e-mail', inbox: 'inbox', both: 'e-mail and inbox' },
};
export const inboxEn = {
  title: 'Inbox',
  empty: 'Your inbox is empty.',
  readAll: 'Mark all read',
  unread: 'unread',
  unreadCount_one: '{{count}} unread inbox message',
  unreadCount_other: '{{count}} unread inbox messages',
  openItem: 'See how it ran',
  openRecord: 'Open the record',
};
