/**
 * Entries waiting for the next journal line, and the promise their callers wait on. It settles
 * with the line that carries them, or with the rewrite of the file that takes them in, not with
 * whichever line happens to run next: a line may take in entries that came after it was asked
 * for, so a later line can find nothing left to write. Each caller is told whether its own
 * entries are on disk.
 */
export class WaitingLine<T> {
  readonly items: T[] = [];
  readonly written: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: unknown) => void };

  constructor() {
    this.written = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    // A rejection is its callers' to handle; once they are gone it is not an unhandled one.
    this.written.catch(() => undefined);
  }

  resolve(): void {
    this.settle.resolve();
  }

  reject(error: unknown): void {
    this.settle.reject(error);
  }

  /** These entries wait again, before those of `later`, and are settled with them. */
  joinBefore(later: WaitingLine<T>): void {
    later.items.unshift(...this.items);
    later.written.then(
      () => this.resolve(),
      (error: unknown) => this.reject(error),
    );
  }
}
