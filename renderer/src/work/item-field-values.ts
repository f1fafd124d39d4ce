import type { FieldDef } from '../../../shared/model/item-type';

/** What a field's input holds: text, or yes/no for a checkbox. */
export type FieldInputValue = string | boolean;

/**
 * The form's values as items.submit takes them: numbers as numbers (what is not one goes as
 * typed, for the API to name), yes/no as true/false, an empty field left out.
 */
export function itemFieldValues(
  defs: readonly FieldDef[],
  values: Record<string, FieldInputValue>,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const def of defs) {
    const value = values[def.key];
    if (def.type === 'boolean') {
      if (value !== undefined) fields[def.key] = value === true;
      continue;
    }
    const raw = typeof value === 'string' ? value.trim() : '';
    if (raw === '') continue;
    const n = Number(raw.replace(',', '.'));
    fields[def.key] = (def.type === 'number' || def.type === 'money') && Number.isFinite(n) ? n : raw;
  }
  return fields;
}
