import { formatDay, formatInstant, localeOf } from '../fields/locale-number';
import type { Language } from '../model/common';

/**
 * A date, number or yes/no as a template sees it: written out in the reader's language where it
 * is printed (`{{Record.DueDate}}` → "27 november 2026 13:00", `{{Record.Reminder}}` → "nee"),
 * the value itself for the helpers (`{{formatDate Record.DueDate "short"}}`, `{{#if Record.Reminder}}`)
 * and for JSON bodies, where it is written as the number, ISO date or true/false it stands for.
 */
export class FieldValue {
  constructor(
    readonly raw: string | number | boolean,
    readonly text: string,
  ) {}

  toString(): string {
    return this.text;
  }

  [Symbol.toPrimitive](hint: string): string | number {
    return hint === 'number' && typeof this.raw === 'number' ? this.raw : this.text;
  }

  toJSON(): string | number | boolean {
    return this.raw;
  }
}

/** The value a helper works on: what a FieldValue stands for, anything else as it is. */
export const rawValue = (value: unknown): unknown => (value instanceof FieldValue ? value.raw : value);

/** How a value is written out. */
export type ValueKind = 'text' | 'number' | 'amount' | 'date' | 'dateTime' | 'boolean';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** How a yes/no is written in each language. */
export const YES_NO: Record<Language, { yes: string; no: string }> = {
  nl: { yes: 'ja', no: 'nee' },
  en: { yes: 'yes', no: 'no' },
  de: { yes: 'ja', no: 'nein' },
};

/** A date written out; a date without time is a calendar day and never shifts with the time zone. */
export function dateText(
  value: string | number | Date,
  language: Language,
  style: 'short' | 'medium' | 'long' | 'full',
): string {
  const locale = localeOf(language);
  const day = typeof value === 'string' && DATE_ONLY.test(value);
  return (
    (day ? formatDay(value, locale, { dateStyle: style }) : formatInstant(value, locale, { dateStyle: style })) ?? ''
  );
}

const dateTimeText = (value: string, language: Language): string =>
  formatInstant(value, localeOf(language), { dateStyle: 'long', timeStyle: 'short' }) ?? value;

const number = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/**
 * A field's value as templates get it, written for `language`: '' when empty; dates, numbers and
 * yes/no as FieldValues (`{{#if}}` reads a yes/no by its value, a tag writes "ja" or "nee"); anything
 * else as text.
 */
export function templateValue(value: unknown, kind: ValueKind, language: Language): unknown {
  if (value === undefined || value === null || value === '') return '';
  switch (kind) {
    case 'boolean': {
      const yes = typeof value === 'boolean' ? value : value === 'true';
      return new FieldValue(yes, yes ? YES_NO[language].yes : YES_NO[language].no);
    }
    case 'number':
    case 'amount': {
      const n = number(value);
      if (n === undefined) return String(value);
      const format = kind === 'amount' ? { style: 'currency' as const, currency: 'EUR' } : {};
      return new FieldValue(n, new Intl.NumberFormat(localeOf(language), format).format(n));
    }
    case 'date':
    case 'dateTime': {
      if (typeof value !== 'string') return String(value);
      const text =
        kind === 'date' || DATE_ONLY.test(value) ? dateText(value, language, 'long') : dateTimeText(value, language);
      return text ? new FieldValue(value, text) : value;
    }
    case 'text':
      return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    default: {
      const never: never = kind;
      return never;
    }
  }
}
