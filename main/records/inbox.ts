import type { InboxEntry } from '@shared/model/record';
import type { Clock } from '../clock';
import type { RecordsStore } from './records-store';

/**
 * The in-app inbox of each user (a notify step with channel inbox or both). An entry's id comes
 * from the effect that made it, so carrying an effect out again after a crash adds nothing twice.
 */
export function createInbox(records: RecordsStore, clock: Clock) {
  const listeners = new Set<(entries: InboxEntry[]) => void>();
  // Each user's entry ids, so a user's inbox costs their entries, not everybody's.
  const byUser = new Map<string, Set<string>>();
  const index = (e: InboxEntry) => byUser.set(e.userId, (byUser.get(e.userId) ?? new Set()).add(e.id));
  for (const e of records.maps.inbox.values()) index(e);
  const of = (userId: string) => [...(byUser.get(userId) ?? [])].flatMap((id) => records.maps.inbox.get(id) ?? []);
  return {
    async add(entries: InboxEntry[]): Promise<void> {
      const fresh = entries.filter((e) => !records.maps.inbox.has(e.id));
      if (!fresh.length) return;
      const written = records.commit(fresh.map((e) => ({ collection: 'inbox' as const, key: e.id, value: e })));
      for (const e of fresh) index(e);
      await written;
      for (const listener of listeners) listener(fresh);
    },
    /** Newest first. */
    list: (userId: string, unreadOnly = false) =>
      of(userId)
        .filter((e) => !unreadOnly || !e.readAt)
        .sort((a, b) => b.at.localeCompare(a.at)),
    unread: (userId: string) => of(userId).filter((e) => !e.readAt).length,
    /** Mark entries (or, without ids, all) of a user read; returns how many changed. */
    async markRead(userId: string, ids?: string[]): Promise<number> {
      const at = clock.now().toISOString();
      const changes = of(userId)
        .filter((e) => !e.readAt && (!ids || ids.includes(e.id)))
        .map((e) => ({ collection: 'inbox' as const, key: e.id, value: { ...e, readAt: at } }));
      await records.commit(changes);
      return changes.length;
    },
    /** Told of every new entry (the desktop app shows a notification). */
    onAdded(listener: (entries: InboxEntry[]) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type Inbox = ReturnType<typeof createInbox>;
