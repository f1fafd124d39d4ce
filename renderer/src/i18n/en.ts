import { authEn } from './auth-en';
import { auditEn } from './audit-en';
import { validationMessages } from '@shared/model/messages';
import { designEn, findingsEn } from './design-en';
import { mailSettingsEn, messagesEn, templatesEn } from './mail-en';
import { apiTokensEn } from './api-tokens-en';
import { apiDocsEn } from './api-docs-en';
import { connectorsEn } from './connectors-en';
import { webhooksEn } from './webhooks-en';
import { officeNetworkEn } from './office-network-en';
import { officeCalendarEn } from './office-calendar-en';
import { escalationEn } from './escalation-en';
import { inboxEn, scheduleEn } from './schedule-en';
import { mailingEn } from './mailing-en';
import { csvImportEn } from './csv-import-en';
import { mailingSenderEn } from './mailing-sender-en';
import { mailingTextEn } from './mailing-text-en';
import { sentMessagesEn } from './sent-messages-en';
import { simulateEn } from './simulate-en';
import { editorAidEn } from './editor-aid-en';
import { pickerEn } from './picker-en';
import { recordsEn } from './records-en';
import { fieldIssuesEn } from './field-issues-en';
import { itemTypesEn } from './item-types-en';
import { formsEn } from './forms-en';
import { taskFormEn } from './task-form-en';
import { editorSearchEn } from './editor-search-en';
import { bpmnExportEn } from './bpmn-export-en';
import { dateInputEn } from './date-input-en';
import { requiredBeforeEn } from './required-before-en';
import { actFromMailEn } from './act-from-mail-en';
import { repliesEn } from './replies-en';
import { camundaEn } from './camunda-en';
import { notUnderstoodEn } from './not-understood-en';
import { workEn } from './work-en';
import { noticesEn } from './notices-en';
import { serverErrorsEn } from './server-errors-en';
import { itemStatusesEn } from './item-statuses-en';
import { mailHintsEn } from './mail-hints-en';

