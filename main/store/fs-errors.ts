import { basename } from 'node:path';
import { ApiError, type WriteFailure } from '@shared/api/errors';

/** Whether `error` is a Node system error with this code (ENOENT, EEXIST…). */
export const isCode = (error: unknown, code: string): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** No space left (ENOSPC), or the user's disk quota used up (EDQUOT): both mean the disk is full for us. */
export const isDiskFull = (error: unknown): boolean => isCode(error, 'ENOSPC') || isCode(error, 'EDQUOT');

/** The code of a system error (EACCES, EIO…), or null for anything else (a bug of ours stays a bug). */
const systemCodeOf = (error: unknown): string | null => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
};

/** Each system code we put in words, by what it means to someone who wants their change saved. */
const FAILURES: Record<string, WriteFailure> = {
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  EIO: 'diskError',
  EISDIR: 'inTheWay',
  ENOTDIR: 'inTheWay',
  ENOTEMPTY: 'inTheWay',
  EEXIST: 'inTheWay',
};

const WORDS: Record<WriteFailure, string> = {
  noPermission: 'Stroomlijn is not allowed to write it',
  readOnly: 'the disk is read-only',
  diskError: 'the disk reported an error',
  inTheWay: 'a folder or another file stands where it (or its backup) belongs',
  other: 'the system refused the write',
};

/**
 * A write that the file system refused becomes an ApiError with a stable code, and nothing of it
 * is kept, so the same request works again once the cause is gone:
 * - no space left: `disk_full` (507 over HTTP), shown translated in the app;
 * - any other refusal (no permission, a read-only disk, a disk error, a folder in the way…):
 *   `not_saved` (503), naming the file and the reason, also translated in the app.
 * Anything else (not a system error) is returned as it is.
 */
export function refusedWrite(error: unknown, path: string): unknown {
  const file = basename(path);
  if (isDiskFull(error)) {
    return new ApiError(
      'disk_full',
      `The disk is full: ${file} could not be saved and nothing was changed. ` +
        'Free some space on the disk and try again.',
    );
  }
  const code = systemCodeOf(error);
  if (!code) return error;
  const failure = FAILURES[code] ?? 'other';
  return new ApiError(
    'not_saved',
    `${file} could not be saved: ${WORDS[failure]} (${code}). Nothing was changed; try again once that is put right.`,
    [],
    { notSaved: { file, failure } },
  );
}
