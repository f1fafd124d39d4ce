import { z } from 'zod';
import { Id } from './common';

/** Who receives a message sent from a workflow step (DESIGN §4, §4.1). */
export const Addressee = z.discriminatedUnion('type', [
  z.object({ type: z.literal('taskUsers') }),
  z.object({ type: z.literal('submitter') }),
  z.object({ type: z.literal('taskManager') }),
  z.object({ type: z.literal('role'), roleId: Id }),
  z.object({ type: z.literal('users'), userIds: z.array(Id).min(1, 'names no user') }),
]);
export type Addressee = z.infer<typeof Addressee>;

/** "Send message" settings attached to a start, task or action node. */
export const MessageSetting = z.object({
  enabled: z.boolean().default(false),
  addressee: Addressee.default({ type: 'taskUsers' }),
  /** Missing while the admin has not picked one; validation reports it. */
  templateId: Id.optional(),
});
export type MessageSetting = z.infer<typeof MessageSetting>;
