import type { RecordEntity } from '../model/record';
import type { RecordOptionList } from './options';

export type RecordFieldKind =
  'text' | 'longText' | 'number' | 'date' | 'dateTime' | 'user' | 'contact' | 'organisation' | 'record' | 'choice';

/** How one field of a CRM record is shown, edited, filtered on and checked. */
export interface RecordFieldSpec {
  key: string;
  kind: RecordFieldKind;
  required?: boolean;
  /** Shown as a column in the Records list. */
  column?: boolean;
  /** For choice: the list its values come from. */
  options?: RecordOptionList;
  /** For record: the entity it points at. */
  entity?: RecordEntity;
  /** For number: an amount of money in this currency (written as one in messages). */
  currency?: 'EUR';
  /** The name templates know it by when it is not the key's (`{{Record.Amount}}` for value). */
  templateName?: string;
}

/**
 * The fields of each entity, in form order; one source for the Records area, the API's checks and
 * the workflow editor's field pickers. Contacts and organisations are the Directory's entries, so
 * their fields are there (shared/directory/fields.ts); here only what records add.
 */
export const recordFields: Record<RecordEntity, RecordFieldSpec[]> = {
  contact: [],
  organisation: [],
  deal: [
    { key: 'stage', kind: 'choice', options: 'dealStages', required: true, column: true },
    { key: 'status', kind: 'choice', options: 'dealStatuses', column: true },
    { key: 'value', kind: 'number', column: true, currency: 'EUR', templateName: 'Amount' },
    { key: 'organisationId', kind: 'organisation', column: true },
    { key: 'contact', kind: 'contact' },
    { key: 'responsible', kind: 'user', column: true },
  ],
  quoteRequest: [
    { key: 'status', kind: 'choice', options: 'quoteStatuses', required: true, column: true },
    { key: 'contact', kind: 'contact', column: true },
    { key: 'dealId', kind: 'record', entity: 'deal', column: true },
    { key: 'responsible', kind: 'user' },
  ],
  project: [
    { key: 'stage', kind: 'choice', options: 'projectStages', required: true, column: true },
    { key: 'organisationId', kind: 'organisation', column: true },
    { key: 'responsible', kind: 'user', column: true },
  ],
  task: [
    { key: 'type', kind: 'choice', options: 'taskTypes', required: true, column: true },
    { key: 'status', kind: 'choice', options: 'taskStatuses', required: true, column: true },
    { key: 'responsible', kind: 'user', required: true, column: true },
    { key: 'contact', kind: 'contact', column: true },
    { key: 'dueDate', kind: 'dateTime', column: true },
    { key: 'timeTracked', kind: 'number' },
    { key: 'timeTarget', kind: 'number' },
    { key: 'projectId', kind: 'record', entity: 'project' },
    { key: 'notes', kind: 'longText' },
  ],
};

/** The entities kept as records (contacts and organisations live in the Directory). */
export const RecordStoreEntities = [
  'deal',
  'quoteRequest',
  'project',
  'task',
] as const satisfies readonly RecordEntity[];
export type StoredEntity = (typeof RecordStoreEntities)[number];

/** The field whose change is a "status changed to X": the stage for deals and projects, else the status. */
export const statusFieldOf = (entity: RecordEntity): string =>
  entity === 'deal' || entity === 'project' ? 'stage' : 'status';

/** A task counts as completed in this status. */
export const TASK_DONE = 'Afgehandeld';
