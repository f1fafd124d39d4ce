import { useEffect, useState } from 'react';
import { useApp } from '../state/context';

/** The current user's unread inbox count, looked at on change of user or area, when read here, and every 15 s. */
export function useUnread(refreshKey: unknown): number {
  const client = useApp((s) => s.client);
  const userId = useApp((s) => s.currentUserId);
  const version = useApp((s) => s.inboxVersion);
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!userId) return;
    const load = () => void client.call('inbox.unread', { userId }).then(({ count: n }) => setCount(n), () => undefined);
    load();
    const timer = setInterval(load, 15_000);
    return () => clearInterval(timer);
  }, [client, userId, refreshKey, version]);
  return count;
}
