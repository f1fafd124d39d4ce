import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHost, startBrowserHost } from '../../main/http/browser-host';
import { openTestApp, type TestApp as App } from '../helpers/app';
import { httpRequest, rpc as rpcAs, sessionTokenOf } from '../helpers/http';
import { giveSignIn, signInOverRpc } from '../helpers/sign-in';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let app: App;
let host: BrowserHost;
let port: number;
/** The session cookie of the sample administrator, signed in. */
let cookie: string;
const local = () => ({ host: `127.0.0.1:${port}` });
const SCRIPT = 'console.log("de app");\n'.repeat(200);
const rpc = (p: number, token: string, method: string, input: unknown) => rpcAs(p, token, method, input, cookie);

// One app and host for the file (signing in costs a few password hashes).
beforeAll(async () => {
  const rendererDir = tempDir('renderer');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>x</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), SCRIPT);
  // As the build leaves them (renderer/vite-precompress.ts): compressed copies beside the asset.
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(rendererDir, 'assets', 'plain-1234.css'), 'body{}');
  app = await openTestApp(tempDir());
  host = await startBrowserHost({
    dispatch: app.core.dispatch,
    callers: app.core.callers,
    rendererDir,
    port: 0,
    log: () => undefined,
  });
  port = host.port;
  await giveSignIn(app, 'user-anna', 'anna');
  cookie = await signInOverRpc(port, host.token, 'anna');
});

afterAll(async () => {
  await host.close();
  await app.close();
});

describe('browser host', () => {
  it('listens on 127.0.0.1 and serves the page with this start’s session token and a CSP', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${port}/`);
    const page = await httpRequest(port, '/', { headers: local() });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta name="stroomlijn-session" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['cache-control']).toBe('no-store');
    expect(await sessionTokenOf(port)).toBe(host.token);
  });

  it('serves hashed assets for good, 404s missing ones, and never serves files outside its folder', async () => {
    const asset = await httpRequest(port, '/assets/app-1234.js', { headers: local() });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await httpRequest(port, '/assets/missing.js', { headers: local() })).status).toBe(404);
    const escape = await httpRequest(port, '/..%2f..%2fetc%2fpasswd', { headers: local() });
    expect(escape.text).not.toContain('root:');
  });

  it('sends an asset compressed as the browser accepts it: brotli first, then gzip, else as it is', async () => {
    const get = (acceptEncoding?: string) =>
      httpRequest(port, '/assets/app-1234.js', {
        headers: { ...local(), ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      });
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.raw).toString()).toBe(SCRIPT);
    const gz = await get('gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.raw).toString()).toBe(SCRIPT);
    expect((await get('br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(SCRIPT);
    // An asset the build left uncompressed goes out as it is, whatever the browser takes.
    const css = await httpRequest(port, '/assets/plain-1234.css', {
      headers: { ...local(), 'accept-encoding': 'br, gzip' },
    });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.text).toBe('body{}');
  });

  it('answers an API call that carries the token', async () => {
    const reply = await rpc(port, host.token, 'directory.get', {});
    expect(reply.status).toBe(200);
    expect(reply.json().value.users.length).toBeGreaterThan(0);
  });

  it('refuses calls without the session token, or with a wrong one (401)', async () => {
    const headers = { ...local(), 'content-type': 'application/json', cookie };
    const none = await httpRequest(port, '/api/rpc/directory.get', { method: 'POST', headers, body: '{}' });
    expect(none.status).toBe(401);
    expect(none.json().error).toEqual({
      code: 'unauthorized',
      message: 'This request carries no session token; reload the page.',
    });
    const wrong = await rpc(port, 'x'.repeat(host.token.length), 'directory.get', {});
    expect(wrong.status).toBe(401);
    expect(wrong.json().error.message).toMatch(/not valid/);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin (403), page included', async () => {
    const page = await httpRequest(port, '/', { headers: { host: `evil.example:${port}` } });
    expect(page.status).toBe(403);
    expect(page.text).not.toContain(host.token);
    const call = await httpRequest(port, '/api/rpc/directory.get', {
      method: 'POST',
      headers: { host: 'evil.example', 'content-type': 'application/json', 'x-stroomlijn-session': host.token },
      body: '{}',
    });
    expect(call.status).toBe(403);
    expect(call.json().error.code).toBe('forbidden');
    const origin = await httpRequest(port, '/api/rpc/directory.get', {
      method: 'POST',
      headers: {
        ...local(),
        origin: 'http://evil.example',
        'content-type': 'application/json',
        'x-stroomlijn-session': host.token,
      },
      body: '{}',
    });
    expect(origin.status).toBe(403);
    expect((await httpRequest(port, '/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('lists each bad field of invalid input (400) and changes nothing', async () => {
    const reply = await rpc(port, host.token, 'directory.save', {
      kind: 'persons',
      entry: { firstName: '', lastName: 7, workEmail: 'x@' },
    });
    expect(reply.status).toBe(400);
    const { error } = reply.json();
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: 'entry.firstName', message: 'is required' },
      { path: 'entry.lastName', message: 'must be text' },
      { path: 'entry.workEmail', message: 'is not a valid e-mail address' },
    ]);
    const unknownKind = await rpc(port, host.token, 'directory.save', { kind: 'aliens', entry: {} });
    expect(unknownKind.json().error.issues[0].path).toBe('kind');
  });

  it('refuses bodies that are not JSON, and API calls that are not POST', async () => {
    const form = await httpRequest(port, '/api/rpc/directory.get', {
      method: 'POST',
      headers: { ...local(), 'content-type': 'application/x-www-form-urlencoded', 'x-stroomlijn-session': host.token },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await httpRequest(port, '/api/rpc/directory.get', {
      method: 'POST',
      headers: { ...local(), 'content-type': 'application/json', 'x-stroomlijn-session': host.token },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
    expect(broken.json().error.message).toBe('The request body is not valid JSON.');
    expect((await httpRequest(port, '/api/rpc/directory.get', { headers: local() })).status).toBe(405);
    expect((await rpc(port, host.token, 'nope.nope', {})).status).toBe(404);
  });
});
