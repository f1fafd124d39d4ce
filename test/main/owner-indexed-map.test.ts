import { describe, expect, it } from 'vitest';
import { JournalBatch } from '../../main/store/journal-batch';
import { OwnerIndexedMap } from '../../main/store/owner-indexed-map';

interface Run {
  id: string;
  recordId?: string;
  seq: number;
}

/** A small seeded generator (mulberry32), so a failure can be run again. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('an owner-indexed map: values by key, with the keys of each owner', () => {
  it('says what reading every value says, in the map’s own order, through 20,000 random sets, deletes, clears and undone batches', () => {
    const next = random(20261127);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const keys = Array.from({ length: 40 }, (_, i) => `item-${i}`);
    // Some runs belong to no record (an item submitted by hand).
    const owners = ['record-1', 'record-2', 'record-3', undefined];
    const map = new OwnerIndexedMap<Run>((run) => run.recordId);
    let batch: JournalBatch | null = null;
    for (let step = 0; step < 20_000; step++) {
      const roll = next();
      const key = pick(keys);
      if (roll < 0.5) {
        batch?.remember(map as Map<string, unknown>, key);
        // Mostly the same run again (a step), now and then for another record.
        const owner = map.has(key) && next() < 0.8 ? map.get(key)!.recordId : pick(owners);
        map.set(key, { id: key, seq: step, ...(owner ? { recordId: owner } : {}) });
      } else if (roll < 0.9) {
        batch?.remember(map as Map<string, unknown>, key);
        const had = map.has(key);
        expect(map.delete(key)).toBe(had);
      } else if (roll < 0.93) {
        batch = new JournalBatch();
      } else if (roll < 0.97) {
        batch?.undo(new Error('disk full'));
        batch = null;
      } else if (roll < 0.975) {
        map.clear();
        batch = null;
      }
      // Ask now and then only, so that the index is also built late, from values set before it.
      if (next() < 0.3) {
        const owner = pick(owners.filter(Boolean)) as string;
        const truth = [...map.entries()].flatMap(([k, run]) => (run.recordId === owner ? [k] : []));
        expect([...map.keysOf(owner)].sort(), `step ${step}`).toEqual([...truth].sort());
      }
    }
  });

  it('keeps a key where it was among its owner’s keys when its value changes, and moves it when the owner does', () => {
    const map = new OwnerIndexedMap<Run>((run) => run.recordId);
    map.set('a', { id: 'a', recordId: 'r1', seq: 1 });
    map.set('b', { id: 'b', recordId: 'r1', seq: 1 });
    expect([...map.keysOf('r1')]).toEqual(['a', 'b']);
    map.set('a', { id: 'a', recordId: 'r1', seq: 2 });
    expect([...map.keysOf('r1')]).toEqual(['a', 'b']);
    map.set('a', { id: 'a', recordId: 'r2', seq: 3 });
    expect([...map.keysOf('r1')]).toEqual(['b']);
    expect([...map.keysOf('r2')]).toEqual(['a']);
    map.set('b', { id: 'b', seq: 4 });
    expect([...map.keysOf('r1')]).toEqual([]);
  });
});
