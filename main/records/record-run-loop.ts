import type { EngineEffect } from '@shared/engine/types';
import type { ItemRecord } from '@shared/model/item';
import type { CrmRecord } from '@shared/model/record';
import type { TriggerTimer } from '@shared/model/schedule';
import { officeCalendarOf } from '../calendar/office-calendar';
import type { Clock } from '../clock';
import { cascadeOf } from '../engine/record-runs';
import type { Store } from '../store/store';
import { createRecordsService, createTaskForStep, type RunOrigin, writeBackToRecord } from './records-service';
import type { RecordsStore } from './records-store';
import { createScheduler } from './scheduler';

/**
 * What the loop asks of the runs of record-triggered workflows (the runtime): start one for a
 * record, tell a record's running runs it changed, and which records have running runs.
 */
export interface RecordRunsPort {
  startForRecord(timer: TriggerTimer, record: CrmRecord): Promise<unknown>;
  syncRecord(record: CrmRecord): Promise<void>;
  recordsOfRuns(): Iterable<string>;
  /** Paused: a record change does not fire its due timers at once (the tick does, once resumed). */
  readonly paused: boolean;
}

/** What a run's steps do to records (for the runtime, and for Camunda's jobs alike). */
export interface RecordSteps {
  /** A "create task" step: the CRM task, one level deeper in the chain of runs; resolves with its title. */
  createTask(item: ItemRecord, step: Extract<EngineEffect, { type: 'createTask' }>): Promise<string>;
  /** A run's set field / status written back to its record, as a change from its workflow. */
  writeBack(recordId: string, fields: Record<string, unknown>, origin: RunOrigin): Promise<void>;
}

export interface RecordRunLoopDeps {
  recordsStore: RecordsStore;
  store: Store;
  clock: Clock;
  newId: () => string;
  /** A record by id: the records' own, or a contact or organisation of the Directory. */
  recordOf: (id: string) => CrmRecord | undefined;
}

/**
 * The loop between records and runs (DESIGN §4.3), in one place: a record change arms its
 * triggers' timers (the scheduler) and tells the record's running runs; a due timer starts a run;
 * a run's steps make CRM tasks and write fields back to its record, which is a record change
 * again, one level deeper (`cascadeOf`), until MAX_CASCADE stops the chain.
 *
 * The runs need the steps when they are made and the loop needs the runs, so the loop is made
 * first and `connect`ed to the runs once they are; nothing changes a record before that.
 */
export function createRecordRunLoop({ recordsStore, store, clock, newId, recordOf }: RecordRunLoopDeps) {
  let connected: RecordRunsPort | null = null;
  const runs = () => {
    if (!connected) throw new Error('the record run loop is not connected to the runs yet');
    return connected;
  };
  const scheduler = createScheduler(
    recordsStore,
    store,
    clock,
    async (timer, record) => void (await runs().startForRecord(timer, record)),
    recordOf,
  );
  const records = createRecordsService(recordsStore, store, clock, newId, () => ({
    plan: scheduler.plan,
    async then(_before, after) {
      await runs().syncRecord(after);
      if (!runs().paused) await scheduler.tick();
    },
  }));
  const steps: RecordSteps = {
    createTask: (item, step) =>
      createTaskForStep(
        records,
        item,
        step,
        clock.now(),
        { workflowId: item.workflowId, depth: cascadeOf(item) + 1 },
        officeCalendarOf(store.data.settings.officeCalendar),
      ),
    writeBack: (recordId, fields, origin) => writeBackToRecord(records, recordId, fields, origin),
  };
  return {
    records,
    scheduler,
    steps,
    /** The runs the loop starts and tells; before this a due timer or a record change has nowhere to go. */
    connect(to: RecordRunsPort): void {
      connected = to;
    },
    /**
     * At start: the ledger is pruned, and runs see what changed in their records while the app
     * was closed (or a crash cut a change short).
     */
    async catchUp(): Promise<void> {
      await scheduler.pruneLedger();
      for (const id of runs().recordsOfRuns()) {
        const record = recordOf(id);
        if (record) await runs().syncRecord(record);
      }
    },
  };
}
export type RecordRunLoop = ReturnType<typeof createRecordRunLoop>;
