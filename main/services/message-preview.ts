import type { Caller } from '@shared/api/caller';
import type { z } from 'zod';
import { ApiError } from '@shared/api/errors';
import type { PreviewInput } from '@shared/api/message-contract';
import {
  type AddresseeContext,
  type DataSource,
  knownFields,
  messageData,
  pickerFields,
  type Recipient,
  type Rendered,
  renderTemplate,
  resolveAddressee,
  shapeOf,
  type SourceShape,
} from '@shared/messages';
import { Languages, type Language } from '@shared/model/common';
import type { ItemRecord } from '@shared/model/item';
import type { Addressee } from '@shared/model/message-setting';
import type { Sender } from '@shared/model/settings';
import type { MessageTemplate } from '@shared/model/template';
import { dataContext, defaultSender, type MessageWorld } from '../engine/message-world';
import { mailingRecipient } from './mailing-recipients';
import { exampleActions } from '@shared/mail-actions/example-actions';
import { GraphIndex } from '@shared/workflow/graph';
import { latestVersion, publishedGraph, workflowById } from '@shared/workflow/queries';

/** What a preview or an example is rendered from: a real item, record or mailing recipient, or the sample. */
export type SourceChoice = Pick<z.output<typeof PreviewInput>, 'itemTypeId' | 'itemId' | 'recordId' | 'recipient'>;

/** A chosen source with what its addressees resolve against (and, for a mailing's recipient, that recipient). */
interface Resolved {
  source: DataSource;
  context: AddresseeContext;
  recipient?: Recipient;
  /** The labels of the manual actions of the task a real item is in (what `{{actions}}` shows, as examples). */
  actionLabels?: string[];
}

/** Who the sample's addressees stand for when nothing real is chosen. */
const SAMPLE_CONTEXT = {
  submitterUserId: 'user-eva',
  taskManagerUserId: 'user-anna',
  taskDestinations: [{ type: 'role' as const, roleId: 'role-reviewers', showInTaskList: true }],
  fields: { responsible: 'user-bram', contact: 'contact-piet' },
};

/**
 * Previews and "send one example": a template rendered from the chosen real item, record or
 * mailing recipient — through the same message data as the runtime — or from the sample when
 * nothing is chosen, with the fields its source can fill for the picker.
 */
