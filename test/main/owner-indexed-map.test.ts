import { describe, expect, it } from 'vitest';
import { OwnerIndexedMap } from '../../main/store/owner-indexed-map';
import { randomMapSteps } from '../helpers/random-map-steps';

interface Run {
  id: string;
  recordId?: string;
  seq: number;
}

describe('an owner-indexed map: values by key, with the keys of each owner', () => {
  it('says what reading every value says through 20,000 random sets, deletes, clears and undone batches', () => {
    // Some runs belong to no record (an item submitted by hand).
    const owners = ['record-1', 'record-2', 'record-3', undefined];
    const map = new OwnerIndexedMap<Run>((run) => run.recordId);
    randomMapSteps(map, {
      seed: 20261127,
      steps: 20_000,
      keys: Array.from({ length: 40 }, (_, i) => `item-${i}`),
      valueFor: (key, rng, step) => {
        // Mostly the same run again (a step), now and then for another record.
        const owner = map.has(key) && rng.chance(0.8) ? map.get(key)!.recordId : owners[rng.int(0, 3)];
        return { id: key, seq: step, ...(owner ? { recordId: owner } : {}) };
      },
      check: (step, rng) => {
        const owner = owners[rng.int(0, 2)]!;
        const truth = [...map.entries()].flatMap(([k, run]) => (run.recordId === owner ? [k] : []));
        expect([...map.keysOf(owner)].sort(), `step ${step}`).toEqual(truth.sort());
      },
    });
  });

  it('keeps a key in place among its owner’s keys when its value changes; moves it with its owner', () => {
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
