import { authDe } from './auth-de';
import { auditDe } from './audit-de';
import { designDe, findingsDe } from './design-de';
import type { Messages } from './en';
import { mailSettingsDe, messagesDe, templatesDe } from './mail-de';
import { apiTokensDe } from './api-tokens-de';
import { apiDocsDe } from './api-docs-de';
import { connectorsDe } from './connectors-de';
import { webhooksDe } from './webhooks-de';
import { officeNetworkDe } from './office-network-de';
import { officeCalendarDe } from './office-calendar-de';
import { escalationDe } from './escalation-de';
import { inboxDe, scheduleDe } from './schedule-de';
import { mailingDe } from './mailing-de';
import { csvImportDe } from './csv-import-de';
import { mailingSenderDe } from './mailing-sender-de';
import { mailingTextDe } from './mailing-text-de';
import { sentMessagesDe } from './sent-messages-de';
import { simulateDe } from './simulate-de';
import { editorAidDe } from './editor-aid-de';
import { pickerDe } from './picker-de';
import { recordsDe } from './records-de';
import { fieldIssuesDe } from './field-issues-de';
import { itemTypesDe } from './item-types-de';
import { formsDe } from './forms-de';
import { taskFormDe } from './task-form-de';
import { editorSearchDe } from './editor-search-de';
import { bpmnExportDe } from './bpmn-export-de';
import { dateInputDe } from './date-input-de';
import { requiredBeforeDe } from './required-before-de';
import { actFromMailDe } from './act-from-mail-de';
import { repliesDe } from './replies-de';
import { camundaDe } from './camunda-de';
import { notUnderstoodDe } from './not-understood-de';
import { workDe } from './work-de';
import { noticesDe } from './notices-de';
import { serverErrorsDe } from './server-errors-de';
import { itemStatusesDe } from './item-statuses-de';
import { mailHintsDe } from './mail-hints-de';

