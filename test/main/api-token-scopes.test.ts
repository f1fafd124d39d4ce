import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '@shared/model';
import { startApiTestHost } from '../helpers/api-v1';
import { openTestApp } from '../helpers/app';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('API tokens with an owner or scopes', () => {
  it('a token with an owner acts as that user: their items, none of the administrator’s methods', async () => {
    const api = await startApiTestHost(tempDir('tokens'), tempDir('renderer'));
    try {
      const own = (await api.app.as('user-eva').dispatch('items.submit', vatReturn('Eigen aangifte'))) as ItemRecord;
      const { token } = (await api.app.dispatch('apiTokens.create', {
        name: 'Eva’s script',
        ownerUserId: 'user-dirk',
      })) as { token: string };
      const listed = await api.call('GET', '/items', { token });
      expect(listed.status).toBe(200);
      // The item is confidential (vatReturn): Dirk has no part in it, so his token does not see it either.
      expect((listed.json().data as ItemRecord[]).some((i) => i.id === own.id)).toBe(false);
      const connector = await api.call('PUT', '/item-types/type-deal/connector', {
        token,
        body: { type: 'mail', to: 'x@elders.example', templateId: 't' },
      });
      expect(connector.status).toBe(403);
      // As Dirk: naming someone else as the submitter is refused, leaving it out submits as him.
      const asEva = await api.call('POST', '/items', { token, body: vatReturn('Namens Eva') });
      expect(asEva.status).toBe(403);
      const { submitterUserId: _eva, ...mine } = vatReturn('Via het script van Dirk');
      const submitted = await api.call('POST', '/items', { token, body: mine });
      expect(submitted.status, submitted.text).toBe(201);
      expect((submitted.json() as ItemRecord).submitterUserId).toBe('user-dirk');
    } finally {
      await api.close();
    }
  });

  it('an integration token may what its scopes name, nothing more; act-as is a scope of its own', async () => {
    const api = await startApiTestHost(tempDir('tokens'), tempDir('renderer'));
    try {
      const reader = (
        (await api.app.dispatch('apiTokens.create', { name: 'Dashboard', scopes: ['items:read'] })) as { token: string }
      ).token;
      expect((await api.call('GET', '/items', { token: reader })).status).toBe(200);
      const before = ((await api.app.dispatch('items.list', {})) as unknown[]).length;
      expect((await api.call('POST', '/items', { token: reader, body: vatReturn('Mag niet') })).status).toBe(403);
      expect(((await api.app.dispatch('items.list', {})) as unknown[]).length).toBe(before);
      // Without act-as, naming a user is refused.
      expect((await api.call('GET', '/items', { token: reader, actAs: 'user-anna' })).status).toBe(403);
      const portal = (
        (await api.app.dispatch('apiTokens.create', { name: 'Portaal', scopes: ['items:read', 'act-as'] })) as {
          token: string;
        }
      ).token;
      expect((await api.call('GET', '/items', { token: portal, actAs: 'user-eva' })).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('keeps token hashes inside: settings.get and settings.update show no tokens at all', async () => {
    const app = await openTestApp(tempDir('tokens'));
    try {
      await app.dispatch('apiTokens.create', { name: 'Boekhouding', scopes: ['admin'] });
      const hash = app.store.data.settings.apiTokens[0]!.hash;
      for (const answer of [
        await app.dispatch('settings.get', {}),
        await app.dispatch('settings.update', { theme: 'dark' }),
      ]) {
        expect(JSON.stringify(answer)).not.toContain(hash);
        expect(answer).not.toHaveProperty('apiTokens');
      }
    } finally {
      await app.close();
    }
  });

  it('refuses a token with both an owner and scopes, with neither, or with an owner who is not in the directory; nothing is written', async () => {
    const app = await openTestApp(tempDir('tokens'));
    try {
      const before = JSON.stringify(app.store.data.settings.apiTokens);
      const attempts = [
        { name: 'Beide', ownerUserId: 'user-bram', scopes: ['items:read'] },
        { name: 'Geen' },
        { name: 'Niemand', ownerUserId: 'user-bestaat-niet' },
        { name: 'Leeg', scopes: [] },
        { name: 'Onbekend', scopes: ['everything'] },
      ];
      for (const input of attempts) {
        const refused = (await app.dispatch('apiTokens.create', input).catch((e: unknown) => e)) as { code?: string };
        expect(refused.code, input.name).toBe('invalid_input');
      }
      expect(JSON.stringify(app.store.data.settings.apiTokens)).toBe(before);
    } finally {
      await app.close();
    }
  });

  it('migrates tokens made before: integration tokens with scope admin that keep working, said once until read', async () => {
    const dir = tempDir('tokens');
    let app = await openTestApp(dir);
    const { token, info } = (await app.dispatch('apiTokens.create', { name: 'Oude koppeling', scopes: ['admin'] })) as {
      token: string;
      info: { id: string };
    };
    await app.close();
    // As a version before owners and scopes wrote it.
    const file = join(dir, 'stroomlijn.json');
    const old = JSON.parse(readFileSync(file, 'utf8')) as {
      schemaVersion: number;
      settings: { apiTokens: Record<string, unknown>[] };
    };
    old.schemaVersion = 1;
    for (const t of old.settings.apiTokens) delete t.scopes;
    writeFileSync(file, JSON.stringify(old));
    rmSync(`${file}.bak`, { force: true });

    app = await openTestApp(dir);
    const listed = (await app.dispatch('apiTokens.list', {})) as {
      tokens: { id: string; scopes: string[] }[];
      migrated?: string[];
    };
    expect(listed.migrated).toEqual([info.id]);
    expect(listed.tokens.find((t) => t.id === info.id)!.scopes).toEqual(['admin']);
    expect(await app.callers.ofToken(token, undefined)).toEqual({
      kind: 'integration',
      tokenId: info.id,
      scopes: ['admin'],
    });
    await app.dispatch('apiTokens.dismissMigrated', {});
    await app.close();

    app = await openTestApp(dir);
    try {
      expect(((await app.dispatch('apiTokens.list', {})) as { migrated?: string[] }).migrated).toBeUndefined();
      expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(2);
    } finally {
      await app.close();
    }
  });
});
