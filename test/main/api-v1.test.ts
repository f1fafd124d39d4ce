import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';
import { makeUnwritable } from '../helpers/unwritable';
import { until } from '../helpers/until';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
let api: ApiTestHost;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('api-v1'), tempDir('renderer'));
});
afterAll(() => api.close());

const submit = (subject = 'Btw-aangifte Q3') =>
  api.call('POST', '/items', {
    body: vatReturn(subject, { klant: 'Bakkerij de Korenaar' }),
  });

describe('API v1: access', () => {
  it('answers health and the OpenAPI document without a token, and nothing else', async () => {
    const health = await api.call('GET', '/health', { token: null });
    expect(health.status).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', name: 'Stroomlijn', version: '0.0.0-test' });
    const doc = await api.call('GET', '/openapi.json', { token: null });
    expect(doc.status).toBe(200);
    expect(doc.json().openapi).toBe('3.1.0');
    const items = await api.call('GET', '/items', { token: null });
    expect(items.status).toBe(401);
    expect(items.headers['www-authenticate']).toBe('Bearer');
    expect(items.json()).toEqual({
      error: { code: 'unauthorized', message: expect.stringContaining('Authorization: Bearer'), issues: [] },
    });
  });

  it('refuses a wrong token and a revoked one (401), and notes when a token was last used', async () => {
    const wrong = await api.call('GET', '/items', { token: `${api.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.json().error.message).toMatch(/not valid/);

    const { token, info } = (await api.app.dispatch('apiTokens.create', {
      name: 'Boekhouding',
      scopes: ['admin'],
    })) as { token: string; info: { id: string; prefix: string } };
    expect(token.startsWith(info.prefix)).toBe(true);
    expect(JSON.stringify(api.app.store.data.settings)).not.toContain(token);
    expect((await api.call('GET', '/item-types', { token })).status).toBe(200);
    const listed = (await api.app.dispatch('apiTokens.list', {})) as {
      baseUrl: string;
      tokens: { id: string; lastUsedAt?: string }[];
    };
    expect(listed.baseUrl).toBe(`http://127.0.0.1:${api.host.port}/api/v1`);
    expect(listed.tokens.find((t) => t.id === info.id)?.lastUsedAt).toBe('2026-11-23T09:00:00.000Z');

    await api.app.dispatch('apiTokens.revoke', { id: info.id });
    const revoked = await api.call('GET', '/item-types', { token });
    expect(revoked.status).toBe(401);
    expect((await api.call('GET', '/item-types')).status).toBe(200);
  });

  it('answers while the database cannot be written: when a token was used is noted in the background', async () => {
    const dataDir = tempDir('unwritable');
    const clock = fakeClock();
    const own = await startApiTestHost(dataDir, tempDir('renderer'), await openTestApp(dataDir, clock));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unblock = makeUnwritable(join(dataDir, 'stroomlijn.json'));
    try {
      // Reads, and the first use of the token (whose noting fails), answer as ever; not tried again on each call.
      for (const path of ['/item-types', '/items', '/item-types']) {
        expect((await own.call('GET', path)).status).toBe(200);
      }
      const failed = () => logged.mock.calls.filter(([m]) => String(m).includes('when it was last used was not saved'));
      await until(() => failed().length > 0);
      expect(failed()).toHaveLength(1);
      expect(own.app.apiTokens.list()[0]!.lastUsedAt).toBeUndefined();
      // Once the database can be written again, the next use a minute later is noted.
      unblock();
      clock.advance(60_000);
      expect((await own.call('GET', '/items')).status).toBe(200);
      await until(() => own.app.apiTokens.list()[0]!.lastUsedAt === clock.now().toISOString());
    } finally {
      unblock();
      logged.mockRestore();
      await own.close();
    }
  });

  it('refuses a foreign Host header and a foreign Origin (403), health included', async () => {
    const host = await api.call('GET', '/health', { headers: { host: 'evil.example' } });
    expect(host.status).toBe(403);
    expect(host.json().error).toMatchObject({ code: 'forbidden', issues: [] });
    const origin = await api.call('GET', '/items', { headers: { origin: 'http://evil.example' } });
    expect(origin.status).toBe(403);
  });

  it('says 404 for an unknown route and 405 (with Allow) for a known path with another method', async () => {
    const none = await api.call('GET', '/nothing-here');
    expect(none.status).toBe(404);
    expect(none.json().error).toMatchObject({
      code: 'unknown_route',
      message: expect.stringContaining('GET /api/v1/nothing-here'),
    });
    const wrong = await api.call('DELETE', '/items');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST, GET');
    expect(wrong.json().error.code).toBe('method_not_allowed');
  });

  it('refuses a body that is not JSON (415) or does not parse (422, naming the body)', async () => {
    const text = await api.call('POST', '/items', { body: 'subject=x', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.json().error.code).toBe('unsupported_media_type');
    const broken = await api.call('POST', '/items', { body: '{"subject":' });
    expect(broken.status).toBe(422);
    expect(broken.json().error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'body', message: 'is not valid JSON' }],
    });
  });

  it('names the fields at fault (422): in the body, the query and the path', async () => {
    const body = await api.call('POST', '/items', { body: { itemTypeId: '', fields: [] } });
    expect(body.status).toBe(422);
    expect(body.json().error.code).toBe('invalid_input');
    expect(
      body
        .json()
        .error.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['body.fields', 'body.itemTypeId', 'body.subject']);

    const query = await api.call('GET', '/messages?limit=lots&colour=red');
    expect(query.status).toBe(422);
    expect(query.json().error.issues).toEqual([
      { path: 'query.limit', message: 'is not a whole number from 1 to 500' },
      { path: 'query.colour', message: expect.stringContaining('is not a parameter of this route') },
    ]);
    const limit = await api.call('GET', '/messages?limit=lots');
    expect(limit.json().error.issues).toEqual([{ path: 'query.limit', message: expect.any(String) }]);

    // Each directory kind has its own routes: an unknown kind is no route at all.
    const kind = await api.call('DELETE', '/directory/pets/x');
    expect(kind.status).toBe(404);
    expect(kind.json().error.code).toBe('unknown_route');

    const twice = await api.call('POST', '/items/x/actions', {
      body: { itemId: 'y', actionNodeId: 'a1' },
      actAs: 'user-bram',
    });
    expect(twice.json().error.issues).toEqual([
      { path: 'body.itemId', message: 'is given in the path or query; leave it out of the body' },
    ]);

    const notObject = await api.call('POST', '/items', { body: [1] });
    expect(notObject.status).toBe(422);
    expect(notObject.json().error.issues).toEqual([{ path: 'body', message: 'is not a JSON object' }]);
  });
});

