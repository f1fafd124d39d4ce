import { describe, expect, it } from 'vitest';
import type { TriggerTimer } from '@shared/model/schedule';
import { openRecordsStore } from '../../main/records/records-store';
import { TriggerTimerMap } from '../../main/records/trigger-timer-map';
import { JournalBatch } from '../../main/store/journal-batch';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

const timer = (key: string, recordId: string, at: string): TriggerTimer => ({
  key,
  workflowId: 'wf-1',
  version: 1,
  recordId,
  entity: 'task',
  kind: 'delayed',
  at,
  createdAt: '2026-11-23T09:00:00.000Z',
});
const keysOf = (map: TriggerTimerMap, recordId: string) => [...map.keysOf(recordId)].sort();

describe('the record triggers’ timers, by record and by the earliest due', () => {
  it('follows every set, replace and delete', () => {
    const map = new TriggerTimerMap();
    expect(map.anyDueBy('2030-01-01T00:00:00.000Z')).toBe(false);
    map.set('a', timer('a', 'rec-1', '2026-12-01T09:00:00.000Z'));
    map.set('b', timer('b', 'rec-1', '2026-12-03T09:00:00.000Z'));
    map.set('c', timer('c', 'rec-2', '2026-12-02T09:00:00.000Z'));
    expect(keysOf(map, 'rec-1')).toEqual(['a', 'b']);
    expect(map.anyDueBy('2026-11-30T09:00:00.000Z')).toBe(false);
    expect(map.anyDueBy('2026-12-01T09:00:00.000Z')).toBe(true);
    // A key armed again for another record moves with it; the earliest went with the old value.
    map.set('a', timer('a', 'rec-2', '2026-12-05T09:00:00.000Z'));
    expect(keysOf(map, 'rec-1')).toEqual(['b']);
    expect(keysOf(map, 'rec-2')).toEqual(['a', 'c']);
    expect(map.anyDueBy('2026-12-01T09:00:00.000Z')).toBe(false);
    expect(map.anyDueBy('2026-12-02T09:00:00.000Z')).toBe(true);
    expect(map.delete('c')).toBe(true);
    expect(map.delete('c')).toBe(false);
    expect(keysOf(map, 'rec-2')).toEqual(['a']);
    expect(map.anyDueBy('2026-12-02T09:00:00.000Z')).toBe(false);
    expect(map.anyDueBy('2026-12-03T09:00:00.000Z')).toBe(true);
    map.clear();
    expect(keysOf(map, 'rec-1')).toEqual([]);
    expect(map.anyDueBy('2030-01-01T00:00:00.000Z')).toBe(false);
  });

  it('is put back with the timers when a failed write is undone', () => {
    const map = new TriggerTimerMap();
    map.set('a', timer('a', 'rec-1', '2026-12-01T09:00:00.000Z'));
    const batch = new JournalBatch();
    batch.remember(map as Map<string, unknown>, 'a');
    batch.remember(map as Map<string, unknown>, 'b');
    map.delete('a');
    map.set('b', timer('b', 'rec-2', '2026-11-24T09:00:00.000Z'));
    expect(map.anyDueBy('2026-11-25T09:00:00.000Z')).toBe(true);
    batch.undo(new Error('disk full'));
    expect(keysOf(map, 'rec-1')).toEqual(['a']);
    expect(keysOf(map, 'rec-2')).toEqual([]);
    expect(map.anyDueBy('2026-11-25T09:00:00.000Z')).toBe(false);
    expect(map.anyDueBy('2026-12-01T09:00:00.000Z')).toBe(true);
  });

  it('is what the records store holds, read back from its snapshot and its journal', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-23T09:00:00.000Z');
    const first = await openRecordsStore(dir, clock);
    await first.commit([{ collection: 'timers', key: 'a', value: timer('a', 'rec-1', '2026-12-01T09:00:00.000Z') }]);
    await first.close();
    const second = await openRecordsStore(dir, clock);
    // This one stays in the journal only: the store is not closed.
    await second.commit([{ collection: 'timers', key: 'b', value: timer('b', 'rec-1', '2026-11-30T09:00:00.000Z') }]);
    const third = await openRecordsStore(dir, clock);
    expect(third.maps.timers).toBeInstanceOf(TriggerTimerMap);
    expect(keysOf(third.maps.timers, 'rec-1')).toEqual(['a', 'b']);
    expect(third.maps.timers.anyDueBy('2026-11-30T09:00:00.000Z')).toBe(true);
    expect(third.maps.timers.anyDueBy('2026-11-29T09:00:00.000Z')).toBe(false);
    await third.close();
  });
});
