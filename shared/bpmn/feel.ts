import { assertNever } from '../assert-never';
import type { Condition, Group, Rule } from '../model/condition';

/**
 * Conditions as null-safe FEEL for Camunda 8. The process variables an export reads are
 * `fields` (a context of the item's or record's fields) and `previous` (the fields before a change,
 * for "changed" and "changed to"). Every rule reads its field with `get value`, so any field name
 * works and a missing field or context is null; every comparison is wrapped in `(… ) = true`, so a
 * null operand makes it false instead of failing the gateway. The results match
 * shared/engine/conditions.ts (test/shared/bpmn-feel.test.ts checks each operator in a FEEL engine).
 */

/** A FEEL string literal. */
export const feelString = (s: string): string =>
  `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;

/** The rule's value as text, as the engine compares it (String(value ?? '')). */
const textLiteral = (v: Rule['value']): string => feelString(String(v ?? ''));
/** The rule's value as a number, null when it is none (the engine's NaN compares false, as null does here). */
const numberLiteral = (v: Rule['value']): string => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? String(n) : 'null';
};

/** A field of `fields` (or of another context variable) by name. */
export const feelField = (name: string, context = 'fields'): string => `get value(${context}, ${feelString(name)})`;

/** As text, "" for null (the engine's String(v ?? '')). */
const text = (x: string) => `(if ${x} = null then "" else string(${x}))`;
/** As a number, null when it is none (an empty text too: engines differ on number("")). */
const num = (x: string) =>
  `(if ${x} instance of number then ${x} else if ${text(x)} = "" then null else number(${text(x)}))`;
/** As a date and time, a bare date at midnight UTC (as JavaScript's Date reads it); null when it is none. */
const time = (x: string) =>
  `(if ${x} = null then null else if string length(${text(x)}) = 10 then date and time(${text(x)} + "T00:00:00Z") else date and time(${text(x)}))`;
/** True only when the comparison is true: null (a missing or bad operand) counts as false. */
const sure = (comparison: string) => `((${comparison}) = true)`;

/** One rule as FEEL. */
export function ruleToFeel(rule: Rule): string {
  const f = feelField(rule.field);
  const v = textLiteral(rule.value);
  const changed = `previous != null and ${text(feelField(rule.field, 'previous'))} != ${text(f)}`;
  switch (rule.operator) {
    case 'equals':
      return `(${text(f)} = ${v})`;
    case 'notEquals':
      return `(${text(f)} != ${v})`;
    case 'contains':
      return sure(`contains(lower case(${text(f)}), lower case(${v}))`);
    case 'empty':
      return `(${text(f)} = "")`;
    case 'notEmpty':
      return `(${text(f)} != "")`;
    case 'greater':
      return sure(`${num(f)} > ${numberLiteral(rule.value)}`);
    case 'less':
      return sure(`${num(f)} < ${numberLiteral(rule.value)}`);
    case 'before':
      return sure(`${time(f)} < ${time(v)}`);
    case 'after':
      return sure(`${time(f)} > ${time(v)}`);
    case 'changed':
      return `(${changed})`;
    case 'changedTo':
      return `(${changed} and ${text(f)} = ${v})`;
    case 'greaterThanField':
      return sure(`${num(f)} > ${num(feelField(String(rule.value ?? '')))}`);
    default:
      return assertNever(rule.operator, 'operator');
  }
}

const isGroup = (r: Rule | Group): r is Group => 'join' in r;

/** Whether a condition always holds ("Always", or none at all): it needs no check. */
export const isAlways = (c: Condition | undefined): boolean => !c || 'always' in c;

/** A condition as a FEEL expression (without the leading "="). "Always" and an empty group are true. */
export function conditionToFeel(condition: Condition | undefined): string {
  if (!condition || 'always' in condition) return 'true';
  if (condition.rules.length === 0) return 'true';
  const parts = condition.rules.map((r) => (isGroup(r) ? `(${conditionToFeel(r)})` : ruleToFeel(r)));
  return parts.join(condition.join === 'and' ? ' and ' : ' or ');
}