describe('API v1: directory, item types, templates', () => {
  it('reads the directory, creates, replaces and deletes an entry', async () => {
    const directory = await api.call('GET', '/directory');
    expect(directory.status).toBe(200);
    expect(directory.json().users.map((u: { id: string }) => u.id)).toContain('user-bram');

    const created = await api.call('POST', '/directory/contacts', {
      body: { name: 'Kees Koster', email: 'kees@example.com', consentEmail: true },
    });
    expect(created.status).toBe(201);
    // The whole entry, and where to read it.
    const { id, name } = created.json();
    expect(name).toBe('Kees Koster');
    expect(created.headers.location).toBe(`/api/v1/directory/contacts/${id}`);
    expect((await api.call('GET', `/directory/contacts/${id}`)).json()).toEqual(created.json());

    const bad = await api.call('PUT', `/directory/contacts/${id}`, {
      body: { name: 'Kees Koster', email: 'no address' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json().error.issues).toEqual([{ path: 'body.email', message: expect.any(String) }]);

    const replaced = await api.call('PUT', `/directory/contacts/${id}`, {
      body: { name: 'Kees Koster', email: 'k.koster@example.com', consentEmail: true },
    });
    expect(replaced.status).toBe(200);
    expect(api.app.store.data.directory.contacts.find((c) => c.id === id)?.email).toBe('k.koster@example.com');

    const removed = await api.call('DELETE', `/directory/contacts/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.json()).toEqual({ removed: true });
    expect((await api.call('DELETE', `/directory/contacts/${id}`)).status).toBe(404);
  });

  it('lists item types and templates, gets one template, and previews one', async () => {
    const types = await api.call('GET', '/item-types');
    expect(types.json().data.map((t: { id: string }) => t.id)).toContain('type-accordering');
    const templates = await api.call('GET', '/templates');
    expect(templates.json().data.map((t: { id: string }) => t.id)).toContain('tpl-beoordelen');
    const one = await api.call('GET', '/templates/tpl-beoordelen');
    expect(one.status).toBe(200);
    expect(one.json().id).toBe('tpl-beoordelen');
    expect((await api.call('GET', '/templates/tpl-nope')).status).toBe(404);

    const preview = await api.call('POST', '/templates/preview', {
      body: {
        template: one.json(),
        itemTypeId: 'type-accordering',
        addressee: { type: 'users', userIds: ['user-bram'] },
      },
    });
    expect(preview.status).toBe(200);
    expect(preview.json().renders.nl.subject).toMatch(/^Te beoordelen/);
    expect(preview.json().recipients.map((r: { id: string }) => r.id)).toEqual(['user-bram']);
  });
});

describe('API v1: workflows', () => {
  it('lists, gets, exports, imports, validates and publishes', async () => {
    const list = await api.call('GET', '/workflows');
    expect(list.json().data.map((w: { id: string }) => w.id)).toContain('wf-accordering');
    const one = await api.call('GET', '/workflows/wf-accordering');
    expect(one.json().name).toBe(list.json().data.find((w: { id: string }) => w.id === 'wf-accordering').name);
    expect((await api.call('GET', '/workflows/wf-nope')).status).toBe(404);

    const exported = await api.call('GET', '/workflows/wf-accordering/export');
    expect(exported.status).toBe(200);
    expect(JSON.parse(exported.json().json).format).toBe('stroomlijn.workflow');
    const imported = await api.call('POST', '/workflows/import', { body: { json: exported.json().json } });
    expect(imported.status).toBe(201);
    const copy = imported.json().id as string;
    expect(copy).not.toBe('wf-accordering');
    expect(imported.headers.location).toBe(`/api/v1/workflows/${copy}`);
    const badImport = await api.call('POST', '/workflows/import', { body: { json: '{"format":"other"}' } });
    expect(badImport.status).toBe(422);

    const validation = await api.call('GET', '/workflows/wf-accordering/validation');
    expect(validation.status).toBe(200);
    expect(validation.json()).toMatchObject({ errors: 0 });

    const published = await api.call('POST', '/workflows/wf-accordering/publish');
    expect(published.status).toBe(200);
    expect(published.json().version).toBe(2);
  });

  it('reports the draft’s errors and refuses to publish it (409)', async () => {
    await api.app.dispatch('workflows.create', { name: 'Leeg' });
    const empty = api.app.store.data.workflows.find((w) => w.name === 'Leeg')!;
    const validation = await api.call('GET', `/workflows/${empty.id}/validation`);
    expect(validation.json().errors).toBeGreaterThan(0);
    expect(validation.json().findings[0]).toMatchObject({
      severity: 'error',
      code: expect.any(String),
      message: expect.any(String),
    });
    const refused = await api.call('POST', `/workflows/${empty.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.json().error.code).toBe('conflict');
  });
});

describe('API v1: items, tasks, reactions', () => {
  it('submits (201), reads with current tasks and history, lists with filters', async () => {
    const submitted = await submit();
    expect(submitted.status).toBe(201);
    const item = submitted.json();
    expect(item).toMatchObject({ status: 'running', itemTypeId: 'type-accordering', submitterUserId: 'user-eva' });

    const read = await api.call('GET', `/items/${item.id}`);
    expect(read.status).toBe(200);
    expect(read.json().currentTasks.map((t: { taskNodeId: string }) => t.taskNodeId)).toEqual(['t1']);
    expect(read.json().currentTasks[0].actions.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2']);
    expect(read.json().history.length).toBeGreaterThan(0);
    expect((await api.call('GET', '/items/nope')).status).toBe(404);
    // A confidential item, asked for as someone who may not see it.
    expect((await api.call('GET', `/items/${item.id}`, { actAs: 'user-dirk' })).status).toBe(403);
    expect((await api.call('GET', `/items/${item.id}?userId=user-bram`)).status).toBe(422);

    const ids = async (query: string) =>
      (await api.call('GET', `/items${query}`)).json().data.map((i: { id: string }) => i.id);
    expect(
      await ids('?status=running&itemTypeId=type-accordering&workflowId=wf-accordering&submitterUserId=user-eva'),
    ).toContain(item.id);
    expect(await ids('?submitterUserId=user-bram')).not.toContain(item.id);
    expect(await ids('?itemTypeId=type-mutatie')).not.toContain(item.id);
    expect(await ids('?status=completed')).not.toContain(item.id);
    const asDirk = await api.call('GET', '/items', { actAs: 'user-dirk' });
    expect(asDirk.json().data.map((i: { id: string }) => i.id)).not.toContain(item.id);
  });

  it('lists a user’s tasks; acting on a task that is not yours is refused (403); acting on yours moves the item on', async () => {
    const item = (await submit('ICP-aangifte')).json();
    const tasks = await api.call('GET', '/tasks', { actAs: 'user-bram' });
    expect(tasks.status).toBe(200);
    expect(tasks.json().data.some((t: { itemId: string }) => t.itemId === item.id)).toBe(true);
    // An integration token has no task list of its own: it names the user it acts for.
    expect((await api.call('GET', '/tasks')).status).toBe(403);

    const notYours = await api.call('POST', `/items/${item.id}/actions`, {
      body: { actionNodeId: 'a1' },
      actAs: 'user-dirk',
    });
    expect(notYours.status).toBe(403);
    expect(notYours.json().error.code).toBe('forbidden');

    const acted = await api.call('POST', `/items/${item.id}/actions`, {
      body: { actionNodeId: 'a2', reaction: { text: 'Periode klopt niet', external: true } },
      actAs: 'user-bram',
    });
    expect(acted.status).toBe(200);
    expect(acted.json().tasks.map((t: { nodeId: string }) => t.nodeId)).toEqual(['t2']);
    const again = await api.call('POST', `/items/${item.id}/actions`, {
      body: { actionNodeId: 'a2' },
      actAs: 'user-bram',
    });
    expect(again.status).toBe(409);
  });

  it('lists an item’s reactions, and only the external ones with external=true', async () => {
    const item = (await submit('Loonheffing')).json();
    await api.call('POST', `/items/${item.id}/actions`, {
      body: { actionNodeId: 'a2', reaction: { text: 'Intern: bel de klant', external: false } },
      actAs: 'user-bram',
    });
    await api.call('POST', `/items/${item.id}/actions`, {
      body: { actionNodeId: 'a3', reaction: { text: 'Aangepast', external: true } },
      actAs: 'user-eva',
    });
    const all = await api.call('GET', `/items/${item.id}/reactions`);
    expect(all.json().data.map((r: { text: string }) => r.text)).toEqual(['Intern: bel de klant', 'Aangepast']);
    const external = await api.call('GET', `/items/${item.id}/reactions?external=true`);
    expect(external.json().data.map((r: { text: string }) => r.text)).toEqual(['Aangepast']);
    const bad = await api.call('GET', `/items/${item.id}/reactions?external=yes`);
    expect(bad.json().error.issues).toEqual([{ path: 'query.external', message: expect.any(String) }]);
  });
});

describe('API v1: messages and mailings', () => {
  it('lists the message history with filters and resends one', async () => {
    const item = (await submit('Berichten')).json();
    await api.app.outbox.drain();
    const messages = await api.call('GET', `/messages?itemId=${item.id}&limit=10`);
    expect(messages.status).toBe(200);
    const { data } = messages.json() as { data: { id: string; subject: string; source: { itemId?: string } }[] };
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((m) => m.source.itemId === item.id)).toBe(true);
    const resent = await api.call('POST', `/messages/${data[0]!.id}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.json()).toMatchObject({ status: 'queued', subject: data[0]!.subject });
    expect((await api.call('POST', '/messages/nope/resend')).status).toBe(404);
  });

  it('checks, sends, reads and stops a mailing', async () => {
    const targets = [{ kind: 'contacts', id: 'contact-eva' }];
    const check = await api.call('POST', '/mailings/check', { body: { targets } });
    expect(check.json().recipients.map((r: { id: string }) => r.id)).toEqual(['contact-eva']);
    const sent = await api.call('POST', '/mailings', { body: { targets, templateId: 'tpl-instuurder' } });
    expect(sent.status).toBe(201);
    // The whole mailing, as GET answers it, and where to read it again.
    const mailingId = sent.json().id as string;
    expect(sent.headers.location).toBe(`/api/v1/mailings/${mailingId}`);
    const read = await api.call('GET', `/mailings/${mailingId}`);
    expect(read.status).toBe(200);
    expect(read.json()).toEqual(sent.json());
    const cancelled = await api.call('POST', `/mailings/${mailingId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json()).toEqual({ cancelled: expect.any(Number) });
  });
});
