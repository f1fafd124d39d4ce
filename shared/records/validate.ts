import { type FieldCheck, type FieldContext, fieldIssueMessages, fieldIssues } from '../fields/field-issues';
import type { Issue } from '../model/parse';
import type { RecordEntity } from '../model/record';
import { recordFields } from './fields';
import { recordOptions } from './options';

export type RecordContext = Required<Pick<FieldContext, 'directory' | 'record'>>;

/** The problems of a record's fields, each with its path (`fields.dueDate`); unknown fields are refused. */
export function recordFieldIssues(entity: RecordEntity, fields: Record<string, unknown>, ctx: RecordContext): Issue[] {
  const checks = recordFields[entity].map(({ options, ...spec }): FieldCheck => ({
    ...spec,
    ...(options ? { options: recordOptions[options] } : {}),
  }));
  return fieldIssues(checks, fields, ctx, fieldIssueMessages.notRecordField);
}
