import { z } from 'zod';

/**
 * Why the server refused something, as a stable key and its parameters: the renderer turns it into
 * the user's language (renderer/src/ui/reason-text.ts); the API sends the English sentence beside it.
 * The English text of every key is here (i18next syntax); the renderer's en strings are these.
 */
export const reasonMessages = {
  // Not found (404): `thing` is one of the Things below, `id` what was asked for.
  notFound: 'There is no {{thing}} with id "{{id}}".',
  noVersion: '“{{name}}” has no version {{number}}.',
  // Conflicts (409)
  templateInUse: '“{{name}}” is still used by {{users}}.',
  entryInUse: '"{{name}}" is still used by {{users}}. Change those first.',
  lastAdminInDirectory:
    'Then no administrator could sign in any more: make another user with a sign-in administrator first.',
  lastAdminSignIn: 'This is the last administrator who can sign in: give another administrator a password first.',
  noSender: 'There is no sender address yet: add one under Settings → Mail.',
  noPublishedWorkflow: 'Item type “{{name}}” has no published workflow.',
  noRouteForType:
    'Item type “{{name}}” has no published workflow for new items: an administrator chooses one under Item types.',
  workflowSwitchedOff:
    'Workflow “{{workflow}}” is switched off: new items of type “{{name}}” cannot be submitted until an administrator switches it on or routes the type to another workflow.',
  workflowSwitchedOffWhy:
    'Workflow “{{workflow}}” ({{why}}) is switched off: new items of type “{{name}}” cannot be submitted until an administrator switches it on or routes the type to another workflow.',
  itemTypeInUse: 'Item type “{{name}}” is still used by {{uses}}; it stays.',
  versionGone: 'Version {{version}} of the workflow of this item no longer exists.',
  notPublishable: '“{{name}}” cannot be published while errors remain.',
  accountsExist: 'Stroomlijn already has accounts: sign in, or ask an administrator.',
  // SMTP: the test of the connection (and a send that failed the same way)
  smtpLogin: 'Could not connect to {{host}}:{{port}}: the server refused the user name or password ({{detail}}).',
  smtpUnreachable: 'Could not connect to {{host}}:{{port}}: the server could not be reached ({{detail}}).',
  smtpUnexpected: 'Could not connect to {{host}}:{{port}}: the server did not answer as expected ({{detail}}).',
  // IMAP: the test of the replies mailbox
  imapLogin: 'Could not read {{host}}:{{port}}: the server refused the user name or password ({{detail}}).',
  camundaOff: 'Worker mode is off: save a Camunda cluster in Settings first.',
  camundaUnreachable: 'The Camunda cluster could not be asked for jobs: {{detail}}',
  imapUnreachable: 'Could not read {{host}}:{{port}}: the server could not be reached ({{detail}}).',
  imapFolder: 'Could not open the folder “{{folder}}” on {{host}}: {{detail}}',
  imapUnexpected: 'Could not read {{host}}:{{port}}: the server did not answer as expected ({{detail}}).',
  noRepliesMailbox: 'No mailbox for replies is set yet (Settings → Replies).',
  // SMTP: sending a message failed (the detail is the server's answer)
  sendRefused: 'The SMTP server refused this message: {{detail}}',
  sendLogin: 'SMTP login failed: {{detail}}',
  sendNotYet: 'Not sent yet; it is tried again: {{detail}}',
  // Refusals (401/403): confidentiality and who may do what
  confidential: 'This item is confidential.',
  notYourTask: 'This task is not yours: only its users and the task manager may act on it.',
  onlyTaskManager: 'Only the task manager of this workflow may intervene.',
  onlyTaskUsersEdit: 'Only a user of an active task of this item, or its task manager, may change its fields.',
  submitAsYourself: 'You submit items as yourself: leave out submitterUserId, or name yourself.',
  signInFirst: 'Sign in first.',
  wrongLogin: 'Wrong login or password.',
  choosePasswordFirst: 'Choose your own password first (auth.changePassword).',
  notAllowed: 'You may not use {{method}}.',
  // The engine refused an action on an item
  notActive: 'That action is not open for this item (any more).',
  reactionRequired: '“{{name}}” needs a reaction.',
  notRunning: 'This item is no longer running.',
  // Input that was refused as a whole (400); its issues say what exactly
  csvNotImported: 'This CSV file cannot be imported',
  notSubmitted: 'An item of type “{{name}}” cannot be submitted',
  itemTypeNotSaved: 'Item type “{{name}}” cannot be saved',
  fieldsNotChanged: 'The fields of {{number}} cannot be changed',
  entryNotSaved: 'This entry cannot be saved',
  recordNotSaved: 'This record is not valid',
  mailingNotSent: 'This mailing cannot be sent',
  // Something broke inside Stroomlijn (500)
  internal: 'Something went wrong inside Stroomlijn; the details are in its log.',
} as const;
export type ReasonKey = keyof typeof reasonMessages;
export const ReasonKeys = Object.keys(reasonMessages) as ReasonKey[];

