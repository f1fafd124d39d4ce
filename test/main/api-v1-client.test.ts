import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../api-client/generated/api-v1';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';
import type { TestSmtp } from '../helpers/smtp';

const tempDir = useTempDirs();
let api: ApiTestHost;
let smtp: TestSmtp;
const closing: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1-client'), tempDir('renderer'));
  smtp = await sendThroughSmtp(api.app, (it) => (closing.push(it), it));
});
afterAll(async () => {
  await api.close();
  await Promise.all(closing.map((c) => c.close()));
});

/** The integrator's client: openapi-fetch typed by the types generated from the served document. */
const client = (actAs?: string) =>
  createClient<paths>({
    baseUrl: `http://127.0.0.1:${api.host.port}/api/v1`,
    headers: { authorization: `Bearer ${api.token}`, ...(actAs ? { 'x-act-as': actAs } : {}) },
  });

type ItemPage = paths['/items']['get']['responses'][200]['content']['application/json'];

describe('an integrator drives the API v1 with the generated client (openapi-fetch)', () => {
  it('submits an approval message, the reviewer approves it, the status reads back; a record’s trigger is scheduled', async () => {
    const { data: submitted, response } = await client().POST('/items', {
      body: vatReturn('Btw-aangifte Q4 2026 Bakkerij de Korenaar', { klant: 'Bakkerij de Korenaar' }),
      headers: { 'idempotency-key': 'korenaar-q4' },
    });
    expect(response.status).toBe(201);
    const id = submitted!.id;

    const { data: item } = await client().GET('/items/{id}', { params: { path: { id } } });
    expect(item).toMatchObject({ id, status: 'running', subject: 'Btw-aangifte Q4 2026 Bakkerij de Korenaar' });
    const approve = item!.currentTasks[0]!.actions.find((a) => a.role === 'approve')!;

    const { data: tasks } = await client('user-bram').GET('/tasks');
    expect(tasks!.data.map((t) => t.itemId)).toContain(id);
    const { data: acted, response: actedReply } = await client('user-bram').POST('/items/{id}/actions', {
      params: { path: { id } },
      body: { actionNodeId: approve.id, reaction: { text: 'Klopt met de administratie.', external: true } },
    });
    expect(actedReply.status).toBe(200);
    expect(acted!.itemStatus).toBe('approved');

    const { data: after } = await client().GET('/items/{id}', { params: { path: { id } } });
    expect(after).toMatchObject({ status: 'completed', itemStatus: 'approved', currentTasks: [] });
    expect(after!.history.filter((h) => h.kind === 'acted').map((h) => ('userId' in h ? h.userId : null))).toEqual([
      'user-bram',
    ]);

    const { data: deal, response: created } = await client().POST('/records', {
      body: {
        entity: 'deal',
        title: 'Dakisolatie Dekker',
        fields: { stage: 'Offerte', status: 'Bezoek - Afspraak gemaakt', contact: 'contact-piet' },
      },
    });
    expect(created.status).toBe(201);
    await client().PATCH('/records/{id}', {
      params: { path: { id: deal!.id } },
      body: { fields: { status: 'Offertezoek - Offerte aangevraagd' } },
    });
    const { data: schedule } = await client().GET('/schedule', {
      params: { query: { until: '2026-12-31T00:00:00.000Z' } },
    });
    const mine = schedule!.data.filter((e) => e.recordId === deal!.id);
    expect(mine.map((e) => [e.kind, e.recordTitle, e.messages.map((m) => m.to.map((t) => t.name))])).toEqual([
      ['delayed', 'Dakisolatie Dekker', [['Piet Mulder']]],
      ['reminder', 'Dakisolatie Dekker', [['Piet Mulder']]],
    ]);
    // The messages of the approval went out over the real SMTP server, to the reviewers the task named.
    await api.app.outbox.drain();
    const { data: sent } = await client().GET('/messages', { params: { query: { itemId: id } } });
    expect(sent!.data.map((m) => [m.status, m.to.name]).sort()).toEqual([
      ['sent', 'Bram Jansen'],
      ['sent', 'Chantal Bakker'],
    ]);
    const mailed = smtp.received.flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((t) => t?.value ?? []));
    expect(mailed.map((a) => a.address).sort()).toEqual([
      'bram.jansen@stroomlijn.example',
      'chantal.bakker@mail.example',
    ]);
  });

  it('submits with an Idempotency-Key twice and gets one item, then pages through the items', async () => {
    const body = vatReturn('Btw-aangifte januari 2027 Bakkerij de Korenaar', { klant: 'Bakkerij de Korenaar' });
    const headers = { 'idempotency-key': 'korenaar-2027-01' };
    const first = await client().POST('/items', { body, headers });
    const again = await client().POST('/items', { body, headers });
    expect(first.response.status).toBe(201);
    expect(first.response.headers.get('location')).toBe(`/api/v1/items/${first.data!.id}`);
    expect(again.response.status).toBe(201);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(again.data).toEqual(first.data);
    const reused = await client().POST('/items', { body: { ...body, subject: 'Btw-aangifte februari 2027' }, headers });
    expect(reused.response.status).toBe(422);
    expect(JSON.stringify(reused.error)).toContain('"code":"idempotency_key_reused"');

    for (const month of ['februari', 'maart', 'april']) {
      const { response } = await client().POST('/items', { body: vatReturn(`Btw-aangifte ${month} 2027`) });
      expect(response.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: { limit: number; cursor?: string } = { limit: 2, ...(cursor ? { cursor } : {}) };
      const { data: page, response }: { data?: ItemPage; response: Response } = await client().GET('/items', {
        params: { query },
      });
      expect(response.status).toBe(200);
      expect(page!.data.length).toBeLessThanOrEqual(2);
      seen.push(...page!.data.map((i) => i.id));
      cursor = page!.next;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const { data: all } = await client().GET('/items');
    expect(seen.sort()).toEqual(all!.data.map((i) => i.id).sort());
    expect(seen.filter((id) => id === first.data!.id)).toHaveLength(1);
    const subjects = await Promise.all(
      seen.map(async (id) => (await client().GET('/items/{id}', { params: { path: { id } } })).data!.subject),
    );
    expect(subjects.filter((s) => s.includes('januari 2027'))).toHaveLength(1);
  });
});
