import { describe, expect, it } from 'vitest';
import type { Connector, ItemRecord, OutboxMessage } from '@shared/model';
import { RETRY_DELAYS_MS } from '../../main/engine/retry';
import { fakeClock } from '../helpers/clock';
import { startReceiver } from '../helpers/receiver';
import type { AddressObject } from 'mailparser';
import type { TestSmtp } from '../helpers/smtp';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
const apps = useTestApps();
const open = (dir = tempDir(), clock = fakeClock()) => apps.open(dir, clock);
type App = Awaited<ReturnType<typeof open>>;
const receiver = async (answer?: Parameters<typeof startReceiver>[0]) => {
  return apps.track(await startReceiver(answer));
};
/** Set the connector; the receivers of these tests listen on loopback, which the admin allowlists (Settings → Webhooks). */
const connect = (app: App, connector: Connector, allowedHosts = ['127.0.0.1']) =>
  app.store.update((d) => {
    d.itemTypes.find((t) => t.id === 'type-accordering')!.connector = connector;
    d.settings.webhookAllowedHosts = allowedHosts;
  });
const payload = {
  soort: 'btw-aangifte',
  periode: '2026-Q3',
  bedrag: 1234.56,
  regels: [{ rubriek: '1a', omzet: 5878 }],
};
const vat = { ...vatReturn('Btw-aangifte Q3', { klant: 'Bakkerij de Korenaar' }), payload };
const submit = (app: App) => app.as('user-eva').dispatch('items.submit', vat) as Promise<ItemRecord>;
const approve = async (app: App, id: string) => {
  const item = (await app.as('user-bram').dispatch('items.act', {
    itemId: id,
    actionNodeId: 'a1',
    reaction: { text: 'Gecontroleerd, akkoord', external: true },
  })) as ItemRecord;
  await app.runtime.idle();
  return item;
};
const get = (app: App, id: string) => app.dispatch('items.get', { id }) as Promise<ItemRecord>;
/** The approval type mails approved messages with a template that shows the payload. */
const levering = async (app: App) => {
  await app.store.update((d) =>
    d.templates.push({
      id: 'tpl-levering',
      name: 'Levering',
      channel: 'email',
      attachments: [],
      texts: { nl: { subject: 'Goedgekeurd: {{Item.Subject}}', html: '<pre>{{Item.Payload}}</pre>' } },
    } as never),
  );
  await connect(app, { type: 'mail', to: 'aangifte@belastingdienst.example', templateId: 'tpl-levering' });
};

