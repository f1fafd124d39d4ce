import { z } from 'zod';
import { ImapSettings } from '../model/settings';
import { ReplyOutcomes } from '../mail-actions/reply-record';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();

/** The replies mailbox as an answer shows it: never its password, only whether one is kept. */
export const RepliesView = z.object({
  imap: ImapSettings.omit({ password: true }).extend({ hasPassword: z.boolean() }).optional(),
});
export type RepliesView = z.infer<typeof RepliesView>;

/** The replies mailbox as it is saved or tested: without a password, the one kept stays. */
export const ImapSettingsInput = ImapSettings;

/** A reply that could not act, as the task manager sees it. */
export const ReplyRecordSchema = z.object({
  messageId: z.string(),
  at: z.string(),
  from: z.string(),
  subject: z.string(),
  outcome: z.enum(ReplyOutcomes),
  excerpt: z.string(),
  itemId: z.string().optional(),
  itemNumber: z.string().optional(),
  workflowId: z.string().optional(),
  taskNodeId: z.string().optional(),
  actionLabel: z.string().optional(),
});

/** Acting by replying to a task mail (issue 14): the mailbox replies are read from, and what could not act. */
export const repliesContract = {
  'replies.settings': method(none, RepliesView),
  'replies.saveSettings': method(z.object({ imap: ImapSettingsInput.nullable() }).strict(), RepliesView),
  'replies.testConnection': method(
    z.object({ imap: ImapSettingsInput }).strict(),
    z.object({ ok: z.literal(true), messages: z.number().int() }),
  ),
  /** Read the mailbox now (it is also read every minute). */
  'replies.readNow': method(none, z.object({ read: z.number().int() })),
  /** Replies that could not act: all for an administrator, those about their workflows for a task manager. */
  'replies.notUnderstood': method(none, z.array(ReplyRecordSchema)),
};
