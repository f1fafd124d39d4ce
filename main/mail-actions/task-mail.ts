import type { ActionButton } from '@shared/messages/action-buttons';
import type { Language } from '@shared/model/common';

/** Whom and what a task mail is for: one user, one task, one visit of that task (its entry time). */
export interface TaskMailBinding {
  itemId: string;
  taskNodeId: string;
  /** When the item entered the task: a later visit of the same task is another visit. */
  enteredAt: string;
  userId: string;
}

/** What a task mail to one user carries so it can be acted on from the mailbox (issue 14). */
export interface TaskMailExtras {
  /** One link per manual action of the task, to its confirmation page. */
  actions: ActionButton[];
  /** The address a reply goes to, with this mail's token in it; none while no replies mailbox is set. */
  replyTo?: string;
}

/** A manual action of the task, as its mail offers it. */
export interface OfferedAction {
  id: string;
  label: string;
}

/** Makes the links and the reply address of a task mail for one user (main/mail-actions wires it). */
export type TaskMailPort = (
  binding: TaskMailBinding,
  offered: readonly OfferedAction[],
  language: Language,
) => TaskMailExtras;
