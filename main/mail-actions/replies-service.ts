import type { Caller } from '@shared/api/caller';
import { ApiError } from '@shared/api/errors';
import type { RepliesView } from '@shared/api/replies-contract';
import { notUnderstood, type ReplyRecord } from '@shared/mail-actions/reply-record';
import type { ImapSettings } from '@shared/model/settings';
import type { Store } from '../store/store';
import { type ImapClient, readUnseen } from './imap-reader';
import type { ReplyHandler } from './reply-handler';
import type { ReplyLedger } from './reply-ledger';

/** How often the replies mailbox is read while the app runs. */
export const READ_EVERY_MS = 60_000;

export interface RepliesDeps {
  store: Store;
  handle: ReplyHandler;
  ledger: ReplyLedger;
  client(settings: ImapSettings): ImapClient | Promise<ImapClient>;
  log(message: string): void;
}

/** Why a connection to the mailbox failed, as a reason the renderer translates. */
function refusal(error: unknown, s: ImapSettings): ApiError {
  const e = error as {
    code?: string;
    message?: string;
    authenticationFailed?: boolean;
    responseText?: string;
    mailboxMissing?: boolean;
  };
  const detail = e.responseText ?? e.message ?? String(error);
  const where = { host: s.host, port: s.port, detail };
  if (e.authenticationFailed) return ApiError.because('conflict', 'imapLogin', where);
  if (e.code && /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|ECONNRESET|NoConnection)$/.test(e.code)) {
    return ApiError.because('conflict', 'imapUnreachable', where);
  }
  if (e.mailboxMissing || /mailbox|folder|NONEXISTENT/i.test(detail))
    return ApiError.because('conflict', 'imapFolder', { host: s.host, folder: s.folder, detail });
  return ApiError.because('conflict', 'imapUnexpected', where);
}

/**
 * Settings → Replies and the reading of that mailbox (issue 14): every minute (and on request)
 * its unseen mail is read, each reply handled once, and what could not act is listed for the
 * task manager.
 */
export function createRepliesService(deps: RepliesDeps) {
  let reading: Promise<number> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const settings = () => deps.store.data.settings.imap;

  /** The settings to use: those given, with the kept password when none is given for the same account. */
  const withPassword = (given: ImapSettings): ImapSettings => {
    const kept = settings();
    if (given.password !== undefined && given.password !== '') return given;
    return kept && kept.host === given.host && kept.user === given.user && kept.password
      ? { ...given, password: kept.password }
      : given;
  };

  function view(): RepliesView {
    const imap = settings();
    if (!imap) return {};
    const { password, ...shown } = imap;
    return { imap: { ...shown, hasPassword: Boolean(password) } };
  }

  async function read(): Promise<number> {
    const imap = settings();
    if (!imap) throw ApiError.because('conflict', 'noRepliesMailbox');
    try {
      return await readUnseen(await deps.client(imap), imap.folder, deps.handle, deps.log);
    } catch (error) {
      throw error instanceof ApiError ? error : refusal(error, imap);
    }
  }

  return {
    view,
    async save(imap: ImapSettings | null): Promise<RepliesView> {
      await deps.store.update((d) => {
        if (imap) d.settings.imap = withPassword(imap);
        else delete d.settings.imap;
      });
      return view();
    },
    /** Log in, open the folder and count its messages; nothing is read or changed. */
    async test(given: ImapSettings): Promise<{ ok: true; messages: number }> {
      const imap = withPassword(given);
      const client = await deps.client(imap);
      client.on('error', () => undefined);
      try {
        await client.connect();
        const status = await client.status(imap.folder, { messages: true });
        return { ok: true, messages: status.messages ?? 0 };
      } catch (error) {
        throw refusal(error, imap);
      } finally {
        await client.logout().catch(() => client.close());
      }
    },
    /** Read the mailbox now; one reading at a time (a second call waits for the first). */
    readNow(): Promise<number> {
      reading ??= read().finally(() => {
        reading = null;
      });
      return reading;
    },
    /** Replies that could not act that the caller may see: all for an administrator, else those of workflows they manage. */
    notUnderstood(caller: Caller): ReplyRecord[] {
      const admin = caller.kind === 'user' && caller.admin;
      const managed = new Set(
        caller.kind === 'user'
          ? deps.store.data.workflows.filter((w) => w.taskManagerUserId === caller.userId).map((w) => w.id)
          : [],
      );
      return deps.ledger
        .all()
        .filter(
          (r) => notUnderstood(r.outcome) && (admin || (r.workflowId !== undefined && managed.has(r.workflowId))),
        );
    },
    /** Read every minute while a mailbox is set (the desktop app and the browser host; tests call readNow). */
    start(): void {
      timer ??= setInterval(() => {
        if (!settings() || reading) return;
        void this.readNow().catch((error: unknown) =>
          deps.log(`The replies mailbox could not be read: ${(error as Error).message}`),
        );
      }, READ_EVERY_MS);
      timer.unref?.();
    },
    async close(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await reading?.catch(() => undefined);
    },
  };
}
export type RepliesService = ReturnType<typeof createRepliesService>;