describe('approval messages delivered through their connector (seed 002)', () => {
  it('POSTs the approved payload with the reviewer and reaction to the configured address, once', async () => {
    const app = await open();
    const other = await receiver();
    await connect(app, {
      type: 'webhook',
      url: other.url,
      headers: { authorization: 'Bearer geheim' },
      maxAttempts: 6,
    });
    const item = await submit(app);
    expect(item.payload).toEqual(payload);
    const approved = await approve(app, item.id);
    expect(approved).toMatchObject({ status: 'completed', itemStatus: 'approved' });
    expect(other.received).toHaveLength(1);
    const [request] = other.received;
    expect(request!.method).toBe('POST');
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer geheim',
      'idempotency-key': `${item.id}:${approved.seq}:deliver`,
    });
    expect(request!.body).toEqual({
      event: 'item.approved',
      item: {
        id: item.id,
        number: item.number,
        subject: 'Btw-aangifte Q3',
        itemTypeId: 'type-accordering',
        status: 'approved',
        fields: { berichtsoort: 'btw-aangifte', instantie: 'Belastingdienst', klant: 'Bakkerij de Korenaar' },
      },
      payload,
      approval: {
        by: 'user-bram',
        at: '2026-11-23T09:00:00.000Z',
        reaction: { text: 'Gecontroleerd, akkoord', external: true },
      },
    });
    const read = await get(app, item.id);
    expect(read.delivery).toEqual({
      via: 'webhook',
      status: 'delivered',
      attempts: 1,
      at: '2026-11-23T09:00:00.000Z',
      responseStatus: 200,
    });
    expect(read.history.at(-1)).toMatchObject({ kind: 'delivered', detail: `${new URL(other.url).host} answered 200` });
    // Delivered and ended: the item moved to the archive, still readable with its delivery.
    expect(app.runtime.open().map((i) => i.id)).not.toContain(item.id);
    await app.runtime.tick();
    await app.runtime.idle();
    expect(other.received).toHaveLength(1);
  });

  it('retries while the receiver is down, with the same idempotency key, then delivers', async () => {
    const clock = fakeClock();
    const app = await open(tempDir(), clock);
    const other = await receiver((_, n) => (n <= 2 ? 503 : 200));
    await connect(app, { type: 'webhook', url: other.url, headers: {}, maxAttempts: 6 });
    const item = await submit(app);
    await approve(app, item.id);
    expect((await get(app, item.id)).delivery).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 503: status 503',
    });
    await app.runtime.tick();
    await app.runtime.idle();
    expect(other.received).toHaveLength(1);
    clock.advance(RETRY_DELAYS_MS[0]!);
    await app.runtime.tick();
    await app.runtime.idle();
    expect(other.received).toHaveLength(2);
    clock.advance(RETRY_DELAYS_MS[1]!);
    await app.runtime.tick();
    await app.runtime.idle();
    expect(other.received.map((r) => r.headers['idempotency-key'])).toEqual(
      Array(3).fill(other.received[0]!.headers['idempotency-key']),
    );
    expect((await get(app, item.id)).delivery).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 200 });
  });

  it('gives up on a refusal (4xx) at once and after the last attempt otherwise, saying why', async () => {
    const app = await open();
    const refusing = await receiver(() => 422);
    await connect(app, { type: 'webhook', url: refusing.url, headers: {}, maxAttempts: 6 });
    const refused = await submit(app);
    await approve(app, refused.id);
    expect((await get(app, refused.id)).delivery).toMatchObject({
      status: 'failed',
      attempts: 1,
      responseStatus: 422,
      lastError: 'HTTP 422: status 422',
    });
    expect((await get(app, refused.id)).history.at(-1)!.detail).toBe(
      'delivery attempt 1 failed: HTTP 422: status 422 — given up',
    );

    const down = await receiver(() => 500);
    await connect(app, { type: 'webhook', url: down.url, headers: {}, maxAttempts: 1 });
    const unlucky = await submit(app);
    await approve(app, unlucky.id);
    expect((await get(app, unlucky.id)).delivery).toMatchObject({ status: 'failed', attempts: 1 });
    const nobody = await submit(app);
    const gone = await startReceiver();
    await gone.close();
    await connect(app, { type: 'webhook', url: gone.url, headers: {}, maxAttempts: 1 });
    await approve(app, nobody.id);
    expect((await get(app, nobody.id)).delivery).toMatchObject({ status: 'failed', lastError: 'ECONNREFUSED' });
  });

  it('refuses a receiver on this computer that the admin did not allowlist, at once and for good, without connecting', async () => {
    const app = await open();
    const other = await receiver();
    await connect(
      app,
      { type: 'webhook', url: other.url.replace('127.0.0.1', '127.1'), headers: {}, maxAttempts: 6 },
      [],
    );
    const item = await submit(app);
    await approve(app, item.id);
    const read = await get(app, item.id);
    expect(read.delivery).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError:
        'refused: 127.0.0.1 is a loopback address (this computer) (an administrator can allow this host in Settings → Webhooks)',
    });
    expect(read.history.at(-1)!.detail).toMatch(/^delivery attempt 1 failed: refused: .* — given up$/);
    expect(other.received).toHaveLength(0);
  });

  it('delivers nothing for a rejected message, which reads as rejected with the reaction', async () => {
    const app = await open();
    const other = await receiver();
    await connect(app, { type: 'webhook', url: other.url, headers: {}, maxAttempts: 6 });
    const item = await submit(app);
    await app.as('user-bram').dispatch('items.act', {
      itemId: item.id,
      actionNodeId: 'a2',
      reaction: { text: 'Periode klopt niet', external: true },
    });
    await app.runtime.idle();
    const read = await get(app, item.id);
    expect(read).toMatchObject({
      itemStatus: 'rejected',
      reactions: [{ text: 'Periode klopt niet', external: true, userId: 'user-bram' }],
    });
    expect(read.delivery).toBeUndefined();
    expect(other.received).toHaveLength(0);
  });

  it('mails an approved message with the payload; with no SMTP server it stays pending, captured', async () => {
    const app = await open();
    await levering(app);
    const item = await submit(app);
    await approve(app, item.id);
    const mails = ((await app.dispatch('messages.list', { itemId: item.id })) as OutboxMessage[]).filter(
      (m) => m.to.kind === 'address',
    );
    expect(mails.map((m) => [m.to.email, m.subject])).toEqual([
      ['aangifte@belastingdienst.example', 'Goedgekeurd: Btw-aangifte Q3'],
    ]);
    expect(mails[0]!.text).toContain('"periode": "2026-Q3"');
    const queued = { via: 'mail', status: 'pending', attempts: 0, messageId: mails[0]!.id };
    expect((await get(app, item.id)).delivery).toMatchObject(queued);
    await app.outbox.drain();
    await app.runtime.idle();
    // Kept in the capture mailbox is not delivered: nothing reached a mail server.
    const captured = { status: 'pending', lastError: expect.stringContaining('capture mailbox') };
    expect((await get(app, item.id)).delivery).toMatchObject(captured);
  });

  it('delivers after a restart what was approved but not yet delivered when the app stopped', async () => {
    const dir = tempDir();
    const clock = fakeClock();
    let app = await open(dir, clock);
    const other = await receiver((_, n) => (n === 1 ? 503 : 200));
    await connect(app, { type: 'webhook', url: other.url, headers: {}, maxAttempts: 6 });
    const item = await submit(app);
    await approve(app, item.id);
    await apps.close(app);
    clock.advance(RETRY_DELAYS_MS[0]!);
    app = await open(dir, clock);
    await app.runtime.tick();
    await app.runtime.idle();
    expect(other.received).toHaveLength(2);
    expect((await get(app, item.id)).delivery).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});

