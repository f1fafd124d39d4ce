import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CrmRecord, ItemRecord, OutboxMessage } from '../../shared/model';
import { rpc } from '../helpers/http';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { useTempDirs } from '../helpers/temp-dir';
import { startHostOnTinyDisk } from '../helpers/tiny-disk';
import { until } from '../helpers/until';

const tempDir = useTempDirs();
let hosts: HostProcess[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.stop()));
  hosts = [];
});

/** More than a page of text: an append needs a new block of the file system (a small one may fit in the last). */
const notes = 'Verslag van het bezoek. '.repeat(250);
const accordering = (subject: string) => ({ itemTypeId: 'type-accordering', subject, fields: { notes }, submitterUserId: 'user-eva' });
const task = (title: string) => ({ entity: 'task', title, fields: { type: 'Bezoek', status: 'Open', responsible: 'user-bram', notes } });

describe('a full disk (a real tmpfs filled to the last byte)', () => {
  it('refuses every write with "disk full" and keeps nothing of it; the app stays up and writes again once there is room', async () => {
    const tiny = await startHostOnTinyDisk(tempDir(), '8m');
    hosts.push(tiny.host);
    const call = (method: string, input: unknown) => rpc(tiny.host.port, tiny.host.token, method, input);
    const value = async <T>(method: string, input: unknown) => (await call(method, input)).json().value as T;
    const writes = (name: string) => [
      () => call('directory.save', { kind: 'roles', entry: { name } }),
      () => call('items.submit', accordering(name)),
      () => call('records.create', task(name)),
    ];
    for (const write of writes('Voor')) expect((await write()).status).toBe(200);
    // Its messages wait while the engine is paused: sending them will have to be recorded on the full disk.
    await call('engine.pause', { paused: true });
    expect((await call('items.submit', accordering('Wacht'))).status).toBe(200);

    expect(tiny.fill()).toBeGreaterThan(1_000_000);
    for (const write of writes('Vol')) {
      const reply = await write();
      expect(reply.status).toBe(507);
      expect(reply.json().error).toEqual({
        code: 'disk_full',
        message: expect.stringMatching(/^The disk is full: \S+ could not be saved and nothing was changed\. Free some space/),
      });
    }
    // The outbox sends the waiting messages and cannot record it: said in the log, and the app stays up.
    await call('engine.pause', { paused: false });
    const logged = 'outbox: a round could not record its results';
    await until(() => tiny.host.output().includes(logged) || tiny.host.child.exitCode !== null);
    expect(tiny.host.child.exitCode).toBeNull();
    expect(tiny.host.output()).toContain(logged);
    expect((await call('app.info', {})).status).toBe(200);
    // Nothing half-written stays behind, and nothing of the refused writes is in memory either.
    expect(readdirSync(tiny.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const named = (list: { name?: string; subject?: string; title?: string }[]) => list.map((x) => x.name ?? x.subject ?? x.title);
    expect(named((await value<{ roles: { name: string }[] }>('directory.get', {})).roles)).not.toContain('Vol');
    expect(named(await value<ItemRecord[]>('items.list', {}))).toEqual(['Voor', 'Wacht']);
    const ours = (list: string[]) => list.filter((n) => ['Voor', 'Vol', 'Na'].includes(n));
    expect(ours(named(await value<CrmRecord[]>('records.list', { limit: 5000 })))).toEqual(['Voor']);

    tiny.free();
    for (const write of writes('Na')) expect((await write()).status).toBe(200);
    // The messages that could not be recorded as sent go out with the next round.
    await until(async () => (await value<OutboxMessage[]>('messages.list', { limit: 100 })).every((m) => m.status === 'sent'));
    const subjects = (await value<OutboxMessage[]>('messages.list', { limit: 100 })).map((m) => m.subject);
    expect(subjects.filter((s) => s.includes('Vol'))).toEqual([]);

    // What is on the disk now, as a crash would leave it, opens with everything acknowledged and nothing refused.
    const copy = tempDir();
    cpSync(tiny.folder, copy, { recursive: true });
    writeFileSync(join(copy, 'stroomlijn.lock'), '999999999');
    expect(readFileSync(join(copy, 'stroomlijn.json'), 'utf8')).not.toContain('"Vol"');
    const next = await startHostProcess(copy);
    hosts.push(next);
    expect(next.output()).not.toContain('could not be read');
    const again = (method: string, input: unknown) => rpc(next.port, next.token, method, input).then((r) => r.json().value);
    expect(named(((await again('directory.get', {})) as { roles: { name: string }[] }).roles)).toEqual(expect.arrayContaining(['Voor', 'Na']));
    expect(named((await again('directory.get', {})).roles)).not.toContain('Vol');
    expect(named(await again('items.list', {}))).toEqual(['Voor', 'Wacht', 'Na']);
    expect(ours(named(await again('records.list', { limit: 5000 }))).sort()).toEqual(['Na', 'Voor']);
  });
});
