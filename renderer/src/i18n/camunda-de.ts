import type { CamundaMessages } from './camunda-en';

export const camundaDe: CamundaMessages = {
  title: 'Camunda 8 (Worker-Modus)',
  intro:
    'Als BPMN exportierte Workflows können auf einem Camunda-8-Cluster laufen. Stroomlijn erledigt dann deren Schritte für den Cluster: Nachrichten senden, Webhooks aufrufen, CRM-Aufgaben anlegen und Felder von Datensätzen setzen, wie bei den eigenen Workflows.',
  use: 'Für einen Camunda-8-Cluster arbeiten',
  restAddress: 'Adresse des Clusters (REST)',
  tokenUrl: 'Adresse für Tokens (OAuth)',
  audience: 'Zielgruppe (Audience)',
  clientId: 'Client-ID',
  clientSecret: 'Client-Geheimnis',
  secretKept: 'gespeichert (zum Ändern eingeben)',
  credentialsHint: 'Lassen Sie die Client-ID für einen Cluster ohne Anmeldung (einen lokalen Cluster) leer.',
  jobTypes: 'Schritte, die Stroomlijn erledigt',
  jobType: {
    sendMessage: 'Nachrichten senden',
    callWebhook: 'Webhooks aufrufen',
    createCrmTask: 'CRM-Aufgaben anlegen',
    setRecordField: 'Felder von Datensätzen setzen',
    reassignTask: 'Aufgaben neu zuweisen (Eskalation)',
  },
  state: {
    off: 'Der Worker-Modus ist aus.',
    running: 'Fragt den Cluster nach Arbeit.',
    failing: 'Der Cluster ist nicht erreichbar.',
  },
  lastPoll: 'Zuletzt gefragt: {{at}}',
  handled_one: '{{count}} Schritt erledigt seit dem Start der App.',
  handled_other: '{{count}} Schritte erledigt seit dem Start der App.',
  lastError: 'Letzter Fehler: {{error}}',
  pollNow: 'Jetzt fragen',
  polled_one: '{{count}} Schritt erledigt.',
  polled_other: '{{count}} Schritte erledigt.',
  save: 'Speichern',
  saved: 'Gespeichert.',
};