describe('the mail connector reports what the SMTP server answered', () => {
  /** The mails the server accepted for the connector's address (the reviewers get their task mails too). */
  const toConnector = (smtp: TestSmtp) =>
    smtp.received.filter((m) => (m.to as AddressObject).text.includes('aangifte@belastingdienst.example'));
  const withSmtp = (app: App) => sendThroughSmtp(app, apps.track);

  it('is delivered only once the server accepted the mail, with its answer', async () => {
    const app = await open();
    const smtp = await withSmtp(app);
    await levering(app);
    const item = await submit(app);
    await approve(app, item.id);
    // Queued, not yet sent: still pending.
    expect((await get(app, item.id)).delivery).toMatchObject({ via: 'mail', status: 'pending' });
    await app.outbox.drain();
    await app.runtime.idle();
    expect(toConnector(smtp).map((m) => m.subject)).toEqual(['Goedgekeurd: Btw-aangifte Q3']);
    const read = await get(app, item.id);
    expect(read.delivery).toMatchObject({ via: 'mail', status: 'delivered', attempts: 1, responseStatus: 250 });
    expect(read.delivery!.response).toMatch(/^250/);
    const said = expect.stringContaining('mailed to aangifte@belastingdienst.example: 250');
    expect(read.history.at(-1)).toMatchObject({ kind: 'delivered', detail: said });
    expect(app.runtime.open().map((i) => i.id)).not.toContain(item.id);
  });

  it('fails with the server’s answer when it refuses the mail with a 550', async () => {
    const app = await open();
    const smtp = await withSmtp(app);
    smtp.behaviour = () => ({ code: 550, message: 'Mailbox unavailable: aangifte' });
    await levering(app);
    const item = await submit(app);
    await approve(app, item.id);
    await app.outbox.drain();
    await app.runtime.idle();
    const read = await get(app, item.id);
    const answer = expect.stringContaining('550 Mailbox unavailable: aangifte');
    expect(read.delivery).toMatchObject({ via: 'mail', status: 'failed', responseStatus: 550, lastError: answer });
    expect(read.history.at(-1)).toMatchObject({ kind: 'error', detail: answer });
    expect(toConnector(smtp)).toEqual([]);
  });

  it('learns the outcome after a restart when the mail was queued before the app stopped', async () => {
    const dir = tempDir();
    let app = await open(dir);
    const smtp = await withSmtp(app);
    await levering(app);
    const item = await submit(app);
    await approve(app, item.id);
    await apps.close(app);
    app = await open(dir);
    await app.runtime.resume();
    await app.outbox.drain();
    await app.runtime.idle();
    expect(toConnector(smtp)).toHaveLength(1);
    expect((await get(app, item.id)).delivery).toMatchObject({ status: 'delivered', responseStatus: 250 });
  });
});

