import { z } from 'zod';
import { apiContract } from '@shared/api/contract';
import type { Issue } from '@shared/model/parse';
import { cutPage, type PageInput } from '@shared/api/page-input';
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
/** The schema of what a route answers: its own reshaping's, else its method's output. */
export const answerSchema = (route: Route): z.ZodType =>
  route.respond?.schema ?? (apiContract[route.call].output as z.ZodType);

/** A GET that answers an array (also one it reshapes to, e.g. the entries of one directory kind) is a paged list. */
export const isListRoute = (route: Route): boolean =>
  route.method === 'GET' && answerSchema(route) instanceof z.ZodArray;

export const orderOf = (route: Route): PageOrder => route.page ?? { by: ['id'] };

export interface PageRequest {
  limit: number;
  /** The sort key of the last row of the previous page. */
  after: NonNullable<PageInput['after']> | null;
}

const encodeCursor = (key: unknown[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

function decodeCursor(cursor: string, length: number): unknown[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const fits = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
    return Array.isArray(key) && key.length === length && key.every(fits) ? key : null;
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
  let after: PageRequest['after'] = null;
  if (cursor !== null) {
    after = decodeCursor(cursor, orderOf(route).by.length) as PageRequest['after'];
    if (!after) issues.push({ path: 'query.cursor', message: 'is not the `next` of a page of this list' });
  }
  return { limit, after };
}

/**
 * One page of a whole list, keyset-paged: rows are ordered by the route's key and a page starts
 * after the key its cursor holds, so rows added or removed between pages never make another row
 * appear twice or be skipped.
 */
export function pageOf(route: Route, rows: readonly unknown[], request: PageRequest): Page {
  const { by, newestFirst } = orderOf(route);
  const positions = new Map(rows.map((row, position) => [row, position]));
  const keyOf = (row: unknown) =>
    by.map((field) => (field === POSITION ? positions.get(row) : (row as Record<string, unknown>)[field]));
  const page = { limit: request.limit + 1, ...(request.after ? { after: request.after } : {}) };
  const rest = cutPage(rows, keyOf, page, newestFirst);
  const data = rest.slice(0, request.limit);
  return { data, next: rest.length > data.length ? encodeCursor(keyOf(data.at(-1))) : null };
}
