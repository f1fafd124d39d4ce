import type { ApiMethod, ApiOutput, ApiParsedInput } from '../api/contract';
import type { ApiErrorCode } from '../api/errors';
import type { DirectoryKind } from '../model/directory';
import type { AuditAction, AuditDetails } from '../model/audit';

/**
 * What a rule says about one call. main/ turns the ids into names as they are now (a workflow's
 * name, a user's name) and writes the entry; nothing here may carry a password, token or secret.
 */
export interface AuditFacts {
  /** What it was done to, in words of its own (a login, a token's name); else named from the ids below. */
  target?: string;
  details?: AuditDetails;
  workflowId?: string;
  itemId?: string;
  tokenId?: string;
  itemTypeId?: string;
  entry?: { kind: DirectoryKind; id: string };
  templateId?: string;
  /** Users a task was given to (named in the details as they are called). */
  reassignedTo?: readonly string[];
  /** A user it was done to (a password set, sessions ended). */
  userId?: string;
  /** The user who acted, where the caller was nobody yet (a sign-in, the first administrator). */
  actorUserId?: string;
}

export interface AuditRule<M extends ApiMethod> {
  action: AuditAction;
  facts?(input: ApiParsedInput<M>, output: ApiOutput<M>): AuditFacts;
  /** Facts named before the call, for what the call removes (its name is gone after). */
  before?(input: ApiParsedInput<M>): AuditFacts;
  /** Also recorded when the call fails (a failed sign-in), with the error's code in its details. */
  failed?: { action: AuditAction; facts(input: ApiParsedInput<M>, code: ApiErrorCode): AuditFacts };
}

/**
 * One entry per method of the contract, so a new method must say whether it is audited. Reads and
 * a day's work (acting on tasks, saving drafts) are not; what changes who may do what, what runs
 * or where data goes is. Calls refused for lack of rights and the use of API tokens are recorded by
 * main/audit for every method.
 */
