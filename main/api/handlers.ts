import type { ApiHandlers, AppInfo } from '../../shared/api/contract';
import type { DirectoryService } from '../services/directory';
import type { SettingsService } from '../services/settings';
import type { WorkflowService } from '../services/workflows';
import type { ItemTypeService } from '../services/item-types';
import type { Store } from '../store/store';
import { createMessageHandlers } from './message-handlers';
import type { Outbox } from '../mail/outbox';
import type { MailService } from '../services/mail';
import type { TemplateService } from '../services/templates';
import type { AttachmentFiles } from '../mail/attachments';
import type { Runtime } from '../engine/runtime';
import type { EngineControl } from '../engine/engine-control';
import type { RecordsService } from '../records/records-service';
import type { ScheduleService } from '../records/schedule-service';
import type { Inbox } from '../records/inbox';
import { taskViews } from '../engine/task-views';
import type { ApiTokenService } from '../services/api-tokens';
import type { ItemRecord } from '../../shared/model/item';
import { simulate } from '../engine/simulate';
import type { MessageWorld } from '../engine/message-world';
import type { OfficeNetwork } from '../office/office-network';
import { createOfficeHandlers } from './office-handlers';

export interface HandlerDeps {
  info: () => AppInfo;
  directory: DirectoryService;
  settings: SettingsService;
  workflows: WorkflowService;
  itemTypes: ItemTypeService;
  store: Store;
  /** What messages are rendered from (the database and the CRM records): simulate's too. */
  world: MessageWorld;
  templates: TemplateService;
  files: AttachmentFiles;
  runtime: Runtime;
  engine: EngineControl;
  records: RecordsService;
  schedule: ScheduleService;
  inbox: Inbox;
  mail: MailService;
  outbox: Outbox;
  apiTokens: ApiTokenService;
  officeNetwork: OfficeNetwork;
}

/** Binds each API method to the service that does the work. */
export const createHandlers = (deps: HandlerDeps): ApiHandlers => {
  const { info, directory, settings, workflows, itemTypes, store, world, templates, files, runtime, engine } = deps;
  const { records, schedule, inbox, mail, outbox, apiTokens } = deps;
  /** An item's active tasks as `userId` sees them (without the list of task users). */
  const tasksOf = (item: ItemRecord, userId?: string) => taskViews(store.data, item, userId).map(({ userIds: _u, ...view }) => view);
  return {
    ...createMessageHandlers({ templates, files, mail, outbox }),
    ...createOfficeHandlers(deps.officeNetwork),
    'app.info': async () => info(),
    'settings.get': async () => settings.get(),
    'settings.update': (change) => settings.update(change),
    'directory.get': async () => directory.get(),
    'directory.save': (input) => directory.save(input),
    'directory.remove': async ({ kind, id }) => {
      await directory.remove(kind, id);
      return { removed: true as const };
    },
    'directory.importCsv': ({ kind, csv }) => directory.importCsv(kind, csv),
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
    'workflows.publish': ({ id }) => workflows.publish(id),
    'workflows.restoreVersion': ({ id, version }) => workflows.restoreVersion(id, version),
    'workflows.export': async ({ id }) => workflows.exportJson(id),
    'workflows.import': ({ json }) => workflows.importJson(json),
    'itemTypes.list': async () => store.data.itemTypes,
    'itemTypes.saveConnector': ({ itemTypeId, connector }) => itemTypes.saveConnector(itemTypeId, connector),
    'templates.list': async () => store.data.templates,
    'items.submit': (input) => runtime.submit(input),
    'items.get': async ({ id, userId }) => runtime.get(id, userId),
    'items.list': async ({ status, itemTypeId, workflowId, submitterUserId, userId }) =>
      runtime.list(userId, {
        ...(status ? { status } : {}),
        keep: (i) => (!itemTypeId || i.itemTypeId === itemTypeId) && (!workflowId || i.workflowId === workflowId) && (!submitterUserId || i.submitterUserId === submitterUserId),
      }),
    'items.detail': async ({ id, userId }) => {
      const item = await runtime.get(id, userId);
      return { ...item, currentTasks: tasksOf(item, userId) };
    },
    'items.reactions': async ({ itemId, external, userId }) => (await runtime.get(itemId, userId)).reactions.filter((r) => external === undefined || r.external === external),
    'items.act': ({ itemId, actionNodeId, userId, reaction }) => runtime.act(itemId, actionNodeId, userId, reaction),
    'items.updateFields': ({ id, fields, userId }) => runtime.updateFields(id, fields, userId),
    'tasks.mine': async ({ userId }) =>
      runtime
        .open()
        .filter((i) => i.status === 'running')
        .flatMap((i) => taskViews(store.data, i))
        .filter((t) => t.userIds.includes(userId))
        .map(({ userIds: _u, ...view }) => view),
    'tasks.ofItem': async ({ itemId, userId }) => tasksOf(await runtime.get(itemId), userId),
    'items.intervene': ({ itemId, ...event }) => runtime.intervene(itemId, event),
    'records.list': async (filter) => records.list(filter),
    'records.get': async ({ id }) => records.get(id),
    'records.create': ({ entity, title, fields }) => records.create(entity, title, fields),
    'records.update': ({ id, ...change }) => records.update(id, change),
    'schedule.list': async ({ until }) => schedule.upcoming(until),
    'inbox.list': async ({ userId, unreadOnly }) => inbox.list(userId, unreadOnly),
    'inbox.unread': async ({ userId }) => ({ count: inbox.unread(userId) }),
    'inbox.markRead': async ({ userId, ids }) => ({ marked: await inbox.markRead(userId, ids) }),
    'engine.status': async () => engine.status(),
    'engine.pause': ({ paused }) => engine.setPaused(paused),
    'workflows.simulate': async (input) => simulate(world, input, (id) => runtime.get(id)),
    'workflows.validate': async ({ id }) => workflows.validate(id),
    'apiTokens.list': async () => ({ ...(apiTokens.baseUrl ? { baseUrl: apiTokens.baseUrl } : {}), tokens: apiTokens.list() }),
    'apiTokens.create': ({ name }) => apiTokens.create(name),
    'apiTokens.revoke': async ({ id }) => {
      await apiTokens.revoke(id);
      return { revoked: true as const };
    },
  };
};
