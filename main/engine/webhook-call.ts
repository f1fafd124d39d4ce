import type { EngineEffect } from '@shared/engine';
import { messageData } from '@shared/messages/message-data';
import { blocksSending, renderJsonTemplate } from '@shared/messages/render';
import type { ItemRecord, PendingEffect } from '@shared/model/item';
import { WEBHOOK_RESPONSE_KEPT, type WebhookCall } from '@shared/model/webhook-call';
import type { Clock } from '../clock';
import { judge, type PostOutcome } from '../net/post-json';
import { type OutboundPolicy, safeFetch } from '../net/safe-fetch';
import { dataContext, type MessageWorld } from './message-world';
import type { ItemChange, ItemsStore } from './items-store';
import { retryLater } from './retry';

export type CallWebhook = Extract<EngineEffect, { type: 'callWebhook' }>;

export const WEBHOOK_DEFAULTS = { timeoutSeconds: 10, retries: 3 } as const;

/** The pending effect of a webhook step, and the entry the item shows for it until it is done. */
export function webhookPending(itemId: string, effect: CallWebhook): { pending: PendingEffect; call: WebhookCall } {
  return {
    pending: { key: effect.key, itemId, effect: { ...effect } },
    call: {
      key: effect.key,
      nodeId: effect.nodeId,
      method: effect.method,
      url: effect.url,
      status: 'pending',
      attempts: 0,
    },
  };
}

/** Headers the call sets itself; a step's own headers cannot replace them. */
const RESERVED_HEADERS = new Set(['idempotency-key', 'host', 'content-length', 'transfer-encoding', 'connection']);

const withBody = (method: string) => method !== 'GET' && method !== 'DELETE';

/** The JSON body: the step's template rendered with the item's data, or the item itself when there is no template. */
function bodyOf(world: MessageWorld, item: ItemRecord, effect: CallWebhook): { body?: string; error?: string } {
  if (!withBody(effect.method)) return {};
  if (!effect.bodyTemplate?.trim()) {
    return {
      body: JSON.stringify({
        event: 'workflow.webhook',
        item: {
          id: item.id,
          number: item.number,
          subject: item.subject,
          itemTypeId: item.itemTypeId ?? null,
          status: item.itemStatus ?? null,
          fields: item.fields,
        },
      }),
    };
  }
  const language = world.db.settings.language;
  const data = messageData({ kind: 'item', item }, dataContext(world), { language });
  const rendered = renderJsonTemplate(effect.bodyTemplate, data, language);
  const broken = rendered.problems.find(blocksSending);
  return broken ? { error: `the body template does not render: ${broken.message}` } : { body: rendered.text };
}

/**
 * One call of a webhook step for an item: the body rendered, our headers set, the address checked by
 * the outbound policy (SSRF rules). Shared by the runtime and the Camunda worker.
 */
export async function webhookAttempt(
  world: MessageWorld,
  item: ItemRecord,
  effect: CallWebhook,
  policy: OutboundPolicy,
): Promise<{ outcome: PostOutcome; responseBody?: string }> {
  const { body, error } = bodyOf(world, item, effect);
  if (error) return { outcome: { ok: false, error, retry: false } };
  const own = Object.entries(effect.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v] as const);
  const headers: Record<string, string> = {
    'user-agent': 'Stroomlijn',
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...Object.fromEntries(own.filter(([k]) => !RESERVED_HEADERS.has(k))),
    'idempotency-key': effect.key,
  };
  const answer = await safeFetch(
    {
      method: effect.method,
      url: effect.url,
      headers,
      ...(body !== undefined ? { body } : {}),
      timeoutMs: (effect.timeoutSeconds ?? WEBHOOK_DEFAULTS.timeoutSeconds) * 1000,
    },
    policy,
  );
  return {
    outcome: judge(answer),
    ...(answer.ok ? { responseBody: answer.body.slice(0, WEBHOOK_RESPONSE_KEPT) } : {}),
  };
}

export interface WebhookCallerDeps {
  world: MessageWorld;
  items: ItemsStore;
  clock: Clock;
  policy: () => OutboundPolicy;
}

/**
 * Carries out webhook steps: one attempt per call. The answer (status, the start of its body)
 * goes on the item and into its history; a failure that may pass is tried again later with the
 * same Idempotency-Key; a refused address or a broken body template fails at once.
 */
export function createWebhookCaller({ world, items, clock, policy }: WebhookCallerDeps) {
  return async function callWebhook(pending: PendingEffect): Promise<void> {
    const effect = pending.effect as CallWebhook;
    const item = items.get(pending.itemId);
    if (!item) return void (await items.save({ itemId: pending.itemId, removePending: [pending.key] }));
    const tries = (pending.attempts ?? 0) + 1;
    const { outcome, responseBody } = await webhookAttempt(world, item, effect, policy());
    const at = clock.now().toISOString();
    const latest = items.get(pending.itemId) ?? item;
    const again = !outcome.ok && outcome.retry && tries <= (effect.retries ?? WEBHOOK_DEFAULTS.retries);
    const next = again ? retryLater(pending, tries, clock) : undefined;
    const status = outcome.status;
    const call: WebhookCall = {
      key: effect.key,
      nodeId: effect.nodeId,
      method: effect.method,
      url: effect.url,
      status: outcome.ok ? 'done' : again ? 'pending' : 'failed',
      attempts: tries,
      at,
      ...(status !== undefined ? { responseStatus: status } : {}),
      ...(responseBody !== undefined ? { responseBody } : {}),
      ...(!outcome.ok ? { error: outcome.error } : {}),
      ...(next?.notBefore ? { nextAttemptAt: next.notBefore } : {}),
    };
    const said = `${effect.method} ${effect.url}`;
    const entry = outcome.ok
      ? { at, kind: 'webhook', nodeId: effect.nodeId, detail: `${said} answered ${outcome.status}` }
      : {
          at,
          kind: 'error',
          nodeId: effect.nodeId,
          detail: `webhook ${said}, attempt ${tries}: ${outcome.error}${again ? ` — next attempt at ${next!.notBefore}` : ' — given up'}`,
        };
    const calls = latest.webhooks ?? [];
    const change: ItemChange = {
      item: {
        ...latest,
        webhooks: calls.some((c) => c.key === call.key)
          ? calls.map((c) => (c.key === call.key ? call : c))
          : [...calls, call],
        history: [...latest.history, entry],
      },
      removePending: next ? [] : [pending.key],
      ...(next ? { addPending: [next] } : {}),
    };
    await items.save(change);
  };
}
