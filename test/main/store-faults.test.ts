import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoticeCause } from '@shared/api/contract';
import { fakeClock } from '../helpers/clock';
import { type Fault, linesOf } from '../helpers/damage';
import { type Cell, checkCell, damagedLine, type Expected, noticesOf } from '../helpers/fault-table';
import { missingAfter, useOfficeDay } from '../helpers/office-day';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
const office = useOfficeDay(tempDir);

const ITEMS_ARCHIVE = 'archive/items-2026-11.jsonl';
const MESSAGES_ARCHIVE = 'archive/messages-2026-11.jsonl';

type Row = { file: string } & Partial<Record<Fault, Expected>>;

const parses = (line: string) => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};

// --- Expectations -------------------------------------------------------------------------------------------------

const restored = (cause: NoticeCause): Expected => ({
  notices: (c) => [{ kind: 'restoredFromBackup', file: c.file, cause, ...(cause === 'missing' ? {} : { kept: true }) }],
  missing: () => [],
});
const refused: Expected = { refused: true };
/** A journal is empty after a proper close: there is nothing in it to lose. */
const emptyAtRest: Expected = { notices: () => [], missing: () => [] };
const journalAtRestFaults = { truncate: emptyAtRest, corrupt: emptyAtRest, empty: emptyAtRest };

/** An archive has no second copy: what its damaged lines held is lost, and the notices name it. */
const archiveLost = (c: Cell) => {
  const kept = new Set(linesOf(c.after));
  return linesOf(c.before)
    .filter((l) => !kept.has(l))
    .map((l) => (JSON.parse(l) as { id: string }).id);
};
const bytes = (text: string) => Buffer.byteLength(text);
const short = (c: Cell) => ({
  kind: 'archiveShort',
  file: c.file,
  bytes: bytes(c.after),
  expectedBytes: bytes(c.before),
});
const unreadable = (c: Cell) => {
  const bad = c.after.split('\n').flatMap((l, i) => (l !== '' && !parses(l) ? [i + 1] : []));
  return bad.length ? [{ kind: 'archiveUnreadable', file: c.file, lines: bad }] : [];
};
const archive: Partial<Record<Fault, Expected>> = {
  truncate: { notices: (c) => [short(c), ...unreadable(c)], missing: archiveLost },
  corrupt: { notices: unreadable, missing: archiveLost },
  // Shorter, but its end is as it was: the line that no longer reads is named at the start, not a lost end.
  garble: { notices: unreadable, missing: archiveLost },
  empty: { notices: (c) => [short(c)], missing: archiveLost },
  delete: {
    notices: (c) => [{ kind: 'archiveMissing', file: c.file, cause: 'missing', expectedBytes: bytes(c.before) }],
    missing: archiveLost,
  },
};

/**
 * One copy of a journal damaged after a crash: every write is read from the other copy, and the
 * damaged one is kept aside and written again: nothing is missing.
 */
const copyRestored = (other: string) => {
  const restoredAs = (cause: NoticeCause, line?: (c: Cell) => number): Expected => ({
    notices: (c) => [
      {
        kind: 'journalCopyRestored',
        file: c.file,
        cause,
        ...(cause === 'missing' ? {} : { kept: true, line: line!(c) }),
        readFrom: other,
      },
    ],
    missing: () => [],
  });
  return {
    // Cut in a line: the torn rest of it is left out, so the copy ends after its last whole line.
    truncate: restoredAs('short', (c) => linesOf(c.after.slice(0, c.after.lastIndexOf('\n') + 1)).length + 1),
    corrupt: restoredAs('notJson', damagedLine),
    empty: restoredAs('short', () => 1),
    delete: restoredAs('missing'),
  };
};

/** After a proper close both copies are empty: only a deleted one is noticed (and made again); nothing is lost. */
const copyAtRest = (other: string) => ({
  ...journalAtRestFaults,
  delete: {
    notices: (c: Cell) => [{ kind: 'journalCopyRestored', file: c.file, cause: 'missing', readFrom: other }],
    missing: () => [],
  },
});

