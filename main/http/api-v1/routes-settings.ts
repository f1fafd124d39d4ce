import type { Route } from './routes';

/** The app's settings as one resource (issue 13): read it, change some of it. */
export const settingsRoutes: Route[] = [
  { method: 'GET', path: '/settings', call: 'settings.get', tag: 'Settings',
    summary: 'The settings: language, theme, mail (without the SMTP password), webhook hosts, office network' },
  { method: 'PATCH', path: '/settings', call: 'settings.update', body: 'fields', tag: 'Settings',
    summary: 'Change some settings (language, theme, webhookAllowedHosts); what is left out stays' },
];
