import { z } from 'zod';
import { Id, Timestamp } from './common';

/** An item as stored: the engine's state plus what people see of it. */
export const ItemRecord = z.object({
  id: Id,
  number: z.string(),
  subject: z.string(),
  workflowId: Id,
  version: z.number().int(),
  itemTypeId: Id.optional(),
  submitterUserId: Id.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  status: z.enum(['running', 'completed', 'cancelled', 'error']),
  itemStatus: z.string().optional(),
  fields: z.record(z.string(), z.unknown()),
  tasks: z.array(z.object({ nodeId: z.string(), enteredAt: z.string(), dueAt: z.string().optional(), overdue: z.boolean().optional(), assignees: z.array(z.string()).optional() })),
  waits: z.array(z.object({ nodeId: z.string(), until: z.string() })),
  reactions: z.array(z.object({ at: z.string(), userId: z.string(), text: z.string(), external: z.boolean(), taskNodeId: z.string() })),
  history: z.array(z.object({ at: z.string(), kind: z.string(), nodeId: z.string().optional(), userId: z.string().optional(), detail: z.string().optional() })),
  seq: z.number().int(),
  error: z.string().optional(),
});
export type ItemRecord = z.infer<typeof ItemRecord>;

/** Work the runtime still has to carry out for an item (effects whose result is not yet recorded). */
export const PendingEffect = z.object({ itemId: Id, effect: z.record(z.string(), z.unknown()) });

export const ItemsDocument = z.object({
  schemaVersion: z.literal(1),
  items: z.array(ItemRecord),
  timers: z.array(z.object({ key: z.string(), itemId: Id, nodeId: z.string(), at: Timestamp })),
  pending: z.array(PendingEffect),
});
export type ItemsDocument = z.infer<typeof ItemsDocument>;
