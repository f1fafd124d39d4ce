import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { DurableTextFile } from '../store/durable-text-file';

/** The file that holds the secret task-mail links and reply addresses are signed with. */
export const MAIL_ACTION_KEY_FILE = 'mail-actions.key';

/**
 * The secret that makes a link or a reply address in a task mail impossible to guess or change:
 * each is signed with it (HMAC-SHA256). Made on first use and kept in the data folder; a new
 * secret (the file deleted) makes every link and reply address sent before it invalid.
 */
export interface MailActionKey {
  /** The signature of `text` for `purpose` ("link", "reply"), base64url, `length` characters. */
  sign(purpose: string, text: string, length?: number): string;
  /** The signature of `text` for `purpose` in lower-case hex, `length` characters: for a mail address, whose case may change on the way. */
  hex(purpose: string, text: string, length: number): string;
  /** Whether `signature` is the whole signature (`length` characters) of `text` for `purpose`, in constant time. */
  verify(purpose: string, text: string, signature: string, length?: number): boolean;
}

export function mailActionKey(secret: Buffer): MailActionKey {
  const sign = (purpose: string, text: string, length = 22) =>
    createHmac('sha256', secret).update(`${purpose}\n${text}`).digest('base64url').slice(0, length);
  return {
    sign,
    hex: (purpose, text, length) =>
      createHmac('sha256', secret).update(`${purpose}\n${text}`).digest('hex').slice(0, length),
    verify(purpose, text, signature, length = 22) {
      const expected = Buffer.from(sign(purpose, text, length));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/** The data folder's key, made (durably) when there is none yet. */
export async function openMailActionKey(dataDir: string): Promise<MailActionKey> {
  const file = new DurableTextFile(join(dataDir, MAIL_ACTION_KEY_FILE), 'copy');
  const kept = (await file.read())?.trim();
  if (kept && /^[0-9a-f]{64}$/.test(kept)) return mailActionKey(Buffer.from(kept, 'hex'));
  const secret = randomBytes(32);
  await file.write(`${secret.toString('hex')}\n`);
  return mailActionKey(secret);
}
