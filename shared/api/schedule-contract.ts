import { z } from 'zod';
import { Id, Timestamp } from '../model/common';
import { InboxEntry, RecordEntity } from '../model/record';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const ScheduleEntry = z.object({
  at: Timestamp,
  /** trigger: a record trigger's delay, reminder or task expiry; wait / deadline: a running item's. */
  kind: z.enum(['delayed', 'reminder', 'taskExpired', 'wait', 'deadline', 'escalation']),
  /** The holidays/closing days that moved `at` (working days; issue 16). */
  movedBy: z.array(z.string()).optional(),
  workflowId: Id,
  workflowName: z.string(),
  recordId: Id.optional(),
  recordTitle: z.string().optional(),
  entity: RecordEntity.optional(),
  itemId: Id.optional(),
  itemNumber: z.string().optional(),
  messages: z.array(
    z.object({
      nodeId: z.string(),
      templateId: z.string().optional(),
      templateName: z.string().optional(),
      channel: z.enum(['email', 'inbox', 'both']),
      /** The subject as it would read now, rendered from the record's or item's data for the first recipient. */
      subject: z.string().optional(),
      /** Each recipient's address, or why no mail reaches them (no address, no consent to e-mail). */
      to: z.array(
        z.object({
          name: z.string(),
          email: z.string().optional(),
          skip: z.enum(['noAddress', 'noConsent']).optional(),
        }),
      ),
    }),
  ),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

/** What will fire until a date (DESIGN §4.3), and the caller's own inbox. */
export const scheduleContract = {
  'schedule.list': method(z.object({ until: Timestamp }).strict(), z.array(ScheduleEntry)),
  'inbox.list': method(z.object({ unreadOnly: z.boolean().default(false) }).strict(), z.array(InboxEntry)),
  'inbox.unread': method(z.object({}).strict(), z.object({ count: z.number().int() })),
  /** Without ids: all of the caller's entries. */
  'inbox.markRead': method(z.object({ ids: z.array(Id).optional() }).strict(), z.object({ marked: z.number().int() })),
} as const;
