import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

describe('temp files a crash left behind', () => {
  it('are removed at start, ours only, in the data folder and its archive', async () => {
    const dir = tempDir();
    await apps.close(await apps.open(dir));
    // What a crash in the middle of writes leaves: `<file>.<pid>.tmp` of each file we replace.
    const ours = [
      'stroomlijn.json.4242.tmp',
      'stroomlijn.json.bak.4242.tmp',
      'outbox.json.17.tmp',
      'items.json.bak.99.tmp',
      'records.json.99.tmp',
    ];
    const oursInArchive = ['items.sizes.json.4242.tmp', 'messages.sizes.json.8.tmp'];
    const theirs = ['notes.tmp', 'export.json.12.tmp', 'stroomlijn.json.tmp', 'items.json.old'];
    mkdirSync(join(dir, 'archive'), { recursive: true });
    for (const name of [...ours, ...theirs]) writeFileSync(join(dir, name), 'half a write');
    for (const name of oursInArchive) writeFileSync(join(dir, 'archive', name), 'half a write');

    await apps.open(dir);
    const left = readdirSync(dir);
    expect(ours.filter((name) => left.includes(name))).toEqual([]);
    expect(theirs.filter((name) => !left.includes(name))).toEqual([]);
    expect(readdirSync(join(dir, 'archive')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
