import type { TriggerTimer } from '@shared/model/schedule';

/**
 * The record triggers' pending timers by key, as the records store holds them, that also knows
 * each record's timers and the earliest moment any is due. Both follow every set and delete
 * (a commit, a replayed journal, a failed write undone), so a record change finds its own
 * timers without looking at the others, and a tick with nothing due looks at none.
 */
export class TriggerTimerMap extends Map<string, TriggerTimer> {
  /** Made when first asked (a start sets tens of thousands of timers and may never ask). */
  private byRecord: Map<string, Set<string>> | null = null;
  /** The earliest `at` of all timers; undefined once the timer that had it is gone, until looked for again. */
  private earliest: string | null | undefined = null;

  override set(key: string, timer: TriggerTimer): this {
    this.forget(key);
    super.set(key, timer);
    if (this.byRecord) this.index(this.byRecord, key, timer);
    if (this.earliest !== undefined && (this.earliest === null || timer.at < this.earliest)) this.earliest = timer.at;
    return this;
  }

  override delete(key: string): boolean {
    return this.forget(key) && super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.byRecord = null;
    this.earliest = null;
  }

  /** The keys of one record's timers. */
  keysOf(recordId: string): ReadonlySet<string> {
    if (!this.byRecord) {
      this.byRecord = new Map();
      for (const [key, timer] of this) this.index(this.byRecord, key, timer);
    }
    return this.byRecord.get(recordId) ?? new Set();
  }

  private index(byRecord: Map<string, Set<string>>, key: string, timer: TriggerTimer): void {
    let keys = byRecord.get(timer.recordId);
    if (!keys) byRecord.set(timer.recordId, (keys = new Set()));
    keys.add(key);
  }

  /** Whether any timer is due at `until` (an ISO time). */
  anyDueBy(until: string): boolean {
    if (this.earliest === undefined) {
      this.earliest = null;
      for (const { at } of this.values()) if (this.earliest === null || at < this.earliest) this.earliest = at;
    }
    return this.earliest !== null && this.earliest <= until;
  }

  /** Take `key` out of the record index (and the earliest moment, if it was that); whether it was there. */
  private forget(key: string): boolean {
    const old = super.get(key);
    if (old === undefined) return false;
    const keys = this.byRecord?.get(old.recordId);
    keys?.delete(key);
    if (keys?.size === 0) this.byRecord!.delete(old.recordId);
    if (old.at === this.earliest) this.earliest = undefined;
    return true;
  }
}