/** The outbox's backup is the version before its last write: after a crash, that last write may be missing. */
const kept = { kept: true };
const olderOutbox = (cause: NoticeCause): Expected => ({
  notices: (c) => [
    {
      kind: 'restoredOlderBackup',
      file: c.file,
      cause,
      since: expect.any(String),
      ...(cause === 'missing' ? {} : kept),
    },
  ],
  mayMiss: () => [...office.day.messages.keys()],
});

const olderDamaged = olderOutbox('notJson');

// --- The tables: one row per file, what each fault must come to --------------------------------------------------

const damaged = restored('notJson');
const snapshotFaults = { truncate: damaged, corrupt: damaged, empty: damaged, delete: restored('missing') };

const afterProperClose: Row[] = [
  { file: 'stroomlijn.json', ...snapshotFaults, newer: refused },
  { file: 'outbox.json', ...snapshotFaults, newer: refused },
  { file: 'outbox.json.journal', ...copyAtRest('outbox.json.journal.2') },
  { file: 'outbox.json.journal.2', ...copyAtRest('outbox.json.journal') },
  { file: 'items.json', ...snapshotFaults, newer: refused },
  { file: 'items.json.journal', ...copyAtRest('items.json.journal.2') },
  { file: 'items.json.journal.2', ...copyAtRest('items.json.journal') },
  { file: 'records.json', ...snapshotFaults, newer: refused },
  { file: 'records.json.journal', ...copyAtRest('records.json.journal.2') },
  { file: 'records.json.journal.2', ...copyAtRest('records.json.journal') },
  { file: ITEMS_ARCHIVE, ...archive },
  { file: MESSAGES_ARCHIVE, ...archive },
];

const afterCrash: Row[] = [
  { file: 'stroomlijn.json', ...snapshotFaults },
  { file: 'outbox.json', truncate: olderDamaged, corrupt: olderDamaged, delete: olderOutbox('missing') },
  { file: 'outbox.json.journal', ...copyRestored('outbox.json.journal.2') },
  { file: 'outbox.json.journal.2', ...copyRestored('outbox.json.journal') },
  { file: 'items.json', ...snapshotFaults },
  { file: 'items.json.journal', ...copyRestored('items.json.journal.2') },
  { file: 'items.json.journal.2', ...copyRestored('items.json.journal') },
  { file: 'records.json', ...snapshotFaults },
  { file: 'records.json.journal', ...copyRestored('records.json.journal.2') },
  { file: 'records.json.journal.2', ...copyRestored('records.json.journal') },
];

const cells = (rows: Row[]) =>
  rows.flatMap(({ file, ...faults }) =>
    Object.entries(faults).map(([fault, expected]) => ({ file, fault: fault as Fault, expected })),
  );

describe('a data file damaged while the app was closed (after a proper close)', () => {
  it('starts from a day that left every journal empty and nothing to repair', async () => {
    for (const journal of ['items', 'records', 'outbox'].flatMap((f) => [`${f}.json.journal`, `${f}.json.journal.2`])) {
      expect(readFileSync(join(office.closed, journal), 'utf8')).toBe('');
    }
    const dir = tempDir('cell');
    cpSync(office.closed, dir, { recursive: true });
    const app = await apps.open(dir, fakeClock('2026-11-28T09:00:00.000Z'));
    expect(await missingAfter(app, office.day)).toEqual([]);
    expect(await noticesOf(app)).toEqual([]);
    expect([office.day.roles.size, office.day.items.size, office.day.records.size, office.day.messages.size]).toEqual([
      4, 10, 6, 8,
    ]);
  });

  it.each(cells(afterProperClose))('$file: $fault', ({ file, fault, expected }) =>
    checkCell(apps, tempDir('cell'), office.closed, office.day, [[file, fault]], expected),
  );
});

describe('a data file damaged after a crash (the app died in the middle of its second run)', () => {
  it.each(cells(afterCrash))('$file: $fault', ({ file, fault, expected }) =>
    checkCell(apps, tempDir('cell'), office.crashed, office.day, [[file, fault]], expected),
  );
});
