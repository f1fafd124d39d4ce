import { GroupCommit } from './group-commit';

class Batch {
  error: unknown = undefined;
  failed = false;
}

export interface DocumentCommitsOptions {
  /** Write what is in memory now; resolves once it is on disk. */
  write(): Promise<void>;
  /** Put memory back to what the last successful write put on disk. */
  revert(): void;
  /** See GroupCommit. */
  lingerMs?: number;
}

/**
 * Changes to a whole-file document (the database, the outbox): applied in memory at once, written
 * together with the changes that arrive while a write is on its way (group commit). When a write
 * fails, memory goes back to what is on disk and every change that was not written fails: those
 * of that write, and those made on top of it before its failure was known (they may rest on it).
 * A refused change so leaves no trace, and the next write is not poisoned by it.
 */
export class DocumentCommits {
  private batch = new Batch();
  private readonly commits: GroupCommit;

  constructor(private readonly o: DocumentCommitsOptions) {
    this.commits = new GroupCommit(() => this.writeNow(), o.lingerMs ?? 0);
  }

  /** Apply `change` and resolve once it is on disk (or reject, with memory as on disk). */
  async update<T, R>(data: T, change: (data: T) => R): Promise<R> {
    const batch = this.batch;
    const result = change(data);
    await this.commits.request();
    if (batch.failed) throw batch.error;
    return result;
  }

  /** Write what is in memory now (a first start's seed). */
  flush(): Promise<void> {
    return this.commits.request();
  }

  idle(): Promise<void> {
    return this.commits.idle();
  }

  private async writeNow(): Promise<void> {
    const batch = this.batch;
    this.batch = new Batch();
    try {
      await this.o.write();
    } catch (error) {
      const onTop = this.batch;
      this.batch = new Batch();
      for (const failed of [batch, onTop]) Object.assign(failed, { failed: true, error });
      this.o.revert();
      throw error;
    }
  }
}
