import { authIssueMessages } from '@shared/api/auth-messages';
import { ApiError } from '@shared/api/errors';

/**
 * What the contract cannot check of a new password (its length it does): it is not the login.
 * `path` names the input field.
 */
export function checkNewPassword(password: string, login: string, path = 'password'): void {
  if (password.trim().toLowerCase() === login.trim().toLowerCase()) {
    throw ApiError.invalidInput('This password cannot be used', [{ path, message: authIssueMessages.sameAsLogin }]);
  }
}

/** One password check at a time: scrypt takes 32 MiB and ~0.1 s, so a flood of sign-ins queues rather than piles up. */
export function createSerial() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
