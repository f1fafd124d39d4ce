import type { EngineEffect } from '@shared/engine/types';
import { blocksSending, type DataSource } from '@shared/messages';
import { resolveAddressee } from '@shared/messages/recipients';
import type { ItemRecord } from '@shared/model/item';
import type { Channel, MessageTemplate } from '@shared/model/template';
import { GraphIndex } from '@shared/workflow/graph';
import type { MessageDraft } from '../mail/outbox';
import { recipientField } from '../mail/recipient-field';
import { messageDraft } from '../mail/message-draft';
import { defaultSender, languageFor, type MessageWorld, renderFor } from './message-world';
import { publishedGraph, workflowById } from '@shared/workflow/queries';

type QueueMessage = Extract<EngineEffect, { type: 'queueMessage' }>;

export interface RenderedEffect {
  template?: MessageTemplate;
  channel?: Channel;
  /** One per recipient whose copy rendered, whatever the channel (an inbox-only message has drafts here too). */
  drafts: MessageDraft[];
  /** Why the message (or a recipient's copy of it) is not sent. */
  problem?: string;
}

/**
 * What one "queue message" effect renders to: the template, its channel and one draft per
 * recipient, each rendered with the item's own data in the recipient's language. `graph` is the
 * graph the item runs on (a draft when simulating). A copy whose template does not compile or
 * goes over a limit is not made; `problem` says why.
 */
export function renderEffect(
  world: MessageWorld,
  item: ItemRecord,
  effect: QueueMessage,
  graph = publishedGraph(world.db.workflows, item.workflowId, item.version),
): RenderedEffect {
  const { db } = world;
  const template = db.templates.find((t) => t.id === effect.templateId);
  if (!template) return { drafts: [], problem: `template ${effect.templateId ?? '(none)'} does not exist` };
  const channel = effect.channel ?? template.channel;
  const workflow = workflowById(db.workflows, item.workflowId);
  const task = graph?.nodes.find((n) => n.id === effect.taskNodeId);
  const taskDestinations = task?.kind === 'task' ? task.destinations : [];
  const context = {
    directory: db.directory,
    submitterUserId: item.submitterUserId,
    taskManagerUserId: workflow?.taskManagerUserId,
    taskDestinations,
    fields: item.fields,
  };
  const recipients = effect.addressees.flatMap((a) => resolveAddressee(a, context));
  const sender = defaultSender(db);
  if (!sender) return { template, channel, drafts: [], problem: 'there is no sender address (Settings → Mail)' };
  const visit = item.tasks.find((t) => t.nodeId === effect.taskNodeId);
  const dueAt = visit?.dueAt;
  // The mail that announces a task the item is (still) in can be acted on: links and a reply address per user.
  const offered =
    visit && effect.moment === 'enter' && graph
      ? GraphIndex.of(graph)
          .actionsOf(visit.nodeId)
          .filter((a) => a.mode === 'manual')
          .map((a) => ({ id: a.id, label: a.label }))
      : [];
  const source: DataSource = {
    kind: 'item',
    item,
    ...(task?.kind === 'task' ? { task: { title: task.title, ...(dueAt ? { dueAt } : {}) } } : {}),
  };
  const problems = new Set<string>();
  const drafts = recipients.flatMap((r): MessageDraft[] => {
    const preferred =
      (r.kind === 'user' ? db.directory.users.find((u) => u.id === r.id)?.language : undefined) ??
      workflow?.language ??
      'nl';
    const language = languageFor(template, preferred);
    const extras =
      visit && offered.length && r.kind === 'user' && r.id && world.taskMail
        ? world.taskMail(
            { itemId: item.id, taskNodeId: visit.nodeId, enteredAt: visit.enteredAt, userId: r.id },
            offered,
            language,
          )
        : undefined;
    const reader = { language, recipient: r, sender, ...(extras ? { actions: extras.actions } : {}) };
    const rendered = renderFor(world, template, source, reader);
    const stop = rendered.problems.find(blocksSending);
    if (stop) {
      problems.add(`template “${template.name}” (${language}): ${stop.message}`);
      return [];
    }
    return [
      messageDraft({
        from: sender,
        to: recipientField(r),
        ...(r.skip ? { skip: r.skip } : {}),
        language,
        rendered,
        attachments: template.attachments,
        ...(extras?.replyTo ? { replyTo: extras.replyTo } : {}),
        source: {
          kind: 'workflow',
          itemId: item.id,
          templateId: template.id,
          effectKey: effect.key,
          ...(visit && effect.moment === 'enter' ? { task: { nodeId: visit.nodeId, enteredAt: visit.enteredAt } } : {}),
        },
      }),
    ];
  });
  return { template, channel, drafts, ...(problems.size ? { problem: [...problems].join('; ') } : {}) };
}
