import type { ApiHandlers } from './call';
import type { RepliesService } from '../mail-actions/replies-service';

type ReplyMethods = Extract<keyof ApiHandlers, `replies.${string}`>;

/** Settings → Replies and the "not understood" list (issue 14), bound to the replies service. */
export const createReplyHandlers = (replies: RepliesService): Pick<ApiHandlers, ReplyMethods> => ({
  'replies.settings': async () => replies.view(),
  'replies.saveSettings': ({ imap }) => replies.save(imap),
  'replies.testConnection': ({ imap }) => replies.test(imap),
  'replies.readNow': async () => ({ read: await replies.readNow() }),
  'replies.notUnderstood': async (_input, { caller }) => replies.notUnderstood(caller),
});
