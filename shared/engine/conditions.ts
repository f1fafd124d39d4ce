import type { Condition, Group, Rule } from '../model/condition';

export type Fields = Record<string, unknown>;

const isGroup = (r: Rule | Group): r is Group => 'join' in r;
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const asNumber = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
const asTime = (v: unknown) =>
  v instanceof Date ? v.getTime() : typeof v === 'string' || typeof v === 'number' ? new Date(v).getTime() : NaN;
const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '');

/** Whether one rule holds for the fields (and, for "changed", the fields before the change). */
export function ruleHolds(rule: Rule, fields: Fields, before?: Fields): boolean {
  const value = fields[rule.field];
  switch (rule.operator) {
    case 'equals':
      return same(value, rule.value);
    case 'notEquals':
      return !same(value, rule.value);
    case 'contains':
      return Array.isArray(value)
        ? value.map(String).includes(String(rule.value))
        : String(value ?? '')
            .toLowerCase()
            .includes(String(rule.value ?? '').toLowerCase());
    case 'empty':
      return isEmpty(value);
    case 'notEmpty':
      return !isEmpty(value);
    case 'greater':
      return asNumber(value) > asNumber(rule.value);
    case 'less':
      return asNumber(value) < asNumber(rule.value);
    case 'before':
      return asTime(value) < asTime(rule.value);
    case 'after':
      return asTime(value) > asTime(rule.value);
    case 'changed':
      return before !== undefined && !same(before[rule.field], value);
    case 'changedTo':
      return before !== undefined && !same(before[rule.field], value) && same(value, rule.value);
    case 'greaterThanField':
      return asNumber(value) > asNumber(fields[String(rule.value ?? '')]);
  }
}

/** Whether a condition holds. "Always" always does; an empty group holds (nothing to fail). */
export function conditionHolds(condition: Condition | undefined, fields: Fields, before?: Fields): boolean {
  if (!condition || 'always' in condition) return true;
  const results = condition.rules.map((r) =>
    isGroup(r) ? conditionHolds(r, fields, before) : ruleHolds(r, fields, before),
  );
  if (results.length === 0) return true;
  return condition.join === 'and' ? results.every(Boolean) : results.some(Boolean);
}
