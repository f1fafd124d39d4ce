import type { connectorsEn } from './connectors-en';

/** Instellingen → aflevering van goedgekeurde berichten. */
export const connectorsNl: typeof connectorsEn = {
  title: 'Aflevering van goedgekeurde berichten',
  intro:
    'Berichten die een ander pakket ter goedkeuring instuurt, gaan na goedkeuring naar het adres dat je hier instelt. Afgekeurde berichten gaan nergens heen.',
  kind: 'Hoe goedgekeurde “{{name}}” worden afgeleverd',
  kinds: { none: 'Niet afleveren', webhook: 'Naar een adres (webhook)', mail: 'Per e-mail' },
  url: 'Adres (URL)',
  headers: 'Extra headers, één “Naam: waarde” per regel',
  maxAttempts: 'Pogingen',
  webhookHint:
    'Verstuurd als JSON met een Idempotency-Key-header; zolang de ontvanger niet bereikbaar is, wordt het na 1, 5 en 30 minuten en daarna elke 2 uur opnieuw geprobeerd.',
  to: 'E-mailadres',
  template: 'Sjabloon',
  mailHint: 'Het sjabloon kan het ingestuurde bericht tonen met {{field}}.',
  save: 'Aflevering opslaan',
  saved: 'Opgeslagen.',
};
