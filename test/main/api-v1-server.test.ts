import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Settings } from '@shared/model/settings';
import { startDesktopApi } from '../../main/host/desktop-api';
import { openTestApp } from '../helpers/app';
import { httpRequest } from '../helpers/http';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('API tokens', () => {
  it('keep only a SHA-256 hash and a short prefix; settings without tokens, or as written before, still parse', async () => {
    const app = await openTestApp(tempDir());
    try {
      const { token, info } = (await app.dispatch('apiTokens.create', {
        name: '  Boekhouding  ',
        scopes: ['admin'],
      })) as { token: string; info: Record<string, unknown> };
      expect(token).toMatch(/^stl_[\w-]{43}$/);
      expect(info).toEqual({
        id: expect.any(String),
        name: 'Boekhouding',
        prefix: token.slice(0, 10),
        createdAt: '2026-11-23T09:00:00.000Z',
        scopes: ['admin'],
      });
      const stored = app.store.data.settings.apiTokens.find((t) => t.id === info.id)!;
      expect(stored.hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(app.store.data)).not.toContain(token);
      const listed = (await app.dispatch('apiTokens.list', {})) as { tokens: Record<string, unknown>[] };
      expect(listed.tokens.every((t) => !('hash' in t))).toBe(true);
      expect(await app.apiTokens.verify(token)).toMatchObject({ id: info.id });
      expect(await app.apiTokens.verify(`${token}x`)).toBeNull();
      const missing = await app.dispatch('apiTokens.revoke', { id: 'nope' }).catch((e: { code: string }) => e.code);
      expect(missing).toBe('not_found');
      const nameless = await app
        .dispatch('apiTokens.create', { name: ' ', scopes: ['admin'] })
        .catch((e: { issues: unknown }) => e.issues);
      expect(nameless).toEqual([{ path: 'name', message: expect.any(String) }]);
    } finally {
      await app.close();
    }
    expect(Settings.parse({}).apiTokens).toEqual([]);
    expect(Settings.parse({ language: 'en', apiTokens: [] }).apiTokens).toEqual([]);
  });

  it('makes no token by itself: a new data folder has none (nothing printed grants access)', async () => {
    const app = await openTestApp(tempDir());
    expect(app.store.data.settings.apiTokens).toEqual([]);
    await app.close();
  });

  it('reads a token written before scopes existed as an integration token with scope admin', () => {
    const before = {
      id: 't1',
      name: 'Boekhouding',
      hash: 'a'.repeat(64),
      prefix: 'stl_abcdef',
      createdAt: '2026-11-01T09:00:00.000Z',
    };
    expect(Settings.parse({ apiTokens: [before] }).apiTokens).toEqual([{ ...before, scopes: ['admin'] }]);
  });
});

describe('the desktop app’s API server', () => {
  it('serves /api/v1 on its own loopback port, and says when its port is taken', async () => {
    const app = await openTestApp(tempDir());
    const { token } = await app.apiTokens.create('Boekhouding');
    const server = (await startDesktopApi(app.core, { port: 0, version: '9.9.9' }))!;
    try {
      expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}/api/v1`);
      const host = { host: `127.0.0.1:${server.port}` };
      const health = await httpRequest(server.port, '/api/v1/health', { headers: host });
      expect(health.json()).toEqual({ status: 'ok', name: 'Stroomlijn', version: '0.0.0-test' });
      const types = await httpRequest(server.port, '/api/v1/item-types', {
        headers: { ...host, authorization: `Bearer ${token}` },
      });
      expect(types.status).toBe(200);
      expect((await httpRequest(server.port, '/api/v1/item-types', { headers: { host: 'evil.example' } })).status).toBe(
        403,
      );
      expect((await httpRequest(server.port, '/', { headers: host })).status).toBe(404);
      expect(((await app.dispatch('apiTokens.list', {})) as { baseUrl: string }).baseUrl).toBe(server.baseUrl);

      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const logged: string[] = [];
      const port = (taken.address() as AddressInfo).port;
      const none = await startDesktopApi(app.core, { port, version: '9.9.9', log: (m) => logged.push(m) });
      taken.close();
      expect(none).toBeNull();
      expect(logged[0]).toMatch(/could not listen on 127\.0\.0\.1:\d+/);
    } finally {
      await server.close();
      await app.close();
    }
  });
});