/** `findItem` refuses an item the caller may not see (a confidential one they have no part in). */
export function createMessagePreview(
  world: MessageWorld,
  findItem: (id: string, caller: Caller) => Promise<ItemRecord | undefined>,
) {
  const db = () => world.db;

  const graphOf = (item: ItemRecord) => publishedGraph(db().workflows, item.workflowId, item.version);

  /** The task an item is in now, if any, with when it is due. */
  function currentTask(item: ItemRecord) {
    const graph = graphOf(item);
    const open = item.tasks[0];
    const node = graph?.nodes.find((n) => n.id === open?.nodeId);
    return node?.kind === 'task' ? { node, dueAt: open?.dueAt } : undefined;
  }

  async function resolve(choice: SourceChoice, caller: Caller): Promise<Resolved> {
    const { directory } = db();
    const given = (['itemId', 'recordId', 'recipient'] as const).filter((k) => choice[k] !== undefined);
    if (given.length > 1) {
      throw ApiError.invalidInput(
        'Choose one source',
        given.map((k) => ({ path: k, message: 'choose one of itemId, recordId and recipient' })),
      );
    }
    if (choice.itemId) {
      const item = await findItem(choice.itemId, caller);
      if (!item) throw ApiError.because('not_found', 'notFound', { thing: 'item', id: choice.itemId });
      const task = currentTask(item);
      const workflow = workflowById(db().workflows, item.workflowId);
      const index = task && graphOf(item) ? GraphIndex.of(graphOf(item)!) : undefined;
      const actionLabels =
        task && index
          ? index
              .actionsOf(task.node.id)
              .filter((a) => a.mode === 'manual')
              .map((a) => a.label)
          : undefined;
      return {
        ...(actionLabels?.length ? { actionLabels } : {}),
        source: {
          kind: 'item',
          item,
          ...(task ? { task: { title: task.node.title, ...(task.dueAt ? { dueAt: task.dueAt } : {}) } } : {}),
        },
        context: {
          directory,
          submitterUserId: item.submitterUserId,
          taskManagerUserId: workflow?.taskManagerUserId,
          taskDestinations: task?.node.destinations ?? [],
          fields: item.fields,
        },
      };
    }
    if (choice.recordId) {
      const record = world.recordOf(choice.recordId);
      if (!record) throw ApiError.because('not_found', 'notFound', { thing: 'record', id: choice.recordId });
      return { source: { kind: 'record', record }, context: { directory, fields: record.fields } };
    }
    if (choice.recipient) {
      const recipient = mailingRecipient(directory, choice.recipient);
      return { source: { kind: 'recipient', target: choice.recipient }, context: { directory }, recipient };
    }
    const itemType = db().itemTypes.find((t) => t.id === choice.itemTypeId);
    if (choice.itemTypeId && !itemType)
      throw ApiError.because('not_found', 'notFound', { thing: 'itemType', id: choice.itemTypeId });
    return { source: { kind: 'sample', ...(itemType ? { itemType } : {}) }, context: { directory, ...SAMPLE_CONTEXT } };
  }

  /** What the places that use a template can fill: its workflows' item types or record entities, and approval mails. */
  function usage(templateId: string): SourceShape[] {
    const quoted = `"${templateId}"`;
    const shapes: SourceShape[] = [];
    for (const w of db().workflows) {
      if (!JSON.stringify([w.draft, latestVersion(w)?.graph]).includes(quoted)) continue;
      const start = w.draft.nodes.find((n) => n.kind === 'start');
      if (start?.kind === 'start' && start.trigger.type === 'record')
        shapes.push({ kind: 'record', entity: start.trigger.entity });
      else shapes.push({ kind: 'item', itemType: db().itemTypes.find((t) => t.id === w.itemTypeId) });
    }
    for (const t of db().itemTypes)
      if (t.connector?.type === 'mail' && t.connector.templateId === templateId)
        shapes.push({ kind: 'item', itemType: t });
    return shapes;
  }

  /** The fields a preview checks and offers: its real source's, or (the sample) those of where the template is used. */
  function shapesFor(template: Pick<MessageTemplate, 'id'>, resolved: Resolved): SourceShape[] {
    const ctx = dataContext(world);
    if (resolved.source.kind !== 'sample' || resolved.source.itemType) return [shapeOf(resolved.source, ctx)];
    return usage(template.id);
  }

  function render(
    template: MessageTemplate,
    language: Language,
    resolved: Resolved,
    shapes: SourceShape[],
    people: { recipient?: Recipient | undefined; sender?: Sender | undefined },
  ): Rendered {
    const { source } = resolved;
    // Example buttons only: a preview, or an example sent to the author, never carries a link that acts.
    const actions =
      source.kind === 'sample'
        ? exampleActions(language)
        : resolved.actionLabels
          ? exampleActions(language, resolved.actionLabels)
          : undefined;
    const reader = {
      language,
      ...(people.recipient ? { recipient: people.recipient } : {}),
      ...(people.sender ? { sender: people.sender } : {}),
    };
    const frame = actions ? { actions } : {};
    return renderTemplate(
      template,
      language,
      messageData(source, dataContext(world), reader),
      knownFields(...shapes),
      frame,
    );
  }

  /** Who an addressee reaches for this source (a mailing's recipient is the recipient). */
  const recipientsOf = (resolved: Resolved, addressee: Addressee | undefined): Recipient[] =>
    resolved.recipient ? [resolved.recipient] : addressee ? resolveAddressee(addressee, resolved.context) : [];

  return {
    /** Every language rendered from the chosen source, who the addressee reaches, and the fields it can fill. */
    async preview(input: z.output<typeof PreviewInput>, caller: Caller) {
      const resolved = await resolve(input, caller);
      const shapes = shapesFor(input.template, resolved);
      const recipients = recipientsOf(resolved, input.addressee);
      const people = { recipient: recipients[0], sender: defaultSender(db()) };
      const renders: Partial<Record<Language, Rendered>> = {};
      for (const language of Languages) {
        if (input.template.texts[language])
          renders[language] = render(input.template, language, resolved, shapes, people);
      }
      return { renders, recipients, fields: pickerFields(...shapes), sample: resolved.source.kind === 'sample' };
    },

    /** The copy "send one example to me" sends: what the preview shows for the chosen source and addressee. */
    async example(
      template: MessageTemplate,
      language: Language,
      choice: SourceChoice,
      addressee: Addressee | undefined,
      sender: Sender,
      caller: Caller,
    ) {
      const resolved = await resolve(choice, caller);
      const recipient = recipientsOf(resolved, addressee)[0];
      return render(template, language, resolved, shapesFor(template, resolved), { recipient, sender });
    },
  };
}

export type MessagePreview = ReturnType<typeof createMessagePreview>;
