import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionToken, grantOf, tokenId } from '../../main/mail-actions/action-links';
import { MAIL_ACTION_KEY_FILE, mailActionKey, openMailActionKey } from '../../main/mail-actions/mail-action-key';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

const grant = {
  itemId: '5f0c8a2e-1b7d-4c1e-9a55-0d3c2b1a0f99',
  taskNodeId: 'task-approve',
  enteredAt: '2026-11-26T09:00:00.000Z',
  userId: 'user-anna',
  actionNodeId: 'action-approve',
  expiresAt: '2026-12-03T09:00:00.000Z',
};

describe('task-mail link tokens', () => {
  const key = mailActionKey(randomBytes(32));

  it('carry their grant and nothing else, in a URL-safe token', () => {
    const token = actionToken(key, grant);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(grantOf(key, token)).toEqual(grant);
    expect(tokenId(token)).toBe(token.split('.')[1]);
  });

  it('refuse a token that was changed, cut, made with another key or made up', () => {
    const token = actionToken(key, grant);
    const [body, sig] = token.split('.') as [string, string];
    const other = JSON.stringify([
      grant.itemId,
      grant.taskNodeId,
      grant.enteredAt,
      'user-eva',
      grant.actionNodeId,
      grant.expiresAt,
    ]);
    expect(grantOf(key, `${Buffer.from(other).toString('base64url')}.${sig}`)).toBeNull();
    expect(grantOf(key, `${body}.${sig.slice(0, -1)}`)).toBeNull();
    expect(grantOf(key, `${body}.${sig.slice(0, 15)}`)).toBeNull();
    expect(grantOf(mailActionKey(randomBytes(32)), token)).toBeNull();
    expect(grantOf(key, 'abc')).toBeNull();
    expect(grantOf(key, '../../etc/passwd')).toBeNull();
    const notAGrant = Buffer.from('{"a":1}').toString('base64url');
    expect(grantOf(key, `${notAGrant}.${key.sign('link', notAGrant)}`)).toBeNull();
  });

  it('keep one key in the data folder across starts', async () => {
    const dir = tempDir();
    const first = await openMailActionKey(dir);
    const token = actionToken(first, grant);
    expect((await readFile(join(dir, MAIL_ACTION_KEY_FILE), 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
    const again = await openMailActionKey(dir);
    expect(grantOf(again, token)).toEqual(grant);
  });
});
