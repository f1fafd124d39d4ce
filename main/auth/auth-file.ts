import { AUTH_SCHEMA_VERSION, AuthDocument, type Session } from '@shared/model/auth';
import type { Clock } from '../clock';
import { openJsonDocument } from '../store/json-document';
import { sessionLive } from './sessions';

export const AUTH_FILE = 'auth.json';
const empty = (): AuthDocument => ({ schemaVersion: 1, accounts: [], sessions: [] });

/**
 * auth.json: accounts (password hashes) and sessions (hashes of their secrets), beside the
 * database with the same durability. When a session was last used is noted in memory and written
 * with the next write (at the latest at close), so using the app does not write on every click.
 * Every write leaves out the sessions that ended.
 */
export async function openAuthFile(dataDir: string, clock: Clock, lastRunClosed: boolean) {
  const doc = await openJsonDocument(dataDir, AUTH_FILE, AuthDocument, empty, clock, {
    schemaVersion: AUTH_SCHEMA_VERSION,
    what: 'the sign-in file',
    lastRunClosed,
  });
  const seenAt = new Map<string, number>();
  const lastSeen = (s: Session) => Math.max(Date.parse(s.lastSeenAt), seenAt.get(s.idHash) ?? 0);
  const write = async <R>(change: (d: AuthDocument) => R): Promise<R> => {
    const folded = new Map(seenAt);
    const result = await doc.update((d) => {
      const now = clock.now().getTime();
      d.sessions = d.sessions.flatMap((s) =>
        sessionLive(s, lastSeen(s), now) ? [{ ...s, lastSeenAt: new Date(lastSeen(s)).toISOString() }] : [],
      );
      return change(d);
    });
    for (const [idHash, at] of folded) if (seenAt.get(idHash) === at) seenAt.delete(idHash);
    return result;
  };
  return {
    get data(): AuthDocument {
      return doc.data;
    },
    notices: doc.notices,
    write,
    /** When a session was last used (in memory until the next write). */
    lastSeen,
    seen: (idHash: string, at: number) => void seenAt.set(idHash, at),
    async close(): Promise<void> {
      if (seenAt.size) await write(() => undefined).catch(() => undefined);
      await doc.close();
    },
  };
}
export type AuthFile = Awaited<ReturnType<typeof openAuthFile>>;
