import type { AuditFilter } from '../api/audit-contract';
import type { AuditEntry } from '../model/audit';

/** Whether an entry passes the audit page's filter (dates are whole UTC days, `to` included). */
export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  const day = entry.at.slice(0, 10);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  if (filter.action && entry.action !== filter.action) return false;
  if (filter.userId && entry.actor.userId !== filter.userId && entry.aboutUserId !== filter.userId) return false;
  if (filter.text) {
    const words = filter.text.toLowerCase();
    const details = Object.values(entry.details ?? {}).map(String);
    const haystack = [entry.actor.name, entry.target ?? '', entry.from, ...details];
    if (!haystack.some((s) => s.toLowerCase().includes(words))) return false;
  }
  return true;
}

/** Whether a month ("YYYY-MM") can hold entries of the filter's dates, so others are not read. */
export const auditMonthInRange = (month: string, filter: AuditFilter): boolean =>
  (!filter.from || month >= filter.from.slice(0, 7)) && (!filter.to || month <= filter.to.slice(0, 7));
