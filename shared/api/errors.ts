import { z } from 'zod';
import type { Issue } from '../model/parse';
import { describeIssues } from '../model/parse';

export const ApiErrorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'unknown_method',
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'disk_full',
  'rate_limited',
  'internal',
] as const;
export type ApiErrorCode = (typeof ApiErrorCodes)[number];

/** HTTP status for each error code; the IPC transport carries the code itself. */
export const httpStatusOf: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  unknown_method: 404,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  // Insufficient Storage: nothing of the request was kept; it can be repeated once space is freed.
  disk_full: 507,
  // Too many failed sign-ins: the message says when to try again.
  rate_limited: 429,
  internal: 500,
};

export const IssueSchema = z.object({ path: z.string(), message: z.string() });

export const ApiErrorBody = z.object({
  code: z.enum(ApiErrorCodes),
  message: z.string(),
  issues: z.array(IssueSchema).optional(),
  /** rate_limited: when to try again (ISO time). */
  retryAt: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** An error every transport carries intact: a code, a sentence for people, and the bad fields. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    /** rate_limited: when to try again (ISO time). */
    readonly retryAt?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static rateLimited(message: string, retryAt: string): ApiError {
    return new ApiError('rate_limited', message, [], retryAt);
  }

  static invalidInput(what: string, issues: Issue[]): ApiError {
    return new ApiError('invalid_input', `${what}: ${describeIssues(issues)}`, issues);
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues.length ? { issues: this.issues } : {}),
      ...(this.retryAt ? { retryAt: this.retryAt } : {}),
    };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? [], body.retryAt);
  }
}

/** What the IPC transport returns: errors travel as data so their code and issues survive. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };
