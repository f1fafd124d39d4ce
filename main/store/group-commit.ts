/**
 * Coalesces write requests: while one write is on its way to disk, every request that comes in
 * shares the single next write. A request resolves once a write that started after it is durable,
 * so many changes in a burst cost two writes, not one each.
 */
export class GroupCommit {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  /**
   * @param lingerMs after a write, how long further requests gather before the next one starts:
   *   0 for the database (a click is acknowledged as soon as possible); more for a busy outbox,
   *   where each write costs a full serialisation and fewer, larger writes keep the CPU for sending.
   */
  constructor(
    private readonly writeNow: () => Promise<void>,
    private readonly lingerMs = 0,
  ) {}

  request(): Promise<void> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start();
    const linger = this.lingerMs;
    const waitFor = this.inFlight
      .catch(() => undefined)
      .then(() => (linger > 0 ? new Promise<void>((r) => setTimeout(r, linger)) : undefined));
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
