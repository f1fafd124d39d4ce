import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApiTestHost } from '../helpers/api-v1';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { startSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';

const DAY = 86_400_000;
const tempDir = useTempDirs();
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The real app with a real SMTP server (which refuses Piet's mail with a 550), behind the API v1. */
async function office() {
  const smtp = await startSmtp();
  cleanup.push(() => smtp.close());
  const dir = tempDir();
  const clock = fakeClock();
  const open = async () => {
    const api = await startApiTestHost(dir, tempDir('renderer'), await openTestApp(dir, clock));
    cleanup.push(() => api.close());
    return api;
  };
  const api = await open();
  const { senders, defaultSenderId } = (await api.app.dispatch('mail.settings', {})) as {
    senders: unknown[];
    defaultSenderId: string;
  };
  await api.app.dispatch('mail.saveSettings', {
    smtp: { host: '127.0.0.1', port: smtp.port, secure: false },
    senders,
    defaultSenderId,
  });
  return { smtp, clock, api, open, dir };
}

// Eva, Piet and Jonas have an address and consent; Sanne gave no consent; Henk has no address.
const targets = ['contact-eva', 'contact-piet', 'contact-sanne', 'contact-henk', 'contact-jonas'].map((id) => ({
  kind: 'contacts',
  id,
}));

describe('API v1: a mailing reports its progress', () => {
  it('counts queued, sent, failed and skipped, also once its history moved to the archive', async () => {
    const o = await office();
    let refused = 0;
    o.smtp.behaviour = () => (refused++ === 1 ? { code: 550, message: 'mailbox unavailable' } : 'accept');
    o.api.app.outbox.pause();
    const sent = await o.api.call('POST', '/mailings', { body: { targets, templateId: 'tpl-offerte-aangevraagd' } });
    expect(sent.status).toBe(201);
    const { id: mailingId } = sent.json() as { id: string };
    const read = async (api = o.api) => {
      const reply = await api.call('GET', `/mailings/${mailingId}`, { token: o.api.token });
      expect(reply.status).toBe(200);
      return reply.json() as { templateId: string; createdAt: string; progress: Record<string, number> };
    };
    expect(await read()).toMatchObject({
      templateId: 'tpl-offerte-aangevraagd',
      createdAt: '2026-11-23T09:00:00.000Z',
      progress: { total: 5, queued: 3, sending: 0, sent: 0, failed: 0, skipped: 2 },
    });
    o.api.app.outbox.resume();
    await o.api.app.outbox.drain();
    const done = { total: 5, queued: 0, sending: 0, sent: 2, failed: 1, skipped: 2 };
    expect((await read()).progress).toEqual(done);
    // A day later the history is in the monthly archive: the counts are the same.
    await o.api.close();
    cleanup.pop();
    o.clock.advance(DAY + 60_000);
    const later = await o.open();
    const live = JSON.parse(readFileSync(join(o.dir, 'outbox.json'), 'utf8')) as {
      messages: { source: { mailingId?: string } }[];
    };
    expect(live.messages.filter((m) => m.source.mailingId === mailingId)).toEqual([]);
    expect(await later.app.dispatch('messages.list', { mailingId, status: 'sent' })).toHaveLength(2);
    expect((await read(later)).progress).toEqual(done);
  });

  it('cancelling stops what still waits; an unknown mailing is 404 for reading and for cancelling', async () => {
    const o = await office();
    o.api.app.outbox.pause();
    const { id: mailingId } = (
      await o.api.call('POST', '/mailings', {
        body: { targets, templateId: 'tpl-offerte-aangevraagd' },
      })
    ).json() as { id: string };
    const cancelled = await o.api.call('POST', `/mailings/${mailingId}/cancel`);
    expect(cancelled.json()).toEqual({ cancelled: 3 });
    const progress = (await o.api.call('GET', `/mailings/${mailingId}`)).json().progress;
    expect(progress).toEqual({ total: 5, queued: 0, sending: 0, sent: 0, failed: 0, skipped: 5 });
    for (const [method, path] of [
      ['GET', '/mailings/nope'],
      ['POST', '/mailings/nope/cancel'],
    ] as const) {
      const reply = await o.api.call(method, path);
      expect(reply.status).toBe(404);
      expect(reply.json().error).toMatchObject({ code: 'not_found', message: 'There is no mailing with id "nope".' });
    }
  });
});

describe('API v1: the connector of an item type', () => {
  it('PUT with null removes it, as the OpenAPI document says', async () => {
    const o = await office();
    const connector = { type: 'mail', to: 'boekhouding@kantoor.example', templateId: 'tpl-instuurder' };
    const set = await o.api.call('PUT', '/item-types/type-accordering/connector', { body: connector });
    expect(set.status).toBe(200);
    expect(set.json().connector).toEqual(connector);
    const removed = await o.api.call('PUT', '/item-types/type-accordering/connector', { body: 'null' });
    expect(removed.status).toBe(200);
    expect(removed.json().connector).toBeUndefined();
    expect(o.api.app.store.data.itemTypes.find((t) => t.id === 'type-accordering')!.connector).toBeUndefined();
    const doc = (await o.api.call('GET', '/openapi.json')).json();
    const body = doc.paths['/item-types/{id}/connector'].put.requestBody.content['application/json'].schema;
    expect(JSON.stringify(body)).toContain('"type":"null"');
    const unknown = await o.api.call('PUT', '/item-types/nope/connector', { body: 'null' });
    expect(unknown.status).toBe(404);
  });
});
