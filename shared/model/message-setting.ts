import { z } from 'zod';
import { Id } from './common';
import { Channel } from './template';

/** Who receives a message sent from a workflow step (DESIGN §4, §4.1). */
export const Addressee = z.discriminatedUnion('type', [
  z.object({ type: z.literal('taskUsers') }),
  z.object({ type: z.literal('submitter') }),
  z.object({ type: z.literal('taskManager') }),
  z.object({ type: z.literal('role'), roleId: Id }),
  z.object({ type: z.literal('users'), userIds: z.array(Id).min(1, 'names no user') }),
  /** The user named in a field of the item or record (e.g. a CRM task's responsible). */
  z.object({ type: z.literal('userField'), field: z.string().min(1) }),
  /** The contact named in a field of the record (e.g. the contact of a CRM task). */
  z.object({ type: z.literal('contactField'), field: z.string().min(1) }),
]);
export type Addressee = z.infer<typeof Addressee>;

/** "Send message" settings attached to a start, task or action node. */
export const MessageSetting = z.object({
  enabled: z.boolean().default(false),
  addressee: Addressee.default({ type: 'taskUsers' }),
  /** Missing while the admin has not picked one; validation reports it. */
  templateId: Id.optional(),
  /** Overrides the template's channel for this step. */
  channel: Channel.optional(),
});
export type MessageSetting = z.infer<typeof MessageSetting>;
