import { useCallback, useState } from 'react';

export interface ApiCall {
  /** A call is under way (buttons that would start another one are disabled). */
  busy: boolean;
  /** What the last call threw, as it came (an `ApiError` mostly); `ErrorBox` and `useErrorText` put it in words. */
  error: unknown;
  /** Show an error that did not come from `run` (a load on opening, a check of the form), or clear it. */
  setError(error: unknown): void;
  /**
   * Runs `fn`: busy while it runs, the last error cleared first; what it throws is kept as `error`.
   * Resolves to what `fn` returns, or undefined when it threw. `staysBusy`: busy is kept after
   * success, for a caller that goes away then (a dialog that closes, a screen that is left), so
   * nothing can be started twice before it does.
   */
  run<T>(fn: () => Promise<T>, options?: { staysBusy?: boolean }): Promise<T | undefined>;
}

/** Busy and error of the calls to main/ that a form or page makes, one at a time. */
export function useApiCall(): ApiCall {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async <T>(fn: () => Promise<T>, options: { staysBusy?: boolean } = {}): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const result = await fn();
        if (!options.staysBusy) setBusy(false);
        return result;
      } catch (failure) {
        setError(failure);
        setBusy(false);
        return undefined;
      }
    },
    [],
  );
  return { busy, error, setError, run };
}
