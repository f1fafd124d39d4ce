import type { ApiError } from '@shared/api/errors';

/** The error a call was refused with; fails the test when the call went through. */
export async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a rejection');
}