export const auditRules: { [M in ApiMethod]: AuditRule<M> | null } = {
  'app.health': null,
  'app.info': null,
  'auth.status': null,
  'auth.setup': {
    action: 'firstAdministrator',
    facts: (input, output) => ({ target: input.login, actorUserId: output.me?.userId }),
  },
  'auth.signIn': {
    action: 'signedIn',
    facts: (input, output) => ({ target: input.login, actorUserId: output.me?.userId }),
    failed: { action: 'signInFailed', facts: (input, code) => ({ target: input.login, details: { error: code } }) },
  },
  'auth.signOut': { action: 'signedOut' },
  'auth.changePassword': {
    action: 'passwordChanged',
    failed: { action: 'passwordChanged', facts: (_input, code) => ({ details: { error: code } }) },
  },
  'accounts.list': null,
  'accounts.setPassword': {
    action: 'passwordSet',
    facts: (input) => ({ userId: input.userId, ...(input.login ? { details: { login: input.login } } : {}) }),
  },
  'accounts.endSessions': {
    action: 'sessionsEnded',
    facts: (input, output) => ({ userId: input.userId, details: { sessions: output.ended } }),
  },
  'accounts.remove': { action: 'accountRemoved', facts: (input) => ({ userId: input.userId }) },
  'directory.names': null,

  'settings.get': null,
  'settings.update': {
    action: 'settingsChanged',
    facts: (input) => ({ details: { subject: 'settings', ...settingsWords(input) } }),
  },
  'mail.settings': null,
  'mail.saveSettings': {
    action: 'settingsChanged',
    facts: (input) => ({
      details: {
        subject: 'mail',
        smtp: input.smtp ? `${input.smtp.host}:${input.smtp.port}` : '',
        senders: input.senders.map((s) => s.email).join(', '),
      },
    }),
  },
  'mail.testConnection': null,
  'replies.settings': null,
  'replies.saveSettings': {
    action: 'settingsChanged',
    facts: (input) => ({
      details: {
        subject: 'replies',
        imap: input.imap
          ? `${input.imap.user}@${input.imap.host}:${input.imap.port} ${input.imap.folder} → ${input.imap.address}`
          : '',
      },
    }),
  },
  'replies.testConnection': null,
  'camunda.settings': null,
  'camunda.status': null,
  'camunda.pollNow': null,
  'camunda.saveSettings': {
    action: 'settingsChanged',
    facts: (input) => ({
      details: {
        subject: 'camunda',
        camunda: input.camunda
          ? `${input.camunda.restAddress} (${input.camunda.clientId || 'no client id'}) ${input.camunda.jobTypes.join(', ')}`
          : '',
      },
    }),
  },
  'replies.readNow': null,
  'replies.notUnderstood': null,
  'officeCalendar.get': null,
  'officeCalendar.holidays': null,
  'officeCalendar.update': {
    action: 'settingsChanged',
    facts: (input) => ({ details: { subject: 'officeCalendar', ...calendarWords(input) } }),
  },
  'officeNetwork.get': null,
  'officeNetwork.update': {
    action: 'settingsChanged',
    facts: (input) => ({ details: { subject: 'officeNetwork', ...officeWords(input) } }),
  },
  'officeNetwork.renewCertificate': {
    action: 'settingsChanged',
    facts: (_input, output) => ({
      details: {
        subject: 'certificate',
        ...(output.certificate ? { fingerprint: output.certificate.fingerprint } : {}),
      },
    }),
  },
  'itemTypes.list': null,
  'itemTypes.get': null,
  'itemTypes.create': {
    action: 'itemTypeChanged',
    facts: (_input, output) => ({ itemTypeId: output.id, details: { change: 'added' } }),
  },
  'itemTypes.update': {
    action: 'itemTypeChanged',
    facts: (input) => ({ itemTypeId: input.id, details: { change: 'saved' } }),
  },
  'itemTypes.delete': {
    action: 'itemTypeChanged',
    before: (input) => ({ itemTypeId: input.id, details: { change: 'removed' } }),
  },
  'itemTypes.saveConnector': {
    action: 'settingsChanged',
    facts: (input) => ({
      itemTypeId: input.itemTypeId,
      details: { subject: 'connector', ...connectorWords(input.connector) },
    }),
  },

  'directory.get': null,
  'directory.save': {
    action: 'directoryChanged',
    facts: (input, output) => ({
      entry: output,
      details: { entryKind: output.kind, change: input.entry.id ? 'saved' : 'added' },
    }),
  },
  'directory.entry': null,
  'directory.remove': {
    action: 'directoryChanged',
    before: (input) => ({ entry: input, details: { entryKind: input.kind, change: 'removed' } }),
  },
  'directory.previewCsv': null,
  'directory.importCsv': {
    action: 'directoryImported',
    facts: (_input, output) => ({
      details: {
        entryKind: output.kind,
        rows: output.rows,
        added: output.created,
        updated: output.updated,
        refused: output.rejected.length,
        ...(output.organisationsCreated ? { organisationsAdded: output.organisationsCreated } : {}),
      },
    }),
  },

  'workflows.list': null,
  'workflows.get': null,
  'workflows.create': null,
  // Its settings: name, item type, task manager, language, confidential, and switched on or off with why (seed 001).
  'workflows.update': {
    action: 'workflowChanged',
    facts: (input) => ({
      workflowId: input.id,
      details: {
        change: 'saved',
        ...(input.active !== undefined ? { enabled: input.active } : {}),
        ...(input.explanation ? { reason: input.explanation } : {}),
        ...(input.language ? { language: input.language } : {}),
      },
    }),
  },
  'workflows.saveDraft': null,
  'workflows.duplicate': null,
  'workflows.validate': null,
  'workflows.export': null,
  'workflows.exportBpmn': null,
  'workflows.importBpmn': { action: 'workflowImported', facts: (_input, output) => ({ workflowId: output.id }) },
  'workflows.simulate': null,
  'workflows.remove': { action: 'workflowRemoved', before: (input) => ({ workflowId: input.id }) },
  'workflows.publish': {
    action: 'workflowPublished',
    facts: (input, output) => ({ workflowId: input.id, details: { version: output.version } }),
  },
  'workflows.restoreVersion': {
    action: 'workflowRestored',
    facts: (input) => ({ workflowId: input.id, details: { version: input.version } }),
  },
  'workflows.import': { action: 'workflowImported', facts: (_input, output) => ({ workflowId: output.id }) },
  'workflows.importDocument': {
    action: 'workflowImported',
    facts: (_input, output) => ({ workflowId: output.id }),
  },

  'templates.list': null,
  'templates.get': null,
  'templates.save': null,
  'templates.remove': null,
  'templates.addAttachment': null,
  'templates.preview': null,
  'templates.previewSaved': null,
  'templates.sendExample': null,
  'messages.list': null,
  'messages.resend': null,
  'messages.releaseCaptured': {
    action: 'messagesReleased',
    facts: (_input, output) => ({ details: { released: output.released } }),
  },
  'outbox.status': null,
  'outbox.pause': { action: 'paused', facts: (input) => ({ details: { subject: 'outbox', paused: input.paused } }) },
  'engine.status': null,
  'engine.pause': { action: 'paused', facts: (input) => ({ details: { subject: 'engine', paused: input.paused } }) },
  'mailings.check': null,
  'mailings.get': null,
  'mailings.list': null,
  'mailings.cancel': null,
  'mailings.sendExample': null,
  'mailings.send': {
    action: 'mailingSent',
    facts: (input, output) => ({
      // A mailing with its own typed text has no template: the log names it by its subject.
      ...(input.text ? { target: input.text.subject } : { templateId: input.templateId }),
      details: { queued: output.queued, notSent: output.skipped.length },
    }),
  },

  'apiTokens.list': null,
  'apiTokens.dismissMigrated': null,
  'apiTokens.create': {
    action: 'tokenCreated',
    facts: (_input, output) => ({
      target: output.info.name,
      ...(output.info.ownerUserId
        ? { userId: output.info.ownerUserId }
        : { details: { scopes: output.info.scopes.join(', ') } }),
    }),
  },
  'apiTokens.revoke': { action: 'tokenRevoked', before: (input) => ({ tokenId: input.id }) },

  'items.intervene': {
    action: 'intervened',
    facts: (input) => ({
      itemId: input.itemId,
      details: interventionWords(input),
      ...(input.type === 'reassign' ? { reassignedTo: input.userIds } : {}),
    }),
  },
  'items.submit': null,
  'items.get': null,
  'items.list': null,
  'items.detail': null,
  'items.reactions': null,
  'items.act': null,
  'items.updateFields': null,
  'items.addAttachment': null,
  'items.attachment': null,
  'tasks.mine': null,
  'tasks.ofItem': null,
  'records.list': null,
  'records.get': null,
  'records.create': null,
  'records.update': null,
  // Records are a day's work, like creating and changing them.
  'records.remove': null,
  'records.fieldSpecs': null,
  'schedule.list': null,
  'inbox.list': null,
  'inbox.unread': null,
  'inbox.markRead': null,
  'audit.list': null,
  'audit.export': null,
  'audit.events': null,
};

