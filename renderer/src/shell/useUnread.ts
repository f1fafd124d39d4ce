import { useEffect, useState } from 'react';
import { useApp } from '../state/context';

/** The signed-in user's unread inbox count, looked at on change of area, when read or acted on here, and every 15 s. */
export function useUnread(refreshKey: unknown): number {
  const client = useApp((s) => s.client);
  const version = useApp((s) => s.inboxVersion);
  // Acting can put something in one's own inbox (a notify step to the task's users).
  const work = useApp((s) => s.workVersion);
  const [count, setCount] = useState(0);
  useEffect(() => {
    const load = () =>
      void client.call('inbox.unread').then(
        ({ count: n }) => setCount(n),
        () => undefined,
      );
    load();
    const timer = setInterval(load, 15_000);
    return () => clearInterval(timer);
  }, [client, refreshKey, version, work]);
  return count;
}
