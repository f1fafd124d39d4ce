import { z } from 'zod';
import { Id, Timestamp } from './common';
import { RecordEntity } from './record';

/**
 * A durable timer of a record trigger (DESIGN §4.3): start a run of a workflow for a record at
 * `at` — after the trigger's delay, as a reminder, or when a task's due date passes. Stored in
 * UTC; its key names rule + record + event, so it exists once.
 */
export const TriggerTimer = z.object({
  key: z.string(),
  workflowId: Id,
  version: z.number().int(),
  recordId: Id,
  entity: RecordEntity,
  kind: z.enum(['delayed', 'reminder', 'taskExpired']),
  at: Timestamp,
  /** The holidays/closing days that moved `at` (a delay in working days), e.g. ['Hemelvaartsdag']. */
  movedBy: z.array(z.string()).optional(),
  /** A reminder fires only while the field still holds this value (the status did not move on). */
  unlessMovedFrom: z.object({ field: z.string(), value: z.string() }).optional(),
  createdAt: Timestamp,
  /** Armed by a change a run made to its record: how many runs deep (see RunOrigin). */
  depth: z.number().int().nonnegative().optional(),
});
export type TriggerTimer = z.infer<typeof TriggerTimer>;

/** "Fired once" (rule + record + event): a run that was started is never started again for it. */
export const LedgerEntry = z.object({ key: z.string(), at: Timestamp });
export type LedgerEntry = z.infer<typeof LedgerEntry>;
