import { CrmRecord, InboxEntry } from '@shared/model/record';
import { LedgerEntry, TriggerTimer } from '@shared/model/schedule';
import { parseDocument } from '@shared/model/parse';
import { z } from 'zod';
import type { Clock } from '../clock';
import { parseJson } from '../store/json-file-adapter';
import { IndexedTimerMap } from '../store/indexed-timer-map';
import { type Change, JournaledStore } from '../store/journaled-store';
import { migrate } from '../store/migrations';
import { fingerprintOf, unchecked } from '../store/snapshot-seal';

export interface RecordCollections {
  records: CrmRecord;
  timers: TriggerTimer;
  ledger: LedgerEntry;
  inbox: InboxEntry;
}
export type RecordChange = Change<RecordCollections>;

export const RECORDS_FILE = 'records.json';
export const RECORDS_SCHEMA_VERSION = 1;
const RecordsSnapshot = z.object({
  schemaVersion: z.literal(RECORDS_SCHEMA_VERSION),
  journalSeq: z.number().int().nonnegative(),
  records: z.array(CrmRecord),
  timers: z.array(TriggerTimer),
  ledger: z.array(LedgerEntry),
  inbox: z.array(InboxEntry),
});

const SealedRecordsSnapshot = unchecked(RecordsSnapshot, ['records', 'timers', 'ledger', 'inbox']);
const fingerprint = fingerprintOf(RecordsSnapshot);

/** A record as people know it: its title (from what a journal line holds, which may be damaged). */
const recordName = (value: unknown): string | undefined => {
  const { title } = (value ?? {}) as { title?: unknown };
  return typeof title === 'string' ? title : undefined;
};

/**
 * CRM records, the timers of record triggers, the "fired once" ledger and the users' inboxes:
 * `records.json` + its journal, so a record change and the timers it arms are one write.
 */
export function openRecordsStore(dataDir: string, clock: Clock, lastRunClosed = false): Promise<RecordsStore> {
  return JournaledStore.open<RecordCollections>({
    dataDir,
    file: RECORDS_FILE,
    clock,
    lastRunClosed,
    fingerprint,
    decodeSnapshot: (text, sealed) => {
      const {
        journalSeq,
        schemaVersion: _v,
        ...records
      } = parseDocument(
        sealed ? SealedRecordsSnapshot : RecordsSnapshot,
        migrate(parseJson(text), [], RECORDS_SCHEMA_VERSION),
        'the records file',
      );
      return { journalSeq, records };
    },
    encodeSnapshot: ({ journalSeq, records }) => ({ schemaVersion: RECORDS_SCHEMA_VERSION, journalSeq, ...records }),
    decodeRecord: {
      records: (v) => CrmRecord.parse(v),
      timers: (v) => TriggerTimer.parse(v),
      ledger: (v) => LedgerEntry.parse(v),
      inbox: (v) => InboxEntry.parse(v),
    },
    keyOf: { records: (v) => v.id, timers: (v) => v.key, ledger: (v) => v.key, inbox: (v) => v.id },
    nameOf: { records: recordName },
    empty: () => ({ records: [], timers: [], ledger: [], inbox: [] }),
    mapOf: { timers: () => new IndexedTimerMap<TriggerTimer>((timer) => timer.recordId) },
  }) as Promise<RecordsStore>;
}
export type RecordsStore = JournaledStore<RecordCollections> & {
  readonly maps: JournaledStore<RecordCollections>['maps'] & { readonly timers: IndexedTimerMap<TriggerTimer> };
};
