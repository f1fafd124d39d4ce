import { createHash } from 'node:crypto';
import { actionForKeyword, keywordsOf, type ReplyAction } from '@shared/mail-actions/reply-keywords';
import { replyAnswer } from '@shared/mail-actions/reply-answer';
import { notUnderstood, type ReplyOutcome, type ReplyRecord } from '@shared/mail-actions/reply-record';
import { keywordAndRest, ownText } from '@shared/mail-actions/reply-text';
import { typedTextToHtml } from '@shared/messages/typed-text';
import type { Language } from '@shared/model/common';
import type { Database } from '@shared/model/database';
import type { ItemRecord } from '@shared/model/item';
import type { OutboxMessage } from '@shared/model/message';
import { GraphIndex } from '@shared/workflow/graph';
import type { Clock } from '../clock';
import { defaultSender } from '../engine/message-world';
import type { MessageDraft } from '../mail/outbox';
import type { MailAct } from './mail-act';
import type { MailActionKey } from './mail-action-key';
import { replyToken, replyTokensIn } from './reply-address';
import type { ReplyLedger } from './reply-ledger';
import type { TaskMailBinding } from './task-mail';
import { publishedGraph } from '@shared/workflow/queries';

/** A reply as read from the mailbox (mailparser's words, reduced to what acting needs). */
export interface IncomingReply {
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  from: string;
  /** Every address it was sent to: To, Cc and Delivered-To. */
  to: string[];
  subject: string;
  /** The text part, or the HTML part as text. */
  text: string;
  /** An out-of-office or other automatic mail (Auto-Submitted, Precedence bulk/list, a mailer daemon): never answered. */
  automatic: boolean;
}

export interface ReplyHandlerDeps {
  key: MailActionKey;
  clock: Clock;
  db(): Database;
  /** A message we sent, by its outbox id (live or archived). */
  findSent(id: string): Promise<OutboxMessage | undefined>;
  mailAct: MailAct;
  /** An item, open or ended (archived). */
  findItem(id: string): Promise<ItemRecord | undefined>;
  ledger: ReplyLedger;
  /** Queue the answer to a reply that could not act. */
  answer(draft: MessageDraft): Promise<unknown>;
}

const bare = (address: string) => address.trim().toLowerCase();

/**
 * A reply to a task mail (issue 14): it acts when it answers one of our task mails (its
 * In-Reply-To/References name the Message-ID we sent AND the address it went to carries that
 * mail's token), comes from the address that mail went to, and starts with a word of one of the
 * task's actions; the rest of its own words is the reaction. Anything else gets a polite answer
 * and goes to the "not understood" list. Each reply is handled once (the ledger, keyed by its
 * Message-ID); one read again after a crash finds its action in the item's history.
 */
