import { z } from 'zod';

export const Operators = [
  'equals',
  'notEquals',
  'contains',
  'empty',
  'notEmpty',
  'greater',
  'less',
  'before',
  'after',
  'changed',
  'changedTo',
  /** Compares with another field, named as the value ("time tracked" over "target"). */
  'greaterThanField',
] as const;
export const Operator = z.enum(Operators);
export type Operator = z.infer<typeof Operator>;

/** Operators that compare against no value. */
export const unaryOperators: readonly Operator[] = ['empty', 'notEmpty', 'changed'];

export const Rule = z.object({
  field: z.string().trim().min(1, 'names no field'),
  operator: Operator,
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
});
export type Rule = z.infer<typeof Rule>;

export interface Group {
  join: 'and' | 'or';
  rules: (Rule | Group)[];
}
export const Group: z.ZodType<Group> = z.lazy(() =>
  z.object({
    join: z.enum(['and', 'or']),
    rules: z.array(z.union([Rule, Group])),
  }),
);

/** Structured condition over item or record fields. "Always" is a condition too. */
export const Condition = z.union([z.object({ always: z.literal(true) }), Group]);
export type Condition = z.infer<typeof Condition>;

export const always: Condition = { always: true };
