import { ImapFlow } from 'imapflow';
import { afterEach, describe, expect, it } from 'vitest';
import { startImap, type TestImap } from '../helpers/imap-server';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let imap: TestImap | undefined;
afterEach(async () => {
  await imap?.close();
  imap = undefined;
});

describe('the tests’ IMAP server (dovecot on loopback)', () => {
  it('takes a login, keeps an appended mail and finds it unseen', async () => {
    imap = await startImap(tempDir('imap'));
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: false,
      auth: { user: imap.user, pass: imap.password },
      logger: false,
    });
    await client.connect();
    await client.append(
      'INBOX',
      'From: a@b.example\r\nTo: c@d.example\r\nSubject: hallo\r\nMessage-ID: <x1@b.example>\r\n\r\nJA\r\n',
    );
    const lock = await client.getMailboxLock('INBOX');
    try {
      expect(await client.search({ seen: false })).toHaveLength(1);
    } finally {
      lock.release();
    }
    await client.logout();
  });
});
