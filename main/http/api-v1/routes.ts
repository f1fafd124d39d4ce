import { z } from 'zod';
import type { ApiMethod, ApiOutput } from '@shared/api/contract';
import { Directory, DirectoryKinds } from '@shared/model/directory';
import { Connector, type ItemType } from '@shared/model/item-type';
import type { PageOrder } from './paging';
import { itemRoutes } from './routes-items';
import { itemTypeRoutes } from './routes-item-types';
import { listRoutes } from './routes-lists';
import { recordRoutes } from './routes-records';
import { settingsRoutes } from './routes-settings';
import { templateRoutes } from './routes-templates';
import { workflowRoutes } from './routes-workflows';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One route of the external API v1: how an HTTP request becomes the input of one contract method
 * (DESIGN.md §8). The server, the OpenAPI document and their tests all read this table.
 */
export interface Route {
  method: HttpMethod;
  /** Under /api/v1, with `{param}` segments. */
  path: string;
  /** The contract method the route calls; it validates the input and does the work. */
  call: ApiMethod;
  summary: string;
  /** The OpenAPI tag (the section it is listed under). */
  tag: string;
  /** Status of a successful answer (200 unless said). */
  status?: 200 | 201;
  /** Path parameter → the input key it fills (`entry.id`: a key of the body's object); by default the key of the same name. */
  params?: Record<string, string>;
  /** Input keys read from the query string (`?status=running`). */
  query?: readonly string[];
  /** The JSON body: its fields are input keys (`fields`), or it is the value of one input key. */
  body?: 'fields' | { into: string };
  /** Input the route itself fills in. */
  fixed?: Record<string, string>;
  /** A create (201) whose resource is not read at `<path>/{id}`: the path of the GET route that reads it. */
  resource?: string;
  /**
   * A list (a GET whose contract answers an array): the fields its pages are ordered by, which never
   * change for a row and together tell rows apart (`#`: the position, for lists that only grow at the
   * end); by default `id`, oldest first.
   */
  page?: PageOrder;
  /** Reshape the contract's answer; `schema` documents the result. */
  respond?: { schema: z.ZodType; from: (output: never) => unknown };
}

/** Health: says the API is up and which version answers, nothing about the data. */
export const Health = z.object({ status: z.literal('ok'), name: z.string(), version: z.string() });

const health = (info: ApiOutput<'app.health'>): z.infer<typeof Health> => ({
  status: 'ok',
  name: info.name,
  version: info.version,
});

/** An entry of the directory read, created, replaced and deleted: routes per kind, so each has its own schema. */
const directoryEntryRoutes: Route[] = DirectoryKinds.flatMap((kind): Route[] => [
  {
    method: 'GET',
    path: `/directory/${kind}/{id}`,
    call: 'directory.entry',
    fixed: { kind },
    respond: { schema: Directory.shape[kind].element, from: (entry: unknown) => entry },
    tag: 'Directory',
    summary: `One entry of ${kind}`,
  },
  {
    method: 'DELETE',
    path: `/directory/${kind}/{id}`,
    call: 'directory.remove',
    fixed: { kind },
    tag: 'Directory',
    summary: `Delete an entry of ${kind} (409 while something refers to it, naming what)`,
  },
  {
    method: 'POST',
    path: `/directory/${kind}`,
    call: 'directory.save',
    fixed: { kind },
    body: { into: 'entry' },
    status: 201,
    tag: 'Directory',
    summary: `Create an entry in ${kind}`,
  },
  {
    method: 'PUT',
    path: `/directory/${kind}/{id}`,
    call: 'directory.save',
    fixed: { kind },
    params: { id: 'entry.id' },
    body: { into: 'entry' },
    tag: 'Directory',
    summary: `Replace the entry of ${kind} with this id`,
  },
]);

