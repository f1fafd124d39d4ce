import { evaluate } from 'feelin';
import { describe, expect, it } from 'vitest';
import { conditionToFeel, ruleToFeel } from '@shared/bpmn/feel';
import { conditionHolds, ruleHolds } from '@shared/engine/conditions';
import { Operators, type Operator, type Rule } from '@shared/model/condition';

type Fields = Record<string, unknown>;
interface Case {
  value?: Rule['value'];
  fields: Fields;
  previous?: Fields;
  holds: boolean;
}

/** Per operator: values that hold and values that don't, missing and empty ones included. */
const table: Record<Operator, Case[]> = {
  equals: [
    { value: 'Afgehandeld', fields: { f: 'Afgehandeld' }, holds: true },
    { value: 'Afgehandeld', fields: { f: 'Open' }, holds: false },
    { value: 'Afgehandeld', fields: {}, holds: false },
    { value: '', fields: {}, holds: true },
    { value: 1200, fields: { f: 1200 }, holds: true },
    { value: '1200', fields: { f: 1200 }, holds: true },
    { value: true, fields: { f: true }, holds: true },
    { value: 'x "quoted" \\ back', fields: { f: 'x "quoted" \\ back' }, holds: true },
  ],
  notEquals: [
    { value: 'Afgehandeld', fields: { f: 'Open' }, holds: true },
    { value: 'Afgehandeld', fields: { f: 'Afgehandeld' }, holds: false },
    { value: 'Afgehandeld', fields: {}, holds: true },
    { value: '', fields: {}, holds: false },
  ],
  contains: [
    { value: 'handel', fields: { f: 'Afgehandeld' }, holds: true },
    { value: 'HANDEL', fields: { f: 'Afgehandeld' }, holds: true },
    { value: 'xyz', fields: { f: 'Afgehandeld' }, holds: false },
    { value: 'xyz', fields: {}, holds: false },
    { value: '', fields: {}, holds: true },
  ],
  empty: [
    { fields: {}, holds: true },
    { fields: { f: null }, holds: true },
    { fields: { f: '' }, holds: true },
    { fields: { f: 'x' }, holds: false },
    { fields: { f: 0 }, holds: false },
    { fields: { f: false }, holds: false },
  ],
  notEmpty: [
    { fields: {}, holds: false },
    { fields: { f: '' }, holds: false },
    { fields: { f: 'x' }, holds: true },
    { fields: { f: 0 }, holds: true },
  ],
  greater: [
    { value: 1000, fields: { f: 1200 }, holds: true },
    { value: 1000, fields: { f: 1000 }, holds: false },
    { value: 1000, fields: { f: '1200' }, holds: true },
    { value: '1000', fields: { f: 999.5 }, holds: false },
    { value: 1000, fields: {}, holds: false },
    { value: 1000, fields: { f: 'veel' }, holds: false },
    { value: -5, fields: { f: 0 }, holds: true },
  ],
  less: [
    { value: 1000, fields: { f: 999 }, holds: true },
    { value: 1000, fields: { f: 1200 }, holds: false },
    { value: 1000, fields: {}, holds: false },
    { value: 1000, fields: { f: '' }, holds: false },
  ],
  before: [
    { value: '2026-11-23', fields: { f: '2026-11-20' }, holds: true },
    { value: '2026-11-23', fields: { f: '2026-11-23' }, holds: false },
    { value: '2026-11-23', fields: { f: '2026-11-22T23:59:00.000Z' }, holds: true },
    { value: '2026-11-23T09:00:00.000Z', fields: { f: '2026-11-23T10:00:00.000Z' }, holds: false },
    { value: '2026-11-23', fields: {}, holds: false },
  ],
  after: [
    { value: '2026-11-23', fields: { f: '2026-11-24' }, holds: true },
    { value: '2026-11-23', fields: { f: '2026-11-20' }, holds: false },
    { value: '2026-11-23', fields: { f: '2026-11-23T00:00:01Z' }, holds: true },
    { value: '2026-11-23', fields: {}, holds: false },
  ],
  changed: [
    { fields: { f: 'Afgehandeld' }, previous: { f: 'Open' }, holds: true },
    { fields: { f: 'Open' }, previous: { f: 'Open' }, holds: false },
    { fields: { f: 'Open' }, previous: {}, holds: true },
    { fields: {}, previous: {}, holds: false },
    { fields: { f: 'Open' }, holds: false },
  ],
  changedTo: [
    { value: 'Afgehandeld', fields: { f: 'Afgehandeld' }, previous: { f: 'Open' }, holds: true },
    { value: 'Afgehandeld', fields: { f: 'Afgehandeld' }, previous: { f: 'Afgehandeld' }, holds: false },
    { value: 'Afgehandeld', fields: { f: 'Open' }, previous: { f: 'Nieuw' }, holds: false },
    { value: 'Afgehandeld', fields: { f: 'Afgehandeld' }, holds: false },
  ],
  greaterThanField: [
    { value: 'target', fields: { f: 12, target: 10 }, holds: true },
    { value: 'target', fields: { f: 10, target: 10 }, holds: false },
    { value: 'target', fields: { f: '12.5', target: '12' }, holds: true },
    { value: 'target', fields: { f: 12 }, holds: false },
    { value: 'target', fields: { target: 3 }, holds: false },
  ],
};

/** Evaluates FEEL the way a gateway does: the variables fields and previous (absent when not given). */
function feel(expression: string, fields: Fields, previous?: Fields): unknown {
  return evaluate(expression, { fields, ...(previous ? { previous } : {}) }).value;
}

describe('conditions as FEEL', () => {
  it('has a table for every operator', () => {
    expect(Object.keys(table).sort()).toEqual([...Operators].sort());
  });

  for (const operator of Operators) {
    it(`${operator}: FEEL holds exactly where the engine's condition holds`, () => {
      for (const c of table[operator]) {
        const rule: Rule = { field: 'f', operator, ...(c.value !== undefined ? { value: c.value } : {}) };
        const label = JSON.stringify(c);
        expect(ruleHolds(rule, c.fields, c.previous), `engine ${label}`).toBe(c.holds);
        expect(feel(ruleToFeel(rule), c.fields, c.previous), `FEEL ${label}: ${ruleToFeel(rule)}`).toBe(c.holds);
      }
    });
  }

  it('joins with and / or, nests groups, and is true for Always and an empty group', () => {
    const eq = (field: string, value: string): Rule => ({ field, operator: 'equals', value });
    const condition = {
      join: 'or' as const,
      rules: [eq('a', '1'), { join: 'and' as const, rules: [eq('b', '2'), eq('c', '3')] }],
    };
    for (const fields of [{ a: '1' }, { b: '2', c: '3' }, { b: '2' }, {}]) {
      expect(feel(conditionToFeel(condition), fields)).toBe(conditionHolds(condition, fields));
    }
    expect(conditionToFeel({ always: true })).toBe('true');
    expect(conditionToFeel({ join: 'and', rules: [] })).toBe('true');
    expect(feel(conditionToFeel(undefined), {})).toBe(true);
  });

  it('reads a field whose name no FEEL name could hold', () => {
    const rule: Rule = { field: 'Bedrag (€) "incl." btw', operator: 'greater', value: 10 };
    expect(feel(ruleToFeel(rule), { 'Bedrag (€) "incl." btw': 11 })).toBe(true);
  });
});