/** The settings a change set, with their new values (settings hold no secrets; the mail password is elsewhere). */
function settingsWords(change: ApiParsedInput<'settings.update'>): AuditDetails {
  const { language, theme, webhookAllowedHosts } = change;
  return {
    ...(language ? { language } : {}),
    ...(theme ? { theme } : {}),
    ...(webhookAllowedHosts ? { webhookAllowedHosts: webhookAllowedHosts.join(', ') } : {}),
  };
}

function officeWords(change: ApiParsedInput<'officeNetwork.update'>): AuditDetails {
  const { enabled, port, hostNames } = change;
  return {
    ...(enabled !== undefined ? { enabled } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(hostNames ? { hostNames: hostNames.join(', ') } : {}),
  };
}

/** The office calendar as saved: what deadlines in working days will count with from now on. */
function calendarWords(calendar: ApiParsedInput<'officeCalendar.update'>): AuditDetails {
  return {
    workingDays: calendar.workingDays.join(','),
    openingHours: `${calendar.hours.start}–${calendar.hours.end}`,
    holidaysOf: calendar.region ? `${calendar.country}-${calendar.region}` : calendar.country,
    closingDays: calendar.closingDays.map((d) => d.date).join(', '),
    partTimers: Object.keys(calendar.userWorkingDays).length,
    timeZone: calendar.timeZone,
  };
}

function connectorWords(connector: ApiParsedInput<'itemTypes.saveConnector'>['connector']): AuditDetails {
  if (!connector) return { change: 'removed' };
  switch (connector.type) {
    case 'webhook':
      return { webhook: connector.url };
    case 'mail':
      return { mailTo: connector.to };
    default: {
      const never: never = connector;
      return never;
    }
  }
}

function interventionWords(input: ApiParsedInput<'items.intervene'>): AuditDetails {
  switch (input.type) {
    case 'reassign':
      return { change: 'reassigned' };
    case 'moveTo':
      return { movedTo: input.taskNodeId };
    case 'cancel':
      return { change: 'cancelled', ...(input.reason ? { reason: input.reason } : {}) };
    default: {
      const never: never = input;
      return never;
    }
  }
}