/** Every route of the API v1. */
export const routes: readonly Route[] = [
  {
    method: 'GET',
    path: '/health',
    call: 'app.health',
    respond: { schema: Health, from: health },
    tag: 'Health',
    summary: 'Whether the API answers, and its version (no token needed)',
  },

  {
    method: 'GET',
    path: '/directory',
    call: 'directory.get',
    tag: 'Directory',
    summary:
      'The whole directory: users, persons, employees, organisations, contacts, roles (big: GET /directory/{kind} reads one kind)',
  },
  ...settingsRoutes,
  ...directoryEntryRoutes,

  {
    method: 'GET',
    path: '/item-types',
    call: 'itemTypes.list',
    tag: 'Item types',
    summary: 'Item types, with the workflow their items enter',
  },
  ...itemTypeRoutes,
  {
    method: 'GET',
    path: '/item-types/{id}/connector',
    call: 'itemTypes.get',
    respond: { schema: Connector.nullable(), from: (type: ItemType) => type.connector ?? null },
    tag: 'Item types',
    summary: 'Where approved items of this type are delivered (null: nowhere)',
  },
  {
    method: 'PUT',
    path: '/item-types/{id}/connector',
    call: 'itemTypes.saveConnector',
    params: { id: 'itemTypeId' },
    body: { into: 'connector' },
    tag: 'Item types',
    summary: 'Where approved items of this type are delivered: a webhook or a mail address (null removes it)',
  },

  { method: 'GET', path: '/templates', call: 'templates.list', tag: 'Templates', summary: 'Message templates' },
  { method: 'GET', path: '/templates/{id}', call: 'templates.get', tag: 'Templates', summary: 'One message template' },
  ...templateRoutes,
  {
    method: 'POST',
    path: '/templates/preview',
    call: 'templates.preview',
    body: 'fields',
    tag: 'Templates',
    summary: 'Render a template in every language, with the recipients an addressee reaches',
  },

  {
    method: 'GET',
    path: '/workflows',
    call: 'workflows.list',
    tag: 'Workflows',
    summary: 'Workflows with their published versions',
  },
  {
    method: 'GET',
    path: '/workflows/{id}',
    call: 'workflows.get',
    tag: 'Workflows',
    summary: 'One workflow: settings, draft and published versions',
  },
  {
    method: 'POST',
    path: '/workflows/import',
    call: 'workflows.import',
    body: 'fields',
    status: 201,
    resource: '/workflows/{id}',
    tag: 'Workflows',
    summary: 'Import a workflow from the JSON of an export (as a string in `json`)',
  },
  {
    method: 'GET',
    path: '/workflows/{id}/export',
    call: 'workflows.export',
    tag: 'Workflows',
    summary: 'Export a workflow: a file name and the JSON (as a string)',
  },
  {
    method: 'GET',
    path: '/workflows/{id}/validation',
    call: 'workflows.validate',
    tag: 'Workflows',
    summary: 'Validate the draft: errors (which block publishing) and warnings',
  },
  ...workflowRoutes,
  {
    method: 'POST',
    path: '/workflows/{id}/publish',
    call: 'workflows.publish',
    tag: 'Workflows',
    summary: 'Publish the draft as a new version (409 while errors remain)',
  },

  {
    method: 'POST',
    path: '/items',
    call: 'items.submit',
    body: 'fields',
    status: 201,
    tag: 'Items',
    summary: 'Submit an item; it enters the published workflow of its item type',
  },
  {
    method: 'GET',
    path: '/items',
    call: 'items.list',
    query: ['status', 'itemTypeId', 'workflowId', 'submitterUserId'],
    page: { by: ['createdAt', 'id'] },
    tag: 'Items',
    summary: 'Items the token may see, oldest first, filtered (a confidential item only where it has a part)',
  },
  {
    method: 'GET',
    path: '/items/{id}',
    call: 'items.detail',
    tag: 'Items',
    summary: 'An item with its status, current tasks (and their actions) and history',
  },
  {
    method: 'POST',
    path: '/items/{id}/actions',
    call: 'items.act',
    params: { id: 'itemId' },
    body: 'fields',
    tag: 'Tasks',
    summary:
      'Take an action of a current task as the user the token acts for (X-Act-As), with an optional reaction (403 when the task is not theirs)',
  },
  {
    method: 'GET',
    path: '/items/{id}/reactions',
    call: 'items.reactions',
    params: { id: 'itemId' },
    query: ['external'],
    page: { by: ['#'] },
    tag: 'Reactions',
    summary: 'An item’s reactions; external=true: only those portal users see',
  },

  ...itemRoutes,
  {
    method: 'GET',
    path: '/tasks',
    call: 'tasks.mine',
    page: { by: ['itemId', 'taskNodeId'] },
    tag: 'Tasks',
    summary: 'The task list of the user the token acts for (its owner, or X-Act-As)',
  },

  {
    method: 'GET',
    path: '/records',
    call: 'records.list',
    query: ['entity', 'search'],
    page: { by: ['createdAt', 'id'], newestFirst: true },
    tag: 'Records',
    summary: 'CRM records (deal, quoteRequest, project, task), newest first; search matches the title and text fields',
  },
  {
    method: 'GET',
    path: '/records/{id}',
    call: 'records.get',
    tag: 'Records',
    summary: 'One CRM record with all its fields',
  },
  {
    method: 'POST',
    path: '/records',
    call: 'records.create',
    body: 'fields',
    status: 201,
    tag: 'Records',
    summary: 'Create a CRM record; record triggers react to it (event created)',
  },
  {
    method: 'PATCH',
    path: '/records/{id}',
    call: 'records.update',
    body: 'fields',
    tag: 'Records',
    summary:
      'Change a record’s title and/or some fields (null removes one); record triggers react (updated, field or status changed, task completed)',
  },

  ...recordRoutes,
  {
    method: 'GET',
    path: '/schedule',
    call: 'schedule.list',
    query: ['until'],
    page: { by: ['at', 'kind', 'workflowId', 'recordId', 'itemId', '#'] },
    tag: 'Schedule',
    summary:
      'Everything that will fire until a date: record-trigger timers and the waits and deadlines of running items, each with the messages it will send and to whom',
  },
  {
    method: 'GET',
    path: '/inbox',
    call: 'inbox.list',
    query: ['unreadOnly'],
    page: { by: ['at', 'id'], newestFirst: true },
    tag: 'Inbox',
    summary: 'The in-app inbox of the user the token acts for, newest first',
  },
  {
    method: 'POST',
    path: '/inbox/read',
    call: 'inbox.markRead',
    body: 'fields',
    tag: 'Inbox',
    summary: 'Mark inbox entries of the user the token acts for read (all of them without ids)',
  },

  {
    method: 'GET',
    path: '/messages',
    call: 'messages.list',
    query: ['status', 'via', 'templateId', 'mailingId', 'itemId', 'search', 'from', 'until'],
    page: { by: ['createdAt', 'id'], newestFirst: true },
    tag: 'Messages',
    summary: 'Message history, newest first, filtered',
  },
  {
    method: 'POST',
    path: '/messages/{id}/resend',
    call: 'messages.resend',
    tag: 'Messages',
    summary: 'Send a message again',
  },

  ...listRoutes,
  {
    method: 'POST',
    path: '/mailings/check',
    call: 'mailings.check',
    body: 'fields',
    tag: 'Mailings',
    summary: 'Who a mailing would reach, and who not (no address, no consent)',
  },
  {
    method: 'POST',
    path: '/mailings',
    call: 'mailings.send',
    body: 'fields',
    status: 201,
    tag: 'Mailings',
    summary: 'Send a mailing to contacts, organisations or persons',
  },
  {
    method: 'GET',
    path: '/mailings/{mailingId}',
    call: 'mailings.get',
    tag: 'Mailings',
    summary: 'A mailing and its progress',
  },
  {
    method: 'POST',
    path: '/mailings/{mailingId}/cancel',
    call: 'mailings.cancel',
    tag: 'Mailings',
    summary: 'Stop a mailing: what was sent stays sent',
  },
];

/** The names of a path's `{param}` segments, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** The input key a path parameter fills. */
export const paramTarget = (route: Route, param: string): string => route.params?.[param] ?? param;
