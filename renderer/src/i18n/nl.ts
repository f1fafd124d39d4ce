import { authNl } from './auth-nl';
import { auditNl } from './audit-nl';
import { designNl, findingsNl } from './design-nl';
import type { Messages } from './en';
import { mailSettingsNl, messagesNl, templatesNl } from './mail-nl';
import { apiTokensNl } from './api-tokens-nl';
import { apiDocsNl } from './api-docs-nl';
import { connectorsNl } from './connectors-nl';
import { webhooksNl } from './webhooks-nl';
import { officeNetworkNl } from './office-network-nl';
import { officeCalendarNl } from './office-calendar-nl';
import { escalationNl } from './escalation-nl';
import { inboxNl, scheduleNl } from './schedule-nl';
import { mailingNl } from './mailing-nl';
import { csvImportNl } from './csv-import-nl';
import { mailingSenderNl } from './mailing-sender-nl';
import { mailingTextNl } from './mailing-text-nl';
import { sentMessagesNl } from './sent-messages-nl';
import { simulateNl } from './simulate-nl';
import { editorAidNl } from './editor-aid-nl';
import { pickerNl } from './picker-nl';
import { recordsNl } from './records-nl';
import { fieldIssuesNl } from './field-issues-nl';
import { itemTypesNl } from './item-types-nl';
import { formsNl } from './forms-nl';
import { taskFormNl } from './task-form-nl';
import { editorSearchNl } from './editor-search-nl';
import { bpmnExportNl } from './bpmn-export-nl';
import { dateInputNl } from './date-input-nl';
import { requiredBeforeNl } from './required-before-nl';
import { actFromMailNl } from './act-from-mail-nl';
import { repliesNl } from './replies-nl';
import { camundaNl } from './camunda-nl';
import { notUnderstoodNl } from './not-understood-nl';
import { workNl } from './work-nl';
import { noticesNl } from './notices-nl';
import { serverErrorsNl } from './server-errors-nl';
import { itemStatusesNl } from './item-statuses-nl';
import { mailHintsNl } from './mail-hints-nl';

