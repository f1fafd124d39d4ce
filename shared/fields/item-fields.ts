import type { ItemType } from '../model/item-type';
import type { Issue } from '../model/parse';
import { type FieldCheck, type FieldContext, fieldIssueMessages, fieldIssues } from './field-issues';

/** What is checked of each field of an item type. */
export const itemFieldChecks = (type: Pick<ItemType, 'fields'>): FieldCheck[] =>
  type.fields.map((f) => ({
    key: f.key,
    kind: f.type,
    required: f.required,
    ...(f.options ? { options: f.options } : {}),
  }));

/**
 * The problems of an item's fields against its type (`fields.amount: is not a number`): when it is
 * submitted (every required field), or when some of its fields change (`partial`: those given).
 */
export const itemFieldIssues = (
  type: Pick<ItemType, 'fields'>,
  fields: Record<string, unknown>,
  ctx: FieldContext,
  partial = false,
): Issue[] => fieldIssues(itemFieldChecks(type), fields, ctx, fieldIssueMessages.notItemField, partial);
