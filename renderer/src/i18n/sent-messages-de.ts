import type { Messages } from './en';

export const sentMessagesDe: Messages['sentMessages'] = {
  title: 'Gesendete Mails',
  none: 'Hierhin wurde noch keine Mail gesendet.',
};
