import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { httpRequest, type Reply, rpc, sessionTokenOf } from '../helpers/http';
import { useTempDirs } from '../helpers/temp-dir';
import { giveSignIn, signInOverRpc } from '../helpers/sign-in';

const tempDir = useTempDirs();
let api: ApiTestHost;
let session: string;
/** Eva's session cookie: the RPC calls are hers. */
let cookie: string;

beforeAll(async () => {
  api = await startApiTestHost(tempDir('http-edge'), tempDir('renderer'));
  session = await sessionTokenOf(api.host.port);
  await giveSignIn(api.app, 'user-eva', 'eva');
  cookie = await signInOverRpc(api.host.port, session, 'eva');
});
afterAll(() => api.close());

/** An approval message whose payload nests `depth` levels (the body itself is one more). */
const submission = (subject: string, depth = 0) =>
  `{"itemTypeId":"type-accordering","subject":"${subject}",` +
  `"fields":{"berichtsoort":"btw-aangifte","instantie":"Belastingdienst"},` +
  `"submitterUserId":"user-eva","payload":${'['.repeat(depth)}1${']'.repeat(depth)}}`;

const hostHeader = () => ({ host: `127.0.0.1:${api.host.port}` });
const json = { 'content-type': 'application/json' };
const apiV1Headers = () => ({ ...hostHeader(), ...json, authorization: `Bearer ${api.token}` });
const rpcHeaders = () => ({ ...hostHeader(), ...json, 'x-stroomlijn-session': session, cookie });
const send = (path: string, method: string, headers: Record<string, string>, body?: string) =>
  httpRequest(api.host.port, path, { method, headers, ...(body === undefined ? {} : { body }) });
type ErrorBody = { code: string; message: string; issues?: { path: string; message: string }[] };
const apiError = (reply: Reply) => reply.json().error as ErrorBody;

/** The store still takes writes: an item submitted now is there, and reads back. */
async function stillWrites(subject: string): Promise<void> {
  const submitted = await api.call('POST', '/items', { body: submission(subject) });
  expect(submitted.status).toBe(201);
  expect((await api.call('GET', `/items/${submitted.json().id}`)).json().subject).toBe(subject);
  expect((await rpc(api.host.port, session, 'items.list', {}, cookie)).status).toBe(200);
}

describe('JSON nested too deep is refused at the edge', () => {
  it('API v1: 64 levels are taken; 65 and 5,000 are refused with 422 naming the body, storing nothing', async () => {
    const items = async () => ((await api.call('GET', '/items?limit=500')).json() as { data: unknown[] }).data.length;
    const before = await items();
    expect((await api.call('POST', '/items', { body: submission('Diep 64', 63) })).status).toBe(201);
    for (const depth of [64, 5_000]) {
      const refused = await api.call('POST', '/items', { body: submission(`Diep ${depth + 1}`, depth) });
      expect(refused.status).toBe(422);
      const issues = [{ path: 'body', message: expect.stringContaining('64 levels') }];
      expect(apiError(refused)).toMatchObject({ code: 'invalid_input', issues });
    }
    expect(await items()).toBe(before + 1);
    await stillWrites('Na de diepe aanvraag');
  });

  it('browser host RPC: 5,000 levels are refused with 400, and the store is not poisoned', async () => {
    const refused = await send('/api/rpc/items.submit', 'POST', rpcHeaders(), submission('Diep via RPC', 5_000));
    expect(refused.status).toBe(400);
    expect(apiError(refused)).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('64 levels') });
    await stillWrites('Na de diepe RPC');
  });
});

describe('a body too large is 413', () => {
  const big = submission(`Groot ${'x'.repeat(13 * 1024 * 1024)}`);

  it('API v1 and RPC, whether it says its length or comes in chunks', async () => {
    const v1 = await send('/api/v1/items', 'POST', apiV1Headers(), big);
    expect(v1.status).toBe(413);
    expect(apiError(v1)).toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('12 MB') });
    const viaRpc = await send('/api/rpc/items.submit', 'POST', rpcHeaders(), big);
    expect(viaRpc.status).toBe(413);
    expect(apiError(viaRpc).code).toBe('payload_too_large');
    // Without a length: refused once 12 MB came in, and the client still reads the answer.
    const chunked = await send('/api/v1/items', 'POST', { ...apiV1Headers(), 'transfer-encoding': 'chunked' }, big);
    expect(chunked.status).toBe(413);
    expect(apiError(chunked).code).toBe('payload_too_large');
    await stillWrites('Na de grote aanvraag');
  });
});

describe('malformed percent-encoding in the address is refused (API v1: 422 naming where, RPC: 400)', () => {
  it.each([
    ['a path parameter of API v1', '/api/v1/items/%E0%A4%A', 'path'],
    ['an API v1 query', '/api/v1/items?status=%E0%A4%A', 'query'],
    ['an API v1 query name', '/api/v1/items?st%Fatus=running', 'query'],
  ])('%s, in the API v1 error shape', async (_what, path, where) => {
    const reply = await send(path, 'GET', apiV1Headers());
    expect(reply.status).toBe(422);
    const issues = [{ path: where, message: 'has a malformed percent-encoding' }];
    const error = { code: 'invalid_input', message: expect.stringContaining('percent-encoding'), issues };
    expect(reply.json()).toEqual({ error });
  });

  it.each([
    ['an RPC method name', '/api/rpc/items.li%E0st', 'POST'],
    ['a page of the app', '/%E0%A4%A', 'GET'],
  ])('%s, in the browser host', async (_what, path, method) => {
    const reply = await send(path, method, rpcHeaders(), method === 'POST' ? '{}' : undefined);
    expect(reply.status).toBe(400);
    const message = expect.stringContaining('percent-encoding');
    expect(apiError(reply)).toMatchObject({ code: 'invalid_input', message });
  });

  it('leaves the store as it was', async () => {
    await stillWrites('Na de kapotte adressen');
  });
});
