import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp as App } from '../helpers/app';
import type { AppInfo, NoticeCause, StoreNotice } from '../../shared/api/contract';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { damage, type Fault, filesOf, linesOf } from '../helpers/damage';
import { missingAfter, type OfficeDay, officeDay } from '../helpers/office-day';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
let smtp: TestSmtp;
let day: OfficeDay;
/** The data folder after the office's day, closed properly. */
let closed: string;
/** The same folder as a crash in the day's second run left it. */
let crashed: string;

beforeAll(async () => {
  smtp = await startSmtp();
  closed = tempDir('office');
  crashed = tempDir('crashed');
  day = await officeDay(closed, smtp, crashed);
}, 120_000);
afterAll(() => smtp.close());

const ITEMS_ARCHIVE = 'archive/items-2026-11.jsonl';
const MESSAGES_ARCHIVE = 'archive/messages-2026-11.jsonl';

/** A damaged file: its text before and after. */
interface Cell {
  file: string;
  before: string;
  after: string;
}
/** What a start must say and keep. `missing`: exactly what is lost; `mayMiss`: what may be, nothing else. */
interface Expected {
  refused?: true;
  notices?: (c: Cell) => Partial<Record<keyof StoreNotice | 'kept', unknown>>[];
  missing?: (c: Cell) => string[];
  mayMiss?: (c: Cell) => string[];
}
type Row = { file: string } & Partial<Record<Fault, Expected>>;

/** What a notice says, with the paths in the data folder. */
const view = (dir: string) => (n: StoreNotice) => ({
  kind: n.kind,
  file: relative(dir, n.file),
  ...(n.cause ? { cause: n.cause } : {}),
  ...(n.keptAs ? { kept: true } : {}),
  ...(n.line !== undefined ? { line: n.line } : {}),
  ...(n.since ? { since: n.since } : {}),
  ...(n.lines ? { lines: n.lines } : {}),
  ...(n.bytes !== undefined ? { bytes: n.bytes } : {}),
  ...(n.expectedBytes !== undefined ? { expectedBytes: n.expectedBytes } : {}),
});

const noticesOf = async (app: App) => ((await app.dispatch('app.info', {})) as AppInfo).notices;

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

/** An archive has no second copy: what its damaged lines held is lost, and the notices name it. */
const archiveLost = (c: Cell) => {
  const kept = new Set(linesOf(c.after));
  return linesOf(c.before).filter((l) => !kept.has(l)).map((l) => (JSON.parse(l) as { id: string }).id);
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
  empty: { notices: (c) => [short(c)], missing: archiveLost },
  delete: {
    notices: (c) => [{ kind: 'archiveMissing', file: c.file, cause: 'missing', expectedBytes: bytes(c.before) }],
    missing: archiveLost,
  },
};

/** The items and records a journal's lines (from line `from` on) changed. */
const touched = (c: Cell, from = 1) =>
  linesOf(c.before)
    .slice(from - 1)
    .flatMap((l) => (JSON.parse(l) as { c: { c: string; k: string }[] }).c)
    .filter((change) => change.c === 'items' || change.c === 'records')
    .map((change) => change.k);
/** The line the damage is in (the first that no longer reads as it was). */
const damagedLine = (c: Cell) => {
  const after = c.after.split('\n');
  return linesOf(c.before).findIndex((l, i) => after[i] !== l) + 1;
};
const journalAfterCrash: Partial<Record<Fault, Expected>> = {
  // Cut off in a line, a journal looks like one a crash cut off during a write: what followed the cut
  // is lost and nothing can tell. (After a proper close the journal is empty, see above.)
  truncate: { notices: () => [], mayMiss: (c) => touched(c, damagedLine(c)) },
  corrupt: {
    notices: (c) => {
      const line = damagedLine(c);
      const since = (JSON.parse(linesOf(c.before)[line - 2]!) as { t: string }).t;
      return [{ kind: 'journalCut', file: c.file, cause: 'notJson', line, since, kept: true }];
    },
    mayMiss: (c) => touched(c, damagedLine(c)),
  },
  // An empty journal is what every compaction leaves: emptied, it cannot be told from one with nothing to say.
  empty: { notices: () => [], mayMiss: (c) => touched(c) },
  delete: {
    notices: (c) => [{ kind: 'journalMissing', file: c.file, cause: 'missing', since: expect.any(String) }],
    mayMiss: (c) => touched(c),
  },
};

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
  mayMiss: () => [...day.messages.keys()],
});