export const de: Messages = {
  app: { name: 'Stroomlijn', tagline: 'Workflows mit der richtigen Nachricht' },
  nav: {
    design: 'Entwurf',
    itemTypes: 'Vorgangstypen',
    templates: 'Vorlagen',
    work: 'Arbeit',
    messages: 'Nachrichten',
    records: 'Datensätze',
    directory: 'Adressbuch',
    settings: 'Einstellungen',
    audit: 'Protokoll',
    hostBrowser: 'Browser-Host',
    hostElectron: 'Desktop-App',
  },
  adminOnly: {
    title: 'Für Administratoren',
    body: 'Sie sind als {{name}} angemeldet, kein Administrator. Workflows und Vorlagen gestalten, das Adressbuch, Nachrichten und Einstellungen sind Administratoren vorbehalten.',
    toWork: 'Zur Arbeit',
  },
  engine: {
    running: 'Engine läuft',
    paused: 'Engine pausiert',
    waiting_one: '{{count}} Nachricht wartet',
    waiting_other: '{{count}} Nachrichten warten',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    pauseHint: 'Hält Timer, Zustellungen und Versand an, bis fortgesetzt oder die App neu gestartet wird',
  },
  common: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    delete: 'Löschen',
    edit: 'Bearbeiten',
    close: 'Schließen',
    yes: 'Ja',
    no: 'Nein',
    none: '—',
    search: 'Suchen',
    saving: 'Wird gespeichert…',
    loading: 'Wird geladen…',
    dismiss: 'Ausblenden',
  },
  directory: {
    title: 'Adressbuch',
    subtitle: 'Personen und Organisationen, die Workflows anschreiben, und ihre Rollen.',
    new: 'Neu',
    import: 'CSV importieren',
    empty: 'Hier ist noch nichts.',
    noMatch: 'Nichts passt zu „{{query}}“.',
    count_one: '{{count}} Eintrag',
    count_other: '{{count}} Einträge',
    deleteTitle: '{{name}} löschen?',
    deleteBody: 'Das lässt sich nicht rückgängig machen.',
    deleted: '{{name}} wurde gelöscht.',
    saved: '{{name}} wurde gespeichert.',
    editTitle: '{{name}} bearbeiten',
    newTitle: 'Neu: {{kind}}',
    required: 'Pflichtfeld',
    kind: {
      users: 'Benutzer',
      persons: 'Person',
      employees: 'Mitarbeiter',
      organisations: 'Organisation',
      contacts: 'Kontakt',
      roles: 'Rolle',
    },
    kinds: {
      users: 'Benutzer',
      persons: 'Personen',
      employees: 'Mitarbeiter',
      organisations: 'Organisationen',
      contacts: 'Kontakte',
      roles: 'Rollen',
    },
    fields: {
      name: 'Name',
      email: 'E-Mail',
      personId: 'Person',
      roleIds: 'Rollen',
      external: 'Portalbenutzer',
      admin: 'Administrator',
      language: 'Sprache',
      firstName: 'Vorname',
      lastName: 'Nachname',
      workEmail: 'E-Mail geschäftlich',
      phone: 'Telefon',
      organisationId: 'Organisation',
      employeeNumber: 'Personalnummer',
      privateEmail: 'E-Mail privat',
      department: 'Abteilung',
      city: 'Ort',
      consentEmail: 'E-Mail-Einwilligung',
      consentDate: 'Datum der Einwilligung',
      description: 'Beschreibung',
    },
    resolution: {
      column: 'Mail geht an',
      user: 'eigene Adresse',
      personWork: 'geschäftliche E-Mail der Person',
      employeePrivate: 'private E-Mail des Mitarbeiters',
      none: 'keine Adresse',
      tried: 'Versucht: {{steps}}',
    },
    csv: {
      title: '{{kind}} aus CSV importieren',
      intro:
        'Die erste Zeile nennt die Spalten. Werte mit Komma oder Semikolon trennen, Listen (etwa Rollen) mit Semikolon oder |. Eine Spalte „id“ aktualisiert den Eintrag mit dieser ID.',
      columns: 'Spalten',
      file: 'CSV-Datei',
      paste: 'oder den Text einfügen',
      choose: 'Datei wählen…',
      noFile: 'Keine Datei gewählt',
      run: 'Importieren',
      running: 'Wird importiert…',
      result_one: '{{count}} Zeile gelesen: {{created}} hinzugefügt, {{updated}} aktualisiert, {{rejected}} abgelehnt.',
      result_other:
        '{{count}} Zeilen gelesen: {{created}} hinzugefügt, {{updated}} aktualisiert, {{rejected}} abgelehnt.',
      rejectedTitle: 'Abgelehnte Zeilen (davon wurde nichts importiert)',
      line: 'Zeile',
      problems: 'Probleme',
    },
  },
  settings: {
    title: 'Einstellungen',
    subtitle: 'Wie Stroomlijn aussieht, spricht und E-Mails sendet.',
    language: 'Sprache',
    languageHint: 'Die Sprache aller Bildschirme.',
    theme: 'Design',
    themes: { light: 'Hell', dark: 'Dunkel', system: 'Wie das System' },
    about: 'Über',
    version: 'Version',
    dataDir: 'Datenordner',
    host: 'Läuft als',
  },
  notices: noticesDe,
  errors: {
    title: 'Das hat nicht geklappt',
    offline: 'Stroomlijn ist nicht erreichbar. Läuft es noch?',
    diskFull: 'Der Datenträger ist voll: nichts wurde gespeichert. Bitte Platz freigeben und erneut versuchen.',
    notSaved:
      '{{file}} konnte nicht gespeichert werden: {{reason}}. Es wurde nichts geändert; bitte erneut versuchen, ' +
      'sobald das behoben ist.',
    notSavedReason: {
      noPermission: 'Stroomlijn darf die Datei nicht schreiben',
      readOnly: 'der Datenträger ist schreibgeschützt',
      diskError: 'der Datenträger hat einen Fehler gemeldet',
      inTheWay: 'wo die Datei (oder ihre Sicherung) hingehört, steht ein Ordner oder eine andere Datei',
      other: 'das System hat das Schreiben verweigert',
    },
    field: '{{field}}: {{message}}',
    checkFields: 'Bitte die markierten Felder prüfen.',
  },
  validation: {
    required: 'ist ein Pflichtfeld',
    text: 'muss Text sein',
    empty: 'darf nicht leer sein',
    tooLong: 'ist zu lang',
    email: 'ist keine gültige E-Mail-Adresse',
    date: 'ist kein Datum (JJJJ-MM-TT)',
    url: 'ist keine URL',
    wholeNumber: 'muss eine ganze Zahl sein',
    positive: 'muss größer als 0 sein',
    httpAddress: 'ist keine http(s)-Adresse',
    noneChosen: 'nichts gewählt',
  },
  languages: { nl: 'Nederlands', en: 'English', de: 'Deutsch' },
  design: designDe,
  findings: findingsDe,
  templates: templatesDe,
  messages: messagesDe,
  mailSettings: mailSettingsDe,
  apiTokens: apiTokensDe,
  apiDocs: apiDocsDe,
  audit: auditDe,
  connectors: connectorsDe,
  webhooks: webhooksDe,
  officeNetwork: officeNetworkDe,
  officeCalendar: officeCalendarDe,
  escalation: escalationDe,
  schedule: scheduleDe,
  inbox: inboxDe,
  mailHints: mailHintsDe,
  mailing: mailingDe,
  csvImport: csvImportDe,
  mailingSender: mailingSenderDe,
  mailingText: mailingTextDe,
  sentMessages: sentMessagesDe,
  work: workDe,
  auth: authDe,
  records: recordsDe,
  fieldIssues: fieldIssuesDe,
  serverErrors: serverErrorsDe,
  itemStatuses: itemStatusesDe,
  forms: formsDe,
  taskForm: taskFormDe,
  editorSearch: editorSearchDe,
  bpmnExport: bpmnExportDe,
  dateInput: dateInputDe,
  requiredBefore: requiredBeforeDe,
  actFromMail: actFromMailDe,
  replies: repliesDe,
  camunda: camundaDe,
  notUnderstood: notUnderstoodDe,
  simulate: simulateDe,
  itemTypes: itemTypesDe,
  editorAid: editorAidDe,
  picker: pickerDe,
};
