import { z } from 'zod';
import { Timestamp } from './common';

/** The most of a receiver's answer kept on the item. */
export const WEBHOOK_RESPONSE_KEPT = 2048;

/** A webhook step of an item's workflow: what was called and what came back. */
export const WebhookCall = z.object({
  /** The effect's key, sent as the Idempotency-Key header on every attempt. */
  key: z.string(),
  nodeId: z.string(),
  method: z.string(),
  url: z.string(),
  status: z.enum(['pending', 'done', 'failed']),
  attempts: z.number().int().nonnegative(),
  /** When the last attempt ended. */
  at: Timestamp.optional(),
  /** The HTTP status of the last answer. */
  responseStatus: z.number().int().optional(),
  /** The start of the last answer's body (at most WEBHOOK_RESPONSE_KEPT characters). */
  responseBody: z.string().optional(),
  /** Why the last attempt failed (no connection, refused address, HTTP 503…). */
  error: z.string().optional(),
  /** While pending after a failure: not tried again before this time. */
  nextAttemptAt: Timestamp.optional(),
});
export type WebhookCall = z.infer<typeof WebhookCall>;
