import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, SCHEMA_VERSION } from '@shared/model';
import { GroupCommit } from '../../main/store/group-commit';
import { DataDirLockedError } from '../../main/store/lock';
import { migrate, NewerSchemaError } from '../../main/store/migrations';
import { DATABASE_FILE, openStore } from '../../main/store/store';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const seed = () => ({
  ...emptyDatabase(),
  directory: { ...emptyDatabase().directory, roles: [{ id: 'r1', name: 'Seeded' }] },
});
const open = (dataDir: string) => openStore({ dataDir, clock: fakeClock(), seed });
const fileOf = (dir: string) => join(dir, DATABASE_FILE);

describe('store', () => {
  it('seeds a first start, writes it to disk, and reads it back after a restart', async () => {
    const dir = tempDir();
    const store = await open(dir);
    expect(store.created).toBe(true);
    await store.update((d) => d.directory.roles.push({ id: 'r2', name: 'Added' }));
    await store.close();
    const onDisk = JSON.parse(readFileSync(fileOf(dir), 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.directory.roles.map((r: { name: string }) => r.name)).toEqual(['Seeded', 'Added']);
    const again = await open(dir);
    expect(again.created).toBe(false);
    expect(again.data.directory.roles).toHaveLength(2);
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('keeps a file that does not parse aside, restores its second copy (with the last write), says so', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.update((d) => d.directory.roles.push({ id: 'r2', name: 'Second' }));
    await store.update((d) => d.directory.roles.push({ id: 'r3', name: 'Third' }));
    await store.close();
    writeFileSync(fileOf(dir), '{"schemaVersion": 1, "directory": {"us');

    const reopened = await open(dir);
    expect(reopened.data.directory.roles.map((r) => r.name)).toEqual(['Seeded', 'Second', 'Third']);
    expect(reopened.notices).toHaveLength(1);
    const notice = reopened.notices[0]!;
    expect(notice).toMatchObject({ kind: 'restoredFromBackup', file: fileOf(dir) });
    expect(notice.reason).toMatch(/not valid JSON/);
    expect(readFileSync(notice.keptAs!, 'utf8')).toBe('{"schemaVersion": 1, "directory": {"us');
    await reopened.close();
  });

  it('treats a file that breaks the schema as unreadable, naming the bad field', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.update((d) => d.directory.roles.push({ id: 'r2', name: 'Second' }));
    await store.close();
    const broken = JSON.parse(readFileSync(fileOf(dir), 'utf8'));
    broken.directory.users = [{ id: 'u1', name: 'Ann', email: 'nope' }];
    writeFileSync(fileOf(dir), JSON.stringify(broken));
    const reopened = await open(dir);
    expect(reopened.notices[0]!.reason).toContain('directory.users[0].email: is not a valid e-mail address');
    expect(reopened.data.directory.users).toEqual([]);
    await reopened.close();
  });

  it('without a usable backup, keeps the file aside and starts empty — not with sample data', async () => {
    const dir = tempDir();
    writeFileSync(fileOf(dir), 'garbage');
    const store = await open(dir);
    expect(store.notices.map((n) => n.kind)).toEqual(['startedEmpty']);
    expect(store.data.directory.roles).toEqual([]);
    expect(readFileSync(store.notices[0]!.keptAs!, 'utf8')).toBe('garbage');
    await store.close();
  });

  it('refuses a file from a newer version and leaves it byte for byte as it was', async () => {
    const dir = tempDir();
    const future = JSON.stringify({ ...emptyDatabase(), schemaVersion: SCHEMA_VERSION + 1, somethingNew: [1, 2] });
    writeFileSync(fileOf(dir), future);
    await expect(open(dir)).rejects.toBeInstanceOf(NewerSchemaError);
    const versions = `data version ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}`;
    await expect(open(dir)).rejects.toThrow(`newer Stroomlijn (${versions})`);
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(future);
    expect(readdirSync(dir)).toEqual([DATABASE_FILE]);
  });

  it('lets one process write a data folder at a time, and takes over the lock of a dead one', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await expect(open(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
    writeFileSync(join(dir, 'stroomlijn.lock'), '999999999');
    const second = await open(dir);
    expect(readFileSync(join(dir, 'stroomlijn.lock'), 'utf8')).toBe(String(process.pid));
    await second.close();
    expect(existsSync(join(dir, 'stroomlijn.lock'))).toBe(false);
  });

  it('groups a burst of updates into few writes, each resolving once it is on disk', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const updates = Array.from({ length: 50 }, (_, i) =>
      store.update((d) => d.directory.roles.push({ id: `b${i}`, name: `Burst ${i}` })),
    );
    await Promise.all(updates);
    const onDisk = JSON.parse(readFileSync(fileOf(dir), 'utf8'));
    expect(onDisk.directory.roles).toHaveLength(51);
    await store.close();
  });
});

describe('GroupCommit', () => {
  it('shares one write among requests made while a write is in flight', async () => {
    let writes = 0;
    const gates: (() => void)[] = [];
    const commit = new GroupCommit(
      () =>
        new Promise<void>((resolve) => {
          writes += 1;
          gates.push(resolve);
        }),
    );
    const first = commit.request();
    const rest = [commit.request(), commit.request(), commit.request()];
    expect(writes).toBe(1);
    gates.shift()!();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(writes).toBe(2);
    gates.shift()!();
    await Promise.all(rest);
    expect(writes).toBe(2);
  });

  it('reports a failed write to its requests, and the next request writes again', async () => {
    let fail = true;
    const commit = new GroupCommit(async () => {
      if (fail) throw new Error('disk full');
    });
    await expect(commit.request()).rejects.toThrow('disk full');
    fail = false;
    await expect(commit.request()).resolves.toBeUndefined();
  });
});

describe('migrate', () => {
  const steps = [
    { from: 1, up: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }) },
    { from: 2, up: (d: Record<string, unknown>) => ({ ...d, added: true }) },
  ];

  it('applies each step in order up to the target version', () => {
    expect(migrate({ schemaVersion: 1, old: 'x' }, steps, 3)).toEqual({
      schemaVersion: 3,
      renamed: 'x',
      old: undefined,
      added: true,
    });
    expect(migrate({ schemaVersion: 2 }, steps, 3)).toEqual({ schemaVersion: 3, added: true });
  });

  it('says what is wrong with a file it cannot migrate', () => {
    expect(() => migrate([], steps, 3)).toThrow('does not hold a JSON object');
    expect(() => migrate({}, steps, 3)).toThrow('schemaVersion: is missing');
    expect(() => migrate({ schemaVersion: 1 }, [], 2)).toThrow('no migration from data version 1 to 2');
    expect(() => migrate({ schemaVersion: 4 }, steps, 3)).toThrow(NewerSchemaError);
  });
});
