import type { TaskView } from '@shared/api/item-contract';
import { ApiError } from '@shared/api/errors';
import type { ActedVia } from '@shared/model/item';
import type { Database } from '@shared/model/database';
import type { ItemRecord } from '@shared/model/item';
import { EngineError } from '@shared/engine';
import { taskViews } from '../engine/task-views';
import type { Work } from '../engine/work';
import type { TaskMailBinding } from './task-mail';

/** Why an action asked for from a task mail is not taken. */
export type MailActRefusal = 'movedOn' | 'notYours' | 'reactionRequired' | 'needsApp';

/** The task visit a mail was for, as it stands now: still open for this user and action, or why not. */
export type VisitCheck =
  | { ok: true; item: ItemRecord; task: TaskView; action: TaskView['actions'][number] }
  | { ok: false; why: Extract<MailActRefusal, 'movedOn' | 'notYours'>; item?: ItemRecord };

export interface MailActDeps {
  db(): Database;
  /** The open items (an ended or archived item has moved on by definition). */
  openItems(): Iterable<ItemRecord>;
  work: Pick<Work, 'act'>;
}

/**
 * Acting on a task from its mail, by a link or a reply (issue 14): only on the visit the mail was
 * for (same task, same entry time), only as the user the mail was sent to while the task is still
 * theirs (or they manage the workflow), and only a manual action of that task. `check` reads only.
 */
export function createMailAct(deps: MailActDeps) {
  const findOpen = (id: string) => {
    for (const item of deps.openItems()) if (item.id === id) return item;
    return undefined;
  };

  /** The task visit a mail was for, as its user sees it now; none once the item has left it. */
  function visit(binding: TaskMailBinding): { item?: ItemRecord; view?: TaskView } {
    const item = findOpen(binding.itemId);
    if (!item || item.status !== 'running') return item ? { item } : {};
    const found = taskViews(deps.db(), item, binding.userId).find(
      (t) => t.taskNodeId === binding.taskNodeId && t.enteredAt === binding.enteredAt,
    );
    if (!found) return { item };
    const { userIds: _users, ...view } = found;
    return { item, view };
  }

  function check(binding: TaskMailBinding, actionNodeId: string): VisitCheck {
    const { item, view } = visit(binding);
    if (!item) return { ok: false, why: 'movedOn' };
    const action = view?.actions.find((a) => a.id === actionNodeId && a.mode === 'manual');
    if (!view || !action) return { ok: false, why: 'movedOn', item };
    if (!view.mine && !view.manager) return { ok: false, why: 'notYours', item };
    return { ok: true, item, task: view, action };
  }

  /** Take the action as the mail's user; refused (nothing written) with the reason the page or answer mail gives. */
  async function act(
    binding: TaskMailBinding,
    actionNodeId: string,
    reaction: string,
    via: ActedVia,
  ): Promise<{ ok: true; item: ItemRecord } | { ok: false; why: MailActRefusal }> {
    const checked = check(binding, actionNodeId);
    if (!checked.ok) return checked;
    const caller = { kind: 'user' as const, userId: binding.userId, admin: false, via: 'mail' as const };
    const text = reaction.trim();
    try {
      const item = await deps.work.act(
        caller,
        binding.itemId,
        actionNodeId,
        text ? { text, external: false } : undefined,
        {},
        via,
      );
      return { ok: true, item };
    } catch (error) {
      if (error instanceof EngineError)
        return { ok: false, why: error.code === 'reactionRequired' ? 'reactionRequired' : 'movedOn' };
      if (error instanceof ApiError) {
        const key = error.extra.reason?.key;
        if (key === 'reactionRequired') return { ok: false, why: 'reactionRequired' };
        if (key === 'notYourTask') return { ok: false, why: 'notYours' };
        if (error.code === 'invalid_input') return { ok: false, why: 'needsApp' };
        if (error.code === 'conflict' || error.code === 'not_found') return { ok: false, why: 'movedOn' };
      }
      throw error;
    }
  }

  return { visit, check, act };
}
export type MailAct = ReturnType<typeof createMailAct>;
