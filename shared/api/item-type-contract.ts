import { z } from 'zod';
import { Id } from '../model/common';
import { ItemType } from '../model/item-type';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** An item type as the administrator edits it (its delivery connector has its own method). */
export const ItemTypeInput = ItemType.omit({ id: true, connector: true }).strict();
export type ItemTypeInput = z.input<typeof ItemTypeInput>;

/** Item types are the administrator's (issue 12 §1): create, change (a rename too), delete. */
export const itemTypeContract = {
  /** One item type: its settings and the fields of its form (kinds, options, labels). */
  'itemTypes.get': method(z.object({ id: Id }).strict(), ItemType),
  'itemTypes.create': method(ItemTypeInput, ItemType),
  /** Replaces the type's settings and form; its id, items and workflows stay. */
  'itemTypes.update': method(ItemTypeInput.extend({ id: Id }).strict(), ItemType),
  /** Refused (conflict) while items or workflows use the type. */
  'itemTypes.delete': method(z.object({ id: Id }).strict(), z.object({ removed: z.literal(true) })),
} as const;
