import type { OfficeCalendar } from '@shared/calendar/office-calendar';
import { planAfter } from '@shared/model/workflow-nodes';
import { createHash } from 'node:crypto';
import { ApiError } from '@shared/api/errors';
import type { Contact, DirectoryEntry, DirectoryKind } from '@shared/model/directory';
import type { CrmRecord } from '@shared/model/record';
import { directoryRecord } from '@shared/records/directory-records';
import { dateIssue } from '@shared/fields/field-issues';
import { recordFields, RecordStoreEntities, type StoredEntity } from '@shared/records/fields';
import { recordOptions } from '@shared/records/options';
import { recordFieldIssues } from '@shared/records/validate';
import type { Clock } from '../clock';
import type { Store } from '../store/store';
import type { RecordChange, RecordsStore } from './records-store';

/**
 * A change a run made to its record: which workflow, and how many runs deep the chain of
 * record changes is (0: a person's change started the run). Its own workflow stays quiet, and a
 * chain stops at MAX_CASCADE, so two workflows that set each other off cannot loop forever.
 */
export interface RunOrigin {
  workflowId: string;
  depth: number;
}
export const MAX_CASCADE = 5;

/** What record changes cause: timers written with the change (`plan`), and what follows once it is on disk (`then`). */
export interface RecordHooks {
  /** `origin`: the run whose set field / status wrote the change back to its record. */
  plan(before: CrmRecord | null, after: CrmRecord, origin?: RunOrigin): RecordChange[];
  then(before: CrmRecord | null, after: CrmRecord): Promise<void>;
}
const quiet: RecordHooks = { plan: () => [], then: async () => undefined };

export interface RecordFilter {
  entity?: StoredEntity;
  /** Matches title and text fields, case-insensitively. */
  search?: string;
  /** Field equals value, e.g. { status: 'Open' }. */
  where?: Record<string, string>;
  limit?: number;
}

/**
 * Date-times are kept in UTC: one given with an offset (or none: this computer's time zone) is turned into it.
 * A date that does not exist (2026-02-30) is left as it is, for the check to refuse instead of rolling it over.
 */
function inUtc(entity: CrmRecord['entity'], fields: Record<string, unknown>): Record<string, unknown> {
  const out = { ...fields };
  for (const spec of recordFields[entity]) {
    const value = out[spec.key];
    if (spec.kind === 'dateTime' && typeof value === 'string' && !dateIssue(value))
      out[spec.key] = new Date(value).toISOString();
  }
  return out;
}

/** Create, change and list CRM records; every change is checked against the entity's fields and then told to the triggers. */
export function createRecordsService(
  records: RecordsStore,
  store: Store,
  clock: Clock,
  newId: () => string,
  hooks: () => RecordHooks = () => quiet,
) {
  const find = (id: string) => {
    const record = records.maps.records.get(id);
    if (!record) throw ApiError.because('not_found', 'notFound', { thing: 'record', id });
    return record;
  };
  const check = (record: CrmRecord) => {
    const issues = recordFieldIssues(record.entity, record.fields, {
      directory: store.data.directory,
      record: (id) => records.maps.records.get(id),
    });
    if (issues.length) throw ApiError.invalidInput(`The ${record.entity} is not valid.`, issues);
  };
  const write = async (before: CrmRecord | null, given: CrmRecord, origin?: RunOrigin) => {
    const after = { ...given, fields: inUtc(given.entity, given.fields) };
    check(after);
    await records.commit([
      { collection: 'records', key: after.id, value: after },
      ...hooks().plan(before, after, origin),
    ]);
    await hooks().then(before, after);
    return after;
  };
  return {
    list({ entity, search, where, limit = 500 }: RecordFilter = {}): CrmRecord[] {
      const needle = search?.trim().toLowerCase();
      const out: CrmRecord[] = [];
      for (const r of records.maps.records.values()) {
        if (entity && r.entity !== entity) continue;
        if (where && Object.entries(where).some(([k, v]) => String(r.fields[k] ?? '') !== v)) continue;
        if (
          needle &&
          !r.title.toLowerCase().includes(needle) &&
          !Object.values(r.fields).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle))
        )
          continue;
        out.push(r);
      }
      return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
    },
    get: find,
    /** The record with this id, if there is one. */
    find: (id: string) => records.maps.records.get(id),
    /** `origin`: the run whose create-task step makes it (its chain counts on). */
    create(
      entity: StoredEntity,
      title: string,
      fields: Record<string, unknown>,
      id = newId(),
      origin?: RunOrigin,
    ): Promise<CrmRecord> {
      if (!RecordStoreEntities.includes(entity))
        throw new ApiError('invalid_input', `Records of kind "${entity}" are kept in the Directory.`);
      const at = clock.now().toISOString();
      return write(null, { id, entity, title, fields, revision: 1, createdAt: at, updatedAt: at }, origin);
    },
    /** A contact or organisation was saved in the Directory: its triggers, like a record's (timers armed in their own write). */
    async directoryChanged(kind: DirectoryKind, before: DirectoryEntry | null, after: DirectoryEntry): Promise<void> {
      if (kind !== 'contacts' && kind !== 'organisations') return;
      const at = clock.now().toISOString();
      const b = before ? directoryRecord(kind, before as Contact, at) : null;
      const a = directoryRecord(kind, after as Contact, at);
      await records.commit(hooks().plan(b, a));
      await hooks().then(b, a);
    },
    /** Delete a record nothing refers to; `referrers` names what does (then it is refused and stays). */
    async remove(id: string, referrers: (id: string) => string[]): Promise<void> {
      const record = find(id);
      const users = referrers(id);
      if (users.length)
        throw ApiError.because('conflict', 'entryInUse', { name: record.title, users: users.join(', ') });
      await records.commit([{ collection: 'records', key: id }]);
    },
    /** Change the title and/or some fields; a field set to null is removed. `origin`: the run that writes back. */
    update(
      id: string,
      change: { title?: string; fields?: Record<string, unknown> },
      origin?: RunOrigin,
    ): Promise<CrmRecord> {
      const before = find(id);
      const fields = { ...before.fields };
      for (const [k, v] of Object.entries(change.fields ?? {})) {
        if (v === null) delete fields[k];
        else fields[k] = v;
      }
      return write(
        before,
        {
          ...before,
          ...(change.title ? { title: change.title } : {}),
          fields,
          revision: (before.revision ?? 0) + 1,
          updatedAt: clock.now().toISOString(),
        },
        origin,
      );
    },
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;

