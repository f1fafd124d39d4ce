import { z } from 'zod';

/**
 * A page a list method can cut itself (so a long list is not built whole for each page of the API
 * v1): at most `limit` rows, ordered by the method's sort key, starting after the key `after`.
 */
export const PageInput = z
  .object({
    limit: z.number().int().min(1).max(5000),
    after: z.array(z.union([z.string(), z.number(), z.null()])).optional(),
  })
  .strict();
export type PageInput = z.infer<typeof PageInput>;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Order two sort-key values: numbers by value, anything else as text (ISO times sort as text). */
const compareValues = (a: unknown, b: unknown): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [text(a), text(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Order two sort keys field by field. */
export const compareKeys = (a: readonly unknown[], b: readonly unknown[]): number => {
  for (let i = 0; i < a.length; i++) {
    const order = compareValues(a[i], b[i]);
    if (order) return order;
  }
  return 0;
};

/** The rows of one page: sorted by `keyOf` (descending when `newestFirst`), after `page.after`, at most `limit`. */
export function cutPage<T>(
  rows: readonly T[],
  keyOf: (row: T) => unknown[],
  page: PageInput,
  newestFirst = false,
): T[] {
  const direction = newestFirst ? -1 : 1;
  const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
  const { after } = page;
  const rest = after ? keyed.filter(({ key }) => direction * compareKeys(key, after) > 0) : keyed;
  return rest
    .sort((a, b) => direction * compareKeys(a.key, b.key))
    .slice(0, page.limit)
    .map(({ row }) => row);
}
