import type { ImapFlow } from 'imapflow';
import type { AddressObject } from 'mailparser';
import { htmlToText } from '@shared/messages/html-text';
import type { ImapSettings } from '@shared/model/settings';
import type { IncomingReply } from './reply-handler';

/** What reading the mailbox needs of an IMAP client (imapflow's ImapFlow; tests may pass another). */
export type ImapClient = Pick<
  ImapFlow,
  'connect' | 'logout' | 'getMailboxLock' | 'search' | 'fetchOne' | 'messageFlagsAdd' | 'close' | 'status'
> & {
  on(event: 'error', listener: (error: Error) => void): unknown;
};

/**
 * An imapflow client for the settings: no logging, short timeouts. imapflow and mailparser are
 * loaded when the replies mailbox is first read, not at every start (they cost some 150 ms).
 */
export const imapClient = async (s: ImapSettings): Promise<ImapClient> =>
  new (await import('imapflow')).ImapFlow({
    host: s.host,
    port: s.port,
    secure: s.secure,
    auth: { user: s.user, pass: s.password ?? '' },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
    a.value.flatMap((v) => (v.address ? [v.address] : [])),
  );

/** Whether a mail was sent by a machine (out of office, a bounce, a list): such mail is never answered. */
function automatic(headers: Map<string, unknown>, from: string): boolean {
  const header = (name: string) => String(headers.get(name) ?? '').toLowerCase();
  const submitted = header('auto-submitted');
  return (
    (submitted !== '' && submitted !== 'no') ||
    /^(bulk|junk|list|auto_reply)$/.test(header('precedence')) ||
    headers.has('x-autoreply') ||
    headers.has('x-autorespond') ||
    headers.has('list-id') ||
    /^(mailer-daemon|postmaster)@/i.test(from)
  );
}

/** A raw mail as the reply handler reads it. */
export async function parseReply(source: Buffer): Promise<IncomingReply> {
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  const from = addresses(mail.from)[0] ?? '';
  const delivered = mail.headers.get('delivered-to');
  const references = Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [];
  return {
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    references,
    from,
    to: [...addresses(mail.to), ...addresses(mail.cc), ...(delivered ? [String(delivered)].flat() : [])],
    subject: mail.subject ?? '',
    text: mail.text ?? (typeof mail.html === 'string' ? htmlToText(mail.html) : ''),
    automatic: automatic(mail.headers as Map<string, unknown>, from),
  };
}

/**
 * Read the unseen mail of the folder once: each is handed to `handle` and then marked seen; one
 * whose handling failed (a full disk, say) stays unseen and is read again next time.
 */
export async function readUnseen(
  client: ImapClient,
  folder: string,
  handle: (reply: IncomingReply) => Promise<unknown>,
  log: (message: string) => void,
): Promise<number> {
  client.on('error', (error) => log(`The replies mailbox: ${error.message}`));
  await client.connect();
  let read = 0;
  try {
    const lock = await client.getMailboxLock(folder);
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!message || !message.source) continue;
        try {
          await handle(await parseReply(message.source));
        } catch (error) {
          log(`A reply could not be handled; it is read again later: ${(error as Error).message}`);
          continue;
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        read += 1;
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return read;
}
