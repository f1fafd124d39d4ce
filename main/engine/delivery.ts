import { renderTemplate } from '../../shared/messages/render';
import { knownFields } from '../../shared/messages/fields';
import type { ItemRecord, PendingEffect } from '../../shared/model/item';
import type { Connector } from '../../shared/model/item-type';
import type { Clock } from '../clock';
import type { Outbox } from '../mail/outbox';
import { postJson, type PostOutcome } from '../net/post-json';
import type { OutboundPolicy } from '../net/safe-fetch';
import type { Store } from '../store/store';
import { itemMessageData } from './item-data';
import type { ItemChange, ItemsStore } from './items-store';
import { retryLater } from './retry';


export interface DeliveryDeps {
  store: Store;
  items: ItemsStore;
  outbox: Outbox;
  clock: Clock;
  /** What outbound calls may reach (Settings → Webhooks, our own API port). */
  policy: () => OutboundPolicy;
}

/**
 * The pending effect that delivers an item once it became "approved" and its type has a
 * connector (seed 002); null otherwise. It goes into the same durable write as the approval.
 */
export function deliveryEffect(db: Store['data'], before: ItemRecord | null, after: ItemRecord): PendingEffect | null {
  const connector = db.itemTypes.find((t) => t.id === after.itemTypeId)?.connector;
  if (!connector || after.itemStatus !== 'approved' || before?.itemStatus === 'approved') return null;
  const key = `${after.id}:${after.seq}:deliver`;
  return { key, itemId: after.id, effect: { type: 'deliver', key } };
}

/** What the receiving application gets: the item, its payload, and who approved it with which reaction. */
export function deliveryBody(item: ItemRecord) {
  const approval = [...item.history].reverse().find((h) => h.kind === 'acted');
  const reaction = [...item.reactions].reverse()[0];
  return {
    event: 'item.approved',
    item: { id: item.id, number: item.number, subject: item.subject, itemTypeId: item.itemTypeId, status: item.itemStatus, fields: item.fields },
    payload: item.payload ?? null,
    approval: { by: approval?.userId ?? null, at: approval?.at ?? null, reaction: reaction ? { text: reaction.text, external: reaction.external } : null },
  };
}

/** Carries out delivery effects: one attempt per call; a failed attempt that may succeed later is written back with the time of the next. */
export function createDelivery({ store, items, outbox, clock, policy }: DeliveryDeps) {
  async function attempt(connector: Connector, item: ItemRecord, key: string): Promise<PostOutcome> {
    if (connector.type === 'webhook') return postJson(connector.url, deliveryBody(item), { ...connector.headers, 'idempotency-key': key }, policy());
    if (outbox.sentEffect(key)) return { ok: true, status: 250 };
    const template = store.data.templates.find((t) => t.id === connector.templateId);
    const sender = store.data.settings.senders.find((s) => s.id === store.data.settings.defaultSenderId) ?? store.data.settings.senders[0];
    if (!template) return { ok: false, error: `template ${connector.templateId} does not exist`, retry: false };
    if (!sender) return { ok: false, error: 'there is no sender address (Settings → Mail)', retry: false };
    const language = template.texts.nl ? 'nl' : (Object.keys(template.texts)[0] as 'nl' | 'en' | 'de');
    const recipient = { name: connector.to, email: connector.to, external: true };
    const data = itemMessageData(store.data, item, undefined, recipient, sender);
    data.Item = { ...data.Item, Payload: JSON.stringify(item.payload ?? null, null, 2) };
    const rendered = renderTemplate(template, language, data, knownFields(store.data.itemTypes.find((t) => t.id === item.itemTypeId)));
    await outbox.enqueue([
      {
        from: { name: sender.name, email: sender.email },
        to: { kind: 'address', name: connector.to, email: connector.to, chain: [], external: true },
        language,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        attachments: template.attachments,
        source: { kind: 'workflow', itemId: item.id, templateId: template.id, effectKey: key },
      },
    ]);
    return { ok: true, status: 250 };
  }

  return async function deliver(pending: PendingEffect): Promise<void> {
    const item = items.get(pending.itemId);
    if (!item) return void (await items.save({ itemId: pending.itemId, removePending: [pending.key] }));
    const connector = store.data.itemTypes.find((t) => t.id === item.itemTypeId)?.connector;
    const tries = (pending.attempts ?? 0) + 1;
    const outcome: PostOutcome = connector ? await attempt(connector, item, pending.key) : { ok: false, error: 'the item type has no connector any more', retry: false };
    const at = clock.now().toISOString();
    const latest = items.get(pending.itemId) ?? item;
    const via = connector?.type ?? latest.delivery?.via ?? 'webhook';
    const maxAttempts = connector?.type === 'webhook' ? connector.maxAttempts : 1;
    const change: ItemChange = { removePending: [pending.key] };
    if (outcome.ok) {
      change.item = {
        ...latest,
        delivery: { via, status: 'delivered', attempts: tries, at, responseStatus: outcome.status },
        history: [...latest.history, { at, kind: 'delivered', detail: connector?.type === 'webhook' ? `${new URL(connector.url).host} answered ${outcome.status}` : `mailed to ${connector?.type === 'mail' ? connector.to : ''}` }],
      };
    } else {
      const again = outcome.retry && tries < maxAttempts;
      const status = again ? 'pending' : 'failed';
      change.item = {
        ...latest,
        delivery: { via, status, attempts: tries, lastError: outcome.error, ...(again ? {} : { at }), ...(outcome.status ? { responseStatus: outcome.status } : {}) },
        history: [...latest.history, { at, kind: 'error', detail: `delivery attempt ${tries} failed: ${outcome.error}${again ? '' : ' — given up'}` }],
      };
      if (again) {
        change.removePending = [];
        change.addPending = [retryLater(pending, tries, clock)];
      }
    }
    await items.save(change);
  };
}
