import type { z } from 'zod';

/** One problem in a document: where it is and what is wrong. */
export interface Issue {
  /** Dotted path with [index] for arrays, e.g. `directory.users[2].email`; empty for the root. */
  path: string;
  message: string;
  /** The message as a key and parameters the renderer translates (shared/api/reasons.ts). */
  reason?: { key: string; params?: Record<string, string | number> };
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc === '' ? name : `${acc}.${name}`;
  }, '');

export const toIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));

export const describeIssues = (issues: readonly Issue[]): string =>
  issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');

/** Thrown when a document does not match its schema; its message names each path and problem. */
export class InvalidDocumentError extends Error {
  constructor(
    readonly what: string,
    readonly issues: Issue[],
  ) {
    super(`${what} is not valid: ${describeIssues(issues)}`);
    this.name = 'InvalidDocumentError';
  }
}

/** Parse `data` with `schema`, or throw an InvalidDocumentError that names `what` was parsed. */
export function parseDocument<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new InvalidDocumentError(what, toIssues(result.error));
  return result.data;
}
