import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_FILE } from '../../main/http/api-v1/idempotency-store';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

/** The items with this subject in the store. */
const itemsCalled = async (api: ApiTestHost, subject: string) =>
  ((await api.app.dispatch('items.list', {})) as { subject: string }[]).filter((i) => i.subject === subject);

const submit = (api: ApiTestHost, key: string, subject: string, token?: string) =>
  api.call('POST', '/items', {
    body: vatReturn(subject),
    headers: { 'idempotency-key': key },
    ...(token ? { token } : {}),
  });

describe('API v1: Idempotency-Key on a creating POST', () => {
  it('the same key twice makes one item: the second answer is the first again, marked replayed', async () => {
    const api = await startApiTestHost(tempDir('idem'), tempDir('renderer'));
    try {
      const first = await submit(api, 'btw-q3-2026', 'Btw-aangifte Q3 Korenaar');
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await submit(api, 'btw-q3-2026', 'Btw-aangifte Q3 Korenaar');
      expect(again.status).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.location).toBe(first.headers.location);
      expect(again.json()).toEqual(first.json());
      // The same body with its keys in another order is the same request.
      const { subject, ...rest } = vatReturn('Btw-aangifte Q3 Korenaar');
      const reordered = await api.call('POST', '/items', {
        body: { ...rest, subject },
        headers: { 'idempotency-key': 'btw-q3-2026' },
      });
      expect(reordered.headers['idempotent-replayed']).toBe('true');
      expect(await itemsCalled(api, 'Btw-aangifte Q3 Korenaar')).toHaveLength(1);

      // The same key with another body: refused, nothing made.
      const other = await submit(api, 'btw-q3-2026', 'Btw-aangifte Q4 Korenaar');
      expect(other.status).toBe(422);
      expect(other.json().error).toMatchObject({
        code: 'idempotency_key_reused',
        issues: [{ path: 'header.Idempotency-Key', message: 'was used for another request' }],
      });
      expect(await itemsCalled(api, 'Btw-aangifte Q4 Korenaar')).toHaveLength(0);

      // Keys are per token: another token's same key is its own.
      const { token } = await api.app.apiTokens.create('Tweede koppeling');
      expect(
        (await submit(api, 'btw-q3-2026', 'Btw-aangifte Q3 Korenaar', token)).headers['idempotent-replayed'],
      ).toBeUndefined();
      expect(await itemsCalled(api, 'Btw-aangifte Q3 Korenaar')).toHaveLength(2);

      // A refused request keeps nothing: after a 422 the key is still free for a good request.
      const bad = await api.call('POST', '/items', {
        body: { ...vatReturn('Leeg'), subject: '' },
        headers: { 'idempotency-key': 'k2' },
      });
      expect(bad.status).toBe(422);
      expect((await submit(api, 'k2', 'Loonheffing november')).status).toBe(201);
      expect(await itemsCalled(api, 'Loonheffing november')).toHaveLength(1);

      const badKey = await submit(api, 'met spatie', 'Sleutel met spatie');
      expect(badKey.status).toBe(422);
      expect(badKey.json().error.issues[0].path).toBe('header.Idempotency-Key');
      expect(await itemsCalled(api, 'Sleutel met spatie')).toHaveLength(0);
    } finally {
      await api.close();
    }
  });

  it('two requests with one key at the same time make one item (the later one 409 or a replay)', async () => {
    const api = await startApiTestHost(tempDir('idem-race'), tempDir('renderer'));
    try {
      const replies = await Promise.all([submit(api, 'race', 'Gelijktijdig'), submit(api, 'race', 'Gelijktijdig')]);
      expect(await itemsCalled(api, 'Gelijktijdig')).toHaveLength(1);
      const statuses = replies.map((r) => r.status).sort();
      expect([
        [201, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      const refused = replies.find((r) => r.status === 409);
      if (refused) expect(refused.json().error.code).toBe('conflict');
      else expect(replies.map((r) => r.headers['idempotent-replayed'] ?? 'no').sort()).toEqual(['no', 'true']);
    } finally {
      await api.close();
    }
  });

  it('keeps its keys across a restart of the host, for 24 hours', async () => {
    const dataDir = tempDir('idem-restart');
    const clock = fakeClock();
    const first = await startApiTestHost(dataDir, tempDir('renderer'), await openTestApp(dataDir, clock));
    const made = await submit(first, 'na-herstart', 'Herstart Korenaar');
    expect(made.status).toBe(201);
    const { token } = first;
    await first.close();
    expect(readFileSync(join(dataDir, IDEMPOTENCY_FILE), 'utf8')).toContain('"key":"na-herstart"');

    clock.advance(23 * 3_600_000);
    const second = await startApiTestHost(dataDir, tempDir('renderer'), await openTestApp(dataDir, clock));
    try {
      const replayed = await submit(second, 'na-herstart', 'Herstart Korenaar', token);
      expect(replayed.status).toBe(201);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.json()).toEqual(made.json());
      expect(await itemsCalled(second, 'Herstart Korenaar')).toHaveLength(1);

      // A day after the first answer the key is free again: a new item.
      clock.advance(3_600_000);
      const later = await submit(second, 'na-herstart', 'Herstart Korenaar', token);
      expect(later.headers['idempotent-replayed']).toBeUndefined();
      expect(later.json().id).not.toBe(made.json().id);
      expect(await itemsCalled(second, 'Herstart Korenaar')).toHaveLength(2);
    } finally {
      await second.close();
    }
    // The next start drops the expired key from the file.
    clock.advance(25 * 3_600_000);
    const third = await openTestApp(dataDir, clock);
    await third.close();
    expect(readFileSync(join(dataDir, IDEMPOTENCY_FILE), 'utf8')).toBe('');
  });
});
