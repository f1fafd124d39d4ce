/**
 * Values by key, as a journaled store holds them (see JournaledStoreOptions.mapOf), that also
 * knows the keys of each owner's values (a record's timers, a record's runs). The index follows
 * every set and delete (a commit, a replayed journal, a snapshot read at start, a failed write
 * undone), so a change to one owner finds its values without looking at the others. A value
 * without an owner is not in the index.
 */
export class OwnerIndexedMap<T> extends Map<string, T> {
  /** Made when first asked (a start sets tens of thousands of values and may never ask). */
  private byOwner: Map<string, Set<string>> | null = null;

  /** `ownerOf`: whose value it is (e.g. its record's or its item's id), if anyone's. */
  constructor(private readonly ownerOf: (value: T) => string | undefined) {
    super();
  }

  override set(key: string, value: T): this {
    const old = super.get(key);
    // The same owner: the key stays where it is in the owner's keys (the order they came in).
    if (old !== undefined && this.ownerOf(old) === this.ownerOf(value)) return super.set(key, value);
    if (old !== undefined) this.unindex(key, old);
    super.set(key, value);
    if (this.byOwner) this.index(this.byOwner, key, value);
    return this;
  }

  override delete(key: string): boolean {
    return this.forget(key) && super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.byOwner = null;
  }

  /** The keys of one owner's values. */
  keysOf(owner: string): ReadonlySet<string> {
    if (!this.byOwner) {
      this.byOwner = new Map();
      for (const [key, value] of this) this.index(this.byOwner, key, value);
    }
    return this.byOwner.get(owner) ?? new Set();
  }

  private index(byOwner: Map<string, Set<string>>, key: string, value: T): void {
    const owner = this.ownerOf(value);
    if (owner === undefined) return;
    let keys = byOwner.get(owner);
    if (!keys) byOwner.set(owner, (keys = new Set()));
    keys.add(key);
  }

  /** Take `key` out of the owner index; whether it was there. */
  private forget(key: string): boolean {
    const old = super.get(key);
    if (old === undefined) return false;
    this.unindex(key, old);
    return true;
  }

  /** Take `key`, which holds `value`, out of its owner's keys. */
  private unindex(key: string, value: T): void {
    const owner = this.ownerOf(value);
    const keys = owner === undefined ? undefined : this.byOwner?.get(owner);
    keys?.delete(key);
    if (keys?.size === 0) this.byOwner!.delete(owner!);
  }
}
