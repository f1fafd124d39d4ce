import type { EngineEffect } from '../../shared/engine/types';
import { knownFields } from '../../shared/messages/fields';
import { resolveAddressee } from '../../shared/messages/recipients';
import { renderTemplate } from '../../shared/messages/render';
import type { Language } from '../../shared/model/common';
import type { Database } from '../../shared/model/database';
import type { ItemRecord } from '../../shared/model/item';
import type { Channel, MessageTemplate } from '../../shared/model/template';
import type { WorkflowGraph } from '../../shared/model/workflow';
import type { MessageDraft } from '../mail/outbox';
import { itemMessageData } from './item-data';

type QueueMessage = Extract<EngineEffect, { type: 'queueMessage' }>;

export interface RenderedEffect {
  template?: MessageTemplate;
  channel?: Channel;
  /** One per recipient, whatever the channel (an inbox-only message has drafts here too). */
  drafts: MessageDraft[];
  problem?: string;
}

/** The graph of the version the item runs on. */
const publishedGraph = (db: Database, item: ItemRecord): WorkflowGraph | undefined =>
  db.workflows.find((w) => w.id === item.workflowId)?.versions.find((v) => v.version === item.version)?.graph;

/**
 * What one "queue message" effect renders to: the template, its channel and one draft per
 * recipient in their language. `graph` is the graph the item runs on (a draft when simulating).
 */
export function renderEffect(db: Database, item: ItemRecord, effect: QueueMessage, graph = publishedGraph(db, item)): RenderedEffect {
  const template = db.templates.find((t) => t.id === effect.templateId);
  if (!template) return { drafts: [], problem: `template ${effect.templateId ?? '(none)'} does not exist` };
  const channel = effect.channel ?? template.channel;
  const workflow = db.workflows.find((w) => w.id === item.workflowId);
  const task = graph?.nodes.find((n) => n.id === effect.taskNodeId);
  const taskDestinations = task?.kind === 'task' ? task.destinations : [];
  const recipients = effect.addressees.flatMap((a) =>
    resolveAddressee(a, { directory: db.directory, submitterUserId: item.submitterUserId, taskManagerUserId: workflow?.taskManagerUserId, taskDestinations, fields: item.fields }),
  );
  const { senders, defaultSenderId } = db.settings;
  const sender = senders.find((s) => s.id === defaultSenderId) ?? senders[0];
  if (!sender) return { template, channel, drafts: [], problem: 'there is no sender address (Settings → Mail)' };
  const itemType = db.itemTypes.find((t) => t.id === item.itemTypeId);
  const drafts = recipients.map((r): MessageDraft => {
    const preferred = (r.kind === 'user' ? db.directory.users.find((u) => u.id === r.id)?.language : undefined) ?? workflow?.language ?? 'nl';
    const language: Language = template.texts[preferred] ? preferred : ((Object.keys(template.texts)[0] as Language | undefined) ?? 'nl');
    const rendered = renderTemplate(template, language, itemMessageData(db, item, task?.kind === 'task' ? task.title : undefined, r, sender), knownFields(itemType));
    return {
      from: { name: sender.name, email: sender.email },
      to: { kind: r.kind, id: r.id, name: r.name, ...(r.email ? { email: r.email } : {}), chain: r.resolution.chain, external: r.external },
      ...(r.skip ? { skipReason: r.skip } : {}),
      language,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: template.attachments,
      source: { kind: 'workflow', itemId: item.id, templateId: template.id, effectKey: effect.key },
    };
  });
  return { template, channel, drafts };
}

/** The mails one "queue message" effect stands for: one per recipient, in their language (none for an inbox-only message). */
export function draftsForEffect(db: Database, item: ItemRecord, effect: QueueMessage): { drafts: MessageDraft[]; problem?: string } {
  const { channel, drafts, problem } = renderEffect(db, item, effect);
  if (channel === 'inbox') return { drafts: [] };
  return { drafts, ...(problem ? { problem } : {}) };
}
