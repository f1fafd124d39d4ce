import { describe, expect, it } from 'vitest';
import { IndexedTimerMap } from '../../main/store/indexed-timer-map';
import { JournalBatch } from '../../main/store/journal-batch';
import { JournaledStore } from '../../main/store/journaled-store';
import { fakeClock } from '../helpers/clock';
import { randomMapSteps } from '../helpers/random-map-steps';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

interface Timer {
  key: string;
  owner: string;
  at: string;
}
const timer = (key: string, owner: string, day: number): Timer => ({
  key,
  owner,
  at: `2026-12-${String(day).padStart(2, '0')}T09:00:00.000Z`,
});
const day = (n: number) => `2026-12-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const newMap = () => new IndexedTimerMap<Timer>((t) => t.owner);
const keysOf = (map: IndexedTimerMap<Timer>, owner: string) => [...map.keysOf(owner)].sort();

/** What the index must say, worked out by reading every timer. */
const naive = (map: Map<string, Timer>) => ({
  keysOf: (owner: string) => [...map.entries()].flatMap(([key, t]) => (t.owner === owner ? [key] : [])).sort(),
  anyDueBy: (until: string) => [...map.values()].some((t) => t.at <= until),
});

describe('an indexed timer map: timers by key, with the keys of each owner and the earliest due', () => {
  it('follows every set, replace and delete', () => {
    const map = newMap();
    expect(map.anyDueBy(day(31))).toBe(false);
    expect(keysOf(map, 'o1')).toEqual([]);
    map.set('a', timer('a', 'o1', 1));
    map.set('b', timer('b', 'o1', 3));
    map.set('c', timer('c', 'o2', 2));
    expect(keysOf(map, 'o1')).toEqual(['a', 'b']);
    expect(map.anyDueBy('2026-11-30T09:00:00.000Z')).toBe(false);
    expect(map.anyDueBy(day(1))).toBe(true);
    // A key set again for another owner moves with it; the earliest went with the old value.
    map.set('a', timer('a', 'o2', 5));
    expect(keysOf(map, 'o1')).toEqual(['b']);
    expect(keysOf(map, 'o2')).toEqual(['a', 'c']);
    expect(map.anyDueBy(day(1))).toBe(false);
    expect(map.anyDueBy(day(2))).toBe(true);
    // Set earlier than all the others: the earliest follows at once.
    map.set('d', timer('d', 'o3', 1));
    expect(map.anyDueBy(day(1))).toBe(true);
    expect(map.delete('d')).toBe(true);
    expect(map.delete('d')).toBe(false);
    expect(keysOf(map, 'o3')).toEqual([]);
    expect(map.delete('c')).toBe(true);
    expect(keysOf(map, 'o2')).toEqual(['a']);
    expect(map.anyDueBy(day(2))).toBe(false);
    expect(map.anyDueBy(day(3))).toBe(true);
    expect(map.size).toBe(2);
    map.clear();
    expect(keysOf(map, 'o1')).toEqual([]);
    expect(map.anyDueBy(day(31))).toBe(false);
    map.set('e', timer('e', 'o1', 4));
    expect(keysOf(map, 'o1')).toEqual(['e']);
    expect(map.anyDueBy(day(4))).toBe(true);
  });

  it('keeps its index whether it was first asked before or after the timers were set', () => {
    const early = newMap();
    expect(keysOf(early, 'o1')).toEqual([]);
    const late = newMap();
    for (const map of [early, late]) {
      map.set('a', timer('a', 'o1', 1));
      map.set('b', timer('b', 'o1', 2));
      map.delete('a');
    }
    expect(keysOf(early, 'o1')).toEqual(['b']);
    expect(keysOf(late, 'o1')).toEqual(['b']);
  });

  it('is put back with the timers when a failed write is undone', () => {
    const map = newMap();
    map.set('a', timer('a', 'o1', 5));
    map.set('c', timer('c', 'o1', 7));
    expect(keysOf(map, 'o1')).toEqual(['a', 'c']);
    const batch = new JournalBatch();
    for (const key of ['a', 'b', 'c']) batch.remember(map as Map<string, unknown>, key);
    map.delete('a');
    map.set('b', timer('b', 'o2', 1));
    map.set('c', timer('c', 'o2', 6));
    expect(map.anyDueBy(day(1))).toBe(true);
    expect(keysOf(map, 'o2')).toEqual(['b', 'c']);
    batch.undo(new Error('disk full'));
    expect(keysOf(map, 'o1')).toEqual(['a', 'c']);
    expect(keysOf(map, 'o2')).toEqual([]);
    expect(map.anyDueBy(day(4))).toBe(false);
    expect(map.anyDueBy(day(5))).toBe(true);
  });

  it('is what a journaled store holds, read back from its sealed snapshot and replayed from its journal', async () => {
    const dir = tempDir();
    const sealed: boolean[] = [];
    const open = () =>
      JournaledStore.open<{ timers: Timer }>({
        dataDir: dir,
        file: 'timers.json',
        clock: fakeClock(),
        fingerprint: () => '0000abcd',
        decodeSnapshot: (text, isSealed) => {
          sealed.push(isSealed);
          const { journalSeq, timers } = JSON.parse(text) as {
            journalSeq: number;
            timers: Timer[];
          };
          return { journalSeq, records: { timers } };
        },
        encodeSnapshot: ({ journalSeq, records }) => ({ journalSeq, ...records }),
        decodeRecord: { timers: (v) => v as Timer },
        keyOf: { timers: (v) => v.key },
        empty: () => ({ timers: [] }),
        mapOf: { timers: newMap },
      });
    const timersOf = (store: Awaited<ReturnType<typeof open>>) => store.maps.timers as IndexedTimerMap<Timer>;
    const first = await open();
    await first.commit([
      { collection: 'timers', key: 'a', value: timer('a', 'o1', 3) },
      { collection: 'timers', key: 'b', value: timer('b', 'o2', 4) },
    ]);
    await first.close();
    const second = await open();
    // These stay in the journal only: the store is not closed.
    await second.commit([
      { collection: 'timers', key: 'c', value: timer('c', 'o1', 2) },
      { collection: 'timers', key: 'b' },
    ]);
    const third = await open();
    expect(third.maps.timers).toBeInstanceOf(IndexedTimerMap);
    expect(keysOf(timersOf(third), 'o1')).toEqual(['a', 'c']);
    expect(keysOf(timersOf(third), 'o2')).toEqual([]);
    expect(timersOf(third).anyDueBy(day(1))).toBe(false);
    expect(timersOf(third).anyDueBy(day(2))).toBe(true);
    await third.close();
    const fourth = await open();
    expect(sealed.at(-1)).toBe(true);
    expect(keysOf(timersOf(fourth), 'o1')).toEqual(['a', 'c']);
    expect(timersOf(fourth).anyDueBy(day(2))).toBe(true);
    await fourth.close();
  });

  it('says what reading every timer says, through 20,000 random sets, deletes, clears and undone batches', () => {
    const owners = ['o1', 'o2', 'o3', 'o4', 'o5'];
    const map = newMap();
    randomMapSteps(map, {
      seed: 20261127,
      steps: 20_000,
      keys: Array.from({ length: 40 }, (_, i) => `k${i}`),
      valueFor: (key, rng) => timer(key, owners[rng.int(0, owners.length - 1)]!, rng.int(1, 28)),
      check: (step, rng) => {
        const truth = naive(map);
        const owner = owners[rng.int(0, owners.length - 1)]!;
        expect(keysOf(map, owner), `step ${step}`).toEqual(truth.keysOf(owner));
        const until = day(rng.int(1, 28));
        expect(map.anyDueBy(until), `step ${step}`).toBe(truth.anyDueBy(until));
      },
    });
  });
});
