import type { AuditFilter } from '@shared/api/audit-contract';
import { auditMonthInRange, matchesAuditFilter } from '@shared/audit/audit-filter';
import { AuditEntry } from '@shared/model/audit';
import type { StoreNotice } from '@shared/model/store-notice';
import type { Clock } from '../clock';
import { MonthlyArchive } from '../store/monthly-archive';

export type AuditRecord = Omit<AuditEntry, 'id' | 'at'>;

/**
 * The audit trail: one JSON-lines file per month (`archive/audit-2026-11.jsonl`), only ever
 * appended to, beside the message archive and away from the files every click rewrites. An entry
 * that cannot be written (a full disk) is said in the log and does not undo what it records.
 */
export class AuditTrail {
  private readonly archive: MonthlyArchive<AuditEntry>;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly log: (message: string) => void = console.error,
  ) {
    this.archive = new MonthlyArchive<AuditEntry>(dataDir, {
      prefix: 'audit',
      monthOf: (entry) => entry.at.slice(0, 7),
      parse: (value) => AuditEntry.parse(value),
      newestBy: (entry) => entry.at,
      clock,
    });
  }

  get notices(): StoreNotice[] {
    return this.archive.notices;
  }

  /** At the start: a notice for each month that is shorter than at the last close, or gone. */
  check(): Promise<void> {
    return this.archive.check();
  }

  /** Write an entry; resolves once it is on disk, or once its failure is logged. */
  async record(record: AuditRecord): Promise<void> {
    const entry = AuditEntry.parse({ id: this.newId(), at: this.clock.now().toISOString(), ...record });
    try {
      await this.archive.append([entry]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log(`audit: "${entry.action}" by ${entry.actor.name} at ${entry.at} could not be written: ${reason}`);
    }
  }

  /** Entries that pass the filter, newest first; `after` (an entry's id) reads on past that entry. */
  async list(filter: AuditFilter, limit: number, after?: string): Promise<{ entries: AuditEntry[]; more: boolean }> {
    let reading = after === undefined;
    const entries = await this.archive.list({
      keep: (entry) => {
        if (!reading) {
          reading = entry.id === after;
          return false;
        }
        return matchesAuditFilter(entry, filter);
      },
      limit: limit + 1,
      months: (month) => auditMonthInRange(month, filter),
    });
    return { entries: entries.slice(0, limit), more: entries.length > limit };
  }

  close(): Promise<void> {
    return this.archive.close();
  }
}
