import { InFlight } from '../in-flight';
import type { PendingEffect } from '@shared/model/item';
import type { Settings } from '@shared/model/settings';
import type { Clock } from '../clock';
import type { Outbox } from '../mail/outbox';
import type { OutboundPolicy } from '../net/safe-fetch';
import type { Store } from '../store/store';
import { createDelivery } from './delivery';
import type { ItemsStore } from './items-store';
import type { MessageWorld } from './message-world';
import { createWebhookCaller } from './webhook-call';

/** What outbound calls may reach: the admin's allowlist, never our own API. */
export const outboundPolicy = (
  settings: Pick<Settings, 'webhookAllowedHosts'>,
  ownPorts: readonly number[],
): OutboundPolicy => ({ allowedHosts: settings.webhookAllowedHosts ?? [], ownPorts });

export interface BackgroundDeps {
  /** What messages and webhook bodies are rendered from. */
  world: MessageWorld;
  store: Store;
  items: ItemsStore;
  outbox: Outbox;
  clock: Clock;
  /** The ports this app listens on (its API), refused as webhook targets. */
  ownPorts?: () => number[];
  /** Effect keys being carried out now, shared with the runtime so nothing is done twice at once. */
  underway: Set<string>;
}

/**
 * Outbound calls (approval deliveries, webhook steps) run beside the clicks that caused them,
 * never in their way: one attempt each time their turn comes, retried later by their own rules.
 */
export function createBackgroundEffects(deps: BackgroundDeps) {
  const { world, store, items, outbox, clock, ownPorts = () => [], underway } = deps;
  const policy = () => outboundPolicy(store.data.settings, ownPorts());
  const work = new Map<string, (p: PendingEffect) => Promise<void>>([
    ['deliver', createDelivery({ world, items, outbox, clock, policy })],
    ['callWebhook', createWebhookCaller({ world, items, clock, policy })],
  ]);
  const running = new InFlight();
  /** Effects the outbox settled a message of while they were on their way: looked at again once they are done. */
  const again = new Set<string>();
  const handles = (p: PendingEffect) => work.has(String(p.effect.type));
  function start(p: PendingEffect): void {
    const run = work.get(String(p.effect.type));
    if (!run || (p.notBefore && p.notBefore > clock.now().toISOString())) return;
    if (underway.has(p.key)) return void again.add(p.key);
    underway.add(p.key);
    const going = run(p)
      .catch((error: unknown) => {
        console.error(`${String(p.effect.type)} for ${p.itemId} failed inside Stroomlijn`, error);
      })
      .finally(() => {
        underway.delete(p.key);
        const next = again.delete(p.key) ? items.pendingEffect(p.key) : undefined;
        if (next) start(next);
      });
    running.add(going);
  }
  // A mailed delivery learns its outcome when the outbox settles its message: no waiting loop.
  outbox.onSettled((message) => {
    const key = message.source.effectKey;
    const pending = key === undefined ? undefined : items.pendingEffect(key);
    if (pending && handles(pending)) start(pending);
  });
  return {
    /** Whether this pending effect is an outbound call run in the background. */
    handles,
    /** Start the effect's next attempt if its time has come and it is not on its way already. */
    start,
    /** Resolves when no call is on its way (tests; closing). */
    async idle(): Promise<void> {
      await running.idle();
    },
  };
}
