import type { webhooksEn } from './webhooks-en';

/** Webhooks (Nederlands). */
export const webhooksNl: typeof webhooksEn = {
  settings: {
    title: 'Webhooks',
    intro:
      'Webhookstappen en afleveringen roepen alleen openbare adressen aan. Deze computer, privénetwerken (10.x, 172.16–31.x, 192.168.x), gedeelde (100.64.x) en link-local adressen zoals de metadata-dienst van een cloud worden geweigerd, ook na een doorverwijzing.',
    hosts: 'Hosts die deze computer of een privénetwerk mogen bereiken, één per regel',
    hostsHint: 'Een naam of IP-adres, zonder http://, poort of pad: bijv. crm.kantoor.lan of 192.168.1.20.',
    none: 'Geen enkele host toegestaan: webhooks bereiken alleen openbare adressen.',
    ownApi: 'De eigen API van Stroomlijn wordt altijd geweigerd, toegestaan of niet.',
    save: 'Hosts opslaan',
    saved: 'Opgeslagen.',
  },
  step: {
    headers: 'Headers, één “Naam: waarde” per regel',
    headersHint: 'Er gaat altijd een Idempotency-Key-header mee die bij elke poging gelijk blijft.',
    body: 'Inhoud (JSON-sjabloon)',
    bodyHint:
      'Velden zoals {{example}} worden ingevuld, geschikt gemaakt voor JSON: zet tekstvelden tussen aanhalingstekens. Leeg: het item zelf wordt verstuurd.',
    timeout: 'Wachttijd (seconden)',
    retries: 'Herhalingen',
    retriesHint:
      'Als de ontvanger niet bereikbaar is of 408, 429 of 5xx antwoordt: opnieuw na 1, 5 en 30 minuten, daarna elke 2 uur. Een geweigerd adres of een andere 4xx wordt niet herhaald.',
  },
  item: {
    title: 'Webhooks',
    pending: 'Wacht · tot nu toe {{attempts}} pogingen',
    done: 'Antwoord {{status}}',
    failed: 'Mislukt na {{attempts}} pogingen',
    next: 'volgende poging {{when}}',
    response: 'Antwoord',
  },
};
