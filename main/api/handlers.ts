import type { AppInfo } from '@shared/api/contract';
import type { ApiHandlers } from './call';
import type { DirectoryService } from '../services/directory';
import type { SettingsService } from '../services/settings';
import type { WorkflowService } from '../services/workflows';
import type { ItemTypeService } from '../services/item-types';
import type { Store } from '../store/store';
import { createMessageHandlers } from './message-handlers';
import { createReplyHandlers } from './reply-handlers';
import { createCamundaHandlers } from './camunda-handlers';
import type { WorkerService } from '../camunda/worker-service';
import type { RepliesService } from '../mail-actions/replies-service';
import type { Outbox } from '../mail/outbox';
import type { MailService } from '../services/mail';
import type { TemplateService } from '../services/templates';
import type { AttachmentFiles } from '../mail/attachments';
import type { EngineControl } from '../engine/engine-control';
import type { RecordsService } from '../records/records-service';
import type { ScheduleService } from '../records/schedule-service';
import type { Inbox } from '../records/inbox';
import { withFollowableLinks } from '../records/inbox-links';
import type { ApiTokenService } from '../services/api-tokens';
import { simulate } from '../engine/simulate';
import type { MessageWorld } from '../engine/message-world';
import type { Work } from '../engine/work';
import type { ItemAttachments } from '../engine/item-attachments';
import type { SignIn } from '../auth/sign-in';
import type { Accounts } from '../auth/accounts';
import { createAuthHandlers } from './auth-handlers';
import { createAuditHandlers } from './audit-handlers';
import type { AuditTrail } from '../audit/audit-trail';
import type { OfficeNetwork } from '../office/office-network';
import { createOfficeHandlers } from './office-handlers';
import { createBpmnHandlers } from './bpmn-handlers';
import type { CalendarService } from '../calendar/calendar-service';
import { cutPage } from '@shared/api/page-input';
import { recordFieldSpecs } from '../records/record-field-specs';

export interface HandlerDeps {
  info: () => AppInfo;
  signIn: SignIn;
  accounts: Accounts;
  directory: DirectoryService;
  settings: SettingsService;
  workflows: WorkflowService;
  itemTypes: ItemTypeService;
  store: Store;
  /** What messages are rendered from (the database and the CRM records): simulate's too. */
  world: MessageWorld;
  templates: TemplateService;
  files: AttachmentFiles;
  /** People's work on items, checked against the caller. */
  work: Work;
  /** Files of items' attachment fields. */
  itemAttachments: ItemAttachments;
  engine: EngineControl;
  records: RecordsService;
  schedule: ScheduleService;
  inbox: Inbox;
  mail: MailService;
  outbox: Outbox;
  apiTokens: ApiTokenService;
  audit: AuditTrail;
  officeNetwork: OfficeNetwork;
  /** Acting by replying to a task mail: the replies mailbox and what could not act. */
  replies: RepliesService;
  /** Settings → Office calendar. */
  calendar: CalendarService;
  /** Worker mode for a Camunda 8 cluster. */
  camundaWorker: WorkerService;
  /** What refers to a CRM record (a record that something refers to is not deleted). */
  recordReferrers: (id: string) => string[];
}