export const nl: Messages = {
  app: { name: 'Stroomlijn', tagline: 'Workflows die het juiste bericht sturen' },
  nav: {
    design: 'Ontwerp',
    itemTypes: 'Typen dossieritems',
    templates: 'Sjablonen',
    work: 'Werk',
    messages: 'Berichten',
    records: 'Gegevens',
    directory: 'Adresboek',
    settings: 'Instellingen',
    audit: 'Logboek',
    hostBrowser: 'Browserhost',
    hostElectron: 'Desktop-app',
  },
  adminOnly: {
    title: 'Voor beheerders',
    body: 'Je bent ingelogd als {{name}}, geen beheerder. Workflows en sjablonen ontwerpen, het adresboek, berichten en instellingen zijn voor beheerders.',
    toWork: 'Naar Werk',
  },
  engine: {
    running: 'Engine actief',
    paused: 'Engine gepauzeerd',
    waiting_one: '{{count}} bericht wacht',
    waiting_other: '{{count}} berichten wachten',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    pauseHint: 'Houdt timers, afleveringen en verzending vast tot hervatten of een herstart van de app',
  },
  common: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    delete: 'Verwijderen',
    edit: 'Bewerken',
    close: 'Sluiten',
    yes: 'Ja',
    no: 'Nee',
    none: '—',
    search: 'Zoeken',
    saving: 'Opslaan…',
    loading: 'Laden…',
    dismiss: 'Sluiten',
  },
  directory: {
    title: 'Adresboek',
    subtitle: 'Mensen en organisaties die workflows aanschrijven, en hun rollen.',
    new: 'Nieuw',
    import: 'CSV importeren',
    empty: 'Hier staat nog niets.',
    noMatch: 'Niets gevonden voor “{{query}}”.',
    count_one: '{{count}} regel',
    count_other: '{{count}} regels',
    deleteTitle: '{{name}} verwijderen?',
    deleteBody: 'Dit kan niet ongedaan worden gemaakt.',
    deleted: '{{name}} is verwijderd.',
    saved: '{{name}} is opgeslagen.',
    editTitle: '{{name}} bewerken',
    newTitle: 'Nieuw: {{kind}}',
    required: 'verplicht',
    kind: {
      users: 'Gebruiker',
      persons: 'Persoon',
      employees: 'Medewerker',
      organisations: 'Organisatie',
      contacts: 'Contactpersoon',
      roles: 'Rol',
    },
    kinds: {
      users: 'Gebruikers',
      persons: 'Personen',
      employees: 'Medewerkers',
      organisations: 'Organisaties',
      contacts: 'Contactpersonen',
      roles: 'Rollen',
    },
    fields: {
      name: 'Naam',
      email: 'E-mail',
      personId: 'Persoon',
      roleIds: 'Rollen',
      external: 'Portalgebruiker',
      admin: 'Beheerder',
      language: 'Taal',
      firstName: 'Voornaam',
      lastName: 'Achternaam',
      workEmail: 'E-mail werk',
      phone: 'Telefoon',
      organisationId: 'Organisatie',
      employeeNumber: 'Medewerkernummer',
      privateEmail: 'E-mail privé',
      department: 'Afdeling',
      city: 'Plaats',
      consentEmail: 'Toestemming e-mail',
      consentDate: 'Datum toestemming',
      description: 'Omschrijving',
    },
    resolution: {
      column: 'Mail gaat naar',
      user: 'eigen adres',
      personWork: 'e-mail werk van persoon',
      employeePrivate: 'privé-e-mail van medewerker',
      none: 'geen adres',
      tried: 'Geprobeerd: {{steps}}',
    },
    csv: {
      title: '{{kind}} importeren uit CSV',
      intro:
        'De eerste regel noemt de kolommen. Scheid waarden met een komma of puntkomma; lijsten (zoals rollen) met een puntkomma of |. Een kolom “id” werkt de regel met dat id bij.',
      columns: 'Kolommen',
      file: 'CSV-bestand',
      paste: 'of plak de tekst',
      choose: 'Kies een bestand…',
      noFile: 'Geen bestand gekozen',
      run: 'Importeren',
      running: 'Importeren…',
      result_one: '{{count}} regel gelezen: {{created}} toegevoegd, {{updated}} bijgewerkt, {{rejected}} geweigerd.',
      result_other: '{{count}} regels gelezen: {{created}} toegevoegd, {{updated}} bijgewerkt, {{rejected}} geweigerd.',
      rejectedTitle: 'Geweigerde regels (hiervan is niets geïmporteerd)',
      line: 'Regel',
      problems: 'Problemen',
    },
  },
  settings: {
    title: 'Instellingen',
    subtitle: 'Hoe Stroomlijn eruitziet, spreekt en mail verstuurt.',
    language: 'Taal',
    languageHint: 'De taal van alle schermen.',
    theme: 'Thema',
    themes: { light: 'Licht', dark: 'Donker', system: 'Zoals het systeem' },
    about: 'Over',
    version: 'Versie',
    dataDir: 'Gegevensmap',
    host: 'Draait als',
  },
  notices: noticesNl,
  errors: {
    title: 'Dat lukte niet',
    offline: 'Stroomlijn is niet bereikbaar. Draait het nog?',
    diskFull: 'De schijf is vol: er is niets opgeslagen. Maak ruimte vrij op de schijf en probeer het opnieuw.',
    notSaved:
      '{{file}} kon niet worden opgeslagen: {{reason}}. Er is niets gewijzigd; probeer het opnieuw zodra dat is ' +
      'verholpen.',
    notSavedReason: {
      noPermission: 'Stroomlijn mag het niet schrijven',
      readOnly: 'de schijf is alleen-lezen',
      diskError: 'de schijf meldde een fout',
      inTheWay: 'er staat een map of een ander bestand waar het bestand (of de back-up ervan) hoort',
      other: 'het systeem weigerde het te schrijven',
    },
    field: '{{field}}: {{message}}',
    checkFields: 'Controleer de gemarkeerde velden.',
  },
  validation: {
    required: 'is verplicht',
    text: 'moet tekst zijn',
    empty: 'mag niet leeg zijn',
    tooLong: 'is te lang',
    email: 'is geen geldig e-mailadres',
    date: 'is geen datum (JJJJ-MM-DD)',
    url: 'is geen URL',
    wholeNumber: 'moet een heel getal zijn',
    positive: 'moet groter zijn dan 0',
    httpAddress: 'is geen http(s)-adres',
    noneChosen: 'niets gekozen',
  },
  languages: { nl: 'Nederlands', en: 'English', de: 'Deutsch' },
  design: designNl,
  findings: findingsNl,
  templates: templatesNl,
  messages: messagesNl,
  mailSettings: mailSettingsNl,
  apiTokens: apiTokensNl,
  apiDocs: apiDocsNl,
  audit: auditNl,
  connectors: connectorsNl,
  webhooks: webhooksNl,
  officeNetwork: officeNetworkNl,
  officeCalendar: officeCalendarNl,
  escalation: escalationNl,
  schedule: scheduleNl,
  inbox: inboxNl,
  mailHints: mailHintsNl,
  mailing: mailingNl,
  csvImport: csvImportNl,
  mailingSender: mailingSenderNl,
  mailingText: mailingTextNl,
  sentMessages: sentMessagesNl,
  work: workNl,
  auth: authNl,
  records: recordsNl,
  fieldIssues: fieldIssuesNl,
  serverErrors: serverErrorsNl,
  itemStatuses: itemStatusesNl,
  forms: formsNl,
  taskForm: taskFormNl,
  editorSearch: editorSearchNl,
  bpmnExport: bpmnExportNl,
  dateInput: dateInputNl,
  requiredBefore: requiredBeforeNl,
  actFromMail: actFromMailNl,
  replies: repliesNl,
  camunda: camundaNl,
  notUnderstood: notUnderstoodNl,
  simulate: simulateNl,
  itemTypes: itemTypesNl,
  editorAid: editorAidNl,
  picker: pickerNl,
};
