import type { Route } from './routes';

/** The app's settings as one resource (issue 13): read it, change some of it. */
export const settingsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/settings',
    call: 'settings.get',
    tag: 'Settings',
    summary: 'The settings: language, theme, mail (without the SMTP password), webhook hosts, office network',
  },
  {
    method: 'PATCH',
    path: '/settings',
    call: 'settings.update',
    body: 'fields',
    tag: 'Settings',
    summary: 'Change some settings (language, theme, webhookAllowedHosts); what is left out stays',
  },
  {
    method: 'GET',
    path: '/settings/office-calendar',
    call: 'officeCalendar.get',
    tag: 'Settings',
    summary: 'The office calendar: working days and hours, country and region, closing days, part-timers, time zone',
  },
  {
    method: 'PUT',
    path: '/settings/office-calendar',
    call: 'officeCalendar.update',
    body: 'fields',
    tag: 'Settings',
    summary: 'Replace the office calendar; deadlines counted in working days follow it from now on',
  },
  {
    method: 'GET',
    path: '/settings/office-calendar/holidays',
    call: 'officeCalendar.holidays',
    query: ['country', 'region'],
    page: { by: ['date'] },
    tag: 'Settings',
    summary: 'The coming public holidays of a country (NL, BE, DE) and, for Germany, a Bundesland',
  },
  {
    method: 'GET',
    path: '/settings/replies',
    call: 'replies.settings',
    tag: 'Settings',
    summary:
      'The mailbox replies to task mails are read from (IMAP), without its password: hasPassword says whether one is kept',
  },
  {
    method: 'PUT',
    path: '/settings/replies',
    call: 'replies.saveSettings',
    body: 'fields',
    tag: 'Settings',
    summary:
      'Set the replies mailbox ({"imap": {...}}; without a password the kept one stays), or {"imap": null} to stop reading',
  },
  {
    method: 'POST',
    path: '/settings/replies/connection-tests',
    call: 'replies.testConnection',
    body: 'fields',
    tag: 'Settings',
    summary:
      'Log in to a replies mailbox and count its folder; a refusal says why (wrong password, folder, closed port)',
  },
  {
    method: 'POST',
    path: '/settings/replies/reads',
    call: 'replies.readNow',
    tag: 'Settings',
    summary: 'Read the replies mailbox now (it is also read every minute); answers how many replies were read',
  },
  {
    method: 'GET',
    path: '/replies/not-understood',
    call: 'replies.notUnderstood',
    page: { by: ['at', 'messageId'], newestFirst: true },
    tag: 'Items',
    summary:
      'Replies to task mails that could not act: all for an administrator, those about their workflows for a task manager',
  },
];
