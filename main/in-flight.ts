/**
 * Work started in the background that someone must be able to wait for (closing, tests): each
 * piece is forgotten once it settles. `idle` also waits for work started meanwhile.
 */
export class InFlight {
  private readonly running = new Set<Promise<void>>();

  /** Track `work`, which must not reject (the caller catches what it can go wrong with). */
  add(work: Promise<void>): void {
    const tracked = work.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Resolves once nothing is under way. */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
