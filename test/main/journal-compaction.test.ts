import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DurableTextFile } from '../../main/store/durable-text-file';
import { JournaledStore } from '../../main/store/journaled-store';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();

/** A visit report of some 6 KB: a dozen of them make a journal of more than 64 KB. */
const notes = 'Verslag van het bezoek aan de klant, met afspraken over de planning. '.repeat(90);
const visit = (title: string) => ({
  entity: 'task',
  title,
  fields: { type: 'Bezoek', status: 'Open', responsible: 'user-bram', notes },
});

const titlesIn = (dir: string): string[] => {
  const snapshot = JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8')) as { records: { title: string }[] };
  return snapshot.records.map((r) => r.title);
};
const journalBytes = (dir: string, copy = 'records.json.journal') => readFileSync(join(dir, copy)).length;

describe('the snapshot is never far behind its journal', () => {
  it('is rewritten once the journal holds 64 KB and 10 minutes have passed, not before', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-23T09:00:00.000Z');
    const app = await apps.open(dir, clock);
    const titles = Array.from({ length: 12 }, (_, i) => `Bezoek ${i + 1}`);
    for (const title of titles) {
      await app.dispatch('records.create', visit(title));
      clock.advance(30_000);
    }
    // 64 KB in the journal (both copies), but only 6 minutes since the start: the snapshot stays as it was.
    expect(journalBytes(dir)).toBeGreaterThan(64 * 1024);
    expect(journalBytes(dir, 'records.json.journal.2')).toBe(journalBytes(dir));
    expect(titlesIn(dir).filter((t) => t.startsWith('Bezoek'))).toEqual([]);

    clock.advance(4 * 60_000);
    await app.dispatch('records.create', visit('Bezoek na tien minuten'));
    // The change is acknowledged once its line is on disk; the snapshot is rewritten right after it.
    await app.idle();
    // Ten minutes on, the next change rewrote the snapshot: it holds every record, both journal copies start anew.
    expect(titlesIn(dir)).toEqual(expect.arrayContaining([...titles, 'Bezoek na tien minuten']));
    expect([journalBytes(dir), journalBytes(dir, 'records.json.journal.2')]).toEqual([0, 0]);
  });
});

describe('a snapshot rewrite is housekeeping after the write that made it due', () => {
  interface Note {
    id: string;
    text: string;
  }
  const openNotes = (dir: string) =>
    JournaledStore.open<{ notes: Note }>({
      dataDir: dir,
      file: 'notes.json',
      clock: fakeClock(),
      decodeSnapshot: (text) => {
        const { journalSeq, notes } = JSON.parse(text) as { journalSeq: number; notes: Note[] };
        return { journalSeq, records: { notes } };
      },
      encodeSnapshot: ({ journalSeq, records }) => ({ journalSeq, ...records }),
      decodeRecord: { notes: (v) => v as Note },
      keyOf: { notes: (v) => v.id },
      empty: () => ({ notes: [] }),
      compactAfterBytes: 4 * 1024,
    });
  const note = (i: number): Note => ({ id: `n${i}`, text: `${i} `.repeat(400) });
  const change = (n: Note) => [{ collection: 'notes' as const, key: n.id, value: n }];

  it('acknowledges before the rewrite; the next change waits for it and goes to the new journal', async () => {
    const dir = tempDir();
    const store = await openNotes(dir);
    // The first commit of a new store rewrites the snapshot once (its journal did not pair with one yet).
    await store.commit(change(note(0)));
    await store.idle();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const write = DurableTextFile.prototype.write;
    const rewrites = vi.spyOn(DurableTextFile.prototype, 'write').mockImplementation(async function (
      this: DurableTextFile,
      text,
    ) {
      await held;
      return write.call(this, text);
    });
    try {
      // Enough lines to pass 4 KB: the write that passes it makes the rewrite due.
      for (let i = 1; i <= 4; i++) await store.commit(change(note(i)));
      expect(rewrites).toHaveBeenCalled();
      // Acknowledged while the rewrite is held: the line is on disk.
      expect(journalBytes(dir, 'notes.json.journal')).toBeGreaterThan(4 * 1024);
      let fifth = false;
      const next = store.commit(change(note(5))).then(() => (fifth = true));
      await new Promise((resolve) => setImmediate(resolve));
      // No line is appended while the snapshot is being rewritten.
      expect(fifth).toBe(false);
      release();
      await next;
      await store.idle();
    } finally {
      release();
      rewrites.mockRestore();
    }
    // The rewrite holds the first five; the fifth went to the journal that followed it.
    const snapshot = JSON.parse(readFileSync(join(dir, 'notes.json'), 'utf8')) as { notes: Note[] };
    expect(snapshot.notes.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(readFileSync(join(dir, 'notes.json.journal'), 'utf8')).toContain('"n5"');
    // A crash now (no close) loses nothing and replays nothing twice.
    const again = await openNotes(dir);
    expect([...again.maps.notes.keys()]).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    await again.close();
  });
});
