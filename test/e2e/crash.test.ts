import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeDatabase } from '../../main/store/json-file-adapter';
import { DATABASE_FILE } from '../../main/store/store';
import { rpc } from '../helpers/http';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let hosts: HostProcess[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.stop()));
  hosts = [];
});

describe('a host killed with SIGKILL in the middle of 200 directory writes', () => {
  it('leaves a file that parses and holds every acknowledged write', async () => {
    const dataDir = tempDir();
    const host = await startHostProcess(dataDir);
    hosts.push(host);
    const acknowledged: string[] = [];
    const names = Array.from({ length: 200 }, (_, i) => `Crash ${String(i).padStart(3, '0')}`);
    let killed = false;
    const exited = once(host.child, 'exit');
    const write = async (name: string) => {
      if (killed) return;
      const reply = await rpc(host.port, host.token, 'directory.save', { kind: 'roles', entry: { name } }).catch(
        () => null,
      );
      if (reply?.status === 200) acknowledged.push(name);
      if (!killed && acknowledged.length >= 90) {
        killed = true;
        host.child.kill('SIGKILL');
      }
    };
    // Eight writers at a time, as a busy office would.
    const queue = [...names];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (queue.length && !killed) await write(queue.shift()!);
      }),
    );
    await exited;
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(90);
    expect(acknowledged.length).toBeLessThan(200);

    const data = decodeDatabase(readFileSync(join(dataDir, DATABASE_FILE), 'utf8'));
    const stored = new Set(data.directory.roles.map((r) => r.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);

    // The next start takes over the dead process's lock and has nothing to repair.
    const next = await startHostProcess(dataDir);
    hosts.push(next);
    expect(next.output()).not.toContain('could not be read');
    const roles = (await rpc(next.port, next.token, 'directory.get', {})).json().value.roles as { name: string }[];
    expect(roles.length).toBe(data.directory.roles.length);
  });
});
