import { ApiError } from '@shared/api/errors';

/**
 * JSON.stringify for what is about to be saved. Data it cannot write (nested so deep that it runs
 * out of stack, a BigInt, a cycle) is refused as bad input before anything is changed.
 */
export function encodeJson(value: unknown, indent?: number): string {
  try {
    return JSON.stringify(value, null, indent);
  } catch (error) {
    const why =
      error instanceof RangeError ? 'its data is nested too deeply' : 'it holds a value that cannot be written as JSON';
    throw new ApiError('invalid_input', `This change cannot be saved: ${why}. Nothing was changed.`);
  }
}
