import { z } from 'zod';
import { Id, Text } from '../model/common';
import { ItemRecord } from '../model/item';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Items running through published workflows (the engine's runtime). */
export const itemContract = {
  'items.submit': method(
    z.object({ itemTypeId: Id, subject: Text, fields: z.record(z.string(), z.unknown()).default({}), submitterUserId: Id.optional() }).strict(),
    ItemRecord,
  ),
  'items.get': method(z.object({ id: Id }).strict(), ItemRecord),
  'items.list': method(z.object({ status: z.enum(['running', 'completed', 'error']).optional() }).strict(), z.array(ItemRecord)),
  'items.act': method(
    z.object({ itemId: Id, actionNodeId: Id, userId: Id, reaction: z.object({ text: z.string().max(10_000), external: z.boolean().default(false) }).optional() }).strict(),
    ItemRecord,
  ),
  'items.updateFields': method(z.object({ id: Id, fields: z.record(z.string(), z.unknown()), userId: Id.optional() }).strict(), ItemRecord),
} as const;
