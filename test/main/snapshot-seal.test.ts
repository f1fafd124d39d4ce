import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TriggerTimer } from '@shared/model/schedule';
import { openRecordsStore, RECORDS_FILE } from '../../main/records/records-store';
import { fingerprintOf, seal, sealHolds } from '../../main/store/snapshot-seal';
import { fakeClock } from '../helpers/clock';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const clock = () => fakeClock('2026-11-23T09:00:00.000Z');

const timer = (i: number): TriggerTimer => ({
  key: `wf-1:task-${i}:taskExpired`,
  workflowId: 'wf-1',
  version: 1,
  recordId: `task-${i}`,
  entity: 'task',
  kind: 'taskExpired',
  at: '2026-12-01T09:00:00.000Z',
  createdAt: '2026-11-23T09:00:00.000Z',
});

/** A records folder closed properly with three timers in its snapshot. */
async function closedWithTimers(): Promise<string> {
  const dir = tempDir();
  const store = await openRecordsStore(dir, clock());
  await store.commit([1, 2, 3].map((i) => ({ collection: 'timers' as const, key: timer(i).key, value: timer(i) })));
  await store.close();
  return dir;
}

describe('a sealed snapshot', () => {
  it('is its JSON with a last property that holds for that JSON and that schema only', () => {
    const json = JSON.stringify({ schemaVersion: 1, journalSeq: 4, timers: [] });
    const sealed = seal(json, 'abcdef01').toString('utf8');
    expect(JSON.parse(sealed)).toMatchObject({ schemaVersion: 1, journalSeq: 4, timers: [] });
    expect(sealHolds(sealed, 'abcdef01')).toBe(true);
    expect(sealHolds(sealed, 'abcdef02')).toBe(false);
    expect(sealHolds(sealed.replace('"journalSeq":4', '"journalSeq":5'), 'abcdef01')).toBe(false);
    expect(sealHolds(sealed.replace(/"\}$/, ' "}'), 'abcdef01')).toBe(false);
    expect(sealHolds(json, 'abcdef01')).toBe(false);
    expect(() => seal('[]', 'abcdef01')).toThrow('only a non-empty JSON object');
  });

  it('holds for the file’s bytes as for its text, also with characters outside ASCII, and fails on a changed byte', () => {
    const json = JSON.stringify({
      schemaVersion: 1,
      journalSeq: 7,
      titles: ['Überweisung prüfen', 'Tweede kerstdag ✓', '日本'],
    });
    const bytes = seal(json, 'abcdef01');
    const text = bytes.toString('utf8');
    expect(sealHolds(text, 'abcdef01', bytes)).toBe(true);
    expect(sealHolds(text, 'abcdef01')).toBe(true);
    expect(sealHolds(text, 'abcdef02', bytes)).toBe(false);
    // One byte changed inside a two-byte character: the text's length stays, the checksum does not hold.
    const damaged = Buffer.from(bytes);
    const at = damaged.indexOf(Buffer.from('ü')) + 1;
    damaged[at] = damaged[at]! ^ 0x01;
    expect(sealHolds(damaged.toString('utf8'), 'abcdef01', damaged)).toBe(false);
  });

  it('has a fingerprint that changes with the schema, also with a default alone', () => {
    const a = z.object({ n: z.number() });
    expect(fingerprintOf(a)()).toBe(fingerprintOf(z.object({ n: z.number() }))());
    expect(fingerprintOf(a)()).not.toBe(fingerprintOf(z.object({ n: z.number().default(0) }))());
    expect(fingerprintOf(a)()).not.toBe(fingerprintOf(z.object({ n: z.string() }))());
  });

  it('is not written again by a start after a proper close, which reads it back whole', async () => {
    const dir = await closedWithTimers();
    const path = join(dir, RECORDS_FILE);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/,"seal":"[0-9a-f]{8}:[0-9a-f]{8}"\}$/);
    const written = statSync(path).mtimeMs;
    const store = await openRecordsStore(dir, clock(), true);
    expect([...store.maps.timers.keys()]).toEqual([1, 2, 3].map((i) => timer(i).key));
    expect(store.notices).toEqual([]);
    expect(statSync(path).mtimeMs).toBe(written);
    expect(readFileSync(path, 'utf8')).toBe(text);
    await store.close();
  });

  it('edited by hand is checked in full: a value the schema refuses makes it unreadable, its backup is restored', async () => {
    const dir = await closedWithTimers();
    const path = join(dir, RECORDS_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"at":"2026-12-01T09:00:00.000Z"', '"at":"next tuesday"'));
    const store = await openRecordsStore(dir, clock(), true);
    expect(store.notices.map((n) => [n.kind, n.cause])).toEqual([['restoredFromBackup', 'notValid']]);
    expect(store.notices[0]!.reason).toContain('timers');
    expect([...store.maps.timers.values()].every((t) => t.at === '2026-12-01T09:00:00.000Z')).toBe(true);
    await store.close();
  });

  it('edited by hand to other valid data is read after a full check, and sealed anew', async () => {
    const dir = await closedWithTimers();
    const path = join(dir, RECORDS_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('2026-12-01T09:00:00.000Z', '2026-12-02T09:00:00.000Z'));
    const store = await openRecordsStore(dir, clock(), true);
    expect(store.notices).toEqual([]);
    expect([...store.maps.timers.values()].map((t) => t.at)).toEqual(Array(3).fill('2026-12-02T09:00:00.000Z'));
    await store.close();
    const resealed = readFileSync(path, 'utf8');
    const fingerprint = /"seal":"([0-9a-f]{8}):/.exec(resealed.slice(-40))![1]!;
    expect(sealHolds(resealed, fingerprint)).toBe(true);
  });
});
