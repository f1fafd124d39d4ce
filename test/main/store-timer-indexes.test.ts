import { describe, expect, it, vi } from 'vitest';
import type { ItemTimer } from '@shared/model/item';
import type { TriggerTimer } from '@shared/model/schedule';
import { ItemsStore } from '../../main/engine/items-store';
import { openRecordsStore } from '../../main/records/records-store';
import { IndexedTimerMap } from '../../main/store/indexed-timer-map';
import type { MirroredLog } from '../../main/store/mirrored-log';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

const triggerTimer = (key: string, recordId: string, at: string): TriggerTimer => ({
  key,
  workflowId: 'wf-1',
  version: 1,
  recordId,
  entity: 'task',
  kind: 'delayed',
  at,
  createdAt: '2026-11-23T09:00:00.000Z',
});
const itemTimer = (key: string, itemId: string, at: string): ItemTimer => ({ key, itemId, nodeId: 'wacht', at });
const keysOf = (items: ItemsStore, itemId: string) =>
  items
    .timersOf(itemId)
    .map((t) => t.key)
    .sort();
/** The journal the items store writes to, to make one write fail as a full disk would. */
const journalOf = (items: ItemsStore) => (items as unknown as { journal: { journal: MirroredLog } }).journal.journal;

describe('the timer indexes of the records and items stores', () => {
  it('the records store holds its timers indexed by record, read back from its snapshot and its journal', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-23T09:00:00.000Z');
    const first = await openRecordsStore(dir, clock);
    await first.commit([
      { collection: 'timers', key: 'a', value: triggerTimer('a', 'rec-1', '2026-12-01T09:00:00.000Z') },
    ]);
    await first.close();
    const second = await openRecordsStore(dir, clock);
    // This one stays in the journal only: the store is not closed.
    await second.commit([
      { collection: 'timers', key: 'b', value: triggerTimer('b', 'rec-1', '2026-11-30T09:00:00.000Z') },
    ]);
    const third = await openRecordsStore(dir, clock);
    expect(third.maps.timers).toBeInstanceOf(IndexedTimerMap);
    expect([...third.maps.timers.keysOf('rec-1')].sort()).toEqual(['a', 'b']);
    expect(third.maps.timers.anyDueBy('2026-11-30T09:00:00.000Z')).toBe(true);
    expect(third.maps.timers.anyDueBy('2026-11-29T09:00:00.000Z')).toBe(false);
    await third.close();
  });

  it('the items store finds an item’s timers after a save, an undone write, a replay, a snapshot', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-23T09:00:00.000Z');
    const first = await ItemsStore.open(dir, clock);
    await first.save({
      itemId: 'item-1',
      addTimers: [
        itemTimer('a', 'item-1', '2026-12-01T09:00:00.000Z'),
        itemTimer('b', 'item-1', '2026-12-03T09:00:00.000Z'),
      ],
    });
    await first.save({ itemId: 'item-2', addTimers: [itemTimer('c', 'item-2', '2026-12-02T09:00:00.000Z')] });
    expect(keysOf(first, 'item-1')).toEqual(['a', 'b']);
    expect(first.anyTimerDueBy('2026-11-30T09:00:00.000Z')).toBe(false);
    expect(first.anyTimerDueBy('2026-12-01T09:00:00.000Z')).toBe(true);

    // A write the disk refuses is undone in memory, and the index with it.
    vi.spyOn(journalOf(first), 'append').mockRejectedValueOnce(
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
    );
    const refused = first.save({
      itemId: 'item-1',
      removeTimers: ['a'],
      addTimers: [itemTimer('d', 'item-2', '2026-11-24T09:00:00.000Z')],
    });
    // Applied in memory at once…
    expect(keysOf(first, 'item-1')).toEqual(['b']);
    expect(keysOf(first, 'item-2')).toEqual(['c', 'd']);
    expect(first.anyTimerDueBy('2026-11-24T09:00:00.000Z')).toBe(true);
    await expect(refused).rejects.toThrow('no space');
    // …and undone when the write failed.
    expect(keysOf(first, 'item-1')).toEqual(['a', 'b']);
    expect(keysOf(first, 'item-2')).toEqual(['c']);
    expect(first.anyTimerDueBy('2026-11-24T09:00:00.000Z')).toBe(false);

    await first.save({ itemId: 'item-1', removeTimers: ['b'] });
    await first.close();
    const second = await ItemsStore.open(dir, clock);
    expect(keysOf(second, 'item-1')).toEqual(['a']);
    // These stay in the journal only: the store is not closed.
    await second.save({ itemId: 'item-2', removeTimers: ['c'] });
    await second.save({ itemId: 'item-3', addTimers: [itemTimer('e', 'item-3', '2026-11-25T09:00:00.000Z')] });
    const third = await ItemsStore.open(dir, clock);
    expect(keysOf(third, 'item-1')).toEqual(['a']);
    expect(keysOf(third, 'item-2')).toEqual([]);
    expect(keysOf(third, 'item-3')).toEqual(['e']);
    expect(third.anyTimerDueBy('2026-11-25T09:00:00.000Z')).toBe(true);
    expect(third.anyTimerDueBy('2026-11-24T09:00:00.000Z')).toBe(false);
    await third.close();
  });
});
