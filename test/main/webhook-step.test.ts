import { describe, expect, it } from 'vitest';
import type { ItemRecord, Workflow } from '@shared/model';
import { RETRY_DELAYS_MS } from '../../main/engine/retry';
import { startApiServer } from '../../main/http/api-server';
import { fakeClock } from '../helpers/clock';
import { startReceiver } from '../helpers/receiver';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const { track, open: openApp } = useTestApps();
const open = (clock = fakeClock()) => openApp(tempDir(), clock);
type App = Awaited<ReturnType<typeof open>>;
const receiver = async (answer?: Parameters<typeof startReceiver>[0]) => track(await startReceiver(answer));
const at = { x: 0, y: 0 };
const TYPE = 'type-uitgaande-post';

/** Publish start → webhook → end for the item type "uitgaande post", with the webhook step as given. */
async function publishWebhook(app: App, webhook: Record<string, unknown>) {
  const wf = (await app.dispatch('workflows.create', { name: 'Naar de boekhouding', itemTypeId: TYPE })) as Workflow;
  await app.dispatch('workflows.saveDraft', {
    id: wf.id,
    graph: {
      nodes: [
        { id: 's', kind: 'start', position: at, trigger: { type: 'itemSubmitted' } },
        { id: 'h', kind: 'webhook', position: at, title: 'Boekhouding', ...webhook },
        { id: 'e', kind: 'end', position: at },
      ],
      edges: [
        { id: '1', source: 's', target: 'h' },
        { id: '2', source: 'h', target: 'e' },
      ],
    },
  });
  await app.dispatch('workflows.publish', { id: wf.id });
  await app.store.update((d) => {
    d.itemTypes.find((t) => t.id === TYPE)!.workflowId = wf.id;
  });
}
const allow = (app: App, hosts: string[]) => app.dispatch('settings.update', { webhookAllowedHosts: hosts });
const submit = (app: App, subject = 'Offerte "Korenaar" \\ 2026') =>
  app.as('user-eva').dispatch('items.submit', {
    itemTypeId: TYPE,
    subject,
    fields: { onderwerp: 'Offerte\nregel 2' },
    submitterUserId: 'user-eva',
  }) as Promise<ItemRecord>;
const get = (app: App, id: string) => app.dispatch('items.get', { id }) as Promise<ItemRecord>;
const settle = async (app: App) => {
  await app.runtime.tick();
  await app.runtime.idle();
};

