import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    // Ten minutes on, the next change rewrote the snapshot: it holds every record, both journal copies start anew.
    expect(titlesIn(dir)).toEqual(expect.arrayContaining([...titles, 'Bezoek na tien minuten']));
    expect([journalBytes(dir), journalBytes(dir, 'records.json.journal.2')]).toEqual([0, 0]);
  });
});
