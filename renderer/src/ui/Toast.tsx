import { useCallback, useEffect, useState } from 'react';

/** A short confirmation at the bottom of the screen ("Jan was saved."), gone after 4 s. */
export function useToast() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  const view = message ? (
    <div className="toast" role="status">
      {message}
    </div>
  ) : null;
  return { show: useCallback((m: string) => setMessage(m), []), view };
}
