import { describe, expect, it } from 'vitest';
import { conditionToFeel } from '@shared/bpmn/feel';
import { feelToCondition } from '@shared/bpmn/feel-parse';
import { Operators, type Condition, type Rule } from '@shared/model/condition';

const values: Record<string, Rule['value']> = {
  equals: 'Afgehandeld "x"',
  notEquals: 'Open',
  contains: 'handel',
  greater: 1000,
  less: -2.5,
  before: '2026-12-01',
  after: '2026-11-23T09:00:00.000Z',
  changedTo: 'ja',
  greaterThanField: 'target',
};
const valueFor = (operator: Rule['operator']): Rule['value'] => values[operator];

describe('FEEL back into conditions (BPMN import)', () => {
  it('reads every operator as conditionToFeel writes it', () => {
    for (const operator of Operators) {
      const value = valueFor(operator);
      const condition: Condition = {
        join: 'and',
        rules: [{ field: 'Bedrag (€)', operator, ...(value !== undefined ? { value } : {}) }],
      };
      expect(feelToCondition(`=${conditionToFeel(condition)}`), operator).toEqual(condition);
    }
  });

  it('reads joined and nested groups, and Always', () => {
    const condition: Condition = {
      join: 'or',
      rules: [
        { field: 'a', operator: 'equals', value: '1' },
        {
          join: 'and',
          rules: [
            { field: 'b', operator: 'greater', value: 2 },
            { field: 'c', operator: 'empty' },
          ],
        },
      ],
    };
    expect(feelToCondition(conditionToFeel(condition))).toEqual(condition);
    expect(feelToCondition('=true')).toEqual({ always: true });
  });

  it('reads simple comparisons written by hand, and refuses what the builder cannot hold', () => {
    expect(feelToCondition('=amount > 1000')).toEqual({
      join: 'and',
      rules: [{ field: 'amount', operator: 'greater', value: 1000 }],
    });
    expect(feelToCondition('= status = "Open" and note = null')).toEqual({
      join: 'and',
      rules: [
        { field: 'status', operator: 'equals', value: 'Open' },
        { field: 'note', operator: 'empty' },
      ],
    });
    expect(feelToCondition('=count(items) > 3')).toBeUndefined();
    expect(feelToCondition('=some x in xs satisfies x > 1')).toBeUndefined();
  });
});