const olderDamaged = olderOutbox('notJson');

// --- The tables: one row per file, what each fault must come to --------------------------------------------------

const damaged = restored('notJson');
const snapshotFaults = { truncate: damaged, corrupt: damaged, empty: damaged, delete: restored('missing') };
const journalAtRest = { truncate: emptyAtRest, corrupt: emptyAtRest, empty: emptyAtRest, delete: emptyAtRest };

const afterProperClose: Row[] = [
  { file: 'stroomlijn.json', ...snapshotFaults, newer: refused },
  { file: 'outbox.json', ...snapshotFaults, newer: refused },
  { file: 'items.json', ...snapshotFaults, newer: refused },
  { file: 'items.json.journal', ...journalAtRest },
  { file: 'records.json', ...snapshotFaults, newer: refused },
  { file: 'records.json.journal', ...journalAtRest },
  { file: ITEMS_ARCHIVE, ...archive },
  { file: MESSAGES_ARCHIVE, ...archive },
];

const afterCrash: Row[] = [
  { file: 'stroomlijn.json', ...snapshotFaults },
  { file: 'outbox.json', truncate: olderDamaged, corrupt: olderDamaged, delete: olderOutbox('missing') },
  { file: 'items.json', ...snapshotFaults },
  { file: 'items.json.journal', ...journalAfterCrash },
  { file: 'records.json', ...snapshotFaults },
  { file: 'records.json.journal', ...journalAfterCrash },
];

const cells = (rows: Row[]) =>
  rows.flatMap(({ file, ...faults }) =>
    Object.entries(faults).map(([fault, expected]) => ({ file, fault: fault as Fault, expected })),
  );

/** Damage `file` in a copy of `base`, start the app on it and check what it says and keeps. */
async function check(base: () => string, file: string, fault: Fault, expected: Expected): Promise<void> {
  const dir = tempDir('cell');
  cpSync(base(), dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  damage(path, fault);
  const cell = { file, before, after: existsSync(path) ? readFileSync(path, 'utf8') : '' };
  const clock = fakeClock('2026-11-28T09:00:00.000Z');
  if (expected.refused) {
    const untouched = filesOf(dir);
    await expect(openTestApp(dir, clock)).rejects.toThrow(`${path} was written by a newer Stroomlijn`);
    expect(filesOf(dir)).toEqual(untouched);
    return;
  }
  const app = await apps.open(dir, clock);
  // Reading everything (lists read the archives) first: a damaged archive line is found as it is read.
  const missing = (await missingAfter(app, day)).sort();
  if (expected.missing) expect(missing).toEqual(expected.missing(cell).sort());
  if (expected.mayMiss) expect(missing.filter((id) => !expected.mayMiss!(cell).includes(id))).toEqual([]);
  expect((await noticesOf(app)).map(view(dir))).toEqual(expected.notices!(cell));
}

describe('a data file damaged while the app was closed (after a proper close)', () => {
  it('starts from a day that left every journal empty and nothing to repair', async () => {
    expect(readFileSync(join(closed, 'items.json.journal'), 'utf8')).toBe('');
    expect(readFileSync(join(closed, 'records.json.journal'), 'utf8')).toBe('');
    const dir = tempDir('cell');
    cpSync(closed, dir, { recursive: true });
    const app = await apps.open(dir, fakeClock('2026-11-28T09:00:00.000Z'));
    expect(await missingAfter(app, day)).toEqual([]);
    expect(await noticesOf(app)).toEqual([]);
    expect([day.roles.size, day.items.size, day.records.size, day.messages.size]).toEqual([4, 10, 6, 8]);
  });

  it.each(cells(afterProperClose))('$file: $fault', ({ file, fault, expected }) =>
    check(() => closed, file, fault, expected),
  );
});

describe('a data file damaged after a crash (the app died in the middle of its second run)', () => {
  it.each(cells(afterCrash))('$file: $fault', ({ file, fault, expected }) =>
    check(() => crashed, file, fault, expected),
  );
});