/** Messages of single issues (a field of an entry) with their parameters; `thing` is one of the Things. */
export const issueReasonMessages = {
  doesNotExist: '{{thing}} "{{id}}" does not exist',
  refersToMissing: 'refers to {{thing}} "{{id}}", which does not exist',
  notMergeField: '{{field}} is not a merge field of a mailing',
  notUploaded: '"{{name}}" is not an uploaded file',
  templateOrText: 'choose a template or type a text, one of the two',
  // An item type's form and routing (shared/item-types/item-type-issues.ts, main/services/item-types.ts).
  fieldKeyTaken: 'is used by another field',
  choiceWithoutOptions: 'a choice needs at least one value',
  optionTwice: 'holds a value twice',
  notOfThisType: '“{{name}}” is not a workflow of this type',
  notPublished: '“{{name}}” is not published',
  notAChoiceField: 'is not a choice field of this type',
  notAValueOfField: 'is not a value of the field',
  routedAlready: 'has a route already',
  kindHeldByItems: 'cannot change from {{from}} to {{to}}: these items hold a value: {{items}}',
  // A BPMN file that is imported (shared/bpmn/from-bpmn.ts): one issue per element.
  bpmnNotBpmn: 'is not a BPMN file: {{detail}}',
  bpmnNoProcess: 'holds no process, or more than one ({{detail}})',
  bpmnUnsupportedElement: '“{{element}}”: Stroomlijn has no step for {{detail}}',
  bpmnMultiInstance: '“{{element}}”: a step for many at once (multi-instance) cannot be held',
  bpmnUnsupportedCondition: '“{{element}}”: the condition builder cannot hold {{detail}}',
  bpmnUnknownJobType: '“{{element}}”: job type {{detail}} is not one of Stroomlijn’s',
  bpmnUnsupportedStart: '“{{element}}”: only a plain start or a Stroomlijn record message can start a workflow',
  bpmnUnsupportedTimer: '“{{element}}”: a timer takes minutes, hours or days, or a date field (not {{detail}})',
} as const;
export type IssueReasonKey = keyof typeof issueReasonMessages;
export const IssueReasonKeys = Object.keys(issueReasonMessages) as IssueReasonKey[];

/** What a not-found or does-not-exist is about; the renderer names each in the user's language. */
export const thingNames = {
  item: 'item',
  itemType: 'item type',
  workflow: 'workflow',
  workflowVersion: 'workflow version',
  template: 'template',
  record: 'record',
  user: 'user',
  mailing: 'mailing',
  message: 'message',
  apiToken: 'API token',
  users: 'user',
  persons: 'person',
  employees: 'employee',
  organisations: 'organisation',
  contacts: 'contact',
  roles: 'role',
} as const;
export type Thing = keyof typeof thingNames;
export const Things = Object.keys(thingNames) as Thing[];

export type ReasonParams = Record<string, string | number>;
export const ReasonSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** A reason as it travels: the key may be one this renderer does not know yet (it then shows the English). */
export type Reason = z.infer<typeof ReasonSchema>;

/** `{{name}}` in `template` filled in from `params`; a `thing` in English. */
export function fillIn(template: string, params: ReasonParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = params[key];
    if (key === 'thing' && typeof value === 'string' && value in thingNames) return thingNames[value as Thing];
    return String(value ?? '');
  });
}

/** The English sentence of a reason, for the API and the log. */
export const englishReason = (key: ReasonKey, params?: ReasonParams): string => fillIn(reasonMessages[key], params);

/** An issue at `path` whose message has a key the renderer translates. */
export const issueBecause = (path: string, key: IssueReasonKey, params: ReasonParams = {}) => ({
  path,
  message: fillIn(issueReasonMessages[key], params),
  reason: { key, params },
});
