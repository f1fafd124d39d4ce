import type { CamundaMessages } from './camunda-en';

export const camundaNl: CamundaMessages = {
  title: 'Camunda 8 (werkermodus)',
  intro:
    'Workflows die als BPMN zijn geëxporteerd kunnen op een Camunda 8-cluster draaien. Stroomlijn doet dan hun stappen voor het cluster: berichten versturen, webhooks aanroepen, CRM-taken maken en velden van gegevens zetten, net als bij de eigen workflows.',
  use: 'Werken voor een Camunda 8-cluster',
  restAddress: 'Adres van het cluster (REST)',
  tokenUrl: 'Adres voor tokens (OAuth)',
  audience: 'Doelgroep (audience)',
  clientId: 'Client-ID',
  clientSecret: 'Clientgeheim',
  secretKept: 'bewaard (typ om te wijzigen)',
  credentialsHint: 'Laat het client-ID leeg voor een cluster zonder aanmelding (een lokaal cluster).',
  jobTypes: 'Stappen die Stroomlijn doet',
  jobType: {
    sendMessage: 'Berichten versturen',
    callWebhook: 'Webhooks aanroepen',
    createCrmTask: 'CRM-taken maken',
    setRecordField: 'Velden van gegevens zetten',
    reassignTask: 'Taken opnieuw toewijzen (escalatie)',
  },
  state: {
    off: 'De werkermodus staat uit.',
    running: 'Vraagt het cluster om werk.',
    failing: 'Het cluster is niet bereikbaar.',
  },
  lastPoll: 'Laatst gevraagd: {{at}}',
  handled_one: '{{count}} stap gedaan sinds de app startte.',
  handled_other: '{{count}} stappen gedaan sinds de app startte.',
  lastError: 'Laatste fout: {{error}}',
  pollNow: 'Nu vragen',
  polled_one: '{{count}} stap gedaan.',
  polled_other: '{{count}} stappen gedaan.',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
};
