import type { mailHintsEn } from './mail-hints-en';

export const mailHintsDe: typeof mailHintsEn = {
  captureSmtpSet:
    'Jetzt ist ein SMTP-Server eingerichtet, neue Nachrichten werden also versendet. Diese wurden hier ' +
    'aufbewahrt, bevor es ihn gab; versenden Sie sie mit der Schaltfläche, wenn sie noch hinausgehen sollen.',
  noConsent: 'keine Einwilligung in E-Mails',
};
