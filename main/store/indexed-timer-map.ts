import { type DueAt, EarliestDue } from './earliest-due';
import { OwnerIndexedMap } from './owner-indexed-map';

/**
 * Pending timers by key, as a journaled store holds them (see JournaledStoreOptions.mapOf), that
 * also knows the keys of each owner's timers (a record's, an item's; see OwnerIndexedMap) and the
 * earliest moment any is due (see EarliestDue). Both follow every set and delete, so a change to
 * one owner finds its timers without looking at the others, and a tick with nothing due looks at
 * none.
 */
export class IndexedTimerMap<T extends DueAt> extends OwnerIndexedMap<T> {
  /** The timers by when they are due; made when first asked. */
  private due: EarliestDue<T> | null = null;

  /** `ownerOf`: whose timer it is (e.g. its record's or its item's id). */
  constructor(ownerOf: (timer: T) => string) {
    super(ownerOf);
  }

  override set(key: string, timer: T): this {
    super.set(key, timer);
    this.due?.add(key, timer);
    return this;
  }

  override clear(): void {
    super.clear();
    this.due = null;
  }

  /** Whether any timer is due at `until` (an ISO time). */
  anyDueBy(until: string): boolean {
    this.due ??= new EarliestDue(this);
    const earliest = this.due.earliest();
    return earliest !== null && earliest <= until;
  }
}
