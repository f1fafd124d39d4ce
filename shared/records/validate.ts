import type { Issue } from '../model/parse';
import type { Directory } from '../model/directory';
import type { CrmRecord, RecordEntity } from '../model/record';
import { recordFields } from './fields';
import { recordOptions } from './options';

export interface RecordContext {
  directory: Directory;
  record(id: string): CrmRecord | undefined;
}

const isDateTime = (v: string) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v);

/** The problems of a record's fields, each with its path (`fields.dueDate`); unknown fields are refused. */
export function recordFieldIssues(entity: RecordEntity, fields: Record<string, unknown>, ctx: RecordContext): Issue[] {
  const specs = recordFields[entity];
  const issues: Issue[] = [];
  const at = (key: string, message: string) => issues.push({ path: `fields.${key}`, message });
  for (const key of Object.keys(fields)) if (!specs.some((s) => s.key === key)) at(key, 'is not a field of this kind of record');
  for (const spec of specs) {
    const value = fields[spec.key];
    if (value === undefined || value === null || value === '') {
      if (spec.required) at(spec.key, 'is required');
      continue;
    }
    switch (spec.kind) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) at(spec.key, 'is not a number');
        break;
      case 'date':
      case 'dateTime':
        if (typeof value !== 'string' || !isDateTime(value)) at(spec.key, 'is not a date');
        break;
      case 'choice':
        if (!(recordOptions[spec.options!] as readonly string[]).includes(String(value))) at(spec.key, `is not one of: ${recordOptions[spec.options!].join(', ')}`);
        break;
      case 'user':
        if (!ctx.directory.users.some((u) => u.id === value)) at(spec.key, 'is not a user');
        break;
      case 'contact':
        if (!ctx.directory.contacts.some((c) => c.id === value)) at(spec.key, 'is not a contact');
        break;
      case 'organisation':
        if (!ctx.directory.organisations.some((o) => o.id === value)) at(spec.key, 'is not an organisation');
        break;
      case 'record':
        if (ctx.record(String(value))?.entity !== spec.entity) at(spec.key, `is not a ${spec.entity}`);
        break;
      default:
        if (typeof value !== 'string') at(spec.key, 'is not text');
    }
  }
  return issues;
}
