import type { Issue } from '../model/parse';
import { validationMessages } from '../model/messages';
import type { Directory } from '../model/directory';
import type { CrmRecord, RecordEntity } from '../model/record';
import { recordFields } from './fields';
import { recordOptions } from './options';

export interface RecordContext {
  directory: Directory;
  record(id: string): CrmRecord | undefined;
}

/** The messages of record field issues (the API speaks English; the Records area translates these). */
export const recordIssueMessages = {
  notField: 'is not a field of this kind of record',
  notNumber: 'is not a number',
  notDate: 'is not a date',
  notUser: 'is not a user',
  notContact: 'is not a contact',
  notOrganisation: 'is not an organisation',
  notText: 'is not text',
} as const;
const m = recordIssueMessages;
/** The start of the message for a value outside its choice list (the list follows). */
export const NOT_A_CHOICE = 'is not one of:';
/** The message for a link to a record that is not of the entity the field wants. */
export const notARecord = (entity: string) => `is not a ${entity}`;

const isDateTime = (v: string) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v);

/** The problems of a record's fields, each with its path (`fields.dueDate`); unknown fields are refused. */
export function recordFieldIssues(entity: RecordEntity, fields: Record<string, unknown>, ctx: RecordContext): Issue[] {
  const specs = recordFields[entity];
  const issues: Issue[] = [];
  const at = (key: string, message: string) => issues.push({ path: `fields.${key}`, message });
  for (const key of Object.keys(fields)) if (!specs.some((s) => s.key === key)) at(key, m.notField);
  for (const spec of specs) {
    const value = fields[spec.key];
    if (value === undefined || value === null || value === '') {
      if (spec.required) at(spec.key, validationMessages.required);
      continue;
    }
    switch (spec.kind) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) at(spec.key, m.notNumber);
        break;
      case 'date':
      case 'dateTime':
        if (typeof value !== 'string' || !isDateTime(value)) at(spec.key, m.notDate);
        break;
      case 'choice':
        if (!(recordOptions[spec.options!] as readonly string[]).includes(String(value))) at(spec.key, `${NOT_A_CHOICE} ${recordOptions[spec.options!].join(', ')}`);
        break;
      case 'user':
        if (!ctx.directory.users.some((u) => u.id === value)) at(spec.key, m.notUser);
        break;
      case 'contact':
        if (!ctx.directory.contacts.some((c) => c.id === value)) at(spec.key, m.notContact);
        break;
      case 'organisation':
        if (!ctx.directory.organisations.some((o) => o.id === value)) at(spec.key, m.notOrganisation);
        break;
      case 'record':
        if (ctx.record(String(value))?.entity !== spec.entity) at(spec.key, notARecord(spec.entity!));
        break;
      default:
        if (typeof value !== 'string') at(spec.key, m.notText);
    }
  }
  return issues;
}
