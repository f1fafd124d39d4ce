/** How many failed sign-ins a key (an account, an address) may have before it is locked, and for how long. */
export interface LimitPolicy {
  failures: number;
  windowMs: number;
  /** The first lock; each next one doubles, up to `maxLockMs`. */
  lockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;
/** Per account: 5 failures in 15 minutes lock it for 15 minutes, then 30, 60… up to a day. */
export const ACCOUNT_LIMIT: LimitPolicy = {
  failures: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * 60 * MINUTE,
};
/** Per address: more, since an office's colleagues may share one (the office PC, a network's NAT). */
export const ADDRESS_LIMIT: LimitPolicy = { ...ACCOUNT_LIMIT, failures: 20 };

interface Entry {
  failures: number[];
  lockedUntil: number;
  /** Locks so far: the next lasts twice as long. */
  locks: number;
  lastAt: number;
}

/** After a day without failures a key starts afresh; the map never holds more than this many keys. */
const FORGET_MS = 24 * 60 * MINUTE;
const MAX_KEYS = 10_000;

/**
 * Failed sign-ins per key, in memory (a restart forgives; nothing is written per attempt, so a
 * flood of attempts cannot make the app write), with the time read from the injected clock.
 */
export class SignInLimit {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly policy: LimitPolicy) {}

  /** Until when `key` is locked (ms), or null. */
  lockedUntil(key: string, now: number): number | null {
    const entry = this.live(key, now);
    return entry && entry.lockedUntil > now ? entry.lockedUntil : null;
  }

  /** Count a failure; returns until when the key is now locked, or null. */
  fail(key: string, now: number): number | null {
    const entry = this.live(key, now) ?? { failures: [], lockedUntil: 0, locks: 0, lastAt: now };
    entry.failures = [...entry.failures.filter((at) => now - at < this.policy.windowMs), now];
    entry.lastAt = now;
    if (entry.failures.length >= this.policy.failures) {
      entry.lockedUntil = now + Math.min(this.policy.lockMs * 2 ** entry.locks, this.policy.maxLockMs);
      entry.locks += 1;
      entry.failures = [];
    }
    // Re-inserted, so the map's order is by last failure and the oldest go first when it is full.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
    return entry.lockedUntil > now ? entry.lockedUntil : null;
  }

  /** A success (or an administrator's reset) clears the key. */
  reset(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.lockedUntil <= now && now - entry.lastAt > FORGET_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
