import type { Rendered } from '@shared/messages/render';
import type { Language } from '@shared/model/common';
import type { Sender } from '@shared/model/settings';
import type { MessageDraft } from './outbox';

/** What a message for the outbox is made of: who sends it to whom, the rendered template and where it comes from. */
export interface DraftParts {
  from: Pick<Sender, 'name' | 'email'>;
  to: MessageDraft['to'];
  /** Why this copy is not sent (no address, no consent): it is kept in the history as skipped. */
  skip?: MessageDraft['skipReason'];
  language: Language;
  rendered: Pick<Rendered, 'subject' | 'html' | 'text'>;
  attachments: NonNullable<MessageDraft['attachments']>;
  /** A task mail's own address in the replies mailbox, so a reply can act. */
  replyTo?: string;
  source: MessageDraft['source'];
}

/** One message for the outbox (a workflow's, a mailing's copy, an example). */
export const messageDraft = ({
  from,
  to,
  skip,
  language,
  rendered,
  attachments,
  replyTo,
  source,
}: DraftParts): MessageDraft => ({
  from: { name: from.name, email: from.email },
  to,
  ...(skip ? { skipReason: skip } : {}),
  language,
  subject: rendered.subject,
  html: rendered.html,
  text: rendered.text,
  attachments,
  ...(replyTo ? { replyTo } : {}),
  source,
});
