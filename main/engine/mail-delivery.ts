import type { ItemRecord } from '@shared/model/item';
import type { Connector } from '@shared/model/item-type';
import type { OutboxMessage } from '@shared/model/message';
import type { Outbox } from '../mail/outbox';
import { messageDraft } from '../mail/message-draft';
import { defaultSender, languageFor, type MessageWorld, renderFor } from './message-world';
import { blocksSending } from '@shared/messages/render';

type MailConnector = Extract<Connector, { type: 'mail' }>;

/**
 * Where a mailed delivery stands, as the outbox tells it: just queued; still in the outbox
 * (nothing to record); kept in the capture mailbox (no SMTP server yet); accepted by the SMTP
 * server; or failed, with the server's answer or the reason.
 */
export type MailStep =
  | { kind: 'queued'; message: OutboxMessage }
  | { kind: 'waiting' }
  | { kind: 'captured'; message: OutboxMessage }
  | { kind: 'sent'; message: OutboxMessage }
  | { kind: 'failed'; error: string; message?: OutboxMessage };

/** The SMTP reply code an answer starts with ("550 5.1.1 …" → 550). */
export const replyCode = (answer: string | undefined): number | undefined => {
  const code = /^\s*([2-5]\d\d)\b/.exec(answer ?? '')?.[1];
  return code ? Number(code) : undefined;
};

/** What the outbox message of a delivery says about it. */
function stepOf(message: OutboxMessage): MailStep {
  switch (message.status) {
    case 'queued':
    case 'sending':
      return { kind: 'waiting' };
    case 'sent':
      return message.via === 'capture' ? { kind: 'captured', message } : { kind: 'sent', message };
    case 'failed':
      return { kind: 'failed', error: message.lastError ?? 'the SMTP server refused the message', message };
    case 'skipped':
      return { kind: 'failed', error: `the message was not sent (${message.skipReason ?? 'skipped'})`, message };
    default: {
      const never: never = message.status;
      return never;
    }
  }
}

/**
 * The mail connector of an approved item (seed 002): the first time, the template is rendered
 * with the item's data and the message queued in the outbox; after that, the outbox's record of
 * that message is the delivery's outcome.
 */
export async function mailDeliveryStep(
  world: MessageWorld,
  outbox: Outbox,
  connector: MailConnector | undefined,
  item: ItemRecord,
  key: string,
): Promise<MailStep> {
  const existing = await outbox.effectMessage(key, item.delivery?.messageId);
  if (existing) return stepOf(existing);
  if (outbox.sentEffect(key))
    return { kind: 'failed', error: 'the mail was written before, but its outcome is no longer known' };
  if (!connector) return { kind: 'failed', error: 'the item type has no connector any more' };
  const template = world.db.templates.find((t) => t.id === connector.templateId);
  const sender = defaultSender(world.db);
  if (!template) return { kind: 'failed', error: `template ${connector.templateId} does not exist` };
  if (!sender) return { kind: 'failed', error: 'there is no sender address (Settings → Mail)' };
  const language = languageFor(template, 'nl');
  const recipient = { name: connector.to, email: connector.to, external: true };
  const rendered = renderFor(world, template, { kind: 'item', item }, { language, recipient, sender });
  const stop = rendered.problems.find(blocksSending);
  if (stop) return { kind: 'failed', error: `template “${template.name}” (${language}): ${stop.message}` };
  const [message] = await outbox.enqueue([
    messageDraft({
      from: sender,
      to: { kind: 'address', name: connector.to, email: connector.to, chain: [], external: true },
      language,
      rendered,
      attachments: template.attachments,
      source: { kind: 'workflow', itemId: item.id, templateId: template.id, effectKey: key },
    }),
  ]);
  return { kind: 'queued', message: message! };
}
