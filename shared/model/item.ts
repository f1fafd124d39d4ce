import { z } from 'zod';
import { Id, Timestamp } from './common';
import { WebhookCall } from './webhook-call';

/** How an approved item's payload went out through its type's connector. */
export const Delivery = z.object({
  via: z.enum(['webhook', 'mail']),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  /** When it was delivered or given up. */
  at: Timestamp.optional(),
  /** The status the receiver answered with: HTTP for a webhook, the SMTP reply code for mail. */
  responseStatus: z.number().int().optional(),
  /** Mail: the SMTP server's answer once it accepted (or refused) the message. */
  response: z.string().optional(),
  /** Mail: the outbox message that carries it (its outcome is the delivery's). */
  messageId: Id.optional(),
});
export type Delivery = z.infer<typeof Delivery>;

/** How an action was taken other than in the app: by a link in the task mail, or by replying to it (issue 14). */
export const ActedVia = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link') }),
  /** `messageId`: the reply's own Message-ID (so a reply read again after a crash is seen to have acted). */
  z.object({ kind: z.literal('reply'), from: z.string(), messageId: z.string().optional() }),
]);
export type ActedVia = z.infer<typeof ActedVia>;

/** An item as stored: the engine's state plus what people see of it. */
export const ItemRecord = z.object({
  id: Id,
  number: z.string(),
  subject: z.string(),
  workflowId: Id,
  version: z.number().int(),
  itemTypeId: Id.optional(),
  submitterUserId: Id.optional(),
  /** The integration token (another application) that submitted it: it may read the item back. */
  submittedByTokenId: Id.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  status: z.enum(['running', 'completed', 'cancelled', 'error']),
  itemStatus: z.string().optional(),
  fields: z.record(z.string(), z.unknown()),
  tasks: z.array(
    z.object({
      nodeId: z.string(),
      enteredAt: z.string(),
      dueAt: z.string().optional(),
      dueMovedBy: z.array(z.string()).optional(),
      overdue: z.boolean().optional(),
      escalateAt: z.string().optional(),
      escalated: z.boolean().optional(),
      assignees: z.array(z.string()).optional(),
    }),
  ),
  waits: z.array(z.object({ nodeId: z.string(), until: z.string(), movedBy: z.array(z.string()).optional() })),
  reactions: z.array(
    z.object({ at: z.string(), userId: z.string(), text: z.string(), external: z.boolean(), taskNodeId: z.string() }),
  ),
  history: z.array(
    z.object({
      at: z.string(),
      kind: z.string(),
      nodeId: z.string().optional(),
      userId: z.string().optional(),
      detail: z.string().optional(),
      via: ActedVia.optional(),
    }),
  ),
  seq: z.number().int(),
  error: z.string().optional(),
  /** What another application submitted to be approved (any JSON), delivered once approved. */
  payload: z.unknown().optional(),
  /** A run started by a record trigger: the record it is about (its fields are the item's fields). */
  recordId: Id.optional(),
  delivery: Delivery.optional(),
  /** The webhook steps this item went through, with the answers. */
  webhooks: z.array(WebhookCall).optional(),
});
export type ItemRecord = z.infer<typeof ItemRecord>;

/** A timer of an item: a wait or a task deadline, fired by the runtime's tick. */
export const ItemTimer = z.object({ key: z.string(), itemId: Id, nodeId: z.string(), at: Timestamp });
export type ItemTimer = z.infer<typeof ItemTimer>;

/** Work the runtime still has to carry out for an item (effects whose result is not yet recorded). */
export const PendingEffect = z.object({
  key: z.string(),
  itemId: Id,
  effect: z.record(z.string(), z.unknown()),
  /** Tried before and failed: not again before this time. */
  notBefore: Timestamp.optional(),
  attempts: z.number().int().nonnegative().optional(),
});
export type PendingEffect = z.infer<typeof PendingEffect>;

/** The last item number given out in a year (numbers stay unique when items are archived). */
export const ItemCounter = z.object({ year: z.string(), last: z.number().int().nonnegative() });
export type ItemCounter = z.infer<typeof ItemCounter>;

/**
 * The snapshot of the open items (data version 2): beside it a journal holds the changes since
 * (`journalSeq` names the last journal batch included); ended items live in the archive.
 */
export const ItemsSnapshot = z.object({
  schemaVersion: z.literal(2),
  journalSeq: z.number().int().nonnegative(),
  items: z.array(ItemRecord),
  timers: z.array(ItemTimer),
  pending: z.array(PendingEffect),
  counters: z.array(ItemCounter),
});
export type ItemsSnapshot = z.infer<typeof ItemsSnapshot>;
export const ITEMS_SCHEMA_VERSION = 2;
