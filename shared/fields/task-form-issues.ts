import type { ItemType } from '../model/item-type';
import { validationMessages } from '../model/messages';
import type { Issue } from '../model/parse';
import { isEditable, requiredFor, type TaskFormField } from '../model/task-form';
import type { FieldContext } from './field-issues';
import { itemFieldIssues } from './item-fields';

/** The messages of a task form's own rules (the API speaks English; the app translates these). */
export const taskFormMessages = {
  notEditable: 'cannot be changed in this task',
} as const;

const empty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The problems of the fields changed on a task's form when `actionId` is taken: each checked as
 * the item type checks it (one source: item-fields.ts), only fields the form lets change, and the
 * fields required before this action filled in (as they stand after the change).
 */
export function taskFormIssues(input: {
  form: readonly TaskFormField[];
  actionId: string;
  type: Pick<ItemType, 'fields'> | undefined;
  itemFields: Record<string, unknown>;
  changes: Record<string, unknown>;
  ctx: FieldContext;
}): Issue[] {
  const { form, actionId, type, itemFields, changes, ctx } = input;
  const issues: Issue[] = [];
  const onForm = new Map(form.map((f) => [f.field, f]));
  const locked = Object.keys(changes).filter((key) => {
    const field = onForm.get(key);
    return !field || !isEditable(field);
  });
  for (const key of locked) issues.push({ path: `fields.${key}`, message: taskFormMessages.notEditable });
  const open = Object.fromEntries(Object.entries(changes).filter(([key]) => !locked.includes(key)));
  if (type) issues.push(...itemFieldIssues(type, open, ctx, true));
  const after = { ...itemFields, ...open };
  for (const field of form) {
    const named = issues.some((i) => i.path === `fields.${field.field}`);
    if (!named && requiredFor(field, actionId) && empty(after[field.field])) {
      issues.push({ path: `fields.${field.field}`, message: validationMessages.required });
    }
  }
  return issues;
}
