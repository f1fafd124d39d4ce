import { expect } from 'vitest';
import { JournalBatch } from '../../main/store/journal-batch';
import { Rng } from './random-workflow';

export interface RandomMapSteps<T> {
  seed: number;
  steps: number;
  keys: readonly string[];
  /** The value a set puts under `key`. */
  valueFor(key: string, rng: Rng, step: number): T;
  /** Compare the map's indexes with what reading every value says. */
  check(step: number, rng: Rng): void;
}

/**
 * Drive a map as a journaled store drives it, through random sets, deletes, clears and batches
 * undone the way a failed write undoes them (JournalBatch), and `check` it now and then only, so
 * that an index made when first asked is also made late, from values set before it.
 */
export function randomMapSteps<T>(map: Map<string, T>, o: RandomMapSteps<T>): void {
  const rng = new Rng(o.seed);
  let batch: JournalBatch | null = null;
  for (let step = 0; step < o.steps; step++) {
    const roll = rng.next();
    const key = o.keys[rng.int(0, o.keys.length - 1)]!;
    if (roll < 0.5) {
      batch?.remember(map as Map<string, unknown>, key);
      map.set(key, o.valueFor(key, rng, step));
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
    if (rng.chance(0.3)) o.check(step, rng);
  }
}
