import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/errors';
import { useApiCall } from '../../renderer/src/ui/use-api-call';

/** A call that answers when told to. */
function later<T>() {
  let settle!: { resolve(value: T): void; reject(error: unknown): void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('useApiCall', () => {
  it('is busy while a call runs, clears the last error, and answers what the call gave', async () => {
    const { result } = renderHook(() => useApiCall());
    act(() => result.current.setError(new Error('before')));
    const call = later<number>();
    let answer: Promise<number | undefined> | undefined;
    act(() => {
      answer = result.current.run(() => call.promise);
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.error).toBeNull();
    await act(async () => call.resolve(42));
    expect(await answer).toBe(42);
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeNull();
  });

  it('keeps what the call threw, as it came, and answers undefined', async () => {
    const { result } = renderHook(() => useApiCall());
    const refused = new ApiError('invalid_input', 'no');
    let answer: unknown = 'not yet';
    await act(async () => {
      answer = await result.current.run(() => Promise.reject(refused));
    });
    expect(answer).toBeUndefined();
    expect(result.current.error).toBe(refused);
    expect(result.current.busy).toBe(false);
  });

  it('stays busy after success when asked (the caller goes away), not after a failure', async () => {
    const { result } = renderHook(() => useApiCall());
    await act(async () => {
      await result.current.run(() => Promise.resolve('done'), { staysBusy: true });
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      await result.current.run(() => Promise.reject(new Error('offline')), { staysBusy: true });
    });
    expect(result.current.busy).toBe(false);
  });
});
