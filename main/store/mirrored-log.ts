import { AppendLog, encodeLines } from './append-log';

/** The name of a journal's second copy: `items.json.journal` → `items.json.journal.2`. */
export const mirrorPathOf = (path: string): string => `${path}.2`;

/** Where a log is kept when it is rotated: `<log>.bak`. */
export const backupPathOf = (path: string): string => `${path}.bak`;

/**
 * A journal written twice: every append goes to the log and to its second copy (`<log>.2`) in the
 * same write, and is acknowledged once both are on disk (the two fdatasyncs run side by side). A
 * copy that is later damaged, emptied or deleted is then read from the other, so nothing that was
 * acknowledged is lost (see JournaledStore). An append that fails in either copy is cut back from
 * both, so the two stay the same; they are rotated together.
 */
export class MirroredLog {
  readonly copies: readonly [AppendLog, AppendLog];

  constructor(readonly path: string) {
    this.copies = [new AppendLog(path), new AppendLog(mirrorPathOf(path))];
  }

  /** Bytes in the log (both copies hold the same). */
  get bytes(): number {
    return this.copies[0].bytes;
  }

  /** Finish a rotation a crash cut short in either copy; says, per copy, whether it is there. */
  settle(): Promise<boolean[]> {
    return Promise.all(this.copies.map((log) => log.settle()));
  }

  async open(): Promise<void> {
    await Promise.all(this.copies.map((log) => log.open()));
  }

  async append(lines: readonly string[]): Promise<void> {
    const before = this.copies.map((log) => log.bytes);
    // Encoded once: both copies write the same bytes.
    const bytes = encodeLines(lines);
    const results = await Promise.allSettled(this.copies.map((log) => log.append(bytes)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failed) return;
    // The copy that took the lines gives them back: the write was refused, in both copies alike.
    await Promise.all(
      results.map((r, i) =>
        r.status === 'fulfilled' ? this.copies[i]!.cutBack(before[i]!).catch(() => undefined) : undefined,
      ),
    );
    throw failed.reason;
  }

  /** Keep what each copy holds as its `.bak` and go on with two empty copies. */
  async rotate(): Promise<void> {
    await Promise.all(this.copies.map((log) => log.rotate(backupPathOf(log.path))));
  }

  async close(): Promise<void> {
    await Promise.all(this.copies.map((log) => log.close()));
  }
}
