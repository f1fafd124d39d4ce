import type { NodeOf } from '../../model/workflow-nodes';
import type { After } from '../feel-moments';

/** Where a task's deadline counts from and how long after: entering the task, or a date field. */
export const deadlineOf = (
  deadline: NonNullable<NodeOf<'task'>['deadline']>,
): [{ field: string } | 'entered', After[]] =>
  deadline.type === 'after' ? ['entered', [deadline]] : [{ field: deadline.field }, []];
