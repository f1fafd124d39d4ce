import type { Language } from '../model/common';
import type { Directory } from '../model/directory';
import type { CrmRecord, RecordEntity } from '../model/record';
import { recordFields, type RecordFieldSpec } from '../records/fields';
import { templateValue } from './field-value';

/** Contacts and organisations are the Directory's entries: what their records carry besides a name. */
const directoryRecordFields: Partial<Record<RecordEntity, RecordFieldSpec[]>> = {
  contact: [
    { key: 'email', kind: 'text' },
    { key: 'organisationId', kind: 'organisation' },
  ],
  organisation: [
    { key: 'email', kind: 'text' },
    { key: 'city', kind: 'text' },
  ],
};

const specsOf = (entity: RecordEntity): RecordFieldSpec[] =>
  recordFields[entity].length ? recordFields[entity] : (directoryRecordFields[entity] ?? []);

/** The name a record field has in templates: `dueDate` → DueDate, `organisationId` → Organisation. */
export const templateNameOf = (spec: Pick<RecordFieldSpec, 'key' | 'templateName'>): string => {
  const name = spec.templateName ?? spec.key.replace(/Id$/, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/**
 * The fields of a record's collection (`{{Record.X}}`, `{{Project.X}}`) for an entity: its title
 * as Name and Subject, each field of the entity's field specs, and Reminder (the run is the reminder).
 */
export const recordTemplateFields = (entity: RecordEntity): string[] => [
  'Name',
  'Subject',
  ...specsOf(entity).map(templateNameOf),
  'Reminder',
];

/** What a record's references are looked up in. */
export interface RecordLookup {
  directory: Directory;
  /** A CRM record by id (a task's project, a quote request's deal…). */
  recordOf(id: string): CrmRecord | undefined;
}

const nameIn = (entries: readonly { id: string; name: string }[], id: unknown): string =>
  typeof id === 'string' ? (entries.find((e) => e.id === id)?.name ?? '') : '';

function specValue(spec: RecordFieldSpec, value: unknown, ctx: RecordLookup, language: Language): unknown {
  switch (spec.kind) {
    case 'text':
    case 'longText':
    case 'choice':
      return templateValue(value, 'text', language);
    case 'number':
      return templateValue(value, spec.currency ? 'amount' : 'number', language);
    case 'date':
    case 'dateTime':
      return templateValue(value, spec.kind, language);
    case 'user':
      return nameIn(ctx.directory.users, value);
    case 'contact':
      return nameIn(ctx.directory.contacts, value);
    case 'organisation':
      return nameIn(ctx.directory.organisations, value);
    case 'record':
      return typeof value === 'string' ? (ctx.recordOf(value)?.title ?? '') : '';
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
}

/** A record as its template collection: users, contacts and linked records by name, values written for `language`. */
export function recordCollection(
  record: CrmRecord,
  ctx: RecordLookup,
  language: Language,
  reminder = false,
): Record<string, unknown> {
  const collection: Record<string, unknown> = {
    Name: record.title,
    Subject: record.title,
    Reminder: templateValue(reminder, 'boolean', language),
  };
  for (const spec of specsOf(record.entity))
    collection[templateNameOf(spec)] = specValue(spec, record.fields[spec.key], ctx, language);
  return collection;
}
