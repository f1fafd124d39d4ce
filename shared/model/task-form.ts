import { z } from 'zod';
import { Id } from './common';

/**
 * How a task's form shows an item field: to read, to change, or to change and fill in before
 * the task's actions (all of them, or only those listed — a rejection need not ask for an amount).
 */
export const TaskFormModes = ['readOnly', 'editable', 'required'] as const;
export type TaskFormMode = (typeof TaskFormModes)[number];

/** One item field on a task's form. */
export const TaskFormField = z.object({
  /** The key of a field of the workflow's item type. */
  field: z.string().min(1),
  mode: z.enum(TaskFormModes).default('readOnly'),
  /** For `required`: the actions that need it filled (none listed: every action of the task). */
  actions: z.array(Id).optional(),
});
export type TaskFormField = z.infer<typeof TaskFormField>;

/** Whether a form field may be changed by whoever acts on the task. */
export const isEditable = (f: Pick<TaskFormField, 'mode'>): boolean => f.mode !== 'readOnly';

/** Whether taking `actionId` needs the field filled in. */
export const requiredFor = (f: TaskFormField, actionId: string): boolean =>
  f.mode === 'required' && (!f.actions?.length || f.actions.includes(actionId));
