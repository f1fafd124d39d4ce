import { createHash, randomBytes } from 'node:crypto';
import type { Session, SessionKind } from '@shared/model/auth';
import type { Clock } from '../clock';
import type { AuthFile } from './auth-file';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Browser sessions end after 8 idle hours, and 7 days after sign-in whatever happens. */
export const SESSION_IDLE_MS: Record<SessionKind, number> = { browser: 8 * HOUR, desktop: 30 * DAY };
/** The desktop window's session lasts 30 days (it is kept across restarts on the office PC). */
export const SESSION_LIFETIME_MS: Record<SessionKind, number> = { browser: 7 * DAY, desktop: 30 * DAY };

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether a session may still be used at `now`, given when it was last seen. */
export const sessionLive = (session: Session, lastSeen: number, now: number): boolean =>
  now < Date.parse(session.expiresAt) && now - lastSeen < SESSION_IDLE_MS[session.kind];

/** A new session's secret (for the cookie or the desktop app) and its record (only the secret's hash). */
export function newSession(userId: string, kind: SessionKind, address: string, clock: Clock) {
  const secret = randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS[kind]).toISOString();
  const session: Session = {
    idHash: hashSecret(secret),
    userId,
    kind,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
    address: address.slice(0, 100),
  };
  return { secret, session };
}

/** The sessions of auth.json: find one by its secret, end them. */
export function createSessions(file: AuthFile, clock: Clock) {
  return {
    /** The live session this secret belongs to (its use is noted), or null. */
    resolve(secret: string): Session | null {
      const idHash = hashSecret(secret);
      const session = file.data.sessions.find((s) => s.idHash === idHash);
      const now = clock.now().getTime();
      if (!session || !sessionLive(session, file.lastSeen(session), now)) return null;
      file.seen(idHash, now);
      return session;
    },
    /** Sign-ins of a user still in use. */
    count(userId: string): number {
      const now = clock.now().getTime();
      return file.data.sessions.filter((s) => s.userId === userId && sessionLive(s, file.lastSeen(s), now)).length;
    },
    /** End the sessions `which` picks; resolves with how many were live. */
    async end(which: (s: Session) => boolean): Promise<number> {
      const now = clock.now().getTime();
      const ending = file.data.sessions.filter((s) => which(s) && sessionLive(s, file.lastSeen(s), now)).length;
      if (file.data.sessions.some(which)) {
        await file.write((d) => {
          d.sessions = d.sessions.filter((s) => !which(s));
        });
      }
      return ending;
    },
  };
}
export type Sessions = ReturnType<typeof createSessions>;
