import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model';
import { crashCopy } from '../helpers/crash-image';
import { rpc } from '../helpers/http';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { useTempDirs } from '../helpers/temp-dir';
import { startHostOnTinyDisk } from '../helpers/tiny-disk';
import { until } from '../helpers/until';
import { vatReturn } from '../helpers/items';

const tempDir = useTempDirs();
let hosts: HostProcess[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.stop()));
  hosts = [];
});

/** More than a page of text: an append needs a new block of the file system (a small one fits in the last). */
const notes = 'Verslag van het bezoek. '.repeat(250);
/** Submitted by the first administrator (for nobody else), who therefore sees it though it is confidential. */
const accordering = (subject: string) => {
  const { submitterUserId: _eva, ...own } = vatReturn(subject, { klant: notes });
  return own;
};
const task = (title: string) => ({
  entity: 'task',
  title,
  fields: { type: 'Bezoek', status: 'Open', responsible: 'user-bram', notes },
});
type Named = { name?: string; subject?: string; title?: string };
/** The names of ours among what a list holds ('Voor' before the disk filled, 'Vol' while full, 'Na' after). */
const ours = (list: Named[]) =>
  list.map((x) => x.name ?? x.subject ?? x.title ?? '').filter((n) => ['Voor', 'Vol', 'Na'].includes(n));
/** What a host holds: the roles, item subjects and record titles that are ours. */
async function held(port: number, token: string) {
  const value = async (method: string, input: unknown) =>
    (await rpc(port, token, method, input)).json().value as Named[];
  const directory = (await rpc(port, token, 'directory.get', {})).json().value as { roles: Named[] };
  return {
    roles: ours(directory.roles),
    items: (await value('items.list', {})).map((i) => i.subject),
    records: ours(await value('records.list', { limit: 5000 })),
  };
}

describe('a full disk (a real tmpfs filled to the last byte)', () => {
  it('refuses each write with "disk full" and keeps nothing of it; stays up; writes again once freed', async () => {
    const tiny = await startHostOnTinyDisk(tempDir(), '8m');
    hosts.push(tiny.host);
    const { port, token } = tiny.host;
    const call = (method: string, input: unknown) => rpc(port, token, method, input);
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
        message: expect.stringMatching(/^The disk is full: \S+ could not be saved and nothing was changed\. Free/),
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
    expect(await held(port, token)).toEqual({ roles: ['Voor'], items: ['Voor', 'Wacht'], records: ['Voor'] });

    tiny.free();
    for (const write of writes('Na')) expect((await write()).status).toBe(200);
    // The messages that could not be recorded as sent go out with the next round.
    const messages = async () => (await call('messages.list', { limit: 100 })).json().value as OutboxMessage[];
    await until(async () => (await messages()).every((m) => m.status === 'sent'));
    expect((await messages()).filter((m) => m.subject.includes('Vol'))).toEqual([]);

    // The disk as a crash would leave it now opens with everything acknowledged and nothing refused.
    const copy = tempDir();
    crashCopy(tiny.folder, copy);
    expect(readFileSync(join(copy, 'stroomlijn.json'), 'utf8')).not.toContain('"Vol"');
    const next = await startHostProcess(copy);
    hosts.push(next);
    expect(next.output()).not.toContain('could not be read');
    const after = await held(next.port, next.token);
    const sorted = { ...after, roles: after.roles.sort(), records: after.records.sort() };
    expect(sorted).toEqual({ roles: ['Na', 'Voor'], items: ['Voor', 'Wacht', 'Na'], records: ['Na', 'Voor'] });
  });
});