/** English UI strings. The reference: nl and de must have exactly these keys (checked by tsc and a test). */
export const en = {
  app: { name: 'Stroomlijn', tagline: 'Workflows that send the right message' },
  nav: {
    design: 'Design',
    itemTypes: 'Item types',
    templates: 'Templates',
    work: 'Work',
    messages: 'Messages',
    records: 'Records',
    directory: 'Directory',
    settings: 'Settings',
    audit: 'Audit trail',
    hostBrowser: 'Browser host',
    hostElectron: 'Desktop app',
  },
  adminOnly: {
    title: 'For administrators',
    body: 'You are signed in as {{name}}, who is not an administrator. Designing workflows and templates, the directory, messages and settings are for administrators.',
    toWork: 'Go to Work',
  },
  engine: {
    running: 'Engine running',
    paused: 'Engine paused',
    waiting_one: '{{count}} message waiting',
    waiting_other: '{{count}} messages waiting',
    pause: 'Pause',
    resume: 'Resume',
    pauseHint: 'Holds timers, deliveries and sending until resumed or the app restarts',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
    none: '—',
    search: 'Search',
    saving: 'Saving…',
    loading: 'Loading…',
    dismiss: 'Dismiss',
  },
  directory: {
    title: 'Directory',
    subtitle: 'People and organisations that workflows address, and the roles they have.',
    new: 'New',
    import: 'Import CSV',
    empty: 'Nothing here yet.',
    noMatch: 'Nothing matches “{{query}}”.',
    count_one: '{{count}} entry',
    count_other: '{{count}} entries',
    deleteTitle: 'Delete {{name}}?',
    deleteBody: 'This cannot be undone.',
    deleted: '{{name}} was deleted.',
    saved: '{{name}} was saved.',
    editTitle: 'Edit {{name}}',
    newTitle: 'New entry: {{kind}}',
    required: 'required',
    kind: {
      users: 'User',
      persons: 'Person',
      employees: 'Employee',
      organisations: 'Organisation',
      contacts: 'Contact',
      roles: 'Role',
    },
    kinds: {
      users: 'Users',
      persons: 'Persons',
      employees: 'Employees',
      organisations: 'Organisations',
      contacts: 'Contacts',
      roles: 'Roles',
    },
    fields: {
      name: 'Name',
      email: 'E-mail',
      personId: 'Person',
      roleIds: 'Roles',
      external: 'Portal user',
      admin: 'Administrator',
      language: 'Language',
      firstName: 'First name',
      lastName: 'Last name',
      workEmail: 'Work e-mail',
      phone: 'Phone',
      organisationId: 'Organisation',
      employeeNumber: 'Employee number',
      privateEmail: 'Private e-mail',
      department: 'Department',
      city: 'City',
      consentEmail: 'E-mail consent',
      consentDate: 'Consent date',
      description: 'Description',
    },
    resolution: {
      column: 'Mail goes to',
      user: 'own address',
      personWork: 'work e-mail of person',
      employeePrivate: 'private e-mail of employee',
      none: 'no address',
      tried: 'Tried: {{steps}}',
    },
    csv: {
      title: 'Import {{kind}} from CSV',
      intro:
        'The first line names the columns. Separate values with a comma or a semicolon; lists (such as roles) with a semicolon or |. A column “id” updates the entry with that id.',
      columns: 'Columns',
      file: 'CSV file',
      paste: 'or paste the text',
      choose: 'Choose a file…',
      noFile: 'No file chosen',
      run: 'Import',
      running: 'Importing…',
      result_one: '{{count}} row read: {{created}} added, {{updated}} updated, {{rejected}} rejected.',
      result_other: '{{count}} rows read: {{created}} added, {{updated}} updated, {{rejected}} rejected.',
      rejectedTitle: 'Rejected rows (nothing of these was imported)',
      line: 'Line',
      problems: 'Problems',
    },
  },
  settings: {
    title: 'Settings',
    subtitle: 'How Stroomlijn looks, speaks and sends mail.',
    language: 'Language',
    languageHint: 'The language of every screen.',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', system: 'Like the system' },
    about: 'About',
    version: 'Version',
    dataDir: 'Data folder',
    host: 'Running as',
  },
  notices: noticesEn,
  errors: {
    title: 'That did not work',
    offline: 'Stroomlijn cannot be reached. Is it still running?',
    diskFull: 'The disk is full: nothing was saved. Free some space on the disk and try again.',
    notSaved: '{{file}} could not be saved: {{reason}}. Nothing was changed; try again once that is put right.',
    notSavedReason: {
      noPermission: 'Stroomlijn is not allowed to write it',
      readOnly: 'the disk is read-only',
      diskError: 'the disk reported an error',
      inTheWay: 'a folder or another file stands where it (or its backup) belongs',
      other: 'the system refused to write it',
    },
    field: '{{field}}: {{message}}',
    checkFields: 'Check the marked fields.',
  },
  validation: validationMessages,
  languages: { nl: 'Nederlands', en: 'English', de: 'Deutsch' },
  design: designEn,
  findings: findingsEn,
  templates: templatesEn,
  messages: messagesEn,
  mailSettings: mailSettingsEn,
  apiTokens: apiTokensEn,
  apiDocs: apiDocsEn,
  audit: auditEn,
  connectors: connectorsEn,
  webhooks: webhooksEn,
  officeNetwork: officeNetworkEn,
  officeCalendar: officeCalendarEn,
  escalation: escalationEn,
  schedule: scheduleEn,
  inbox: inboxEn,
  mailHints: mailHintsEn,
  mailing: mailingEn,
  csvImport: csvImportEn,
  mailingSender: mailingSenderEn,
  mailingText: mailingTextEn,
  sentMessages: sentMessagesEn,
  work: workEn,
  auth: authEn,
  records: recordsEn,
  fieldIssues: fieldIssuesEn,
  serverErrors: serverErrorsEn,
  itemStatuses: itemStatusesEn,
  forms: formsEn,
  taskForm: taskFormEn,
  editorSearch: editorSearchEn,
  bpmnExport: bpmnExportEn,
  dateInput: dateInputEn,
  requiredBefore: requiredBeforeEn,
  actFromMail: actFromMailEn,
  replies: repliesEn,
  camunda: camundaEn,
  notUnderstood: notUnderstoodEn,
  simulate: simulateEn,
  itemTypes: itemTypesEn,
  editorAid: editorAidEn,
  picker: pickerEn,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill in. */
export type Messages = Widen<typeof en>;