/** Binds each API method to the service that does the work; the call's caller goes to those that check it. */
export const createHandlers = (deps: HandlerDeps): ApiHandlers => {
  const { info, directory, settings, workflows, itemTypes, store, world, templates, files, work, engine } = deps;
  const { records, schedule, inbox, mail, outbox, apiTokens, signIn, accounts, audit } = deps;
  const own = work.owner;
  return {
    ...createMessageHandlers({ templates, files, mail, outbox }),
    ...createReplyHandlers(deps.replies),
    ...createCamundaHandlers(store, deps.camundaWorker),
    ...createAuditHandlers(audit),
    ...createAuthHandlers({
      health: () => ({ name: info().name, version: info().version }),
      signIn,
      accounts,
      directory,
    }),
    ...createOfficeHandlers(deps.officeNetwork),
    ...createBpmnHandlers(store, workflows),
    'officeCalendar.get': async () => deps.calendar.get(),
    'officeCalendar.update': (next) => deps.calendar.update(next),
    'officeCalendar.holidays': async ({ country, region }) => deps.calendar.holidays(country, region),
    'app.info': async () => info(),
    'settings.get': async () => settings.get(),
    'settings.update': (change) => settings.update(change),
    'directory.get': async () => directory.get(),
    'directory.entry': async ({ kind, id }) => directory.entry(kind, id),
    'directory.save': (input) => directory.save(input),
    'directory.remove': async ({ kind, id }) => {
      await directory.remove(kind, id);
      return { removed: true as const };
    },
    'directory.previewCsv': async (input) => directory.previewCsv(input),
    'directory.importCsv': (input) => directory.importCsv(input),
    'workflows.list': async () => workflows.list(),
    'workflows.get': async ({ id }) => workflows.get(id),
    'workflows.create': ({ name, itemTypeId }) => workflows.create(name, itemTypeId),
    'workflows.update': (change) => workflows.update(change),
    'workflows.saveDraft': async ({ id, graph }) => ({ draftSavedAt: await workflows.saveDraft(id, graph) }),
    'workflows.duplicate': ({ id, name }) => workflows.duplicate(id, name),
    'workflows.remove': async ({ id }) => {
      await workflows.remove(id);
      return { removed: true as const };
    },
    'workflows.publish': ({ id, replaceRoute }) => workflows.publish(id, replaceRoute),
    'workflows.restoreVersion': ({ id, version }) => workflows.restoreVersion(id, version),
    'workflows.export': async ({ id }) => workflows.exportJson(id),
    'workflows.import': ({ json }) => workflows.importJson(json),
    'workflows.importDocument': ({ document }) => workflows.importDocument(document),
    'itemTypes.list': async () => store.data.itemTypes,
    'itemTypes.get': async ({ id }) => itemTypes.get(id),
    'itemTypes.create': (input) => itemTypes.create(input),
    'itemTypes.update': (input) => itemTypes.update(input),
    'itemTypes.delete': async ({ id }) => {
      await itemTypes.remove(id);
      return { removed: true as const };
    },
    'itemTypes.saveConnector': ({ itemTypeId, connector }) => itemTypes.saveConnector(itemTypeId, connector),
    'templates.list': async () => store.data.templates,
    'items.submit': (input, { caller }) => work.submit(caller, input),
    'items.get': ({ id }, { caller }) => work.get(caller, id),
    'items.list': async ({ status, itemTypeId, workflowId, submitterUserId, page }, { caller }) => {
      const items = await work.list(caller, {
        ...(status ? { status } : {}),
        keep: (i) =>
          (!itemTypeId || i.itemTypeId === itemTypeId) &&
          (!workflowId || i.workflowId === workflowId) &&
          (!submitterUserId || i.submitterUserId === submitterUserId),
      });
      return page ? cutPage(items, (i) => [i.createdAt, i.id], page) : items;
    },
    'items.detail': ({ id }, { caller }) => work.detail(caller, id),
    'items.reactions': ({ itemId, external }, { caller }) => work.reactions(caller, itemId, external),
    'items.act': ({ itemId, actionNodeId, reaction, fields }, { caller }) =>
      work.act(caller, itemId, actionNodeId, reaction, fields),
    'items.updateFields': ({ id, fields }, { caller }) => work.updateFields(caller, id, fields),
    'items.addAttachment': (input, { caller }) => deps.itemAttachments.add(caller, input),
    'items.attachment': ({ itemId, attachmentId }, { caller }) =>
      deps.itemAttachments.read(caller, itemId, attachmentId),
    'tasks.mine': async (_input, { caller }) => work.mine(caller),
    'tasks.ofItem': ({ itemId }, { caller }) => work.tasksOfItem(caller, itemId),
    'items.intervene': ({ itemId, ...intervention }, { caller }) => work.intervene(caller, itemId, intervention),
    'records.list': async (filter) => records.list(filter),
    'records.get': async ({ id }) => records.get(id),
    'records.create': ({ entity, title, fields }) => records.create(entity, title, fields),
    'records.update': ({ id, ...change }) => records.update(id, change),
    'records.remove': async ({ id }) => {
      await records.remove(id, deps.recordReferrers);
      return { removed: true as const };
    },
    'records.fieldSpecs': async ({ entity }) => recordFieldSpecs(entity),
    'schedule.list': async ({ until }, { caller }) => schedule.upcoming(until, caller),
    'inbox.list': ({ unreadOnly }, { caller }) =>
      withFollowableLinks(inbox.list(own(caller), unreadOnly), caller, {
        item: (who, id) => work.get(who, id),
        recordExists: (id) => world.recordOf(id) !== undefined,
      }),
    'inbox.unread': async (_input, { caller }) => ({ count: inbox.unread(own(caller)) }),
    'inbox.markRead': async ({ ids }, { caller }) => ({ marked: await inbox.markRead(own(caller), ids) }),
    'engine.status': async () => engine.status(),
    'engine.pause': ({ paused }) => engine.setPaused(paused),
    'workflows.simulate': async (input, { caller }) => simulate(world, input, (id) => work.get(caller, id)),
    'workflows.validate': async ({ id }) => workflows.validate(id),
    'apiTokens.list': async () => {
      const migrated = store.data.settings.apiTokensMigrated;
      return {
        ...(apiTokens.baseUrl ? { baseUrl: apiTokens.baseUrl } : {}),
        tokens: apiTokens.list(),
        ...(migrated ? { migrated } : {}),
      };
    },
    'apiTokens.create': ({ name, ownerUserId, scopes }) =>
      apiTokens.create(name, ownerUserId ? { ownerUserId } : { scopes }),
    'apiTokens.dismissMigrated': async () => {
      await apiTokens.dismissMigrated();
      return { dismissed: true as const };
    },
    'apiTokens.revoke': async ({ id }) => {
      await apiTokens.revoke(id);
      return { revoked: true as const };
    },
  };
};
