import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { openTestApp } from '../helpers/app';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { makeUnwritable } from '../helpers/unwritable';
import { outboxOnDisk } from '../helpers/outbox-on-disk';

const tempDir = useTempDirs();
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

/** The real app behind the real HTTP host, sending through a real SMTP server on loopback. */
async function start(): Promise<{ api: ApiTestHost; smtp: TestSmtp; dataDir: string }> {
  const smtp = await startSmtp();
  open.push(smtp);
  const dataDir = tempDir();
  const app = await openTestApp(dataDir, undefined, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
  const api = await startApiTestHost(dataDir, tempDir('renderer'), app);
  open.push(api);
  return { api, smtp, dataDir };
}

const vatReturn = {
  itemTypeId: 'type-accordering',
  subject: 'Btw-aangifte Q4',
  fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst' },
  submitterUserId: 'user-eva',
};

/** A client that tries again after a 5xx, as HTTP clients do (after the disk is writable again). */
async function withRetry(call: () => Promise<{ status: number }>, before: () => void) {
  const first = await call();
  if (first.status < 500) return first;
  before();
  return call();
}

describe('a request whose mail cannot be stored yet (outbox.json unwritable)', () => {
  it('submits an item once: 201, one item, and its mails go once the outbox can be written again', async () => {
    const { api, smtp, dataDir } = await start();
    const earlier = (await api.call('POST', '/items', { body: { ...vatReturn, subject: 'Btw-aangifte Q3' } })).json();
    await api.app.outbox.drain();
    expect(smtp.received).toHaveLength(2);
    const unblock = makeUnwritable(join(dataDir, 'outbox.json'));
    const reply = await withRetry(() => api.call('POST', '/items', { body: vatReturn }), unblock);
    const meanwhile = api.app.outbox.status();
    unblock();
    await api.app.tick();
    await api.app.outbox.drain();

    const listed = await api.call('GET', '/items?itemTypeId=type-accordering&limit=500');
    const items = listed.json().data as { subject: string }[];
    expect(items.filter((i) => i.subject === vatReturn.subject)).toHaveLength(1);
    expect(reply.status).toBe(201);
    // Meanwhile the app said why its mail waited.
    expect(meanwhile.writeFailed).toBe(true);
    const all = (await api.call('GET', '/messages?limit=500')).json().data as OutboxMessage[];
    const messages = all.filter((m) => m.source.itemId !== earlier.id);
    expect(messages.map((m) => [m.to.id, m.status]).sort()).toEqual([
      ['user-bram', 'sent'],
      ['user-chantal', 'sent'],
    ]);
    expect(smtp.received).toHaveLength(4);
    expect(
      smtp.received
        .slice(2)
        .map((m) => m.messageId)
        .sort(),
    ).toEqual(messages.map((m) => m.messageId).sort());
  });

  it('takes an action once: 200, one action, and its mail goes once the outbox can be written again', async () => {
    const { api, smtp, dataDir } = await start();
    const id = (await api.call('POST', '/items', { body: vatReturn })).json().id as string;
    await api.app.outbox.drain();
    expect(smtp.received).toHaveLength(2);
    const unblock = makeUnwritable(join(dataDir, 'outbox.json'));
    const reaction = { text: 'De periode klopt niet.', external: true };
    const reject = { actionNodeId: 'a2', reaction };
    const reply = await withRetry(
      () => api.call('POST', `/items/${id}/actions`, { body: reject, actAs: 'user-bram' }),
      unblock,
    );
    expect(reply.status).toBe(200);
    unblock();
    await api.app.tick();
    await api.app.outbox.drain();

    const item = (await api.call('GET', `/items/${id}`)).json() as { history: { kind: string }[]; pending?: unknown };
    expect(item.history.filter((h) => h.kind === 'acted')).toHaveLength(1);
    const ofItem = (await api.call('GET', `/messages?itemId=${id}&limit=500`)).json().data as OutboxMessage[];
    const toSubmitter = ofItem.filter((m) => m.to.id === 'user-eva');
    expect(toSubmitter.map((m) => m.status)).toEqual(['sent']);
    expect(smtp.received.filter((m) => m.messageId === toSubmitter[0]!.messageId)).toHaveLength(1);
    expect(smtp.received).toHaveLength(3);
  });
});

describe('a mailing that cannot be stored (outbox.json unwritable)', () => {
  it('is refused as not_saved (503), naming the file and why; nothing stays: a retry sends each once', async () => {
    const { api, smtp, dataDir } = await start();
    await api.call('POST', '/items', { body: vatReturn });
    await api.app.outbox.drain();
    const targets = ['contact-eva', 'contact-piet'].map((id) => ({ kind: 'contacts', id }));
    const unblock = makeUnwritable(join(dataDir, 'outbox.json'));
    const refused = await api.call('POST', '/mailings', { body: { targets, templateId: 'tpl-instuurder' } });
    // Not "something went wrong inside Stroomlijn" (500): which file could not be saved, and why.
    expect(refused.status).toBe(503);
    expect(refused.json().error).toEqual({
      code: 'not_saved',
      message:
        'outbox.json could not be saved: a folder or another file stands where it (or its backup) belongs ' +
        '(EISDIR). Nothing was changed; try again once that is put right.',
      issues: [],
      notSaved: { file: 'outbox.json', failure: 'inTheWay' },
    });
    unblock();
    const sent = await api.call('POST', '/mailings', { body: { targets, templateId: 'tpl-instuurder' } });
    expect(sent.status).toBe(201);
    await api.app.outbox.drain();

    const onDisk = outboxOnDisk(dataDir);
    expect(onDisk.mailings.map((m) => m.id)).toEqual([sent.json().id]);
    const copies = onDisk.messages.filter((m) => m.source.kind === 'mailing');
    expect(copies.map((m) => [m.to.id, m.status, m.source.mailingId]).sort()).toEqual([
      ['contact-eva', 'sent', sent.json().id],
      ['contact-piet', 'sent', sent.json().id],
    ]);
    expect(smtp.received).toHaveLength(2 + 2);
  });
});
