import { readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppendLog } from '../../main/store/append-log';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const handleOf = (log: AppendLog) => (log as unknown as { handle: FileHandle }).handle;

describe('an append log', () => {
  it('writes appends that arrive while one is on its way together, in order, with one fdatasync', async () => {
    const path = join(tempDir(), 'items-2026-11.jsonl');
    const log = new AppendLog(path);
    await log.open();
    const syncs = vi.spyOn(handleOf(log), 'datasync');
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append([`{"id":"${i}"}`])));
    expect(readFileSync(path, 'utf8')).toBe(Array.from({ length: 50 }, (_, i) => `{"id":"${i}"}\n`).join(''));
    // The first append goes alone; the 49 that came while it was on its way share the next.
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(log.bytes).toBe(readFileSync(path).length);
    await log.close();
  });

  it('fails every append of a write that fails, keeps none of it, and writes the next one', async () => {
    const path = join(tempDir(), 'items-2026-11.jsonl');
    const log = new AppendLog(path);
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
  });
});
