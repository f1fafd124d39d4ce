import { entryLabel } from '@shared/directory';
import type { Directory } from '@shared/model/directory';
import type { CrmRecord } from '@shared/model/record';
import { recordFields, type RecordFieldSpec, type StoredEntity } from '@shared/records/fields';
import { type TaskState, taskState } from '@shared/records/task-state';
import { formatDateTime, formatNumber } from '../ui/format';

/** The value of a field as people read it: names for users, contacts, organisations and linked records; dates in local time. */
export function fieldText(
  spec: RecordFieldSpec,
  value: unknown,
  directory: Directory,
  records: ReadonlyMap<string, CrmRecord>,
  language: string,
): string {
  if (value === undefined || value === null || value === '') return '';
  const id = String(value);
  switch (spec.kind) {
    case 'user':
      return directory.users.find((u) => u.id === id)?.name ?? id;
    case 'contact': {
      const contact = directory.contacts.find((c) => c.id === id);
      return contact ? entryLabel('contacts', contact) : id;
    }
    case 'organisation': {
      const organisation = directory.organisations.find((o) => o.id === id);
      return organisation ? entryLabel('organisations', organisation) : id;
    }
    case 'record':
      return records.get(id)?.title ?? id;
    case 'date':
    case 'dateTime':
      return Number.isNaN(Date.parse(id)) ? id : formatDateTime(id, language);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, language) : id;
    default:
      return id;
  }
}

export type SortKey = 'updated' | 'due' | 'title';

export interface RecordListFilter {
  search: string;
  /** Choice field → the value it must have ('' for any). */
  choices: Record<string, string>;
  /** A user id, or '' for anyone. */
  responsible: string;
  /** Tasks only: '' for all. */
  taskState: TaskState | '';
  sort: SortKey;
}

export const emptyFilter = (): RecordListFilter => ({
  search: '',
  choices: {},
  responsible: '',
  taskState: '',
  sort: 'updated',
});

/** The choice fields a list of this entity can be filtered on (its choice columns: stage, status, type). */
export const filterableChoices = (entity: StoredEntity): RecordFieldSpec[] =>
  recordFields[entity].filter((f) => f.kind === 'choice' && f.column);

const dueOf = (r: CrmRecord) =>
  typeof r.fields.dueDate === 'string' ? Date.parse(r.fields.dueDate) : Number.POSITIVE_INFINITY;

/**
 * The records of one entity that pass the filter, in its order. Search matches the title and
 * every field as shown (names, not ids); `now` decides which tasks are overdue.
 */
export function visibleRecords(
  all: readonly CrmRecord[],
  entity: StoredEntity,
  filter: RecordListFilter,
  text: (spec: RecordFieldSpec, value: unknown) => string,
  now: Date,
): CrmRecord[] {
  const needle = filter.search.trim().toLowerCase();
  const specs = recordFields[entity];
  const out = all.filter((r) => {
    if (r.entity !== entity) return false;
    for (const [key, value] of Object.entries(filter.choices)) if (value && r.fields[key] !== value) return false;
    if (filter.responsible && r.fields.responsible !== filter.responsible) return false;
    if (entity === 'task' && filter.taskState && taskState(r, now) !== filter.taskState) return false;
    if (
      needle &&
      !r.title.toLowerCase().includes(needle) &&
      !specs.some((s) => text(s, r.fields[s.key]).toLowerCase().includes(needle))
    )
      return false;
    return true;
  });
  const by: Record<SortKey, (a: CrmRecord, b: CrmRecord) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    due: (a, b) => dueOf(a) - dueOf(b) || b.updatedAt.localeCompare(a.updatedAt),
    title: (a, b) => a.title.localeCompare(b.title),
  };
  return out.sort(by[filter.sort]);
}

/** Hours as people write them: 1.5, 0.25, 2. */
export const hours = (n: unknown, language: string): string =>
  typeof n === 'number' ? formatNumber(n, language, { maximumFractionDigits: 2 }) : '0';
