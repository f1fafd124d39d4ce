import { z } from 'zod';
import { apiContract } from '../../../shared/api/contract';
import type { Issue } from '../../../shared/model/parse';
import type { Route } from './routes';

export const PAGE_LIMIT_DEFAULT = 100;
export const PAGE_LIMIT_MAX = 500;
/** The query parameters every list takes besides its own. */
export const PAGE_PARAMS = ['limit', 'cursor'] as const;
/** The sort key that stands for a row's position in the service's list (for lists that only grow at the end). */
export const POSITION = '#';

/** How a list is ordered for paging: fields that never change for a row and together tell rows apart. */
export interface PageOrder {
  by: readonly string[];
  newestFirst?: boolean;
}

/** One page of a list: the rows, and the cursor of the next page (null on the last). */
export interface Page<T = unknown> {
  data: T[];
  next: string | null;
}

/** A list route: a GET whose contract answers an array (as it is, not reshaped). */
export const isListRoute = (route: Route): boolean =>
  route.method === 'GET' && !route.respond && apiContract[route.call].output instanceof z.ZodArray;

export const orderOf = (route: Route): PageOrder => route.page ?? { by: ['id'] };

export interface PageRequest {
  limit: number;
  /** The sort key of the last row of the previous page. */
  after: unknown[] | null;
}

const encodeCursor = (key: unknown[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

function decodeCursor(cursor: string, length: number): unknown[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) && key.length === length ? key : null;
  } catch {
    return null;
  }
}

/**
 * `limit` and `cursor` of a list request, taken out of the query (which keeps the route's own
 * parameters); what is wrong with them goes into `issues`.
 */
export function takePageRequest(route: Route, query: URLSearchParams, issues: Issue[]): PageRequest {
  const limitText = query.get('limit');
  const cursor = query.get('cursor');
  query.delete('limit');
  query.delete('cursor');
  let limit = PAGE_LIMIT_DEFAULT;
  if (limitText !== null) {
    limit = /^\d+$/.test(limitText) ? Number(limitText) : NaN;
    if (!(limit >= 1 && limit <= PAGE_LIMIT_MAX)) {
      issues.push({ path: 'query.limit', message: `is not a whole number from 1 to ${PAGE_LIMIT_MAX}` });
    }
  }
  let after: unknown[] | null = null;
  if (cursor !== null) {
    after = decodeCursor(cursor, orderOf(route).by.length);
    if (!after) issues.push({ path: 'query.cursor', message: 'is not the `next` of a page of this list' });
  }
  return { limit, after };
}

const compareValues = (a: unknown, b: unknown): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [a === undefined || a === null ? '' : String(a), b === undefined || b === null ? '' : String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

const compareKeys = (a: readonly unknown[], b: readonly unknown[]): number => {
  for (let i = 0; i < a.length; i++) {
    const order = compareValues(a[i], b[i]);
    if (order) return order;
  }
  return 0;
};

/**
 * One page of a whole list, keyset-paged: rows are ordered by the route's key and a page starts
 * after the key its cursor holds, so rows added or removed between pages never make another row
 * appear twice or be skipped.
 */
export function pageOf(route: Route, rows: readonly unknown[], request: PageRequest): Page {
  const { by, newestFirst } = orderOf(route);
  const direction = newestFirst ? -1 : 1;
  const keyed = rows.map((row, position) => {
    const record = (row ?? {}) as Record<string, unknown>;
    return { row, key: by.map((field) => (field === POSITION ? position : record[field])) };
  });
  const after = request.after;
  const rest = (after ? keyed.filter(({ key }) => direction * compareKeys(key, after) > 0) : keyed).sort(
    (a, b) => direction * compareKeys(a.key, b.key),
  );
  const page = rest.slice(0, request.limit);
  const more = rest.length > page.length;
  return { data: page.map(({ row }) => row), next: more ? encodeCursor(page.at(-1)!.key) : null };
}
