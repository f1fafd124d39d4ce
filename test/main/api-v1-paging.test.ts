import { describe, expect, it } from 'vitest';
import { pageOf, type PageRequest } from '../../main/http/api-v1/paging';
import { routes } from '../../main/http/api-v1/routes';
import { type ApiTestHost, startApiTestHost } from '../helpers/api-v1';
import type { ListPage } from '../helpers/api-pages';
import { vatReturn } from '../helpers/items';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const ITEMS = 2_500;

/**
 * Submit `n` approval messages as the API token (its items: confidential to others), 50 at a time
 * and straight through dispatch, as the API v1 does without the HTTP around it.
 */
async function submitMany(api: ApiTestHost, n: number, prefix: string): Promise<void> {
  const { dispatch } = api.app.asCaller((await api.app.callers.ofToken(api.token, undefined))!);
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < n) await dispatch('items.submit', vatReturn(`${prefix} ${next++}`));
    }),
  );
}

type Row = { id: string; subject: string };

describe('API v1: cursor paging', () => {
  it('pages 2,500 items by 100: each exactly once, also while items are submitted between pages', async () => {
    const api = await startApiTestHost(tempDir('paging'), tempDir('renderer'));
    try {
      await submitMany(api, ITEMS, 'Aangifte');
      const existing = new Set(
        ((await api.app.dispatch('items.list', {})) as Row[])
          .filter((i) => i.subject.startsWith('Aangifte '))
          .map((i) => i.id),
      );
      expect(existing.size).toBe(ITEMS);
      const seen: string[] = [];
      let pages = 0;
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const reply = await api.call('GET', `/items?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        expect(reply.status).toBe(200);
        const page = reply.json() as ListPage<Row>;
        expect(page.data.length).toBeLessThanOrEqual(100);
        seen.push(...page.data.map((i) => i.id));
        cursor = page.next;
        pages++;
        // Between pages another application submits (through the API too).
        if (pages % 5 === 0)
          expect((await api.call('POST', '/items', { body: vatReturn(`Tussendoor ${pages}`) })).status).toBe(201);
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of existing) expect(seen).toContain(id);
      expect(pages).toBeGreaterThanOrEqual(26);
    } finally {
      await api.close();
    }
  }, 120_000);

  it('refuses a bad limit or cursor (422, naming it); the last page has next null', async () => {
    const api = await startApiTestHost(tempDir('paging-bad'), tempDir('renderer'));
    try {
      const bad = await api.call('GET', '/items?limit=501&cursor=zomaar');
      expect(bad.status).toBe(422);
      expect(bad.json().error.issues).toEqual([
        { path: 'query.limit', message: 'is not a whole number from 1 to 500' },
        { path: 'query.cursor', message: 'is not the `next` of a page of this list' },
      ]);
      expect((await api.call('GET', '/items?limit=0')).status).toBe(422);
      const all = await api.call('GET', '/item-types?limit=500');
      expect(all.json()).toEqual({ data: expect.any(Array), next: null });
      expect(all.json().data.length).toBeGreaterThan(1);
      const one = await api.call('GET', '/item-types?limit=1');
      const rest = await api.call('GET', `/item-types?limit=500&cursor=${one.json().next}`);
      expect([...one.json().data, ...rest.json().data]).toEqual(all.json().data);
    } finally {
      await api.close();
    }
  });
});

describe('keyset pages', () => {
  const items = routes.find((r) => r.method === 'GET' && r.path === '/items')!;
  const row = (n: number) => ({
    id: `id-${String(n).padStart(4, '0')}`,
    createdAt: `2026-11-${String(1 + (n % 20)).padStart(2, '0')}T09:00:00.000Z`,
  });

  it('never repeats or skips a row that was there throughout, whatever is added or removed between pages', () => {
    let rows = Array.from({ length: 300 }, (_, n) => row(n));
    const throughout = new Set(rows.map((r) => r.id));
    const seen: string[] = [];
    let request: PageRequest = { limit: 40, after: null };
    for (let n = 0; ; n++) {
      const page = pageOf(items, rows, request);
      seen.push(...page.data.map((r) => (r as { id: string }).id));
      if (!page.next) break;
      // Between pages: rows before and after the cursor go, new ones come (some sort before it).
      const gone = new Set([rows[n * 7]!.id, rows[rows.length - 1 - n]!.id]);
      rows = [...rows.filter((r) => !gone.has(r.id)), row(1000 + n), row(2000 + n)];
      for (const id of gone) throughout.delete(id);
      request = { limit: 40, after: JSON.parse(Buffer.from(page.next, 'base64url').toString()) as (string | number)[] };
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of throughout) expect(seen).toContain(id);
  });
});
