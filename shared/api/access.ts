import type { Caller, Scope } from './caller';
import { hasScope } from './caller';
import type { ApiMethod } from './contract';

/** Who may call a method at all; what they may see or change within it is checked with the caller in main/. */
export type AccessLevel = 'public' | 'signedIn' | 'admin';
export interface Access {
  level: AccessLevel;
  /** What an integration token needs to call it. */
  scope: Scope;
}

const pub = (scope: Scope): Access => ({ level: 'public', scope });
const signedIn = (scope: Scope): Access => ({ level: 'signedIn', scope });
const admin: Access = { level: 'admin', scope: 'admin' };

/**
 * One entry per method of the contract (the type insists, so a new method cannot be added
 * unguarded). Dispatch checks it before anything else: anonymous → 401, not allowed → 403.
 */
export const methodAccess: { [M in ApiMethod]: Access } = {
  'app.health': pub('items:read'),
  'auth.status': pub('items:read'),
  'auth.setup': pub('admin'),
  'auth.signIn': pub('items:read'),

  'app.info': signedIn('items:read'),
  'auth.signOut': signedIn('items:read'),
  'auth.changePassword': signedIn('items:read'),
  'engine.status': signedIn('items:read'),
  'itemTypes.list': signedIn('items:read'),
  'directory.names': signedIn('directory:read'),
  'items.submit': signedIn('items:submit'),
  'items.get': signedIn('items:read'),
  'items.list': signedIn('items:read'),
  'items.detail': signedIn('items:read'),
  'items.reactions': signedIn('items:read'),
  'tasks.ofItem': signedIn('items:read'),
  'items.act': signedIn('items:act'),
  'items.intervene': signedIn('items:act'),
  'items.updateFields': signedIn('items:act'),
  'items.addAttachment': signedIn('items:submit'),
  'items.attachment': signedIn('items:read'),
  'tasks.mine': signedIn('items:read'),
  'records.list': signedIn('records:read'),
  'records.get': signedIn('records:read'),
  'records.create': signedIn('records:write'),
  'records.update': signedIn('records:write'),
  'records.remove': signedIn('records:write'),
  'records.fieldSpecs': signedIn('records:read'),
  'itemTypes.get': signedIn('items:read'),
  'schedule.list': signedIn('items:read'),
  'inbox.list': signedIn('items:read'),
  'inbox.unread': signedIn('items:read'),
  'inbox.markRead': signedIn('items:read'),

  'settings.get': admin,
  'settings.update': admin,
  'directory.get': admin,
  'directory.entry': admin,
  'directory.save': admin,
  'directory.remove': admin,
  'directory.previewCsv': admin,
  'directory.importCsv': admin,
  'engine.pause': admin,
  'templates.list': admin,
  'templates.get': admin,
  'templates.save': admin,
  'templates.remove': admin,
  'templates.addAttachment': admin,
  'templates.preview': admin,
  'templates.previewSaved': admin,
  'templates.sendExample': admin,
  'messages.list': admin,
  'messages.resend': admin,
  'messages.releaseCaptured': admin,
  'outbox.status': admin,
  'outbox.pause': admin,
  'replies.settings': admin,
  'camunda.settings': admin,
  'camunda.saveSettings': admin,
  'camunda.status': admin,
  'camunda.pollNow': admin,
  'replies.saveSettings': admin,
  'replies.testConnection': admin,
  'replies.readNow': admin,
  'replies.notUnderstood': signedIn('items:read'),
  'mail.settings': admin,
  'mail.saveSettings': admin,
  'mail.testConnection': admin,
  'mailings.check': admin,
  'mailings.send': admin,
  'mailings.sendExample': admin,
  'mailings.get': admin,
  'mailings.list': admin,
  'mailings.cancel': admin,
  'workflows.list': admin,
  'workflows.get': admin,
  'workflows.create': admin,
  'workflows.update': admin,
  'workflows.saveDraft': admin,
  'workflows.duplicate': admin,
  'workflows.remove': admin,
  'workflows.publish': admin,
  'workflows.validate': admin,
  'workflows.restoreVersion': admin,
  'workflows.export': admin,
  'workflows.exportBpmn': admin,
  'workflows.importBpmn': admin,
  'workflows.import': admin,
  'workflows.importDocument': admin,
  'workflows.simulate': admin,
  'itemTypes.saveConnector': admin,
  'itemTypes.create': admin,
  'itemTypes.update': admin,
  'itemTypes.delete': admin,
  'apiTokens.list': admin,
  'apiTokens.create': admin,
  'apiTokens.revoke': admin,
  'apiTokens.dismissMigrated': admin,
  'accounts.list': admin,
  'accounts.setPassword': admin,
  'accounts.endSessions': admin,
  'accounts.remove': admin,
  'audit.list': admin,
  'audit.export': admin,
  'audit.events': admin,
  'officeNetwork.get': admin,
  'officeNetwork.update': admin,
  'officeNetwork.renewCertificate': admin,
  'officeCalendar.get': admin,
  'officeCalendar.update': admin,
  'officeCalendar.holidays': admin,
};

/** What a user whose password an administrator set may do before choosing their own (and what is public). */
const beforeOwnPassword: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['auth.changePassword', 'auth.signOut']);

/** Why a caller may not call a method at all, or null when it may (resource checks come after). */
export function refusal(method: ApiMethod, caller: Caller): 'unauthorized' | 'forbidden' | null {
  const { level, scope } = methodAccess[method];
  if (level === 'public') return null;
  switch (caller.kind) {
    case 'anonymous':
      return 'unauthorized';
    case 'user':
      if (caller.mustChangePassword && !beforeOwnPassword.has(method)) return 'forbidden';
      return level === 'admin' && !caller.admin ? 'forbidden' : null;
    case 'integration':
      return hasScope(caller.scopes, scope) ? null : 'forbidden';
    default: {
      const never: never = caller;
      return never;
    }
  }
}
