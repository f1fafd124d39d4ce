import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type OutboundPolicy, safeFetch } from '../../main/net/safe-fetch';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

/** A real server on 127.0.0.1 that counts every TCP connection and request it sees; `answer` writes each reply. */
async function target(answer: (path: string, res: ServerResponse) => void = (_, res) => res.end('hallo')) {
  const seen = {
    connections: 0,
    requests: [] as { method: string; path: string; headers: IncomingHttpHeaders; body: string }[],
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      answer(req.url ?? '', res);
    });
  });
  server.on('connection', () => seen.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, seen };
}

const open: OutboundPolicy = { allowedHosts: [], ownPorts: [] };
const get = (url: string, policy = open) => safeFetch({ method: 'GET', url, timeoutMs: 5000 }, policy);

describe('safe outbound calls (SSRF)', () => {
  it('refuses every loopback, private, link-local, CGNAT and unspecified form without connecting', async () => {
    const { port, seen } = await target();
    const urls = [
      `http://127.0.0.1:${port}/`,
      `http://127.1:${port}/`,
      `http://2130706433:${port}/`,
      `http://0x7f.0.0.1:${port}/`,
      `http://017700000001:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://[0:0:0:0:0:ffff:7f00:1]:${port}/`,
      `http://0.0.0.0:${port}/`,
      `http://[::]:${port}/`,
      `http://localhost:${port}/`,
      `http://LOCALHOST.:${port}/`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://224.0.0.1/',
    ];
    const outcomes = await Promise.all(urls.map((u) => get(u)));
    for (const [i, outcome] of outcomes.entries())
      expect([urls[i], outcome]).toEqual([
        urls[i],
        { ok: false, refused: true, error: expect.stringMatching(/^refused: /) as string },
      ]);
    expect(
      outcomes.map(
        (o) => !o.ok && /is (a loopback|an unspecified|a private|a link-local|a shared|a multicast)/.test(o.error),
      ),
    ).toEqual(urls.map(() => true));
    expect((outcomes[10] as { error: string }).error).toBe(
      'refused: localhost resolves to 127.0.0.1, which is a loopback address (this computer) (an administrator can allow this host in Settings → Webhooks)',
    );
    expect((outcomes[6] as { error: string }).error).toMatch(/^refused: ::ffff:7f00:1 is a loopback address/);
    expect(seen).toEqual({ connections: 0, requests: [] });
  });

  it('refuses other schemes and non-addresses', async () => {
    expect(await get('file:///etc/passwd')).toEqual({
      ok: false,
      refused: true,
      error: 'refused: only http and https may be called, not file',
    });
    expect(await get('gopher://127.0.0.1:70/')).toMatchObject({ ok: false, refused: true });
    expect(await get('not a url')).toMatchObject({ ok: false, refused: true });
  });

  it('calls an allowlisted host on loopback, with method, headers and body, and returns status and body', async () => {
    const { port, seen } = await target((_, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{"id":7}');
    });
    const policy = { allowedHosts: ['127.0.0.1'], ownPorts: [] };
    const outcome = await safeFetch(
      {
        method: 'PUT',
        url: `http://127.1:${port}/a?b=1`,
        headers: { 'x-sleutel': 'geheim' },
        body: '{"x":1}',
        timeoutMs: 5000,
      },
      policy,
    );
    expect(outcome).toEqual({
      ok: true,
      status: 201,
      body: '{"id":7}',
      truncated: false,
      url: `http://127.0.0.1:${port}/a?b=1`,
      redirects: 0,
    });
    expect(seen.requests).toEqual([
      {
        method: 'PUT',
        path: '/a?b=1',
        headers: expect.objectContaining({ 'x-sleutel': 'geheim', host: `127.0.0.1:${port}` }) as object,
        body: '{"x":1}',
      },
    ]);
    // By name too: the allowlist names the host the URL names.
    const byName = await get(`http://localhost:${port}/`, { allowedHosts: ['LocalHost'], ownPorts: [] });
    expect(byName).toMatchObject({ ok: true, status: 201, body: '{"id":7}' });
    // Allowlisting opens loopback and private networks, never the unspecified address.
    expect(await get(`http://0.0.0.0:${port}/`, { allowedHosts: ['0.0.0.0'], ownPorts: [] })).toMatchObject({
      ok: false,
      refused: true,
    });
    expect(seen.requests).toHaveLength(2);
  });

  it('re-checks every redirect: an allowlisted host that redirects to loopback is refused before the second connection', async () => {
    const inner = await target();
    const outer = await target((_, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${inner.port}/geheim` });
      res.end();
    });
    const outcome = await get(`http://localhost:${outer.port}/`, { allowedHosts: ['localhost'], ownPorts: [] });
    expect(outcome).toEqual({
      ok: false,
      refused: true,
      error: expect.stringContaining(
        `refused: 127.0.0.1 is a loopback address (this computer) (an administrator can allow this host in Settings → Webhooks) (redirected to http://127.0.0.1:${inner.port}/geheim)`,
      ) as string,
    });
    expect(outer.seen.requests).toHaveLength(1);
    expect(inner.seen).toEqual({ connections: 0, requests: [] });
  });

  it('follows allowed redirects (a 303 as GET without body), at most five', async () => {
    const end = await target((_, res) => res.end('eind'));
    const hops = await target((path, res) => {
      const n = Number(path.slice(1));
      res.writeHead(n === 0 ? 303 : 307, { location: n >= 2 ? `http://localhost:${end.port}/eind` : `/${n + 1}` });
      res.end();
    });
    const policy = { allowedHosts: ['127.0.0.1', 'localhost'], ownPorts: [] };
    const outcome = await safeFetch(
      {
        method: 'POST',
        url: `http://127.0.0.1:${hops.port}/0`,
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer x',
          'x-api-key': 'geheim',
          'idempotency-key': 'k1',
        },
        body: '{}',
        timeoutMs: 5000,
      },
      policy,
    );
    expect(outcome).toMatchObject({
      ok: true,
      status: 200,
      body: 'eind',
      url: `http://localhost:${end.port}/eind`,
      redirects: 3,
    });
    expect(hops.seen.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/0', '{}'],
      ['GET', '/1', ''],
      ['GET', '/2', ''],
    ]);
    // The credentials stay with the origin they were meant for.
    expect(hops.seen.requests[2]!.headers).toMatchObject({ authorization: 'Bearer x', 'x-api-key': 'geheim' });
    expect(end.seen.requests[0]!.headers.authorization).toBeUndefined();
    expect(end.seen.requests[0]!.headers['x-api-key']).toBeUndefined();
    expect(end.seen.requests[0]!.headers['idempotency-key']).toBe('k1');

    const loop = await target((_, res) => {
      res.writeHead(302, { location: '/again' });
      res.end();
    });
    expect(await get(`http://127.0.0.1:${loop.port}/`, policy)).toEqual({
      ok: false,
      refused: true,
      error: 'refused: more than 5 redirects',
    });
    expect(loop.seen.requests).toHaveLength(6);
  });

  it('refuses our own API port on every local address, even allowlisted', async () => {
    const api = await target();
    const policy = { allowedHosts: ['127.0.0.1', 'localhost', '::1'], ownPorts: [api.port] };
    for (const url of [
      `http://127.0.0.1:${api.port}/api/v1/items`,
      `http://localhost:${api.port}/api/v1/items`,
      `http://127.0.0.2:${api.port}/`,
    ]) {
      expect(await get(url, policy)).toMatchObject({ ok: false, refused: true });
    }
    expect((await get(`http://127.0.0.1:${api.port}/api/v1/items`, policy)) as { error: string }).toMatchObject({
      error: `refused: 127.0.0.1 is this computer, and port ${api.port} is Stroomlijn's own API`,
    });
    expect(api.seen.connections).toBe(0);
  });

  it('reads at most the size limit of an answer, and gives up on a receiver that does not answer in time', async () => {
    const big = await target((_, res) => res.end('x'.repeat(300_000)));
    const policy = { allowedHosts: ['127.0.0.1'], ownPorts: [] };
    const outcome = await safeFetch(
      { method: 'GET', url: `http://127.0.0.1:${big.port}/`, timeoutMs: 5000, maxBodyBytes: 1000 },
      policy,
    );
    expect(outcome).toMatchObject({ ok: true, status: 200, truncated: true });
    expect((outcome as { body: string }).body).toHaveLength(1000);
    const silent = await target(() => undefined);
    expect(await safeFetch({ method: 'GET', url: `http://127.0.0.1:${silent.port}/`, timeoutMs: 50 }, policy)).toEqual({
      ok: false,
      refused: false,
      error: 'no answer within 0.05 s',
    });
  });

  it('says when a name does not resolve or nobody listens (worth trying again)', async () => {
    expect(await get('http://bestaat-niet.invalid/')).toMatchObject({
      ok: false,
      refused: false,
      error: expect.stringMatching(/^bestaat-niet\.invalid could not be resolved/) as string,
    });
    const gone = await target();
    await closers.pop()!();
    expect(await get(`http://127.0.0.1:${gone.port}/`, { allowedHosts: ['127.0.0.1'], ownPorts: [] })).toEqual({
      ok: false,
      refused: false,
      error: 'ECONNREFUSED',
    });
  });
});
