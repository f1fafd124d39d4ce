import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type JournalEntry, JournaledDocumentFile } from '../../main/store/journaled-document';
import { JsonFileAdapter } from '../../main/store/json-file-adapter';
import { fakeClock } from '../helpers/clock';
import { refuseWrites } from '../helpers/refuse-writes';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((u) => u()));

/** A small journaled document: notes by key, each change a journal entry that says what a note is. */
const Notes = z.object({
  schemaVersion: z.literal(1),
  journalSeq: z.number().int().nonnegative().optional(),
  notes: z.record(z.string(), z.string()),
});
type Notes = z.infer<typeof Notes>;
const openNotes = (dir: string) =>
  JournaledDocumentFile.open(
    {
      dataDir: dir,
      file: 'notes.json',
      schema: Notes,
      empty: (): Notes => ({ schemaVersion: 1, notes: {} }),
      clock: fakeClock(),
    },
    {
      schemaVersion: 1,
      what: 'the notes file',
      lastRunClosed: false,
      decodeEntry: (entry: JournalEntry) => entry,
      applyEntry: (doc: Notes, entry: JournalEntry) => void (doc.notes[entry.k] = String(entry.v)),
    },
  );
const note = (k: string, v: string): JournalEntry => ({ c: 'notes', k, v });

/** Hold every rewrite of a document file until `release`; `started` resolves when one is on its way. */
function holdRewrites() {
  let began!: () => void;
  const started = new Promise<void>((resolve) => (began = resolve));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const write = JsonFileAdapter.prototype.write;
  const rewrites = vi.spyOn(JsonFileAdapter.prototype, 'write').mockImplementation(async function (
    this: JsonFileAdapter<unknown>,
    data,
  ) {
    began();
    await held;
    return write.call(this, data);
  });
  undo.push(() => rewrites.mockRestore());
  return { started, release, rewrites };
}

describe('a journaled document tells each caller how its own line went', () => {
  it('rejects every caller of a line that waited out a rewrite and was refused, not only the first', async () => {
    const dir = tempDir();
    const doc = await openNotes(dir);
    await doc.journal([note('a', 'kept')]);
    // Hold the rewrite of notes.json while it is on its way.
    const { started, release } = holdRewrites();
    const rewrite = doc.update(() => undefined);
    await started;
    // The journal refuses from now on. Two callers: the first asks for a line (it waits for the
    // rewrite), the second asks while that line waits, so its entries go in the same line.
    undo.push(await refuseWrites(join(dir, 'notes.json.journal')));
    const first = doc.journal([note('b', 'first')]);
    const second = doc.journal([note('c', 'second')]);
    release();
    await rewrite;
    await expect(first).rejects.toThrow(/disk is full/);
    // Before, the second was told "saved" by the empty line after the refused one.
    await expect(second).rejects.toThrow(/disk is full/);
    await doc.idle();
  });

  it('resolves a caller whose entries a rewrite of the file took in, and they are there after a crash', async () => {
    const dir = tempDir();
    const doc = await openNotes(dir);
    const { started, release, rewrites } = holdRewrites();
    const rewrite = doc.update(() => undefined);
    await started;
    const waits = doc.journal([note('x', 'after the rewrite began')]);
    release();
    await rewrite;
    await waits;
    await doc.idle();
    rewrites.mockRestore();
    // No close: as after a crash.
    const again = await openNotes(dir);
    expect(again.data.notes).toEqual({ x: 'after the rewrite began' });
    await again.close();
  });
});
