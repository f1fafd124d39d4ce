import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors';

/** Whether `error` is a Node system error with this code (ENOENT, EEXIST…). */
export const isCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** No space left (ENOSPC), or the user's disk quota used up (EDQUOT): both mean the disk is full for us. */
export const isDiskFull = (error: unknown): boolean => isCode(error, 'ENOSPC') || isCode(error, 'EDQUOT');

/**
 * A write that failed for lack of space becomes an ApiError with a stable code (`disk_full`, shown
 * translated in the app, 507 over HTTP); any other error is returned as it is. Nothing of the
 * refused write is kept, so the same request works again once space is freed.
 */
export function diskFullOr(error: unknown, path: string): unknown {
  if (!isDiskFull(error)) return error;
  return new ApiError(
    'disk_full',
    `The disk is full: ${basename(path)} could not be saved and nothing was changed. ` +
      'Free some space on the disk and try again.',
  );
}
