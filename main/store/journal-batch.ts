interface Before {
  had: boolean;
  value: unknown;
}

/**
 * The changes that go to disk in one journal line, with what each record they touched was
 * before: a batch whose write fails is undone in memory, so nothing of it stays behind to be
 * written by a later batch.
 */
export class JournalBatch {
  /** Each change as its JSON, encoded when it was committed. */
  readonly changes: string[] = [];
  failed = false;
  error: unknown = undefined;
  private readonly before = new Map<Map<string, unknown>, Map<string, Before>>();

  get empty(): boolean {
    return this.changes.length === 0;
  }

  /** Note what `key` holds in `map` before this batch first changes it. */
  remember(map: Map<string, unknown>, key: string): void {
    let keys = this.before.get(map);
    if (!keys) this.before.set(map, (keys = new Map()));
    if (!keys.has(key)) keys.set(key, { had: map.has(key), value: map.get(key) });
  }

  /** Put every record this batch changed back as it was, and fail its callers with `error`. */
  undo(error: unknown): void {
    for (const [map, keys] of this.before) {
      for (const [key, { had, value }] of keys) {
        if (had) map.set(key, value);
        else map.delete(key);
      }
    }
    this.failed = true;
    this.error = error;
  }
}
