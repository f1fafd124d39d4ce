import { z } from 'zod';
import type { Issue } from '../model/parse';
import { describeIssues } from '../model/parse';
import { englishReason, type Reason, type ReasonKey, type ReasonParams, ReasonSchema } from './reasons';

export const ApiErrorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'unknown_method',
  'unknown_route',
  'method_not_allowed',
  'precondition_failed',
  'idempotency_key_reused',
  'unsupported_media_type',
  'payload_too_large',
  'disk_full',
  'not_saved',
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
  // API v1: no route at that path (see /api/v1/openapi.json).
  unknown_route: 404,
  method_not_allowed: 405,
  // API v1: an If-Match that is not the resource's current ETag; nothing was written.
  precondition_failed: 412,
  // API v1: an Idempotency-Key used before with another request; nothing was done.
  idempotency_key_reused: 422,
  unsupported_media_type: 415,
  payload_too_large: 413,
  // Insufficient Storage: nothing of the request was kept; it can be repeated once space is freed.
  disk_full: 507,
  // Service Unavailable: a file could not be written (no permission, a read-only disk…); nothing was kept.
  not_saved: 503,
  // Too many failed sign-ins: the message says when to try again.
  rate_limited: 429,
  internal: 500,
};

export const IssueSchema = z.object({ path: z.string(), message: z.string(), reason: ReasonSchema.optional() });

/**
 * Why a file could not be written (`not_saved`), for people: Stroomlijn may not write there, the
 * disk is read-only, the disk reported an error, something else (a folder) stands where the file
 * goes, or another reason (the message names the system's code).
 */
export const WriteFailures = ['noPermission', 'readOnly', 'diskError', 'inTheWay', 'other'] as const;
export type WriteFailure = (typeof WriteFailures)[number];

/** The file a refused write was for (its name in the data folder) and why it failed (`not_saved`). */
export const NotSaved = z.object({ file: z.string(), failure: z.enum(WriteFailures) });
export type NotSaved = z.infer<typeof NotSaved>;

export const ApiErrorBody = z.object({
  code: z.enum(ApiErrorCodes),
  message: z.string(),
  issues: z.array(IssueSchema).optional(),
  notSaved: NotSaved.optional(),
  /** rate_limited: when to try again (ISO time). */
  retryAt: z.string().optional(),
  /** Why, as a key and parameters a client can translate (shared/api/reasons.ts); message is its English. */
  reason: ReasonSchema.optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** An error every transport carries intact: a code, a sentence for people, and the bad fields. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    /** not_saved: the file and why; rate_limited: when to try again (ISO time). */
    readonly extra: { notSaved?: NotSaved; retryAt?: string; reason?: Reason } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** not_saved: the data file a refused write was for, and why. */
  get notSaved(): NotSaved | undefined {
    return this.extra.notSaved;
  }

  /** rate_limited: when to try again (ISO time). */
  get retryAt(): string | undefined {
    return this.extra.retryAt;
  }

  /** Why, as a key and parameters the renderer translates (the message is its English). */
  get reason(): Reason | undefined {
    return this.extra.reason;
  }

  /** An error whose message is the English of a reason the renderer translates. */
  static because(code: ApiErrorCode, key: ReasonKey, params?: ReasonParams, issues: Issue[] = []): ApiError {
    return new ApiError(code, englishReason(key, params), issues, { reason: { key, ...(params ? { params } : {}) } });
  }

  static rateLimited(message: string, retryAt: string): ApiError {
    return new ApiError('rate_limited', message, [], { retryAt });
  }

  /** Refused input: what could not be done (a sentence, or a reason's key and parameters) and each issue. */
  static invalidInput(what: string | { key: ReasonKey; params?: ReasonParams }, issues: Issue[]): ApiError {
    if (typeof what === 'string') return new ApiError('invalid_input', `${what}: ${describeIssues(issues)}`, issues);
    const message = `${englishReason(what.key, what.params)}: ${describeIssues(issues)}`;
    return new ApiError('invalid_input', message, issues, {
      reason: { key: what.key, ...(what.params ? { params: what.params } : {}) },
    });
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues.length ? { issues: this.issues } : {}),
      ...(this.extra.notSaved ? { notSaved: this.extra.notSaved } : {}),
      ...(this.extra.retryAt ? { retryAt: this.extra.retryAt } : {}),
      ...(this.extra.reason ? { reason: this.extra.reason } : {}),
    };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues ?? [], {
      ...(body.notSaved ? { notSaved: body.notSaved } : {}),
      ...(body.retryAt ? { retryAt: body.retryAt } : {}),
      ...(body.reason ? { reason: body.reason } : {}),
    });
  }
}

/** What the IPC transport returns: errors travel as data so their code and issues survive. */
export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };
