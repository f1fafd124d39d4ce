import { cpSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CrmRecord } from '@shared/model';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { crashedAfterDeals } from '../helpers/crash-image';
import { type Fault, filesOf } from '../helpers/damage';
import {
  type Cell,
  checkCell,
  damagedLine,
  type Damage,
  type Expected,
  namesTouched,
  noticesOf,
  touched,
  writtenBefore,
} from '../helpers/fault-table';
import { useOfficeDay } from '../helpers/office-day';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const office = useOfficeDay(tempDir);

/** What may be missing from line `from` on of a journal that could not be replayed past it: named where known. */
const mayMissFrom = (c: Cell, from: number) => ({
  mayMiss: namesTouched(c, from),
  mayMissCount: new Set(touched(c, from)).size,
});

/** Both copies damaged at the same write: it is in neither, so what follows is missing, and named. */
const cutInBoth: Expected = {
  notices: (c) => {
    const line = damagedLine(c);
    const since = writtenBefore(c, line);
    const copyFile = `${c.file}.2`;
    const mayMiss = mayMissFrom(c, line);
    return [{ kind: 'journalCut', file: c.file, cause: 'notJson', kept: true, line, since, copyFile, ...mayMiss }];
  },
  mayMiss: (c) => touched(c, damagedLine(c)),
};

/** Both copies gone: what was saved since the snapshot may be lost (nothing tells what). */
const goneBoth: Expected = {
  notices: (c) => [
    { kind: 'journalMissing', file: c.file, cause: 'missing', since: expect.any(String), copyFile: `${c.file}.2` },
  ],
  mayMiss: (c) => touched(c),
};

/** Emptied or cut alike, both copies look like a journal just rotated, or cut by a crash in its last write. */
const silentInBoth = (from: (c: Cell) => number): Expected => ({
  notices: () => [],
  mayMiss: (c) => touched(c, from(c)),
});

const both = (file: string, faults: [Fault, Fault]): Damage[] => [
  [file, faults[0]],
  [`${file}.2`, faults[1]],
];

describe('both copies of a journal damaged after a crash', () => {
  const cells: { name: string; damages: (file: string) => Damage[]; expected: Expected }[] = [
    { name: 'both corrupt at the same line', damages: (f) => both(f, ['corrupt', 'corrupt']), expected: cutInBoth },
    { name: 'one corrupt, the other cut there', damages: (f) => both(f, ['corrupt', 'truncate']), expected: cutInBoth },
    { name: 'both deleted', damages: (f) => both(f, ['delete', 'delete']), expected: goneBoth },
    { name: 'both emptied', damages: (f) => both(f, ['empty', 'empty']), expected: silentInBoth(() => 1) },
    { name: 'both cut alike', damages: (f) => both(f, ['truncate', 'truncate']), expected: silentInBoth(damagedLine) },
  ];
  const rows = ['items.json.journal', 'records.json.journal'].flatMap((file) => cells.map((c) => ({ file, ...c })));
  it.each(rows)('$file: $name', ({ file, damages, expected }) =>
    checkCell(apps, tempDir('cell'), office.crashed, office.day, damages(file), expected),
  );

  it('after a proper close, both copies deleted lose nothing (they were empty) and say nothing', () =>
    checkCell(apps, tempDir('cell'), office.closed, office.day, both('items.json.journal', ['delete', 'delete']), {
      notices: () => [],
      missing: () => [],
    }));
});

describe('a snapshot and its backup both unreadable', () => {
  it('after a crash in the first run, restores all from its logs and says so, not that a backup was', async () => {
    const dir = tempDir();
    const titles = ['Warmtepomp Dorpsstraat', 'Zonnepanelen Kerkplein', 'Isolatie Molenweg'];
    await crashedAfterDeals(dir, tempDir(), titles);
    for (const file of ['records.json', 'records.json.bak']) truncateSync(join(dir, file), 10);
    const app = await apps.open(dir, fakeClock('2026-11-24T09:00:00.000Z'));
    const records = (await app.dispatch('records.list', { limit: 5000 })) as CrmRecord[];
    expect(titles.filter((t) => !records.some((r) => r.title === t))).toEqual([]);
    expect((await noticesOf(app)).map((n) => [n.kind, n.file, n.cause, n.since])).toEqual([
      ['restoredFromLogs', join(dir, 'records.json'), 'notJson', undefined],
    ]);
  });

  // The day's folder is young: its `.bak` journal still reaches back to the very first write (a
  // clean start does not rotate the journals), so the journals alone hold every item.
  it('after a later crash, rebuilds the items from journals that reach back to the first write, missing nothing', () =>
    checkCell(
      apps,
      tempDir('cell'),
      office.crashed,
      office.day,
      [
        ['items.json', 'truncate'],
        ['items.json.bak', 'truncate'],
      ],
      {
        notices: (c) => [{ kind: 'restoredFromLogs', file: c.file, cause: 'notJson', kept: true }],
        missing: () => [],
      },
    ));
});

describe('the database and its second copy gone while the rest of the data is there', () => {
  it.each([
    ['after a proper close', () => office.closed],
    ['after a crash', () => office.crashed],
  ])('%s: refuses to start, names what is missing and what is there, and changes nothing', async (_, base) => {
    const dir = tempDir('cell');
    cpSync(base(), dir, { recursive: true });
    for (const file of ['stroomlijn.json', 'stroomlijn.json.bak']) rmSync(join(dir, file));
    const before = filesOf(dir);
    const start = openTestApp(dir, fakeClock('2026-11-28T09:00:00.000Z'));
    // The 13 include outbox.json.journal, its .2 copy and their .baks: the outbox's journal is data of ours too.
    await expect(start).rejects.toThrow(
      `The data folder ${dir} holds Stroomlijn data (archive/, auth.json, auth.json.bak, items.json, items.json.bak, ` +
        'items.json.journal, items.json.journal.2, items.json.journal.2.bak, and 13 more) ' +
        'but not its database: stroomlijn.json and its second copy stroomlijn.json.bak are both missing. ' +
        'Stroomlijn did not start',
    );
    expect(filesOf(dir)).toEqual(before);
  });
});
