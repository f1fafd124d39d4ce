import type { ItemState } from './types';

/**
 * Whether a timer of an item can still do something: the item runs and is at the timer's step —
 * in the wait it set, or in the task whose deadline it is, not yet overdue. A timer of a task the
 * item left (acted on before its deadline), of an earlier visit of a step, or of an item that
 * ended cannot: it is not listed in the schedule and is dropped instead of fired.
 */
export function timerIsLive(
  state: Pick<ItemState, 'status' | 'tasks' | 'waits'>,
  timer: { nodeId: string; at: string },
): boolean {
  if (state.status !== 'running') return false;
  return (
    state.waits.some((w) => w.nodeId === timer.nodeId && w.until === timer.at) ||
    state.tasks.some(
      (t) =>
        t.nodeId === timer.nodeId &&
        ((t.dueAt === timer.at && !t.overdue) || (t.escalateAt === timer.at && !t.escalated)),
    )
  );
}
