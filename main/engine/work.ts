import type { Caller } from '@shared/api/caller';
import { hasScope } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { ActedVia, EngineEvent } from '@shared/engine';
import type { ItemRecord } from '@shared/model/item';
import type { Store } from '../store/store';
import type { ItemAccess } from './item-access';
import type { ItemFilter } from './items-store';
import type { Runtime } from './runtime';
import { taskViews } from './task-views';
import { nodeName } from '@shared/workflow/context';
import { publishedGraph } from '@shared/workflow/queries';

type Reaction = { text: string; external: boolean };
type Intervention =
  | { type: 'reassign'; taskNodeId: string; userIds: string[] }
  | { type: 'moveTo'; taskNodeId: string }
  | { type: 'cancel'; reason?: string };
export interface SubmitInput {
  itemTypeId: string;
  subject: string;
  fields: Record<string, unknown>;
  submitterUserId?: string;
  payload?: unknown;
}

/**
 * People's work on items, as the caller may do it: what they see (confidential items only to those
 * involved), their tasks, acting, intervening and changing fields. The rules are `ItemAccess`'s;
 * the engine's work is the runtime's.
 */
export function createWork(store: Store, runtime: Runtime, access: ItemAccess) {
  const seen = async (caller: Caller, id: string) => access.seen(caller, await runtime.get(id));
  /** An item's active tasks as `userId` sees them (without the list of task users). */
  const tasksOf = (item: ItemRecord, caller: Caller) =>
    taskViews(store.data, item, caller.kind === 'user' ? caller.userId : undefined).map(
      ({ userIds: _u, ...view }) => view,
    );

  /** Who an item is submitted for: the caller; another user only by a token allowed to act for one. */
  type Submitter = Pick<ItemRecord, 'submitterUserId' | 'submittedByTokenId'>;
  function submitter(caller: Caller, named: string | undefined): Submitter {
    if (caller.kind === 'user') {
      if (named !== undefined && named !== caller.userId) {
        throw ApiError.because('forbidden', 'submitAsYourself');
      }
      return { submitterUserId: named ?? caller.userId };
    }
    if (caller.kind === 'integration') {
      const mayName = hasScope(caller.scopes, 'act-as');
      if (named !== undefined && !mayName) {
        const why = 'This token may not submit for a user: that needs the scope act-as (or admin).';
        throw new ApiError('forbidden', why);
      }
      return { ...(named !== undefined ? { submitterUserId: named } : {}), submittedByTokenId: caller.tokenId };
    }
    throw ApiError.because('unauthorized', 'signInFirst');
  }

  return {
    /** Whose tasks and inbox the caller's are (a person; not an integration token). */
    owner: access.own,
    /** Items the caller may see (open ones, and ended ones from the archive). */
    list: (caller: Caller, filter: ItemFilter = {}) =>
      runtime.list({ ...filter, keep: (i) => access.canSee(caller, i) && (filter.keep?.(i) ?? true) }),
    get: seen,
    async detail(caller: Caller, id: string) {
      const item = await seen(caller, id);
      const graph = publishedGraph(store.data.workflows, item.workflowId, item.version);
      const stepNames = Object.fromEntries((graph?.nodes ?? []).map((n) => [n.id, nodeName(n)]));
      return { ...item, currentTasks: tasksOf(item, caller), stepNames };
    },
    reactions: async (caller: Caller, id: string, external?: boolean) =>
      (await seen(caller, id)).reactions.filter((r) => external === undefined || r.external === external),
    tasksOfItem: async (caller: Caller, id: string) => tasksOf(await seen(caller, id), caller),
    /** The caller's task list: running items' tasks whose destinations name them and show the task. */
    mine(caller: Caller) {
      const userId = access.own(caller);
      return runtime
        .open()
        .filter((i) => i.status === 'running')
        .flatMap((i) => taskViews(store.data, i, userId))
        .filter((t) => t.userIds.includes(userId))
        .map(({ userIds: _u, ...view }) => view);
    },
    submit: (caller: Caller, { submitterUserId, ...input }: SubmitInput) =>
      runtime.submit({ ...input, ...submitter(caller, submitterUserId) }),
    act(
      caller: Caller,
      itemId: string,
      actionNodeId: string,
      reaction?: Reaction,
      fields?: Record<string, unknown>,
      via?: ActedVia,
    ) {
      const item = runtime.find(itemId);
      return runtime.act(item, actionNodeId, access.actor(caller, item, actionNodeId), reaction, fields, via);
    },
    updateFields(caller: Caller, itemId: string, fields: Record<string, unknown>) {
      const item = runtime.find(itemId);
      return runtime.updateFields(item, fields, access.editor(caller, item));
    },
    intervene(caller: Caller, itemId: string, intervention: Intervention) {
      const item = runtime.find(itemId);
      type Event = Extract<EngineEvent, { type: Intervention['type'] }>;
      const event = { ...intervention, userId: access.manager(caller, item) } as Event;
      return runtime.intervene(item, event);
    },
  };
}
export type Work = ReturnType<typeof createWork>;
