/**
 * Coalesces write requests: while one write is on its way to disk, every request that comes in
 * shares the single next write. A request resolves once a write that started after it is durable,
 * so many changes in a burst cost two writes, not one each.
 */
export class GroupCommit {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly writeNow: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start();
    const waitFor = this.inFlight.catch(() => undefined);
    this.next = waitFor.then(() => {
      this.next = null;
      return this.start();
    });
    return this.next;
  }

  /** Resolves when nothing is being written or waiting to be. */
  async idle(): Promise<void> {
    while (this.next || this.inFlight) await (this.next ?? this.inFlight)?.catch(() => undefined);
  }

  private start(): Promise<void> {
    const run = this.writeNow().finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }
}
