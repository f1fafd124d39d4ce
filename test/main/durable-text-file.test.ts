import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableTextFile } from '../../main/store/durable-text-file';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('DurableTextFile', () => {
  it('reads null for a missing file, and writes without leaving temp files behind', async () => {
    const dir = tempDir();
    const file = new DurableTextFile(join(dir, 'db.json'));
    expect(await file.read()).toBeNull();
    await file.write('one');
    expect(await file.read()).toBe('one');
    expect(readdirSync(dir)).toEqual(['db.json']);
  });

  it('keeps the previous content as .bak on every write', async () => {
    const dir = tempDir();
    const file = new DurableTextFile(join(dir, 'db.json'));
    await file.write('one');
    await file.write('two');
    await file.write('three');
    expect(await file.read()).toBe('three');
    expect(await file.readBackup()).toBe('two');
    expect(readdirSync(dir).sort()).toEqual(['db.json', 'db.json.bak']);
  });

  it('replaces the file by rename: a reader never sees a half-written file', async () => {
    const dir = tempDir();
    const path = join(dir, 'db.json');
    const file = new DurableTextFile(path);
    await file.write('a'.repeat(1000));
    const inodeBefore = statSync(path).ino;
    const big = 'b'.repeat(5_000_000);
    const writing = file.write(big);
    const seen = new Set<number>();
    while (seen.size < 50) {
      seen.add(readFileSync(path, 'utf8').length);
      if (seen.has(big.length)) break;
      await new Promise((r) => setImmediate(r));
    }
    await writing;
    for (const length of seen) expect([1000, big.length]).toContain(length);
    expect(statSync(path).ino).not.toBe(inodeBefore);
  });

  it('keeps a file aside under a name that says why and when', async () => {
    const dir = tempDir();
    const path = join(dir, 'db.json');
    writeFileSync(path, '{broken');
    const kept = await new DurableTextFile(path).keepAside('unreadable', new Date('2026-11-23T09:00:00.000Z'));
    expect(kept).toBe(join(dir, 'db.json.unreadable-2026-11-23T09-00-00-000Z'));
    expect(readFileSync(kept, 'utf8')).toBe('{broken');
  });
});
