import type { ItemRecord, PendingEffect } from '@shared/model/item';
import type { Connector } from '@shared/model/item-type';
import { type Clock, isoTime } from '../clock';
import type { Outbox } from '../mail/outbox';
import { postJson, type PostOutcome } from '../net/post-json';
import type { OutboundPolicy } from '../net/safe-fetch';
import type { Store } from '../store/store';
import type { ItemChange, ItemsStore } from './items-store';
import { type MailStep, mailDeliveryStep, replyCode } from './mail-delivery';
import type { MessageWorld } from './message-world';
import { retryLater } from './retry';

export interface DeliveryDeps {
  world: MessageWorld;
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
    item: {
      id: item.id,
      number: item.number,
      subject: item.subject,
      itemTypeId: item.itemTypeId,
      status: item.itemStatus,
      fields: item.fields,
    },
    payload: item.payload ?? null,
    approval: {
      by: approval?.userId ?? null,
      at: approval?.at ?? null,
      reaction: reaction ? { text: reaction.text, external: reaction.external } : null,
    },
  };
}

/** Kept while no SMTP server is set: the delivery waits for the capture mailbox to be sent on. */
const CAPTURED = 'held in the capture mailbox: no SMTP server is set (Settings → Mail)';

/**
 * Carries out delivery effects. A webhook: one attempt per call; a failed attempt that may succeed
 * later is written back with the time of the next. Mail: the message is queued once, and the
 * delivery stays pending until the outbox settles it — delivered when the SMTP server accepted it
 * (with its answer), failed with the server's answer (a 5xx) or the reason.
 */
export function createDelivery({ world, items, outbox, clock, policy }: DeliveryDeps) {
  const now = isoTime(clock);

  function mailChange(pending: PendingEffect, latest: ItemRecord, to: string, step: MailStep): ItemChange | null {
    const at = now();
    const attempts = 'message' in step && step.message ? step.message.attempts : (latest.delivery?.attempts ?? 0);
    const messageId = 'message' in step && step.message ? { messageId: step.message.id } : {};
    const history = (kind: string, detail: string) => [...latest.history, { at, kind, detail }];
    switch (step.kind) {
      case 'waiting':
        return null;
      case 'queued':
        return {
          item: {
            ...latest,
            delivery: { via: 'mail', status: 'pending', attempts, ...messageId },
            history: history('delivery', `mail to ${to} queued`),
          },
        };
      case 'captured':
        if (latest.delivery?.lastError === CAPTURED) return null;
        return {
          item: {
            ...latest,
            delivery: { via: 'mail', status: 'pending', attempts, lastError: CAPTURED, ...messageId },
            history: history('delivery', `mail to ${to} ${CAPTURED}`),
          },
        };
      case 'sent': {
        const response = step.message.response ?? '';
        const code = replyCode(response);
        const delivery = {
          via: 'mail' as const,
          status: 'delivered' as const,
          attempts,
          at: step.message.sentAt ?? at,
          ...(code ? { responseStatus: code } : {}),
          response,
          ...messageId,
        };
        return {
          item: { ...latest, delivery, history: history('delivered', `mailed to ${to}: ${response}`) },
          removePending: [pending.key],
        };
      }
      case 'failed': {
        const code = replyCode(step.error);
        const delivery = {
          via: 'mail' as const,
          status: 'failed' as const,
          attempts,
          at,
          lastError: step.error,
          ...(code ? { responseStatus: code } : {}),
          ...messageId,
        };
        return {
          item: { ...latest, delivery, history: history('error', `delivery by mail to ${to} failed: ${step.error}`) },
          removePending: [pending.key],
        };
      }
      default: {
        const never: never = step;
        return never;
      }
    }
  }

  async function deliverByWebhook(
    pending: PendingEffect,
    item: ItemRecord,
    connector: Extract<Connector, { type: 'webhook' }> | undefined,
  ): Promise<void> {
    const tries = (pending.attempts ?? 0) + 1;
    const outcome: PostOutcome = connector
      ? await postJson(
          connector.url,
          deliveryBody(item),
          { ...connector.headers, 'idempotency-key': pending.key },
          policy(),
        )
      : { ok: false, error: 'the item type has no connector any more', retry: false };
    const at = now();
    const latest = items.get(pending.itemId) ?? item;
    const via = connector?.type ?? latest.delivery?.via ?? 'webhook';
    const maxAttempts = connector?.maxAttempts ?? 1;
    const change: ItemChange = { removePending: [pending.key] };
    if (outcome.ok) {
      change.item = {
        ...latest,
        delivery: { via, status: 'delivered', attempts: tries, at, responseStatus: outcome.status },
        history: [
          ...latest.history,
          { at, kind: 'delivered', detail: `${new URL(connector!.url).host} answered ${outcome.status}` },
        ],
      };
    } else {
      const again = outcome.retry && tries < maxAttempts;
      const status = again ? 'pending' : 'failed';
      change.item = {
        ...latest,
        delivery: {
          via,
          status,
          attempts: tries,
          lastError: outcome.error,
          ...(again ? {} : { at }),
          ...(outcome.status ? { responseStatus: outcome.status } : {}),
        },
        history: [
          ...latest.history,
          {
            at,
            kind: 'error',
            detail: `delivery attempt ${tries} failed: ${outcome.error}${again ? '' : ' — given up'}`,
          },
        ],
      };
      if (again) {
        change.removePending = [];
        change.addPending = [retryLater(pending, tries, clock)];
      }
    }
    await items.save(change);
  }

  return async function deliver(pending: PendingEffect): Promise<void> {
    const item = items.get(pending.itemId);
    if (!item) return void (await items.save({ itemId: pending.itemId, removePending: [pending.key] }));
    const connector = world.db.itemTypes.find((t) => t.id === item.itemTypeId)?.connector;
    // A mail already queued keeps its outcome, even if the connector changed since.
    const byMail = item.delivery?.via === 'mail' && item.delivery.messageId ? true : connector?.type === 'mail';
    if (!byMail) return deliverByWebhook(pending, item, connector?.type === 'webhook' ? connector : undefined);
    const mail = connector?.type === 'mail' ? connector : undefined;
    const step = await mailDeliveryStep(world, outbox, mail, item, pending.key);
    const to = step.kind !== 'waiting' && step.message ? (step.message.to.email ?? '') : (mail?.to ?? '');
    const change = mailChange(pending, items.get(pending.itemId) ?? item, to, step);
    if (change) await items.save(change);
  };
}
