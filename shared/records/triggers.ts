import { conditionHolds } from '../engine/conditions';
import type { CrmRecord } from '../model/record';
import type { TriggerTimer } from '../model/schedule';
import type { Workflow } from '../model/workflow';
import { planAfter, type RecordTrigger } from '../model/workflow-nodes';
import type { OfficeCalendar, Planned } from '../calendar/office-calendar';
import { statusFieldOf, TASK_DONE } from './fields';
import { latestVersion } from '../workflow/queries';

/** A published workflow that a record event starts (its latest version's start trigger). */
export interface TriggerRule {
  workflowId: string;
  version: number;
  trigger: RecordTrigger;
}

export function triggerRules(workflows: readonly Workflow[]): TriggerRule[] {
  return workflows.flatMap((w) => {
    // An inactive workflow starts no record runs (seed 001 "Actief"); its running ones go on.
    if (w.active === false) return [];
    const version = latestVersion(w);
    const start = version?.graph.nodes.find((n) => n.kind === 'start');
    return version && start?.kind === 'start' && start.trigger.type === 'record'
      ? [{ workflowId: w.id, version: version.version, trigger: start.trigger }]
      : [];
  });
}

/** What a record change does to the timers of one rule: timers to arm (or re-arm) and keys to cancel. */
export interface TimerPlan {
  arm: TriggerTimer[];
  cancel: string[];
  /** Timers whose key starts with one of these go: the field left the value they were waiting on. */
  cancelStartingWith: string[];
}

const fieldsOf = (r: CrmRecord) => ({ ...r.fields, title: r.title });
const changed = (before: CrmRecord | null, after: CrmRecord, field: string) =>
  before !== null && String(before.fields[field] ?? '') !== String(after.fields[field] ?? '');

/** The ledger (and timer) key of one firing: rule + record + event, plus what makes a repeatable event unique. */
export const firingKey = (rule: TriggerRule, recordId: string, event: string, unique?: string) =>
  `${rule.workflowId}:${recordId}:${event}${unique ? `:${unique}` : ''}`;

/**
 * The timers one rule arms for a record change (DESIGN §4.3). Every firing is a timer, also one
 * without delay (due now): the change and its timers are written together, and the scheduler
 * starts the run. Events that happen once (created, task expired, task completed) have keys
 * without a time, so the ledger keeps them from firing twice; repeatable ones carry the time of
 * the change.
 */
export function planTimers(
  rule: TriggerRule,
  before: CrmRecord | null,
  after: CrmRecord,
  now: string,
  calendar?: OfficeCalendar,
): TimerPlan {
  const { trigger } = rule;
  const plan: TimerPlan = { arm: [], cancel: [], cancelStartingWith: [] };
  if (trigger.entity !== after.entity) return plan;
  // Most triggers have no condition: only copy the fields for one that does.
  const holds =
    !trigger.onlyIf || conditionHolds(trigger.onlyIf, fieldsOf(after), before ? fieldsOf(before) : undefined);
  const timer = (
    kind: TriggerTimer['kind'],
    key: string,
    planned: Planned,
    unlessMovedFrom?: TriggerTimer['unlessMovedFrom'],
  ): TriggerTimer => ({
    key,
    workflowId: rule.workflowId,
    version: rule.version,
    recordId: after.id,
    entity: after.entity,
    kind,
    at: planned.at,
    ...(planned.movedBy ? { movedBy: planned.movedBy } : {}),
    ...(unlessMovedFrom ? { unlessMovedFrom } : {}),
    createdAt: now,
  });
  const statusField = statusFieldOf(after.entity);
  const fire = (event: string, unique?: string, unlessMovedFrom?: TriggerTimer['unlessMovedFrom']) => {
    const key = firingKey(rule, after.id, event, unique);
    const delayed = trigger.delay ? planAfter(now, trigger.delay, calendar) : { at: now };
    plan.arm.push(timer('delayed', key, delayed, unlessMovedFrom));
    // A reminder goes only while the status is still what it was (DESIGN §4.3: "unless the status moved on").
    const still = unlessMovedFrom ?? { field: statusField, value: String(after.fields[statusField] ?? '') };
    if (trigger.reminder)
      plan.arm.push(timer('reminder', `${key}:reminder`, planAfter(delayed.at, trigger.reminder, calendar), still));
  };
  const field = trigger.field ?? statusField;
  const value = String(after.fields[field] ?? '');
  const change = String(after.revision ?? after.updatedAt);
  switch (trigger.event) {
    case 'created':
      if (!before && holds) fire('created');
      break;
    case 'updated':
      if (before && holds) fire('updated', change);
      break;
    case 'fieldChanged':
    case 'statusChangedTo':
      // A record created already in the watched value counts as set to it.
      if (before === null ? trigger.value === undefined || value !== trigger.value : !changed(before, after, field)) {
        break;
      }
      if (trigger.value === undefined) {
        if (holds) fire(trigger.event, `${value}:${change}`);
      } else if (value === trigger.value) {
        // Each arrival at the value is its own firing (and reminder).
        if (holds) fire(trigger.event, `${value}:${change}`, { field, value });
      } else if (String(before?.fields[field] ?? '') === trigger.value) {
        // Left the value: what waited on it (a delayed start, a reminder) is off.
        plan.cancelStartingWith.push(`${firingKey(rule, after.id, trigger.event, trigger.value)}:`);
      }
      break;
    case 'taskExpired': {
      if (after.entity !== 'task') break;
      const key = firingKey(rule, after.id, 'taskExpired');
      const dueDate = after.fields.dueDate;
      const due =
        typeof dueDate === 'string' && !Number.isNaN(Date.parse(dueDate)) ? new Date(dueDate).toISOString() : null;
      if (after.fields.status === TASK_DONE || !due || !holds) plan.cancel.push(key);
      else {
        // A task that is past its due date already expires now: after the change that made it so (see firingOrder).
        const planned = trigger.delay ? planAfter(due, trigger.delay, calendar) : { at: due };
        plan.arm.push(timer('taskExpired', key, planned.at < now ? { at: now } : planned));
      }
      break;
    }
    case 'taskCompleted':
      if (
        after.entity === 'task' &&
        after.fields.status === TASK_DONE &&
        (before === null || before.fields.status !== TASK_DONE) &&
        holds
      )
        fire('taskCompleted', undefined, { field: 'status', value: TASK_DONE });
      break;
  }
  return plan;
}

/** A task's expiry follows the other events of the change that armed it (a task created already overdue). */
const expiryLast = (timer: TriggerTimer): number => (timer.kind === 'taskExpired' ? 1 : 0);

/**
 * The order timers fire in, which is the order their events happened: by when they fall due; at
 * the same moment, the one armed first; armed by the same change, its own events (created, status
 * changed…) before the expiry of a task that was already past its due date.
 */
export const firingOrder = (a: TriggerTimer, b: TriggerTimer): number =>
  a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt) || expiryLast(a) - expiryLast(b);

/** Whether a timer still stands when it falls due: the record is there and did not move on. */
export function timerStillHolds(timer: TriggerTimer, record: CrmRecord | undefined, now: string): boolean {
  if (!record) return false;
  if (timer.unlessMovedFrom && String(record.fields[timer.unlessMovedFrom.field] ?? '') !== timer.unlessMovedFrom.value)
    return false;
  if (timer.kind === 'taskExpired') {
    const due = typeof record.fields.dueDate === 'string' ? Date.parse(record.fields.dueDate) : NaN;
    return record.fields.status !== TASK_DONE && !Number.isNaN(due) && due <= Date.parse(now);
  }
  return true;
}
