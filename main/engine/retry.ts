import type { PendingEffect } from '@shared/model/item';
import type { Clock } from '../clock';

/** Waits between attempts of outbound calls (deliveries, webhook steps): 1, 5 and 30 minutes, then every 2 hours. */
export const RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000];

/** The pending effect again, after its attempt number `tries` failed: counted, and not before its next turn. */
export function retryLater(pending: PendingEffect, tries: number, clock: Clock): PendingEffect {
  const wait = RETRY_DELAYS_MS[Math.min(tries - 1, RETRY_DELAYS_MS.length - 1)]!;
  return { ...pending, attempts: tries, notBefore: new Date(clock.now().getTime() + wait).toISOString() };
}
