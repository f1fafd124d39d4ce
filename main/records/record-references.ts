import type { ItemRecord } from '@shared/model/item';
import type { CrmRecord } from '@shared/model/record';
import { recordFields } from '@shared/records/fields';
import type { RecordsStore } from './records-store';

export interface RecordReferenceSources {
  records: RecordsStore;
  /** The items that are open (running, or with effects still to carry out): their messages among them. */
  openItems: () => Iterable<ItemRecord>;
  workflowName: (id: string) => string | undefined;
}

/**
 * What refers to a record, in words: open items run for it (whose messages are about it), waiting
 * timers of record triggers, and other records whose record fields point at it. Empty: it may go.
 */
export function recordReferrers(id: string, sources: RecordReferenceSources): string[] {
  const out: string[] = [];
  for (const item of sources.openItems()) if (item.recordId === id) out.push(`item ${item.number}`);
  for (const timer of sources.records.maps.timers.values()) {
    const workflow = sources.workflowName(timer.workflowId) ?? timer.workflowId;
    if (timer.recordId === id) out.push(`a timer of workflow “${workflow}”`);
  }
  for (const other of sources.records.maps.records.values()) {
    if (pointsAt(other, id)) out.push(`${other.entity} “${other.title}”`);
  }
  return [...new Set(out)];
}

const pointsAt = (record: CrmRecord, id: string): boolean =>
  recordFields[record.entity].some((spec) => spec.kind === 'record' && record.fields[spec.key] === id);
