import { describe, expect, it } from 'vitest';
import { conditionHolds, ruleHolds } from '@shared/engine/conditions';
import type { Rule } from '@shared/model';

const fields = { status: 'Afgehandeld', amount: 1200, due: '2026-11-20', tags: ['vip'], note: '' };
const holds = (operator: Rule['operator'], field: string, value?: string | number) =>
  ruleHolds({ field, operator, value }, fields, { ...fields, status: 'Open' });

describe('conditions', () => {
  it('evaluates every operator', () => {
    expect(holds('equals', 'status', 'Afgehandeld')).toBe(true);
    expect(holds('notEquals', 'status', 'Afgehandeld')).toBe(false);
    expect(holds('contains', 'status', 'handel')).toBe(true);
    expect(holds('contains', 'tags', 'vip')).toBe(true);
    expect(holds('empty', 'note')).toBe(true);
    expect(holds('notEmpty', 'status')).toBe(true);
    expect(holds('greater', 'amount', 1000)).toBe(true);
    expect(holds('less', 'amount', '1000')).toBe(false);
    expect(holds('before', 'due', '2026-11-23')).toBe(true);
    expect(holds('after', 'due', '2026-11-23')).toBe(false);
    expect(holds('changed', 'status')).toBe(true);
    expect(holds('changed', 'amount')).toBe(false);
    expect(holds('changedTo', 'status', 'Afgehandeld')).toBe(true);
    expect(ruleHolds({ field: 'status', operator: 'changed' }, fields)).toBe(false);
  });

  it('joins rules with AND and OR, nested, and treats Always as true', () => {
    const rule = (field: string, value: string | number): Rule => ({ field, operator: 'equals', value });
    expect(conditionHolds({ always: true }, {})).toBe(true);
    expect(conditionHolds({ join: 'and', rules: [rule('status', 'Afgehandeld'), rule('amount', 1200)] }, fields)).toBe(
      true,
    );
    expect(conditionHolds({ join: 'and', rules: [rule('status', 'Afgehandeld'), rule('amount', 5)] }, fields)).toBe(
      false,
    );
    expect(
      conditionHolds(
        { join: 'or', rules: [rule('status', 'x'), { join: 'and', rules: [rule('amount', 1200)] }] },
        fields,
      ),
    ).toBe(true);
  });
});