/**
 * What a record run set (set field / set status) written back to its record: only the record's
 * own fields that differ, as a change from that workflow (so its own triggers stay quiet).
 */
export async function writeBackToRecord(
  records: RecordsService,
  recordId: string,
  fields: Record<string, unknown>,
  origin: RunOrigin,
): Promise<void> {
  // Contacts and organisations are the Directory's: a run does not write to them.
  const record = records.find(recordId);
  if (!record) return;
  const own = new Set(recordFields[record.entity].map((f) => f.key));
  const changed = Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => own.has(k) && JSON.stringify(record.fields[k]) !== JSON.stringify(v)),
  );
  if (Object.keys(changed).length) await records.update(recordId, { fields: changed }, origin);
}

/**
 * The CRM task a "create task" step makes (DESIGN §4.3): for the step's user, else the record's
 * responsible, else the submitter; of the step's type; due after its days; about the record's
 * contact. Its id comes from the effect, so a step carried out again after a crash makes no
 * second task. Resolves with the task's title.
 */
export async function createTaskForStep(
  records: RecordsService,
  item: { fields: Record<string, unknown>; submitterUserId?: string; recordId?: string },
  step: {
    key: string;
    title: string;
    taskType?: string;
    assigneeUserId?: string;
    dueInDays?: number;
    dueUnit?: 'days' | 'workingDays';
  },
  now: Date,
  origin?: RunOrigin,
  calendar?: OfficeCalendar,
): Promise<string> {
  const id = `task-${createHash('sha256').update(step.key).digest('hex').slice(0, 24)}`;
  if (records.find(id)) return step.title;
  const responsible =
    step.assigneeUserId ??
    (typeof item.fields.responsible === 'string' ? item.fields.responsible : item.submitterUserId);
  const fields: Record<string, unknown> = {
    type: step.taskType ?? recordOptions.taskTypes[0],
    status: 'Open',
    ...(responsible ? { responsible } : {}),
    ...(typeof item.fields.contact === 'string' ? { contact: item.fields.contact } : {}),
    ...(step.dueInDays !== undefined
      ? { dueDate: dueDateOf(now, step.dueInDays, step.dueUnit, calendar, responsible) }
      : {}),
  };
  await records.create('task', step.title, fields, id, origin);
  return step.title;
}

/** A create-task step's due date: calendar days, or working days of the office (of the responsible user, a part-timer). */
function dueDateOf(
  now: Date,
  amount: number,
  unit: 'days' | 'workingDays' | undefined,
  calendar: OfficeCalendar | undefined,
  userId: string | undefined,
): string {
  if (unit === 'workingDays' && amount > 0) return planAfter(now.toISOString(), { amount, unit }, calendar, userId).at;
  return new Date(now.getTime() + amount * 86_400_000).toISOString();
}
