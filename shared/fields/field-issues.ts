import type { Directory } from '../model/directory';
import { validationMessages } from '../model/messages';
import type { Issue } from '../model/parse';
import type { CrmRecord, RecordEntity } from '../model/record';

/** The kinds of value a field holds: of an item type's fields and of a record's. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'date'
  | 'dateTime'
  | 'boolean'
  | 'user'
  | 'contact'
  | 'organisation'
  | 'record'
  | 'attachment'
  | 'choice';

/** What is checked of one field. */
export interface FieldCheck {
  key: string;
  kind: FieldKind;
  required?: boolean;
  /** For choice: the values it may take (none: any text). */
  options?: readonly string[];
  /** For record: the entity it points at. */
  entity?: RecordEntity;
}

/** Where the values that name something are looked up. */
export interface FieldContext {
  directory: Directory;
  record?(id: string): CrmRecord | undefined;
  /** Whether a stored attachment file has this id (none given: an attachment field is refused). */
  attachment?(id: string): boolean;
}

/** The messages of field issues (the API speaks English; the app translates these). */
export const fieldIssueMessages = {
  notRecordField: 'is not a field of this kind of record',
  notItemField: 'is not a field of this item type',
  notNumber: 'is not a number',
  notMoney: 'is not an amount of money (a number with at most two decimals)',
  notAttachment: 'is not an attached file',
  notDate: 'is not a date',
  noSuchDate: 'is a date that does not exist',
  notBoolean: 'is not yes or no (true or false)',
  notUser: 'is not a user',
  notContact: 'is not a contact',
  notOrganisation: 'is not an organisation',
  notText: 'is not text',
} as const;
const m = fieldIssueMessages;
/** The start of the message for a value outside its choice list (the list follows). */
export const NOT_A_CHOICE = 'is not one of:';
/** The message for a link to a record that is not of the entity the field wants. */
export const notARecord = (entity: string) => `is not a ${entity}`;

/** A date (2026-02-28), or a date and time (2026-02-28T09:30, with seconds and a zone if need be). */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Days in a month (1–12) of a year of the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Why a text is not a date: not written as one, or a day (or time) that does not exist, as 2026-02-30. */
export function dateIssue(value: string): string | null {
  const match = DATE_TIME.exec(value);
  if (!match) return m.notDate;
  const n = (group: number) => Number(match[group] ?? 0);
  const day = n(3) >= 1 && n(3) <= daysIn(n(1), n(2));
  const time = n(4) <= 23 && n(5) <= 59 && n(6) <= 59 && n(8) <= 23 && n(9) <= 59;
  return day && time ? null : m.noSuchDate;
}

/** An amount of euros: a finite number with at most two decimals (6250.5, not 6250.505). */
const isMoney = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** The reference to a stored file that an attachment field holds. */
const isAttachment = (value: unknown): value is { id: string; name: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { name?: unknown }).name === 'string';

const empty = (value: unknown) => value === undefined || value === null || value === '';

/** The problem of one value of a field, or null. */
function valueIssue(check: FieldCheck, value: unknown, ctx: FieldContext): string | null {
  switch (check.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : m.notNumber;
    case 'money':
      return isMoney(value) ? null : m.notMoney;
    case 'attachment':
      return isAttachment(value) && ctx.attachment?.(value.id) ? null : m.notAttachment;
    case 'date':
    case 'dateTime':
      return typeof value === 'string' ? dateIssue(value) : m.notDate;
    case 'boolean':
      return typeof value === 'boolean' ? null : m.notBoolean;
    case 'choice':
      if (typeof value !== 'string') return m.notText;
      if (!check.options?.length || check.options.includes(value)) return null;
      return `${NOT_A_CHOICE} ${check.options.join(', ')}`;
    case 'user':
      return ctx.directory.users.some((u) => u.id === value) ? null : m.notUser;
    case 'contact':
      return ctx.directory.contacts.some((c) => c.id === value) ? null : m.notContact;
    case 'organisation':
      return ctx.directory.organisations.some((o) => o.id === value) ? null : m.notOrganisation;
    case 'record':
      return ctx.record?.(String(value))?.entity === check.entity ? null : notARecord(check.entity!);
    case 'text':
    case 'longText':
      return typeof value === 'string' ? null : m.notText;
    default: {
      const unknownKind: never = check.kind;
      throw new Error(`no check for fields of kind ${String(unknownKind)}`);
    }
  }
}

/**
 * The problems of a set of field values, each with its path (`fields.dueDate`): names that are
 * not a field (`notField` says so), required fields left empty, values of the wrong kind, choices
 * outside their list, users, contacts and records that do not exist. `partial`: only the fields
 * given are looked at (a change of some fields), so a required one is only wrong when emptied.
 */
export function fieldIssues(
  checks: readonly FieldCheck[],
  fields: Record<string, unknown>,
  ctx: FieldContext,
  notField: string,
  partial = false,
): Issue[] {
  const issues: Issue[] = [];
  const at = (key: string, message: string) => issues.push({ path: `fields.${key}`, message });
  for (const key of Object.keys(fields)) if (!checks.some((c) => c.key === key)) at(key, notField);
  for (const check of checks) {
    if (partial && !(check.key in fields)) continue;
    const value = fields[check.key];
    if (empty(value)) {
      if (check.required) at(check.key, validationMessages.required);
      continue;
    }
    const problem = valueIssue(check, value, ctx);
    if (problem) at(check.key, problem);
  }
  return issues;
}
