import { readlinkSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * Make the disk refuse every write (ENOSPC, as a full disk does) to the open files whose path
 * starts with `prefix`: also to a file the app holds open for appending, which no rename or mode
 * stops. The file is told apart by its descriptor's path (/proc/self/fd). Returns the undo.
 */
export async function refuseWrites(prefix: string): Promise<() => void> {
  const probe = await open(join(tmpdir(), `refuse-writes-${process.pid}`), 'w');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const original = proto.write;
  const refused = (handle: FileHandle) => {
    try {
      return readlinkSync(`/proc/self/fd/${handle.fd}`).startsWith(prefix);
    } catch {
      return false;
    }
  };
  const spy = vi.spyOn(proto, 'write').mockImplementation(function (this: FileHandle, ...args: unknown[]) {
    if (!refused(this)) return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return Promise.reject(error) as never;
  });
  return () => spy.mockRestore();
}
