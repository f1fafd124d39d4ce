import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { Database } from '@shared/model/database';
import type { ItemRecord } from '@shared/model/item';
import { isTaskUser, partInTaskOf } from './task-views';
import { workflowById } from '@shared/workflow/queries';

/**
 * Who may see and do what with an item (issue 11): the one place these rules live.
 * - A confidential item (its item type or workflow says so) shows only to its task users, its
 *   submitter and the workflow's task manager — not to administrators who are none of these —
 *   and to the integration token that submitted it (the other application reads its status back).
 * - Acting on a task: its users and the task manager. Intervening: the task manager only.
 *   Changing fields: a user of an active task, or the task manager.
 */
export function createItemAccess(db: () => Database) {
  const workflowOf = (item: ItemRecord) => workflowById(db().workflows, item.workflowId);
  const isManager = (item: ItemRecord, userId: string) => workflowOf(item)?.taskManagerUserId === userId;
  const confidential = (item: ItemRecord): boolean =>
    Boolean(workflowOf(item)?.confidential || db().itemTypes.find((t) => t.id === item.itemTypeId)?.confidential);
  /** A person with a part in the item: submitter, task manager or a user of one of its active tasks. */
  const involved = (item: ItemRecord, userId: string): boolean =>
    item.submitterUserId === userId || isManager(item, userId) || isTaskUser(db(), item, userId);

  const canSee = (caller: Caller, item: ItemRecord): boolean => {
    switch (caller.kind) {
      case 'anonymous':
        return false;
      case 'user':
        return !confidential(item) || involved(item, caller.userId);
      case 'integration':
        return !confidential(item) || item.submittedByTokenId === caller.tokenId;
      default: {
        const never: never = caller;
        return never;
      }
    }
  };

  /** The person asking; an integration token does tasks only for a user it names (X-Act-As). */
  const person = (caller: Caller, what: string): string => {
    if (caller.kind === 'user') return caller.userId;
    const how = 'an integration token names the user it acts for (X-Act-As)';
    throw new ApiError('forbidden', `Only a person can ${what}; ${how}.`);
  };

  return {
    canSee,
    /** The item, or a refusal when the caller may not see it. */
    seen(caller: Caller, item: ItemRecord): ItemRecord {
      if (!canSee(caller, item)) throw ApiError.because('forbidden', 'confidential');
      return item;
    },
    /** The user who takes an action of a task of `item`: one of its users or the task manager. */
    actor(caller: Caller, item: ItemRecord, actionNodeId: string): string {
      const userId = person(caller, 'act on a task');
      const part = partInTaskOf(db(), item, actionNodeId, userId);
      // An action of no active task is the engine's to refuse, with its own message.
      if (part && !part.mine && !part.manager) {
        throw ApiError.because('forbidden', 'notYourTask');
      }
      return userId;
    },
    /** Who may attach a file to `item`: an administrator, its submitter, a user of its tasks or its task manager. */
    attacher(caller: Caller, item: ItemRecord): void {
      if (caller.kind === 'user' && (caller.admin || involved(item, caller.userId))) return;
      throw new ApiError(
        'forbidden',
        'Only an administrator, the submitter or a user of its tasks may attach files to this item.',
      );
    },
    /** The task manager intervening in `item`. */
    manager(caller: Caller, item: ItemRecord): string {
      const userId = person(caller, 'intervene');
      if (!isManager(item, userId)) {
        throw ApiError.because('forbidden', 'onlyTaskManager');
      }
      return userId;
    },
    /** Who changes an item's fields: a user of one of its active tasks, or the task manager. */
    editor(caller: Caller, item: ItemRecord): string {
      const userId = person(caller, 'change the fields of an item');
      if (!isManager(item, userId) && !isTaskUser(db(), item, userId)) {
        throw ApiError.because('forbidden', 'onlyTaskUsersEdit');
      }
      return userId;
    },
    /**
     * Whether the caller sees a run of a workflow in the schedule before it starts (a record
     * trigger's timer): of a confidential workflow, only its task manager does.
     */
    seesComingRun(caller: Caller, workflowId: string): boolean {
      if (caller.kind === 'anonymous') return false;
      const workflow = workflowById(db().workflows, workflowId);
      return !workflow?.confidential || (caller.kind === 'user' && workflow.taskManagerUserId === caller.userId);
    },
    /** Whose tasks and inbox "mine" means. */
    own: (caller: Caller): string => person(caller, 'have tasks and an inbox'),
  };
}
export type ItemAccess = ReturnType<typeof createItemAccess>;
