// API v1 paging benchmark (issue 13): GET /items?limit=100 with 10,000 items the token may see, over the
// real HTTP host: ms and bytes of the first, a middle and the last page, beside one page of 500 and the
// list as it was answered before paging (every item in one answer, 5.4 MB in the issue).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { startApiTestHost } from '../helpers/api-v1';
import type { ListPage } from '../helpers/api-pages';
import { vatReturn } from '../helpers/items';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);

it(`pages GET /items at ${ITEMS} items`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-page-'));
  const api = await startApiTestHost(join(dir, 'data'), join(dir, 'renderer'));
  try {
    const { dispatch } = api.app.asCaller((await api.app.callers.ofToken(api.token, undefined))!);
    let next = 0;
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        while (next < ITEMS) await dispatch('items.submit', vatReturn(`Aangifte ${next++}`));
      }),
    );
    const timed = async (path: string) => {
      const start = performance.now();
      const reply = await api.call('GET', path);
      return {
        ms: performance.now() - start,
        bytes: Buffer.byteLength(reply.text),
        page: reply.json() as ListPage<unknown>,
      };
    };
    const line = (what: string, r: { ms: number; bytes: number }) =>
      console.log(`${what}: ${r.ms.toFixed(1)} ms, ${r.bytes} bytes`);
    await timed('/items?limit=100'); // warm up
    const first = await timed('/items?limit=100');
    line('first page of 100', first);
    let cursor = first.page.next;
    let middle = first;
    for (let n = 1; cursor; n++) {
      const page = await timed(`/items?limit=100&cursor=${cursor}`);
      if (n === Math.floor(ITEMS / 200)) line('middle page of 100', (middle = page));
      if (!page.page.next) line('last page of 100', page);
      cursor = page.page.next;
    }
    line('page of 500', await timed('/items?limit=500'));
    const start = performance.now();
    const all = await api.app.core.dispatch(
      { caller: (await api.app.callers.ofToken(api.token, undefined))!, address: '', local: false },
      'items.list',
      {},
    );
    const ms = performance.now() - start;
    line(`the whole list (items.list, as one answer before paging)`, {
      ms,
      bytes: Buffer.byteLength(JSON.stringify(all)),
    });
    void middle;
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
