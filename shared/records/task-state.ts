import type { CrmRecord } from '../model/record';
import { TASK_DONE } from './fields';

/** Where a CRM task stands for the Records list's filter: done, overdue (due date passed, not done) or open. */
export type TaskState = 'open' | 'overdue' | 'done';

export const isTaskDone = (task: CrmRecord): boolean => task.fields.status === TASK_DONE;

/** A task is overdue once its due date has passed while it is not done. */
export function taskState(task: CrmRecord, now: Date): TaskState {
  if (isTaskDone(task)) return 'done';
  const due = task.fields.dueDate;
  return typeof due === 'string' && Date.parse(due) < now.getTime() ? 'overdue' : 'open';
}
