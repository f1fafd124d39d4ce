import type { connectorsEn } from './connectors-en';

/** Einstellungen → Zustellung freigegebener Nachrichten. */
export const connectorsDe: typeof connectorsEn = {
  title: 'Zustellung freigegebener Nachrichten',
  intro:
    'Nachrichten, die eine andere Anwendung zur Freigabe einreicht, gehen nach der Freigabe an die hier eingestellte Adresse. Abgelehnte gehen nirgendwohin.',
  kind: 'Wie freigegebene „{{name}}“ zugestellt werden',
  kinds: { none: 'Nicht zustellen', webhook: 'An eine Adresse (Webhook)', mail: 'Per E-Mail' },
  url: 'Adresse (URL)',
  headers: 'Zusätzliche Header, ein „Name: Wert“ pro Zeile',
  maxAttempts: 'Versuche',
  webhookHint:
    'Als JSON mit einem Idempotency-Key-Header gesendet; solange der Empfänger nicht erreichbar ist, wird es nach 1, 5 und 30 Minuten und danach alle 2 Stunden erneut versucht.',
  to: 'E-Mail-Adresse',
  template: 'Vorlage',
  mailHint: 'Die Vorlage kann die eingereichte Nachricht mit {{field}} zeigen.',
  save: 'Zustellung speichern',
  saved: 'Gespeichert.',
};