export function createReplyHandler(deps: ReplyHandlerDeps) {
  /** The task mail of ours a reply answers, by the Message-IDs it names. */
  async function answered(reply: IncomingReply): Promise<OutboxMessage | undefined> {
    for (const id of [reply.inReplyTo, ...reply.references.slice().reverse()]) {
      const local = id ? /^<?([^@<>]+)@[^>]+>?$/.exec(id.trim())?.[1] : undefined;
      if (!local) continue;
      const sent = await deps.findSent(local);
      if (sent && sent.messageId === `<${id!.trim().replace(/^<|>$/g, '')}>` && sent.source.task) return sent;
    }
    return undefined;
  }

  const bindingOf = (sent: OutboxMessage): TaskMailBinding | null =>
    sent.to.kind === 'user' && sent.to.id && sent.source.itemId && sent.source.task
      ? {
          itemId: sent.source.itemId,
          taskNodeId: sent.source.task.nodeId,
          enteredAt: sent.source.task.enteredAt,
          userId: sent.to.id,
        }
      : null;

  /** The manual actions of the task, with the words a reply may name them by. */
  function actionsOf(binding: TaskMailBinding, workflowId: string, version: number): ReplyAction[] {
    const graph = publishedGraph(deps.db().workflows, workflowId, version);
    if (!graph) return [];
    return GraphIndex.of(graph)
      .actionsOf(binding.taskNodeId)
      .filter((a) => a.mode === 'manual')
      .map((a) => ({
        id: a.id,
        label: a.label,
        role: a.role,
        ...(a.replyKeywords ? { replyKeywords: a.replyKeywords } : {}),
      }));
  }

  async function sendAnswer(
    reply: IncomingReply,
    outcome: ReplyOutcome,
    language: Language,
    keywords: string[],
    itemId?: string,
  ) {
    if (!notUnderstood(outcome)) return;
    const sender = defaultSender(deps.db());
    // Never to ourselves: an answer that came back (a bounce, a forward to the replies mailbox) would go round and round.
    const ours = [sender?.email, deps.db().settings.imap?.address].filter((a): a is string => Boolean(a)).map(bare);
    if (!sender || !reply.from || ours.includes(bare(reply.from))) return;
    const { subject, text } = replyAnswer(outcome, language, reply.subject, keywords);
    await deps.answer({
      from: { name: sender.name, email: sender.email },
      to: { kind: 'address', name: reply.from, email: reply.from, chain: [], external: true },
      language,
      subject,
      html: typedTextToHtml(text),
      text,
      source: { kind: 'replyAnswer', ...(itemId ? { itemId } : {}) },
    });
  }

  return async function handle(reply: IncomingReply): Promise<ReplyRecord | null> {
    const messageId =
      reply.messageId?.trim() ||
      `<made-${createHash('sha256').update(`${reply.from}\n${reply.subject}\n${reply.text}`).digest('hex').slice(0, 32)}@stroomlijn.local>`;
    if (deps.ledger.get(messageId)) return null;
    const own = ownText(reply.text);
    const record: ReplyRecord = {
      messageId,
      at: deps.clock.now().toISOString(),
      from: reply.from,
      subject: reply.subject,
      outcome: 'notOurs',
      excerpt: own.slice(0, 500),
    };
    /** `answer`: false for mail that names none of our task mails (spam): answering it would send mail to whoever it pretends to be. */
    const settle = async (outcome: ReplyOutcome, language: Language, keywords: string[] = [], answer = true) => {
      record.outcome = outcome;
      if (answer) await sendAnswer(reply, outcome, language, keywords, record.itemId);
      await deps.ledger.add(record);
      return record;
    };
    const office = deps.db().settings.language;
    if (reply.automatic) return settle('automatic', office);
    const sent = await answered(reply);
    const binding = sent && bindingOf(sent);
    if (!sent || !binding) return settle('notOurs', office, [], false);
    if (!replyTokensIn(reply.to).includes(replyToken(deps.key, binding))) return settle('notOurs', office);
    const language = deps.db().directory.users.find((u) => u.id === binding.userId)?.language ?? sent.language;
    const found = await deps.findItem(binding.itemId);
    Object.assign(record, {
      itemId: binding.itemId,
      taskNodeId: binding.taskNodeId,
      ...(found ? { itemNumber: found.number, workflowId: found.workflowId } : {}),
    });
    if (!sent.to.email || bare(reply.from) !== bare(sent.to.email)) return settle('wrongSender', language);
    // Read again after a crash that came after it acted: its action is in the history already.
    if (found?.history.some((h) => h.via?.kind === 'reply' && h.via.messageId === messageId))
      return settle('acted', language);
    const { item } = deps.mailAct.visit(binding);
    if (!item) return settle('movedOn', language);
    const actions = actionsOf(binding, item.workflowId, item.version);
    const { keyword, rest } = keywordAndRest(reply.text);
    const action = actionForKeyword(keyword, actions, language);
    if (!action)
      return settle('unknownKeyword', language, [...new Set(actions.flatMap((a) => keywordsOf(a, language)))]);
    record.actionLabel = action.label;
    const outcome = await deps.mailAct.act(binding, action.id, rest, { kind: 'reply', from: reply.from, messageId });
    return settle(outcome.ok ? 'acted' : outcome.why, language);
  };
}
export type ReplyHandler = ReturnType<typeof createReplyHandler>;
