import type { z } from 'zod';
import type { PreviewInput } from '../../shared/api/message-contract';
import { ApiError } from '../../shared/api/errors';
import { knownFields, type MessageData, type Recipient, renderTemplate, resolveAddressee, type Rendered, sampleData } from '../../shared/messages';
import { Languages, type Language } from '../../shared/model/common';
import { MessageTemplate } from '../../shared/model/template';
import type { Store } from '../store/store';
import type { ItemRecord } from '../../shared/model/item';
import { itemMessageData } from '../engine/item-data';

/** Data for a rendering: the sample, with the recipient, sender and (for portal users) the external reaction only. */
export function messageData(language: Language, recipient?: Pick<Recipient, 'name' | 'email' | 'external'>, sender?: { name: string; email: string }): MessageData {
  const data = sampleData(language);
  if (recipient) data.Recipient = { Name: recipient.name, Email: recipient.email ?? '' };
  if (sender) data.Sender = { Name: sender.name, Email: sender.email };
  if (recipient?.external && data.Task) data.Task = { ...data.Task, LastReaction: data.Task.LastExternalReaction };
  return data;
}

/** The task an item is in now, if any. */
function currentTask(store: Store, item: ItemRecord) {
  const graph = store.data.workflows.find((w) => w.id === item.workflowId)?.versions.find((v) => v.version === item.version)?.graph;
  const task = graph?.nodes.find((n) => n.id === item.tasks[0]?.nodeId);
  return task?.kind === 'task' ? task : undefined;
}
const taskDestinationsOf = (store: Store, item: ItemRecord) => currentTask(store, item)?.destinations ?? [];
const currentTaskTitle = (store: Store, item: ItemRecord) => currentTask(store, item)?.title;

export function createTemplateService(store: Store, newId: () => string, findItem: (id: string) => Promise<ItemRecord | undefined> = async () => undefined) {
  const find = (id: string) => {
    const t = store.data.templates.find((x) => x.id === id);
    if (!t) throw new ApiError('not_found', `There is no template with id "${id}".`);
    return t;
  };
  return {
    find,
    async save(input: Omit<MessageTemplate, 'id'> & { id?: string }): Promise<MessageTemplate> {
      if (input.id) find(input.id);
      const template = MessageTemplate.parse({ ...input, id: input.id ?? newId() });
      await store.update((d) => {
        const i = d.templates.findIndex((t) => t.id === template.id);
        if (i === -1) d.templates.push(template);
        else d.templates[i] = template;
      });
      return template;
    },
    async remove(id: string): Promise<void> {
      const template = find(id);
      const users = store.data.workflows.filter((w) => JSON.stringify(w.draft).includes(`"${id}"`)).map((w) => w.name);
      if (users.length) throw new ApiError('conflict', `“${template.name}” is still used by ${users.join(', ')}.`);
      await store.update((d) => void d.templates.splice(d.templates.indexOf(template), 1));
    },
    /** Every language rendered with sample data, and who the chosen addressee would reach. */
    async preview({ template, addressee, itemTypeId, itemId }: z.output<typeof PreviewInput>): Promise<{ renders: Partial<Record<Language, Rendered>>; recipients: Recipient[] }> {
      const item = itemId ? await findItem(itemId) : undefined;
      if (itemId && !item) throw new ApiError('not_found', `There is no item with id "${itemId}".`);
      const itemType = store.data.itemTypes.find((t) => t.id === (item?.itemTypeId ?? itemTypeId));
      const known = knownFields(itemType);
      const workflow = store.data.workflows.find((w) => w.id === item?.workflowId);
      const context = item
        ? { directory: store.data.directory, submitterUserId: item.submitterUserId, taskManagerUserId: workflow?.taskManagerUserId, taskDestinations: taskDestinationsOf(store, item), fields: item.fields }
        : { directory: store.data.directory, submitterUserId: 'user-eva', taskManagerUserId: 'user-anna', taskDestinations: [{ type: 'role' as const, roleId: 'role-reviewers', showInTaskList: true }], fields: { responsible: 'user-bram', contact: 'contact-piet' } };
      const recipients = addressee ? resolveAddressee(addressee, context) : [];
      const first = recipients[0];
      const renders: Partial<Record<Language, Rendered>> = {};
      for (const language of Languages) {
        if (!template.texts[language]) continue;
        const sender = store.data.settings.senders.find((s) => s.id === store.data.settings.defaultSenderId) ?? store.data.settings.senders[0];
        const data = item ? itemMessageData(store.data, item, currentTaskTitle(store, item), first, sender) : messageData(language, first);
        // The item type's own fields, with an example value each.
        if (!item) for (const f of itemType?.fields ?? []) data.Item = { ...data.Item, [f.key]: f.options?.[0] ?? (f.type === 'number' ? 42 : f.type === 'date' ? '2026-12-01' : f.label) };
        renders[language] = renderTemplate(template, language, data, known);
      }
      return { renders, recipients };
    },
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
