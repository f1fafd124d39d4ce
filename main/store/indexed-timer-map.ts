import { EarliestDue } from './earliest-due';

/** A pending timer as a store holds it: due at `at` (an ISO time). */
export interface DueAt {
  readonly at: string;
}

/**
 * Pending timers by key, as a journaled store holds them (see JournaledStoreOptions.mapOf), that
 * also knows the keys of each owner's timers (a record's, an item's) and the earliest moment any
 * is due. Both follow every set and delete (a commit, a replayed journal, a snapshot read at
 * start, a failed write undone), so a change to one owner finds its timers without looking at the
 * others, and a tick with nothing due looks at none.
 */
export class IndexedTimerMap<T extends DueAt> extends Map<string, T> {
  /** Made when first asked (a start sets tens of thousands of timers and may never ask). */
  private byOwner: Map<string, Set<string>> | null = null;
  /** The timers by when they are due; made when first asked, like byOwner. */
  private due: EarliestDue<T> | null = null;

  /** `ownerOf`: whose timer it is (e.g. its record's or its item's id). */
  constructor(private readonly ownerOf: (timer: T) => string) {
    super();
  }

  override set(key: string, timer: T): this {
    this.forget(key);
    super.set(key, timer);
    if (this.byOwner) this.index(this.byOwner, key, timer);
    this.due?.add(key, timer);
    return this;
  }

  override delete(key: string): boolean {
    return this.forget(key) && super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.byOwner = null;
    this.due = null;
  }

  /** The keys of one owner's timers. */
  keysOf(owner: string): ReadonlySet<string> {
    if (!this.byOwner) {
      this.byOwner = new Map();
      for (const [key, timer] of this) this.index(this.byOwner, key, timer);
    }
    return this.byOwner.get(owner) ?? new Set();
  }

  /** Whether any timer is due at `until` (an ISO time). */
  anyDueBy(until: string): boolean {
    this.due ??= new EarliestDue(this);
    const earliest = this.due.earliest();
    return earliest !== null && earliest <= until;
  }

  private index(byOwner: Map<string, Set<string>>, key: string, timer: T): void {
    const owner = this.ownerOf(timer);
    let keys = byOwner.get(owner);
    if (!keys) byOwner.set(owner, (keys = new Set()));
    keys.add(key);
  }

  /** Take `key` out of the owner index (the heap of due times drops it when it gets there); whether it was there. */
  private forget(key: string): boolean {
    const old = super.get(key);
    if (old === undefined) return false;
    const owner = this.ownerOf(old);
    const keys = this.byOwner?.get(owner);
    keys?.delete(key);
    if (keys?.size === 0) this.byOwner!.delete(owner);
    return true;
  }
}
