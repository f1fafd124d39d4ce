import type { webhooksEn } from './webhooks-en';

/** Webhooks (Deutsch). */
export const webhooksDe: typeof webhooksEn = {
  settings: {
    title: 'Webhooks',
    intro:
      'Webhook-Schritte und Zustellungen rufen nur öffentliche Adressen auf. Dieser Computer, private Netze (10.x, 172.16–31.x, 192.168.x), gemeinsam genutzte (100.64.x) und Link-Local-Adressen wie der Metadatendienst einer Cloud werden abgelehnt, auch nach einer Weiterleitung.',
    hosts: 'Hosts, die diesen Computer oder ein privates Netz erreichen dürfen, einer pro Zeile',
    hostsHint: 'Ein Name oder eine IP-Adresse, ohne http://, Port oder Pfad: z. B. crm.buero.lan oder 192.168.1.20.',
    none: 'Kein Host erlaubt: Webhooks erreichen nur öffentliche Adressen.',
    ownApi: 'Die eigene API von Stroomlijn bleibt abgelehnt, erlaubt oder nicht.',
    save: 'Hosts speichern',
    saved: 'Gespeichert.',
  },
  step: {
    headers: 'Header, ein „Name: Wert“ pro Zeile',
    headersHint: 'Es wird immer ein Idempotency-Key-Header gesendet, der bei jedem Versuch gleich bleibt.',
    body: 'Inhalt (JSON-Vorlage)',
    bodyHint:
      'Felder wie {{example}} werden ausgefüllt und für JSON maskiert: Textfelder in Anführungszeichen setzen. Leer: der Vorgang selbst wird gesendet.',
    timeout: 'Zeitlimit (Sekunden)',
    retries: 'Wiederholungen',
    retriesHint:
      'Wenn der Empfänger nicht erreichbar ist oder 408, 429 oder 5xx antwortet: erneut nach 1, 5 und 30 Minuten, danach alle 2 Stunden. Eine abgelehnte Adresse oder ein anderer 4xx wird nicht wiederholt.',
  },
  item: {
    title: 'Webhooks',
    pending: 'Wartet · bisher {{attempts}} Versuche',
    done: 'Antwort {{status}}',
    failed: 'Nach {{attempts}} Versuchen gescheitert',
    next: 'nächster Versuch {{when}}',
    response: 'Antwort',
  },
};
