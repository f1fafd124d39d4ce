import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/errors';
import { emptyDatabase } from '@shared/model';
import type { Database, ItemRecord, OutboxMessage } from '@shared/model';
import { DATABASE_FILE, openStore } from '../../main/store/store';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';
import { publishTwoTaskWorkflow } from '../helpers/two-task-workflow';

const tempDir = useTempDirs();
const apps = useTestApps();

/** The roles in the database file. */
const rolesOnDisk = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, DATABASE_FILE), 'utf8')) as Database).directory.roles;

/** JSON nested `depth` levels deep: more than JSON.stringify can write. */
const nested = (depth: number) => {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('a change that cannot be written', () => {
  it('is refused as bad input on its own, leaves no trace, and later item writes go on as before', async () => {
    const dir = tempDir();
    let app = await apps.open(dir);
    const type = await publishTwoTaskWorkflow(app.dispatch, app.store);
    const submit = (subject: string, payload?: unknown) =>
      app.dispatch('items.submit', {
        itemTypeId: type,
        subject,
        fields: { onderwerp: subject },
        payload,
      }) as Promise<ItemRecord>;
    // Three requests at once: they share the journal's next write, the poisoned one among them (its
    // payload is any JSON, so only the write finds out; over HTTP the edge refuses it first).
    const poison = nested(5000);
    const three = [submit('Ervoor'), submit('Vergiftigd', poison), submit('Erna')] as const;
    const [before, poisoned, after] = await Promise.allSettled(three);
    expect(before.status).toBe('fulfilled');
    expect(after.status).toBe('fulfilled');
    expect(poisoned.status).toBe('rejected');
    const error = (poisoned as PromiseRejectedResult).reason as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('This change cannot be saved: its data is nested too deeply. Nothing was changed.');
    // Later writes are not poisoned: every one works, again and again.
    for (const subject of ['Daarna 1', 'Daarna 2', 'Daarna 3']) expect((await submit(subject)).subject).toBe(subject);
    const subjects = async () => ((await app.dispatch('items.list', {})) as ItemRecord[]).map((i) => i.subject);
    expect(await subjects()).toEqual(['Ervoor', 'Erna', 'Daarna 1', 'Daarna 2', 'Daarna 3']);
    // Nothing of it in memory (no number used up) nor on disk, and a restart reads back the rest.
    expect(((await app.dispatch('items.list', {})) as ItemRecord[]).map((i) => i.number)).toEqual([
      'D-2026-0001',
      'D-2026-0002',
      'D-2026-0003',
      'D-2026-0004',
      'D-2026-0005',
    ]);
    expect(readFileSync(join(dir, 'items.json.journal'), 'utf8')).not.toContain('Vergiftigd');
    await apps.close(app);
    app = await apps.open(dir);
    expect(await subjects()).toEqual(['Ervoor', 'Erna', 'Daarna 1', 'Daarna 2', 'Daarna 3']);
    const messages = (await app.dispatch('messages.list', { limit: 100 })) as OutboxMessage[];
    expect(messages.map((m) => m.subject).join()).not.toContain('Vergiftigd');
  });

  it('in the database fails only the write it is in, and memory goes back to what is on disk', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir, clock: fakeClock(), seed: emptyDatabase });
    const role = (name: string, extra: Record<string, unknown> = {}) =>
      store.update((d) => void d.directory.roles.push({ id: name, name, ...extra }));
    // One write on its way; the next gathers a good change and a poisoned one: that write fails, both with it.
    const first = role('Eerste');
    const together = [role('Samen'), role('Vergiftigd', { diep: nested(5000) })];
    await first;
    for (const result of await Promise.allSettled(together)) expect(result.status).toBe('rejected');
    expect(store.data.directory.roles.map((r) => r.name)).toEqual(['Eerste']);
    // The next write is its own and works; the file holds exactly what was acknowledged.
    await role('Daarna');
    expect(store.data.directory.roles.map((r) => r.name)).toEqual(['Eerste', 'Daarna']);
    expect(rolesOnDisk(dir).map((r) => r.name)).toEqual(['Eerste', 'Daarna']);
    await store.close();
  });

  it('keeps the objects others hold live when memory goes back, so their later changes are written', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir, clock: fakeClock(), seed: emptyDatabase });
    await store.update((d) => void d.directory.roles.push({ id: 'r1', name: 'Voor' }));
    const held = store.data.directory.roles[0]!;
    const poison = (d: Database) => Object.assign(d.directory.roles[0]!, { deep: nested(5000) });
    await expect(store.update(poison)).rejects.toThrow(/nested too deeply/);
    expect(store.data.directory.roles[0]).toBe(held);
    expect(held).toEqual({ id: 'r1', name: 'Voor' });
    await store.update(() => void (held.name = 'Na'));
    expect(rolesOnDisk(dir)).toEqual([{ id: 'r1', name: 'Na' }]);
    await store.close();
  });
});
