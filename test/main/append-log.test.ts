import { constants, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APPEND_SYNC, AppendLog } from '../../main/store/append-log';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const handleOf = (log: AppendLog) => (log as unknown as { handle: FileHandle }).handle;

/** The open flags of a file descriptor of this process, as Linux shows them (octal in /proc/self/fdinfo). */
const fdFlags = (fd: number): number =>
  parseInt(/flags:\s*([0-7]+)/.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))![1]!, 8);

describe('an append log', () => {
  it.each(['dsync', 'fdatasync'] as const)(
    'writes appends that arrive while one is on its way together, in order, in one durable write (%s)',
    async (sync) => {
      // Here (Linux) the journals use O_DSYNC; fdatasync is the way on Windows.
      expect(APPEND_SYNC).toBe('dsync');
      const path = join(tempDir(), 'items-2026-11.jsonl');
      const log = new AppendLog(path, sync);
      await log.open();
      const handle = handleOf(log);
      // Durable at each write: opened with O_DSYNC, or each write followed by fdatasync.
      expect(Boolean(fdFlags(handle.fd) & constants.O_DSYNC)).toBe(sync === 'dsync');
      const writes = vi.spyOn(handle, 'write');
      const syncs = vi.spyOn(handle, 'datasync');
      await Promise.all(Array.from({ length: 50 }, (_, i) => log.append([`{"id":"${i}"}`])));
      expect(readFileSync(path, 'utf8')).toBe(Array.from({ length: 50 }, (_, i) => `{"id":"${i}"}\n`).join(''));
      // The first append goes alone; the 49 that came while it was on its way share the next.
      expect(writes).toHaveBeenCalledTimes(2);
      expect(syncs).toHaveBeenCalledTimes(sync === 'dsync' ? 0 : 2);
      expect(log.bytes).toBe(readFileSync(path).length);
      await log.close();
    },
  );

  it.each(['dsync', 'fdatasync'] as const)(
    'fails every append of a write that fails, keeps none of it, and writes the next one (%s)',
    async (sync) => {
      const path = join(tempDir(), 'items-2026-11.jsonl');
      const log = new AppendLog(path, sync);
      await log.open();
      await log.append(['{"id":"kept"}']);
      const handle = handleOf(log);
      const write = handle.write.bind(handle);
      let calls = 0;
      vi.spyOn(handle, 'write').mockImplementation(((...args: Parameters<FileHandle['write']>) => {
        calls += 1;
        // The second write (the batch of b and c) is cut off half-way by a full disk.
        if (calls === 2)
          return write(Buffer.from('{"id":'), 0, 6).then(() =>
            Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
          );
        return write(...args);
      }) as FileHandle['write']);
      const results = await Promise.allSettled([
        log.append(['{"id":"a"}']),
        log.append(['{"id":"b"}']),
        log.append(['{"id":"c"}']),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
      await log.append(['{"id":"d"}']);
      expect(readFileSync(path, 'utf8')).toBe('{"id":"kept"}\n{"id":"a"}\n{"id":"d"}\n');
      await log.close();
    },
  );
});
