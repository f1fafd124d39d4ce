import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Settings } from '../../shared/model/settings';
import { startDesktopApi } from '../../main/host/desktop-api';
import { openTestApp } from '../helpers/app';
import { httpRequest } from '../helpers/http';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('API tokens', () => {
  it('keep only a SHA-256 hash and a short prefix; settings without tokens, or as written before, still parse', async () => {
    const app = await openTestApp(tempDir());
    try {
      const { token, info } = (await app.dispatch('apiTokens.create', { name: '  Boekhouding  ' })) as { token: string; info: Record<string, unknown> };
      expect(token).toMatch(/^stl_[\w-]{43}$/);
      expect(info).toEqual({ id: expect.any(String), name: 'Boekhouding', prefix: token.slice(0, 10), createdAt: '2026-11-23T09:00:00.000Z' });
      const stored = app.store.data.settings.apiTokens.find((t) => t.id === info.id)!;
      expect(stored.hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(app.store.data)).not.toContain(token);
      const listed = (await app.dispatch('apiTokens.list', {})) as { tokens: Record<string, unknown>[] };
      expect(listed.tokens.every((t) => !('hash' in t))).toBe(true);
      expect(await app.apiTokens.verify(token)).toMatchObject({ id: info.id });
      expect(await app.apiTokens.verify(`${token}x`)).toBeNull();
      const missing = await app.dispatch('apiTokens.revoke', { id: 'nope' }).catch((e: { code: string }) => e.code);
      expect(missing).toBe('not_found');
      const nameless = await app.dispatch('apiTokens.create', { name: ' ' }).catch((e: { issues: unknown }) => e.issues);
      expect(nameless).toEqual([{ path: 'name', message: expect.any(String) }]);
    } finally {
      await app.close();
    }
    expect(Settings.parse({}).apiTokens).toEqual([]);
    expect(Settings.parse({ language: 'en', apiTokens: [] }).apiTokens).toEqual([]);
  });

  it('makes the first token only on the start that created the database', async () => {
    const dataDir = tempDir();
    const first = await openTestApp(dataDir);
    expect(first.firstApiToken).toMatch(/^stl_/);
    expect(first.store.data.settings.apiTokens.map((t) => t.name)).toEqual(['First token']);
    await first.close();
    const second = await openTestApp(dataDir);
    expect(second.firstApiToken).toBeUndefined();
    expect(second.store.data.settings.apiTokens).toHaveLength(1);
    await second.close();
  });
});

describe('the desktop app’s API server', () => {
  it('serves /api/v1 on its own loopback port, prints the first token, and says when its port is taken', async () => {
    const app = await openTestApp(tempDir());
    const printed: string[] = [];
    const server = (await startDesktopApi(app, { port: 0, version: '9.9.9', print: (l) => printed.push(l) }))!;
    try {
      expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}/api/v1`);
      expect(printed.join('\n')).toContain(`API token: ${app.firstApiToken}`);
      expect(printed.join('\n')).toContain(server.baseUrl);
      const host = { host: `127.0.0.1:${server.port}` };
      const health = await httpRequest(server.port, '/api/v1/health', { headers: host });
      expect(health.json()).toEqual({ status: 'ok', name: 'Stroomlijn', version: '0.0.0-test' });
      const types = await httpRequest(server.port, '/api/v1/item-types', { headers: { ...host, authorization: `Bearer ${app.firstApiToken}` } });
      expect(types.status).toBe(200);
      expect((await httpRequest(server.port, '/api/v1/item-types', { headers: { host: 'evil.example' } })).status).toBe(403);
      expect((await httpRequest(server.port, '/', { headers: host })).status).toBe(404);
      expect(((await app.dispatch('apiTokens.list', {})) as { baseUrl: string }).baseUrl).toBe(server.baseUrl);

      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const logged: string[] = [];
      const none = await startDesktopApi(app, { port: (taken.address() as AddressInfo).port, version: '9.9.9', print: () => undefined, log: (m) => logged.push(m) });
      taken.close();
      expect(none).toBeNull();
      expect(logged[0]).toMatch(/could not listen on 127\.0\.0\.1:\d+/);
    } finally {
      await server.close();
      await app.close();
    }
  });
});