describe('setting the connector and pausing the engine', () => {
  it('saves a connector through the API, refuses a bad one field by field, and removes it', async () => {
    const app = await open();
    const saved = (await app.dispatch('itemTypes.saveConnector', {
      itemTypeId: 'type-accordering',
      connector: { type: 'webhook', url: 'https://boekhouding.example/api/berichten' },
    })) as { connector: unknown };
    expect(saved.connector).toEqual({
      type: 'webhook',
      url: 'https://boekhouding.example/api/berichten',
      headers: {},
      maxAttempts: 6,
    });
    const bad = (await app
      .dispatch('itemTypes.saveConnector', {
        itemTypeId: 'type-accordering',
        connector: { type: 'webhook', url: 'ftp://x.example/', maxAttempts: 0 },
      })
      .catch((e: unknown) => e)) as { issues: { path: string }[] };
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['connector.maxAttempts', 'connector.url']);
    const noTemplate = (await app
      .dispatch('itemTypes.saveConnector', {
        itemTypeId: 'type-accordering',
        connector: { type: 'mail', to: 'a@b.example', templateId: 'nope' },
      })
      .catch((e: unknown) => e)) as { issues: { path: string; message: string }[] };
    expect(noTemplate.issues).toEqual([{ path: 'connector.templateId', message: 'is not a template' }]);
    expect(app.store.data.itemTypes.find((t) => t.id === 'type-accordering')!.connector).toMatchObject({
      type: 'webhook',
    });
    await app.dispatch('itemTypes.saveConnector', { itemTypeId: 'type-accordering', connector: null });
    expect(app.store.data.itemTypes.find((t) => t.id === 'type-accordering')!.connector).toBeUndefined();
  });

  it('holds timers and deliveries while the engine is paused and catches up when it resumes', async () => {
    const clock = fakeClock();
    const app = await open(tempDir(), clock);
    const other = await receiver();
    await connect(app, { type: 'webhook', url: other.url, headers: {}, maxAttempts: 6 });
    expect(await app.dispatch('engine.pause', { paused: true })).toMatchObject({ paused: true });
    const item = await submit(app);
    expect(await app.dispatch('engine.status', {})).toMatchObject({
      paused: true,
      openItems: 1,
      timers: 1,
      waitingMessages: 2,
    });
    await approve(app, item.id);
    clock.advance(3 * 86_400_000);
    expect(await app.runtime.tick()).toBe(0);
    expect(other.received).toHaveLength(0);
    expect((await get(app, item.id)).delivery).toMatchObject({ status: 'pending', attempts: 0 });
    await app.dispatch('engine.pause', { paused: false });
    await app.runtime.idle();
    expect(other.received).toHaveLength(1);
    expect(await app.dispatch('engine.status', {})).toMatchObject({ paused: false, openItems: 0, timers: 0 });
  });
});