describe('webhook steps in a published workflow', () => {
  it('POSTs the rendered JSON body with the step’s headers and an Idempotency-Key, in the background, and keeps the answer', async () => {
    const app = await open();
    const other = await receiver();
    await allow(app, ['127.0.0.1']);
    await publishWebhook(app, {
      method: 'POST',
      url: other.url,
      headers: { Authorization: 'Bearer geheim', 'X-Bron': 'stroomlijn', 'Idempotency-Key': 'eigen' },
      bodyTemplate:
        '{"onderwerp": "{{Item.Subject}}", "nummer": "{{Item.Number}}", "tekst": "{{Item.onderwerp}}", "door": "{{Submitter.Name}}", "soort": "{{Item.Type}}"}',
    });
    const item = await submit(app);
    // The click returns at once: the call runs beside it.
    expect(item.webhooks).toEqual([
      {
        key: expect.any(String) as string,
        nodeId: 'h',
        method: 'POST',
        url: other.url,
        status: 'pending',
        attempts: 0,
      },
    ]);
    await app.runtime.idle();
    expect(other.received).toHaveLength(1);
    const [request] = other.received;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/berichten');
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer geheim',
      'x-bron': 'stroomlijn',
      'idempotency-key': item.webhooks![0]!.key,
    });
    expect(request!.body).toEqual({
      onderwerp: 'Offerte "Korenaar" \\ 2026',
      nummer: item.number,
      tekst: 'Offerte\nregel 2',
      door: 'Eva Smit (portal)',
      soort: 'Uitgaande post',
    });
    const read = await get(app, item.id);
    expect(read.status).toBe('completed');
    expect(read.webhooks).toEqual([
      {
        key: item.webhooks![0]!.key,
        nodeId: 'h',
        method: 'POST',
        url: other.url,
        status: 'done',
        attempts: 1,
        at: '2026-11-23T09:00:00.000Z',
        responseStatus: 200,
        responseBody: 'ok',
      },
    ]);
    expect(read.history.at(-1)).toEqual({
      at: '2026-11-23T09:00:00.000Z',
      kind: 'webhook',
      nodeId: 'h',
      detail: `POST ${other.url} answered 200`,
    });
    // Done and ended: it moved to the archive and is not called again.
    expect(app.runtime.open().map((i) => i.id)).not.toContain(item.id);
    await settle(app);
    expect(other.received).toHaveLength(1);
  });

  it('tries again after a 503 with backoff and the same Idempotency-Key, and gives up after the retries', async () => {
    const clock = fakeClock();
    const app = await open(clock);
    const other = await receiver((_, n) => (n <= 2 ? 503 : 200));
    await allow(app, ['127.0.0.1']);
    await publishWebhook(app, {
      method: 'PUT',
      url: other.url,
      retries: 3,
      bodyTemplate: '{"nummer": "{{Item.Number}}"}',
    });
    const item = await submit(app);
    await app.runtime.idle();
    const first = await get(app, item.id);
    expect(first.status).toBe('completed');
    expect(first.webhooks![0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      responseStatus: 503,
      responseBody: 'status 503',
      error: 'HTTP 503: status 503',
      nextAttemptAt: '2026-11-23T09:01:00.000Z',
    });
    expect(first.history.at(-1)!.detail).toBe(
      `webhook PUT ${other.url}, attempt 1: HTTP 503: status 503 — next attempt at 2026-11-23T09:01:00.000Z`,
    );
    expect(app.runtime.open().map((i) => i.id)).toContain(item.id);
    await settle(app);
    expect(other.received).toHaveLength(1);
    clock.advance(RETRY_DELAYS_MS[0]!);
    await settle(app);
    expect(other.received).toHaveLength(2);
    clock.advance(RETRY_DELAYS_MS[1]! - 1);
    await settle(app);
    expect(other.received).toHaveLength(2);
    clock.advance(1);
    await settle(app);
    expect(other.received.map((r) => [r.method, r.headers['idempotency-key']])).toEqual(
      Array(3).fill(['PUT', item.webhooks![0]!.key]),
    );
    const done = await get(app, item.id);
    expect(done.webhooks![0]).toMatchObject({ status: 'done', attempts: 3, responseStatus: 200, responseBody: 'ok' });
    expect(done.webhooks![0]!.error).toBeUndefined();
    expect(done.history.filter((h) => h.nodeId === 'h').map((h) => h.kind)).toEqual(['error', 'error', 'webhook']);

    const down = await receiver(() => 500);
    await publishWebhook(app, { method: 'POST', url: down.url, retries: 1 });
    const unlucky = await submit(app, 'Pech');
    await app.runtime.idle();
    clock.advance(RETRY_DELAYS_MS[0]!);
    await settle(app);
    clock.advance(RETRY_DELAYS_MS.at(-1)! * 10);
    await settle(app);
    expect(down.received).toHaveLength(2);
    // Without a template the body is the item itself.
    expect(down.received[0]!.body).toMatchObject({
      event: 'workflow.webhook',
      item: { id: unlucky.id, subject: 'Pech', fields: { onderwerp: 'Offerte\nregel 2' } },
    });
    const failed = await get(app, unlucky.id);
    expect(failed.webhooks![0]).toMatchObject({ status: 'failed', attempts: 2, responseStatus: 500 });
    expect(failed.history.at(-1)!.detail).toBe(`webhook POST ${down.url}, attempt 2: HTTP 500: status 500 — given up`);
    expect(app.runtime.open().map((i) => i.id)).not.toContain(unlucky.id);
  });

  it('refuses a loopback address that is not allowlisted, for good, with the reason in the history and no connection', async () => {
    const clock = fakeClock();
    const app = await open(clock);
    const other = await receiver();
    await publishWebhook(app, { method: 'POST', url: other.url.replace('127.0.0.1', '127.1') });
    const item = await submit(app);
    await app.runtime.idle();
    clock.advance(RETRY_DELAYS_MS[0]!);
    await settle(app);
    const read = await get(app, item.id);
    expect(read.webhooks![0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      error:
        'refused: 127.0.0.1 is a loopback address (this computer) (an administrator can allow this host in Settings → Webhooks)',
    });
    expect(read.webhooks![0]!.responseStatus).toBeUndefined();
    expect(read.history.at(-1)).toMatchObject({
      kind: 'error',
      nodeId: 'h',
      detail: expect.stringMatching(
        /^webhook POST http:\/\/127\.1:\d+\/berichten, attempt 1: refused: 127\.0\.0\.1 is a loopback address .* — given up$/,
      ) as string,
    });
    expect(other.received).toHaveLength(0);
  });

  it('refuses our own API even when its host is allowlisted', async () => {
    const app = await open();
    const { dispatch, callers, apiTokens: tokens, idempotency } = app.core;
    const options = { dispatch, callers, tokens, idempotency, version: 'test', port: 0, log: () => undefined };
    const api = track(await startApiServer(options));
    await allow(app, ['127.0.0.1', 'localhost']);
    await publishWebhook(app, { method: 'POST', url: `http://localhost:${api.port}/api/v1/items` });
    const item = await submit(app);
    await app.runtime.idle();
    expect((await get(app, item.id)).webhooks![0]).toMatchObject({
      status: 'failed',
      error: `refused: localhost resolves to 127.0.0.1, which is this computer, and port ${api.port} is Stroomlijn's own API`,
    });
  });

  it('fails at once when the body template does not render JSON, saying why', async () => {
    const app = await open();
    const other = await receiver();
    await allow(app, ['127.0.0.1']);
    await publishWebhook(app, { method: 'POST', url: other.url, bodyTemplate: '{"onderwerp": {{Item.Subject}} }' });
    const item = await submit(app, 'geen getal');
    await app.runtime.idle();
    const read = await get(app, item.id);
    expect(read.webhooks![0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: expect.stringMatching(/^the body template does not render: the body is not JSON: /) as string,
    });
    expect(other.received).toHaveLength(0);
  });

  it('refuses a bad webhook step and a bad allowlist entry field by field', async () => {
    const app = await open();
    const wf = (await app.dispatch('workflows.create', { name: 'Fout', itemTypeId: TYPE })) as Workflow;
    const bad = (await app
      .dispatch('workflows.saveDraft', {
        id: wf.id,
        graph: {
          nodes: [
            {
              id: 'h',
              kind: 'webhook',
              position: at,
              url: 'ftp://x.example/',
              headers: { 'Geen naam': 'x', 'X-Regel': 'a\r\nb' },
              timeoutSeconds: 0,
              retries: 11,
            },
          ],
          edges: [],
        },
      })
      .catch((e: unknown) => e)) as { issues: { path: string; message: string }[] };
    expect(bad.issues.map((i) => [i.path.replace(/^graph\.nodes\[0\]\./, ''), i.message]).sort()).toEqual([
      ['headers.Geen naam', 'is not a header name'],
      ['headers.X-Regel', 'must be one line'],
      ['retries', 'must be at most 10'],
      ['timeoutSeconds', 'must be at least 1'],
      ['url', 'is not a URL'],
    ]);
    const hosts = (await app
      .dispatch('settings.update', { webhookAllowedHosts: ['crm.kantoor.lan', 'http://x/', ''] })
      .catch((e: unknown) => e)) as { issues: { path: string; message: string }[] };
    expect(hosts.issues).toEqual([
      { path: 'webhookAllowedHosts[1]', message: 'is not a host name or IP address (no http://, port or path)' },
      { path: 'webhookAllowedHosts[2]', message: 'must not be empty' },
    ]);
    expect(app.store.data.settings.webhookAllowedHosts).toEqual([]);
    expect(
      await app.dispatch('settings.update', { webhookAllowedHosts: [' CRM.Kantoor.lan ', '10.0.0.5'] }),
    ).toMatchObject({ webhookAllowedHosts: ['crm.kantoor.lan', '10.0.0.5'] });
  });
});
