import {
  formatDateInput,
  formatLocaleNumber,
  formatMoneyInput,
  type LocaleProblem,
  parseLocaleDate,
  parseLocaleMoney,
  parseLocaleNumber,
} from '@shared/fields/locale-number';
import type { Language } from '@shared/model/common';
import type { FieldDef } from '@shared/model/item-type';
import type { Attachment } from '@shared/model/template';

/** What a field's input holds: text as typed, yes/no for a checkbox, a stored file for an attachment. */
export type FormValue = string | boolean | Attachment;
export type FormValues = Record<string, FormValue | undefined>;

export const isAttachment = (v: unknown): v is Attachment =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';

/** A stored value as its input holds it, written in the UI language (6250.5 → "6.250,50" in Dutch). */
export function inputValueOf(def: FieldDef, value: unknown, lang: Language): FormValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean' || isAttachment(value)) return value;
  if (typeof value === 'number')
    return def.type === 'money' ? formatMoneyInput(value, lang) : formatLocaleNumber(value, lang);
  if (def.type === 'date' && typeof value === 'string') return formatDateInput(value, lang);
  return String(value);
}

/** The input values of `defs` from an item's stored fields. */
export const inputValuesOf = (defs: readonly FieldDef[], fields: Record<string, unknown>, lang: Language): FormValues =>
  Object.fromEntries(
    defs.flatMap((d) => {
      const v = inputValueOf(d, fields[d.key], lang);
      return v === undefined ? [] : [[d.key, v]];
    }),
  );

/** Typed text read as its field's kind in the UI language, or why it cannot be. */
function parseTyped(def: FieldDef, raw: string, lang: Language): { value: unknown } | { problem: LocaleProblem } {
  const parsed =
    def.type === 'money'
      ? parseLocaleMoney(raw, lang)
      : def.type === 'number'
        ? parseLocaleNumber(raw, lang)
        : def.type === 'date'
          ? parseLocaleDate(raw, lang)
          : { ok: true as const, value: raw };
  return parsed.ok ? { value: parsed.value } : { problem: parsed.problem };
}

/**
 * The form's values as the API takes them (numbers as numbers, dates as ISO dates, yes/no as
 * true/false, an empty field left out — or `null` with `clearEmpty`, to empty a stored one), and the
 * fields whose text cannot be read in the UI language: those are not sent, never guessed.
 */
export function fieldValuesOf(
  defs: readonly FieldDef[],
  values: FormValues,
  lang: Language,
  clearEmpty = false,
): { fields: Record<string, unknown>; problems: Map<string, LocaleProblem> } {
  const fields: Record<string, unknown> = {};
  const problems = new Map<string, LocaleProblem>();
  for (const def of defs) {
    if (!(def.key in values)) continue;
    const value = values[def.key];
    if (typeof value === 'boolean' || isAttachment(value)) {
      fields[def.key] = value;
      continue;
    }
    const raw = (value ?? '').trim();
    if (raw === '') {
      if (clearEmpty) fields[def.key] = null;
      continue;
    }
    const parsed = parseTyped(def, raw, lang);
    if ('problem' in parsed) problems.set(def.key, parsed.problem);
    else fields[def.key] = parsed.value;
  }
  return { fields, problems };
}
