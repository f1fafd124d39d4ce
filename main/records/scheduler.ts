import { officeCalendarOf } from '../calendar/office-calendar';
import type { CrmRecord } from '@shared/model/record';
import type { TriggerTimer } from '@shared/model/schedule';
import { firingOrder, planTimers, timerStillHolds, triggerRules } from '@shared/records/triggers';
import { latestVersion, workflowById } from '@shared/workflow/queries';
import { type Clock, isoTime } from '../clock';
import type { Store } from '../store/store';
import type { RecordChange, RecordsStore } from './records-store';
import { MAX_CASCADE, type RunOrigin } from './records-service';

/** Starts one run of a workflow for a record; the same key never starts a second run. */
export type StartRun = (timer: TriggerTimer, record: CrmRecord) => Promise<void>;

/**
 * The timers of record triggers (DESIGN §4.3): armed in the same write as the record change that
 * causes them, fired by `tick` when due — also those that fell due while the app was closed,
 * once — and noted in the ledger in the write that removes them, so restarts, repeated ticks or a
 * clock set back never start a run twice.
 */
/** @param recordOf a record by id: the records' own, or a contact or organisation of the Directory. */
export function createScheduler(
  records: RecordsStore,
  store: Store,
  clock: Clock,
  startRun: StartRun,
  recordOf: (id: string) => CrmRecord | undefined = (id) => records.maps.records.get(id),
) {
  const now = isoTime(clock);
  let ticking: Promise<number> | null = null;
  let again = false;

  async function fireDue(): Promise<number> {
    let fired = 0;
    do {
      again = false;
      fired += await firePass();
    } while (again);
    return fired;
  }

  async function firePass(): Promise<number> {
    const until = now();
    if (!records.maps.timers.anyDueBy(until)) return 0;
    const due: TriggerTimer[] = [];
    for (const t of records.maps.timers.values()) if (t.at <= until) due.push(t);
    due.sort(firingOrder);
    for (const timer of due) {
      // Re-armed (a due date moved) or dropped while an earlier run of this pass was starting: not this one to fire.
      if (records.maps.timers.get(timer.key) !== timer) continue;
      try {
        await fire(timer);
      } catch (error) {
        // One timer that cannot start its run must not hold up the others; it stays and is tried again next tick.
        console.error(`record trigger ${timer.key} could not start its run`, error);
      }
    }
    return due.length;
  }

  /**
   * Whether a timer starts its run when it fires at `at`: not started before (the ledger), of the
   * workflow's latest version, and still holding for its record (it did not move on).
   */
  function wouldStart(timer: TriggerTimer, at: string): CrmRecord | undefined {
    const record = recordOf(timer.recordId);
    const latest = latestVersion(workflowById(store.data.workflows, timer.workflowId))?.version;
    const started = records.maps.ledger.has(timer.key);
    const stands = !started && latest === timer.version && timerStillHolds(timer, record, at);
    return stands ? record : undefined;
  }

  /** Start the timer's run if it still stands, then drop the timer and note the ledger in one write. */
  async function fire(timer: TriggerTimer): Promise<void> {
    const done: RecordChange[] = [];
    const record = wouldStart(timer, now());
    if (record) {
      await startRun(timer, record);
      done.push({ collection: 'ledger', key: timer.key, value: { key: timer.key, at: now() } });
    }
    // The run may have changed its record, re-arming a timer under this key: that one stays.
    if (records.maps.timers.get(timer.key) === timer) done.push({ collection: 'timers', key: timer.key });
    await records.commit(done);
  }

  return {
    /** The timer changes a record change causes, to be written with it; `origin`'s own rules stay quiet (a run writing back to its record). */
    plan(before: CrmRecord | null, after: CrmRecord, origin?: RunOrigin): RecordChange[] {
      const changes: RecordChange[] = [];
      const capped = origin !== undefined && origin.depth >= MAX_CASCADE;
      if (capped)
        console.error(`record ${after.id}: changed by a chain of ${origin.depth} runs; it starts no further runs`);
      const at = now();
      const calendar = officeCalendarOf(store.data.settings.officeCalendar);
      for (const rule of triggerRules(store.data.workflows)) {
        const { arm, cancel, cancelStartingWith } = planTimers(rule, before, after, at, calendar);
        // What no longer holds is cancelled also for the run's own workflow; only starting again is held back.
        for (const key of cancel) if (records.maps.timers.has(key)) changes.push({ collection: 'timers', key });
        if (cancelStartingWith.length) {
          for (const key of records.maps.timers.keysOf(after.id))
            if (cancelStartingWith.some((p) => key.startsWith(p))) changes.push({ collection: 'timers', key });
        }
        if (capped || rule.workflowId === origin?.workflowId) continue;
        for (const timer of arm)
          if (!records.maps.ledger.has(timer.key))
            changes.push({
              collection: 'timers',
              key: timer.key,
              value: origin ? { ...timer, depth: origin.depth } : timer,
            });
      }
      return changes;
    },
    /**
     * Fire what is due. A call while a pass runs (a run it started changed a record, which armed
     * a timer due now) does not wait for that pass — it would wait for itself — but makes it look
     * again before it ends.
     */
    tick(): Promise<number> {
      if (ticking) {
        again = true;
        return Promise.resolve(0);
      }
      ticking = fireDue().finally(() => (ticking = null));
      return ticking;
    },
    /**
     * A workflow published again or removed: its pending timers go (runs already started keep
     * their version); what follows from records as they stand (a task's expiry) is armed anew
     * for the new version — also for records that were there before the workflow.
     */
    async republished(workflowId: string): Promise<number> {
      const workflow = workflowById(store.data.workflows, workflowId);
      // Switched off (seed 001): none of its timers starts a run; a later version's never would.
      const latest = workflow?.active === false ? undefined : latestVersion(workflow)?.version;
      const changes: RecordChange[] = [...records.maps.timers.values()]
        .filter((t) => t.workflowId === workflowId && t.version !== latest)
        .map((t) => ({ collection: 'timers' as const, key: t.key }));
      for (const rule of triggerRules(store.data.workflows).filter((r) => r.workflowId === workflowId)) {
        for (const record of records.maps.records.values()) {
          for (const timer of planTimers(
            rule,
            record,
            record,
            now(),
            officeCalendarOf(store.data.settings.officeCalendar),
          ).arm)
            if (!records.maps.ledger.has(timer.key))
              changes.push({ collection: 'timers', key: timer.key, value: timer });
        }
      }
      await records.commit(changes);
      return changes.length;
    },
    /**
     * Forget ledger entries of repeatable events (each change is its own key) older than 30 days:
     * their timers are long gone, so they can never come back. Once-only events (created, task
     * expired, task completed) are kept.
     */
    async pruneLedger(): Promise<number> {
      const before = new Date(clock.now().getTime() - 30 * 86_400_000).toISOString();
      const repeatable = new Set(['updated', 'fieldChanged', 'statusChangedTo']);
      const old = [...records.maps.ledger.values()].filter(
        (e) => e.at < before && repeatable.has(e.key.split(':')[2] ?? ''),
      );
      await records.commit(old.map((e) => ({ collection: 'ledger' as const, key: e.key })));
      return old.length;
    },

    /** Timers due until `until` that will start a run as things stand, soonest first. */
    upcoming(until: string): TriggerTimer[] {
      const from = now();
      const timers = [...records.maps.timers.values()];
      const due = timers.filter((t) => t.at <= until && wouldStart(t, t.at > from ? t.at : from));
      return due.sort(firingOrder);
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
